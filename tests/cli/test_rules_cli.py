"""`rules install | list | show | activate | diff` as an administrator runs them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tests.helpers import db_dump, run_cli

ROOT = Path(__file__).resolve().parents[2]
NARROW = ROOT / "docs" / "examples" / "rulepack-2027-narrow-phc.zip"
CASE = {"on": "2027-01-01", "patient": {"status": "citizen", "birth_date": "1985-05-15"}, "service": "phc_visit"}


def test_install_list_activate_show_evaluate_and_roll_back(tmp_path):
    db = str(tmp_path / "t.sqlite")
    installed = run_cli("rules", "install", str(NARROW), "--db", db)
    assert installed.code == 0, installed.stderr
    assert {"version", "hash", "rules", "unconfirmed"} <= set(installed.json)
    listed = run_cli("rules", "list", "--db", db).json
    assert [(p["version"], p["active"], p["shipped"]) for p in listed][1] == ("2026.12.narrow", False, False)
    assert listed[0]["shipped"] and listed[0]["active"]
    assert {"version", "hash", "installed_at", "active", "shipped", "range"} <= set(listed[1])
    case = json.dumps(CASE)
    assert run_cli("evaluate", "-", "--db", db, stdin=case).json["funding"] == "tmkkk"
    activated = run_cli("rules", "activate", "2026.12.narrow", "--db", db)
    assert activated.code == 0 and activated.json["version"] == "2026.12.narrow"
    shown = run_cli("rules", "show", "--db", db).json
    assert shown["version"] == "2026.12.narrow" and shown["first_day"] == "2019-01-01"
    assert all(u["kk"] and u["ru"] for u in shown["unconfirmed"])
    # evaluate decides with the database's active pack when the database is given
    evaluated = run_cli("evaluate", "-", "--db", db, stdin=case).json
    assert evaluated["funding"] == "paid" and evaluated["rule_pack"].startswith("2026.12.narrow-")
    assert run_cli("evaluate", "-", stdin=case).json["funding"] == "tmkkk"  # no database: shipped
    assert run_cli("evaluate", "-", env={"TIRKEU_DB": db}, stdin=case).json["funding"] == "paid"
    back = run_cli("rules", "activate", "shipped", "--db", db)
    assert back.code == 0 and back.json["shipped"] is True
    assert run_cli("evaluate", "-", "--db", db, stdin=case).json["funding"] == "tmkkk"


def test_a_refused_install_exits_2_with_one_line_and_writes_nothing(tmp_path):
    db = str(tmp_path / "t.sqlite")
    assert run_cli("rules", "list", "--db", db).code == 2  # listing never creates a database
    assert run_cli("rules", "activate", "shipped", "--db", db).json["changed"] is False
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    before = db_dump(db)
    for lang, word in (("kk", "қабылданбады"), ("ru", "отклонён")):
        result = run_cli("rules", "install", str(bad), "--db", db, "--lang", lang)
        assert result.code == 2 and result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1 and word in result.stderr
    missing = run_cli("rules", "install", str(tmp_path / "none.zip"), "--db", db)
    assert missing.code == 2
    unknown = run_cli("rules", "activate", "2031.01", "--db", db)
    assert unknown.code == 2 and len(unknown.stderr.strip().splitlines()) == 1
    assert db_dump(db) == before


def test_diff_of_a_file_and_of_an_installed_version(tmp_path):
    db = str(tmp_path / "t.sqlite")
    assert run_cli("demo", "--patients", "60", "--db", db).code == 0
    result = run_cli("rules", "diff", str(NARROW), "--on", "2027-01-01", "--db", db)
    assert result.code == 0, result.stderr
    answer = result.json
    assert answer["patients"] == 60 and "rules diff:" in result.stderr
    change = next(c for c in answer["changes"] if c["service"] == "phc_visit")
    assert change["old"] == "tmkkk" and change["new"] in ("paid", "mams")
    assert 1 <= len(change["examples"]) <= 5 and {"id", "iin"} <= set(change["examples"][0])
    assert run_cli("rules", "install", str(NARROW), "--db", db).code == 0
    sample = run_cli("rules", "diff", "2026.12.narrow", "--on", "2027-01-01", "--sample", "10", "--db", db)
    assert sample.code == 0 and sample.json["patients"] == 10
    again = run_cli("rules", "diff", "2026.12.narrow", "--on", "2027-01-01", "--sample", "10", "--db", db)
    assert again.json["changes"] == sample.json["changes"]  # seeded
    before = run_cli("rules", "diff", str(NARROW), "--on", "2026-12-31", "--db", db).json
    assert before["changes"] == []
    bad_day = run_cli("rules", "diff", str(NARROW), "--on", "2027-02-30", "--db", db)
    assert bad_day.code == 2


def test_help_points_to_the_rulebook():
    result = run_cli("rules", "--help")
    assert result.code == 0 and "docs/rulebook.md" in result.stdout
    assert date.today()  # the command itself needs no database for its help
