"""The desk's side: stored evidence brought to a date (facts, status badge, insurance badge,
screening reminders), and ICD matching."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from domain.decide import decide, decide_all
from domain.decision import Visit
from domain.facts import facts_from_record
from domain.icd import is_valid_icd, listed_matches, parse_range
from domain.insurance import insurance_status
from domain.records import (
    CategoryGrant,
    Diagnosis,
    FundCheck,
    IdentityDocument,
    LegalStatus,
    Patient,
    PaymentPeriod,
)
from domain.screening import due_screenings
from domain.status import classify

ON = date(2026, 3, 1)


def person(status: str | None = "citizen", **kw) -> Patient:
    legal = LegalStatus(status) if status else None
    if "legal" in kw:
        legal = kw.pop("legal")
    return Patient("Сейтқали", "Айгүл", birth_date=kw.pop("birth_date", date(1980, 6, 15)), legal_status=legal, **kw)


# ---------------------------------------------------------------- ICD


@pytest.mark.parametrize(("code", "ok"), [("A15", True), ("a15.0", True), (" A15.0 ", True), ("U07.1", True), ("Z99.2", True),
                                          ("A15.0000", True), ("A15.00000", False), ("A1", False), ("A150", False),
                                          ("15A", False), ("А15", False), ("A15.", False), (None, False), (15, False)])
def test_is_valid_icd(code, ok):
    assert is_valid_icd(code) is ok


@pytest.mark.parametrize(("listed", "code", "ok"), [
    ("A15-A19", "A15.0", True), ("A15-A19", "A19", True), ("A15-A19", "A20", False), ("A15-A19", "A14.9", False),
    ("A01.1-A01.4", "A01", True), ("A01.1-A01.4", "A01.4", True), ("A01.1-A01.4", "A01.40", True),
    ("A01.1-A01.4", "A01.0", False), ("A01.1-A01.4", "A01.5", False), ("A39", "A39.0", True), ("A39", "A3", False),
    ("I10.9", "I10", True), ("I10", "I10.9", True), ("I10.9", "I10.0", False), ("A00-B99", "B35.1", True), ("A00-B99", "C00", False),
])
def test_listed_matches(listed, code, ok):
    assert listed_matches(listed, code) is ok


@pytest.mark.parametrize("bad", ["A19-A15", "A01.1-A02.4", "A01-A01.4", "X", "A1-A5"])
def test_malformed_ranges_are_refused(bad):
    with pytest.raises(ValueError):
        parse_range(bad)


# ---------------------------------------------------------------- facts from stored evidence


def test_payment_periods_become_months_and_future_ones_are_ignored():
    rec = person(payments=[PaymentPeriod("employee", "2025-11", "2026-05"), PaymentPeriod("self_payer", "bad", "2026-01")])
    facts = facts_from_record(rec, ON)
    assert [m % 12 + 1 for m, _ in facts.payments] == [11, 12, 1, 2, 3]
    assert decide(facts, Visit(service="diagnostics"), ON).funding == "mams"


def test_category_grants_count_only_while_valid():
    rec = person(categories=[CategoryGrant("disabled", date(2025, 1, 1), date(2026, 2, 28)),
                             CategoryGrant("student_fulltime", date(2026, 9, 1), None)])
    assert facts_from_record(rec, date(2026, 2, 28)).categories == {"disabled"}
    assert facts_from_record(rec, ON).categories == frozenset()
    assert facts_from_record(rec, date(2026, 9, 1)).categories == {"student_fulltime"}


def test_dispensary_conditions_and_malformed_codes():
    rec = person(conditions=[Diagnosis("i10", None, True), Diagnosis("J06", None, False), Diagnosis("bad", None, True)])
    facts = facts_from_record(rec, ON)
    assert [c.code for c in facts.conditions] == ["I10", "J06"]
    assert [c.code for c in facts.dispensary] == ["I10"]


def test_a_fresh_fund_answer_is_the_fact_and_a_stale_one_is_not():
    rec = person(categories=[CategoryGrant("pensioner")],
                 fund_checks=[FundCheck(False, datetime(2026, 2, 1, 10, 30), "fund_service")])
    assert facts_from_record(rec, date(2026, 3, 3)).insured is False  # 30 days old
    assert facts_from_record(rec, date(2026, 3, 4)).insured is None  # 31 days: computed from evidence
    assert facts_from_record(rec, date(2026, 1, 31)).insured is None  # checked after D: not yet known
    assert facts_from_record(rec, date(2026, 3, 10), stale_after_days=60).insured is False


# ---------------------------------------------------------------- insurance badge


def test_badge_fresh_fund_answer():
    rec = person(fund_checks=[FundCheck(True, datetime(2026, 2, 20, 9, 0), "phone"),
                              FundCheck(False, datetime(2026, 1, 5, 9, 0), "paper")])
    s = insurance_status(rec, ON)
    assert (s.insured, s.basis, s.source, s.age_days, s.stale) == (True, "fund", "phone", 9, False)
    assert s.checked_at == datetime(2026, 2, 20, 9, 0)
    assert "9 күн бұрын" in s.reason.kk and "9 дней назад" in s.reason.ru


def test_badge_stale_answer_falls_back_to_evidence():
    rec = person(fund_checks=[FundCheck(False, datetime(2025, 12, 1, 9, 0), "fund_service")],
                 categories=[CategoryGrant("pensioner")])
    s = insurance_status(rec, ON)
    assert (s.insured, s.basis, s.category, s.stale, s.age_days) == (True, "category", "pensioner", True, 90)
    assert "устарел" in s.reason.ru


def test_badge_unknown_without_any_evidence_and_not_insured_with_lapsed_payments():
    assert insurance_status(person(), ON).insured is None
    stale = person(fund_checks=[FundCheck(True, datetime(2025, 1, 1), "paper")])
    assert insurance_status(stale, ON).insured is None
    lapsed = person(payments=[PaymentPeriod("self_payer", "2025-01", "2025-06")])
    s = insurance_status(lapsed, ON)
    assert (s.insured, s.basis) == (False, "none")
    assert (s.arrears.months, s.arrears.amount_kzt) == (9, 38250)
    assert "9 × 4\u00a0250 ₸ = 38\u00a0250 ₸" in s.reason.ru and "9 × 4\u00a0250 ₸" in s.reason.kk
    mixed = insurance_status(person(payments=[PaymentPeriod("self_payer", "2022-01", "2022-10")]), date(2023, 2, 1))
    assert "4 × 3\u00a0000–3\u00a0500 ₸ = 13\u00a0000 ₸" in mixed.reason.kk


def test_badge_contributions_and_status_that_cannot_be_insured():
    s = insurance_status(person(payments=[PaymentPeriod("employee", "2024-01", "2026-02")]), ON)
    assert (s.insured, s.basis, s.rule) == (True, "contributions", "insurance.contributions")
    s = insurance_status(person("asylum_seeker"), ON)
    assert (s.insured, s.basis, s.arrears) == (False, "none", None)


# ---------------------------------------------------------------- status badge


def test_classify_permit_child_and_expiry():
    permit = IdentityDocument("residence_permit", "P-1", date(2021, 1, 1), date(2031, 1, 1))
    v = classify(person("permanent_foreigner", legal=LegalStatus("permanent_foreigner", basis=permit)), ON)
    assert (v.status_class, v.package, v.confirmed, v.expires) == ("permit_holder", "full", True, date(2031, 1, 1))
    child = person(legal=LegalStatus("temporary_foreigner", parent_status="permanent_stateless"), birth_date=date(2016, 1, 1))
    v = classify(child, ON)
    assert (v.status, v.effective_status, v.status_class, v.package) == ("temporary_foreigner", "permanent_stateless", "permit_holder", "full")
    assert "ата-ана" in v.reason.kk


def test_an_expired_permit_leaves_the_status_unconfirmed_but_never_blocks_emergency():
    expired = IdentityDocument("residence_permit", "P-2", date(2016, 1, 1), date(2026, 2, 28))
    rec = person(legal=LegalStatus("permanent_foreigner"), documents=[expired],
                 payments=[PaymentPeriod("employee", "2025-01", "2026-02")])
    v = classify(rec, ON)
    assert (v.confirmed, v.expires, v.status_class, v.package) == (False, date(2026, 2, 28), "permit_holder", "limited")
    assert "расталмаған" in v.reason.kk and "не подтверждён" in v.reason.ru
    decisions = {d.service: d for d in decide_all(facts_from_record(rec, ON), ON)}
    assert decisions["emergency_inpatient"].emergency and decisions["emergency_inpatient"].funding == "mams"
    assert decisions["ambulance"].funding == "tmkkk"
    assert decisions["phc_visit"].funding == "paid"
    assert "status.document_expired" in [r.id for r in decisions["phc_visit"].rules]
    assert classify(rec, date(2026, 2, 28)).confirmed is True


def test_expired_asylum_certificate():
    cert = IdentityDocument("asylum_certificate", "A-1", date(2025, 1, 1), date(2025, 12, 31))
    assert classify(person(legal=LegalStatus("asylum_seeker", basis=cert)), ON).confirmed is False


def test_an_eaeu_family_member_is_proved_by_the_workers_contract_not_a_vhi_contract():
    marriage = IdentityDocument("marriage_certificate", "M-1", date(2015, 5, 2), None)
    contract = IdentityDocument("employment_contract", "E-1", date(2025, 1, 1), date(2026, 12, 31))
    expired = IdentityDocument("employment_contract", "E-0", date(2024, 1, 1), date(2026, 1, 31))
    vhi = IdentityDocument("vhi_contract", "V-1", date(2025, 1, 1), date(2026, 1, 31))
    family = classify(person("eaeu_family", documents=[marriage, contract, vhi]), ON)
    assert (family.confirmed, family.expires) == (True, date(2026, 12, 31))  # an expired VHI does not matter
    lapsed = classify(person("eaeu_family", documents=[marriage, expired]), ON)
    assert (lapsed.confirmed, lapsed.expires) == (False, date(2026, 1, 31))  # the certificate does not hide it


def test_no_recorded_status_is_decided_restrictively_and_emergency_still_goes():
    rec = person(None)
    v = classify(rec, ON)
    assert (v.status, v.confirmed, v.package) == (None, False, "limited")
    decisions = {d.service: d for d in decide_all(facts_from_record(rec, ON), ON)}
    assert decisions["ambulance"].funding == "tmkkk" and decisions["ambulance"].emergency
    assert decisions["phc_visit"].funding == "paid"


# ---------------------------------------------------------------- screening reminders


@pytest.mark.parametrize(("birth", "sex", "expected"), [
    (date(1996, 3, 1), "F", ["risk_factors", "cervical"]),  # 30 today
    (date(1996, 3, 2), "F", []),  # 29
    (date(1986, 3, 1), "M", ["risk_factors", "cardio_diabetes", "glaucoma"]),
    (date(1976, 3, 1), "F", ["risk_factors", "cardio_diabetes", "glaucoma", "cervical", "breast", "colorectal"]),
    (date(1956, 3, 1), "M", ["risk_factors", "cardio_diabetes", "glaucoma", "colorectal"]),  # 70
    (date(1955, 3, 1), "M", []),  # 71
])
def test_due_screenings_by_age_and_sex(birth, sex, expected):
    assert due_screenings(person(birth_date=birth, sex=sex), ON) == expected


def test_seventy_is_inclusive_and_seventy_one_is_not():
    assert "colorectal" in due_screenings(person(birth_date=date(1955, 3, 2), sex="M"), ON)  # 70
    assert due_screenings(person(birth_date=date(1955, 3, 1), sex="M"), ON) == []  # 71


def test_observed_patients_skip_their_screening_and_risk_groups_get_hepatitis():
    rec = person(birth_date=date(1976, 1, 1), sex="M",
                 conditions=[Diagnosis("I10", None, True), Diagnosis("H40.1", None, True)])
    assert due_screenings(rec, ON) == ["risk_factors", "colorectal"]
    assert due_screenings(person(birth_date=date(2000, 1, 1), sex="F", pregnant=True), ON) == ["hepatitis"]
    assert due_screenings(person(birth_date=None, conditions=[Diagnosis("B20")]), ON) == ["hepatitis"]
    # haematology means transfusion- or clotting-factor-dependent disorders, not every anaemia
    for code in ("D56.1", "D61.9", "D66"):
        assert due_screenings(person(birth_date=None, conditions=[Diagnosis(code)]), ON) == ["hepatitis"], code
    for code in ("D50.9", "D64.9", "D84.9"):
        assert due_screenings(person(birth_date=None, conditions=[Diagnosis(code)]), ON) == [], code
    # a condition without registration does not exempt from screening
    rec = person(birth_date=date(1976, 1, 1), sex="M", conditions=[Diagnosis("I10", None, False)])
    assert "cardio_diabetes" in due_screenings(rec, ON)


def test_decide_refuses_an_unknown_service_and_a_malformed_visit_condition():
    from domain.messages import BadInput

    facts = facts_from_record(person(), ON)
    with pytest.raises(BadInput) as info:
        decide(facts, Visit(service="massage"), ON)
    assert info.value.field == "service"
    with pytest.raises(BadInput) as info:
        decide_all(facts, ON, visit=Visit(for_condition="hypertension"))
    assert info.value.field == "for_condition"


def test_the_payer_kind_of_the_latest_period_begun_by_the_day():
    rec = person(sex="F", pregnant=True, categories=[CategoryGrant("nonworking_pregnant")],
                 payments=[PaymentPeriod("employee", "2020-01", "2020-12"), PaymentPeriod("esp", "2026-06", "2026-09")])
    assert facts_from_record(rec, ON).payer == "employee"
    assert insurance_status(rec, ON).basis == "category"
    assert facts_from_record(rec, date(2026, 6, 1)).payer == "esp"
    assert insurance_status(rec, date(2026, 6, 1)).basis == "contributions"


def test_deciding_service_by_service_equals_the_whole_catalogue():
    from dataclasses import replace

    rec = person(categories=[CategoryGrant("pensioner")], conditions=[Diagnosis("I10", None, True)])
    facts = facts_from_record(rec, ON)
    visit = Visit(for_condition="I10", referral=True)
    whole = decide_all(facts, ON, visit=visit)
    one_by_one = [decide(facts, replace(visit, service=d.service), ON) for d in whole]
    assert one_by_one == whole
    # a different visit or day is not served from the previous context
    assert decide(facts, Visit(service="specialist_consult", for_condition="J06"), ON).funding == "mams"
    assert decide(facts, Visit(service="specialist_consult", for_condition="I10"), date(2027, 1, 1)).funding == "mams"
    assert decide(facts, Visit(service="specialist_consult", for_condition="I10"), ON).funding == "tmkkk"
