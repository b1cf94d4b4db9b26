"""`demo [--patients N] [--seed S]`: fill a database with realistic synthetic patients."""

from __future__ import annotations

import sys
import time

from db.engine import open_database
from demo.load import check_patient_count, fill


def add_arguments(p) -> None:
    p.add_argument("--patients", type=int, default=2000, help="number of patients (default 2000)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(args) -> dict:
    started = time.perf_counter()
    check_patient_count(args.patients)  # before the database file is created
    engine = open_database(args.db)
    try:
        result = fill(engine, args.patients, args.seed, progress=_progress)
    finally:
        engine.dispose()
    return {**result, "seconds": round(time.perf_counter() - started, 2)}
