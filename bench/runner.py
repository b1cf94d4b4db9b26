"""`bench`: build (or reuse) a database of N demo patients and run every measurement section.

Each section is a module `services/bench_<name>.py` with `measure(ctx) -> dict`. A section not
present in this build is skipped; a section that fails is reported on stderr and its keys are
left out — a number is never made up. Progress goes to stderr, the JSON to stdout.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from db.engine import APP_NAME, head_revision, open_database
from domain.messages import BadInput, Message

SECTIONS = ("store", "import", "rules", "pdf", "ui")
# The order of the performance goals.
KEYS = ("patients", "iin_lookup", "iin_lookup_raw", "name_search", "like_scan", "typo_search",
        "typo_recall_top10", "decide_all", "pdf_first", "pdf_warm", "pdf_bytes", "import_s",
        "import_raw_s", "import_peak_mb", "cold_start_s", "bare_qt_start_s", "keystroke_to_paint",
        "rss_mb")

ERR_PATIENTS = Message("--patients 1-ден кем болмауы керек.", "--patients должно быть не меньше 1.")

Fill = Callable[..., object]


@dataclass
class BenchContext:
    """What every section receives. The database is a scratch copy: sections may write to it."""

    db_url: str
    db_path: Path
    patients: int
    seed: int
    workdir: Path
    progress: Callable[[str], None] = field(default=lambda msg: None)


def stderr_progress(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def percentiles(samples_ms: Sequence[float]) -> dict[str, float]:
    """p50 and p95 of timings in milliseconds (nearest rank)."""
    ordered = sorted(samples_ms)
    if not ordered:
        raise ValueError("no samples")

    def rank(p: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(p * len(ordered)) - 1))]

    return {"p50": round(rank(0.50), 4), "p95": round(rank(0.95), 4)}


def current_rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[1])
        return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)
    except (OSError, ValueError, AttributeError):
        pass
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD)] + [
                (name, ctypes.c_size_t) for name in (
                    "PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage",
                    "QuotaPagedPoolUsage", "QuotaPeakNonPagedPoolUsage", "QuotaNonPagedPoolUsage",
                    "PagefileUsage", "PeakPagefileUsage")]

        counters = Counters()
        counters.cb = ctypes.sizeof(counters)
        handle = ctypes.windll.kernel32.GetCurrentProcess()
        ctypes.windll.psapi.GetProcessMemoryInfo(handle, ctypes.byref(counters), counters.cb)
        return round(counters.WorkingSetSize / 2**20, 1)
    import resource  # other Unix: the peak is the best the system tells

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (2**20 if sys.platform == "darwin" else 2**10), 1)


def cache_dir() -> Path:
    return platformdirs.user_cache_path(APP_NAME, appauthor=False) / "bench"


def _demo_fill() -> Fill:
    from demo.load import fill

    return fill


def cached_database(patients: int, seed: int, progress: Callable[[str], None],
                    fill: Fill | None = None) -> Path:
    """The demo database for (N, seed, schema head), built once and kept in the cache."""
    target = cache_dir() / f"demo-{patients}-{seed}-{head_revision()}.sqlite"
    if target.exists():
        progress(f"reusing {target}")
        return target
    fill = fill or _demo_fill()
    target.parent.mkdir(parents=True, exist_ok=True)
    building = target.with_name(target.name + ".building")
    for leftover in target.parent.glob(building.name + "*"):
        leftover.unlink()
    progress(f"building a database of {patients} demo patients (seed {seed}) …")
    started = time.perf_counter()
    engine = open_database(f"sqlite:///{building}")
    try:
        fill(engine, patients, seed, progress)
    finally:
        engine.dispose()
    con = sqlite3.connect(building)
    try:  # fold the write-ahead log into the file, so that one file is the whole database
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()
    os.replace(building, target)
    progress(f"built in {time.perf_counter() - started:.1f} s")
    return target


# section -> the module that measures it (imported only when that section runs)
SECTION_MODULES = {"store": "bench.store", "import": "bench.importing", "rules": "bench.rules",
                   "pdf": "bench.pdf", "ui": "bench.desk"}


def _section(name: str):
    return importlib.import_module(SECTION_MODULES[name])


def run_sections(ctx: BenchContext, sections: Sequence[str] = SECTIONS) -> dict[str, object]:
    merged: dict[str, object] = {"patients": ctx.patients}
    store_rss = None
    for name in sections:
        try:
            module = _section(name)
        except Exception as exc:  # noqa: BLE001 - a broken section must not stop the others
            ctx.progress(f"section {name} failed to load: {type(exc).__name__}: {exc}")
            continue
        ctx.progress(f"section {name} …")
        started = time.perf_counter()
        try:
            result = module.measure(ctx)
        except Exception as exc:  # noqa: BLE001 - reported, and its keys stay out
            ctx.progress(f"section {name} failed: {type(exc).__name__}: {exc}")
            continue
        result = dict(result)
        ctx.progress(f"section {name} done in {time.perf_counter() - started:.1f} s: "
                     + json.dumps(result, ensure_ascii=False))
        if name == "store":
            store_rss = result.pop("rss_mb", None)
        merged.update({k: v for k, v in result.items() if k != "patients"})
    # The desk's own resident memory is the figure of the performance goals; the store's stands in
    # only when the desk section did not report one.
    if "rss_mb" not in merged and store_rss is not None:
        merged["rss_mb"] = store_rss
    order = {k: i for i, k in enumerate(KEYS)}
    return dict(sorted(merged.items(), key=lambda kv: order.get(kv[0], len(order))))


def run_bench(patients: int, seed: int = 1, progress: Callable[[str], None] = stderr_progress,
              fill: Fill | None = None, sections: Sequence[str] = SECTIONS) -> dict[str, object]:
    if patients < 1:
        raise BadInput(ERR_PATIENTS, field="patients")
    source = cached_database(patients, seed, progress, fill)
    with tempfile.TemporaryDirectory(prefix="tirkeu-bench-") as tmp:
        workdir = Path(tmp)
        db_path = workdir / "bench.sqlite"
        progress("copying the database to a scratch directory …")
        shutil.copyfile(source, db_path)
        ctx = BenchContext(f"sqlite:///{db_path}", db_path, patients, seed, workdir, progress)
        return run_sections(ctx, sections)
