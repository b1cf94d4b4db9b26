"""`rules install FILE | list | show | activate VERSION | diff FILE --on DATE [--sample N]`:
rule packs an administrator installs without a program release (docs/rulebook.md)."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from domain.messages import BadInput, Message

E_FILE = Message("Файлды оқу мүмкін емес: {path} ({detail}).", "Не удалось прочитать файл: {path} ({detail}).")
E_DATE = Message("Күн ЖЖЖЖ-АА-КК түрінде болуы керек: {value}", "Дата должна быть в виде ГГГГ-ММ-ДД: {value}")
E_SAMPLE = Message("--sample 1-ден үлкен болуы керек.", "--sample должен быть больше 0.")
E_COMMAND = Message("rules пәрменінің әрекеті көрсетілмеген (install, list, show, activate, diff).",
                    "Не указано действие команды rules (install, list, show, activate, diff).")

HELP = ("rule packs: install (checked, not activated), list, show the active one, activate or roll "
        "back (\"shipped\"), preview the decisions a new pack changes; how to write one: "
        "docs/rulebook.md")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = HELP
    p.epilog = "How a pack is written, checked, installed, previewed and rolled back: docs/rulebook.md"
    sub = p.add_subparsers(dest="action", parser_class=type(p))
    install = sub.add_parser("install", help="check a pack file (zip of the pack's JSON files) and store it")
    install.add_argument("file", help="the pack file (.zip)")
    install.add_argument("--note", default="", help="a note for administrators")
    sub.add_parser("list", help="the shipped and the installed packs, the active one marked")
    sub.add_parser("show", help="the active pack: version, dates, unconfirmed rules in force today")
    activate = sub.add_parser("activate", help="make a pack the one every desk decides with")
    activate.add_argument("version", help="an installed version, or \"shipped\" to roll back")
    diff = sub.add_parser("diff", help="decisions the pack FILE changes on DATE, for every patient")
    diff.add_argument("file", help="a pack file (.zip) or an installed version (or \"shipped\")")
    diff.add_argument("--on", required=True, metavar="DATE", help="the day decided (YYYY-MM-DD)")
    diff.add_argument("--sample", type=int, default=None, metavar="N",
                      help="a random sample of N patients (seeded: the same sample each time)")
    diff.add_argument("--seed", type=int, default=0, help="seed of the sample (default 0)")
    for child in (install, activate, diff, *[a for a in sub.choices.values() if a not in (install, activate, diff)]):
        child.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="database URL or SQLite file")
        child.add_argument("--lang", choices=("kk", "ru"), default=argparse.SUPPRESS, help="language")


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except (OSError, ValueError) as exc:
        raise BadInput(E_FILE.format(path=path, detail=type(exc).__name__), field="file") from None


def _day(value: str) -> date:
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise BadInput(E_DATE.format(value=value), field="on")


def run(args: argparse.Namespace):
    from db.engine import open_database, session_factory
    from services import rulepacks

    action = getattr(args, "action", None)
    if action is None:
        raise BadInput(E_COMMAND, field="action")
    data = _read(args.file) if action == "install" else None
    if action == "diff":
        on = _day(args.on)
        if args.sample is not None and args.sample < 1:
            raise BadInput(E_SAMPLE, field="sample")
    engine = open_database(args.db, create=action in ("install", "activate"))
    try:
        make = session_factory(engine)
        if action == "install":
            with make.begin() as session:
                return rulepacks.install_pack(session, data, note=args.note)
        if action == "list":
            with make() as session:
                return [line.as_json() for line in rulepacks.list_packs(session)]
        if action == "show":
            with make() as session:
                return rulepacks.show_active(session, date.today())
        if action == "activate":
            with make.begin() as session:
                return rulepacks.activate(session, args.version)
        return _diff(make, args, on)
    finally:
        engine.dispose()


def _diff(make, args: argparse.Namespace, on: date) -> dict:
    from domain.rulepack import RulePackError, load_pack_file
    from services import rulepacks
    from services.rulepack_diff import diff

    started = time.perf_counter()
    with make() as session:
        path = Path(args.file)
        if path.is_file():
            new_spec = _read(args.file)
            try:
                load_pack_file(new_spec)
            except RulePackError as err:
                raise rulepacks.refused(err) from None
        else:
            rulepacks.installed_pack(session, args.file)  # refused when unknown or not loadable
            new_spec = rulepacks.pack_spec(session, args.file)
        old_spec = rulepacks.pack_spec(session, None)
        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.perf_counter()
            if done in (0, total) or now - last[0] >= 2:
                last[0] = now
                print(f"rules diff: {done}/{total} patients, {now - started:.0f} s", file=sys.stderr, flush=True)

        result = diff(session, old_spec, new_spec, on, sample=args.sample, seed=args.seed, progress=progress)
    return {**result.as_json(), "seconds": round(time.perf_counter() - started, 1)}
