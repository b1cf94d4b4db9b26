"""Encryption at rest of a SQLite database (SQLCipher), and where its key comes from.

An encrypted database is opened through SQLCipher's DB-API module with the key set before any
other statement. The key an administrator types (a passphrase) is stretched once per process
(PBKDF2-HMAC-SHA256) into the 256-bit raw key SQLCipher is given; every connection then opens in
well under a millisecond instead of deriving the key again.

Where the key of a database file comes from, first found wins:
1. this process: the key the desk asked for at start, or the one `encrypt` just used;
2. the environment variable `TIRKEU_DB_KEY` (the commands; a service account's scripts);
3. the operating system's keyring (service "tirkeu", user: the database file's absolute path),
   where `encrypt --keyring` stores it.
The key itself is never written to a file, a log or the desk configuration.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import sqlite3
import threading
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

KEY_ENV = "TIRKEU_DB_KEY"
KEYRING_SERVICE = "tirkeu"
# How long an administrator's key must be at least (`encrypt` refuses a shorter one).
MIN_KEY_LENGTH = 8
_SALT = b"tirkeu/sqlcipher-key/1"
_ROUNDS = 256_000

_lock = threading.Lock()
_keys: dict[str, str] = {}  # absolute file path -> key, for this process


def _norm(path: Path | str) -> str:
    return os.path.normcase(os.path.abspath(path))


def remember_key(path: Path | str, key: str) -> None:
    """Use `key` for the database file `path` for the rest of this process."""
    with _lock:
        _keys[_norm(path)] = key


def forget_key(path: Path | str) -> None:
    with _lock:
        _keys.pop(_norm(path), None)


def forget_all() -> None:
    with _lock:
        _keys.clear()


def known_keys() -> list[str]:
    """Every key this process knows (for reading backup files, whose database is not named)."""
    with _lock:
        found = list(_keys.values())
    env = os.environ.get(KEY_ENV)
    if env and env not in found:
        found.append(env)
    return found


def key_for(path: Path | str) -> str | None:
    """The key of `path` given to this process (remembered, else `TIRKEU_DB_KEY`); the keyring
    is asked separately (`keyring_key`): it may be slow or absent."""
    with _lock:
        found = _keys.get(_norm(path))
    return found if found is not None else (os.environ.get(KEY_ENV) or None)


def _keyring():
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def keyring_user(path: Path | str) -> str:
    return os.path.abspath(path)


def keyring_key(path: Path | str) -> str | None:
    """The key kept in the operating system's keyring for `path`, or None (no keyring on this
    computer, none stored, or the keyring refused)."""
    kr = _keyring()
    if kr is None:
        return None
    try:
        return kr.get_password(KEYRING_SERVICE, keyring_user(path)) or None
    except Exception:  # noqa: BLE001 - a keyring that cannot answer is a keyring without the key
        log.info("the keyring could not be read", exc_info=True)
        return None


def store_in_keyring(path: Path | str, key: str) -> bool:
    """Keep the key in the keyring; False when this computer has no usable keyring."""
    kr = _keyring()
    if kr is None:
        return False
    try:
        kr.set_password(KEYRING_SERVICE, keyring_user(path), key)
    except Exception:  # noqa: BLE001 - reported by the caller as "not stored"
        log.info("the keyring could not store the key", exc_info=True)
        return False
    return True


def delete_from_keyring(path: Path | str) -> None:
    kr = _keyring()
    if kr is None:
        return
    try:
        kr.delete_password(KEYRING_SERVICE, keyring_user(path))
    except Exception:  # noqa: BLE001 - nothing stored, or no keyring: nothing to delete
        pass


@lru_cache(maxsize=8)
def raw_key(key: str) -> str:
    """The passphrase as the 64 hexadecimal digits of SQLCipher's raw key."""
    return hashlib.pbkdf2_hmac("sha256", key.encode("utf-8"), _SALT, _ROUNDS).hex()


def file_key(key: str, purpose: str) -> bytes:
    """A 256-bit key of its own for a file kept beside the database (`purpose` names it), made
    from the database key: knowing one of these keys tells nothing of the database key."""
    return hmac.new(bytes.fromhex(raw_key(key)), f"tirkeu/{purpose}/1".encode(), hashlib.sha256).digest()


def key_pragma(key: str) -> str:
    # hexadecimal digits only: nothing of what was typed reaches the SQL text
    return f"PRAGMA key = \"x'{raw_key(key)}'\""


def cipher_module():
    """SQLCipher's DB-API module (`sqlcipher3.dbapi2`)."""
    import sqlcipher3.dbapi2 as module

    return module


def is_sqlite_error(exc: BaseException) -> bool:
    """An error of SQLite, through the standard module or SQLCipher's."""
    if isinstance(exc, sqlite3.Error):
        return True
    return type(exc).__module__.startswith("sqlcipher3") and hasattr(exc, "sqlite_errorcode")


def apply_key(con, key: str) -> None:
    """Set the key on a fresh SQLCipher connection: the first statement it runs."""
    con.execute("PRAGMA cipher_log_level = NONE")  # errors are ours to word, not stderr's
    con.execute(key_pragma(key))


def connect(target: str | Path, key: str | None, *, uri: bool = False, cipher: bool = False,
            **kwargs):
    """A DB-API connection to a SQLite file: the standard module without a key (unless
    `cipher`), SQLCipher with the key set first. Opening does not read the file: a wrong key
    shows at the first query."""
    kwargs.setdefault("check_same_thread", False)
    if key is None and not cipher:
        return sqlite3.connect(target, uri=uri, **kwargs)
    con = cipher_module().connect(str(target), uri=uri, **kwargs)
    try:
        if key is None:
            con.execute("PRAGMA cipher_log_level = NONE")
        else:
            apply_key(con, key)
    except BaseException:
        con.close()
        raise
    return con
