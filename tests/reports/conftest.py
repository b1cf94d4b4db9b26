"""Sample slips for the renderer's tests: realistic content with Kazakh letters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.decision import FiredRule
from domain.messages import Message
from reports.slip_data import SlipData, SlipOrganisation

CLINIC = SlipOrganisation(
    "«Алматы қалалық №5 емханасы» ШЖҚ КМК",
    "КГП на ПХВ «Городская поликлиника №5» г. Алматы",
    "123456789012",
    "Алматы қ., Әуезов ауданы, Жандосов к-сі, 98",
    "+7 727 123 45 67",
)
HOSPITAL = SlipOrganisation(
    "Қалалық клиникалық аурухана №7", "Городская клиническая больница №7",
    address="Алматы қ., Қалқаман шағын ауданы",
)


def planned_slip(**changes) -> SlipData:
    slip = SlipData(
        number="ALM05-2026-000042",
        issued_on=date(2026, 11, 22),
        valid_until=date(2026, 12, 22),
        form_code="001-3/у",
        form_order=Message("ҚР ДСМ-175/2020 бұйрығымен бекітілген",
                           "Утверждена приказом № ҚР ДСМ-175/2020"),
        title=Message("Жоспарлы стационарлық емдеуге жолдама",
                      "Направление на плановую госпитализацию"),
        referring_org=CLINIC,
        patient_name="Нұрғалиева Әйгерім Сәкенқызы",
        patient_iin="850515400001",
        birth_date=date(1985, 5, 15),
        sex="F",
        address="Алматы қ., Бостандық ауданы, Әл-Фараби даңғылы, 77/8, 143-пәтер",
        phone="+7 701 000 00 00",
        attached_org=Message("№5 қалалық емхана", "Городская поликлиника №5"),
        legal_status=Message("ҚР азаматы", "Гражданин РК"),
        service_code="planned_inpatient",
        service=Message("Жоспарлы стационарлық көмек", "Плановая госпитализация"),
        funding_code="mams",
        funding=Message("МӘМС", "ОСМС"),
        rules=(FiredRule("mams.list", "ҚР Үкіметінің 2019 ж. 20.06. № 421 қаулысы, 4(2)-т.",
                         Message("МӘМС тізіміндегі қызмет", "Услуга из перечня ОСМС")),),
        rule_pack="2026.11-3f9a2c1b",
        target_org=HOSPITAL,
        specialist="хирург",
        diagnosis_icd="K80.1",
        diagnosis_text="Өт тас ауруы, созылмалы холецистит",
        doctor_name="Сейітқали Бауыржан Ерланұлы",
        doctor_position="жалпы практика дәрігері",
    )
    return replace(slip, **changes)


@pytest.fixture
def slip() -> SlipData:
    return planned_slip()
