"""Backups of the desk's SQLite database, and restoring one.

A backup is made by SQLite's online backup API into a temporary name in the backup folder, read
through with `PRAGMA integrity_check`, flushed to the disk and only then renamed to
`tirkeu-YYYYmmdd-HHMMSS[-tag].sqlite`: a file with that name is always a whole, checked copy.
A failure (folder gone, disk full) leaves no partial file behind.

Tags: `daily` (the desk, once a day), `manual` (the command, the settings dialog), `before-<rev>`
(before a migration to schema <rev>), `before-restore` (the database as it was before a restore).
Rotation keeps the newest files of each kind and never touches a file that does not match the
name pattern.

The live database file is only ever opened by SQLite (see db/engine.py): a restore copies the
backup *into* the live database through the backup API, so other connections (and the WAL) stay
consistent and see the restored data at their next transaction.

The backup folder and the time of the last regular backup live in the database's `settings`
table (keys `backup_folder` and `backup_last_at`), so each database remembers its own folder.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from db import encryption
from db.engine import (
    APP_NAME,
    BUSY_TIMEOUT_MS,
    ERR_NEWER,
    _may_be_encrypted,
    describe_failure,
    is_known_revision,
    sqlite_path,
)
from db.models import utcnow
from db.private import owner_only
from domain.messages import BadInput, Message

log = logging.getLogger(__name__)

FOLDER_KEY = "backup_folder"
LAST_AT_KEY = "backup_last_at"
ID_KEY = "database_id"  # a random id fixed on the first backup: whose backup a file is
NAME_RE = re.compile(r"^tirkeu-(\d{8})-(\d{6})(?:-([A-Za-z0-9][A-Za-z0-9_-]*))?\.sqlite$")
TAG_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
STAMP = "%Y%m%d-%H%M%S"
# How many files of each kind rotation keeps; every other kind keeps OTHER_KEEP.
KEEP = {"daily": 14, "manual": 14}
OTHER_KEEP = 5
DAILY_EVERY = timedelta(hours=24)
STALE_AFTER = timedelta(days=2)
_TMP_PREFIX = ".tirkeu-backup-"
_TMP_SUFFIXES = ("", "-journal", "-wal", "-shm")

ERR_FOLDER_MISSING = Message(
    "Сақтық көшірмелер қалтасы табылмады{where}: флешка не диск қосулы екенін тексеріңіз "
    "немесе басқа қалта таңдаңыз. Көшірме жасалмады.",
    "Папка резервных копий не найдена{where}: проверьте, подключены ли флешка или диск, "
    "или выберите другую папку. Копия не сделана.",
)
ERR_FOLDER_UNWRITABLE = Message(
    "Сақтық көшірмелер қалтасына жазу мүмкін емес{where}: басқа қалта таңдаңыз. "
    "Көшірме жасалмады.",
    "Нет права записи в папку резервных копий{where}: выберите другую папку. "
    "Копия не сделана.",
)
ERR_BACKUP_DISK_FULL = Message(
    "Сақтық көшірмелер қалтасында орын жоқ{where}: көшірме жасалмады, жартылай файл "
    "қалған жоқ. Орын босатыңыз немесе басқа қалта таңдаңыз.",
    "В папке резервных копий нет места{where}: копия не сделана, неполного файла не "
    "осталось. Освободите место или выберите другую папку.",
)
ERR_BACKUP_IO = Message(
    "Сақтық көшірмесін жазу мүмкін болмады{where}: {reason}. Көшірме жасалмады.",
    "Не удалось записать резервную копию{where}: {reason}. Копия не сделана.",
)
ERR_COPY_DAMAGED = Message(
    "Сақтық көшірмесі тексеруден өтпеді{where}: дерекқор зақымдалған болуы мүмкін. "
    "Көшірме сақталмады, бұрынғы көшірмелер орнында.",
    "Резервная копия не прошла проверку{where}: база данных, возможно, повреждена. "
    "Копия не сохранена, прежние копии на месте.",
)
ERR_NO_DATABASE = Message(
    "Дерекқор файлы жоқ{where}: көшіретін ештеңе жоқ.",
    "Файла базы данных нет{where}: копировать нечего.",
)
ERR_SERVER_BACKUP = Message(
    "Бұл PostgreSQL серверіндегі дерекқор: оның сақтық көшірмесін серверде pg_dump жасайды "
    "(docs/backup.md қараңыз).",
    "Это база данных на сервере PostgreSQL: её резервную копию делают на сервере командой "
    "pg_dump (см. docs/backup.md).",
)
ERR_SERVER_RESTORE = Message(
    "Бұл PostgreSQL серверіндегі дерекқор: оны серверде pg_restore арқылы қалпына келтіріңіз "
    "(docs/backup.md қараңыз). Дерекқор өзгертілмеді.",
    "Это база данных на сервере PostgreSQL: восстанавливайте её на сервере командой "
    "pg_restore (см. docs/backup.md). База данных не изменена.",
)
ERR_RESTORE_MISSING = Message(
    "Қалпына келтіретін файл табылмады{where}. Ағымдағы дерекқор өзгертілмеді.",
    "Файл для восстановления не найден{where}. Текущая база данных не изменена.",
)
ERR_RESTORE_NOT_TIRKEU = Message(
    "Бұл файл Тіркеу дерекқорының көшірмесі емес{where}. Ағымдағы дерекқор өзгертілмеді.",
    "Этот файл не является копией базы данных Тіркеу{where}. Текущая база данных не изменена.",
)
ERR_RESTORE_DAMAGED = Message(
    "Көшірме файлы зақымдалған{where}: одан қалпына келтіруге болмайды. Ағымдағы дерекқор "
    "өзгертілмеді.",
    "Файл копии повреждён{where}: восстановить из него нельзя. Текущая база данных не "
    "изменена.",
)
ERR_RESTORE_SELF = Message(
    "Бұл ағымдағы дерекқордың өз файлы{where}: қалпына келтіретін ештеңе жоқ.",
    "Это файл самой текущей базы данных{where}: восстанавливать нечего.",
)
ERR_RESTORE_FAILED = Message(
    "Қалпына келтіру мүмкін болмады{where}: {reason}. Ағымдағы дерекқор өзгертілмеді.",
    "Восстановить не удалось{where}: {reason}. Текущая база данных не изменена.",
)
ERR_RESTORE_KEY = Message(
    "Бұл файл Тіркеу дерекқорының көшірмесі емес немесе бағдарламада жоқ кілтпен шифрланған"
    "{where}. Ағымдағы дерекқор өзгертілмеді.",
    "Этот файл не является копией базы данных Тіркеу или зашифрован ключом, которого у "
    "программы нет{where}. Текущая база данных не изменена.",
)
ERR_RESTORE_KEY_MISMATCH = Message(
    "Көшірме мен ағымдағы дерекқор әртүрлі шифрланған (біреуі шифрланған, екіншісі жоқ, "
    "немесе кілттері басқа){where}. Алдымен дерекқорды «encrypt» не «decrypt» пәрменімен "
    "көшірмеге сәйкестендіріңіз. Ағымдағы дерекқор өзгертілмеді.",
    "Копия и текущая база данных зашифрованы по-разному (одна зашифрована, другая нет, или "
    "ключи разные){where}. Сначала приведите базу данных в соответствие с копией командой "
    "«encrypt» или «decrypt». Текущая база данных не изменена.",
)
ERR_RESTORE_PAGE_SIZE = Message(
    "Көшірменің бет өлшемі ағымдағы дерекқордікінен басқа{where}: басқа жұмыс орындары "
    "дерекқорды ашып тұрғанда оны қалпына келтіру мүмкін емес. Барлық жұмыс орындарын жауып, "
    "қайталаңыз. Ағымдағы дерекқор өзгертілмеді.",
    "Размер страницы копии отличается от текущей базы данных{where}: пока базу открывают "
    "другие рабочие места, восстановить её нельзя. Закройте все рабочие места и повторите. "
    "Текущая база данных не изменена.",
)


def _where(place: object | None) -> str:
    return f" ({place})" if place not in (None, "") else ""


def default_backup_folder() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "backups"


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    created_at: datetime
    tag: str  # "" for a file named without a tag
    bytes: int

    @property
    def kind(self) -> str:
        return backup_kind(self.tag)

    def as_json(self) -> dict[str, object]:
        return {"path": str(self.path), "bytes": self.bytes,
                "created_at": self.created_at.isoformat(timespec="seconds")}


@dataclass(frozen=True, slots=True)
class BackupSettings:
    """What a database says about its backups: the chosen folder (None: the default one) and
    when its last daily or manual backup was made (None: never)."""

    folder: Path | None
    last_at: datetime | None

    @property
    def target(self) -> Path:
        return self.folder if self.folder is not None else default_backup_folder()


@dataclass(frozen=True, slots=True)
class Restored:
    restored: Path
    kept_aside: Path | None
    revision: str  # the schema of the restored file, before any migration
    migrated: bool

    def as_json(self) -> dict[str, object]:
        return {"restored": str(self.restored),
                "kept_aside": str(self.kept_aside) if self.kept_aside else None}


# --- names, listing, rotation -----------------------------------------------------------------

def backup_kind(tag: str) -> str:
    """The rotation group of a tag: daily, manual (also untagged), before-restore, or
    before-migration for every before-<rev>."""
    if tag in ("", "manual"):
        return "manual"
    if tag == "before-restore" or not tag.startswith("before-"):
        return tag
    return "before-migration"


def backup_name(when: datetime, tag: str = "") -> str:
    if tag and not TAG_RE.match(tag):
        raise ValueError(f"not a backup tag: {tag!r}")
    return f"tirkeu-{when.strftime(STAMP)}{'-' + tag if tag else ''}.sqlite"


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """(time, tag) of a backup file name, or None for any other name."""
    found = NAME_RE.match(name)
    if found is None:
        return None
    try:
        when = datetime.strptime(f"{found.group(1)}-{found.group(2)}", STAMP)
    except ValueError:
        return None
    return when, found.group(3) or ""


def list_backups(folder: Path | str) -> list[BackupFile]:
    """The backups in the folder, newest first; an absent or unreadable folder has none."""
    out = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        parsed = parse_backup_name(entry.name)
        if parsed is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            size = entry.stat(follow_symlinks=False).st_size
        except OSError:
            continue
        out.append(BackupFile(Path(entry.path), parsed[0], parsed[1], size))
    out.sort(key=lambda b: (b.created_at, b.path.name), reverse=True)
    return out


def latest_backup(folder: Path | str) -> BackupFile | None:
    found = list_backups(folder)
    return found[0] if found else None


def backup_age(folder: Path | str, now: datetime | None = None) -> timedelta | None:
    """How old the newest backup in the folder is (None: there is none)."""
    latest = latest_backup(folder)
    if latest is None:
        return None
    return (now or datetime.now()) - latest.created_at


_ANY = object()
_UNREADABLE = object()


def database_id_of(path: Path) -> object:
    """The `database_id` setting stored in a database or backup file (None when it has none);
    a file SQLite cannot read gives a marker equal to nothing."""
    try:
        con, _key = open_readable(path)
    except Exception as exc:  # noqa: BLE001 - SQLite's and SQLCipher's errors alike
        if encryption.is_sqlite_error(exc):
            return _UNREADABLE
        raise
    try:
        row = con.execute("SELECT value FROM settings WHERE key = ?", (ID_KEY,)).fetchone()
        return json.loads(row[0]) if row else None
    except ValueError:
        return _UNREADABLE
    except Exception as exc:  # noqa: BLE001
        if encryption.is_sqlite_error(exc):
            return _UNREADABLE
        raise
    finally:
        con.close()


def rotate(folder: Path | str, keep: Path | None = None,
           counts: dict[str, int] | None = None, database_id: object = _ANY) -> list[Path]:
    """Delete the backups beyond the newest `counts[kind]` of each kind (KEEP, else OTHER_KEEP);
    `keep` (the file just made) is never deleted, nor any file not named like a backup. Given a
    `database_id`, only that database's backups are counted and deleted: a demo database backed
    up into the same folder never pushes the clinic's own backups out."""
    counts = KEEP if counts is None else counts
    seen: dict[str, int] = {}
    deleted = []
    for backup in list_backups(folder):
        if database_id is not _ANY and database_id_of(backup.path) != database_id:
            continue
        kind = backup.kind
        seen[kind] = seen.get(kind, 0) + 1
        if seen[kind] <= counts.get(kind, OTHER_KEEP):
            continue
        if keep is not None and backup.path.name == Path(keep).name:
            continue
        try:
            backup.path.unlink()
            deleted.append(backup.path)
        except OSError:
            log.warning("could not delete the old backup %s", backup.path, exc_info=True)
    return deleted


# --- making a backup ----------------------------------------------------------------------------

def _source_uri(path: Path) -> str:
    """A read-only URI of a database file. A file in a folder nobody may write to, with no
    -wal beside it, is opened immutable (its -shm could not be made)."""
    params = "mode=ro"
    if not os.access(path.parent, os.W_OK | os.X_OK) and not os.path.exists(f"{path}-wal"):
        params += "&immutable=1"
    return f"{Path(os.path.abspath(path)).as_uri()}?{params}"


def _connect(uri_or_path: str | Path, *, uri: bool, key: str | None = None):
    """A connection in autocommit mode; with a key, SQLCipher's, the key set first."""
    con = encryption.connect(uri_or_path, key, uri=uri, isolation_level=None)
    con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return con


_NOTADB = 26


def _candidate_keys(path: Path):
    """The keys to try on a file, most likely first: the one this process knows for it, none
    (a plain file), every other key this process knows, then the keyring's for the file."""
    tried: list[str | None] = []
    for key in (encryption.key_for(path), None, *encryption.known_keys()):
        if key not in tried:
            tried.append(key)
            yield key
    stored = encryption.keyring_key(path)
    if stored not in tried:
        yield stored


def open_readable(path: Path, *, read_only: bool = True):
    """(connection, key) of a database or backup file, opened with the first key that reads
    it (None: a plain file); the SQLite error of the last try when none does."""
    target = _source_uri(path) if read_only else str(path)
    last: BaseException | None = None
    for key in _candidate_keys(path):
        con = _connect(target, uri=read_only, key=key)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except Exception as exc:
            con.close()
            if not encryption.is_sqlite_error(exc):
                raise
            if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF != _NOTADB:
                raise
            last = exc
            continue
        return con, key
    assert last is not None
    raise last


def check_folder(folder: Path, *, create: bool = False) -> None:
    """Refuse a backup folder that is not there (a removed USB stick) or cannot be written to.
    `create` makes a missing folder first (the default folder, never a chosen one: an empty
    mount point of a removed stick must not silently fill the internal disk)."""
    where = _where(folder)
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BadInput(ERR_FOLDER_UNWRITABLE.format(where=where), field="folder") from exc
    if not folder.is_dir():
        raise BadInput(ERR_FOLDER_MISSING.format(where=where), field="folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BadInput(ERR_FOLDER_UNWRITABLE.format(where=where), field="folder")


def _remove_temporary(tmp: Path) -> None:
    for suffix in _TMP_SUFFIXES:
        try:
            os.unlink(f"{tmp}{suffix}")
        except FileNotFoundError:
            pass
        except OSError:
            log.warning("could not remove the unfinished backup %s%s", tmp, suffix, exc_info=True)


def _fsync_file(path: Path) -> None:
    # No SQLite connection to this file exists any more: the descriptor drops no locks.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some filesystems (e.g. FAT on a stick, via FUSE) cannot sync a folder
        pass
    finally:
        os.close(fd)


def _write_failure(exc: BaseException, folder: Path, source: Path) -> BadInput:
    where = _where(folder)
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return BadInput(ERR_BACKUP_DISK_FULL.format(where=where), field="folder")
        return BadInput(ERR_BACKUP_IO.format(where=where, reason=exc.strerror or str(exc)),
                        field="folder")
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == 13:  # SQLITE_FULL
        return BadInput(ERR_BACKUP_DISK_FULL.format(where=where), field="folder")
    if code in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB: the source is the broken side
        return BadInput(describe_failure(exc, source), field="db")
    if code in (5, 6):  # busy
        return BadInput(describe_failure(exc, source), field="db")
    reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
    return BadInput(ERR_BACKUP_IO.format(where=where, reason=reason), field="folder")


def make_backup(source: Path | str, folder: Path | str, tag: str = "manual", *,
                now: datetime | None = None, create_folder: bool = False,
                require_intact: bool = True) -> BackupFile:
    """A checked copy of the SQLite file `source` in `folder`, named for `now` and `tag`; then
    rotation. Refusals are BadInput with kk/ru words. With `require_intact` False a copy that
    fails the integrity check is kept all the same (the database as it was before a restore,
    damaged or not, is worth keeping)."""
    source, folder = Path(source), Path(folder)
    try:
        os.stat(source)
    except OSError as exc:
        raise BadInput(ERR_NO_DATABASE.format(where=_where(source)), field="db") from exc
    check_folder(folder, create=create_folder)
    _ensure_database_id(source)
    now = (now or datetime.now()).replace(microsecond=0)
    target = folder / backup_name(now, tag)
    tmp = folder / f"{_TMP_PREFIX}{secrets.token_hex(6)}.tmp"
    intact = True
    try:
        src, key = open_readable(source)
        try:
            with owner_only():  # a copy of the patients is for its owner's eyes only
                dst = _connect(tmp, uri=False, key=key)  # an encrypted database's copy is too
            try:
                src.backup(dst)
                # The copy of a WAL database is itself marked WAL: make it one self-contained file.
                dst.execute("PRAGMA journal_mode=DELETE").fetchall()
                try:
                    found = [row[0] for row in dst.execute("PRAGMA integrity_check")]
                except Exception as exc:  # damaged beyond listing what is wrong
                    if require_intact or not encryption.is_sqlite_error(exc):
                        raise
                    found = ["damaged"]
                intact = found == ["ok"]
            finally:
                dst.close()
        finally:
            src.close()
        if not intact and require_intact:
            raise BadInput(ERR_COPY_DAMAGED.format(where=_where(source)), field="db")
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_folder(folder)
    except BadInput:
        _remove_temporary(tmp)
        raise
    except Exception as exc:
        _remove_temporary(tmp)
        if isinstance(exc, OSError) or encryption.is_sqlite_error(exc):
            raise _write_failure(exc, folder, source) from exc
        raise
    except BaseException:
        _remove_temporary(tmp)
        raise
    _remove_temporary(tmp)  # the -journal of a finished copy, if any was left
    if not intact:
        log.warning("kept a copy that fails the integrity check: %s", target)
    rotate(folder, keep=target, database_id=database_id_of(target))
    return BackupFile(target, now, tag, target.stat().st_size)


def _ensure_database_id(path: Path) -> None:
    """Give the database its `database_id` once, so that its backups can be told from those of
    other databases in the same folder. A database that cannot take it (read-only, busy, not
    ours) goes without: its backups are then rotated with the others that have none."""
    if database_id_of(path) is not None:
        return
    try:
        con, _key = open_readable(path, read_only=False)
    except Exception as exc:  # noqa: BLE001
        if encryption.is_sqlite_error(exc):
            return
        raise
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT OR IGNORE INTO settings (key, value, updated_at) VALUES (?, ?, ?)",
                    (ID_KEY, json.dumps(secrets.token_hex(8)), utcnow().isoformat(sep=" ")))
        con.execute("COMMIT")
    except Exception as exc:  # noqa: BLE001
        if not encryption.is_sqlite_error(exc):
            raise
        log.info("no database id stored in %s", path, exc_info=True)
        if con.in_transaction:
            con.execute("ROLLBACK")
    finally:
        con.close()


# --- what a database says about its backups -------------------------------------------------------

def _parse_settings(values: dict[str, str]) -> BackupSettings:
    def loaded(key: str) -> object:
        try:
            return json.loads(values[key]) if key in values else None
        except ValueError:
            return None

    folder = loaded(FOLDER_KEY)
    last = loaded(LAST_AT_KEY)
    try:
        last_at = datetime.fromisoformat(last) if isinstance(last, str) else None
    except ValueError:
        last_at = None
    folder_path = Path(folder) if isinstance(folder, str) and folder.strip() else None
    return BackupSettings(folder_path, last_at)


def load_backup_settings(conn) -> BackupSettings:
    """The backup settings through an SQLAlchemy Connection or Session."""
    bind = conn.connection() if hasattr(conn, "get_bind") else conn
    if not inspect(bind).has_table("settings"):
        return BackupSettings(None, None)
    rows = conn.execute(text("SELECT key, value FROM settings WHERE key IN (:a, :b)"),
                        {"a": FOLDER_KEY, "b": LAST_AT_KEY})
    return _parse_settings({key: value for key, value in rows})


def settings_of_file(path: Path) -> BackupSettings:
    """The backup settings read straight from a SQLite file, read-only; a file that cannot
    say (absent, damaged, not ours) gives the defaults."""
    try:
        os.stat(path)
        con, _key = open_readable(path)
    except OSError:
        return BackupSettings(None, None)
    except Exception as exc:  # noqa: BLE001
        if encryption.is_sqlite_error(exc):
            return BackupSettings(None, None)
        raise
    try:
        rows = con.execute("SELECT key, value FROM settings WHERE key IN (?, ?)",
                           (FOLDER_KEY, LAST_AT_KEY)).fetchall()
    except Exception as exc:  # noqa: BLE001
        if encryption.is_sqlite_error(exc):
            return BackupSettings(None, None)
        raise
    finally:
        con.close()
    return _parse_settings(dict(rows))


def _upsert(conn, key: str, value: object) -> None:
    params = {"k": key, "v": json.dumps(value, ensure_ascii=False), "t": utcnow()}
    updated = conn.execute(text("UPDATE settings SET value = :v, updated_at = :t WHERE key = :k"),
                           params)
    if updated.rowcount == 0:
        conn.execute(text("INSERT INTO settings (key, value, updated_at) VALUES (:k, :v, :t)"),
                     params)


def save_backup_folder(conn, folder: Path | str | None) -> None:
    """Store the chosen backup folder (None or empty: back to the default). The caller commits
    (take the write lock first)."""
    if folder is None or not str(folder).strip():
        conn.execute(text("DELETE FROM settings WHERE key = :k"), {"k": FOLDER_KEY})
    else:
        _upsert(conn, FOLDER_KEY, str(Path(folder)))


def record_backup(conn, when: datetime) -> None:
    """Store the time of the last regular backup (the caller commits)."""
    _upsert(conn, LAST_AT_KEY, when.isoformat(timespec="seconds"))


# --- the database's own backups -----------------------------------------------------------------

def _sqlite_file(engine: Engine, refusal: Message) -> Path:
    path = sqlite_path(str(engine.url))
    if path is None:
        if engine.dialect.name == "sqlite":  # in memory: nothing on a disk to copy
            raise BadInput(ERR_NO_DATABASE.format(where=""), field="db")
        raise BadInput(refusal, field="db")
    return path


def backup_database(engine: Engine, tag: str = "manual", folder: Path | str | None = None, *,
                    now: datetime | None = None) -> BackupFile:
    """Back up the engine's SQLite database into `folder`, else its configured folder, else the
    default one (created when missing), and remember when (for daily and manual backups)."""
    path = _sqlite_file(engine, ERR_SERVER_BACKUP)
    with engine.connect() as conn:
        settings = load_backup_settings(conn)
    target = Path(folder) if folder is not None else settings.target
    made = make_backup(path, target, tag, now=now,
                       create_folder=folder is None and settings.folder is None)
    if backup_kind(tag) in ("daily", "manual"):
        try:
            with engine.connect().execution_options(sqlite_begin="BEGIN IMMEDIATE") as conn:
                with conn.begin():
                    record_backup(conn, made.created_at)
        except DBAPIError:
            # The copy is made and whole; only its time is not remembered: the next daily
            # check makes another one.
            log.warning("the time of backup %s was not recorded", made.path, exc_info=True)
    return made


def backup_due(settings: BackupSettings, now: datetime | None = None,
               every: timedelta = DAILY_EVERY) -> bool:
    if settings.last_at is None:
        return True
    return (now or datetime.now()) - settings.last_at >= every


def backup_if_due(engine: Engine, *, now: datetime | None = None,
                  every: timedelta = DAILY_EVERY) -> BackupFile | None:
    """The desk's daily backup: made when the last one is older than `every` (or there is
    none). Nothing for a database on a server (backed up there)."""
    if sqlite_path(str(engine.url)) is None:
        return None
    with engine.connect() as conn:
        settings = load_backup_settings(conn)
    if not backup_due(settings, now, every):
        return None
    return backup_database(engine, "daily", now=now)


def latest_backup_for(url: str) -> BackupFile | None:
    """The newest backup of the database at `url` (in its configured folder, else the default
    one; its own when it can still say which are its own), for offering it when the database is
    found damaged. Reads the database read-only and gives up quietly when it cannot (the newest
    backup in the default folder is named then)."""
    path = sqlite_path(url)
    if path is None:
        return None
    # A copy kept aside before a restore is the database as it was then, perhaps damaged:
    # never the one offered to restore.
    found = [b for b in list_backups(settings_of_file(path).target) if b.tag != "before-restore"]
    own = database_id_of(path) if path.exists() else None
    if own is not None and own is not _UNREADABLE:
        mine = [b for b in found if database_id_of(b.path) == own]
        if mine:
            return mine[0]
    return found[0] if found else None


def migration_backup(engine: Engine, head: str) -> BackupFile | None:
    """Before a migration to `head`: a checked copy in the configured folder (the default one
    when that is not usable: the upgrade is not held back by a removed stick)."""
    path = sqlite_path(str(engine.url))
    if path is None:
        return None
    with engine.connect() as conn:
        settings = load_backup_settings(conn)
    tag = f"before-{head}"
    if settings.folder is not None:
        try:
            return make_backup(path, settings.folder, tag)
        except BadInput as exc:
            if exc.field != "folder":
                raise
            log.warning("backup folder %s not usable before a migration; using the default one",
                        settings.folder)
    return make_backup(path, default_backup_folder(), tag, create_folder=True)


# --- restoring ------------------------------------------------------------------------------------

def check_restore_file(file: Path | str) -> str:
    """Refuse a file that is not a whole Tirkeu database this program can read; returns its
    schema revision. Only SQLite reads it, read-only."""
    file = Path(file)
    where = _where(file)
    try:
        if not Path(file).is_file():
            raise BadInput(ERR_RESTORE_MISSING.format(where=where), field="file")
    except OSError as exc:
        raise BadInput(ERR_RESTORE_MISSING.format(where=where), field="file") from exc
    try:
        con, key = open_readable(file)
    except Exception as exc:
        if not encryption.is_sqlite_error(exc):
            raise
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        message = (ERR_RESTORE_DAMAGED if code == 11 else
                   ERR_RESTORE_KEY if code == _NOTADB and _may_be_encrypted(file)
                   else ERR_RESTORE_NOT_TIRKEU)
        raise BadInput(message.format(where=where), field="file") from exc
    try:
        try:
            found = [row[0] for row in con.execute("PRAGMA integrity_check")]
        except Exception as exc:
            if not encryption.is_sqlite_error(exc):
                raise
            code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
            message = ERR_RESTORE_DAMAGED if code == 11 else ERR_RESTORE_NOT_TIRKEU
            raise BadInput(message.format(where=where), field="file") from exc
        if found != ["ok"]:
            raise BadInput(ERR_RESTORE_DAMAGED.format(where=where), field="file")
        tables = {row[0] for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"alembic_version", "patients", "settings"} <= tables:
            raise BadInput(ERR_RESTORE_NOT_TIRKEU.format(where=where), field="file")
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except BadInput:
        raise
    except Exception as exc:
        if not encryption.is_sqlite_error(exc):
            raise
        raise BadInput(ERR_RESTORE_DAMAGED.format(where=where), field="file") from exc
    finally:
        con.close()
    if row is None or not row[0]:
        raise BadInput(ERR_RESTORE_NOT_TIRKEU.format(where=where), field="file")
    revision = str(row[0])
    if not is_known_revision(revision):
        raise BadInput(ERR_NEWER.format(rev=revision), field="file")
    return revision


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def restore_sqlite(database: Path | str, file: Path | str, *,
                   now: datetime | None = None) -> Restored:
    """Replace the content of the SQLite database with the backup `file`.

    First the file is checked (nothing of the database is touched when it is refused); then the
    database as it is is kept aside (a `before-restore` backup); then SQLite's backup API copies
    the file into the live database in one transaction; then an older schema is migrated. The
    database keeps its own backup folder setting: it belongs to this computer, not to the data."""
    from db.engine import open_database

    database, file = Path(os.path.abspath(database)), Path(os.path.abspath(file))
    revision = check_restore_file(file)
    if _same_file(database, file):
        raise BadInput(ERR_RESTORE_SELF.format(where=_where(file)), field="file")
    exists = database.exists() and database.stat().st_size > 0
    settings = settings_of_file(database) if exists else BackupSettings(None, None)
    src_key = _key_opening(file)
    live_key = _key_opening(database) if exists else src_key
    if live_key is _NO_KEY_OPENS:  # the live file is not readable at all: it takes the copy's
        live_key = src_key
    if live_key != src_key:
        raise BadInput(ERR_RESTORE_KEY_MISMATCH.format(where=_where(file)), field="file")
    kept = None
    if exists:
        # Refused (folder gone, disk full) before the database is changed.
        kept = make_backup(database, settings.target, "before-restore", now=now,
                           create_folder=settings.folder is None, require_intact=False)
    place = _where(database)
    try:
        src = _connect(_source_uri(file), uri=True, key=src_key)
        try:
            with owner_only():
                dst = _connect(database, uri=False, key=live_key)
            try:
                live_size = dst.execute("PRAGMA page_size").fetchone()[0]
                copy_size = src.execute("PRAGMA page_size").fetchone()[0]
                wal = dst.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
                if exists and wal and live_size != copy_size:
                    raise BadInput(ERR_RESTORE_PAGE_SIZE.format(where=place), field="file")
                src.backup(dst)
                if not exists:
                    dst.execute("PRAGMA journal_mode=WAL").fetchall()
                _keep_folder_setting(dst, settings.folder)
            finally:
                dst.close()
        finally:
            src.close()
    except Exception as exc:
        if not encryption.is_sqlite_error(exc):
            raise
        described = describe_failure(exc, database) or ERR_RESTORE_FAILED.format(
            where=place, reason=(str(exc).strip().splitlines() or ["?"])[0][:200])
        raise BadInput(described, field="db") from exc
    if live_key is not None:
        encryption.remember_key(database, live_key)
    engine = open_database(f"sqlite:///{database}")  # migrates an older schema
    engine.dispose()
    return Restored(file, kept.path if kept else None, revision, is_older(revision))


_NO_KEY_OPENS = object()


def _key_opening(path: Path) -> object:
    """The key that reads `path` (None: plain), or _NO_KEY_OPENS."""
    try:
        con, key = open_readable(path)
    except Exception as exc:
        if not encryption.is_sqlite_error(exc):
            raise
        return _NO_KEY_OPENS
    con.close()
    return key


def _keep_folder_setting(con, folder: Path | None) -> None:
    stamp = utcnow().isoformat(sep=" ")
    con.execute("BEGIN IMMEDIATE")
    try:
        con.execute("DELETE FROM settings WHERE key = ?", (FOLDER_KEY,))
        if folder is not None:
            con.execute("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)",
                        (FOLDER_KEY, json.dumps(str(folder), ensure_ascii=False), stamp))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def is_older(revision: str) -> bool:
    from db.engine import SCHEMA_HEAD

    return revision != SCHEMA_HEAD
