"""The import section of `bench`: real figures from a real child process and a real baseline."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from bench.importing import _TreeMemory, fresh_database, raw_import, write_snapshot
from bench.importing import measure as measure_import
from db.rows import patient_key, reference_key
from demo.synth import generate_patients


def test_measure_reports_the_three_import_figures(tmp_path):
    messages = []
    ctx = SimpleNamespace(patients=400, seed=2, workdir=tmp_path, progress=messages.append,
                          db_url="", db_path=tmp_path / "unused.sqlite")
    out = measure_import(ctx)
    assert set(out) == {"import_s", "import_raw_s", "import_peak_mb"}
    assert out["import_s"] > 0 and out["import_raw_s"] > 0
    assert 20 < out["import_peak_mb"] < 1000  # a Python process with SQLAlchemy, not the bench's own
    assert messages and all(isinstance(m, str) for m in messages)
    assert list(tmp_path.iterdir()) == []  # scratch files removed


def test_raw_baseline_stores_the_same_rows(tmp_path):
    snap = write_snapshot(tmp_path / "s.csv", 250, seed=3, on=date(2026, 11, 22))
    db = tmp_path / "raw.sqlite"
    fresh_database(db)
    assert raw_import(snap, db) > 0
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM patients").fetchone() == (250,)
        assert con.execute("SELECT count(*) FROM legal_statuses").fetchone() == (250,)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
    lines = Path(snap).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 251


def test_bulk_name_keys_equal_the_search_key_function():
    for rec in generate_patients(5000, seed=13, on=date(2026, 11, 22)):
        assert patient_key(rec) == reference_key(rec)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_the_import_peak_counts_child_processes_too(tmp_path):
    """A process holding ~60 MB whose child holds ~80 MB at the same time: the sampled peak
    is their sum, which ru_maxrss (one process at a time) would not show."""
    script = (
        "import subprocess, sys, time\n"
        "block = b'x' * (60 << 20)\n"
        "child = subprocess.Popen([sys.executable, '-c', "
        "'import time; b = b\"y\" * (80 << 20); time.sleep(1.5)'])\n"
        "child.wait()\n")
    proc = subprocess.Popen([sys.executable, "-c", script])
    sampler = _TreeMemory(proc.pid)
    sampler.start()
    proc.wait(timeout=60)
    sampler.stop()
    assert sampler.peak_mb > 140
