"""One place that turns failures into exit codes and readable lines (and a log for the rest)."""

from __future__ import annotations

import logging
import os
import re
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


# The crash log is rotated when it grows past this size; this many older files are kept
# (crash.log.1 the newest of them).
CRASH_LOG_BYTES = 1024 * 1024
CRASH_LOG_KEEP = 3

# What may identify a patient in a traceback's text, put there by an exception's message: an
# IIN (12 digits), a date (a birth date), a word in Cyrillic letters (a name; the program's
# own code and paths are in Latin letters). A second line of defence: no engine puts a
# statement's parameters into its errors in the first place.
_PERSONAL = (
    (re.compile(r"(?<!\d)\d{12}(?!\d)"), "<IIN>"),
    (re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)|(?<!\d)\d{2}\.\d{2}\.\d{4}(?!\d)"), "<date>"),
    (re.compile(r"[\u0400-\u04FF]+(?:[-'’][\u0400-\u04FF]+)*"), "<…>"),
)


def hide_secrets(text: str) -> str:
    """The text without the passwords of the database URLs this process was given."""
    if "db.engine" not in sys.modules:
        return text
    from db.engine import hide_secrets as hide

    return hide(text)


def scrub(text: str) -> str:
    """The text without anything that looks like an IIN, a date or a name in Cyrillic, nor a
    database password."""
    text = hide_secrets(text)
    for pattern, placeholder in _PERSONAL:
        text = pattern.sub(placeholder, text)
    return text


def _rotate(path: Path) -> None:
    try:
        if path.stat().st_size < CRASH_LOG_BYTES:
            return
    except FileNotFoundError:
        return
    for n in range(CRASH_LOG_KEEP - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))


class ScrubbingFormatter(logging.Formatter):
    """Log lines (and their tracebacks) without IINs, dates or Cyrillic words (see `scrub`)."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def install_log_scrubbing() -> None:
    """The program's log (stderr) goes through `ScrubbingFormatter`: whatever a log call is
    given, no IIN or name is printed. Done once, at start, before any handler exists."""
    root = logging.getLogger()
    if root.handlers:
        return
    handler = logging.StreamHandler()
    handler.setLevel(logging.WARNING)
    handler.setFormatter(ScrubbingFormatter("%(message)s"))  # as Python prints it unset
    root.addHandler(handler)


def write_crash_log(exc: BaseException, mark: str | None = None) -> Path:
    """Append the traceback to the crash log under `mark`; returns its path (best effort). The
    log is readable by its owner only, rotated past CRASH_LOG_BYTES, and carries no IIN, date
    or Cyrillic word of the exception's messages (see `scrub`)."""
    from db.private import append_private

    path = log_dir() / "crash.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _rotate(path)
        head = f"--- {datetime.now().isoformat(timespec='seconds')} [{mark or incident_mark()}]\n"
        body = scrub("".join(traceback.format_exception(exc)))
        with append_private(path) as fh:
            fh.write((head + body).encode("utf-8", "backslashreplace"))
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
    line = one_line(hide_secrets(message.in_lang(lang)))
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
        what = scrub(f"{type(exc).__name__}: {exc}".splitlines()[0][:300])
        print(INTERNAL.format(what=what, log=log).in_lang(lang), file=sys.stderr)
        return 1
