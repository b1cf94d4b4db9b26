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


def write_crash_log(exc: BaseException) -> Path:
    """Append the traceback to the crash log; returns its path (best effort)."""
    path = log_dir() / "crash.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
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


def database_fault(exc: BaseException) -> Message | None:
    """The words for a real database fault (disk full, read-only, damaged, busy, ...)."""
    if "db.engine" not in sys.modules:  # no database was opened: keep light commands light
        return None
    from db.engine import describe_failure

    return describe_failure(exc)


def run_guarded(func: Callable[[], int | None], lang: str = "kk") -> int:
    try:
        return int(func() or 0)
    except BadInput as exc:
        print(one_line(exc.in_lang(lang)), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(INTERRUPTED.in_lang(lang), file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence of a command
        fault = database_fault(exc)
        if fault is not None:  # an expected fault of the machine, not of the program
            print(one_line(fault.in_lang(lang)), file=sys.stderr)
            return 2
        log = write_crash_log(exc)
        what = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        print(INTERNAL.format(what=what, log=log).in_lang(lang), file=sys.stderr)
        return 1
