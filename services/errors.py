"""One place that turns failures into exit codes and readable lines (and a log for the rest)."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs

from domain.messages import BadInput, Message

INTERNAL = Message(
    "Ішкі қате: {what}. Толығы журналда: {log}",
    "Внутренняя ошибка: {what}. Подробности в журнале: {log}",
)
INTERRUPTED = Message("Тоқтатылды; ештеңе өзгертілмеді.", "Прервано; ничего не изменено.")


@dataclass(frozen=True)
class Outcome:
    """A command's answer when it is not plain success: the JSON still printed on stdout (what
    was done), one line on stderr (what was not) and the exit code that says so."""

    result: object
    code: int
    message: Message


def log_dir() -> Path:
    return platformdirs.user_log_path("tirkeu", appauthor=False)


def incident_mark(when: datetime | None = None) -> str:
    """The short mark a crash is logged under, to be read out to whoever opens the log."""
    return (when or datetime.now()).strftime("%Y%m%d-%H%M%S")


def write_crash_log(exc: BaseException, mark: str | None = None) -> Path:
    """Append the traceback to the crash log under `mark`; returns its path (best effort)."""
    path = log_dir() / "crash.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} [{mark or incident_mark()}]\n")
            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        logging.getLogger(__name__).exception("could not write the crash log")
    return path


# A message may quote a bad value; the line stays readable whatever was typed or read.
MAX_LINE = 400


def one_line(text: str, limit: int = MAX_LINE) -> str:
    """The text on one line, at most `limit` characters (with an ellipsis when cut)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def database_fault(exc: BaseException, where: object | None = None) -> Message | None:
    """The words for a real database fault (disk full, read-only, damaged, busy, ...), naming
    `where` (the file or server) when given."""
    if "db.engine" not in sys.modules:  # no database was opened: keep light commands light
        return None
    from db.engine import describe_failure

    return describe_failure(exc, where)


def connection_lost(exc: BaseException) -> bool:
    """Whether the database server is unreachable right now (the desk shows a state, not a
    dialog, and retries)."""
    if "db.engine" not in sys.modules:
        return False
    from db.faults import is_connection_lost

    return is_connection_lost(exc)


def damaged(exc: BaseException) -> bool:
    """Whether the failure says the database file is damaged."""
    if "db.engine" not in sys.modules:
        return False
    from db.faults import is_damaged

    return is_damaged(exc)


LAST_BACKUP = Message(
    "Соңғы сақтық көшірме: {path} ({when}). Оны «restore» пәрменімен қалпына келтіруге болады; "
    "қазіргі файл бөлек сақталады.",
    "Последняя резервная копия: {path} ({when}). Её можно восстановить командой «restore»; "
    "текущий файл будет сохранён отдельно.",
)
NO_BACKUP = Message(
    "Бұл дерекқордың сақтық көшірмесі табылмады; әкімшіге хабарласыңыз.",
    "Резервная копия этой базы данных не найдена; обратитесь к администратору.",
)


def backup_hint(db: str | None) -> Message:
    """What to do about a damaged database: its last backup, or that there is none."""
    from services.backups import latest_backup_for

    try:
        from db.engine import resolve_url

        found = latest_backup_for(resolve_url(db))
    except Exception:  # noqa: BLE001 - a hint must never hide the damage it is about
        logging.getLogger(__name__).exception("could not look for a backup")
        found = None
    if found is None:
        return NO_BACKUP
    return LAST_BACKUP.format(path=found.path, when=found.created_at.strftime("%d.%m.%Y %H:%M"))


def _say(message: Message, exc: BaseException, lang: str, db: str | None, offer_backup: bool) -> None:
    line = one_line(message.in_lang(lang))
    if offer_backup and damaged(exc):
        # still one line: the damage, then its last backup (a path may be long)
        line = one_line(line + " " + backup_hint(db).in_lang(lang), 2 * MAX_LINE)
    print(line, file=sys.stderr)


def run_guarded(func: Callable[[], int | None], lang: str = "kk", db: str | None = None,
                offer_backup: bool = False) -> int:
    """Run a command: exit 0 when done, 2 with one line for bad input or an expected fault of
    the machine, 1 with the crash log for a bug. With `offer_backup`, damage to the database at
    `db` is followed by its last backup."""
    try:
        return int(func() or 0)
    except BadInput as exc:
        _say(exc.message, exc, lang, db, offer_backup)
        return 2
    except KeyboardInterrupt:
        print(INTERRUPTED.in_lang(lang), file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence of a command
        fault = database_fault(exc)
        if fault is not None:  # an expected fault of the machine, not of the program
            _say(fault, exc, lang, db, offer_backup)
            return 2
        log = write_crash_log(exc)
        what = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        print(INTERNAL.format(what=what, log=log).in_lang(lang), file=sys.stderr)
        return 1
