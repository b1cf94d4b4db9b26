"""`import FILE`: load a registry snapshot (CSV with a header row, or JSON Lines)."""

from __future__ import annotations

import sys

from db.engine import open_database
from db.importer import import_file


def add_arguments(p) -> None:
    p.add_argument("file", help="registry snapshot: .csv or .jsonl (see docs/import-format.md)")


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(args) -> dict:
    engine = open_database(args.db)
    try:
        return import_file(engine, args.file, progress=_progress)
    finally:
        engine.dispose()
