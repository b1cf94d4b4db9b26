"""Desk fixtures: translations built, a real SQLite database with a few patients, the window."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from scripts.driving import type_text, visible_dialog  # noqa: F401 - the tests type and look as the screenshots do

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "ui" / "i18n"

# IIN 850515300006: born 15.05.1985, male (valid control digit).
ASKAR_IIN = "850515300006"


def lrelease() -> Path:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    return exe if exe.exists() else Path("pyside6-lrelease")


@pytest.fixture(scope="session", autouse=True)
def built_translations():
    """What `make` does: every .ts into its .qm, when the .qm is missing or older."""
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture
def desk_db(db_url):
    """A database with a citizen, a patient whose stored birth date contradicts the IIN, and a
    namesake, written through the real repository."""
    from db.engine import open_database, session_factory
    from db.repositories import save_patient
    from domain.records import (
        FundCheck,
        IdentityDocument,
        LegalStatus,
        Patient,
    )

    engine = open_database(db_url)
    make = session_factory(engine)
    card = IdentityDocument("id_card", "012345678", date(2020, 1, 10), date(2030, 1, 9))
    with make.begin() as s:
        ids = {
            "askar": save_patient(s, Patient(
                surname="Нұрланов", given_name="Асқар", patronymic="Серікұлы", iin=ASKAR_IIN,
                birth_date=date(1985, 5, 15), sex="M", citizenship="KAZ",
                legal_status=LegalStatus("citizen", basis=card), documents=[card],
                fund_checks=[FundCheck(True, datetime(2026, 1, 5, 10, 0), "fund_service")])),
            "mismatch": save_patient(s, Patient(
                surname="Ахметова", given_name="Дана", iin="900101400003",
                birth_date=date(1990, 2, 1), sex="M")),
            "namesake": save_patient(s, Patient(
                surname="Нурланова", given_name="Айгерим", birth_date=date(2001, 3, 3), sex="F")),
        }
    engine.dispose()
    return db_url, ids


def wait_ready(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.status is not None and not window.tasks.busy(), timeout=10_000)


@pytest.fixture
def window(qtbot, desk_db):
    from ui.app import build_main_window

    url, _ids = desk_db
    w = build_main_window(url, "kk")
    qtbot.addWidget(w)
    w.show()
    wait_ready(qtbot, w)
    yield w
    w.tasks.wait()
    # An unexpected error anywhere in a test shows the crash dialog: that is a failure.
    from PySide6.QtWidgets import QMessageBox

    crashes = [b.text() for b in w.findChildren(QMessageBox, "crashDialog")]
    assert crashes == []
