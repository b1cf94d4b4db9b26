"""`referral --iin IIN --service CODE [...] --out FILE`: record a referral and write its PDF."""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--iin", required=True, help="the patient's IIN")
    p.add_argument("--service", required=True, metavar="CODE", help="service code, e.g. specialist_consult, diagnostics, planned_inpatient")
    p.add_argument("--diagnosis", default=None, metavar="ICD", help="ICD-10 code, e.g. K80.1")
    p.add_argument("--diagnosis-text", default=None, metavar="TEXT", help="diagnosis in words")
    p.add_argument("--to", default=None, metavar="ORG", help="code of the target organisation")
    p.add_argument("--specialist", default=None, metavar="TEXT", help="specialist referred to")
    p.add_argument("--doctor", default=None, metavar="NAME", help="referring doctor (default: settings)")
    p.add_argument("--emergency", action="store_true", help="emergency care referral")
    p.add_argument("--out", required=True, metavar="FILE", help="where to write the PDF")


def run(args: argparse.Namespace) -> dict[str, object]:
    # Imported here: every command parses its arguments at start-up, and the PDF and database
    # code would slow down the commands that need neither.
    from dataclasses import replace

    from db.engine import open_database, resolve_url, session_factory
    from services.referrals import check_output_path, issue_referral, write_pdf

    path = check_output_path(args.out)  # refused before anything is recorded
    engine = open_database(resolve_url(args.db), create=False)
    try:
        with session_factory(engine).begin() as session:
            issued = issue_referral(
                session, args.iin, args.service, diagnosis=args.diagnosis,
                diagnosis_text=args.diagnosis_text, to=args.to, emergency=args.emergency,
                doctor=args.doctor, specialist=args.specialist, operator="cli",
            )
    finally:
        engine.dispose()
    write_pdf(path, issued.pdf)  # after the commit: the register's lock is not held for the disk
    return replace(issued, path=path).as_json()
