"""Bench section `ui`: cold start of the desk beside a bare Qt window, keystroke-to-paint in the
search box, and the desk's resident memory — each measured in a child process of its own, so
this module (and the bench) never imports Qt."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER_ENV = "TIRKEU_READY_MARKER"
MARKER = "TIRKEU-WINDOW-READY"
START_RUNS = 3


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env[MARKER_ENV] = MARKER
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def time_to_markers(cmd: list[str], wanted: tuple[str, ...], timeout: float = 120.0) -> dict[str, float]:
    """Seconds from starting ``cmd`` until it prints each of the ``wanted`` lines."""
    start = time.perf_counter()
    seen: dict[str, float] = {}
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env(),
                          cwd=ROOT, text=True, encoding="utf-8") as proc:
        try:
            for line in proc.stdout:
                if line.strip() in wanted and line.strip() not in seen:
                    seen[line.strip()] = time.perf_counter() - start
                    if len(seen) == len(wanted):
                        break
            proc.wait(timeout)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    if len(seen) < len(wanted):
        raise RuntimeError(f"{cmd[1:3]} exited with {proc.returncode} before printing {wanted}")
    return seen


def start_seconds(cmd: list[str], wanted: tuple[str, ...], runs: int = START_RUNS) -> list[float]:
    """Median over a few runs of the time to each marker (the first run pays for the file
    cache; the machine is noisy)."""
    runs_seen = [time_to_markers(cmd, wanted) for _ in range(runs)]
    return [round(statistics.median(r[m] for r in runs_seen), 3) for m in wanted]


def measure(ctx) -> dict:
    python = sys.executable
    ctx.progress("ui: cold start of the desk")
    # The desk shows its window first and opens the database meanwhile: one marker when the
    # window is shown and idle (typing is accepted), one when the database has answered.
    cold, cold_db = start_seconds([python, str(ROOT / "main.py"), "--db", ctx.db_url],
                                  (MARKER, MARKER + "-DB"))
    ctx.progress("ui: bare Qt window")
    (bare,) = start_seconds([python, "-m", "bench.desk_probe", "bare"], (MARKER,))
    ctx.progress("ui: keystrokes into the search box")
    out = subprocess.run([python, "-m", "bench.desk_probe", "keystrokes", "--db", ctx.db_url,
                          "--count", "1000", "--seed", str(ctx.seed)],
                         capture_output=True, text=True, encoding="utf-8", env=_env(), cwd=ROOT,
                         timeout=900)
    if out.returncode != 0:
        raise RuntimeError(f"keystroke probe failed: {out.stderr.strip()[-500:]}")
    probe = json.loads(out.stdout.strip().splitlines()[-1])
    if probe["samples"] < 1000:
        ctx.progress(f"ui: only {probe['samples']} keystrokes measured in the time allowed")
    return {
        "cold_start_s": cold,
        "cold_start_db_ready_s": cold_db,
        "bare_qt_start_s": bare,
        "keystroke_to_paint": probe["keystroke_to_paint"],
        "keystroke_samples": probe["samples"],
        "rss_mb": probe["rss_mb"],
    }
