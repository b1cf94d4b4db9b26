"""`bench`: build (or reuse) a database of N demo patients and run every measurement section.

Each section is a module of bench/ (SECTION_MODULES) with `measure(ctx) -> dict`. A section not
present in this build is skipped; a section that fails is reported on stderr and its keys are
left out — a number is never made up. Progress goes to stderr, the JSON to stdout.

With `--db URL` the given database is measured (and written to) instead of a copy of the cached
demo file; on a server, what only a SQLite file can show (the raw sqlite3 baselines, the import
beside its raw baseline) is left out with a note on stderr.
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
from sqlalchemy import text
from sqlalchemy.engine import make_url

from db.engine import APP_NAME, head_revision, open_database, resolve_url, sqlite_path
from domain.messages import BadInput, Message

SECTIONS = ("store", "import", "rules", "pdf", "ui", "load", "sync")
# The order of the performance goals.
KEYS = ("patients", "iin_lookup", "iin_lookup_raw", "name_search", "like_scan", "typo_search",
        "typo_recall_top10", "name_class_search", "name_recall_top10", "decide_all", "pdf_first", "pdf_warm", "pdf_bytes", "import_s",
        "import_raw_s", "import_peak_mb", "cold_start_s", "bare_qt_start_s", "keystroke_to_paint",
        "rss_mb", "audit_event", "audit_verify_s", "audit_verify_events", "load", "sync")
# Sections that measure SQLite itself: left out, with a note, when the bench runs on a server.
SQLITE_ONLY = ("import",)
LOAD_SECONDS = 10.0

ERR_PATIENTS = Message("--patients 1-ден кем болмауы керек.", "--patients должно быть не меньше 1.")
ERR_LOAD_SECONDS = Message("--load-seconds 0-ден үлкен болуы керек.",
                           "--load-seconds должно быть больше 0.")

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
    load_seconds: float = LOAD_SECONDS  # each run of the `load` section

    @property
    def backend(self) -> str:
        """"sqlite" or "postgresql"."""
        return make_url(self.db_url).get_backend_name()


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
                   "pdf": "bench.pdf", "ui": "bench.desk", "load": "bench.load",
                   "sync": "bench.sync"}


def _section(name: str):
    return importlib.import_module(SECTION_MODULES[name])


def run_sections(ctx: BenchContext, sections: Sequence[str] = SECTIONS) -> dict[str, object]:
    merged: dict[str, object] = {"patients": ctx.patients}
    store_rss = None
    for name in sections:
        if name in SQLITE_ONLY and ctx.db_path is None:
            ctx.progress(f"section {name} skipped: it measures SQLite files, not {ctx.backend}")
            continue
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
              fill: Fill | None = None, sections: Sequence[str] = SECTIONS,
              db: str | None = None, load_seconds: float = LOAD_SECONDS) -> dict[str, object]:
    """Measure a scratch copy of the cached demo database, or with `db` that database itself
    (filled with `patients` demo patients when it has none)."""
    if patients < 1:
        raise BadInput(ERR_PATIENTS, field="patients")
    if load_seconds <= 0:
        raise BadInput(ERR_LOAD_SECONDS, field="load_seconds")
    if db:
        return _bench_given(db, patients, seed, progress, fill, sections, load_seconds)
    source = cached_database(patients, seed, progress, fill)
    with tempfile.TemporaryDirectory(prefix="tirkeu-bench-") as tmp:
        workdir = Path(tmp)
        db_path = workdir / "bench.sqlite"
        progress("copying the database to a scratch directory …")
        shutil.copyfile(source, db_path)
        ctx = BenchContext(f"sqlite:///{db_path}", db_path, patients, seed, workdir, progress,
                           load_seconds)
        return run_sections(ctx, sections)


def _bench_given(db: str, patients: int, seed: int, progress: Callable[[str], None],
                 fill: Fill | None, sections: Sequence[str],
                 load_seconds: float) -> dict[str, object]:
    url = resolve_url(db)
    shown = make_url(url).render_as_string(hide_password=True)
    engine = open_database(url)
    try:
        with engine.connect() as conn:
            present = conn.execute(text("SELECT count(*) FROM patients")).scalar()
        if not present:
            progress(f"filling {shown} with {patients} demo patients (seed {seed}) …")
            (fill or _demo_fill())(engine, patients, seed, progress)
        elif present != patients:
            progress(f"{shown} holds {present} patients: measuring those, not {patients}")
            patients = present
    finally:
        engine.dispose()
    progress(f"measuring {shown} itself (the load section adds patients, visits and referrals)")
    with tempfile.TemporaryDirectory(prefix="tirkeu-bench-") as tmp:
        ctx = BenchContext(url, sqlite_path(url), patients, seed, Path(tmp), progress,
                           load_seconds)
        return run_sections(ctx, sections)
