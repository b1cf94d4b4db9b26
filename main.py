"""Tirkeu — the registration desk. Argument parsing and dispatch only.

    python main.py [COMMAND ARGS] [--db URL] [--lang kk|ru]

With no command the desk opens. Headless commands print JSON on stdout, one readable line on
stderr for errors, and exit 0 (done), 2 (bad input or a fault of the machine, nothing written)
or 1 (internal error, or done only in part: then stdout says what was done and stderr what not).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys

from cli.parsing import NOT_TEXT, Parser, first_non_text, install_translations, language_of

# command -> module in services/ with add_arguments(parser) and run(args) -> JSON-able | None
COMMANDS = {
    "demo": ("cli.demo", "create or fill a database with synthetic patients"),
    "iin": ("cli.iin", "check and decode an IIN"),
    "evaluate": ("cli.evaluate", "decide services for cases read from FILE or -"),
    "search": ("cli.search", "find patients by IIN, IIN prefix or name"),
    "referral": ("cli.referral", "issue a referral slip as PDF"),
    "import": ("cli.import_snapshot", "load a registry snapshot (CSV or JSON Lines)"),
    "bench": ("cli.bench", "measure performance on N synthetic patients"),
    "backup": ("cli.backup", "make a checked copy of the SQLite database"),
    "restore": ("cli.restore", "put a backup back into the SQLite database"),
    "encrypt": ("cli.encrypt", "encrypt the SQLite database (key: $TIRKEU_DB_KEY or asked)"),
    "decrypt": ("cli.encrypt", "turn the encrypted SQLite database back into a plain one"),
    "rules": ("cli.rules", "rule packs: install, list, show, activate, diff (docs/rulebook.md)"),
    "setup": ("cli.setup", "the first-run setup without a window (clinic, BIN, site prefix, data)"),
    "audit": ("cli.audit", "the audit trail: verify the chain, list events, save them as CSV"),
    "export-patient": ("cli.export_patient", "a patient's data on the patient's request, as JSON or PDF"),
    "sync": ("cli.sync", "one sync round with the hub: push this desk's changes, pull the others'"),
    "self-test": ("cli.self_test", "check the installed program; JSON, exit 0 only when all hold"),
}


def _common(parent: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parent.add_argument("--db", default=default, metavar="URL",
                        help="database URL or SQLite file (default: $TIRKEU_DB or the user data file)")
    # Left unset when not given: commands then speak Kazakh, the desk its last chosen language.
    parent.add_argument("--lang", choices=("kk", "ru"), default=default,
                        help="language (default kk; the desk remembers the last one chosen)")


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, object]]:
    parser = Parser(prog="tirkeu", description="Tirkeu registration desk")
    _common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    modules = {}
    for name, (module_name, help_text) in COMMANDS.items():
        module = importlib.import_module(module_name)
        p = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(p)
        _common(p, suppress=True)
        modules[name] = module
    return parser, modules


def _opens_the_desk(argv: list[str]) -> bool:
    """No command word and no help: only the common options are parsed, so that the desk
    starts without importing every command (and the database layer) first."""
    return not any(a in COMMANDS or a in ("-h", "--help") for a in argv)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            # never a traceback for a character the terminal cannot take
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    argv = sys.argv[1:] if argv is None else argv
    Parser.lang = language_of(argv)
    install_translations(Parser.lang)
    bad = first_non_text(argv)
    if bad is not None:
        print(NOT_TEXT.format(n=bad).in_lang(Parser.lang), file=sys.stderr)
        return 2
    if _opens_the_desk(argv):
        parser, modules = Parser(prog="tirkeu", description="Tirkeu registration desk"), {}
        _common(parser, suppress=False)
        parser.set_defaults(command=None)
    else:
        parser, modules = build_parser()
    args = parser.parse_args(argv)
    from services.errors import Outcome, install_log_scrubbing, one_line, run_guarded

    install_log_scrubbing()

    if args.command is None:
        from ui.app import run_desk

        return run_guarded(lambda: run_desk(args.db, args.lang), args.lang or "kk")
    args.lang = args.lang or "kk"

    def run() -> int:
        result = modules[args.command].run(args)
        outcome = result if isinstance(result, Outcome) else None
        if outcome is not None:
            result = outcome.result
        if result is not None:
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        if outcome is not None:
            print(one_line(outcome.message.in_lang(args.lang)), file=sys.stderr)
            return outcome.code
        return 0

    # a command that found the database damaged names its last backup (restore itself excepted)
    return run_guarded(run, args.lang, args.db, offer_backup=args.command not in ("restore", "iin", "evaluate"))


if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # a packaged build: let the import's parser process start
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
