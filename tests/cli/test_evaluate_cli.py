"""`python main.py evaluate FILE|-`: the JSON contract of the `evaluate` case format and exit 2
naming the field for every kind of bad input."""

from __future__ import annotations

import json

import pytest

from domain import codes
from domain.case import evaluate
from domain.messages import BadInput
from domain.rulepack import load_rule_pack
from tests.helpers import run_cli

KEYS = ["service", "on", "funding", "emergency", "referral", "insured", "status_class", "rules", "rule_pack", "arrears"]
EXAMPLE = {
    "on": "2026-03-01",
    "patient": {
        "status": "citizen", "parent_status": None, "birth_date": "1985-05-15", "sex": "M", "kandas_since": None,
        "categories": ["pensioner"], "payments": {"payer": "self_payer", "months": ["2025-01", "2025-02"]},
        "insured": None, "pregnant": False, "conditions": ["I10", {"code": "I21.0", "since": "2026-01-20"}],
        "dispensary": ["I10"], "palliative": False, "vhi_until": None,
    },
    "service": "specialist_consult", "for_condition": "I10", "specialty": None, "suspected": None,
    "risk_confirmed": False, "attached_here": True, "screening_kind": None,
    "repeat_visit": False, "emergency": False, "referral": False,
}
UNCONFIRMED = {"kk": "норма нақтылануда", "ru": "норма уточняется"}


def evaluate_cli(payload, *extra: str):
    return run_cli("evaluate", "-", *extra, stdin=payload if isinstance(payload, str) else json.dumps(payload))


def test_the_architecture_example_from_a_file(tmp_path):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(EXAMPLE), "utf-8")
    r = run_cli("evaluate", str(path))
    assert r.code == 0, r.stderr
    out = r.json
    assert list(out) == KEYS
    assert (out["funding"], out["referral"], out["insured"], out["status_class"]) == ("tmkkk", "not_needed", True, "resident")
    assert out["rules"][0]["id"] == "tmkkk.dynamic_observation_care_2026"
    assert set(out["rules"][0]) == {"id", "citation", "text", "verified", "unconfirmed", "reason"}
    assert set(out["rules"][0]["text"]) == {"kk", "ru"} and isinstance(out["rules"][0]["citation"], str)
    assert out["rule_pack"] == load_rule_pack().version and out["arrears"] is None


def test_a_case_without_service_is_the_whole_catalogue_in_order():
    r = evaluate_cli({"on": "2026-03-01", "patient": {"status": "kandas"}})
    assert r.code == 0, r.stderr
    assert [d["service"] for d in r.json] == list(codes.SERVICE_CODES)
    assert all(list(d) == KEYS for d in r.json)


def test_a_list_of_cases_gives_one_result_each_in_order():
    cases = [{"on": "2026-03-01", "patient": {"status": "citizen"}, "service": "phc_visit"},
             {"on": "2026-03-01", "patient": {"status": "asylum_seeker"}},
             {"on": "2026-03-01", "patient": {"status": "asylum_seeker"}, "service": "phc_visit"}]
    r = evaluate_cli(cases)
    assert r.code == 0, r.stderr
    first, whole, last = r.json
    assert first["funding"] == "tmkkk" and len(whole) == len(codes.SERVICE_CODES) and last["funding"] == "paid"
    assert evaluate_cli([]).json == []


def test_on_defaults_to_today():
    from datetime import date

    r = evaluate_cli({"patient": {"status": "citizen"}, "service": "ambulance"})
    assert r.code == 0 and r.json["on"] == date.today().isoformat()


def test_null_fields_are_absent():
    r = evaluate_cli({"on": None, "patient": {"status": "citizen", "categories": None, "payments": None, "sex": None},
                      "service": "phc_visit", "emergency": None, "referral": None})
    assert r.code == 0, r.stderr


BAD = [
    ({"patient": {"status": "martian"}}, "patient.status"),
    ({"patient": {}}, "patient.status"),
    ({"on": "2026-03-01"}, "patient"),
    ({"patient": {"status": "citizen", "parent_status": "king"}}, "patient.parent_status"),
    ({"patient": {"status": "citizen"}, "service": "massage"}, "service"),
    ({"patient": {"status": "citizen", "categories": ["veteran"]}}, "patient.categories[0]"),
    ({"patient": {"status": "citizen", "payments": {"payer": "uncle", "months": []}}}, "patient.payments.payer"),
    ({"patient": {"status": "citizen"}, "screening_kind": "xray"}, "screening_kind"),
    ({"on": "2026-02-30", "patient": {"status": "citizen"}}, "on"),
    ({"on": "01.03.2026", "patient": {"status": "citizen"}}, "on"),
    ({"on": 20260301, "patient": {"status": "citizen"}}, "on"),
    ({"patient": {"status": "citizen", "birth_date": "1985-13-01"}}, "patient.birth_date"),
    ({"patient": {"status": "kandas", "kandas_since": "2025-1-1"}}, "patient.kandas_since"),
    ({"patient": {"status": "eaeu_worker", "vhi_until": "tomorrow"}}, "patient.vhi_until"),
    ({"patient": {"status": "citizen", "conditions": [{"code": "I21", "since": "2026-02-29"}]}}, "patient.conditions[0].since"),
    ({"patient": {"status": "citizen", "payments": {"payer": "employee", "months": ["2025-13"]}}}, "patient.payments.months[0]"),
    ({"patient": {"status": "citizen", "payments": {"payer": "employee", "months": ["2025-01", "2025-1"]}}}, "patient.payments.months[1]"),
    ({"patient": {"status": "citizen", "conditions": ["I1O"]}}, "patient.conditions[0]"),
    ({"patient": {"status": "citizen", "dispensary": ["I10", "10I"]}}, "patient.dispensary[1]"),
    ({"patient": {"status": "citizen"}, "for_condition": "hypertension"}, "for_condition"),
    ({"patient": {"status": "citizen", "conditions": [{"code": "A1"}]}}, "patient.conditions[0].code"),
    ({"patient": {"status": "citizen", "conditions": [{"since": "2026-01-01"}]}}, "patient.conditions[0].code"),
    ({"patient": {"status": "citizen"}, "servce": "phc_visit"}, "servce"),
    ({"patient": {"status": "citizen", "pregant": True}}, "patient.pregant"),
    ({"patient": {"status": "citizen", "payments": {"payer": "employee", "month": []}}}, "patient.payments.month"),
    ({"patient": {"status": "citizen", "conditions": [{"code": "I10", "sinse": "2020-01-01"}]}}, "patient.conditions[0].sinse"),
    ({"patient": {"status": "citizen", "pregnant": "yes"}}, "patient.pregnant"),
    ({"patient": {"status": "citizen", "palliative": 1}}, "patient.palliative"),
    ({"patient": {"status": "citizen", "insured": "true"}}, "patient.insured"),
    ({"patient": {"status": "citizen"}, "emergency": 1}, "emergency"),
    ({"patient": {"status": "citizen"}, "referral": "no"}, "referral"),
    ({"patient": {"status": "citizen"}, "repeat_visit": 0}, "repeat_visit"),
    ({"patient": {"status": "citizen", "sex": "male"}}, "patient.sex"),
    ({"patient": {"status": "citizen", "sex": "m"}}, "patient.sex"),
    ({"patient": {"status": "citizen", "categories": "pensioner"}}, "patient.categories"),
    ({"patient": "citizen"}, "patient"),
    ({"patient": {"status": "citizen"}, "specialty": 5}, "specialty"),
    ({"patient": {"status": "citizen"}, "suspected": "breast cancer"}, "suspected"),
    ({"patient": {"status": "citizen"}, "suspected": ["C50"]}, "suspected"),
    ({"patient": {"status": "citizen"}, "suspected": {"code": "C50"}}, "suspected"),
    ({"patient": {"status": "citizen"}, "suspected": 50}, "suspected"),
    ({"patient": {"status": "citizen"}, "suspected": "C50 C18"}, "suspected"),
    ({"patient": {"status": "citizen"}, "attached_here": "yes"}, "attached_here"),
    ({"patient": {"status": "citizen"}, "attached_here": 1}, "attached_here"),
    ({"patient": {"status": "citizen"}, "risk_confirmed": "true"}, "risk_confirmed"),
    ({"patient": {"status": "citizen"}, "risk_confirmed": 0}, "risk_confirmed"),
    ({"patient": {"status": "citizen"}, "suspect": "C50"}, "suspect"),
    ({"patient": {"status": "citizen", "payments": {"payer": "self-employed", "months": []}}}, "patient.payments.payer"),
    ({"patient": {"status": "citizen", "categories": ["house-arrest"]}}, "patient.categories[0]"),
]


@pytest.mark.parametrize(("case", "field"), BAD, ids=[f for _, f in BAD])
def test_bad_input_names_the_field_in_process(case, field):
    with pytest.raises(BadInput) as info:
        evaluate(case)
    assert info.value.field == field
    assert field in info.value.message.kk and field in info.value.message.ru


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize(("case", "field"), BAD[::4] + BAD[1::9], ids=lambda v: v if isinstance(v, str) else "")
def test_bad_input_is_exit_2_with_one_line_naming_the_field(case, field, lang):
    r = evaluate_cli(case, "--lang", lang)
    assert r.code == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and field in lines[0]


def test_bad_input_inside_a_list_names_the_case_and_nothing_is_printed():
    r = evaluate_cli([{"patient": {"status": "citizen"}}, {"patient": {"status": "citizen", "sex": "X"}}], "--lang", "ru")
    assert r.code == 2 and r.stdout == ""
    assert "[1].patient.sex" in r.stderr and "M или F" in r.stderr


def test_not_json_and_not_a_case():
    assert evaluate_cli("{not json").code == 2
    r = evaluate_cli("42")
    assert r.code == 2 and len(r.stderr.strip().splitlines()) == 1
    assert evaluate_cli('"citizen"').code == 2


def test_a_file_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes("\ufeff".encode() + json.dumps({"on": "2026-03-01", "patient": {"status": "citizen"}, "service": "phc_visit"}).encode())
    r = run_cli("evaluate", str(path))
    assert r.code == 0, r.stderr
    assert r.json["funding"] == "tmkkk"


def test_a_missing_file_is_bad_input(tmp_path):
    r = run_cli("evaluate", str(tmp_path / "nope.json"))
    assert r.code == 2 and "nope.json" in r.stderr


def test_a_date_before_the_rules_is_an_explicit_no_rule_in_force():
    r = evaluate_cli({"on": "2018-12-31", "patient": {"status": "citizen"}, "service": "phc_visit"}, "--lang", "ru")
    assert r.code == 2 and "нет действующего правила" in r.stderr and r.stderr.startswith("on:")


def test_the_new_codes_and_visit_fields_are_accepted_whatever_the_date():
    case = {"on": "2019-02-01", "patient": {"status": "citizen", "categories": ["house_arrest"],
                                            "payments": {"payer": "self_employed", "months": ["2019-01"]}},
            "service": "specialist_consult", "suspected": "c50.9", "risk_confirmed": True, "attached_here": False,
            "specialty": "oncologist"}
    r = evaluate_cli(case)
    assert r.code == 0, r.stderr
    # before their dates the category and the self-referral names change nothing; the months count
    assert (r.json["funding"], r.json["referral"], r.json["insured"]) == ("mams", "missing", True)
    assert r.json["arrears"] is None


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_citation_is_the_rendering_of_the_chosen_language(lang):
    case = {"on": "2026-03-01", "patient": {"status": "citizen"}, "service": "ambulance"}
    r = evaluate_cli(case, "--lang", lang)
    assert r.code == 0, r.stderr
    pack = load_rule_pack()
    rules = r.json["rules"]
    assert rules and all(rule["citation"] == pack.entries[rule["id"]].citation.in_lang(lang) for rule in rules)
    first = rules[0]["citation"]
    assert ("Қаулысы" in first or "қаулысы" in first) if lang == "kk" else "Постановление" in first
    assert not any(tag in rule["citation"] for rule in rules for tag in ("[", "S3", "§"))


def test_without_lang_citations_are_kazakh():
    r = evaluate_cli({"on": "2026-03-01", "patient": {"status": "citizen"}, "service": "phc_visit"})
    assert r.json["rules"][0]["citation"] == load_rule_pack().entries["tmkkk.phc_visit"].citation.kk


def test_an_unconfirmed_rule_carries_the_desk_flag_and_its_reason():
    r = evaluate_cli([{"on": d, "patient": {"status": "citizen"}, "service": "phc_visit"}
                      for d in ("2026-12-31", "2027-01-01")], "--lang", "ru")
    before, after = (res["rules"][0] for res in r.json)
    assert before == {"id": "tmkkk.phc_visit", "citation": before["citation"], "text": before["text"], "verified": True}
    assert after["id"] == "tmkkk.phc_visit_2027" and after["verified"] is False
    assert after["unconfirmed"] == UNCONFIRMED
    assert after["reason"] == {"kk": "2027 жылғы ТМККК шеңберіндегі МСАК көлемі расталмаған.",
                               "ru": "Объём ПМСП в рамках ГОБМП на 2027 год не подтверждён."}
