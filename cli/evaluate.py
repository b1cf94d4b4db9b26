"""`evaluate FILE|-`: decide services for one case or a list of cases."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from domain.case import E_JSON, evaluate
from domain.messages import BadInput, Message

E_DEEP = Message("Кіріс JSON тым терең салынған; бір жағдай не жағдайлар тізімі күтілген.",
                 "JSON на входе вложен слишком глубоко; ожидался один случай или список случаев.")
E_NUMBER = Message("Кірістегі сан тым ұзын.", "Число во входных данных слишком длинное.")
E_FILE = Message("Файлды оқу мүмкін емес: {path} ({detail}).", "Не удалось прочитать файл: {path} ({detail}).")


def add_arguments(p) -> None:
    p.add_argument("file", help="JSON file with a case or a list of cases; - reads stdin")


def read_input(name: str) -> str:
    """The case text; a byte-order mark (Windows editors write one) is dropped."""
    if name == "-":
        return sys.stdin.read().removeprefix("\ufeff")
    try:
        return Path(name).read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(E_FILE.format(path=name, detail=type(exc).__name__), "file") from None


def database_pack(args):
    """The active rule pack of the database given with --db or TIRKEU_DB, when one is given and
    exists (opened as it is: nothing migrated, nothing written); otherwise None, the shipped
    pack. A database of an older schema has no installed packs: the shipped pack decides."""
    import os

    from db.engine import ENV_VAR, open_database, resolve_url, session_factory, sqlite_path

    given = getattr(args, "db", None) or os.environ.get(ENV_VAR)
    if not given:
        return None
    url = resolve_url(given)
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        return None
    from services.rulepacks import active_pack_if_any

    engine = open_database(url, create=False, run_migrations=False, full_check=False)
    try:
        with session_factory(engine)() as session:
            return active_pack_if_any(session)
    finally:
        engine.dispose()


def run(args):
    text = read_input(args.file)
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(E_JSON.format(detail=f"line {exc.lineno}, column {exc.colno}: {exc.msg}"), "file") from None
    except ValueError:  # an integer of thousands of digits, which Python refuses to convert
        raise BadInput(E_NUMBER, "file") from None
    except RecursionError:
        raise BadInput(E_DEEP, "file") from None
    try:
        return evaluate(raw, lang=args.lang or "kk", pack=database_pack(args))
    except RecursionError:  # a value nested as deep as the decoder allows, met while checking
        raise BadInput(E_DEEP, "file") from None
