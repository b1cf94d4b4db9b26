"""Which failures mean "the database cannot be used right now" (locked, unreachable, disk full,
read-only) as opposed to a bug: the desk keeps work for later on the first, reports the second."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, TimeoutError

from db.encryption import is_sqlite_error
from db.engine import ERR_DAMAGED, describe_failure
from domain.messages import BadInput


def is_database_failure(exc: BaseException) -> bool:
    if isinstance(exc, BadInput):
        return exc.field == "db"
    return describe_failure(exc) is not None or is_sqlite_error(exc) or isinstance(
        exc, (DBAPIError, DisconnectionError, TimeoutError, OSError))


# SQLSTATE classes and codes that mean the server went away or is not taking connections now
# (an administrator's shutdown, a crash recovery, "cannot connect now" while it starts).
_GONE_STATES = ("57P01", "57P02", "57P03")


def is_connection_lost(exc: BaseException) -> bool:
    """Whether the failure means the database server cannot be reached right now (refused,
    timed out, shut down, the connection dropped) — a state that passes when the server comes
    back, not a fault of the data. A local SQLite file never gives this answer."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, (DisconnectionError, TimeoutError)):
            return True
        if isinstance(exc, DBAPIError):
            if exc.connection_invalidated:
                return True
            if exc.orig is not None and is_sqlite_error(exc.orig):
                return False
            if isinstance(exc, InterfaceError):  # the driver's connection is closed
                return True
            orig = exc.orig
        else:
            orig = exc
        if orig is not None and hasattr(orig, "sqlstate") and not is_sqlite_error(orig):
            state = orig.sqlstate or ""
            kinds = {c.__name__ for c in type(orig).__mro__}  # psycopg's ConnectionTimeout too
            if kinds & {"OperationalError", "InterfaceError"} and (
                    not state or state.startswith("08")):
                return True
            if state in _GONE_STATES:
                return True
        exc, seen = exc.__cause__, seen + 1
    return False


def ping(session) -> None:
    """One round trip to the database; raises what the database raises."""
    session.execute(text("SELECT 1"))


_SQLITE_CORRUPT = 11
_DAMAGED_HEAD = ERR_DAMAGED.kk.split("{where}")[0]


def is_damaged(exc: BaseException) -> bool:
    """Whether the failure says the database file is damaged (the desk then offers the last
    backup)."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, BadInput):
            return exc.field == "db" and exc.message.kk.startswith(_DAMAGED_HEAD)
        cause = exc.orig if isinstance(exc, DBAPIError) else exc
        if cause is not None and is_sqlite_error(cause):
            code = getattr(cause, "sqlite_errorcode", None)
            return code is not None and code & 0xFF == _SQLITE_CORRUPT
        exc, seen = exc.__cause__, seen + 1
    return False
