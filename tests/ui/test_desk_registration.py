"""Registration and editing through the form: IIN as typed, validation keeps what was typed,
one transaction per save, duplicates warned, a local number without an IIN."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from db import models as m
from db.engine import open_database, session_factory
from db.repositories import load_patient
from db.settings import load_settings
from tests.ui.conftest import ASKAR_IIN, type_text, visible_dialog


def _open_form(qtbot, window):
    window.searchEdit.setFocus()
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F4)
    dialog = visible_dialog(window, "registrationDialog")
    assert dialog is not None
    return dialog


def _leave_status_open(qtbot, dialog):
    """Answer the question about the empty status tab: save with the status unknown."""
    qtbot.waitUntil(lambda: dialog.statusQuestion is not None and dialog.statusQuestion.isVisible(),
                    timeout=5000)
    button = dialog.statusQuestion.findChild(QPushButton, "saveStatusUnknownButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _load(url, patient_id):
    engine = open_database(url)
    try:
        with session_factory(engine)() as s:
            return load_patient(s, patient_id)
    finally:
        engine.dispose()


def test_iin_is_checked_as_typed_and_fills_birth_date_and_sex(qtbot, window):
    dialog = _open_form(qtbot, window)
    qtbot.keyClicks(dialog.iinEdit, "02020250007")
    assert "11" in dialog.iinHint.text()
    assert dialog.birthDateEdit.text() == ""
    qtbot.keyClicks(dialog.iinEdit, "4")
    assert dialog.iinHint.text().startswith("✓")
    assert dialog.birthDateEdit.text() == "02.02.2002"
    assert dialog.sexCombo.currentData() == "M"
    qtbot.keyClick(dialog.iinEdit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.iinEdit, "5")
    assert dialog.iinHint.text().startswith("✗")


def test_typed_birth_date_against_the_iin_is_a_warning(qtbot, window):
    dialog = _open_form(qtbot, window)
    qtbot.keyClicks(dialog.iinEdit, "020202500074")
    dialog.birthDateEdit.clear()
    qtbot.keyClicks(dialog.birthDateEdit, "03.02.2002")
    assert "⚠" in dialog.birthHint.text()


def test_a_validation_error_keeps_everything_typed(qtbot, window, desk_db):
    url, _ids = desk_db
    dialog = _open_form(qtbot, window)
    qtbot.keyClicks(dialog.iinEdit, "020202500074")
    type_text(dialog.givenNameEdit, "Ерлан")
    type_text(dialog.addressEdit, "Алматы, Абай 10")
    dialog.conditions.add_row(["J45", "", False])
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.formError.isVisible(), timeout=5000)
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.surnameEdit.hasFocus, timeout=3000)  # once the form is the active window
    assert dialog.givenNameEdit.text() == "Ерлан"
    assert dialog.addressEdit.text() == "Алматы, Абай 10"
    assert dialog.iinEdit.text() == "020202500074"
    assert dialog.conditions.values() == [["J45", "", False]]
    # a malformed ICD code is refused on its tab, the rest stays
    type_text(dialog.surnameEdit, "Сапаров")
    dialog.conditions.add_row(["J4", "", False])
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "J4" in dialog.formError.text(), timeout=5000)
    assert dialog.tabs.currentIndex() == 3
    engine = open_database(url)
    with session_factory(engine)() as s:
        assert s.scalar(select(m.PatientRecord).where(m.PatientRecord.iin == "020202500074")) is None
    engine.dispose()


def test_a_bad_date_is_refused_without_losing_the_form(qtbot, window):
    dialog = _open_form(qtbot, window)
    type_text(dialog.surnameEdit, "Сапаров")
    type_text(dialog.givenNameEdit, "Ерлан")
    qtbot.keyClicks(dialog.birthDateEdit, "31.02.2000")
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.formError.isVisible() and "31.02.2000" in dialog.formError.text()
    assert dialog.surnameEdit.text() == "Сапаров"


def test_saving_a_new_patient_with_all_evidence(qtbot, window, desk_db):
    url, _ids = desk_db
    dialog = _open_form(qtbot, window)
    qtbot.keyClicks(dialog.iinEdit, "020202500074")
    type_text(dialog.surnameEdit, "Сапаров")
    type_text(dialog.givenNameEdit, "Ерлан")
    dialog.citizenshipEdit.setText("KAZ")
    dialog.documents.add_row(["id_card", "987654321", "01.03.2018", "28.02.2028"])
    qtbot.mouseClick(dialog.statusFromDocuments, Qt.MouseButton.LeftButton)
    assert dialog.statusCombo.currentData() == "citizen"
    dialog.fundAnswer.setCurrentIndex(dialog.fundAnswer.findData(True))
    dialog.fundCheckedOn.setText("10.11.2026")
    dialog.categories.add_row(["student_fulltime", "01.09.2024", "30.06.2028"])
    dialog.payments.add_row(["self_payer", "2025-01", "2025-12"])
    dialog.conditions.add_row(["i10", "", True])
    with qtbot.waitSignal(window.card_shown, timeout=5000) as blocker:
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    rec = _load(url, blocker.args[0])
    assert (rec.surname, rec.given_name, rec.iin) == ("Сапаров", "Ерлан", "020202500074")
    assert rec.birth_date == date(2002, 2, 2) and rec.sex == "M"
    assert rec.legal_status.status == "citizen" and rec.legal_status.basis.number == "987654321"
    assert [(d.kind, d.valid_until) for d in rec.documents] == [("id_card", date(2028, 2, 28))]
    assert [(f.insured, f.source, f.checked_at.date()) for f in rec.fund_checks] == [
        (True, "fund_service", date(2026, 11, 10))]
    assert [c.code for c in rec.categories] == ["student_fulltime"]
    assert [(p.payer, p.first_month, p.last_month) for p in rec.payments] == [("self_payer", "2025-01", "2025-12")]
    assert [(c.code, c.dispensary) for c in rec.conditions] == [("I10", True)]
    assert window.patientCard.nameLabel.text() == "Сапаров Ерлан"


def test_a_patient_without_iin_gets_a_local_number(qtbot, window, desk_db):
    url, _ids = desk_db
    dialog = _open_form(qtbot, window)
    type_text(dialog.surnameEdit, "Smith")
    type_text(dialog.givenNameEdit, "John")
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.card_shown, timeout=5000) as blocker:
        _leave_status_open(qtbot, dialog)
    rec = _load(url, blocker.args[0])
    engine = open_database(url)
    with session_factory(engine)() as s:
        site = load_settings(s).site_prefix  # the one referrals are numbered with
    engine.dispose()
    # The fixture's namesake (no IIN) took number 1 of the same prefix: one counter per desk.
    assert site and rec.iin is None and rec.local_id == f"{site}-{date.today().year}-000002"


def test_an_iin_already_registered_is_refused(qtbot, window):
    dialog = _open_form(qtbot, window)
    qtbot.keyClicks(dialog.iinEdit, ASKAR_IIN)
    type_text(dialog.surnameEdit, "Басқа")
    type_text(dialog.givenNameEdit, "Адам")
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    _leave_status_open(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.formError.isVisible(), timeout=5000)
    qtbot.waitUntil(dialog.iinEdit.hasFocus, timeout=3000)
    assert dialog.isVisible()


def test_duplicates_are_warned_while_typing(qtbot, window):
    dialog = _open_form(qtbot, window)
    type_text(dialog.surnameEdit, "Нурланов")
    type_text(dialog.givenNameEdit, "Аскар")
    qtbot.keyClicks(dialog.birthDateEdit, "15.05.1985")
    qtbot.waitUntil(lambda: dialog.duplicateWarning.isVisible(), timeout=5000)
    assert "Нұрланов Асқар" in dialog.duplicateWarning.text()


def test_an_iin_of_someone_registered_is_warned_at_once(qtbot, window):
    dialog = _open_form(qtbot, window)
    qtbot.keyClicks(dialog.iinEdit, ASKAR_IIN)
    qtbot.waitUntil(lambda: dialog.duplicateWarning.isVisible(), timeout=5000)
    assert ASKAR_IIN in dialog.duplicateWarning.text() and "Нұрланов" in dialog.duplicateWarning.text()


def test_search_text_prefills_the_form(qtbot, window):
    type_text(window.searchEdit, "жаңа адам")
    dialog = _open_form(qtbot, window)
    assert (dialog.surnameEdit.text(), dialog.givenNameEdit.text()) == ("Жаңа", "Адам")


def test_editing_keeps_the_evidence_and_changes_one_field(qtbot, window, desk_db):
    url, ids = desk_db
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        window.open_patient(ids["askar"])
    qtbot.mouseClick(window.patientCard.editButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible_dialog(window, "registrationDialog") is not None, timeout=5000)
    dialog = visible_dialog(window, "registrationDialog")
    assert dialog.iinEdit.text() == ASKAR_IIN
    dialog.phoneEdit.setText("+7 701 000 00 00")
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    rec = _load(url, ids["askar"])
    assert rec.phone == "+7 701 000 00 00"
    assert rec.legal_status.status == "citizen" and len(rec.fund_checks) == 1
    assert [d.number for d in rec.documents] == ["012345678"]
