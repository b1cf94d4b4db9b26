"""`demo` fills an empty database, refuses a non-empty one, and the rows read back intact."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from db.engine import open_database, session_factory
from db.repositories import find_by_iin, load_patient
from demo.load import fill
from demo.synth import generate_patients
from domain.iin import parse_iin
from domain.messages import BadInput
from tests.helpers import run_cli

ON = date(2026, 11, 22)


def _digest(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        h = hashlib.sha256()
        for table in ("patients", "organisations", "identity_documents", "legal_statuses",
                      "users", "sequences"):
            for row in con.execute(f"SELECT * FROM {table} ORDER BY 1"):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


def test_fill_writes_what_the_generator_yields(db_url):
    engine = open_database(db_url)
    try:
        result = fill(engine, 300, seed=4, on=ON)
        assert result["patients"] == 300 and result["organisations"] >= 10
        expected = list(generate_patients(300, seed=4, on=ON))
        with session_factory(engine)() as s:
            for i in (0, 5, 9, 150, 299):
                got = load_patient(s, i + 1)
                want = expected[i]
                assert (got.iin, got.local_id, got.full_name) == (want.iin, want.local_id, want.full_name)
                assert got.legal_status.status == want.legal_status.status
                assert got.legal_status.basis == want.legal_status.basis
                assert got.documents == want.documents
                assert got.fund_checks == want.fund_checks
                assert got.categories == want.categories
                assert got.payments == want.payments
                assert [(c.code, c.since, c.dispensary) for c in got.conditions] == \
                    [(c.code, c.since, c.dispensary) for c in want.conditions]
                assert got.attached_org == want.attached_org and got.vhi_until == want.vhi_until
            first_iin = next(p.iin for p in expected if p.iin)
            assert find_by_iin(s, first_iin).iin == first_iin
    finally:
        engine.dispose()


def test_demo_command_every_status_valid_iins_and_the_clinic(tmp_path):
    path = tmp_path / "demo.sqlite"
    r = run_cli("demo", "--patients", "2000", "--seed", "3", "--db", str(path))
    assert r.code == 0, r.stderr
    out = r.json
    assert out["patients"] == 2000 and out["seconds"] >= 0 and out["organisations"] >= 10
    con = sqlite3.connect(path)
    try:
        statuses = {s for (s,) in con.execute("SELECT DISTINCT status FROM patients")}
        assert len(statuses) == 10
        rows = con.execute("SELECT iin, birth_date, sex, local_id FROM patients").fetchall()
        for iin, born, sex, local_id in rows:
            if iin:
                info = parse_iin(iin)
                assert info.valid and info.birth_date.isoformat() == born and info.sex == sex
            else:
                assert local_id
        assert con.execute("SELECT count(*) FROM organisations WHERE is_self = 1 AND code = 'SELF' "
                           "AND bin IS NOT NULL").fetchone() == (1,)
        names = " ".join(n for (n,) in con.execute("SELECT surname || ' ' || given_name FROM patients"))
        assert set(names) & set("әғқңөұүі")
        assert con.execute("SELECT count(*) FROM patients WHERE latin_surname IS NOT NULL").fetchone()[0] > 0
        assert con.execute("SELECT count(*) FROM patients WHERE search_key = ''").fetchone() == (0,)
        used = con.execute("SELECT count(*) FROM patients WHERE local_id IS NOT NULL").fetchone()[0]
        assert con.execute("SELECT last_value FROM sequences WHERE name = 'local_id'").fetchone() == (used,)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def test_same_seed_gives_the_same_database_content(tmp_path):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    for path in (a, b):
        assert run_cli("demo", "--patients", "200", "--seed", "9", "--db", str(path)).code == 0
    query = "SELECT iin, local_id, surname, given_name, patronymic, birth_date, status FROM patients ORDER BY id"
    ca, cb = sqlite3.connect(a), sqlite3.connect(b)
    try:
        assert ca.execute(query).fetchall() == cb.execute(query).fetchall()
    finally:
        ca.close()
        cb.close()


@pytest.mark.parametrize("lang,needle", [("kk", "бос емес"), ("ru", "не пуста")])
def test_second_demo_is_refused_and_changes_nothing(tmp_path, lang, needle):
    path = tmp_path / "demo.sqlite"
    assert run_cli("demo", "--patients", "50", "--db", str(path)).code == 0
    before = _digest(path)
    r = run_cli("demo", "--patients", "50", "--seed", "2", "--db", str(path), "--lang", lang)
    assert r.code == 2 and needle in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert _digest(path) == before


def test_fill_refuses_a_database_with_organisations_only(db_url):
    engine = open_database(db_url)
    try:
        fill(engine, 5, seed=1, on=ON)
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM patients WHERE id > 0")
        with pytest.raises(BadInput):
            fill(engine, 5, seed=1, on=ON)
    finally:
        engine.dispose()


def test_bad_patient_count_is_exit_2_before_any_file_is_made(tmp_path):
    path = tmp_path / "never.sqlite"
    r = run_cli("demo", "--patients", "0", "--db", str(path), "--lang", "ru")
    assert r.code == 2 and "пациентов" in r.stderr
    assert not path.exists()


def test_large_runs_report_progress_on_stderr(tmp_path):
    r = run_cli("demo", "--patients", "20000", "--db", str(tmp_path / "big.sqlite"))
    assert r.code == 0, r.stderr
    lines = [x for x in r.stderr.splitlines() if x.startswith("demo:")]
    assert 15 <= len(lines) <= 30 and "20000 / 20000" in r.stderr
