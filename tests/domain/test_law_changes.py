"""Pieces of the 2022-2027 changes that the case files do not show: the visit fields' checks, the
decision output of a rule (citation rendering, the desk's flag for an unconfirmed norm), list
exclusions and the payer-specific contributions basis in the loader."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

import domain
from domain import evidence
from domain.decide import decide
from domain.decision import FiredRule, Visit
from domain.facts import Condition, PatientFacts, month_index
from domain.messages import BadInput, Message
from domain.rulepack import RulePackError, load_rule_pack, load_rule_pack_from


@pytest.mark.parametrize("value", ["C50", "c50.9", " a15.0 "])
def test_a_suspected_code_is_one_icd_code_in_either_case(value):
    assert evidence.suspected(value) == value.strip().upper()


@pytest.mark.parametrize("value", [["C50"], {"code": "C50"}, 50, "C50,C18", "cancer", "", None])
def test_anything_else_is_refused_naming_the_field(value):
    with pytest.raises(evidence.EvidenceError) as info:
        evidence.suspected(value, "suspected")
    assert info.value.field == "suspected"
    assert "suspected" in info.value.located().kk and "МКБ-10" in info.value.located().ru


@pytest.mark.parametrize("value", [1, 0, "true", None, "yes"])
def test_a_flag_is_a_json_boolean(value):
    with pytest.raises(evidence.EvidenceError):
        evidence.flag(value, "attached_here")
    assert evidence.flag(True, "attached_here") is True and evidence.flag(False, "x") is False


def test_a_malformed_suspicion_given_directly_to_the_engine_is_bad_input():
    with pytest.raises(BadInput) as info:
        decide(PatientFacts(status="citizen"), Visit(service="diagnostics", suspected="cancer"), date(2026, 3, 1))
    assert info.value.field == "suspected"


def test_the_visit_defaults_match_the_case_format():
    visit = Visit()
    assert (visit.suspected, visit.attached_here, visit.risk_confirmed) == (None, True, False)


def test_a_rule_in_the_output_shows_the_rendering_of_the_language_and_the_flag():
    rule = FiredRule("x", Message("ҚР Үкіметінің қаулысы", "Постановление Правительства"), Message("мәтін", "текст"),
                     False, Message("себебі", "причина"))
    assert rule.as_json("ru") == {"id": "x", "citation": "Постановление Правительства",
                                  "text": {"kk": "мәтін", "ru": "текст"}, "verified": False,
                                  "unconfirmed": {"kk": "норма нақтылануда", "ru": "норма уточняется"},
                                  "reason": {"kk": "себебі", "ru": "причина"}}
    assert rule.as_json()["citation"] == "ҚР Үкіметінің қаулысы"
    confirmed = FiredRule("y", Message("а", "б"), Message("в", "г"))
    assert confirmed.unconfirmed is None and confirmed.as_json("kk") == {
        "id": "y", "citation": "а", "text": {"kk": "в", "ru": "г"}, "verified": True}


def test_every_unverified_rule_of_a_decision_is_flagged_with_its_reason():
    pack = load_rule_pack()
    d = decide(PatientFacts(status="citizen"), Visit(service="phc_visit"), date(2027, 1, 1), pack)
    first = d.rules[0]
    assert first.id == "tmkkk.phc_visit_2027" and first.unconfirmed == Message("норма нақтылануда", "норма уточняется")
    assert first.reason == pack.entries["tmkkk.phc_visit_2027"].reason
    assert d.as_json("ru")["rules"][0]["citation"] == pack.entries["tmkkk.phc_visit_2027"].citation.ru


@pytest.fixture
def pack_dir(tmp_path) -> Path:
    dst = tmp_path / "rules"
    shutil.copytree(Path(domain.__file__).resolve().parent / "rules", dst,
                    ignore=shutil.ignore_patterns("__pycache__", "catalogue.json"))
    return dst


def edit_list(directory: Path, rid: str, **change) -> None:
    path = directory / "conditions.json"
    data = json.loads(path.read_text("utf-8"))
    next(e for e in data["lists"] if e["id"] == rid).update(change)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def test_a_list_excluding_an_unknown_list_is_refused(pack_dir):
    edit_list(pack_dir, "list.chronic_observation_tmkkk_2026", excludes=["diabetes"])
    with pytest.raises(RulePackError) as info:
        load_rule_pack_from(pack_dir)
    assert info.value.entry == "list.chronic_observation_tmkkk_2026" and "excludes unknown list 'diabetes'" in info.value.problem


def test_the_2026_exclusion_is_data(pack_dir):
    """Ending the exclusion a day early gives diabetes its ТМККК dynamic observation back on 2026-12-31."""
    path = pack_dir / "conditions.json"
    data = json.loads(path.read_text("utf-8"))
    moved = next(e for e in data["lists"] if e["id"] == "list.observation_moved_2026")
    for entry in moved["entries"]:
        entry["valid_to"] = "2026-12-30"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    pack = load_rule_pack_from(pack_dir)
    diabetic = PatientFacts(status="citizen", dispensary=(Condition("E11.9"),))
    visit = Visit(service="dynamic_observation")
    assert decide(diabetic, visit, date(2026, 12, 30), pack).funding == "paid"
    assert decide(diabetic, visit, date(2026, 12, 31), pack).rules[0].id == "tmkkk.dynamic_observation_2026"
    assert decide(diabetic, visit, date(2026, 12, 31)).funding == "paid"


def test_self_employed_months_count_through_their_own_basis_only_for_them():
    pack = load_rule_pack()
    paid = tuple(month_index(2025, m) for m in range(6, 13))
    visit = Visit(service="diagnostics")
    for payer, basis in (("self_employed", "insurance.self_employed"), ("employee", "insurance.contributions")):
        facts = PatientFacts(status="citizen", payments=tuple((m, payer) for m in paid))
        d = decide(facts, visit, date(2026, 2, 1), pack)
        assert d.funding == "mams" and basis in [r.id for r in d.rules] and d.arrears is None
