"""A receptionist's day through the real widgets: the card's facts, the honest count, a 1366x768
screen, grouped coverage with its summary, the history, phone evidence in two keystrokes, the
contributions warning and the list of the day with its CSV and printout."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from sqlalchemy import select

from db import models as m
from db.engine import open_database, session_factory
from db.repositories import save_patient
from domain.records import LegalStatus, Patient, PaymentPeriod
from services import desk
from tests.helpers import acting
from tests.ui.conftest import type_text, visible_dialog
from ui.models.coverage_model import COL_REFERRAL, FUNDING_ROLE, GROUP_START_ROLE


def _open(qtbot, window, patient_id, on: date | None = None):
    if on is not None:
        window.patientCard.coverageDate.setDate(QDate(on))
    with qtbot.waitSignal(window.card_shown, timeout=10_000):
        window.open_patient(patient_id)


def _write(url, fn):
    engine = open_database(url)
    try:
        with session_factory(engine).begin() as s:
            return fn(s)
    finally:
        engine.dispose()


def _rows(url, model, *where):
    engine = open_database(url)
    try:
        with session_factory(engine)() as s:
            return list(s.scalars(select(model).where(*where)))
    finally:
        engine.dispose()


def _fully_visible(widget: QWidget, window: QWidget) -> bool:
    """Shown whole inside the window, not cut by a scroll area or the window's edge."""
    if not widget.isVisible():
        return False
    shown = widget.visibleRegion().boundingRect()
    if shown.size() != widget.size():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


# ---------------------------------------------------------------- the card's facts

def test_card_shows_address_phone_citizenship_and_local_number(qtbot, window, desk_db):
    url, _ids = desk_db
    pid = _write(url, lambda s: save_patient(s, Patient(
        surname="Каримов", given_name="Бахтиёр", birth_date=date(1990, 4, 2), sex="M",
        citizenship="UZB", address="Шымкент қ., Тәуке хан даңғылы, 12", phone="+7 701 555 12 34",
        legal_status=LegalStatus("temporary_foreigner")), site="A"))
    local = _rows(url, m.PatientRecord, m.PatientRecord.id == pid)[0].local_id
    _open(qtbot, window, pid)
    card = window.patientCard
    assert card.findChild(QWidget, "cardAddress").text() == "Шымкент қ., Тәуке хан даңғылы, 12"
    assert card.findChild(QWidget, "cardPhone").text() == "+7 701 555 12 34"
    assert card.findChild(QWidget, "cardCitizenship").text() == "Өзбекстан (UZB)"
    assert local and card.findChild(QWidget, "cardLocalNumber").text() == local
    for name in ("cardAddress", "cardPhone", "cardCitizenship", "cardLocalNumber"):
        assert card.findChild(QWidget, name).isVisible(), name


def test_results_show_the_local_number_of_a_patient_without_iin(qtbot, window, desk_db):
    url, ids = desk_db
    local = _rows(url, m.PatientRecord, m.PatientRecord.id == ids["namesake"])[0].local_id
    with qtbot.waitSignal(window.results_shown, check_params_cb=lambda q: q == "айгерим", timeout=5000):
        type_text(window.searchEdit, "айгерим")
    model = window.results_model
    row = next(r for r in range(model.rowCount()) if model.hit(r).id == ids["namesake"])
    assert local and model.index(row, 0).data() == local


def _many_namesakes(url, n: int) -> None:
    def add(s):
        for i in range(n):
            save_patient(s, Patient(surname="Жолдасбеков", given_name=f"Ерлан{chr(0x430 + i % 20)}",
                                    birth_date=date(1980, 1, 1) + timedelta(days=i), sex="M"), site="A")
    _write(url, add)


def test_an_honest_count_when_more_match_than_are_shown(qtbot, window, desk_db):
    url, _ids = desk_db
    _many_namesakes(url, 55)
    with qtbot.waitSignal(window.results_shown, check_params_cb=lambda q: q == "жолдасбеков", timeout=5000):
        type_text(window.searchEdit, "жолдасбеков")
    assert window.results_model.rowCount() == 50
    qtbot.waitUntil(lambda: window.resultsCount.isVisible(), timeout=5000)
    assert window.resultsCount.text() == "55-тен 50 көрсетілді — іздеуді нақтылаңыз"
    assert "55" in window.resultsTitle.text()
    window.set_language("ru")
    window.searchEdit.clear()
    with qtbot.waitSignal(window.results_shown, check_params_cb=lambda q: q == "жолдасбеков е", timeout=5000):
        type_text(window.searchEdit, "жолдасбеков е")
    qtbot.waitUntil(lambda: window.resultsCount.isVisible(), timeout=5000)
    assert window.resultsCount.text() == "Показано 50 из 55 — уточните поиск"


def test_the_count_is_capped_and_says_so(qtbot, window, desk_db, monkeypatch):
    url, _ids = desk_db
    _many_namesakes(url, 55)
    monkeypatch.setattr(desk, "SEARCH_COUNT_CAP", 52)
    with qtbot.waitSignal(window.results_shown, check_params_cb=lambda q: q == "жолдасбеков", timeout=5000):
        type_text(window.searchEdit, "жолдасбеков")
    qtbot.waitUntil(lambda: window.resultsCount.isVisible(), timeout=5000)
    assert window.resultsCount.text() == "52-ден астам табылды, 50 көрсетілді — іздеуді нақтылаңыз"


def test_a_short_list_has_no_count_line(qtbot, window):
    with qtbot.waitSignal(window.results_shown, check_params_cb=lambda q: q == "нурл", timeout=5000):
        type_text(window.searchEdit, "нурл")
    qtbot.wait(400)
    assert not window.resultsCount.isVisible()


# ---------------------------------------------------------------- a 1366x768 screen

def test_the_default_window_fits_the_screen(window):
    free = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    width, height = window.default_size()
    assert width <= free.width() and height <= free.height()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_at_1366x768_badges_summary_and_actions_are_in_view_and_columns_whole(qtbot, window, desk_db, lang):
    _url, ids = desk_db
    window.set_language(lang)
    window.resize(1366, 768)
    _open(qtbot, window, ids["askar"], date(2026, 1, 20))
    qtbot.wait(100)
    card = window.patientCard
    for widget in (card.statusBadge, card.insuranceBadge, card.coverageSummary, card.editButton,
                   card.evidenceButton, card.coverageView, window.referralButton,
                   window.emergencyButton, window.newPatientButton):
        assert _fully_visible(widget, window), widget.objectName()
    view = card.coverageView
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), column
    assert header.length() <= view.viewport().width()  # no column runs off to the right
    # more than a handful of services are in view at once
    rows_in_view = sum(1 for r in range(view.model().rowCount())
                       if view.viewport().rect().contains(view.visualRect(view.model().index(r, 0))))
    assert rows_in_view >= 8


# ---------------------------------------------------------------- grouped coverage, summary

def test_coverage_is_grouped_with_one_summary_line(qtbot, window, desk_db):
    _url, ids = desk_db
    _open(qtbot, window, ids["askar"], date(2026, 1, 20))
    card = window.patientCard
    model = card.coverage_model
    assert model.rowCount() == 22  # one row per service, as every reader of the rows expects
    titles = [(r, model.index(r, 0).data(GROUP_START_ROLE)) for r in range(22)]
    titles = [(r, t) for r, t in titles if t is not None]
    assert [t for _r, t in titles] == [
        "Шұғыл көмек", "Алғашқы медициналық-санитариялық көмек (МСАК)",
        "Бейінді мамандар мен диагностика", "Стационарлық көмек", "Басқа қызметтер"]
    assert [model.row_at(r).service for r, _t in titles] == [
        "ambulance", "phc_visit", "specialist_consult", "day_hospital", "palliative"]
    normal = card.coverageView.rowHeight(1)
    assert all(card.coverageView.rowHeight(r) > normal for r, _t in titles)
    fundings = [model.index(r, 0).data(FUNDING_ROLE) for r in range(22)]
    missing = sum(1 for r in range(22) if model.index(r, COL_REFERRAL).data() == model.tr("needed — missing"))
    free, paid = sum(1 for f in fundings if f != "paid"), fundings.count("paid")
    assert missing > 0 and paid > 0
    assert card.coverageSummary.text() == (
        f"Сақтандырылған · тегін: {free} · ақылы: {paid} · жолдама керек: {missing}")


# ---------------------------------------------------------------- history on the card

def test_visit_history_lists_visits_and_referrals_with_voided_marked(qtbot, window, desk_db):
    url, ids = desk_db

    def add(s):
        s.add(m.VisitRecord(patient_id=ids["askar"], service="emergency_inpatient",
                            at=datetime(2026, 1, 12, 3, 40), emergency=True, funding="tmkkk"))
        s.add(m.ReferralRecord(number="A-2026-000007", issued_at=datetime(2026, 1, 14, 10, 5),
                               patient_id=ids["askar"], service="diagnostics", funding="mams",
                               rule_pack="x", form_code="Ж-02", pdf_sha256="0" * 64))
        s.add(m.ReferralRecord(number="A-2026-000008", issued_at=datetime(2026, 1, 15, 11, 0),
                               patient_id=ids["askar"], service="planned_inpatient", funding="mams",
                               rule_pack="x", form_code="001-3/у", pdf_sha256="1" * 64,
                               voided_at=datetime(2026, 1, 15, 11, 30), voided_by="aigul",
                               void_reason="wrong service"))
    _write(url, add)
    _open(qtbot, window, ids["askar"], date(2026, 1, 20))
    card = window.patientCard
    view = card.visitHistoryView
    card.cardTabs.setCurrentIndex(card.cardTabs.indexOf(view))
    model = view.model()
    lines = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert lines == [
        ["15.01.2026 11:00", "жолдама (күшін жойған)", "Жоспарлы стационарлық көмек", "МӘМС", "A-2026-000008"],
        ["14.01.2026 10:05", "жолдама", "Диагностика, зертхана", "МӘМС", "A-2026-000007"],
        ["12.01.2026 03:40", "шұғыл", "Шұғыл стационарлық көмек (қабылдау бөлімі)", "ТМККК (тегін)", ""],
    ]
    assert model.index(0, 2).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "3" in card.cardTabs.tabText(1)


# ---------------------------------------------------------------- phone evidence

def test_phone_evidence_in_two_keystrokes(qtbot, window, desk_db):
    url, ids = desk_db
    _open(qtbot, window, ids["mismatch"])  # no Fund answer on record
    assert "тексерілген" not in window.patientCard.insuranceBadge.text()
    window.patientCard.coverageView.setFocus()
    qtbot.keyClick(window.patientCard.coverageView, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = visible_dialog(window, "phoneEvidenceDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)  # a person's next key comes after this
    channel = dialog.evidenceChannel.currentData()
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_Y)
    checks = _rows(url, m.FundCheckRecord, m.FundCheckRecord.patient_id == ids["mismatch"])
    assert [(c.insured, c.source, c.checked_at.date()) for c in checks] == [(True, channel, date.today())]
    badge = window.patientCard.insuranceBadge.text()
    assert badge.startswith("МӘМС: сақтандырылған") and "бүгін тексерілген" in badge
    audit = _rows(url, m.AuditEventRecord, m.AuditEventRecord.action == "patient.fund_evidence")
    assert len(audit) == 1 and channel in audit[0].detail


def test_phone_evidence_with_channel_category_and_an_earlier_date(qtbot, window, desk_db):
    url, ids = desk_db
    _open(qtbot, window, ids["mismatch"])
    qtbot.mouseClick(window.patientCard.evidenceButton, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(window, "phoneEvidenceDialog")
    dialog.evidenceChannel.setCurrentIndex(dialog.evidenceChannel.findData("damumed"))
    dialog.evidenceCategory.setCurrentIndex(dialog.evidenceCategory.findData("student_fulltime"))
    dialog.evidenceDate.setDate(QDate.currentDate().addDays(-1))
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        qtbot.mouseClick(dialog.yesButton, Qt.MouseButton.LeftButton)
    check = _rows(url, m.FundCheckRecord, m.FundCheckRecord.patient_id == ids["mismatch"])[0]
    assert (check.source, check.category, check.checked_at.date()) == (
        "damumed", "student_fulltime", date.today() - timedelta(days=1))
    badge = window.patientCard.insuranceBadge.text()
    assert "Damumed" in badge and "кеше тексерілген" in badge and "Күндізгі" in badge


def test_phone_evidence_not_insured_with_n(qtbot, window, desk_db):
    url, ids = desk_db
    _open(qtbot, window, ids["mismatch"])
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = visible_dialog(window, "phoneEvidenceDialog")
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    dialog.evidenceCategory.setFocus()
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        qtbot.keyClick(dialog.evidenceCategory, Qt.Key.Key_N)
    assert [c.insured for c in _rows(url, m.FundCheckRecord, m.FundCheckRecord.patient_id == ids["mismatch"])] == [False]
    assert window.patientCard.insuranceBadge.text().startswith("МӘМС: сақтандырылмаған")


# ---------------------------------------------------------------- contributions end this month

@pytest.mark.parametrize("on, warned", [
    (date(2026, 3, 31), False),  # insured, the end is next month
    (date(2026, 4, 1), True),    # the last month of the grace
    (date(2026, 4, 30), True),
    (date(2026, 5, 1), False),   # no longer insured: nothing ends
])
def test_warning_when_contributions_end_this_month(qtbot, window, desk_db, on, warned):
    url, _ids = desk_db
    pid = _write(url, lambda s: save_patient(s, Patient(
        surname="Сейітов", given_name="Марат", birth_date=date(1985, 5, 15),
        sex="M", citizenship="KAZ", legal_status=LegalStatus("citizen"),
        payments=[PaymentPeriod("employee", "2025-03", "2026-01")]), site="A"))
    _open(qtbot, window, pid, on)
    warning = window.patientCard.insuranceWarning
    assert warning.isVisible() is warned
    if warned:
        assert "30.04.2026" in warning.text()


# ---------------------------------------------------------------- the list of the day

def _day_events(url, ids):
    now = datetime.now().replace(microsecond=0)
    engine = open_database(url)
    try:
        with session_factory(engine).begin() as s:
            desk.emergency_for_patient(s, ids["askar"], operator="aigul", at=now)
        with session_factory(engine).begin() as s:
            desk.save_registration(acting(s, "aigul"), Patient(surname="Омарова", given_name="Сәуле",
                                                               sex="F", birth_date=date(2000, 2, 2)),
                                   today=date.today())
        with session_factory(engine).begin() as s:
            s.add(m.ReferralRecord(number="A-2026-000042", issued_at=now, patient_id=ids["askar"],
                                   service="diagnostics", funding="mams", rule_pack="x",
                                   form_code="Ж-02", pdf_sha256="0" * 64))
            s.add(m.VisitRecord(patient_id=ids["askar"], service="phc_visit",
                                at=now - timedelta(days=1), funding="tmkkk"))  # yesterday: not listed
    finally:
        engine.dispose()


def _open_today(qtbot, window):
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F8)
    dialog = visible_dialog(window, "todayDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
    return dialog


def test_todays_list_with_csv_for_excel(qtbot, window, desk_db, tmp_path, monkeypatch):
    url, ids = desk_db
    _day_events(url, ids)
    dialog = _open_today(qtbot, window)
    kinds = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert sorted(kinds) == ["жолдама", "тіркеу", "шұғыл"]
    assert "шұғыл: 1" in dialog.todayCounts.text() and "жолдамалар: 1" in dialog.todayCounts.text()
    target = tmp_path / "day.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.todayCsvButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "day.csv" in dialog.todayStatus.text(), timeout=5000)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the mark
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Уақыты", "Түрі", "Науқас"]
    assert len(rows) == 4
    assert any(r[2] == "Омарова Сәуле" and r[1] == "тіркеу" for r in rows)
    assert any(r[6] == "A-2026-000042" for r in rows)


def test_todays_list_prints_through_the_preview(qtbot, window, desk_db):
    url, ids = desk_db
    _day_events(url, ids)
    dialog = _open_today(qtbot, window)
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        qtbot.mouseClick(dialog.todayPrintButton, Qt.MouseButton.LeftButton)
    preview = dialog.preview_dialog
    assert isinstance(preview, QDialog) and preview.isVisible()
    assert preview.preview.page_count() >= 1
    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(preview.preview.pdf_bytes())).pages[0].extract_text()
    assert "Омарова Сәуле" in text and "A-2026-000042" in text and date.today().strftime("%d.%m.%Y") in text
    preview.reject()


# ---------------------------------------------------------------- the keyboard

def test_the_new_parts_are_reachable_by_keyboard(qtbot, window, desk_db):
    _url, ids = desk_db
    _open(qtbot, window, ids["askar"])
    window.searchEdit.setFocus()
    seen = set()
    for _ in range(100):
        widget = window.focusWidget()
        if widget is not None:
            seen.add(widget.objectName() or type(widget).__name__)
        window.focusNextChild()
    assert "phoneEvidenceButton" in seen and "editPatientButton" in seen
    assert "qt_tabwidget_tabbar" in seen  # the history tab is one arrow key away
    assert window.action_today.shortcut().toString() == "F8"
