"""One validator of patient evidence: the same bad value is refused with the same Kazakh and
Russian reason by `evaluate`, registry import and registration, and the same good value is
accepted by all three."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain import codes, evidence
from domain.case import evaluate
from domain.evidence import EvidenceError
from domain.messages import BadInput, Message
from domain.records import (
    CategoryGrant,
    Diagnosis,
    IdentityDocument,
    LegalStatus,
    Patient,
    PaymentPeriod,
)
from formats.registry_row import COLUMNS, RowError, csv_row, parse_row
from services import desk

ON = date(2026, 11, 22)
ROW = {"local_id": "ALM01-2026-000042", "surname": "Ахмади", "given_name": "Фатима",
       "status": "asylum_seeker", "birth_date": "1994-02-10", "sex": "F"}
PERSON = Patient("Ахмади", "Фатима", birth_date=date(1994, 2, 10), sex="F",
                 legal_status=LegalStatus("asylum_seeker"))
CASE = {"on": ON.isoformat(), "patient": {"status": "asylum_seeker", "sex": "F"}, "service": "phc_visit"}

NUL_NAME, SURROGATE_NAME, HUGE_NAME = "Ай\x00ша", "Ай\udcffша", "Ж" * 5000


def char(value: str, escaped: str, code: str) -> Message:
    return evidence.E_CHAR.format(value=escaped, char=code)


def unknown(value: str, allowed: tuple[str, ...]) -> Message:
    return evidence.E_CODE.format(value=value, allowed=evidence.allowed(allowed))


# (what, evaluate: (case changes, patient changes, field) or None where a case has no such value,
#  import: (row changes, column), registration: (record changes, form field), the reason)
BAD = [
    ("ICD-10 code with Arabic-Indic digits",
     ({}, {"conditions": ["I١٠"]}, "patient.conditions[0]"),
     ({"conditions": "I١٠"}, "conditions"), ({"conditions": [Diagnosis("I١٠")]}, "conditions"),
     evidence.E_ICD.format(code="I١٠")),
    ("ICD-10 code with a dotless i",
     ({"for_condition": "ı10"}, {}, "for_condition"),
     ({"conditions": "ı10"}, "conditions"), ({"conditions": [Diagnosis("ı10")]}, "conditions"),
     evidence.E_ICD.format(code="ı10")),
    ("ICD-10 subcode with an underscore",
     ({}, {"dispensary": ["I10._"]}, "patient.dispensary[0]"),
     ({"conditions": "I10._"}, "conditions"), ({"conditions": [Diagnosis("I10._")]}, "conditions"),
     evidence.E_ICD.format(code="I10._")),
    ("NUL byte in a name",
     ({"specialty": NUL_NAME}, {}, "specialty"),
     ({"surname": NUL_NAME}, "surname"), ({"surname": NUL_NAME}, "surname"),
     char(NUL_NAME, "Ай\\u0000ша", "U+0000")),
    ("line feed in a name",
     ({"specialty": "Ай\nша"}, {}, "specialty"),
     ({"given_name": "Ай\nша"}, "given_name"), ({"given_name": "Ай\nша"}, "given_name"),
     char("Ай\nша", "Ай\\u000aша", "U+000A")),
    ("lone surrogate in a name",
     ({"specialty": SURROGATE_NAME}, {}, "specialty"),
     ({"patronymic": SURROGATE_NAME}, "patronymic"), ({"patronymic": SURROGATE_NAME}, "patronymic"),
     char(SURROGATE_NAME, "Ай\\udcffша", "U+DCFF")),
    ("5,000-character name",
     ({"specialty": HUGE_NAME}, {}, "specialty"),
     ({"surname": HUGE_NAME}, "surname"), ({"surname": HUGE_NAME}, "surname"),
     evidence.E_LONG.format(value="Ж" * 40 + "…", n=5000, limit=100)),
    ("month 13",
     ({}, {"payments": {"payer": "employee", "months": ["2026-13"]}}, "patient.payments.months[0]"),
     ({"payments": "employee/2026-13"}, "payments"),
     ({"payments": [PaymentPeriod("employee", "2026-13", "2026-13")]}, "payments"),
     evidence.E_MONTH.format(value="2026-13")),
    ("month with full-width digits",
     ({}, {"payments": {"payer": "employee", "months": ["２０２６-01"]}}, "patient.payments.months[0]"),
     ({"payments": "employee/２０２６-01"}, "payments"),
     ({"payments": [PaymentPeriod("employee", "２０２６-01", "２０２６-01")]}, "payments"),
     evidence.E_MONTH.format(value="２０２６-01")),
    ("month before 1900",
     ({}, {"payments": {"payer": "employee", "months": ["1899-12"]}}, "patient.payments.months[0]"),
     ({"payments": "employee/1899-12"}, "payments"),
     ({"payments": [PaymentPeriod("employee", "1899-12", "1899-12")]}, "payments"),
     evidence.E_MONTH.format(value="1899-12")),
    # a case lists paid months, not periods: a reversed period cannot be written in one
    ("reversed payment period", None,
     ({"payments": "employee/2026-06/2026-05"}, "payments"),
     ({"payments": [PaymentPeriod("employee", "2026-06", "2026-05")]}, "payments"),
     evidence.E_ORDER.format(start="2026-06", end="2026-05")),
    ("reversed category grant", None,
     ({"categories": "disabled/2026-01-01/2025-01-01"}, "categories"),
     ({"categories": [CategoryGrant("disabled", date(2026, 1, 1), date(2025, 1, 1))]}, "categories"),
     evidence.E_ORDER.format(start="2026-01-01", end="2025-01-01")),
    ("unknown status",
     ({}, {"status": "tourist"}, "patient.status"),
     ({"status": "tourist"}, "status"), ({"legal_status": LegalStatus("tourist")}, "status"),
     unknown("tourist", codes.STATUS_CODES)),
    ("unknown parent status",
     ({}, {"parent_status": "visitor"}, "patient.parent_status"),
     ({"parent_status": "visitor"}, "parent_status"),
     ({"legal_status": LegalStatus("asylum_seeker", parent_status="visitor")}, "parent_status"),
     unknown("visitor", codes.STATUS_CODES)),
    ("unknown category",
     ({}, {"categories": ["veteran"]}, "patient.categories[0]"),
     ({"categories": "veteran"}, "categories"), ({"categories": [CategoryGrant("veteran")]}, "categories"),
     unknown("veteran", codes.CATEGORY_CODES)),
    ("unknown payer",
     ({}, {"payments": {"payer": "uncle", "months": ["2026-01"]}}, "patient.payments.payer"),
     ({"payments": "uncle/2026-01"}, "payments"),
     ({"payments": [PaymentPeriod("uncle", "2026-01", "2026-01")]}, "payments"),
     unknown("uncle", codes.PAYER_CODES)),
    ("unknown document kind", None,  # a case carries no documents
     ({"status_doc_kind": "diploma", "status_doc_number": "1"}, "status_doc_kind"),
     ({"documents": [IdentityDocument("diploma", "1")]}, "documents"),
     unknown("diploma", codes.DOCUMENT_CODES)),
    ("unknown sex",
     ({}, {"sex": "X"}, "patient.sex"),
     ({"sex": "X"}, "sex"), ({"sex": "X"}, "sex"),
     evidence.E_SEX.format(value="X")),
    ("IIN with a wrong control digit", None,  # a case carries no IIN
     ({"iin": "850515300007", "birth_date": "", "sex": ""}, "iin"), ({"iin": "850515300007"}, "iin"),
     Message("ЖСН-нің бақылау цифры сәйкес келмейді (күтілгені 6, енгізілгені 7).",
             "Контрольный разряд ИИН не совпадает (ожидается 6, введено 7).")),
]


def evaluated(case_changes: dict, patient_changes: dict):
    case = {**CASE, **case_changes, "patient": {**CASE["patient"], **patient_changes}}
    return evaluate(case, today=lambda: ON)


def imported(changes: dict):
    row = {**ROW, **changes}
    header = list(COLUMNS)
    return parse_row(csv_row(header, [row.get(c, "") for c in header]), ON)


def registered(changes: dict) -> Patient:
    return desk.validate(replace(PERSON, **changes), ON)


@pytest.mark.parametrize("what,via_evaluate,via_import,via_desk,reason", BAD, ids=[b[0] for b in BAD])
def test_every_path_refuses_with_the_same_reason(what, via_evaluate, via_import, via_desk, reason):
    assert "{" not in reason.kk + reason.ru  # every placeholder filled
    if via_evaluate is not None:
        case_changes, patient_changes, field = via_evaluate
        with pytest.raises(BadInput) as refused:
            evaluated(case_changes, patient_changes)
        assert refused.value.field == field
        assert refused.value.message == Message(f"«{field}»: {reason.kk}", f"«{field}»: {reason.ru}")
    changes, column = via_import
    with pytest.raises(RowError) as rejected:
        imported(changes)
    assert rejected.value.message == Message(f"«{column}»: {reason.kk}", f"«{column}»: {reason.ru}")
    changes, form_field = via_desk
    with pytest.raises(BadInput) as refused:
        registered(changes)
    assert (refused.value.field, refused.value.message) == (form_field, reason)


def test_reasons_can_always_be_printed_and_stay_short():
    for _, _, _, _, reason in BAD:
        for text in (reason.kk, reason.ru):
            text.encode("utf-8")  # a lone surrogate quoted as it came would raise here
            assert "\x00" not in text and "\n" not in text and len(text) < 400


# (what, evaluate (case changes, patient changes) or None, import row changes, registration changes,
#  what the import and registration keep)
GOOD = [
    ("lower-case ICD-10 code", ({}, {"conditions": [" i10 "], "dispensary": ["a15.0"]}),
     {"conditions": " i10 ;a15.0//dispensary"},
     {"conditions": [Diagnosis(" i10 "), Diagnosis("a15.0", dispensary=True)]},
     lambda r: [c.code for c in r.conditions] == ["I10", "A15.0"]),
    ("ICD-10 subcode of four characters", ({"for_condition": "U07.1A"}, {}),
     {"conditions": "U07.1A"}, {"conditions": [Diagnosis("U07.1A")]},
     lambda r: r.conditions[0].code == "U07.1A"),
    ("names with spaces inside and at the limit", ({"specialty": "Ж" * 100}, {}),
     {"surname": "Ж" * 100, "given_name": "Анна\u00a0Мария", "patronymic": "Серікұлы"},
     {"surname": "Ж" * 100, "given_name": "Анна\u00a0Мария", "patronymic": " Серікұлы "},
     lambda r: (r.surname, r.given_name, r.patronymic) == ("Ж" * 100, "Анна\u00a0Мария", "Серікұлы")),
    ("months and a one-month period", ({}, {"payments": {"payer": "employee", "months": ["1900-01", "2026-12"]}}),
     {"payments": "employee/2026-12/2026-12;esp/1900-01"},
     {"payments": [PaymentPeriod("employee", "2026-12", "2026-12"), PaymentPeriod("esp", "1900-01", "1900-01")]},
     lambda r: [(p.first_month, p.last_month) for p in r.payments] == [("2026-12", "2026-12"), ("1900-01", "1900-01")]),
    # a case has no address; a multi-line address keeps its line break, a name never has one
    ("line break inside an address", None, {"address": "Алматы,\nАбай 1"}, {"address": " Алматы,\nАбай 1 "},
     lambda r: r.address == "Алматы,\nАбай 1"),
    ("every kind of code", ({}, {"status": "citizen", "parent_status": "kandas", "categories": ["pensioner"],
                               "payments": {"payer": "self_payer", "months": []}, "sex": "M"}),
     {"status": "citizen", "parent_status": "kandas", "categories": "pensioner", "payments": "self_payer/2026-01",
      "sex": "M", "status_doc_kind": "id_card", "status_doc_number": "012345678"},
     {"legal_status": LegalStatus("citizen", parent_status="kandas"), "categories": [CategoryGrant("pensioner")],
      "payments": [PaymentPeriod("self_payer", "2026-01", "2026-01")], "sex": "M",
      "documents": [IdentityDocument("id_card", "012345678")]},
     lambda r: (r.legal_status.status, r.sex, r.categories[0].code) == ("citizen", "M", "pensioner")),
]


@pytest.mark.parametrize("what,via_evaluate,row,record,kept", GOOD, ids=[g[0] for g in GOOD])
def test_every_path_accepts_the_same_good_values(what, via_evaluate, row, record, kept):
    if via_evaluate is not None:
        assert evaluated(*via_evaluate)["service"] == "phc_visit"
    assert kept(imported(row).record)
    assert kept(registered(record))


def test_the_values_themselves():
    assert evidence.icd(" a15.0 ", "f") == "A15.0"
    assert evidence.day("2024-02-29", "f") == date(2024, 2, 29)
    assert evidence.month("2026-01", "f") == "2026-01"
    assert evidence.text("  \t", "surname") is None and evidence.name(" Әлия ", "f") == "Әлия"
    assert evidence.iin("850515300006") == (date(1985, 5, 15), "M")
    for bad in ("2024-02-30", "2024-2-29", "２０２４-02-29", "2024-02-29T00:00", 20240229, None, ["2024-02-29"]):
        with pytest.raises(EvidenceError) as refused:
            evidence.day(bad, "f")
        assert refused.value.field == "f"
    for bad in ("2026-00", "2026-1", "2026-01-01", "٢٠٢٦-01", 202601, ["2026-01"]):
        with pytest.raises(EvidenceError):
            evidence.month(bad, "f")
    with pytest.raises(EvidenceError):
        evidence.code(["citizen"], codes.STATUS_CODES, "f")


def test_a_message_quotes_at_most_forty_characters():
    assert evidence.excerpt("x" * 40) == "x" * 40
    assert evidence.excerpt("x" * 41) == "x" * 40 + "…"
    assert evidence.excerpt("\x00" * 50) == "\\u0000" * 40 + "…"
    with pytest.raises(EvidenceError) as refused:
        evidence.icd("I" + "1" * 10_000, "f")
    assert len(refused.value.message.ru) < 100


def test_age_on_counts_whole_years_and_a_leap_day_birthday():
    assert evidence.age_on(None, ON) is None
    assert evidence.age_on(date(2000, 11, 22), ON) == 26
    assert evidence.age_on(date(2000, 11, 23), ON) == 25
    assert evidence.age_on(date(2004, 2, 29), date(2026, 2, 28)) == 21
    assert evidence.age_on(date(2004, 2, 29), date(2026, 3, 1)) == 22
    assert desk.age_on is evidence.age_on
