"""`restore FILE`: put a backup back into the SQLite database, keeping the current one aside."""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a backup file made by `backup` or the desk")


def run(args: argparse.Namespace) -> dict[str, object]:
    from db.backup import ERR_SERVER_RESTORE
    from db.engine import resolve_url, sqlite_path
    from domain.messages import BadInput
    from services.backups import restore_file

    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is None:
        raise BadInput(ERR_SERVER_RESTORE, field="db")
    # The database is not opened first: a damaged one is exactly what a restore is for.
    return restore_file(path, args.file).as_json()
