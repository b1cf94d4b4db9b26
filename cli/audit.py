"""`audit verify | list [--patient IIN] [--user LOGIN] [--kind K] [--from DATE] [--to DATE]
[--limit N] [--csv FILE]`: the audit trail checked as a chain, and read (docs/audit.md)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from domain.messages import BadInput, Message

E_COMMAND = Message("audit пәрменінің әрекеті көрсетілмеген (verify, list).",
                    "Не указано действие команды audit (verify, list).")
E_DATE = Message("Күн ЖЖЖЖ-АА-КК түрінде болуы керек: {value}", "Дата должна быть в виде ГГГГ-ММ-ДД: {value}")
E_PATIENT = Message("Бұл ЖСН-мен науқас жоқ: {iin}", "Пациента с этим ИИН нет: {iin}")
E_LIMIT = Message("--limit 1 мен 5000 аралығында болуы керек.", "--limit должен быть от 1 до 5000.")
E_WRITE = Message("Файлға жазу мүмкін емес: {path} ({detail}).", "Не удалось записать файл: {path} ({detail}).")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = ("the audit trail: verify the hash chain (exit 2 naming the events altered or "
                     "missing), list events by patient, person, kind and dates, or save them as CSV")
    sub = p.add_subparsers(dest="action", parser_class=type(p))
    sub.add_parser("verify", help="recompute the chain: JSON {ok, events, chains, problems}")
    listing = sub.add_parser("list", help="events newest first (JSON), or all of them as CSV")
    listing.add_argument("--patient", metavar="IIN", help="events concerning the patient with this IIN")
    listing.add_argument("--user", metavar="LOGIN", help="events of this person")
    listing.add_argument("--kind", metavar="K", help="a kind of event: " + ", ".join(_kinds()))
    listing.add_argument("--from", dest="start", metavar="DATE", help="from this day (YYYY-MM-DD)")
    listing.add_argument("--to", dest="end", metavar="DATE", help="to this day, included (YYYY-MM-DD)")
    listing.add_argument("--limit", type=int, default=200, help="at most N events listed (default 200)")
    listing.add_argument("--csv", metavar="FILE", help="write every matching event to FILE (UTF-8, for Excel)")
    for child in sub.choices.values():
        child.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="database URL or SQLite file")
        child.add_argument("--lang", choices=("kk", "ru"), default=argparse.SUPPRESS, help="language")


def _kinds() -> list[str]:
    from services.audit import KINDS

    return [k.code for k in KINDS]


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise BadInput(E_DATE.format(value=value), field="date")


def run(args: argparse.Namespace):
    from db.engine import open_database, session_factory
    from services import audit
    from services.errors import Outcome

    action = getattr(args, "action", None)
    if action is None:
        raise BadInput(E_COMMAND, field="action")
    if action == "list":
        start, end = _day(args.start), _day(args.end)
        if not 1 <= args.limit <= 5000:
            raise BadInput(E_LIMIT, field="limit")
    # Reading the trail never creates a database, nor reads a large file through first.
    engine = open_database(args.db, create=False, full_check=False)
    try:
        make = session_factory(engine)
        if action == "verify":
            with make() as session:
                verdict = audit.verify_trail(session)
            if verdict.ok:
                return verdict.as_json()
            return Outcome(verdict.as_json(), 2, audit.verdict_words(verdict))
        with make() as session:
            flt = audit.AuditFilter(login=args.user, patient_id=_patient(session, args.patient),
                                    kind=args.kind, start=start, end=end)
        if args.csv:
            return _csv(make, flt, args)
        with make() as session:
            page = audit.events(session, flt, limit=args.limit)
        return {"events": [line.as_json(args.lang) for line in page.lines],
                "more": page.more}
    finally:
        engine.dispose()


def _patient(session, iin: str | None) -> int | None:
    from services.desk import patient_id_for_iin

    if iin is None:
        return None
    found = patient_id_for_iin(session, iin.strip())
    if found is None:
        raise BadInput(E_PATIENT.format(iin=iin.strip()), field="patient")
    return found


def _csv(make, flt, args: argparse.Namespace) -> dict:
    from services import audit

    target = Path(args.csv)
    with make() as session:
        data, count = audit.export_csv(session, flt, args.lang)
        try:
            target.write_bytes(data)
        except OSError as exc:
            raise BadInput(E_WRITE.format(path=args.csv, detail=type(exc).__name__), field="csv") from None
        session.commit()  # the export's line in the trail, once the file is written
    return {"csv": str(target), "events": count}
