"""The engine's side of the rule pack: its predicate table matches the loader's, and the whole
catalogue is decided with one shared context, a failing service spoiling only itself."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain import decide as engine
from domain.codes import SERVICE_CODES
from domain.decide import PREDICATE_IMPLS, decide, decide_all
from domain.decision import Visit
from domain.facts import PatientFacts
from domain.rulepack import PREDICATES

ON = date(2026, 3, 1)
CITIZEN = PatientFacts(status="citizen", categories=frozenset({"pensioner"}))


def test_every_predicate_the_loader_accepts_is_implemented_and_no_other():
    assert sorted(set(PREDICATES) - set(PREDICATE_IMPLS)) == [], "accepted by the loader, not implemented"
    assert sorted(set(PREDICATE_IMPLS) - set(PREDICATES)) == [], "implemented, refused by the loader"
    assert all(callable(f) for f in PREDICATE_IMPLS.values())


def test_the_engine_dispatches_through_the_predicate_table(monkeypatch):
    assert decide(CITIZEN, Visit(service="phc_visit"), ON).funding == "tmkkk"
    monkeypatch.setitem(PREDICATE_IMPLS, "package", lambda c, arg, s: arg == "limited")
    assert decide(CITIZEN, Visit(service="phc_visit"), ON).funding == "paid"


def _broken_for(service: str):
    real = PREDICATE_IMPLS["emergency"]

    def emergency(c, arg, s):
        if s == service:
            raise RuntimeError(f"broken rule for {s}")
        return real(c, arg, s)

    return emergency


def test_a_failing_service_is_reported_and_the_others_are_still_decided(monkeypatch):
    expected = {d.service: d for d in decide_all(CITIZEN, ON)}
    monkeypatch.setitem(PREDICATE_IMPLS, "emergency", _broken_for("diagnostics"))
    failed = []
    decisions = decide_all(CITIZEN, ON, on_error=lambda service, exc: failed.append((service, str(exc))))
    assert failed == [("diagnostics", "broken rule for diagnostics")]
    assert [d.service for d in decisions] == [s for s in SERVICE_CODES if s != "diagnostics"]
    assert all(d == expected[d.service] for d in decisions)
    with pytest.raises(RuntimeError, match="broken rule for diagnostics"):
        decide_all(CITIZEN, ON)  # without on_error the error is the caller's


def test_an_error_in_the_shared_part_is_raised_even_with_on_error(monkeypatch):
    def fail(*_args):
        raise LookupError("no status rule")

    monkeypatch.setattr(engine, "resolve_status", fail)
    failed = []
    with pytest.raises(LookupError):
        decide_all(CITIZEN, ON, on_error=lambda service, exc: failed.append(service))
    assert failed == []


def test_referrals_on_file_count_per_service_like_a_visit_with_a_referral():
    decisions = {d.service: d for d in decide_all(CITIZEN, ON, referrals={"planned_inpatient"})}
    assert decisions["planned_inpatient"].referral == "present"
    assert decisions["rehabilitation"].referral == "missing"
    one = decide(CITIZEN, Visit(service="planned_inpatient", referral=True), ON)
    assert decisions["planned_inpatient"] == one
    everywhere = decide_all(CITIZEN, ON, visit=Visit(referral=True))
    assert {d.referral for d in everywhere} == {"present", "not_needed"}


def test_the_shared_context_is_worked_out_once_for_the_whole_catalogue(monkeypatch):
    calls = []
    real = engine.resolve_status
    monkeypatch.setattr(engine, "resolve_status", lambda *a: calls.append(1) or real(*a))
    decide_all(CITIZEN, ON, referrals={"planned_inpatient", "diagnostics"}, on_error=lambda s, e: None)
    assert len(calls) == 1


def test_decide_keeps_no_state_between_calls():
    """Each call is decided from its own facts: nothing is carried over from the previous one."""
    visit = Visit(service="diagnostics")
    insured = decide(CITIZEN, visit, ON)
    uninsured = decide(replace(CITIZEN, categories=frozenset()), visit, ON)
    assert (insured.funding, uninsured.funding) == ("mams", "paid")
    assert decide(CITIZEN, visit, ON) == insured
    assert not [name for name in vars(engine) if name in ("_last", "_context_for")]
