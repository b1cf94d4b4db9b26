"""What a verdict depends on: a legal status that is not recorded, and a diagnosis the visit does
not name (a dispensary condition makes care free only for that condition)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from domain.codes import SERVICE_CODES
from domain.decide import DIAGNOSIS_PREDICATES, STATUS_PREDICATES, decide, decide_all
from domain.decision import Visit
from domain.facts import facts_from_record
from domain.insurance import insurance_status
from domain.records import Diagnosis, FundCheck, LegalStatus, Patient, PaymentPeriod
from domain.rulepack import PREDICATES, load_rule_pack
from domain.status import classify

ON = date(2026, 3, 1)
EMERGENCY = ("ambulance", "emergency_inpatient")
PLANNED_FREE_FOR_CITIZENS = ("phc_visit", "vaccination", "pregnancy_followup")
DEPENDS_ON_I10 = ("specialist_consult", "diagnostics", "procedures", "day_hospital", "home_hospital",
                  "planned_inpatient", "pathology", "outpatient_drugs", "dynamic_observation")


def person(status: str | None = None, **kw) -> Patient:
    return Patient("Сейтқали", "Айгүл", birth_date=kw.pop("birth_date", date(1980, 6, 15)),
                   legal_status=LegalStatus(status) if status else None, **kw)


def decisions(rec: Patient, on: date = ON) -> dict:
    return {d.service: d for d in decide_all(facts_from_record(rec, on), on)}


# ---------------------------------------------------------------- no recorded status


def test_the_predicate_groups_name_conditions_of_the_rule_pack():
    assert STATUS_PREDICATES <= set(PREDICATES) and DIAGNOSIS_PREDICATES <= set(PREDICATES)


def test_without_a_status_planned_care_has_no_verdict_and_emergency_goes_on():
    rec = person(None)
    view = classify(rec, ON)
    assert view.known is False and view.status is None
    assert "құжатты сұраңыз" in view.reason.kk and "попросите документ" in view.reason.ru
    got = decisions(rec)
    for service in EMERGENCY:
        assert got[service].emergency and got[service].funding == "tmkkk"
        assert got[service].status_unknown is False
    for service in PLANNED_FREE_FOR_CITIZENS + ("specialist_consult", "treatment_abroad", "dental_emergency"):
        assert got[service].status_unknown is True, service
    # what the rules assume for emergency care is not the patient's verdict, and no reason
    # speaks of a document that was never entered
    for d in got.values():
        ids = [r.id for r in d.rules]
        assert "status.document_expired" not in ids, d.service
        assert not any(i.startswith("insurance.") for i in ids), (d.service, ids)


def test_a_recorded_status_is_never_unknown_and_an_expired_document_still_says_so():
    from domain.records import IdentityDocument

    expired = IdentityDocument("residence_permit", "P-2", date(2016, 1, 1), date(2026, 2, 28))
    rec = person("permanent_foreigner", documents=[expired])
    got = decisions(rec)
    assert not any(d.status_unknown for d in got.values())
    assert "status.document_expired" in [r.id for r in got["phc_visit"].rules]
    assert classify(rec, ON).known is True


def test_a_verdict_that_holds_for_any_status_is_kept():
    """Diseases dangerous to others are free whatever the status (rule 2); adult planned dental
    care is paid for every status; treatment abroad is free only for citizens."""
    got = decisions(person(None, conditions=[Diagnosis("A15.0")]))
    for service in PLANNED_FREE_FOR_CITIZENS + ("specialist_consult", "planned_inpatient"):
        assert (got[service].funding, got[service].status_unknown) == ("tmkkk", False), service
    assert [r.id for r in got["phc_visit"].rules] == ["dangerous.tmkkk"]
    assert (got["dental_planned"].funding, got["dental_planned"].status_unknown) == ("paid", False)
    assert got["treatment_abroad"].status_unknown is True


def test_without_a_status_the_insurance_badge_is_unknown_unless_the_fund_answered():
    paid = [PaymentPeriod("employee", "2025-01", "2026-02")]
    badge = insurance_status(person(None, payments=paid), ON)
    assert badge.insured is None and badge.arrears is None
    assert "правовой статус не записан" in badge.reason.ru
    assert insurance_status(person("citizen", payments=paid), ON).insured is True
    answered = person(None, fund_checks=[FundCheck(True, datetime(2026, 2, 27, 10), "phone")])
    assert insurance_status(answered, ON).insured is True


def test_the_evaluate_answer_keeps_its_shape():
    d = decisions(person(None))["phc_visit"]
    assert set(d.as_json()) == {"service", "on", "funding", "emergency", "referral", "insured",
                                "status_class", "rules", "rule_pack", "arrears"}
    assert d.as_json()["funding"] in ("tmkkk", "mams", "vhi", "paid")


# ---------------------------------------------------------------- free only for one diagnosis


@pytest.mark.parametrize(("insured", "otherwise"), [(False, "paid"), (True, "mams")])
def test_dispensary_i10_makes_care_free_only_for_i10(insured, otherwise):
    payments = [PaymentPeriod("employee", "2024-01", "2026-02")] if insured else []
    rec = person("citizen", conditions=[Diagnosis("I10", dispensary=True)], payments=payments)
    got = decisions(rec)
    for service in DEPENDS_ON_I10:
        d = got[service]
        assert d.funding == "tmkkk", service
        assert d.for_diagnosis is not None and d.for_diagnosis.codes == ("I10",), service
        # observing another disease is not in the МӘМС list before 2027 (rule 4)
        assert d.for_diagnosis.otherwise == ("paid" if service == "dynamic_observation" else otherwise), service
    for service in PLANNED_FREE_FOR_CITIZENS + EMERGENCY + ("obgyn_consult", "treatment_abroad"):
        assert got[service].for_diagnosis is None, service
    # the dispensary exception waives the referral only for I10
    assert got["specialist_consult"].referral == "not_needed"
    assert got["specialist_consult"].for_diagnosis.otherwise_referral == "missing"
    facts = facts_from_record(rec, ON)
    gall = decide(facts, Visit(service="specialist_consult", for_condition="K80.1"), ON)
    assert (gall.funding, gall.for_diagnosis, gall.referral) == (otherwise, None, "missing")
    i10 = decide(facts, Visit(service="specialist_consult", for_condition="i10.9"), ON)
    assert (i10.funding, i10.for_diagnosis) == ("tmkkk", None)


def test_several_codes_and_the_end_of_dynamic_observation():
    rec = person("citizen", conditions=[Diagnosis("C50.9"), Diagnosis("I10", dispensary=True),
                                        Diagnosis("K80.1")])
    d = decisions(rec)["specialist_consult"]
    assert d.for_diagnosis.codes == ("C50.9", "I10") and d.for_diagnosis.otherwise == "paid"
    # 2027: dynamic observation leaves ТМККК; the cancer still makes it free for C50 only
    d = decisions(rec, date(2027, 3, 1))["specialist_consult"]
    assert d.for_diagnosis.codes == ("C50.9",)
    only_i10 = person("citizen", conditions=[Diagnosis("I10", dispensary=True)])
    d = decisions(only_i10, date(2027, 3, 1))["specialist_consult"]
    assert (d.funding, d.for_diagnosis) == ("paid", None)


def test_a_dangerous_disease_is_free_for_any_diagnosis_of_the_visit():
    d = decisions(person("citizen", conditions=[Diagnosis("A15.0"), Diagnosis("I10", dispensary=True)]))
    assert (d["specialist_consult"].funding, d["specialist_consult"].for_diagnosis) == ("tmkkk", None)


def test_the_whole_catalogue_is_still_decided_once_per_service():
    rec = person("citizen", conditions=[Diagnosis("I10", dispensary=True)])
    got = decide_all(facts_from_record(rec, ON), ON, load_rule_pack())
    assert [d.service for d in got] == list(SERVICE_CODES)
