"""Pack files an administrator installs: a zip of the pack's JSON files, loaded as strictly as
the shipped pack, every refusal naming the file and the entry."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date

import pytest

from domain.rulepack import (
    RulePackError,
    load_pack_file,
    load_rule_pack,
    read_pack_file,
    shipped_files,
    write_pack_file,
)

REASON = {"kk": "Тексерілмеген.", "ru": "Не сверено."}


def pack_with(change=None, **extra: bytes) -> bytes:
    files = shipped_files()
    if change is not None:
        name, edit = change
        data = json.loads(files[name])
        edit(data)
        files[name] = json.dumps(data, ensure_ascii=False).encode()
    files.update(extra)
    return write_pack_file(files)


def refused(data: bytes) -> RulePackError:
    with pytest.raises(RulePackError) as info:
        load_pack_file(data)
    return info.value


def entry(data: dict, section: str, rid: str) -> dict:
    return next(r for r in data[section] if r["id"] == rid)


def test_the_shipped_files_as_a_pack_file_are_the_shipped_pack():
    pack = load_pack_file(pack_with())
    assert pack.version == load_rule_pack().version
    assert pack.label == load_rule_pack().label


def test_a_zipped_folder_loads_the_same():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in shipped_files().items():
            z.writestr(f"my-pack/{name}", data)
    assert load_pack_file(out.getvalue()).version == load_rule_pack().version


def test_the_pack_file_is_the_same_bytes_for_the_same_files():
    assert pack_with() == pack_with()


def test_not_a_zip_is_refused():
    err = refused(b"{\"version\": \"2027.01\"}")
    assert (err.file, err.entry) == ("pack", "zip")
    assert refused(b"").entry == "zip"


def test_bad_json_names_the_file_and_line():
    files = shipped_files()
    files["decisions.json"] = files["decisions.json"][:-20]
    err = refused(write_pack_file(files))
    assert err.file == "decisions.json" and err.entry.startswith("line ")


def test_a_duplicate_key_is_refused_naming_the_entry():
    files = shipped_files()
    text = files["decisions.json"].decode()
    # the first entry's text written twice
    at = text.index('"text"')
    files["decisions.json"] = (text[:at] + '"text": {"kk": "a", "ru": "b"}, ' + text[at:]).encode()
    err = refused(write_pack_file(files))
    assert err.file == "decisions.json" and "duplicate key 'text'" in err.problem


def test_overlapping_versions_are_refused():
    def overlap(d):
        d["decisions"].append(dict(entry(d, "decisions", "tmkkk.phc_visit_2027"),
                                   id="tmkkk.phc_visit_2028", valid_from="2027-06-01"))
    err = refused(pack_with(("decisions.json", overlap)))
    assert err.file == "decisions.json" and err.entry == "tmkkk.phc_visit_2028"
    assert "overlaps tmkkk.phc_visit_2027" in err.problem


def test_an_unknown_code_is_refused():
    err = refused(pack_with(("decisions.json",
                             lambda d: entry(d, "decisions", "tmkkk.phc_visit_2027").update(
                                 services=["phc_vist"]))))
    assert (err.file, err.entry) == ("decisions.json", "tmkkk.phc_visit_2027")
    assert "unknown service code 'phc_vist'" in err.problem


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_citation_without_a_rendering_is_refused(lang):
    err = refused(pack_with(("decisions.json",
                             lambda d: entry(d, "decisions", "tmkkk.phc_visit_2027")["citation"].pop(lang))))
    assert (err.file, err.entry) == ("decisions.json", "tmkkk.phc_visit_2027")
    assert f"citation has no {lang} rendering" in err.problem


def test_an_unverified_entry_without_a_reason_is_refused():
    err = refused(pack_with(("decisions.json",
                             lambda d: entry(d, "decisions", "tmkkk.phc_visit_2027").pop("reason"))))
    assert err.entry == "tmkkk.phc_visit_2027" and "needs a reason" in err.problem


def test_a_file_not_named_in_the_pack_is_refused():
    err = refused(pack_with(**{"notes.json": b"{}"}))
    assert (err.file, err.entry) == ("notes.json", "file")


def test_a_missing_file_is_refused():
    files = shipped_files()
    del files["screening.json"]
    err = refused(write_pack_file(files))
    assert (err.file, err.entry) == ("screening.json", "file")


def test_a_catalogue_with_other_codes_is_refused():
    def new_status(d):
        d["statuses"].append({"code": "martian", "name": {"kk": "М", "ru": "М"}})
    err = refused(pack_with(("catalogue.json", new_status)))
    assert (err.file, err.entry) == ("catalogue.json", "file")


def test_files_in_subfolders_are_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("a/pack.json", "{}")
        z.writestr("b/decisions.json", "{}")
    with pytest.raises(RulePackError):
        read_pack_file(out.getvalue())


@pytest.mark.parametrize("label", ["shipped", "2027-01", "", "x" * 40])
def test_a_version_label_that_cannot_be_told_apart_is_refused(label):
    err = refused(pack_with(("pack.json", lambda d: d.update(version=label))))
    assert (err.file, err.entry) == ("pack.json", "version")


def test_the_unconfirmed_entries_and_change_days():
    from datetime import date

    pack = load_rule_pack()
    ids = [d.id for d in pack.unconfirmed_on(date(2027, 1, 1))]
    assert "tmkkk.phc_visit_2027" in ids and "tmkkk.phc_visit_2027" not in \
        [d.id for d in pack.unconfirmed_on(date(2026, 12, 31))]
    assert date(2027, 1, 1) in pack.change_days()


def test_the_example_packs_are_what_their_patches_build_to():
    from scripts.example_packs import examples, main

    assert examples(), "docs/examples has no rule pack patch"
    assert main(["--check"]) == 0


def test_the_narrow_example_changes_only_phc_visit_from_2027():
    from pathlib import Path

    from domain.decide import decide
    from domain.decision import Visit
    from domain.facts import PatientFacts

    root = Path(__file__).resolve().parents[2]
    narrow = load_pack_file((root / "docs/examples/rulepack-2027-narrow-phc.zip").read_bytes())
    shipped = load_rule_pack()
    facts = PatientFacts(status="citizen", birth_date=date(1980, 1, 1), sex="M", insured=True)
    for on, expected in ((date(2026, 12, 31), "tmkkk"), (date(2027, 1, 1), "mams")):
        assert decide(facts, Visit(service="phc_visit"), on, narrow).funding == expected
        assert decide(facts, Visit(service="phc_visit"), on, shipped).funding == "tmkkk"
    visit = Visit(service="phc_visit", for_condition="A15.0")
    assert decide(facts, visit, date(2027, 1, 1), narrow).funding == "tmkkk"


def test_the_rulebook_page_lists_every_change_day_of_the_shipped_pack():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    page = (root / "docs/rulebook.md").read_text("utf-8")
    table = page.split("## The dates in the shipped pack", 1)[1].split("\n## ", 1)[0]
    pack = load_rule_pack()
    listed = {line.split("|")[1].strip() for line in table.splitlines() if line.startswith("| 20")}
    assert listed == {d.isoformat() for d in pack.change_days() if d > pack.range_from}
    assert "docs/rulebook.md" in (root / "README.md").read_text("utf-8")
