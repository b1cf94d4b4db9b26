"""The desk's bench section measures real child processes."""

from __future__ import annotations

import json
import subprocess
import sys

from bench import desk as bench_ui


def test_cold_start_markers_come_in_order(desk_db):
    url, _ids = desk_db
    cmd = [sys.executable, str(bench_ui.ROOT / "main.py"), "--db", url]
    seen = bench_ui.time_to_markers(cmd, (bench_ui.MARKER, bench_ui.MARKER + "-DB"))
    assert 0 < seen[bench_ui.MARKER] <= seen[bench_ui.MARKER + "-DB"] < 60


def test_bare_window_marker():
    seen = bench_ui.time_to_markers([sys.executable, "-m", "bench.desk_probe", "bare"], (bench_ui.MARKER,))
    assert 0 < seen[bench_ui.MARKER] < 60


def test_keystroke_probe_reports_latencies_and_memory(desk_db):
    url, _ids = desk_db
    out = subprocess.run([sys.executable, "-m", "bench.desk_probe", "keystrokes", "--db", url, "--count", "20"],
                         capture_output=True, text=True, encoding="utf-8", env=bench_ui._env(),
                         cwd=bench_ui.ROOT, timeout=300, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["samples"] == 20 and result["timeouts"] == 0
    assert 0 < result["keystroke_to_paint"]["p50"] <= result["keystroke_to_paint"]["p95"]
    assert 30 < result["rss_mb"] < 2000


def test_a_bad_database_exits_with_2(tmp_path):
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_bytes(b"this is not SQLite at all")
    proc = subprocess.run([sys.executable, str(bench_ui.ROOT / "main.py"), "--db", str(bad)],
                          capture_output=True, text=True, encoding="utf-8", env=bench_ui._env(),
                          cwd=bench_ui.ROOT, timeout=120)
    assert proc.returncode == 2
    assert str(bad) in proc.stderr
