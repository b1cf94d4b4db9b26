"""Which failures mean "the database cannot be used right now" (locked, unreachable, disk full,
read-only) as opposed to a bug: the desk keeps work for later on the first, reports the second."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, DisconnectionError, TimeoutError

from db.engine import describe_failure
from domain.messages import BadInput


def is_database_failure(exc: BaseException) -> bool:
    if isinstance(exc, BadInput):
        return exc.field == "db"
    return describe_failure(exc) is not None or isinstance(
        exc, (DBAPIError, DisconnectionError, TimeoutError, sqlite3.Error, OSError))
