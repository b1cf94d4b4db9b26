"""The referral register driven through its real widgets, on a real database: finding
referrals, printing a recorded copy, voiding with a reason; and the void dialog for a visit."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush
from PySide6.QtPrintSupport import QPrinter

from db.engine import open_database, session_factory
from db.referrals import get_referral, prints_of
from db.visits import record_visit, visit_by_id
from scripts.driving import type_text
from services.referrals import issue_referral
from services.register import void_referral
from tests.helpers import acting, actor
from tests.reports.pdfcheck import text_of
from tests.reports.sample_clinic import AIGERIM_IIN, CHILD_IIN, FOREIGNER_IIN, fill_clinic
from tests.services.test_referrals import ON, decision
from ui import translations
from ui.models.register_model import COL_COPIES, COL_STATE, VOIDED_ROLE
from ui.tasks import TaskRunner
from ui.views.referral_register import ReferralRegisterDialog
from ui.views.void_dialog import VoidDialog

OPERATOR = "Айгүл"


def unit(db_url, fn, by=None):
    engine = open_database(db_url, create=False)
    try:
        with session_factory(engine).begin() as session:
            return fn(acting(session, by) if by else session)
    finally:
        engine.dispose()


@pytest.fixture
def issued(db_url, qapp):
    """Three referrals: Aigerim's hospitalisation three days before ON, the foreigner's
    diagnostics and the child's consultation on ON."""
    translations.install("kk")
    ids = fill_clinic(db_url)

    def one(iin, service, on, **kw):
        return unit(db_url, lambda s: issue_referral(s, iin, service, on=on,
                                                     decision=decision(service), **kw)).number

    numbers = {
        "a": one(AIGERIM_IIN, "planned_inpatient", ON - timedelta(days=3), to="H7"),
        "b": one(FOREIGNER_IIN, "diagnostics", ON, to="KDC1"),
        "c": one(CHILD_IIN, "specialist_consult", ON),
    }
    return ids, numbers


@pytest.fixture
def tasks(qtbot, db_url, issued):
    engine = open_database(db_url, create=False)
    make = session_factory(engine)
    # the desk's sessions carry the person signed in: a doctor, who may void
    make.configure(info={**make.kw.get("info", {}), "actor": actor(OPERATOR, "doctor")})
    runner = TaskRunner(make)
    yield runner
    runner.wait()
    engine.dispose()


def shown(dialog) -> list[str]:
    return [dialog.model.line(r).number for r in range(dialog.model.rowCount())]


def settle(qtbot, dialog) -> None:
    qtbot.wait(300)  # the typing pause before a search
    qtbot.waitUntil(lambda: not dialog.tasks.busy() and not dialog._search_timer.isActive(),
                    timeout=20000)


def open_register(qtbot, tasks) -> ReferralRegisterDialog:
    dialog = ReferralRegisterDialog(tasks, OPERATOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and not tasks.busy(), timeout=20000)
    return dialog


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_lists_the_newest_first_with_the_count(qtbot, issued, tasks):
    _ids, n = issued
    dialog = open_register(qtbot, tasks)
    assert shown(dialog) == [n["c"], n["b"], n["a"]]
    assert "3" in dialog.registerCount.text()
    assert dialog.registerNumberEdit.hasFocus()  # typing a number starts at once
    # the selected referral's slip is shown, marked as a copy (looking records nothing)
    qtbot.waitUntil(lambda: dialog.registerPreview.page_count() >= 1, timeout=20000)
    assert n["c"] in text_of(dialog.registerPreview.pdf_bytes())


def test_search_by_number_iin_date_and_service(qtbot, issued, tasks):
    _ids, n = issued
    dialog = open_register(qtbot, tasks)
    qtbot.keyClicks(dialog.registerNumberEdit, n["b"][-3:])
    settle(qtbot, dialog)
    assert shown(dialog) == [n["b"]]
    assert "1" in dialog.registerCount.text()
    dialog.registerNumberEdit.clear()
    qtbot.keyClicks(dialog.registerIinEdit, AIGERIM_IIN)
    settle(qtbot, dialog)
    assert shown(dialog) == [n["a"]]
    dialog.registerIinEdit.clear()
    qtbot.keyClicks(dialog.registerFromDate, ON.strftime("%d.%m.%Y"))
    settle(qtbot, dialog)
    assert shown(dialog) == [n["c"], n["b"]]
    qtbot.keyClicks(dialog.registerToDate, "31.02")  # half typed: nothing changes, marked
    settle(qtbot, dialog)
    assert shown(dialog) == [n["c"], n["b"]]
    assert "border" in dialog.registerToDate.styleSheet() and dialog.registerStatus.text()
    dialog.registerToDate.clear()
    dialog.registerFromDate.clear()
    settle(qtbot, dialog)
    assert len(shown(dialog)) == 3 and dialog.registerStatus.text() == ""
    combo = dialog.registerServiceCombo
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("diagnostics"))
    settle(qtbot, dialog)
    assert shown(dialog) == [n["b"]]


def test_enter_on_a_row_prints_a_copy_marked_and_recorded(qtbot, db_url, issued, tasks, tmp_path):
    _ids, n = issued
    dialog = open_register(qtbot, tasks)
    printed = tmp_path / "copy.pdf"
    dialog.printer_provider = lambda: pdf_printer(printed)
    dialog.registerView.setFocus()
    dialog.registerView.selectRow(shown(dialog).index(n["a"]))
    with qtbot.waitSignal(dialog.reprinted, timeout=30000) as done:
        qtbot.keyClick(dialog.registerView, Qt.Key.Key_Return)
    assert done.args == [n["a"]]
    assert printed.stat().st_size > 1000
    prints = unit(db_url, lambda s: prints_of(s, n["a"]))
    assert [p.copy for p in prints] == [False, True]
    assert "КӨШІРМЕ / КОПИЯ" in re.sub(r"\s+", " ", text_of(dialog.registerPreview.pdf_bytes()))
    settle(qtbot, dialog)
    row = shown(dialog).index(n["a"])
    assert dialog.model.index(row, COL_COPIES).data() == "1"


def test_a_cancelled_print_dialog_records_nothing(qtbot, db_url, issued, tasks):
    _ids, n = issued
    dialog = open_register(qtbot, tasks)
    dialog.printer_provider = lambda: None
    qtbot.mouseClick(dialog.registerReprintButton, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert [p.copy for p in unit(db_url, lambda s: prints_of(s, n["c"]))] == [False]


def test_void_asks_the_reason_names_number_and_patient_and_marks_the_line(qtbot, db_url, issued, tasks, tmp_path):
    _ids, n = issued
    dialog = open_register(qtbot, tasks)
    dialog.registerView.setFocus()
    dialog.registerView.selectRow(shown(dialog).index(n["b"]))
    qtbot.keyClick(dialog.registerView, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog.findChild(VoidDialog, "voidDialog") is not None, timeout=5000)
    ask = dialog.findChild(VoidDialog, "voidDialog")
    assert ask.isVisible()
    assert n["b"] in ask.questionLabel.text() and "Иванов Пётр Сергеевич" in ask.questionLabel.text()
    assert not ask.voidConfirmButton.isEnabled()  # no reason yet
    qtbot.waitUntil(ask.voidReasonEdit.hasFocus, timeout=5000)
    type_text(ask.voidReasonEdit, "Басқа науқасқа берілді")
    assert ask.voidConfirmButton.isEnabled()
    with qtbot.waitSignal(dialog.voided, timeout=30000):
        qtbot.keyClick(ask.voidReasonEdit, Qt.Key.Key_Return)
    settle(qtbot, dialog)
    entry = unit(db_url, lambda s: get_referral(s, n["b"]))
    assert (entry.void_reason, entry.voided_by) == ("Басқа науқасқа берілді", OPERATOR)
    row = shown(dialog).index(n["b"])
    assert dialog.model.index(row, 0).data(VOIDED_ROLE) is True
    assert dialog.model.index(row, COL_STATE).data() == "ЖОЙЫЛДЫ"
    assert dialog.model.index(shown(dialog).index(n["a"]), COL_STATE).data() != "ЖОЙЫЛДЫ"
    colour = dialog.model.index(row, COL_STATE).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QBrush) and colour.color().name() == "#b00020"
    assert "Басқа науқасқа берілді" in dialog.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not dialog.registerVoidButton.isEnabled()  # voided once is enough
    assert n["b"] in dialog.registerStatus.text()
    # its slip, on screen and printed again, says it is voided
    qtbot.waitUntil(lambda: "ЖОЙЫЛДЫ" in text_of(dialog.registerPreview.pdf_bytes() or b"%PDF"),
                    timeout=20000)
    dialog.printer_provider = lambda: pdf_printer(tmp_path / "voided.pdf")
    with qtbot.waitSignal(dialog.reprinted, timeout=30000):
        qtbot.mouseClick(dialog.registerReprintButton, Qt.MouseButton.LeftButton)
    assert "ЖОЙЫЛДЫ / АННУЛИРОВАНО" in re.sub(r"\s+", " ", text_of(dialog.registerPreview.pdf_bytes()))
    # voided lines can be left out of the list
    dialog.registerVoidedCheck.setChecked(False)
    settle(qtbot, dialog)
    assert n["b"] not in shown(dialog) and len(shown(dialog)) == 2


def test_a_referral_voided_meanwhile_at_another_desk_is_refused_in_the_dialog(qtbot, db_url, issued, tasks):
    _ids, n = issued
    dialog = open_register(qtbot, tasks)
    dialog.registerView.selectRow(shown(dialog).index(n["c"]))
    unit(db_url, lambda s: void_referral(s, n["c"], "қате"), by="Бауыржан")
    qtbot.mouseClick(dialog.registerVoidButton, Qt.MouseButton.LeftButton)
    ask = dialog.findChild(VoidDialog, "voidDialog")
    type_text(ask.voidReasonEdit, "тағы")
    qtbot.mouseClick(ask.voidConfirmButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ask.errorLabel.text() != "", timeout=20000)
    assert "бұрын жойылған" in ask.errorLabel.text() and "Бауыржан" in ask.errorLabel.text()
    assert ask.isVisible()
    assert unit(db_url, lambda s: get_referral(s, n["c"])).void_reason == "қате"


def test_void_dialog_for_a_visit(qtbot, db_url, issued, tasks):
    ids, _n = issued
    visit_id = unit(db_url, lambda s: record_visit(
        s, ids[CHILD_IIN], "phc_visit", at=datetime(2026, 11, 22, 10, 0), emergency=False,
        operator=OPERATOR, funding="tmkkk", rule_pack="p"))
    ask = VoidDialog.for_visit(tasks, visit_id, "22.11.2026 10:00, Сейітқали Нұрлан", OPERATOR)
    qtbot.addWidget(ask)
    ask.show()
    assert "22.11.2026 10:00, Сейітқали Нұрлан" in ask.questionLabel.text()
    type_text(ask.voidReasonEdit, "   ")
    assert not ask.voidConfirmButton.isEnabled()  # spaces are no reason
    ask.voidReasonEdit.clear()
    type_text(ask.voidReasonEdit, "Қате науқасқа жазылды")
    with qtbot.waitSignal(ask.voided, timeout=30000) as done:
        qtbot.mouseClick(ask.voidConfirmButton, Qt.MouseButton.LeftButton)
    assert done.args[0].key == str(visit_id)
    assert not ask.isVisible()
    row = unit(db_url, lambda s: visit_by_id(s, visit_id))
    assert (row.void_reason, row.voided_by) == ("Қате науқасқа жазылды", OPERATOR)


def test_the_desk_opens_the_register_with_ctrl_r_and_from_its_menu(qtbot, window):
    from scripts.driving import visible_dialog

    window.activateWindow()
    window.searchEdit.setFocus()
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: visible_dialog(window, "referralRegisterDialog") is not None, timeout=5000)
    dialog = visible_dialog(window, "referralRegisterDialog")
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=20000)
    assert dialog.model.rowCount() == 0 and "0" in dialog.registerCount.text()
    assert dialog.windowTitle() == "Жолдамалар тізілімі"
    dialog.reject()
    qtbot.waitUntil(lambda: visible_dialog(window, "referralRegisterDialog") is None, timeout=5000)
    action = window.findChild(QAction, "registerAction")
    assert action in window.menu_desk.actions() and action.shortcut().toString() == "Ctrl+R"
    action.trigger()
    qtbot.waitUntil(lambda: visible_dialog(window, "referralRegisterDialog") is not None, timeout=5000)
    visible_dialog(window, "referralRegisterDialog").reject()


def test_the_keyboard_reaches_every_filter_the_list_and_the_buttons(qtbot, issued, tasks):
    dialog = open_register(qtbot, tasks)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.registerNumberEdit.hasFocus, timeout=5000)
    reached = [dialog.focusWidget().objectName()]
    for _ in range(9):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        reached.append(dialog.focusWidget().objectName())
    assert reached == ["registerNumberEdit", "registerIinEdit", "registerFromDate", "registerToDate",
                       "registerServiceCombo", "registerVoidedCheck", "registerView",
                       "registerReprintButton", "registerVoidButton", "registerCloseButton"]
