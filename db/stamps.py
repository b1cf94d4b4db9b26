"""Who changed each row, and its version counter, stamped when a session flushes.

Every new or changed row of a table that travels between desks (`SyncMixin`) names the session's
acting person in `changed_by`: the signed-in account's login (`session.info["actor"]`), or
`cli:<name>` for a command run without the desk. A changed row's `version` goes up by one per
transaction, here and nowhere else. A value the code sets itself wins: a row taken from another
desk keeps that desk's `changed_by` and `version`.

Statements that bypass the ORM (bulk inserts, `update()` of many rows) set both themselves,
with `actor_login`.
"""

from __future__ import annotations

import getpass
import weakref
from functools import lru_cache

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from db.models import SyncMixin
from domain.access import command_line_actor

_BUMPED = "stamps.bumped"  # session.info: rows whose version this transaction already raised


@lru_cache(maxsize=1)
def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def command_line_login() -> str:
    """`cli:<name>` of the operating-system user running this process."""
    return command_line_actor(os_user()).login


def actor_login(session: Session | None) -> str:
    """The login recorded for what `session` writes."""
    found = session.info.get("actor") if session is not None else None
    login = getattr(found, "login", None)
    return login if isinstance(login, str) and login else command_line_login()


def _stamp(session: Session, _context, _instances) -> None:
    who = None
    for obj in session.new:
        if isinstance(obj, SyncMixin) and obj.changed_by is None:
            obj.changed_by = who = who or actor_login(session)
    dirty = [obj for obj in session.dirty if isinstance(obj, SyncMixin)]
    if not dirty:
        return
    bumped = session.info.get(_BUMPED)
    if bumped is None:
        bumped = session.info[_BUMPED] = weakref.WeakSet()
    for obj in dirty:
        if not session.is_modified(obj, include_collections=False):
            continue
        attrs = inspect(obj).attrs
        if not attrs.changed_by.history.has_changes():
            obj.changed_by = who = who or actor_login(session)
        if obj in bumped:
            continue
        bumped.add(obj)
        if not attrs.version.history.has_changes():
            obj.version = (obj.version or 0) + 1


def _transaction_ended(session: Session, transaction) -> None:
    if transaction.parent is None:
        session.info.pop(_BUMPED, None)


event.listen(Session, "before_flush", _stamp)
event.listen(Session, "after_transaction_end", _transaction_ended)
