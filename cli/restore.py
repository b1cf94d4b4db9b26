"""`restore FILE`: put a backup back into the SQLite database, keeping the current one aside."""

from __future__ import annotations

import argparse
import logging


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
    restored = restore_file(path, args.file)
    _record(url, restored)
    return restored.as_json()


def _record(url: str, restored) -> None:
    """The restore in the audit trail of the restored database (a failure to write it is
    logged: the restore itself is done)."""
    from db.engine import open_database, session_factory
    from services.backups import note_restored

    try:
        engine = open_database(url, create=False)
        try:
            with session_factory(engine).begin() as session:
                note_restored(session, restored)
        finally:
            engine.dispose()
    except Exception:
        logging.getLogger(__name__).warning("the restore was not recorded in the audit trail",
                                            exc_info=True)
