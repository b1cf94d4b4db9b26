"""`import FILE`: load a registry snapshot (CSV with a header row, or JSON Lines)."""

from __future__ import annotations

import sys
from pathlib import Path

from db.engine import open_database
from db.import_source import open_source
from db.importer import import_file
from domain.messages import Message

NOTHING_IMPORTED = Message(
    "Файлдың бірде-бір жолы жүктелмеді (қабылданбаған жолдар: {n}; себептері жауапта); ештеңе жазылмады.",
    "Ни одна строка файла не загружена (отклонено строк: {n}; причины в ответе); ничего не записано.",
)


def add_arguments(p) -> None:
    p.add_argument("file", help="registry snapshot: .csv or .jsonl (see docs/import-format.md)")


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(args):
    # A file that is missing, empty, binary or not UTF-8 is refused before the database is
    # opened: a refused import creates no database file either.
    fh, _fmt = open_source(Path(args.file))
    fh.close()
    engine = open_database(args.db)
    try:
        result = import_file(engine, args.file, progress=_progress)
    finally:
        engine.dispose()
    if result["read"] and result["rejected"] == result["read"]:
        # Every row refused: the summary still lists why, but nothing was done, and the exit
        # code says so.
        from services.errors import Outcome

        return Outcome(result, 2, NOTHING_IMPORTED.format(n=result["rejected"]))
    return result
