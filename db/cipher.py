"""Encrypting a plain SQLite database, and decrypting an encrypted one, in place.

The database is exported whole by SQLCipher (`sqlcipher_export`) into a new file beside it,
which is read through (`PRAGMA integrity_check`, and the number of rows of every table compared
with the original), flushed to the disk and only then put in the database's place. The file as
it was is first kept as a backup in the database's backup folder (`before-encrypt`,
`before-decrypt`), as before a migration. A refusal leaves the database as it was.

No desk may have the database open meanwhile: a desk that did would go on writing to the old
file. The conversion refuses a database another connection has open.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from db import encryption
from db.backup import (
    _fsync_file,
    _fsync_folder,
    make_backup,
    settings_of_file,
)
from db.engine import ERR_BUSY, _check_key, _where, describe_failure
from db.private import make_private, owner_only
from domain.messages import BadInput, Message

ERR_KEY_SHORT = Message(
    "Кілт тым қысқа: кемінде {n} таңба болуы керек. Дерекқор өзгертілмеді.",
    "Ключ слишком короткий: нужно не меньше {n} символов. База данных не изменена.",
)
ERR_ALREADY_ENCRYPTED = Message(
    "Дерекқор шифрланып қойған{where}. Ештеңе өзгертілмеді.",
    "База данных уже зашифрована{where}. Ничего не изменено.",
)
ERR_NOT_ENCRYPTED_YET = Message(
    "Дерекқор шифрланбаған{where}: ашатын ештеңе жоқ. Ештеңе өзгертілмеді.",
    "База данных не зашифрована{where}: расшифровывать нечего. Ничего не изменено.",
)
ERR_COPY_DIFFERS = Message(
    "Жаңа файл тексеруден өтпеді{where}: дерекқор өзгертілмеді.",
    "Новый файл не прошёл проверку{where}: база данных не изменена.",
)
_TMP_SUFFIXES = ("", "-journal", "-wal", "-shm")


def _row_counts(con, schema: str = "main") -> dict[str, int]:
    tables = [row[0] for row in con.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND rootpage > 0 "
        "AND name NOT LIKE 'sqlite_%'")]
    return {name: con.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
            for name in tables}


def _remove(tmp: Path) -> None:
    for suffix in _TMP_SUFFIXES:
        try:
            os.unlink(f"{tmp}{suffix}")
        except FileNotFoundError:
            pass


# How long to wait for other connections to the database to end before refusing.
ALONE_WAIT_MS = 2000


def _alone(path: Path, key: str | None) -> None:
    """Take the database out of WAL mode: its log goes into the file, and SQLite allows it only
    when no other connection has the database open (an open desk, even an idle one). Refused
    with the busy words otherwise; the next opening puts it back into WAL mode."""
    con = encryption.connect(str(path), key, isolation_level=None)
    try:
        con.execute(f"PRAGMA busy_timeout={ALONE_WAIT_MS}")
        mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except Exception as exc:
        if encryption.is_sqlite_error(exc) and (
                (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in (5, 6)):
            mode = "busy"
        else:
            raise
    finally:
        con.close()
    if mode != "delete":
        raise BadInput(ERR_BUSY.format(where=_where(path),
                                       seconds=max(1, ALONE_WAIT_MS // 1000)), field="db")


def _convert(path: Path, source_key: str | None, target_key: str | None, tag: str) -> Path:
    """Export the database `path` (readable with `source_key`) into a file keyed with
    `target_key`, check it, keep the old file as a backup and swap. Returns the backup."""
    path = Path(os.path.abspath(path))
    _alone(path, source_key)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.converting")
    try:
        with owner_only():
            con = encryption.connect(str(path), source_key, cipher=True, isolation_level=None)
        try:
            before = _row_counts(con)
            attach_key = f"x'{encryption.raw_key(target_key)}'" if target_key else ""
            with owner_only():
                con.execute(f"ATTACH DATABASE ? AS converted KEY \"{attach_key}\"", (str(tmp),))
            version = con.execute("PRAGMA main.user_version").fetchone()[0]
            con.execute("SELECT sqlcipher_export('converted')").fetchall()
            con.execute(f"PRAGMA converted.user_version = {int(version)}")
            con.execute("DETACH DATABASE converted")
        finally:
            con.close()
        check = encryption.connect(str(tmp), target_key, isolation_level=None)
        try:
            found = [row[0] for row in check.execute("PRAGMA integrity_check")]
            after = _row_counts(check)
        finally:
            check.close()
        if found != ["ok"] or after != before:
            raise BadInput(ERR_COPY_DIFFERS.format(where=_where(path)), field="db")
        make_private(tmp)
        _fsync_file(tmp)
        settings = settings_of_file(path)
        kept = make_backup(path, settings.target, tag, create_folder=settings.folder is None)
        os.replace(tmp, path)
        for suffix in ("-wal", "-shm"):  # the old file's (emptied) log goes with it
            try:
                os.unlink(f"{path}{suffix}")
            except FileNotFoundError:
                pass
        _fsync_folder(path.parent)
    except BadInput:
        _remove(tmp)
        raise
    except Exception as exc:
        _remove(tmp)
        if encryption.is_sqlite_error(exc):
            raise BadInput(describe_failure(exc, path) or ERR_COPY_DIFFERS.format(
                where=_where(path)), field="db") from exc
        raise
    return kept.path


def encrypt_sqlite(path: Path | str, key: str) -> Path:
    """Encrypt the plain database file `path` with `key`; returns where the plain file was
    kept (a `before-encrypt` backup: delete it once the encrypted database is known good)."""
    path = Path(os.path.abspath(path))
    if len(key) < encryption.MIN_KEY_LENGTH:
        raise BadInput(ERR_KEY_SHORT.format(n=encryption.MIN_KEY_LENGTH), field="key")
    if _opens_plain(path) is False:
        raise BadInput(ERR_ALREADY_ENCRYPTED.format(where=_where(path)), field="db")
    encryption.forget_key(path)
    kept = _convert(path, None, key, "before-encrypt")
    encryption.remember_key(path, key)
    return kept


def decrypt_sqlite(path: Path | str, key: str) -> Path:
    """Turn the encrypted database file `path` (opened with `key`) back into a plain one;
    returns the encrypted copy kept as a backup (`before-decrypt`)."""
    path = Path(os.path.abspath(path))
    if _opens_plain(path):
        raise BadInput(ERR_NOT_ENCRYPTED_YET.format(where=_where(path)), field="db")
    _check_key(path, key, None)  # a wrong key: the calm words, nothing changed
    kept = _convert(path, key, None, "before-decrypt")
    encryption.forget_key(path)
    return kept


def _opens_plain(path: Path) -> bool | None:
    from db.engine import _readable_with

    return _readable_with(path, None, "mode=ro")
