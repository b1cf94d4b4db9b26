"""Files only their owner may read: the database and its -wal/-shm, backups, the desk's
configuration, the emergency journal, the crash log.

On POSIX such a file is created with mode 0600 (the process umask can only take bits away), and
SQLite creates the database files under a umask of 077 (`owner_only`). Windows keeps files in
the user's own profile folders, readable by that user and the administrators: nothing to do
there.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

OWNER_ONLY = 0o600
_umask_lock = threading.RLock()


def open_private(path: Path | str, flags: int) -> int:
    """`os.open` of a file that, when created, only its owner may read and write. An existing
    file keeps its mode."""
    return os.open(path, flags | getattr(os, "O_BINARY", 0), OWNER_ONLY)


def append_private(path: Path | str):
    """A binary append handle of a file created owner-only."""
    return os.fdopen(open_private(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT), "ab")


def write_private(path: Path | str, data: bytes) -> None:
    """Write a (new or emptied) file readable by its owner only."""
    fd = open_private(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    make_private(path)


def make_private(path: Path | str) -> None:
    """Owner-only permissions on an existing file (best effort; nothing on Windows)."""
    if os.name != "posix":
        return
    try:
        os.chmod(path, OWNER_ONLY)
    except OSError:
        pass


@contextmanager
def owner_only() -> Iterator[None]:
    """Files created inside the block (by SQLite too) are readable by their owner only. The
    umask is process-wide: blocks on several threads are serialised, and other threads that
    create files meanwhile get the stricter mask, never a looser one."""
    if os.name != "posix":
        yield
        return
    with _umask_lock:
        previous = os.umask(0o077)
        try:
            yield
        finally:
            os.umask(previous)
