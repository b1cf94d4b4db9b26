"""`setup --clinic NAME --bin BIN --prefix P [...]`: the first-run setup without a window, for
scripted installs. The data lives where `--db` says (a SQLite file or the clinic's PostgreSQL
URL; default: the file in the user's data directory); `--lang` is also the desk's language;
`--hub URL` names the hub a desk on its own file syncs with (tried first: it must answer).
Prints `{"clinic", "bin", "site_prefix", "database", "language", "paper", "admin", "hub",
"config"}` (the hub without its password)."""

from __future__ import annotations

import argparse
import os
from dataclasses import replace

ADMIN_PASSWORD_ENV = "TIRKEU_ADMIN_PASSWORD"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--clinic", required=True, metavar="NAME", help="the clinic's name (Kazakh)")
    p.add_argument("--clinic-ru", default=None, metavar="NAME",
                   help="the clinic's name in Russian (default: the same as --clinic)")
    p.add_argument("--bin", required=True, help="the clinic's BIN (12 digits, control digit checked)")
    p.add_argument("--prefix", default=None, metavar="P",
                   help="this desk's site prefix (default: suggested from the clinic's name)")
    p.add_argument("--address", default="", help="the clinic's address")
    p.add_argument("--phone", default="", help="the clinic's phone")
    p.add_argument("--paper", default="A4", choices=("A4", "A5"), help="paper of the slips")
    p.add_argument("--admin", default=None, metavar="LOGIN",
                   help=f"the first administrator's login (password from ${ADMIN_PASSWORD_ENV})")
    p.add_argument("--admin-name", default=None, metavar="NAME", help="the administrator's full name")
    p.add_argument("--hub", default=None, metavar="URL",
                   help="the hub's PostgreSQL URL this desk syncs with ('' for none; default: "
                        "the one an earlier setup of this computer named)")


def run(args: argparse.Namespace) -> dict[str, object]:
    from db.engine import open_database, probe_server, resolve_url, session_factory, sqlite_path
    from db.settings import suggest_prefix
    from services.setup import (
        AdminAccount,
        SetupAnswers,
        apply_setup,
        check_answers,
        desk_id,
        save_desk_config,
        shown_hub,
        taken_prefixes,
    )

    admin = None
    if args.admin:
        admin = AdminAccount(args.admin, args.admin_name or args.admin,
                             os.environ.get(ADMIN_PASSWORD_ENV, ""))
    url = resolve_url(args.db) if args.db else resolve_url(None)
    server = "" if sqlite_path(url) is not None else url
    answers = SetupAnswers(
        clinic_kk=args.clinic, clinic_ru=args.clinic_ru or args.clinic, bin=args.bin,
        site_prefix=args.prefix or "A", address=args.address, phone=args.phone,
        language=args.lang, server_url=server, paper=args.paper, admin=admin, hub_url=args.hub)
    answers = check_answers(answers)  # refused before the database is even created
    desk = desk_id()
    if answers.hub_url:
        probe_server(answers.hub_url, desk)  # the hub answers (its tables may come later)
    engine = open_database(url)
    try:
        with session_factory(engine)() as session:
            if not args.prefix:
                suggested = suggest_prefix(answers.clinic_kk, set(taken_prefixes(session, desk)))
                answers = replace(answers, site_prefix=suggested)
                session.rollback()  # the reading ends: apply_setup takes the write lock first
            settings = apply_setup(session, answers, desk)
            session.commit()
    finally:
        engine.dispose()
    # Where the data lives is written as given (a file keeps its absolute path).
    database = url if args.db else ""
    config = save_desk_config(answers, desk, database)
    from db.desk_config import config_path
    from db.engine import shown_url

    shown = (shown_url(engine.url) if sqlite_path(url) is None
             else engine.url.render_as_string(hide_password=True))
    return {"clinic": settings.org_name_kk, "bin": settings.org_bin,
            "site_prefix": config.site_prefix, "database": shown, "language": config.language,
            "paper": settings.paper, "admin": admin.login if admin else None,
            "hub": shown_hub(config.hub) or None, "config": str(config_path())}
