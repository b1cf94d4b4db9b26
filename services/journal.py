"""The emergency journal: an emergency visit is on disk before the database is asked to take it.

The desk appends the visit here (one JSON line, flushed to the disk), then writes it to the
database; when the database cannot take it — locked by another program, the server gone, the disk
full — the line stays and is written as soon as the database answers again, also after a restart.
A line is settled by a later line naming its id; the visit in the database carries the same id
as its UUID, so writing a line twice never records two visits.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import uuid
from datetime import datetime
from pathlib import Path

import platformdirs

from db.private import open_private, write_private

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

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.RLock()

    @classmethod
    def for_database(cls, key: str) -> EmergencyJournal:
        """The journal of one database (`key` names it: a file path or a server URL)."""
        digest = hashlib.sha256(key.encode("utf-8", "backslashreplace")).hexdigest()[:16]
        return cls(journal_dir() / f"emergency-{digest}.jsonl")

    def append(self, entry: dict) -> dict:
        """Write one visit to the disk and return it with its id (the visit's future UUID)."""
        entry = {"id": uuid.uuid4().hex, "journaled_at": datetime.now().isoformat(timespec="seconds"),
                 **entry}
        self._write(entry)
        return entry

    def mark_written(self, entry_id: str) -> None:
        """The visit is in the database: settle its line; an all-settled journal is emptied."""
        with self._lock:  # nothing may be appended between the check and the reset
            self._write({"written": entry_id})
            if not self.pending():
                self._reset()

    def pending(self) -> list[dict]:
        """Visits journaled and not settled, oldest first. A line cut short by a crash (the
        program killed while writing it) is ignored: its visit was never reported as recorded."""
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
