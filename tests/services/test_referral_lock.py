"""The referral number's counter is never locked across anything slow: the first slip of a
process loads its fonts and the rule pack before the number is taken, and between taking the
number and the commit no file is read. Measured in a fresh process, where those costs are."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from db.engine import open_database, session_factory
from db.repositories import save_patient
from domain.records import LegalStatus, Patient
from tests.helpers import ROOT

# Prints how long the lock was held (from the first write of the counter row on PostgreSQL,
# from BEGIN IMMEDIATE on SQLite, to the commit) and every file opened meanwhile.
PROBE = textwrap.dedent("""
    import json, sys, time
    from datetime import date
    from sqlalchemy import event
    from db.engine import open_database, session_factory
    from services.referrals import issue_referral

    url, pid = sys.argv[1], int(sys.argv[2])
    engine = open_database(url)
    postgres = engine.dialect.name == "postgresql"
    state = {"locked": None, "released": None, "opened": []}

    @event.listens_for(engine, "before_cursor_execute")
    def statement(conn, cursor, sql, parameters, context, executemany):
        sql = " ".join(sql.split()).upper()
        if postgres:
            locks = sql.startswith(("INSERT INTO SEQUENCES", "UPDATE SEQUENCES"))
        else:
            locks = sql.startswith("BEGIN IMMEDIATE")
        if state["locked"] is None and locks:
            state["locked"] = time.perf_counter()

    @event.listens_for(engine, "commit")
    def commit(conn):
        if state["locked"] is not None and state["released"] is None:
            state["released"] = time.perf_counter()

    def audit(name, args):
        if name == "open" and state["locked"] is not None and state["released"] is None:
            state["opened"].append(str(args[0]))

    sys.addaudithook(audit)
    with session_factory(engine).begin() as s:
        number = issue_referral(s, pid, "diagnostics", on=date(2026, 11, 22)).number
    engine.dispose()
    print(json.dumps({"number": number, "opened": state["opened"],
                      "held_ms": 1000 * (state["released"] - state["locked"])}))
""")
LIMIT_MS = 200


def _patient(url: str) -> int:
    engine = open_database(url)
    try:
        with session_factory(engine).begin() as s:
            return save_patient(s, Patient("Сейітова", "Дана", iin="900101400003",
                                           birth_date=date(1990, 1, 1), sex="F",
                                           legal_status=LegalStatus("citizen")))
    finally:
        engine.dispose()


def _issue_in_a_fresh_process(url: str, pid: int) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE, url, str(pid)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.mark.postgres
def test_the_counter_row_is_held_briefly_by_the_first_referral_of_a_process(postgres_url):
    from tests import pg

    with pg.own_database(postgres_url, "reflock") as url:
        pid = _patient(url)
        first = _issue_in_a_fresh_process(url, pid)
        assert first["number"].endswith("-2026-000001")
        assert first["opened"] == []  # fonts and rules were read before the number was taken
        held = first["held_ms"]
        if held >= LIMIT_MS:  # a busy machine's moment: one more fresh process decides
            held = min(held, _issue_in_a_fresh_process(url, pid)["held_ms"])
        assert held < LIMIT_MS, f"the counter row was locked for {held:.0f} ms"


def test_no_file_is_read_under_the_write_lock_of_a_referral_on_sqlite(db_url):
    pid = _patient(db_url)
    first = _issue_in_a_fresh_process(db_url, pid)
    assert first["number"].endswith("-2026-000001")
    assert first["opened"] == []  # the rule pack and the fonts came before BEGIN IMMEDIATE
