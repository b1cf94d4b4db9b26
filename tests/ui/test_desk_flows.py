"""Everyday paths that must never mislead: a possible duplicate is not saved by one Enter, a
search that moved on does not leave a stranger's card under F9, a mistyped IIN is called
mistyped, two records of one person can be merged, and errors are plain words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from db import models as m
from db.engine import open_database, session_factory
from db.repositories import save_patient
from domain.iin import parse_iin
from domain.records import Patient
from scripts.driving import type_text
from tests.ui.conftest import ASKAR_IIN, visible_dialog
from ui.translations import text

WRONG_DIGIT_IIN = ASKAR_IIN[:-1] + "7"  # one digit off: the control digit does not match


def _count(url, model, *where) -> int:
    engine = open_database(url)
    try:
        with session_factory(engine)() as s:
            return s.scalar(select(func.count()).select_from(model).where(*where))
    finally:
        engine.dispose()


def _search(qtbot, window, query: str) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.searchEdit.clear()
        type_text(window.searchEdit, query)
    qtbot.waitUntil(lambda: window.results_model.query == query, timeout=5000)


def _open_askar(qtbot, window, ids) -> None:
    _search(qtbot, window, "Нұрланов")
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        qtbot.keyClick(window.searchEdit, Qt.Key.Key_Return)
    assert window.current_patient_id == ids["askar"]


def _back_to(qtbot, window) -> None:
    """The desk is the active window again once a dialog has closed (shortcuts go to it)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def _press_enter(widget) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))


# ---------------------------------------------------------------- 3. a card the search left

def test_a_search_that_does_not_find_the_open_patient_puts_the_card_away(qtbot, window, desk_db):
    url, ids = desk_db
    _open_askar(qtbot, window, ids)
    _search(qtbot, window, "Нұрлано")  # still finds him: the card stays
    assert window.current_patient_id == ids["askar"] and window.patientCard.card is not None
    _search(qtbot, window, "Ахметова")  # someone else now
    assert window.current_patient_id is None and window.patientCard.card is None
    assert "Нұрланов Асқар" in window.statusBar().currentMessage()
    # F9 now is for someone not identified: straight to that form, nothing asked about Askar
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F9)
    assert visible_dialog(window, "emergencyConfirm") is None
    form = visible_dialog(window, "emergencyDialog")
    assert form is not None
    form.reject()
    assert _count(url, m.VisitRecord) == 0


def test_f9_with_a_card_open_names_the_patient_and_enter_records(qtbot, window, desk_db):
    url, ids = desk_db
    _open_askar(qtbot, window, ids)
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F9)
    asking = visible_dialog(window, "emergencyConfirm")
    assert asking is not None and "Нұрланов Асқар" in asking.question.text()
    assert ASKAR_IIN in asking.who.text()
    assert _count(url, m.VisitRecord) == 0  # nothing before the answer
    with qtbot.waitSignal(window.emergency_recorded, timeout=5000) as recorded:
        _press_enter(asking.focusWidget())
    assert recorded.args[0].patient_id == ids["askar"]
    assert _count(url, m.VisitRecord, m.VisitRecord.patient_id == ids["askar"]) == 1


def test_f9_twice_records_and_someone_else_goes_to_the_unknown_form(qtbot, window, desk_db):
    url, ids = desk_db
    _open_askar(qtbot, window, ids)
    with qtbot.waitSignal(window.emergency_recorded, timeout=5000):
        qtbot.keyClick(window.searchEdit, Qt.Key.Key_F9)
        qtbot.keyClick(visible_dialog(window, "emergencyConfirm"), Qt.Key.Key_F9)
    visible_dialog(window, "emergencyResult").close()
    _back_to(qtbot, window)
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F9)
    asking = visible_dialog(window, "emergencyConfirm")
    qtbot.mouseClick(asking.otherButton, Qt.MouseButton.LeftButton)
    assert visible_dialog(window, "emergencyDialog") is not None
    visible_dialog(window, "emergencyDialog").reject()
    _back_to(qtbot, window)
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F9)
    qtbot.keyClick(visible_dialog(window, "emergencyConfirm"), Qt.Key.Key_Escape)  # changed their mind
    assert _count(url, m.VisitRecord) == 1


# ---------------------------------------------------------------- 5. a mistyped IIN

def test_a_mistyped_iin_in_the_search_says_so(qtbot, window):
    info = parse_iin(WRONG_DIGIT_IIN)
    assert not info.valid
    _search(qtbot, window, WRONG_DIGIT_IIN)
    title = window.resultsTitle.text()
    assert text(info.error) in title
    assert "F4" not in title  # not an invitation to register the person again
    _search(qtbot, window, ASKAR_IIN)  # the right one finds him
    assert window.results_model.rowCount() == 1


# ---------------------------------------------------------------- 2. possible duplicates

def _form_for_askar_again(qtbot, window):
    window.searchEdit.setFocus()
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F4)
    dialog = visible_dialog(window, "registrationDialog")
    type_text(dialog.surnameEdit, "Нурланов")
    type_text(dialog.givenNameEdit, "Аскар")
    qtbot.keyClicks(dialog.birthDateEdit, "15.05.1985")
    dialog.sexCombo.setCurrentIndex(dialog.sexCombo.findData("M"))
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData("citizen"))
    return dialog


def test_enter_over_a_possible_duplicate_saves_nothing_and_opens_the_registered(qtbot, window, desk_db):
    url, ids = desk_db
    before = _count(url, m.PatientRecord)
    dialog = _form_for_askar_again(qtbot, window)
    _press_enter(dialog.givenNameEdit)  # at once, before the warning had time to appear
    qtbot.waitUntil(lambda: visible_dialog(dialog, "duplicateConfirm") is not None, timeout=5000)
    asking = visible_dialog(dialog, "duplicateConfirm")
    assert "Нұрланов Асқар" in asking.text()
    assert _count(url, m.PatientRecord) == before
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        _press_enter(asking)  # Enter: the registered patient, not a second record
    assert window.current_patient_id == ids["askar"] and not dialog.isVisible()
    assert _count(url, m.PatientRecord) == before


def test_a_second_record_needs_the_explicit_choice(qtbot, window, desk_db):
    url, _ids = desk_db
    before = _count(url, m.PatientRecord)
    dialog = _form_for_askar_again(qtbot, window)
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible_dialog(dialog, "duplicateConfirm") is not None, timeout=5000)
    asking = visible_dialog(dialog, "duplicateConfirm")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(asking.findChild(type(dialog.saveButton), "saveAnywayButton"), Qt.MouseButton.LeftButton)
    assert _count(url, m.PatientRecord) == before + 1


def test_the_iin_refusal_offers_the_registered_patient(qtbot, window, desk_db):
    _url, ids = desk_db
    window.searchEdit.setFocus()
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F4)
    dialog = visible_dialog(window, "registrationDialog")
    qtbot.keyClicks(dialog.iinEdit, ASKAR_IIN)
    qtbot.waitUntil(lambda: dialog.openExistingButton.isVisible(), timeout=5000)
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        qtbot.mouseClick(dialog.openExistingButton, Qt.MouseButton.LeftButton)
    assert window.current_patient_id == ids["askar"] and not dialog.isVisible()


def test_two_records_of_one_person_are_merged_after_a_confirmation(qtbot, window, desk_db):
    url, ids = desk_db
    engine = open_database(url)
    with session_factory(engine).begin() as s:
        again = save_patient(s, Patient("Нурланов", "Аскар", birth_date=date(1985, 5, 15), sex="M",
                                        phone="+7 705 111 22 33"))
    engine.dispose()
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        window.open_patient(again)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = visible_dialog(window, "mergeDialog")
    assert dialog is not None
    type_text(dialog.mergeSearchEdit, ASKAR_IIN)
    qtbot.waitUntil(lambda: dialog.mergeButton.isEnabled(), timeout=5000)
    assert dialog.mergeCompare.item(1, 1).text() == ASKAR_IIN
    dialog.mergeKeepCombo.setCurrentIndex(1)  # the registered record with the IIN remains
    qtbot.mouseClick(dialog.mergeButton, Qt.MouseButton.LeftButton)
    asking = visible_dialog(dialog, "mergeConfirm")
    assert asking is not None and "Нурланов Аскар" in asking.text() and "Нұрланов Асқар" in asking.text()
    assert asking.defaultButton().objectName() != "mergeConfirmButton"  # a stray Enter merges nothing
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        qtbot.mouseClick(asking.findChild(type(dialog.mergeButton), "mergeConfirmButton"),
                         Qt.MouseButton.LeftButton)
    assert window.current_patient_id == ids["askar"]
    assert window.patientCard.card.record.phone == "+7 705 111 22 33"
    assert _count(url, m.PatientRecord, m.PatientRecord.merged_into_id == ids["askar"]) == 1
    assert _count(url, m.AuditEventRecord, m.AuditEventRecord.action == "patient.merged") == 2


# ---------------------------------------------------------------- 7. errors in plain words

def test_an_unexpected_error_is_plain_words_and_a_mark(qtbot, window):
    from services.errors import log_dir

    window.tasks.submit(lambda _s: {}["/var/secret.sqlite SELECT"])
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "crashDialog")),
                    timeout=5000)
    [box] = [b for b in window.findChildren(QMessageBox, "crashDialog") if b.isVisible()]
    shown = " ".join((box.text(), box.informativeText(), box.detailedText(), box.windowTitle()))
    for technical in ("KeyError", "Traceback", "SELECT", "/", "http", ".log", "sqlite"):
        assert technical not in shown
    log = (log_dir() / "crash.log").read_text("utf-8")
    assert "KeyError" in log
    assert any(line.split("[")[-1].rstrip("]") in box.informativeText()
               for line in log.splitlines() if line.startswith("--- "))
    box.setObjectName("expectedCrashDialog")


# ---------------------------------------------------------------- 4. a visit entered by mistake

def test_a_visit_entered_by_mistake_is_voided_from_the_card_history(qtbot, window, desk_db):
    url, ids = desk_db
    _open_askar(qtbot, window, ids)
    with qtbot.waitSignal(window.emergency_recorded, timeout=5000):
        qtbot.keyClick(window.searchEdit, Qt.Key.Key_F9)
        _press_enter(visible_dialog(window, "emergencyConfirm").focusWidget())
    visible_dialog(window, "emergencyResult").close()
    card = window.patientCard
    qtbot.waitUntil(lambda: card.history_model.rowCount() == 1, timeout=5000)
    card.cardTabs.setCurrentIndex(1)
    card.visitHistoryView.setFocus()
    card.visitHistoryView.selectRow(0)
    assert card.voidHistoryButton.isEnabled()
    qtbot.keyClick(card.visitHistoryView, Qt.Key.Key_Delete)
    dialog = visible_dialog(window, "voidDialog")
    assert dialog is not None and "Нұрланов" in dialog.questionLabel.text()
    assert not dialog.voidConfirmButton.isEnabled()  # no reason, no void
    type_text(dialog.voidReasonEdit, "қате науқас / не тот пациент")
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        qtbot.mouseClick(dialog.voidConfirmButton, Qt.MouseButton.LeftButton)
    assert _count(url, m.VisitRecord, m.VisitRecord.voided_at.is_not(None),
                  m.VisitRecord.void_reason == "қате науқас / не тот пациент") == 1
    assert _count(url, m.VisitRecord) == 1  # kept, never deleted
    qtbot.waitUntil(lambda: card.history_model.rowCount() == 1 and card.history_model.row_at(0).voided,
                    timeout=5000)
    card.visitHistoryView.selectRow(0)
    assert not card.voidHistoryButton.isEnabled()  # voided once is enough


def test_the_list_says_when_no_status_is_recorded(qtbot, window, desk_db):
    from ui.models.results_model import COL_STATUS

    _url, ids = desk_db
    _search(qtbot, window, "Айгерим")  # the namesake was saved without a legal status
    model = window.results_model
    [row] = [r for r in range(model.rowCount()) if model.hit(r).id == ids["namesake"]]
    assert model.index(row, COL_STATUS).data() == "белгісіз"


def test_a_long_local_number_does_not_squeeze_the_names(qtbot, window, desk_db):
    from ui.models.results_model import COL_IIN, COL_NAME

    url, _ids = desk_db
    engine = open_database(url)
    with session_factory(engine).begin() as s:
        for n in range(3):
            save_patient(s, Patient("Нұрланова", f"Әйгерім{n}", birth_date=date(2001, 3, 3), sex="F"),
                         site="ALMATY-CITY-PHC-0042")
    engine.dispose()
    window.resize(1366, 768)
    _search(qtbot, window, "Нұрланова")
    header = window.resultsView.horizontalHeader()
    assert header.sectionSize(COL_NAME) >= 2 * header.sectionSize(COL_IIN) * 0.6
    model = window.results_model
    row = next(r for r in range(model.rowCount()) if not model.hit(r).iin)
    tip = model.index(row, COL_IIN).data(Qt.ItemDataRole.ToolTipRole)
    assert model.hit(row).local_id in tip


def test_the_status_bar_says_the_database_is_being_opened(qtbot, desk_db):
    """The window shows before the database is open (an upgrade may take a minute): it says so."""
    from db.engine import session_factory
    from ui.main_window import MainWindow

    url, _ids = desk_db
    window = MainWindow(None, "", None, "kk")
    qtbot.addWidget(window)
    assert window.dbStatus.text() == "Дерекқор ашылуда…"
    assert "көшірме" in window.dbStatus.toolTip()
    engine = open_database(url)
    window.attach_database(engine, url.removeprefix("sqlite:///"), session_factory(engine))
    assert window.dbStatus.text() == "Дерекқор: tirkeu.sqlite"
    window.tasks.wait()
    engine.dispose()
