"""The desk through its real widgets on a real SQLite file: object names, search, keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from tests.ui.conftest import ASKAR_IIN, type_text


def test_contract_object_names_and_types(window):
    expected = {
        "searchEdit": QLineEdit, "resultsView": QTableView, "patientCard": QWidget,
        "statusBadge": QLabel, "insuranceBadge": QLabel, "coverageView": QTableView,
        "emergencyButton": QPushButton, "referralButton": QPushButton,
        "newPatientButton": QPushButton, "languageSwitch": QComboBox,
    }
    for name, kind in expected.items():
        found = window.findChild(kind, name)
        assert found is not None, name
    assert window.findChild(QPushButton, "emergencyButton").isEnabled()
    assert window.current_patient_id is None


def test_search_as_you_type_fills_the_model(qtbot, window):
    with qtbot.waitSignal(window.results_shown, check_params_cb=lambda q: q == "нурл", timeout=5000):
        type_text(window.searchEdit, "нурл")
    names = [window.results_model.hit(r).full_name for r in range(window.results_model.rowCount())]
    assert "Нұрланов Асқар Серікұлы" in names
    assert "Ахметова Дана" not in names


def test_search_by_iin_prefix(qtbot, window):
    with qtbot.waitSignal(window.results_shown, check_params_cb=lambda q: q == "850515", timeout=5000):
        qtbot.keyClicks(window.searchEdit, "850515")
    assert window.results_model.rowCount() == 1
    assert window.results_model.hit(0).iin == ASKAR_IIN


def test_enter_opens_the_selected_result_and_esc_clears(qtbot, window, desk_db):
    _url, ids = desk_db
    with qtbot.waitSignal(window.results_shown, check_params_cb=lambda q: q == "ахмет", timeout=5000):
        type_text(window.searchEdit, "ахмет")
    with qtbot.waitSignal(window.card_shown, timeout=5000) as blocker:
        qtbot.keyClick(window.searchEdit, Qt.Key.Key_Return)
    assert blocker.args == [ids["mismatch"]]
    assert window.patientCard.nameLabel.text() == "Ахметова Дана"
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_Escape)
    assert window.searchEdit.text() == ""


def test_down_then_enter_in_the_results_opens_that_row(qtbot, window, desk_db):
    _url, ids = desk_db
    with qtbot.waitSignal(window.results_shown, check_params_cb=lambda q: q == "нурлан", timeout=5000):
        type_text(window.searchEdit, "нурлан")
    assert window.results_model.rowCount() == 2
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_Down)
    assert window.resultsView.hasFocus()
    qtbot.keyClick(window.resultsView, Qt.Key.Key_Down)
    second = window.results_model.hit(1).id
    with qtbot.waitSignal(window.card_shown, timeout=5000) as blocker:
        qtbot.keyClick(window.resultsView, Qt.Key.Key_Return)
    assert blocker.args == [second]
    assert second in (ids["askar"], ids["namesake"])


def test_barcode_scan_opens_the_patient_directly(qtbot, window, desk_db):
    _url, ids = desk_db
    with qtbot.waitSignal(window.card_shown, timeout=5000) as blocker:
        # A scanner types the digits and Enter without waiting for the search answers.
        qtbot.keyClicks(window.searchEdit, ASKAR_IIN)
        qtbot.keyClick(window.searchEdit, Qt.Key.Key_Return)
    assert blocker.args == [ids["askar"]]


def test_scan_of_an_unknown_iin_says_so(qtbot, window):
    window.searchEdit.setText("020202500074")
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "020202500074" in window.statusBar().currentMessage(), timeout=5000)
    assert window.current_patient_id is None


def test_recent_patients_when_the_box_is_empty(qtbot, window, desk_db):
    _url, ids = desk_db
    assert window.results_model.rowCount() == 0  # nothing opened yet on this database
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        window.open_patient(ids["namesake"])
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        window.open_patient(ids["askar"])
    with qtbot.waitSignal(window.results_shown, check_params_cb=lambda q: q == "", timeout=5000):
        window.searchEdit.setText("x")
        window.searchEdit.clear()
    recent = [window.results_model.hit(r).id for r in range(window.results_model.rowCount())]
    assert recent == [ids["askar"], ids["namesake"]]
    assert window.resultsTitle.text() != ""


def test_function_keys(qtbot, window):
    window.resultsView.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.searchEdit.hasFocus()
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F4)
    dialog = window.findChild(QDialog, "registrationDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F9)
    emergency = window.findChild(QDialog, "emergencyDialog")
    assert emergency is not None and emergency.isVisible()
    emergency.reject()


def test_everything_is_reachable_by_tab(qtbot, window):
    window.searchEdit.setFocus()
    seen = set()
    for _ in range(60):
        widget = window.focusWidget()
        if widget is not None:
            seen.add(widget.objectName())
        window.focusNextChild()
    for name in ("searchEdit", "resultsView", "newPatientButton", "referralButton",
                 "emergencyButton", "languageSwitch"):
        assert name in seen, name


def test_status_bar_shows_database_rules_and_insurance_age(window, desk_db):
    url, _ids = desk_db
    path = url.removeprefix("sqlite:///")
    assert window.dbStatus.toolTip() == path and "tirkeu.sqlite" in window.dbStatus.text()
    assert window.rulePackStatus.text()
    # the newest Fund answer in the fixture is of 05.01.2026
    assert any(ch.isdigit() for ch in window.insuranceAgeStatus.text())


def test_an_empty_database_offers_demo_data(qtbot, db_url):
    from ui.app import build_main_window

    w = build_main_window(db_url, "kk")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.status is not None, timeout=5000)
    assert w.demoBanner.isVisible()
    assert w.loadDemoButton.isEnabled()


def test_loading_demo_data_from_the_first_start_offer(qtbot, db_url):
    from ui.app import build_main_window

    w = build_main_window(db_url, "ru")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.status is not None, timeout=5000)
    w.demoCount.setValue(150)
    qtbot.mouseClick(w.loadDemoButton, Qt.MouseButton.LeftButton)
    assert w.demoProgress.isVisible() and not w.loadDemoButton.isEnabled()
    qtbot.waitUntil(lambda: not w.demoBanner.isVisible(), timeout=60_000)
    assert not w.status.empty
    with qtbot.waitSignal(w.results_shown, check_params_cb=lambda q: q == "а", timeout=5000):
        w.searchEdit.setText("а")
    assert w.results_model.rowCount() > 0
    w.tasks.wait()


def test_the_open_card_is_reachable_by_tab(qtbot, window, desk_db):
    _url, ids = desk_db
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        window.open_patient(ids["askar"])
    window.searchEdit.setFocus()
    seen = set()
    for _ in range(80):
        widget = window.focusWidget()
        if widget is not None:
            seen.add(widget.objectName())
        window.focusNextChild()
    for name in ("editPatientButton", "coverageView", "coverageDetails", "searchEdit", "emergencyButton"):
        assert name in seen, name
    # the date edit itself takes the focus through its line edit
    assert window.patientCard.coverageDate.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_enter_before_the_answer_opens_the_first_match_when_it_comes(qtbot, window, desk_db):
    _url, ids = desk_db
    with qtbot.waitSignal(window.card_shown, timeout=5000) as blocker:
        type_text(window.searchEdit, "ахметова")
        qtbot.keyClick(window.searchEdit, Qt.Key.Key_Return)  # no wait for the results
    assert blocker.args == [ids["mismatch"]]
