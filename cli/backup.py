"""`backup [--to DIR]`: a checked copy of the SQLite database in its backup folder (or DIR)."""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--to", default=None, metavar="DIR",
                   help="folder for this backup (default: the database's backup folder)")


def run(args: argparse.Namespace) -> dict[str, object]:
    from db.backup import ERR_SERVER_BACKUP
    from db.engine import open_database, resolve_url, session_factory, sqlite_path
    from domain.messages import BadInput
    from services.backups import back_up_now

    url = resolve_url(args.db)
    if sqlite_path(url) is None:  # refused before any connection to the server
        raise BadInput(ERR_SERVER_BACKUP, field="db")
    engine = open_database(url, create=False)
    try:
        with session_factory(engine).begin() as session:  # the backup's line in the audit trail
            return back_up_now(session, args.to).as_json()
    finally:
        engine.dispose()
