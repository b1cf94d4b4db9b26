"""A small clinic database for the referral tests: the clinic, two targets, three patients."""

from __future__ import annotations

from datetime import date

from db.engine import open_database, session_factory
from db.models import OrganisationRecord
from db.repositories import save_patient
from domain.records import (
    Diagnosis,
    IdentityDocument,
    LegalStatus,
    Patient,
    PaymentPeriod,
)

AIGERIM_IIN = "850515400012"  # citizen, employed: МӘМС-insured through contributions
FOREIGNER_IIN = "900102300072"  # temporary foreigner: limited package
CHILD_IIN = "010304500126"


def fill_clinic(db_url: str) -> dict[str, int]:
    """Create the database and return the patients' ids by IIN."""
    engine = open_database(db_url)
    make = session_factory(engine)
    ids = {}
    with make() as s:
        s.add_all([
            OrganisationRecord(code="SELF", name_kk="«Алматы қалалық №5 емханасы» ШЖҚ КМК",
                               name_ru="КГП на ПХВ «Городская поликлиника №5» г. Алматы",
                               kind="clinic", bin="123456789012",
                               address="Алматы қ., Әуезов ауданы, Жандосов к-сі, 98",
                               phone="+7 727 123 45 67", is_self=True),
            OrganisationRecord(code="H7", name_kk="№7 қалалық клиникалық аурухана",
                               name_ru="Городская клиническая больница №7", kind="hospital",
                               address="Алматы қ., Қалқаман шағын ауданы"),
            OrganisationRecord(code="KDC1", name_kk="Консультативтік-диагностикалық орталық",
                               name_ru="Консультативно-диагностический центр", kind="diagnostic"),
        ])
        s.flush()
        ids[AIGERIM_IIN] = save_patient(s, Patient(
            "Нұрғалиева", "Әйгерім", "Сәкенқызы", iin=AIGERIM_IIN, birth_date=date(1985, 5, 15),
            sex="F", address="Алматы қ., Бостандық ауданы, Әл-Фараби даңғылы, 77/8, 143-пәтер",
            phone="+7 701 000 00 00", attached_org="SELF",
            legal_status=LegalStatus("citizen", basis=IdentityDocument("id_card", "045678912")),
            conditions=[Diagnosis("E11.9", dispensary=True)],
            payments=[PaymentPeriod("employee", "2021-01", "2026-10")],
        ))
        ids[FOREIGNER_IIN] = save_patient(s, Patient(
            "Иванов", "Пётр", "Сергеевич", iin=FOREIGNER_IIN, birth_date=date(1990, 1, 2), sex="M",
            legal_status=LegalStatus("temporary_foreigner", basis=IdentityDocument(
                "passport", "RU1234567", valid_until=date(2020, 1, 1))),
        ))
        ids[CHILD_IIN] = save_patient(s, Patient(
            "Сейітқали", "Нұрлан", "Бауыржанұлы", iin=CHILD_IIN, birth_date=date(2001, 3, 4),
            sex="M", legal_status=LegalStatus("citizen"),
        ))
        s.commit()
    engine.dispose()
    return ids
