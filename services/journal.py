"""The emergency journal: an emergency visit is on disk before the database is asked to take it.

The desk appends the visit here (one JSON line, flushed to the disk), then writes it to the
database; when the database cannot take it — locked by another program, the server gone, the disk
full — the line stays and is written as soon as the database answers again, also after a restart.
A line is settled by a later line naming its id; the visit in the database carries the same id
as its UUID, so writing a line twice never records two visits.

The journal of an encrypted database is sealed too: each visit's line keeps only its id in the
clear and the visit itself encrypted (AES-256-GCM, with a key made from the database key for this
file alone; the id is bound to it, so a sealed visit cannot be passed off under another id). A
sealed line that cannot be opened (the key not given yet) is never settled nor dropped: it waits
in the file until the key is known again.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import threading
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import platformdirs

from db.private import open_private, write_private

# The database engine and the cipher are imported when first needed: the desk's window imports
# this module before its first paint, and SQLAlchemy loads on another thread meanwhile.

APP_NAME = "tirkeu"


def journal_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "journal"


def _fsync_dir(path: Path) -> None:
    # a new file's name is durable only once its folder is synced (not possible on Windows)
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class EmergencyJournal:
    """Append-only JSON Lines file of emergency visits not yet known to be in the database."""

    def __init__(self, path: Path, secret: Callable[[], str | None] | None = None):
        """`secret` gives the database key when the database is encrypted (None: not known, or
        a plain database): the visits written meanwhile are sealed with it."""
        self.path = Path(path)
        self._secret = secret or (lambda: None)
        self._lock = threading.RLock()

    @classmethod
    def for_database(cls, key: str) -> EmergencyJournal:
        """The journal of one database (`key` names it: a file path or a server URL); the
        journal of an encrypted file is sealed with a key made from the file's key."""
        from db import encryption
        from db.engine import resolve_url, sqlite_path

        digest = hashlib.sha256(key.encode("utf-8", "backslashreplace")).hexdigest()[:16]
        path = sqlite_path(resolve_url(key)) if "://" in key else Path(key)
        secret = (lambda: encryption.key_for(path)) if path is not None else None
        return cls(journal_dir() / f"emergency-{digest}.jsonl", secret)

    def append(self, entry: dict) -> dict:
        """Write one visit to the disk and return it with its id (the visit's future UUID)."""
        entry = {"id": uuid.uuid4().hex, "journaled_at": datetime.now().isoformat(timespec="seconds"),
                 **entry}
        key = self._secret()
        self._write(entry if key is None else self._seal(entry, key))
        return entry

    @staticmethod
    def _cipher(key: str):
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        from db import encryption

        return AESGCM(encryption.file_key(key, "emergency-journal"))

    def _seal(self, entry: dict, key: str) -> dict:
        nonce = os.urandom(12)
        body = json.dumps(entry, ensure_ascii=False).encode("utf-8")
        sealed = nonce + self._cipher(key).encrypt(nonce, body, entry["id"].encode("ascii"))
        return {"id": entry["id"], "sealed": base64.b64encode(sealed).decode("ascii")}

    def _open(self, item: dict, key: str | None) -> dict | None:
        """A sealed line's visit, or None when it cannot be opened with `key`."""
        if key is None:
            return None
        from cryptography.exceptions import InvalidTag

        try:
            sealed = base64.b64decode(item["sealed"], validate=True)
            body = self._cipher(key).decrypt(sealed[:12], sealed[12:], item["id"].encode("ascii"))
            entry = json.loads(body)
        except (InvalidTag, ValueError, TypeError, UnicodeError):
            return None
        return entry if isinstance(entry, dict) and entry.get("id") == item["id"] else None

    def mark_written(self, entry_id: str) -> None:
        """The visit is in the database: settle its line; an all-settled journal is emptied."""
        with self._lock:  # nothing may be appended between the check and the reset
            self._write({"written": entry_id})
            if not self._unsettled():
                self._reset()

    def pending(self) -> list[dict]:
        """Visits journaled and not settled, oldest first. A line cut short by a crash (the
        program killed while writing it) is ignored: its visit was never reported as recorded.
        A sealed visit is among them once it can be opened."""
        key = self._secret()
        found = []
        for item in self._unsettled():
            entry = self._open(item, key) if "sealed" in item else item
            if entry is not None:
                found.append(entry)
        return found

    def sealed_waiting(self) -> int:
        """Sealed visits not settled that cannot be opened now (the database key not known)."""
        return len(self._unsettled()) - len(self.pending())

    def _unsettled(self) -> list[dict]:
        """The lines of the visits not settled, as written (sealed ones still sealed)."""
        with self._lock:
            try:
                text = self.path.read_text("utf-8", errors="replace")
            except FileNotFoundError:
                return []
        entries: dict[str, dict] = {}
        for line in text.splitlines():
            try:
                item = json.loads(line)
            except ValueError:
                continue
            if not isinstance(item, dict):
                continue
            if isinstance(item.get("written"), str):
                entries.pop(item["written"], None)
            elif isinstance(item.get("id"), str):
                entries[item["id"]] = item
        return list(entries.values())

    def _write(self, item: dict) -> None:
        line = (json.dumps(item, ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            created = not self.path.exists()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # the journal holds patients' names: readable by its owner only
            with os.fdopen(open_private(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT),
                           "a+b") as fh:
                if not created and fh.tell() > 0:
                    fh.seek(-1, os.SEEK_END)
                    if fh.read(1) != b"\n":
                        line = b"\n" + line  # never glue a line onto one a crash cut short
                fh.write(line)
                fh.flush()
                os.fsync(fh.fileno())
            if created:
                _fsync_dir(self.path.parent)

    def _reset(self) -> None:
        with self._lock:
            tmp = self.path.with_name(self.path.name + ".tmp")
            write_private(tmp, b"")
            os.replace(tmp, self.path)
