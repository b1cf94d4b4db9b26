"""Several processes on one SQLite file, as at a clinic: the desk stays open while commands
and other desks come and go. Nothing anyone was told is committed may be lost."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from db.engine import open_database
from tests.helpers import ROOT

# The desk: one engine kept open, committing now and then, and opening the database again
# and again as the referral use cases do on every action.
DESK = textwrap.dedent("""
    import sys, time
    from sqlalchemy import text
    from db.engine import open_database
    url, seconds = sys.argv[1], float(sys.argv[2])
    engine = open_database(url)
    end = time.monotonic() + seconds
    i = 0
    while time.monotonic() < end:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO probe(marker) VALUES (:m)"), {"m": f"desk-{i}"})
        print(f"desk-{i}", flush=True)
        open_database(url, create=False).dispose()
        i += 1
        time.sleep(0.01)
    engine.dispose()
""")

# A command or another desk: opens, commits a few rows, closes its last connection, again.
VISITOR = textwrap.dedent("""
    import sys, time
    from sqlalchemy import text
    from db.engine import open_database
    url, name, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    for r in range(rounds):
        engine = open_database(url)
        for j in range(3):
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO probe(marker) VALUES (:m)"),
                             {"m": f"{name}-{r}-{j}"})
            print(f"{name}-{r}-{j}", flush=True)
        engine.dispose()
        time.sleep(0.02)
""")


def _start(script: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_commits_of_three_processes_all_survive(tmp_path):
    path = tmp_path / "shared.sqlite"
    url = f"sqlite:///{path}"
    engine = open_database(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE probe (id INTEGER PRIMARY KEY, marker TEXT NOT NULL)")
    engine.dispose()

    desk = _start(DESK, url, "6")
    visitors = [_start(VISITOR, url, name, "12") for name in ("b", "c")]
    told = []
    for proc in (*visitors, desk):
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        told += out.split()
    assert sum(m.startswith("desk-") for m in told) > 20  # the desk really ran alongside
    assert len([m for m in told if not m.startswith("desk-")]) == 2 * 12 * 3

    con = sqlite3.connect(path)
    try:
        stored = {row[0] for row in con.execute("SELECT marker FROM probe")}
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()
    assert sorted(set(told) - stored) == []
