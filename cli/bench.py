"""`bench [--patients N] [--db URL]`: measure a database of N synthetic patients (a cached SQLite
demo file, or the database given) and print timings as JSON."""

from __future__ import annotations

from bench.runner import LOAD_SECONDS, SECTIONS, run_bench


def add_arguments(p) -> None:
    p.add_argument("--patients", type=int, default=1_000_000,
                   help="demo patients in the measured database (default 1,000,000)")
    p.add_argument("--seed", type=int, default=1, help="seed of the demo data (default 1)")
    p.add_argument("--section", action="append", choices=SECTIONS, dest="sections",
                   help="run only this section (may be repeated; default all)")
    p.add_argument("--load-seconds", type=float, default=LOAD_SECONDS,
                   help=f"seconds of each run of the load section (default {LOAD_SECONDS:g})")


def run(args) -> dict[str, object]:
    # --db: that database is measured (and written to) instead of a copy of the cached demo file
    return run_bench(args.patients, args.seed, sections=args.sections or SECTIONS,
                     db=getattr(args, "db", None), load_seconds=args.load_seconds)
