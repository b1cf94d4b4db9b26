"""The case files of tests/cases, run through the same parsing as `evaluate`, plus the checks that
they cover every effective date from both sides and every rule of the pack."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from domain.case import evaluate
from domain.rulepack import FAR_FUTURE, load_rule_pack
from tests.domain.case_files import check_item, load_cases
from tests.helpers import run_cli

CASES = load_cases()


@pytest.mark.parametrize(("name", "item"), CASES, ids=[n for n, _ in CASES])
def test_case(name, item):
    result = evaluate(item["case"])
    assert check_item(item, result) == []


def test_the_case_files_through_the_command_line():
    """All cases in one list through `evaluate -`: same answers as in-process, in order."""
    r = run_cli("evaluate", "-", stdin=json.dumps([item["case"] for _, item in CASES]))
    assert r.code == 0, r.stderr
    results = r.json
    assert len(results) == len(CASES)
    problems = [f"{name}: {p}" for (name, item), res in zip(CASES, results, strict=True) for p in check_item(item, res)]
    assert problems == []


def _boundaries() -> set[date]:
    """Every day on which some rule, list entry or version starts or stops applying."""
    pack = load_rule_pack()
    days = set()
    for meta in pack.entries.values():
        if meta.valid_from > pack.range_from:
            days.add(meta.valid_from)
        if meta.valid_to < FAR_FUTURE:
            days.add(meta.valid_to + timedelta(days=1))
    for clist in pack.lists.values():
        for entry in clist.entries:
            if entry.valid_from > pack.range_from:
                days.add(entry.valid_from)
            if entry.valid_to < FAR_FUTURE:
                days.add(entry.valid_to + timedelta(days=1))
    return days


def test_every_effective_date_has_cases_on_both_sides():
    on_days = {date.fromisoformat(item["case"]["on"]) for _, item in CASES}
    boundaries = _boundaries()
    assert {date(2023, 8, 14), date(2024, 1, 1), date(2026, 1, 1), date(2027, 1, 1)} <= boundaries
    missing = sorted(b for b in boundaries if b not in on_days or b - timedelta(days=1) not in on_days)
    assert missing == []


def test_every_rule_is_exercised_or_named_as_shadowed():
    """Decision, referral and insurance rules: each fires in some case, or the data names the
    rule that shadows it. (Statuses, lists and screening kinds have their own tests.)"""
    pack = load_rule_pack()
    fired = set()
    for _, item in CASES:
        result = evaluate(item["case"])
        for decision in result if isinstance(result, list) else [result]:
            fired.update(r["id"] for r in decision["rules"])
    rule_ids = {r.meta.id for rules in pack.decisions.values() for r in rules}
    rule_ids |= {r.meta.id for rules in pack.referrals.values() for r in rules}
    rule_ids |= {pack.emergency_referral.meta.id}
    rule_ids |= {b.meta.id for b in pack.basis}
    rule_ids |= {a.meta.id for a in pack.arrears}
    rule_ids |= {c.meta.id for cats in pack.categories.values() for c in cats}
    rule_ids |= {p.meta.id for p in pack.parent_permit}
    # the expired-document rule needs stored documents; tests/domain/test_status.py covers it
    rule_ids -= {d.meta.id for d in pack.documents}
    unexercised = rule_ids - fired - set(pack.shadowed)
    assert unexercised == set()
    # a shadowed rule must really never decide in the cases
    assert not (set(pack.shadowed) & fired)
