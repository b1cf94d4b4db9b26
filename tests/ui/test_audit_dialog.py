"""The administrator's audit trail driven through its real widgets, on a real database: filters
by patient (found by IIN or name) and kind, pages, the chain checked (and found altered), the
CSV export; a receptionist is refused by the service."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from db.engine import open_database, session_factory
from domain.access import DEFAULT_GRANTS, RECEPTIONIST, Actor
from scripts.driving import type_text
from services import audit, desk
from services.referrals import issue_referral
from services.register import void_referral
from tests.helpers import acting
from tests.reports.sample_clinic import AIGERIM_IIN, CHILD_IIN, fill_clinic
from tests.services.test_referrals import ON, decision
from ui import translations
from ui.tasks import TaskRunner
from ui.views import audit_dialog
from ui.views.audit_dialog import AuditDialog


@pytest.fixture
def trail(db_url, qapp):
    """Aigerim's card opened and a referral issued and voided; the child's card opened."""
    translations.install("kk")
    ids = fill_clinic(db_url)
    engine = open_database(db_url, create=False)
    make = session_factory(engine)
    with make.begin() as s:
        desk.open_card(acting(s, "aigul"), ids[AIGERIM_IIN], ON)
    with make.begin() as s:
        number = issue_referral(acting(s, "aigul"), AIGERIM_IIN, "planned_inpatient", on=ON,
                                decision=decision("planned_inpatient")).number
    with make.begin() as s:
        void_referral(acting(s, "admin"), number, "қате")
    with make.begin() as s:
        desk.open_card(acting(s, "dana"), ids[CHILD_IIN], ON)
    yield make, ids, number
    engine.dispose()


def _runner(make, actor: Actor | None = None) -> TaskRunner:
    if actor is not None:
        make.kw["info"] = {**make.kw.get("info", {}), "actor": actor}
    return TaskRunner(make)


def _open(qtbot, tasks) -> AuditDialog:
    dialog = AuditDialog(tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=20000)
    return dialog


def _settle(qtbot, dialog) -> None:
    qtbot.wait(audit_dialog.DELAY_MS + 100)
    qtbot.waitUntil(lambda: not dialog.tasks.busy() and not dialog._timer.isActive(), timeout=20000)


def _column(dialog, col: int) -> list[str]:
    return [dialog.model.index(r, col).data() for r in range(dialog.model.rowCount())]


def test_filters_by_patient_and_kind_and_pages(qtbot, trail):
    make, _ids, number = trail
    dialog = _open(qtbot, _runner(make))
    assert _column(dialog, 2) == ["Карта ашылды", "Жолдама жойылды", "Жолдама берілді", "Карта ашылды"]
    assert _column(dialog, 1) == ["dana", "admin", "aigul", "aigul"]
    # the patient by name, chosen from the desk's search
    type_text(dialog.auditPatientEdit, "Нұрғалиева")
    _settle(qtbot, dialog)
    patients = set(_column(dialog, 3))
    assert len(patients) == 1 and AIGERIM_IIN in patients.pop() and dialog.model.rowCount() == 3
    # and the kind
    dialog.auditKindCombo.setCurrentIndex(dialog.auditKindCombo.findData("void"))
    _settle(qtbot, dialog)
    assert _column(dialog, 2) == ["Жолдама жойылды"] and number in _column(dialog, 4)[0]
    # an IIN typed finds the patient exactly; a date range before anything finds nothing
    dialog.auditKindCombo.setCurrentIndex(0)
    dialog.auditPatientEdit.clear()
    qtbot.keyClicks(dialog.auditPatientEdit, CHILD_IIN)
    _settle(qtbot, dialog)
    assert _column(dialog, 1) == ["dana"] and not dialog.auditPatientCombo.isVisible()
    qtbot.keyClicks(dialog.auditToDate, "01.01.2020")
    _settle(qtbot, dialog)
    assert dialog.model.rowCount() == 0 and dialog.auditCount.text() == "Сәйкес оқиға жоқ."
    # pages of two: "show more" reads the next, older ones
    dialog.auditToDate.clear()
    dialog.auditPatientEdit.clear()
    _settle(qtbot, dialog)
    dialog.page = 2
    dialog.search()
    _settle(qtbot, dialog)
    assert dialog.model.rowCount() == 2 and dialog.auditMoreButton.isEnabled()
    qtbot.mouseClick(dialog.auditMoreButton, Qt.MouseButton.LeftButton)
    _settle(qtbot, dialog)
    assert dialog.model.rowCount() == 4 and not dialog.auditMoreButton.isEnabled()
    assert _column(dialog, 1) == ["dana", "admin", "aigul", "aigul"]


def test_verify_says_whole_then_names_the_altered_event(qtbot, trail, db_url):
    make, _ids, _number = trail
    dialog = _open(qtbot, _runner(make))
    with qtbot.waitSignal(dialog.verified, timeout=20000) as whole:
        qtbot.mouseClick(dialog.auditVerifyButton, Qt.MouseButton.LeftButton)
    assert whole.args == [True] and "тұтас" in dialog.auditVerifyResult.text()
    con = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    con.execute("DROP TRIGGER audit_events_append_only_update")
    con.execute("UPDATE audit_events SET operator = 'someone' WHERE seq = 3")
    con.commit()
    con.close()
    with qtbot.waitSignal(dialog.verified, timeout=20000) as broken:
        qtbot.mouseClick(dialog.auditVerifyButton, Qt.MouseButton.LeftButton)
    assert broken.args == [False]
    assert "№ 3 оқиға өзгертілген" in dialog.auditVerifyResult.text()
    assert "c62828" in dialog.auditVerifyResult.styleSheet()


def test_the_csv_export_writes_the_file_and_is_recorded(qtbot, trail, tmp_path, monkeypatch):
    make, _ids, number = trail
    dialog = _open(qtbot, _runner(make))
    target = tmp_path / "trail.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.auditCsvButton, Qt.MouseButton.LeftButton)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Уақыты", "Кім", "Оқиға"] and len(rows) == 5
    assert any(r[2] == "Жолдама жойылды" and number in r[5] for r in rows)
    assert "4" in dialog.auditStatus.text() and "trail.csv" in dialog.auditStatus.text()
    with make() as s:
        assert [line.action for line in audit.events(s, audit.AuditFilter(kind="export")).lines] == [
            "audit.exported"]


def test_a_receptionist_is_refused_by_the_service(qtbot, trail, tmp_path):
    make, _ids, _number = trail
    receptionist = Actor("aigul", role=RECEPTIONIST, permissions=DEFAULT_GRANTS[RECEPTIONIST],
                         signed_in=True)
    dialog = _open(qtbot, _runner(make, receptionist))
    assert dialog.model.rowCount() == 0
    assert "әрекеттер журналын оқу" in dialog.auditStatus.text()
    dialog.save_csv(str(tmp_path / "x.csv"))
    qtbot.waitUntil(lambda: not dialog.tasks.busy(), timeout=20000)
    assert not Path(tmp_path / "x.csv").exists()
    assert "әкімшіге" in dialog.auditStatus.text().lower()


def test_the_desk_opens_it_with_its_shortcut(qtbot, window):
    from PySide6.QtTest import QTest

    from scripts.driving import visible_dialog

    QTest.keyClick(window.searchEdit, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: visible_dialog(window, "auditDialog") is not None, timeout=5000)
    dialog = visible_dialog(window, "auditDialog")
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=20000)
    assert dialog.windowTitle() and dialog.auditCount.text()
    dialog.reject()

