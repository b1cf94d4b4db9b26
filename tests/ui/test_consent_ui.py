"""Consent at the desk through its widgets: the card's badge, the dialog that prints the form,
records the signed paper and withdraws it, the export of the patient's data, and an emergency
that never asks for consent."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from db import models as m
from db.engine import open_database, session_factory
from domain.access import DEFAULT_GRANTS, Actor
from scripts.driving import confirm_emergency
from tests.reports.pdfcheck import text_of
from tests.ui.conftest import ASKAR_IIN, type_text, visible_dialog


def _rows(url, model, *where):
    engine = open_database(url)
    try:
        with session_factory(engine)() as s:
            return list(s.scalars(select(model).where(*where)))
    finally:
        engine.dispose()


def _open(qtbot, window, pid):
    window.open_patient(pid)
    qtbot.waitUntil(lambda: window.current_patient_id == pid and not window.tasks.busy(), timeout=10_000)
    return window.patientCard


def _consent_dialog(qtbot, window, click: bool = False):
    if click:  # the badge itself opens it
        qtbot.mouseClick(window.patientCard.consentBadge, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: visible_dialog(window, "consentDialog") is not None, timeout=5000)
    dialog = visible_dialog(window, "consentDialog")
    qtbot.waitUntil(lambda: bool(dialog.states), timeout=5000)
    return dialog


def test_recording_the_signed_form_turns_the_badge_and_withdrawing_turns_it_again(qtbot, window, desk_db):
    url, ids = desk_db
    card = _open(qtbot, window, ids["askar"])
    assert card.consentBadge.isVisible()
    assert card.consentBadge.text() == "Келісім жоқ — қағаз нысанын басып шығарыңыз"
    assert card.consentBadge.property("consentState") == "none"

    dialog = _consent_dialog(qtbot, window, click=True)
    assert "Нұрланов" in dialog.consentTitle.text()
    assert dialog.consentState.text().count("жоқ") == 3
    assert not dialog.consentWithdrawButton.isEnabled()
    type_text(dialog.consentNumberEdit, "К-123")
    dialog.consentDateEdit.setDate(QDate(2026, 1, 5) if QDate.currentDate() >= QDate(2026, 1, 5)
                                   else QDate.currentDate())
    given = dialog.consentDateEdit.date().toPython()
    dialog.scopeChecks["contact"].setChecked(True)
    qtbot.mouseClick(dialog.consentRecordButton, Qt.MouseButton.LeftButton)
    day = given.strftime("%d.%m.%Y")
    qtbot.waitUntil(lambda: card.consentBadge.text() == f"Келісім: берілген {day}, № К-123", timeout=10_000)
    assert card.consentBadge.property("consentState") == "given"
    rows = _rows(url, m.ConsentRecord)
    assert sorted((r.scope, r.form_number, r.given_on) for r in rows) == [
        ("contact", "К-123", given), ("processing", "К-123", given)]
    assert "№ К-123" in dialog.consentStatus.text()
    assert dialog.consentNumberEdit.text() == ""
    qtbot.waitUntil(lambda: dialog.consentWithdrawButton.isEnabled(), timeout=5000)
    assert f"берілген {day}, № К-123" in dialog.consentState.text()

    # withdrawn on the patient's written request: asked first, then the badge says so
    asked = []
    dialog.ask_withdraw = lambda: asked.append(True) or True
    dialog.scopeChecks["contact"].setChecked(False)
    dialog.consentDateEdit.setDate(QDate.currentDate())
    qtbot.mouseClick(dialog.consentWithdrawButton, Qt.MouseButton.LeftButton)
    today = date.today().strftime("%d.%m.%Y")
    qtbot.waitUntil(lambda: card.consentBadge.property("consentState") == "withdrawn", timeout=10_000)
    assert asked == [True]
    assert today in card.consentBadge.text() and "қайтарып алынған" in card.consentBadge.text()
    withdrawn = {r.scope: r.withdrawn_on for r in _rows(url, m.ConsentRecord)}
    assert withdrawn == {"processing": date.today(), "contact": None}
    actions = [e.action for e in _rows(url, m.AuditEventRecord, m.AuditEventRecord.entity == "consent")]
    assert actions == ["consent.recorded", "consent.recorded", "consent.withdrawn"]
    dialog.accept()


def test_a_refused_form_says_why_in_the_dialog_and_writes_nothing(qtbot, window, desk_db):
    url, ids = desk_db
    card = _open(qtbot, window, ids["askar"])
    dialog = _consent_dialog(qtbot, window)
    qtbot.mouseClick(dialog.consentRecordButton, Qt.MouseButton.LeftButton)  # no number typed
    qtbot.waitUntil(lambda: dialog.consentError.isVisible(), timeout=5000)
    assert dialog.consentError.text() == "Қол қойылған нысанның нөмірін енгізіңіз."
    assert _rows(url, m.ConsentRecord) == []
    assert card.consentBadge.property("consentState") == "none"
    dialog.accept()


def test_the_form_is_previewed_in_the_chosen_language_and_printed(qtbot, window, desk_db, tmp_path):
    _url, ids = desk_db
    _open(qtbot, window, ids["askar"])
    dialog = _consent_dialog(qtbot, window)
    assert not dialog.consentPrintButton.isEnabled()
    dialog.consentFormLang.setCurrentIndex(dialog.consentFormLang.findData("ru"))
    qtbot.mouseClick(dialog.consentPreviewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview.page_count() == 1, timeout=10_000)
    text = text_of(dialog.preview.pdf_bytes())
    assert "СОГЛАСИЕ НА СБОР И ОБРАБОТКУ" in text and ASKAR_IIN in text and "Нұрланов" in text
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.printer_provider = lambda: printer
    qtbot.mouseClick(dialog.consentPrintButton, Qt.MouseButton.LeftButton)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    assert "1" in dialog.consentStatus.text()
    dialog.accept()


def test_an_emergency_for_a_patient_without_consent_goes_through_and_says_it_is_not_needed(
        qtbot, window, desk_db):
    url, ids = desk_db
    card = _open(qtbot, window, ids["askar"])
    assert card.consentBadge.property("consentState") == "none"
    with qtbot.waitSignal(window.emergency_recorded, timeout=10_000):
        window.emergency()
        confirm_emergency(window)
    result = visible_dialog(window, "emergencyResult")
    assert "Дербес деректерді өңдеуге келісім талап етілмейді (шұғыл көмек)." in result.details.text()
    assert visible_dialog(window, "consentDialog") is None
    visits = _rows(url, m.VisitRecord, m.VisitRecord.patient_id == ids["askar"])
    assert [v.emergency for v in visits] == [True]
    assert _rows(url, m.ConsentRecord) == []


def test_the_export_saves_the_chosen_format_where_it_is_told(qtbot, window, desk_db, tmp_path):
    url, ids = desk_db
    card = _open(qtbot, window, ids["askar"])
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: visible_dialog(window, "exportDialog") is not None, timeout=5000)
    dialog = visible_dialog(window, "exportDialog")
    assert dialog.exportPathEdit.text().endswith(f"patient-{ASKAR_IIN}.pdf")
    dialog.exportJsonRadio.setChecked(True)
    assert dialog.exportPathEdit.text().endswith(".json") and not dialog.exportLang.isEnabled()
    out = tmp_path / "askar.json"
    dialog.exportPathEdit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.exportSaveButton, Qt.MouseButton.LeftButton)
    data = json.loads(out.read_text("utf-8"))
    assert data["identity"]["iin"] == ASKAR_IIN and data["documents"][0]["number"] == "012345678"
    assert str(out) in dialog.exportStatus.text()
    # a name that is not .json or .pdf is refused in the dialog, nothing written
    dialog.exportPathEdit.setText(str(tmp_path / "askar.txt"))
    qtbot.mouseClick(dialog.exportSaveButton, Qt.MouseButton.LeftButton)
    assert dialog.exportError.isVisible() and ".json" in dialog.exportError.text()
    assert not (tmp_path / "askar.txt").exists()
    events = _rows(url, m.AuditEventRecord, m.AuditEventRecord.action == "export")
    assert [json.loads(e.detail) for e in events] == [{"format": "json"}]
    assert card.card.record.uuid == events[0].patient_uuid
    dialog.reject()


def test_an_export_the_role_does_not_allow_is_refused_in_the_dialog(qtbot, window, desk_db, tmp_path):
    url, ids = desk_db
    _open(qtbot, window, ids["askar"])
    window.tasks.session_factory.kw["info"] = {"actor": Actor(
        "aigul", "Айгүл", "receptionist", DEFAULT_GRANTS["receptionist"], signed_in=True)}
    try:
        window.patientCard.export_data()
        dialog = visible_dialog(window, "exportDialog")
        out = tmp_path / "askar.pdf"
        dialog.exportPathEdit.setText(str(out))
        qtbot.mouseClick(dialog.exportSaveButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.exportError.isVisible(), timeout=10_000)
        assert "деректерді экспорттау" in dialog.exportError.text()
        assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".tirkeu-")]
        assert _rows(url, m.AuditEventRecord, m.AuditEventRecord.action == "export") == []
        dialog.reject()
    finally:
        window.tasks.session_factory.kw.pop("info", None)


def test_the_badge_and_the_dialog_speak_russian(qtbot, window, desk_db):
    _url, ids = desk_db
    card = _open(qtbot, window, ids["askar"])
    window.set_language("ru")
    qtbot.waitUntil(lambda: card.consentBadge.text() == "Согласия нет — распечатайте бумажный бланк",
                    timeout=5000)
    assert "Ctrl+K" in card.consentBadge.toolTip() and card.exportButton.text() == "Выгрузка…"
    dialog = _consent_dialog(qtbot, window)
    assert dialog.windowTitle() == "Согласие на обработку персональных данных"
    assert dialog.scopeChecks["exchange"].text().startswith("Передача в другие медицинские")
    dialog.accept()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_at_1366x768_the_consent_badge_and_its_buttons_are_whole_beside_the_tabs(qtbot, window, desk_db, lang):
    from tests.ui.test_desk_card_day import _fully_visible

    _url, ids = desk_db
    window.set_language(lang)
    window.resize(1366, 768)
    card = _open(qtbot, window, ids["askar"])
    qtbot.wait(100)
    for widget in (card.consentBadge, card.exportButton):
        assert _fully_visible(widget, window), widget.objectName()
    assert card.consentBadge.width() >= card.consentBadge.sizeHint().width()  # the text is not cut
    tabs = card.cardTabs.tabBar()
    assert card.consentCorner.mapTo(window, card.consentCorner.rect().topLeft()).x() >= \
        tabs.mapTo(window, tabs.rect().topRight()).x()  # beside the tabs, not over them
    assert tabs.tabRect(tabs.count() - 1).right() <= tabs.width()  # every tab whole, none scrolled away
