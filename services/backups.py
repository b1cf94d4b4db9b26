"""Backup use cases of the desk and the commands: status, backing up now, the daily backup, the
backup folder. Each takes the caller's session and works on the database behind it; the copying
itself is SQLite's (db/backup.py)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from db.backup import (
    STALE_AFTER,
    BackupFile,
    Restored,
    backup_database,
    backup_if_due,
    check_folder,
    default_backup_folder,
    load_backup_settings,
    restore_sqlite,
    save_backup_folder,
)
from db.backup import latest_backup_for as _latest_backup_for
from db.engine import Session, describe_failure, sqlite_path, take_write_lock
from domain import access
from domain.ages import ago
from domain.messages import BadInput, Message
from services import audit
from services.access import os_user, require

log = logging.getLogger(__name__)

BACKUP_FAILED = Message(
    "Сақтық көшірме жасалмады: {reason}",
    "Резервная копия не сделана: {reason}",
)
BACKUP_FAILED_INTERNAL = Message(
    "Сақтық көшірме жасалмады (ішкі қате, толығы журналда). Баптаулардан қайталап көріңіз.",
    "Резервная копия не сделана (внутренняя ошибка, подробности в журнале). Попробуйте ещё раз "
    "в настройках.",
)

ERR_CHOOSE = Message(
    "Бұл қалтаны сақтық көшірмелерге таңдау мүмкін емес{where}: ол жоқ немесе оған жазуға "
    "рұқсат жоқ. Бұрынғы қалта қалды.",
    "Эту папку нельзя выбрать для резервных копий{where}: её нет или в неё нельзя записывать. "
    "Осталась прежняя папка.",
)


ERR_RESTORE_SERVER = Message(
    "Сервердегі дерекқор серверде қалпына келтіріледі (pg_restore).",
    "База данных на сервере восстанавливается на сервере (pg_restore).",
)


@dataclass(frozen=True, slots=True)
class BackupStatus:
    server: bool  # a database on a server: backed up there, not by the desk
    folder: Path | None  # where backups go (None on a server)
    configured: bool  # chosen for this database, rather than the default folder
    last_at: datetime | None
    age: timedelta | None

    @property
    def stale(self) -> bool:
        """No backup yet, or the last one is older than two days."""
        return not self.server and (self.age is None or self.age > STALE_AFTER)

    @property
    def age_words(self) -> Message | None:
        return ago(self.age) if self.age is not None else None


def _engine(session: Session):
    return session.get_bind()


def backup_status(session: Session, now: datetime | None = None) -> BackupStatus:
    engine = _engine(session)
    if sqlite_path(str(engine.url)) is None:
        return BackupStatus(True, None, False, None, None)
    settings = load_backup_settings(session)
    age = None
    if settings.last_at is not None:
        age = max(timedelta(0), (now or datetime.now()) - settings.last_at)
    return BackupStatus(False, settings.target, settings.folder is not None, settings.last_at, age)


def back_up_now(session: Session, folder: Path | str | None = None) -> BackupFile:
    """A manual backup into `folder`, else the database's folder. The session itself is left
    alone: the copy is read by SQLite beside it and its time stored in a short transaction of
    its own, so the write lock is not held while a large file is copied. Needs the right to
    back up and restore (Forbidden otherwise)."""
    require(session, access.BACKUP_RESTORE)
    made = backup_database(_engine(session), "manual", folder)
    _note_backup(session, made)
    return made


def _note_backup(session: Session, made: BackupFile) -> None:
    """The backup in the audit trail (its file name and kind; the caller commits)."""
    take_write_lock(session)
    audit.record(session, audit.BACKUP_MADE, "backups",
                 detail={"file": made.path.name, "kind": made.kind})


def daily_backup(session: Session, now: datetime | None = None) -> BackupFile | None:
    """The desk's daily backup, made when the last one is older than 24 hours. The desk makes
    it on its own, whoever is signed in: it needs no permission."""
    made = backup_if_due(_engine(session), now=now)
    if made is not None:
        _note_backup(session, made)
    return made


def choose_backup_folder(session: Session, folder: Path | str | None) -> BackupStatus:
    """Remember the backup folder of this database (None: the default one). A folder that is
    not there or cannot be written to is refused, and so is a person without the right to back
    up and restore (Forbidden). Give a fresh session and commit."""
    require(session, access.BACKUP_RESTORE)
    if folder is not None and str(folder).strip():
        try:
            check_folder(Path(folder))
        except BadInput as exc:
            raise BadInput(ERR_CHOOSE.format(where=f" ({folder})"), field="folder") from exc
    take_write_lock(session)
    save_backup_folder(session, folder)
    audit.record(session, audit.SETTINGS_CHANGED, "settings", detail={"keys": ["backup_folder"]})
    session.flush()
    return backup_status(session)


def failure_words(exc: BaseException) -> Message:
    """One calm kk/ru sentence for a failed backup (the desk's status bar)."""
    if isinstance(exc, BadInput) and exc.field == "folder":
        return exc.message  # the folder's words say already that no copy was made
    if isinstance(exc, BadInput):
        message = exc.message
    else:
        message = describe_failure(exc)
        if message is None:
            log.error("the backup failed", exc_info=exc)
            return BACKUP_FAILED_INTERNAL
    return Message(BACKUP_FAILED.kk.format(reason=message.kk),
                   BACKUP_FAILED.ru.format(reason=message.ru))


def latest_backup_for(url: str) -> BackupFile | None:
    """The newest backup of the database at `url`, for "the database is damaged — restore the
    last backup?" (no engine is opened: the file is read read-only, and may be damaged)."""
    return _latest_backup_for(url)


def restore_backup(session: Session, file: Path | str) -> Path | None:
    """Put the backup `file` in place of the damaged (or wrong) database behind the session;
    returns where the database as it was is kept aside. The session is not used for the copy:
    SQLite copies the file into the live database itself, in one transaction. Needs the right
    to back up and restore (Forbidden otherwise, nothing replaced)."""
    who = require(session, access.BACKUP_RESTORE)
    engine = _engine(session)
    path = sqlite_path(str(engine.url))
    if path is None:
        raise BadInput(ERR_RESTORE_SERVER, field="db")
    restored = restore_file(path, file, who)
    engine.dispose()  # pooled connections may hold pages of the file as it was
    try:
        note_restored(session, restored)
    except Exception:  # the restore is done: an event not written must not undo its report
        log.warning("the restore of %s was not recorded in the audit trail", file, exc_info=True)
        session.rollback()
    return restored.kept_aside


def note_restored(session: Session, restored: Restored) -> None:
    """The restore in the audit trail of the database as restored (the caller commits; the
    session must not have read the database before the restore)."""
    take_write_lock(session)
    audit.record(session, audit.BACKUP_RESTORED, "backups",
                 detail={"file": Path(restored.restored).name,
                         "kept_aside": Path(restored.kept_aside).name if restored.kept_aside else None,
                         "schema": restored.revision})


def restore_file(database: Path, file: Path | str, who: access.Actor | None = None):
    """Put the backup `file` in place of the SQLite `database` without opening it first (a
    damaged one is what a restore is for), as `who` (None: the command line's user). Forbidden
    for a person without the right to back up and restore."""
    who = who or access.command_line_actor(os_user())
    if not who.may(access.BACKUP_RESTORE):
        raise access.Forbidden(access.BACKUP_RESTORE)
    return restore_sqlite(database, file)


__all__ = ["BackupFile", "BackupStatus", "back_up_now", "backup_status", "choose_backup_folder",
           "daily_backup", "default_backup_folder", "failure_words", "latest_backup_for",
           "restore_backup", "restore_file"]
