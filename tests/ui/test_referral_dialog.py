"""The desk's referral form driven through its real widgets, on a real database."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMainWindow

from db.engine import open_database, session_factory
from db.referrals import prints_of, referrals_of_patient
from tests.reports.pdfcheck import text_of
from tests.reports.sample_clinic import AIGERIM_IIN, FOREIGNER_IIN, fill_clinic
from ui.referral_dialog import ReferralDialog, open_referral_dialog
from ui.tasks import TaskRunner

ON = date(2026, 11, 22)
I18N = Path(__file__).resolve().parents[2] / "ui" / "i18n"


@pytest.fixture
def clinic(db_url):
    return fill_clinic(db_url)


@pytest.fixture
def tasks(qtbot, db_url, clinic):
    """The desk's runner on the clinic database, as ui/app.py builds it."""
    engine = open_database(db_url, create=False)
    runner = TaskRunner(session_factory(engine))
    yield runner
    runner.wait()
    engine.dispose()


def settled(dialog) -> bool:
    """The context is in and the funding shown was decided for the form as it is."""
    if dialog.busy():
        return False
    if dialog.context.patient is None or dialog.icd_state() == "invalid":
        return True
    return dialog.decision is not None and dialog._shown_decision(dialog._request()) is not None


def make_dialog(qtbot, tasks, patient_id, service="planned_inpatient", lang="kk", emergency=False):
    dialog = ReferralDialog(None, tasks, patient_id, service, ON, lang, emergency)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: settled(dialog), timeout=20000)
    return dialog


def register(db_url, patient_id):
    engine = open_database(db_url)
    with session_factory(engine)() as s:
        entries = referrals_of_patient(s, patient_id)
        prints = {e.number: prints_of(s, e.number) for e in entries}
    engine.dispose()
    return entries, prints


def type_text(widget, text: str) -> None:
    """Key presses carrying any text (QTest's key clicks know only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_form_is_prefilled_with_patient_service_and_funding(qtbot, db_url, clinic, tasks):
    dialog = make_dialog(qtbot, tasks, clinic[AIGERIM_IIN])
    assert dialog.serviceCombo.currentData() == "planned_inpatient"
    assert "Нұрғалиева Әйгерім Сәкенқызы" in dialog.patientLabel.text()
    assert AIGERIM_IIN in dialog.patientLabel.text()
    assert dialog.decision is not None and dialog.decision.service == "planned_inpatient"
    funding_names = {"tmkkk": "ТМККК", "mams": "МӘМС", "vhi": "Ерікті", "paid": "Ақылы"}
    assert funding_names[dialog.decision.funding] in dialog.fundingLabel.text()
    assert dialog.urgencyCombo.currentData() == "planned"
    codes = [dialog.targetCombo.itemData(i) for i in range(dialog.targetCombo.count())]
    assert codes == [None, "H7"]  # a hospitalisation goes to a hospital only
    dialog.serviceCombo.setCurrentIndex(dialog.serviceCombo.findData("diagnostics"))
    qtbot.waitUntil(lambda: settled(dialog), timeout=20000)
    assert dialog.decision.service == "diagnostics"


def test_icd_code_is_checked_as_typed(qtbot, db_url, clinic, tasks):
    dialog = make_dialog(qtbot, tasks, clinic[AIGERIM_IIN])
    qtbot.keyClicks(dialog.icdEdit, "k80")
    assert dialog.icdEdit.text() == "K80"
    assert dialog.icd_state() == "valid" and dialog.issueButton.isEnabled()
    qtbot.keyClicks(dialog.icdEdit, ".")
    assert dialog.icd_state() == "invalid"
    assert not dialog.issueButton.isEnabled() and not dialog.previewButton.isEnabled()
    assert "K80.1" in dialog.icdStatusLabel.text()
    qtbot.keyClicks(dialog.icdEdit, "1")
    assert dialog.icdEdit.text() == "K80.1" and dialog.icd_state() == "valid"
    assert dialog.issueButton.isEnabled()
    dialog.icdEdit.clear()
    type_text(dialog.icdEdit, "к80")  # Cyrillic к, as typed on a Russian layout
    assert dialog.icdEdit.text() == "К80"
    assert dialog.icd_state() == "invalid"


def test_preview_shows_a_draft_inside_the_program_and_takes_no_number(qtbot, db_url, clinic, tasks):
    dialog = make_dialog(qtbot, tasks, clinic[AIGERIM_IIN])
    qtbot.keyClicks(dialog.icdEdit, "K80.1")
    dialog.targetCombo.setCurrentIndex(dialog.targetCombo.findData("H7"))
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        qtbot.mouseClick(dialog.previewButton, Qt.MouseButton.LeftButton)
    assert dialog.preview.page_count() >= 1
    text = re.sub(r"\s+", " ", text_of(dialog.preview.pdf_bytes()))
    assert "ЖОБА / ПРОЕКТ" in text and "K80.1" in text and "Городская клиническая больница №7" in text
    assert register(db_url, clinic[AIGERIM_IIN])[0] == []


def test_print_issues_then_prints_the_original_and_later_a_recorded_copy(qtbot, db_url, clinic, tasks, tmp_path):
    dialog = make_dialog(qtbot, tasks, clinic[AIGERIM_IIN])
    qtbot.keyClicks(dialog.icdEdit, "K80.1")
    dialog.diagnosisTextEdit.setPlainText("Өт тас ауруы")
    dialog.specialistEdit.setText("хирург")
    first, second = tmp_path / "printed1.pdf", tmp_path / "printed2.pdf"
    printers = iter([pdf_printer(first), pdf_printer(second)])
    dialog.printer_provider = lambda: next(printers)
    with qtbot.waitSignal(dialog.printed, timeout=30000):
        qtbot.mouseClick(dialog.printButton, Qt.MouseButton.LeftButton)
    number = dialog.issued.number
    assert number in dialog.numberLabel.text()
    assert first.stat().st_size > 1000
    assert not dialog.issueButton.isEnabled() and not dialog.icdEdit.isEnabled()
    with qtbot.waitSignal(dialog.printed, timeout=30000):
        qtbot.mouseClick(dialog.printButton, Qt.MouseButton.LeftButton)
    assert second.stat().st_size > 1000
    entries, prints = register(db_url, clinic[AIGERIM_IIN])
    assert [e.number for e in entries] == [number]
    assert (entries[0].diagnosis_icd, entries[0].specialist) == ("K80.1", "хирург")
    assert [p.copy for p in prints[number]] == [False, True]
    # The preview still shows the original after a copy went to the printer.
    assert "КОПИЯ" not in text_of(dialog.preview.pdf_bytes())


def test_save_as_pdf_issues_and_writes_the_slip(qtbot, db_url, clinic, tasks, tmp_path):
    dialog = make_dialog(qtbot, tasks, clinic[AIGERIM_IIN], service="specialist_consult")
    target = tmp_path / "saved.pdf"
    offered = []
    dialog.save_path_provider = lambda suggested: offered.append(suggested) or str(target)
    with qtbot.waitSignal(dialog.saved, timeout=30000):
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == dialog.issued.pdf
    assert offered and offered[0].endswith(f"{dialog.issued.number}.pdf")
    assert dialog.issued.number in text_of(target.read_bytes())


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_save_as_pdf_never_writes_over_the_database(qtbot, db_url, clinic, tasks, suffix):
    """The save dialog has asked before replacing; the database (open in this very process)
    and its companions are still never written over, and the desk says so."""
    db_file = Path(db_url.removeprefix("sqlite:///"))
    target = Path(f"{db_file}{suffix}")
    dialog = make_dialog(qtbot, tasks, clinic[AIGERIM_IIN], service="specialist_consult", lang="ru")
    dialog.save_path_provider = lambda suggested: str(target)
    with qtbot.waitSignal(dialog.failed, timeout=30000) as failed:
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert "базы данных" in failed.args[0]
    assert not target.exists() or not target.read_bytes().startswith(b"%PDF-")
    # The database still works and holds the referral the desk issued.
    assert [e.number for e in register(db_url, clinic[AIGERIM_IIN])[0]] == [dialog.issued.number]


def test_cancelled_save_writes_nothing_but_the_referral_stays_issued(qtbot, db_url, clinic, tasks, tmp_path):
    dialog = make_dialog(qtbot, tasks, clinic[AIGERIM_IIN], service="diagnostics")
    dialog.save_path_provider = lambda suggested: None
    with qtbot.waitSignal(dialog.referral_issued, timeout=30000):
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("*.pdf")) == []
    assert len(register(db_url, clinic[AIGERIM_IIN])[0]) == 1


def test_emergency_form_for_a_limited_status(qtbot, db_url, clinic, tasks, tmp_path):
    dialog = make_dialog(qtbot, tasks, clinic[FOREIGNER_IIN], service="emergency_inpatient",
                         lang="ru", emergency=True)
    assert dialog.urgencyCombo.currentData() == "emergency"
    assert dialog.decision.emergency
    with qtbot.waitSignal(dialog.referral_issued, timeout=30000):
        qtbot.mouseClick(dialog.issueButton, Qt.MouseButton.LeftButton)
    text = re.sub(r"\s+", " ", text_of(dialog.issued.pdf))
    assert "ЭКСТРЕННАЯ МЕДИЦИНСКАЯ ПОМОЩЬ" in text and "угроз" in text


def test_without_a_service_the_form_starts_from_a_referable_one(qtbot, db_url, clinic, tasks):
    dialog = make_dialog(qtbot, tasks, clinic[AIGERIM_IIN], service=None)
    assert dialog.serviceCombo.currentData() == "specialist_consult"
    assert dialog.decision is not None and dialog.decision.service == "specialist_consult"


def test_without_a_patient_nothing_can_be_issued(qtbot, db_url, clinic, tasks):
    dialog = make_dialog(qtbot, tasks, None, service=None)
    assert not dialog.issueButton.isEnabled() and not dialog.printButton.isEnabled()
    assert dialog.patientLabel.text()


def test_open_referral_dialog_does_not_block_the_desk(qtbot, db_url, clinic, tasks):
    window = QMainWindow()
    qtbot.addWidget(window)
    open_referral_dialog(window, tasks, clinic[AIGERIM_IIN], "diagnostics", ON, "kk")
    dialog = window.findChild(ReferralDialog)
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    assert dialog.serviceCombo.currentData() == "diagnostics"
    qtbot.waitUntil(lambda: settled(dialog), timeout=20000)
    dialog.reject()


def test_the_constructor_leaves_the_database_and_the_rules_to_a_worker(qtbot, tasks, clinic, monkeypatch):
    from services import referrals

    threads: dict[str, threading.Thread] = {}

    def recorded(name, real):
        def call(*args, **kwargs):
            threads[name] = threading.current_thread()
            return real(*args, **kwargs)
        return call

    monkeypatch.setattr(referrals, "referral_context", recorded("context", referrals.referral_context))
    monkeypatch.setattr(referrals, "decide_for", recorded("decide", referrals.decide_for))
    dialog = ReferralDialog(None, tasks, clinic[AIGERIM_IIN], "diagnostics", ON, "kk")
    qtbot.addWidget(dialog)
    # Back from the constructor with nothing read yet: the form shows that it is loading.
    assert dialog.context is None and dialog.decision is None
    assert not dialog.issueButton.isEnabled() and dialog.patientLabel.text()
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        pass
    qtbot.waitUntil(lambda: settled(dialog), timeout=20000)
    assert set(threads) == {"context", "decide"}
    assert all(t is not threading.main_thread() for t in threads.values()), threads
    assert "Нұрғалиева" in dialog.patientLabel.text() and dialog.issueButton.isEnabled()


def test_closing_while_issuing_waits_for_the_register(qtbot, db_url, clinic, tasks):
    dialog = make_dialog(qtbot, tasks, clinic[AIGERIM_IIN], service="diagnostics")
    dialog.issue()
    dialog.reject()  # Escape right after Issue: the number is being taken
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.finished, timeout=30000):
        pass
    assert dialog.issued is not None
    assert [e.number for e in register(db_url, clinic[AIGERIM_IIN])[0]] == [dialog.issued.number]


@pytest.mark.parametrize(("lang", "issue", "title"), [("kk", "Жолдаманы беру және тіркеу", "Жолдама"),
                                                     ("ru", "Выдать и зарегистрировать направление", "Направление")])
def test_translations_cover_the_form(qtbot, db_url, clinic, tasks, tmp_path, lang, issue, title):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / f"slips_{lang}.qm"
    subprocess.run([str(lrelease), str(I18N / f"slips_{lang}.ts"), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        dialog = make_dialog(qtbot, tasks, clinic[AIGERIM_IIN], lang=lang)
        assert dialog.issueButton.text() == issue
        assert dialog.windowTitle() == title
        labels = [label.text() for label in dialog.form_labels if label.text()]
        assert labels and all(not re.search(r"[A-Za-z]{3,}", t) or "ICD" in t for t in labels), labels
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_failed_issue_keeps_a_closing_form_open_to_say_so(qtbot, db_url, clinic, tasks, monkeypatch):
    from domain.messages import BadInput, Message
    from services import referrals

    def refuse(*_args, **_kwargs):
        raise BadInput(Message("Дерекқор бос емес", "База данных занята"))

    monkeypatch.setattr(referrals, "issue_referral", refuse)
    dialog = make_dialog(qtbot, tasks, clinic[AIGERIM_IIN], service="diagnostics", lang="ru")
    dialog.issue()
    dialog.reject()
    with qtbot.waitSignal(dialog.failed, timeout=30000) as failed:
        pass
    assert failed.args == ["База данных занята"]
    assert dialog.isVisible() and dialog.issued is None and dialog.issueButton.isEnabled()
    assert register(db_url, clinic[AIGERIM_IIN])[0] == []
