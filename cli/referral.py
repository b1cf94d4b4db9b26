"""`referral --iin IIN --service CODE [...] --out FILE [--force]`: record a referral and write
its PDF, both or neither."""

from __future__ import annotations

import argparse
import sys

from domain.messages import BadInput, Message

ASK_REPLACE = Message("{path} файлы бар. Оны жаңа жолдамамен ауыстыру керек пе? [иә/жоқ] ",
                      "Файл {path} уже есть. Заменить его новым направлением? [да/нет] ")
NOT_REPLACED = Message("Файл ауыстырылмады; жолдама тіркелмеді.",
                       "Файл не заменён; направление не записано.")
NOT_WRITTEN = Message(
    "{number} жолдамасы тіркелді, бірақ оның PDF файлы жазылмады ({reason}); "
    "оны тіркеу орнынан қайта басып шығаруға болады.",
    "Направление {number} записано, но его PDF-файл не записан ({reason}); "
    "его можно перепечатать с рабочего места регистратуры.",
)
YES = frozenset({"и", "иә", "иа", "ия", "да", "д", "y", "yes"})


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--iin", required=True, help="the patient's IIN")
    p.add_argument("--service", required=True, metavar="CODE", help="service code, e.g. specialist_consult, diagnostics, planned_inpatient")
    p.add_argument("--diagnosis", default=None, metavar="ICD", help="ICD-10 code, e.g. K80.1")
    p.add_argument("--diagnosis-text", default=None, metavar="TEXT", help="diagnosis in words")
    p.add_argument("--to", default=None, metavar="ORG", help="code of the target organisation")
    p.add_argument("--specialist", default=None, metavar="TEXT", help="specialist referred to")
    p.add_argument("--doctor", default=None, metavar="NAME", help="referring doctor (default: settings)")
    p.add_argument("--emergency", action="store_true", help="emergency care referral")
    p.add_argument("--out", required=True, metavar="FILE",
                   help="where to write the PDF; an existing PDF is replaced only after asking "
                        "(or with --force), anything else there never")
    p.add_argument("--force", action="store_true",
                   help="replace an existing PDF without asking (never a database, a link or "
                        "a file that is not a PDF)")


def confirmed(question: str) -> bool:
    """Ask on the terminal (stderr: stdout is the JSON answer); no answer means no."""
    sys.stderr.write(question)
    sys.stderr.flush()
    answer = sys.stdin.readline()
    return answer.strip().casefold() in YES


def _target(args: argparse.Namespace, database):
    """The checked path, and whether replacing a PDF there is agreed to."""
    from services.pdf_files import PdfExists, check_output_path, shown

    try:
        return check_output_path(args.out, database=database, replace=args.force), args.force
    except PdfExists as exists:
        if not (sys.stdin is not None and sys.stdin.isatty()):
            raise  # nobody to ask: the line names --force
        if not confirmed(ASK_REPLACE.format(path=shown(exists.path)).in_lang(args.lang)):
            raise BadInput(NOT_REPLACED, field="out") from None
        return check_output_path(args.out, database=database, replace=True), True


def run(args: argparse.Namespace):
    # Imported here: every command parses its arguments at start-up, and the PDF and database
    # code would slow down the commands that need neither.
    from dataclasses import replace

    from db.engine import open_database, resolve_url, session_factory, sqlite_path
    from services.errors import Outcome
    from services.pdf_files import stage_pdf
    from services.referrals import issue_referral

    url = resolve_url(args.db)
    database = sqlite_path(url)
    path, agreed = _target(args, database)  # refused before anything is recorded
    engine = open_database(url, create=False)
    staged = None
    try:
        with session_factory(engine).begin() as session:
            issued = issue_referral(
                session, args.iin, args.service, diagnosis=args.diagnosis,
                diagnosis_text=args.diagnosis_text, to=args.to, emergency=args.emergency,
                doctor=args.doctor, specialist=args.specialist,
            )
            # Written and flushed before the commit: a full disk or a vanished folder rolls
            # the referral back, number and all.
            staged = stage_pdf(path, issued.pdf, database=database, replace=agreed)
    except BaseException:
        if staged is not None:  # the commit itself failed
            staged.discard()
        raise
    finally:
        engine.dispose()
    try:
        staged.install()
    except (OSError, BadInput) as exc:
        # Recorded, but the name could not be given to the PDF (very rare: the folder changed
        # in the instant after the commit). Said as it is; the desk reprints the slip.
        reason = exc.message if isinstance(exc, BadInput) else Message(str(exc), str(exc))
        message = Message(NOT_WRITTEN.kk.format(number=issued.number, reason=reason.kk),
                          NOT_WRITTEN.ru.format(number=issued.number, reason=reason.ru))
        return Outcome(issued.as_json(), 1, message)
    return replace(issued, path=path).as_json()
