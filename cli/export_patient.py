"""`export-patient --iin IIN --out FILE [--format json|pdf] [--force]`: a patient's data, on the
patient's request, as JSON or a readable PDF; the export and its audit event, both or neither."""

from __future__ import annotations

import argparse
import sys

from domain.messages import BadInput, Message

ASK_REPLACE = Message("{path} файлы бар. Оны жаңа экспортпен ауыстыру керек пе? [иә/жоқ] ",
                      "Файл {path} уже есть. Заменить его новой выгрузкой? [да/нет] ")
NOT_REPLACED = Message("Файл ауыстырылмады; ештеңе жазылмады.", "Файл не заменён; ничего не записано.")
NOT_WRITTEN = Message("Экспорт файлы жазылмады ({reason}).", "Файл выгрузки не записан ({reason}).")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--iin", required=True, help="the patient's IIN")
    p.add_argument("--out", required=True, metavar="FILE",
                   help="where to write (a name ending in .json or .pdf); an existing export is "
                        "replaced only after asking (or with --force), anything else there never")
    p.add_argument("--format", choices=("json", "pdf"), default=None,
                   help="json or pdf (default: as the file name ends)")
    p.add_argument("--force", action="store_true",
                   help="replace an earlier export of the same format without asking (never a "
                        "database, a link or another file)")


def _target(args: argparse.Namespace, database, kind):
    """The checked path, and whether replacing a file there is agreed to."""
    from cli.referral import confirmed
    from services.pdf_files import PdfExists, check_output_path, shown

    try:
        return check_output_path(args.out, database=database, replace=args.force, kind=kind), args.force
    except PdfExists as exists:
        if not (sys.stdin is not None and sys.stdin.isatty()):
            raise  # nobody to ask: the line names --force
        if not confirmed(ASK_REPLACE.format(path=shown(exists.path)).in_lang(args.lang)):
            raise BadInput(NOT_REPLACED, field="out") from None
        return check_output_path(args.out, database=database, replace=True, kind=kind), True


def run(args: argparse.Namespace):
    from db.engine import open_database, resolve_url, session_factory, sqlite_path
    from services.errors import Outcome
    from services.patient_export import KINDS, export_patient, output_format, patient_id_by_iin
    from services.pdf_files import stage_pdf

    fmt = output_format(args.out, args.format)
    url = resolve_url(args.db)
    database = sqlite_path(url)
    path, agreed = _target(args, database, KINDS[fmt])  # refused before anything is read or written
    engine = open_database(url, create=False)
    staged = None
    try:
        with session_factory(engine).begin() as session:
            done = export_patient(session, patient_id_by_iin(session, args.iin), fmt, args.lang)
            # flushed before the commit: a full disk rolls the audit event back with it
            staged = stage_pdf(path, done.content, database=database, replace=agreed, kind=KINDS[fmt])
    except BaseException:
        if staged is not None:
            staged.discard()
        raise
    finally:
        engine.dispose()
    answer = {"path": str(path), "format": fmt}
    try:
        staged.install()
    except (OSError, BadInput) as exc:
        reason = exc.message if isinstance(exc, BadInput) else Message(str(exc), str(exc))
        return Outcome({"path": None, "format": fmt}, 1,
                       Message(NOT_WRITTEN.kk.format(reason=reason.kk), NOT_WRITTEN.ru.format(reason=reason.ru)))
    return answer
