"""The acting person of a session, and the permission check every use case makes.

The desk puts the signed-in account's `Actor` in `session.info["actor"]` (through its session
factory); a command run without the desk has none and acts as the operating-system user
(`cli:<name>`). Use cases call `require` before they change anything, so a forbidden action is
refused here even when the desk's buttons are bypassed.
"""

from __future__ import annotations

import getpass
from typing import Any

from domain.access import Actor, Forbidden, command_line_actor


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def actor(session: Any) -> Actor:
    """Who acts in this session."""
    found = session.info.get("actor")
    if isinstance(found, Actor):
        return found
    return command_line_actor(os_user())


def operator(session: Any) -> str:
    """The name recorded as the operator of what this session writes."""
    return actor(session).login


def require(session: Any, permission: str) -> Actor:
    """The acting person, when allowed `permission`; `Forbidden` (nothing written) otherwise."""
    who = actor(session)
    if not who.may(permission):
        raise Forbidden(permission)
    return who
