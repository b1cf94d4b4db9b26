"""This computer's desk: where its data lives, the site prefix of the numbers it hands out, the
clinic it belongs to, the hub it syncs with, and the language it starts in. A small JSON file in
the user's config directory, written by the first-run setup (the window or `setup` on the
command line).

Without the file, and with neither `--db` nor `TIRKEU_DB` nor the data file of an earlier
version, the desk is on a fresh machine and opens its setup first.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs

from db.private import write_private

APP_NAME = "tirkeu"
FILE_NAME = "desk.json"
ENV_VAR = "TIRKEU_DB"


@dataclass(slots=True)
class DeskConfig:
    database: str = ""  # a database URL; empty: the file in the user's data directory
    site_prefix: str = ""
    desk_id: str = ""  # who claimed the prefix in a shared database's register of desks
    language: str = "kk"
    clinic: str = ""  # the clinic's code (its BIN): whose settings and slips this desk uses
    hub: str = ""  # the hub's database URL this desk syncs with; empty: no hub
    # The database is encrypted (db/encryption.py): its key is looked for before it is opened.
    encrypted: bool = False


def config_path() -> Path:
    # Looked up on each call, so that tests which point XDG_CONFIG_HOME elsewhere never touch
    # the real one.
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / FILE_NAME


def read_config() -> DeskConfig | None:
    """The desk's configuration, or None when setup has not run on this computer (or the file
    cannot be read as one: setup then runs again rather than the desk guessing)."""
    try:
        data = json.loads(config_path().read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    known = {f.name for f in fields(DeskConfig)}
    return DeskConfig(**{k: (v is True) if k == "encrypted" else str(v)
                         for k, v in data.items() if k in known and v is not None})


def default_db_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "tirkeu.sqlite"


def needs_setup(arg: str | None = None) -> bool:
    """A fresh machine: no database given (`--db`, `TIRKEU_DB`), no setup done on this
    computer, and no data file of an earlier version in the user's data directory."""
    if arg or os.environ.get(ENV_VAR) or read_config() is not None:
        return False
    return not default_db_path().exists()


def new_desk_id() -> str:
    return uuid.uuid4().hex


def write_config(config: DeskConfig) -> Path:
    """Store the configuration whole or not at all (a temporary file renamed into place)."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not config.desk_id:
        config.desk_id = new_desk_id()
    tmp = path.with_name(path.name + ".tmp")
    # owner-only: a server's URL in it may carry a password
    write_private(tmp, (json.dumps(asdict(config), ensure_ascii=False, indent=2) + "\n")
                  .encode("utf-8"))
    os.replace(tmp, path)
    return path
