"""The rule pack loader: strict refusals naming file and entry, version and content hash, and
the uncertain readings of the rulebook expressed as data without touching code."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

import domain
from domain.decide import decide
from domain.decision import Visit
from domain.facts import PatientFacts
from domain.rulepack import RulePackError, load_rule_pack, load_rule_pack_from

REASON = {"kk": "Министрліктің мәлімдемесі тексерілмеген.", "ru": "Заявление министерства не сверено."}


@pytest.fixture
def pack_dir(tmp_path) -> Path:
    src = Path(domain.__file__).resolve().parent / "rules"
    dst = tmp_path / "rules"
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__", "catalogue.json"))
    return dst


def edit(directory: Path, name: str, change) -> None:
    path = directory / name
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def rule(data: dict, section: str, rid: str) -> dict:
    return next(r for r in data[section] if r["id"] == rid)


def refused(directory: Path) -> RulePackError:
    with pytest.raises(RulePackError) as info:
        load_rule_pack_from(directory)
    return info.value


def test_the_shipped_pack_loads_with_a_version_and_content_hash():
    pack = load_rule_pack()
    assert re.fullmatch(r"\d{4}\.\d{2}-[0-9a-f]{8}", pack.version)
    assert pack.version.endswith(pack.content_hash)
    assert load_rule_pack() is pack  # loaded once per process


def test_a_copy_has_the_same_hash_and_any_change_changes_it(pack_dir):
    assert load_rule_pack_from(pack_dir).version == load_rule_pack().version
    edit(pack_dir, "decisions.json", lambda d: rule(d, "decisions", "paid.not_covered")["text"].update(kk="Ақылы."))
    assert load_rule_pack_from(pack_dir).content_hash != load_rule_pack().content_hash


def test_duplicate_id_is_refused_naming_both_files(pack_dir):
    edit(pack_dir, "referrals.json", lambda d: d["referrals"][0].update(id="dangerous.tmkkk"))
    err = refused(pack_dir)
    assert err.file == "referrals.json" and err.entry == "dangerous.tmkkk"
    assert "decisions.json" in str(err)


def test_overlapping_versions_of_one_rule_are_refused(pack_dir):
    def add_version(d):
        v2 = dict(rule(d, "statuses", "status.asylum_seeker"), id="status.asylum_seeker.2024",
                  rule="status.asylum_seeker", package="full", valid_from="2024-06-01", verified=False,
                  reason=REASON)
        d["statuses"].append(v2)

    edit(pack_dir, "statuses.json", add_version)
    err = refused(pack_dir)
    assert err.file == "statuses.json" and err.entry == "status.asylum_seeker.2024"
    assert "overlaps status.asylum_seeker" in str(err)


def test_the_2027_dynamic_observation_rule_is_a_version_of_the_old_one():
    pack = load_rule_pack()
    old, new = pack.entries["tmkkk.dynamic_observation"], pack.entries["tmkkk.dynamic_observation_2027"]
    assert new.rule == old.rule == "tmkkk.dynamic_observation"
    assert old.valid_to < new.valid_from


def test_a_new_version_without_its_rule_link_is_refused(pack_dir):
    edit(pack_dir, "decisions.json", lambda d: rule(d, "decisions", "tmkkk.dynamic_observation_2027").pop("rule"))
    err = refused(pack_dir)
    assert err.file == "decisions.json" and err.entry == "tmkkk.dynamic_observation_2027"
    assert "must name 'tmkkk.dynamic_observation' in rule" in err.problem


def test_a_version_of_a_status_without_its_rule_link_is_refused(pack_dir):
    def add_version(d):
        v1 = rule(d, "statuses", "status.asylum_seeker")
        v1["valid_to"] = "2024-05-31"
        d["statuses"].append(dict(v1, id="status.asylum_seeker.2024", package="full",
                                  valid_from="2024-06-01", valid_to=None, verified=False, reason=REASON))

    edit(pack_dir, "statuses.json", add_version)
    err = refused(pack_dir)
    assert err.file == "statuses.json" and err.entry == "status.asylum_seeker.2024"
    assert "in rule" in err.problem


def test_a_rule_link_to_no_rule_is_refused(pack_dir):
    edit(pack_dir, "decisions.json",
         lambda d: rule(d, "decisions", "tmkkk.dynamic_observation_2027").update(rule="tmkkk.no_such_rule"))
    err = refused(pack_dir)
    assert err.entry == "tmkkk.dynamic_observation_2027" and "unknown rule 'tmkkk.no_such_rule'" in err.problem


@pytest.mark.parametrize(("file", "section", "rid", "change", "problem"), [
    ("decisions.json", "decisions", "mams.list", {"services": ["xray"]}, "unknown service code 'xray'"),
    ("decisions.json", "decisions", "vhi.phc", {"when": {"status_in": ["tourist"]}}, "unknown status code 'tourist'"),
    ("decisions.json", "decisions", "vhi.phc", {"funding": "free"}, "unknown funding code 'free'"),
    ("decisions.json", "decisions", "vhi.phc", {"when": {"is_vip": True}}, "unknown condition 'is_vip'"),
    ("decisions.json", "decisions", "dangerous.tmkkk", {"when": {"any_condition": "rare"}}, "unknown condition list 'rare'"),
    ("decisions.json", "decisions", "tmkkk.screening_2027", {"when": {"screening_kind_in": ["mri"]}}, "unknown screening kind code 'mri'"),
    ("decisions.json", "decisions", "vhi.phc", {"citation": None}, "missing citation"),
    ("decisions.json", "decisions", "vhi.phc", {"citation": {"act": "x", "source": "S9"}}, "unknown source tag 'S9'"),
    ("decisions.json", "decisions", "vhi.phc", {"valid_from": "2023-02-30"}, "valid_from must be a date"),
    ("decisions.json", "decisions", "vhi.phc", {"valid_to": "2020-01-01"}, "valid_to is before valid_from"),
    ("decisions.json", "decisions", "vhi.phc", {"text": {"kk": "", "ru": "x"}}, "text must be"),
    ("decisions.json", "decisions", "vhi.phc", {"verified": "yes"}, "verified must be true or false"),
    ("decisions.json", "decisions", "tmkkk.rehabilitation_tb", {"shadowed_by": "no.such"}, "shadowed_by names unknown rule"),
    ("decisions.json", "decisions", "vhi.phc", {"colour": "red"}, "unknown keys ['colour']"),
    ("insurance.json", "categories", "category.pensioner", {"category": "veteran"}, "unknown category code 'veteran'"),
    ("insurance.json", "basis", "insurance.esp", {"payers": ["barter"]}, "unknown payer code 'barter'"),
    ("statuses.json", "statuses", "status.kandas", {"class": "tourist"}, "unknown status class code 'tourist'"),
    ("conditions.json", "lists", "list.dangerous", {"citation": None}, "missing citation"),
    ("decisions.json", "decisions", "vhi.phc", {"verified": False}, "an unverified entry needs a reason"),
    ("decisions.json", "decisions", "tmkkk.phc_visit_2027", {"reason": {"kk": "себеп"}}, "reason must be"),
    ("decisions.json", "decisions", "tmkkk.phc_visit_2027", {"reason": None}, "an unverified entry needs a reason"),
])
def test_bad_entries_are_refused_naming_file_and_entry(pack_dir, file, section, rid, change, problem):
    edit(pack_dir, file, lambda d: rule(d, section, rid).update(change))
    err = refused(pack_dir)
    assert err.file == file
    assert err.entry == rid
    assert problem in err.problem


def test_a_malformed_icd_range_in_a_list_is_refused(pack_dir):
    edit(pack_dir, "conditions.json", lambda d: rule(d, "lists", "list.dangerous")["entries"][0].update(codes=["A3-A36"]))
    err = refused(pack_dir)
    assert err.file == "conditions.json" and err.entry == "list.dangerous entries[0]"


def test_a_code_listed_twice_for_overlapping_dates_is_refused(pack_dir):
    edit(pack_dir, "conditions.json",
         lambda d: rule(d, "lists", "list.dangerous")["entries"].append({"codes": ["B05"], "label": "measles again"}))
    err = refused(pack_dir)
    assert err.entry.startswith("list.dangerous entries[") and "B05" in err.problem


def test_a_missing_id_and_a_missing_status_are_refused(pack_dir):
    edit(pack_dir, "statuses.json", lambda d: d["statuses"].pop())
    assert "no rule for statuses ['asylum_seeker']" in str(refused(pack_dir))


def test_broken_json_names_the_file_and_line(pack_dir):
    (pack_dir / "screening.json").write_text('{"screenings": [\n  {,}\n]}', "utf-8")
    err = refused(pack_dir)
    assert err.file == "screening.json" and err.entry == "line 2"


@pytest.mark.parametrize(("file", "old", "new", "entry", "key"), [
    # json.load would keep the last value: each of these would silently change a rule
    ("statuses.json", '"package": "limited",', '"package": "limited", "package": "full",',
     "status.temporary_foreigner", "package"),
    ("statuses.json", '"kk": "Қандас:', '"kk": "Қандас.", "kk": "Қандас:', "status.kandas", "text.kk"),
    ("conditions.json", '"label"', '"label": "x", "label"', "list.dangerous", "entries[0].label"),
    ("pack.json", '"version"', '"version": "2000.01", "version"', "file", "version"),
])
def test_a_duplicate_key_at_any_depth_is_refused_naming_file_entry_and_key(pack_dir, file, old, new, entry, key):
    path = pack_dir / file
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")
    err = refused(pack_dir)
    assert (err.file, err.entry, err.problem) == (file, entry, f"duplicate key {key!r}")


def test_status_attributes_are_only_in_the_dated_status_rules():
    """The catalogue names the statuses; class, package, insurable and categories are dated
    entries of statuses.json, so a dated change reaches every reader."""
    from domain.codes import STATUSES

    catalogue = json.loads((Path(domain.__file__).resolve().parent / "rules" / "catalogue.json").read_text("utf-8"))
    assert all(set(entry) == {"code", "name"} for entry in catalogue["statuses"])
    assert all(s.extra == {} for s in STATUSES)


# ------------------------------------------------ the uncertain readings as data

ASYLUM = PatientFacts(status="asylum_seeker")


def phc(facts: PatientFacts, on: date, pack) -> str:
    return decide(facts, Visit(service="phc_visit"), on, pack).funding


def test_asylum_seekers_full_package_from_a_date(pack_dir):
    def full_from_2024(d):
        v1 = rule(d, "statuses", "status.asylum_seeker")
        v1["valid_to"] = "2024-05-31"
        d["statuses"].append(dict(v1, id="status.asylum_seeker.2024", rule="status.asylum_seeker",
                                  package="full", valid_from="2024-06-01", valid_to=None, verified=False, reason=REASON))

    edit(pack_dir, "statuses.json", full_from_2024)
    pack = load_rule_pack_from(pack_dir)
    assert phc(ASYLUM, date(2024, 5, 31), pack) == "paid"
    assert phc(ASYLUM, date(2024, 6, 1), pack) == "tmkkk"
    assert phc(ASYLUM, date(2024, 6, 1), load_rule_pack()) == "paid"


def test_refugees_outside_mams(pack_dir):
    edit(pack_dir, "statuses.json", lambda d: rule(d, "statuses", "status.refugee").update(insurable=False, categories=False))
    pack = load_rule_pack_from(pack_dir)
    refugee = PatientFacts(status="refugee", categories=frozenset({"pensioner"}))
    visit = Visit(service="diagnostics")
    assert decide(refugee, visit, date(2026, 3, 1)).funding == "mams"
    moved = decide(refugee, visit, date(2026, 3, 1), pack)
    assert (moved.funding, moved.insured) == ("paid", False)


def test_the_esp_end_date_is_data(pack_dir):
    edit(pack_dir, "insurance.json", lambda d: rule(d, "basis", "insurance.esp").update(valid_to="2025-12-31"))
    pack = load_rule_pack_from(pack_dir)
    # a gap in the last four months: ordinary contributions insure, the ЕСП rule does not
    esp = PatientFacts(status="citizen", payments=((2024 * 12 + 9, "esp"), (2024 * 12 + 11, "esp")))
    visit = Visit(service="diagnostics")
    assert decide(esp, visit, date(2025, 1, 10)).funding == "mams"
    assert decide(esp, visit, date(2025, 1, 10), pack).funding == "paid"


def test_the_2027_tmkkk_list_can_be_withdrawn(pack_dir):
    edit(pack_dir, "decisions.json", lambda d: rule(d, "decisions", "tmkkk.screening_2027").update(valid_to="2027-01-01"))
    pack = load_rule_pack_from(pack_dir)
    visit = Visit(service="screening", screening_kind="glaucoma")
    citizen = PatientFacts(status="citizen")
    assert decide(citizen, visit, date(2027, 1, 1), pack).funding == "tmkkk"
    assert decide(citizen, visit, date(2027, 1, 2), pack).funding == "paid"


def test_referral_rules_agree_with_the_catalogue():
    """The catalogue's referral column: exactly the services marked "yes" have a rule requiring one."""
    from domain.codes import SERVICES

    pack = load_rule_pack()
    on = date(2026, 3, 1)
    needs = {s.code for s in SERVICES if s.extra["referral"] == "yes"}
    required = {svc for svc, rules in pack.referrals.items()
                if any(r.effect == "require" and r.meta.in_force(on) for r in rules)}
    assert required == needs
    assert pack.emergency_services == {s.code for s in SERVICES if s.extra["referral"] == "never"}


CITED = [("decisions.json", "decisions", "vhi.phc"), ("referrals.json", "referrals", "referral.self_referral_2025"),
         ("insurance.json", "categories", "category.house_arrest"), ("insurance.json", "basis", "insurance.esp"),
         ("statuses.json", "statuses", "status.kandas"), ("conditions.json", "lists", "list.dangerous"),
         ("screening.json", "screenings", "screening.breast")]


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize(("file", "section", "rid"), CITED, ids=[c[2] for c in CITED])
def test_a_citation_without_its_kazakh_or_russian_rendering_is_refused(pack_dir, file, section, rid, lang):
    edit(pack_dir, file, lambda d: rule(d, section, rid)["citation"].pop(lang))
    err = refused(pack_dir)
    assert (err.file, err.entry) == (file, rid)
    assert f"citation has no {lang} rendering" in err.problem


@pytest.mark.parametrize("value", ["", "   ", None, 7])
def test_an_empty_rendering_is_refused(pack_dir, value):
    edit(pack_dir, "decisions.json", lambda d: rule(d, "decisions", "mams.list")["citation"].update(ru=value))
    err = refused(pack_dir)
    assert (err.entry, err.problem) == ("mams.list", "citation has no ru rendering")


def test_a_rendering_of_a_list_entry_or_a_wage_row_is_required_too(pack_dir):
    def drop_entry(d):
        entry = next(e for e in rule(d, "lists", "list.socially_significant")["entries"] if "citation" in e)
        entry["citation"].pop("kk")

    edit(pack_dir, "conditions.json", drop_entry)
    err = refused(pack_dir)
    assert err.entry.startswith("list.socially_significant entries[") and "no kk rendering" in err.problem


def test_a_wage_row_without_a_russian_rendering_is_refused(pack_dir):
    edit(pack_dir, "insurance.json", lambda d: rule(d, "arrears", "insurance.arrears_2027")["minimum_wage"][-1]["citation"].pop("ru"))
    err = refused(pack_dir)
    assert err.entry == "insurance.arrears_2027 minimum_wage[4]" and "no ru rendering" in err.problem


@pytest.mark.parametrize("shown", ["Фонд слайдтары [S3]", "S3 слайдтары, 9-тармақ", "пункт 9 (L)"])
def test_a_source_tag_in_a_rendering_is_refused(pack_dir, shown):
    edit(pack_dir, "decisions.json", lambda d: rule(d, "decisions", "mams.list")["citation"].update(kk=shown))
    err = refused(pack_dir)
    assert err.entry == "mams.list" and "source tag" in err.problem


def test_every_rule_has_a_citation_and_both_texts():
    pack = load_rule_pack()
    tags = ("S0", "S1", "S2", "S3", "S4", "§", "[")
    for meta in pack.entries.values():
        for shown in (meta.citation.kk, meta.citation.ru):
            assert shown.strip() and not any(t in shown for t in tags), meta.id
        assert meta.citation.kk != meta.citation.ru, meta.id
        assert meta.verified or (meta.reason and meta.reason.kk != meta.reason.ru), meta.id
        assert meta.text.kk.strip() and meta.text.ru.strip(), meta.id
        assert meta.text.kk != meta.text.ru, meta.id
