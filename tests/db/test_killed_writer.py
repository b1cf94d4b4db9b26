"""A desk killed in the middle of its writes (power cut, task manager) leaves a write-ahead log
behind. The next program to open the database must find every write the killed desk was told
was saved, nothing half-written, and carry on numbering where it stopped."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from db.engine import open_database, session_factory
from db.repositories import save_patient
from domain.records import LegalStatus, Patient
from services.referrals import issue_referral
from tests.helpers import ROOT, run_cli

IIN = "850515300006"

# Issues referrals one after another, saying each number once it is committed; the WAL is never
# folded into the file, so the kill leaves all of them in the log.
DESK = textwrap.dedent("""
    import sys
    from db.engine import open_database, session_factory
    from services.referrals import issue_referral
    engine = open_database(sys.argv[1])
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
    make = session_factory(engine)
    while True:
        with make.begin() as session:
            issued = issue_referral(session, sys.argv[2], "specialist_consult")
        print(issued.number, flush=True)
""")


@pytest.mark.slow
def test_a_desk_killed_mid_write_loses_nothing_it_was_told_was_saved(tmp_path):
    path = tmp_path / "desk.sqlite"
    url = f"sqlite:///{path}"
    engine = open_database(url)
    with session_factory(engine).begin() as s:
        save_patient(s, Patient(surname="Нұрланов", given_name="Асқар", iin=IIN, sex="M",
                                legal_status=LegalStatus("citizen")))
    engine.dispose()

    proc = subprocess.Popen([sys.executable, "-c", DESK, url, IIN], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    told = []
    deadline = time.monotonic() + 120
    while len(told) < 15 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        told.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)  # somewhere in the middle of the next referral
    proc.wait(30)
    errors = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    assert len(told) == 15, errors
    assert os.path.getsize(f"{path}-wal") > 0  # the killed desk's log is still there

    # The next command sees every referral the killed desk announced, each once.
    found = run_cli("search", IIN, "--db", str(path))
    assert found.code == 0 and found.json[0]["iin"] == IIN, found.stderr
    con = sqlite3.connect(path)
    try:
        numbers = [n for (n,) in con.execute("SELECT number FROM referrals ORDER BY id")]
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()
    assert set(told) <= set(numbers) and len(numbers) == len(set(numbers))
    # at most the one that was committed in the instant before its number was printed
    assert len(numbers) - len(told) <= 1

    # ... and the register goes on after the last number, never repeating one.
    engine = open_database(url)
    try:
        with session_factory(engine).begin() as s:
            after = issue_referral(s, IIN, "specialist_consult").number
    finally:
        engine.dispose()
    assert after not in numbers
    assert after.rsplit("-", 1)[-1] > numbers[-1].rsplit("-", 1)[-1]
