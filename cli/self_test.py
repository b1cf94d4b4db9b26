"""`self-test`: checks, inside the running program (the source tree or the installed package),
that everything a desk needs is there and works: the rule pack, the translations, the fonts, a
temporary database that migrates and keeps a write, a slip, account passwords and an encrypted
file, and Qt's platform (offscreen).

Prints one JSON object `{"ok", "seconds", "frozen", "checks": {name: {"ok", "ms", ...}}}`;
exit 0 only when every check holds, else 1 with the failed checks named on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from domain.messages import Message

FAILED = Message("Өзін-өзі тексеру өтпеді: {names}", "Самопроверка не пройдена: {names}")
# A patient of the temporary database (IIN with a valid control digit).
IIN = "850515400012"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--keep", default=None, metavar="DIR",
                   help="build the temporary database in DIR and keep it (for a look afterwards)")


def _rule_pack() -> dict:
    from domain.rulepack import load_rule_pack

    pack = load_rule_pack()
    return {"ok": bool(pack.version), "version": pack.version}


def _translations() -> dict:
    from ui.translations import I18N_DIR

    found = {lang: sorted(p.stem for p in I18N_DIR.glob(f"*_{lang}.qm") if p.stat().st_size > 0)
             for lang in ("kk", "ru")}
    wanted = {f"{catalogue}_{lang}" for catalogue in ("desk", "slips") for lang in ("kk", "ru")}
    missing = sorted(wanted - {stem for stems in found.values() for stem in stems})
    return {"ok": not missing, "files": found, "missing": missing}


def _fonts() -> dict:
    from reports.fonts import FILES, font_path, register_fonts

    sizes = {name: Path(font_path(name)).stat().st_size for name in FILES}
    register_fonts()
    return {"ok": all(size > 100_000 for size in sizes.values()), "bytes": sizes}


def _database_and_slip(folder: Path) -> tuple[dict, dict]:
    from db.engine import SCHEMA_HEAD, current_revision, open_database, session_factory
    from db.repositories import save_patient
    from domain.records import LegalStatus, Patient
    from services import desk
    from services.referrals import issue_referral

    url = f"sqlite:///{folder / 'self-test.sqlite'}"
    engine = open_database(url)
    try:
        revision = current_revision(engine)
        make = session_factory(engine)
        with make.begin() as s:
            patient_id = save_patient(s, Patient(
                "Өзтексеру", "Әйгерім", iin=IIN, birth_date=date(1985, 5, 15), sex="F",
                legal_status=LegalStatus("citizen")))
        with make() as s:
            found = [hit.id for hit in desk.search(s, IIN)]
        database = {"ok": revision == SCHEMA_HEAD and found == [patient_id],
                    "revision": revision, "read_back": found == [patient_id]}
        started = time.perf_counter()
        with make.begin() as s:
            issued = issue_referral(s, IIN, "specialist_consult", diagnosis="I10")
        slip = {"ok": issued.pdf.startswith(b"%PDF") and len(issued.pdf) > 1000,
                "number": issued.number, "bytes": len(issued.pdf),
                "ms": round((time.perf_counter() - started) * 1000, 1)}
    finally:
        engine.dispose()
    return database, slip


def _security(folder: Path) -> dict:
    """Account passwords (Argon2), the encrypted database (SQLCipher) and the sealed emergency
    journal (AES-GCM) work in this build: a password hashed and checked, a keyed file written,
    read back with its key and unreadable without it, a journal line sealed and opened."""
    import sqlite3

    from db.encryption import connect
    from db.passwords import hash_password, verify_password

    stored = hash_password("self-test password")
    argon2 = verify_password(stored, "self-test password") and not verify_password(stored, "other")
    path, key = folder / "self-test-encrypted.sqlite", "self-test key"
    con = connect(path, key)
    try:
        con.execute("CREATE TABLE t (v TEXT)")
        con.execute("INSERT INTO t VALUES ('kept')")
        con.commit()
    finally:
        con.close()
    con = connect(path, key)
    try:
        read_back = con.execute("SELECT v FROM t").fetchall() == [("kept",)]
    finally:
        con.close()
    plain = sqlite3.connect(path)
    try:
        plain.execute("SELECT count(*) FROM sqlite_master").fetchall()
        sealed = False
    except sqlite3.DatabaseError:
        sealed = True
    finally:
        plain.close()
    from services.journal import EmergencyJournal

    journal = EmergencyJournal(folder / "self-test-journal.jsonl", lambda: key)
    journal.append({"kind": "unknown", "known": "self-test", "at": "2026-01-01T00:00:00"})
    journal_sealed = (b"self-test" not in journal.path.read_bytes()
                      and [e["known"] for e in journal.pending()] == ["self-test"])
    return {"ok": argon2 and read_back and sealed and journal_sealed, "argon2": argon2,
            "sqlcipher": read_back and sealed, "journal": journal_sealed}


def _qt() -> dict:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the check is that this platform starts
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from ui import translations

    app = QCoreApplication.instance() or QApplication([sys.argv[0]])
    loaded = translations.install("kk")
    label = QLabel(QCoreApplication.translate("MainWindow", "Search"))
    label.show()
    seen = {}

    def look() -> None:  # inside the event loop: the window is shown and paints
        seen["shown"] = label.isVisible() and not label.grab().isNull()
        app.quit()

    QTimer.singleShot(0, look)
    app.exec()
    label.close()
    return {"ok": seen.get("shown", False) and "desk_kk" in loaded and "slips_kk" in loaded,
            "platform": QApplication.platformName(), "translators": loaded}


def _timed(fn: Callable[[], dict]) -> dict:
    started = time.perf_counter()
    try:
        result = fn()
    except Exception as exc:  # noqa: BLE001 - a failed check is reported, not raised
        result = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:300]}
    result.setdefault("ms", round((time.perf_counter() - started) * 1000, 1))
    return result


def run(args: argparse.Namespace):
    from services.errors import Outcome

    started = time.perf_counter()
    checks = {name: _timed(fn) for name, fn in
              (("rule_pack", _rule_pack), ("translations", _translations), ("fonts", _fonts))}

    def database() -> dict:
        if args.keep:
            folder = Path(args.keep)
            folder.mkdir(parents=True, exist_ok=True)
            db, slip = _database_and_slip(folder)
        else:
            with tempfile.TemporaryDirectory(prefix="tirkeu-self-test-") as tmp:
                db, slip = _database_and_slip(Path(tmp))
        checks["slip"] = slip
        return db

    checks["database"] = _timed(database)

    def security() -> dict:
        with tempfile.TemporaryDirectory(prefix="tirkeu-self-test-") as tmp:
            return _security(Path(tmp))

    checks["security"] = _timed(security)
    checks.setdefault("slip", {"ok": False, "error": "no database"})
    checks["qt"] = _timed(_qt)
    failed = [name for name, check in checks.items() if not check["ok"]]
    result = {"ok": not failed, "seconds": round(time.perf_counter() - started, 2),
              "frozen": bool(getattr(sys, "frozen", False)), "checks": checks}
    if failed:
        return Outcome(result, 1, FAILED.format(names=", ".join(failed)))
    return result
