"""A patient registered without a legal status, through the real widgets: the form asks first
(Enter keeps the safe answer), the card says "status unknown — ask for a document" in grey,
planned services wait for the status, emergency care goes on, and the referral form issues an
emergency referral but not a planned one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import func, select

from db import models as m
from db.engine import open_database, session_factory
from db.referrals import referrals_of_patient
from tests.ui.conftest import type_text, visible_dialog
from ui.models.coverage_model import COL_FUNDING, FUNDING_ROLE
from ui.referral_dialog import ReferralDialog

ON = date(2026, 11, 22)
PLANNED = ("phc_visit", "vaccination", "pregnancy_followup", "specialist_consult", "planned_inpatient")
UNKNOWN_ROW = {"kk": "белгісіз — мәртебені нақтылаңыз", "ru": "неизвестно — уточните статус"}
UNKNOWN_BADGE = {"kk": "Мәртебесі белгісіз — құжат сұраңыз", "ru": "Статус неизвестен — попросите документ"}
FREE_EMERGENCY = {"kk": "ТМККК (тегін), шұғыл", "ru": "ГОБМП (бесплатно), экстренно"}


def _count(url, surname: str) -> int:
    engine = open_database(url)
    try:
        with session_factory(engine)() as s:
            return s.scalar(select(func.count()).select_from(m.PatientRecord)
                            .where(m.PatientRecord.surname == surname))
    finally:
        engine.dispose()


def _question(qtbot, dialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.statusQuestion is not None and dialog.statusQuestion.isVisible(),
                    timeout=5000)
    return dialog.statusQuestion


def _rows(window) -> dict[str, int]:
    model = window.patientCard.coverage_model
    return {model.row_at(r).service: r for r in range(model.rowCount())}


def _funding(window, service: str) -> tuple[str, str]:
    model = window.patientCard.coverage_model
    index = model.index(_rows(window)[service], COL_FUNDING)
    return index.data(), index.data(FUNDING_ROLE)


def _register_without_status(qtbot, window) -> int:
    window.searchEdit.setFocus()
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F4)
    dialog = visible_dialog(window, "registrationDialog")
    type_text(dialog.surnameEdit, "Мирзоев")
    type_text(dialog.givenNameEdit, "Фаррух")
    qtbot.keyClicks(dialog.birthDateEdit, "12.03.1994")
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    box = _question(qtbot, dialog)
    with qtbot.waitSignal(window.card_shown, timeout=10_000) as shown:
        qtbot.mouseClick(box.findChild(QPushButton, "saveStatusUnknownButton"), Qt.MouseButton.LeftButton)
    return shown.args[0]


def test_saving_without_a_status_asks_first_and_enter_keeps_the_form(qtbot, window, desk_db):
    url, _ids = desk_db
    window.searchEdit.setFocus()
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F4)
    dialog = visible_dialog(window, "registrationDialog")
    type_text(dialog.surnameEdit, "Мирзоев")
    type_text(dialog.givenNameEdit, "Фаррух")
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    box = _question(qtbot, dialog)
    fill = box.findChild(QPushButton, "fillStatusButton")
    leave = box.findChild(QPushButton, "saveStatusUnknownButton")
    assert box.defaultButton() is fill and box.escapeButton() is fill
    assert "&" in fill.text() and "&" in leave.text()  # both reachable by a key
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: the safe answer, nothing saved
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    assert dialog.focusWidget() is dialog.statusCombo
    assert _count(url, "Мирзоев") == 0
    # A status chosen: saved without a question.
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData("temporary_foreigner"))
    with qtbot.waitSignal(window.card_shown, timeout=10_000):
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.statusQuestion is None and _count(url, "Мирзоев") == 1


def test_escape_keeps_the_form_too(qtbot, window, desk_db):
    url, _ids = desk_db
    window.searchEdit.setFocus()
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F4)
    dialog = visible_dialog(window, "registrationDialog")
    type_text(dialog.surnameEdit, "Мирзоев")
    type_text(dialog.givenNameEdit, "Фаррух")
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    box = _question(qtbot, dialog)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
    assert dialog.isVisible() and _count(url, "Мирзоев") == 0


def test_the_card_of_a_patient_without_a_status(qtbot, window, desk_db):
    window.patientCard.coverageDate.setDate(QDate(ON))
    _register_without_status(qtbot, window)
    card = window.patientCard
    for lang in ("kk", "ru"):
        window.set_language(lang)
        badge = card.statusBadge
        assert badge.text() == UNKNOWN_BADGE[lang]
        assert badge.property("badgeClass") == "unknown"
        assert "#616161" in badge.styleSheet() and "#c62828" not in badge.styleSheet()  # grey, not red
        assert {"kk": "құжатты сұраңыз", "ru": "попросите документ"}[lang] in badge.toolTip()
        for service in PLANNED:
            assert _funding(window, service) == (UNKNOWN_ROW[lang], "unknown"), service
        for service in ("ambulance", "emergency_inpatient"):
            assert _funding(window, service) == (FREE_EMERGENCY[lang], "tmkkk"), service
        insurance = card.insuranceBadge.text()
        assert {"kk": "белгісіз", "ru": "неизвестно"}[lang] in insurance.lower() or "unknown" in insurance
    # the summary counts the waiting verdicts as unknown, never as paid
    window.set_language("kk")
    summary = card.coverageSummary.text()
    assert "ақылы: 20" not in summary and "белгісіз" in summary
    waiting = sum(1 for r in range(card.coverage_model.rowCount())
                  if card.coverage_model.row_at(r).decision is not None
                  and card.coverage_model.row_at(r).decision.status_unknown)
    assert waiting >= len(PLANNED) and str(waiting) in summary
    # The reasons speak of the missing status, never of an expired document.
    card.coverageView.selectRow(_rows(window)["phc_visit"])
    details = card.coverageDetails.toPlainText()
    assert "құжатты сұраңыз" in details.lower() or "Құжатты сұраңыз" in details
    assert "мерзімі өткен" not in details and "Уақытша" not in card.statusBadge.text()
    card.coverageView.selectRow(_rows(window)["emergency_inpatient"])
    assert "мерзімі өткен" not in card.coverageDetails.toPlainText()


def _referral(qtbot, window, patient_id, service):
    dialog = ReferralDialog(window, window.tasks, patient_id, service, ON, "kk")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.decision is not None
                    and dialog._shown_decision(dialog._request()) is not None, timeout=20_000)
    return dialog


def test_the_referral_form_waits_for_the_status_except_in_an_emergency(qtbot, window, desk_db):
    url, ids = desk_db
    patient = ids["namesake"]  # registered with no status, as older databases hold many
    dialog = _referral(qtbot, window, patient, "specialist_consult")
    qtbot.keyClicks(dialog.icdEdit, "K80.1")
    qtbot.waitUntil(lambda: dialog._shown_decision(dialog._request()) is not None, timeout=20_000)
    assert UNKNOWN_ROW["kk"] in dialog.fundingLabel.text()
    assert not dialog.issueButton.isEnabled() and not dialog.previewButton.isEnabled()
    assert "мәртебе тіркелмеген" in dialog.issueButton.toolTip()
    dialog.urgencyCombo.setCurrentIndex(dialog.urgencyCombo.findData("emergency"))
    qtbot.waitUntil(lambda: dialog._shown_decision(dialog._request()) is not None, timeout=20_000)
    assert dialog.issueButton.isEnabled() and dialog.issueButton.toolTip() == ""
    assert dialog.decision.emergency and dialog.decision.funding == "tmkkk"
    with qtbot.waitSignal(dialog.referral_issued, timeout=30_000):
        qtbot.mouseClick(dialog.issueButton, Qt.MouseButton.LeftButton)
    engine = open_database(url)
    with session_factory(engine)() as s:
        entries = referrals_of_patient(s, patient)
    engine.dispose()
    assert [(e.funding, e.emergency) for e in entries] == [("tmkkk", True)]
