"""The pieces under the window: the task runner, the table models, the card, the crash path,
and the calls into the referral and settings dialogs."""

from __future__ import annotations

import threading
import types
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from db.engine import open_database, session_factory
from db.search import SearchHit
from domain.decision import Decision, FiredRule
from domain.messages import Message
from services import desk
from ui.models.coverage_model import COL_FUNDING, COL_REFERRAL, FUNDING_ROLE, CoverageModel
from ui.models.results_model import PATIENT_ID_ROLE, ResultsModel
from ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot, db_url):
    engine = open_database(db_url)
    r = TaskRunner(session_factory(engine))
    yield r
    r.wait()
    engine.dispose()


def test_stale_answers_are_dropped(qtbot, runner):
    gate = threading.Event()
    delivered = []

    def slow(_session):
        gate.wait(5)
        return "old"

    runner.submit(slow, delivered.append, channel="search")
    runner.submit(lambda _s: "new", delivered.append, channel="search")
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    assert delivered == ["new"]


def test_answers_arrive_on_the_gui_thread_and_failures_too(qtbot, runner):
    seen = {}
    main = threading.get_ident()

    def work(session):
        seen["worker"] = threading.get_ident()
        return session.connection().exec_driver_sql("select 41 + 1").scalar()

    runner.submit(work, lambda v: seen.update(value=v, gui=threading.get_ident()))
    runner.submit(lambda _s: 1 / 0, None, lambda exc: seen.update(failed=type(exc).__name__))
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    assert seen["value"] == 42 and seen["gui"] == main and seen["worker"] != main
    assert seen["failed"] == "ZeroDivisionError"


def test_a_failed_write_is_rolled_back(qtbot, runner):
    from db import models as m

    def write_then_fail(session):
        session.add(m.SettingRecord(key="k", value='"v"'))
        session.flush()
        raise RuntimeError("after the write")

    errors = []
    runner.submit(write_then_fail, None, errors.append)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    assert errors and isinstance(errors[0], RuntimeError)
    with runner.session_factory() as s:
        assert s.get(m.SettingRecord, "k") is None


def _decision(service: str, funding: str, referral: str = "not_needed") -> Decision:
    rule = FiredRule("tmkkk.test", "Code 360-VI art. 196", Message("ереже", "правило"))
    return Decision(service, date(2026, 3, 1), funding, False, referral, True, "resident", (rule,), "2026.11-abc")


def test_models_pass_the_model_tester(qtbot, qtmodeltester):
    results = ResultsModel()
    results.set_hits([SearchHit(1, "850515300006", "Нұрланов Асқар", date(1985, 5, 15), "M", "citizen", 1.0),
                      SearchHit(2, None, "Smith John", None, None, None, 0.5)])
    qtmodeltester.check(results)
    assert results.data(results.index(1, 0), PATIENT_ID_ROLE) == 2
    coverage = CoverageModel()
    coverage.set_coverage(desk.Coverage(date(2026, 3, 1), (
        desk.CoverageRow("phc_visit", _decision("phc_visit", "tmkkk")),
        desk.CoverageRow("diagnostics", _decision("diagnostics", "mams", "missing")),
        desk.CoverageRow("procedures", None, False, "RuntimeError: broken"),
    ), "2026.11-abc"))
    qtmodeltester.check(coverage)


def test_funding_is_told_in_words_and_colour(qtbot):
    model = CoverageModel(lang="ru")
    model.set_coverage(desk.Coverage(date(2026, 3, 1), (
        desk.CoverageRow("phc_visit", _decision("phc_visit", "tmkkk")),
        desk.CoverageRow("diagnostics", _decision("diagnostics", "mams", "missing")),
        desk.CoverageRow("procedures", None, False, "RuntimeError: broken"),
    ), "2026.11-abc"))
    texts = [model.index(r, COL_FUNDING).data() for r in range(3)]
    colours = [model.index(r, COL_FUNDING).data(Qt.ItemDataRole.BackgroundRole).color().name() for r in range(3)]
    assert texts[0] == "ГОБМП (бесплатно)" and texts[1] == "ОСМС"
    assert texts[2] == model.tr("unknown — check")
    assert len(set(colours)) == 3
    assert [model.index(r, COL_FUNDING).data(FUNDING_ROLE) for r in range(3)] == ["tmkkk", "mams", "unknown"]
    assert model.index(1, COL_REFERRAL).data() == model.tr("needed — missing")
    assert "ОСМС" in model.index(1, COL_REFERRAL).data(Qt.ItemDataRole.ToolTipRole)


def test_the_card_flags_an_iin_that_contradicts_the_stored_facts(qtbot, window, desk_db):
    _url, ids = desk_db
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        window.open_patient(ids["mismatch"])
    card = window.patientCard
    assert card.fields["iinWarning"].isVisible()
    warning = card.fields["iinWarning"].text()
    assert "01.01.1990" in warning and "әйел" in warning
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        window.open_patient(ids["askar"])
    assert not card.fields["iinWarning"].isVisible()
    assert "012345678" in card.fields["documents"].text() and "09.01.2030" in card.fields["documents"].text()


def test_an_expired_document_is_marked(qtbot, window, desk_db):
    _url, ids = desk_db
    window.patientCard.coverageDate.setDate(QDate(2031, 1, 1))
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        window.open_patient(ids["askar"])
    assert window.patientCard.fields["documents"].text().count("#c62828") == 1


def test_the_coverage_date_can_be_changed(qtbot, window, desk_db, monkeypatch):
    _url, ids = desk_db
    asked = []

    def fake_coverage(record, on, referrals=None, visit=None, pack=None):
        asked.append(on)
        return desk.Coverage(on, (desk.CoverageRow("phc_visit", _decision("phc_visit", "tmkkk")),), "v")

    monkeypatch.setattr(desk, "coverage", fake_coverage)
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        window.open_patient(ids["askar"])
    with qtbot.waitSignal(window.coverage_shown, timeout=5000):
        window.patientCard.coverageDate.setDate(QDate(2027, 2, 1))
    assert asked[-1] == date(2027, 2, 1)
    assert window.patientCard.card.coverage.on == date(2027, 2, 1)
    details = window.patientCard.coverageDetails.toPlainText()
    assert "Code 360-VI art. 196" in details and "v" in details


def test_a_failing_evaluation_spoils_only_its_row(monkeypatch):
    """The card decides the whole catalogue in one call; a rule that raises for one service
    makes that row "unknown — check" and the others are decided as usual."""
    from domain import decide as engine
    from domain.records import LegalStatus, Patient

    record = Patient("Нұрланов", "Асқар", birth_date=date(1985, 5, 15), sex="M",
                     legal_status=LegalStatus("citizen"))
    on = date(2026, 3, 1)
    healthy = {r.service: r for r in desk.coverage(record, on, {"diagnostics"}).rows}
    real = engine.PREDICATE_IMPLS["emergency"]

    def emergency(c, arg, service):
        if service == "diagnostics":
            raise ValueError("no rule in force")
        return real(c, arg, service)

    monkeypatch.setitem(engine.PREDICATE_IMPLS, "emergency", emergency)
    shared = []
    real_context = engine._Context
    monkeypatch.setattr(engine, "_Context", lambda *a: shared.append(a) or real_context(*a))
    cov = desk.coverage(record, on, {"diagnostics"})
    by_service = {r.service: r for r in cov.rows}
    assert [r.service for r in cov.rows] == list(healthy)
    assert by_service["diagnostics"].decision is None and "no rule in force" in by_service["diagnostics"].error
    assert by_service["diagnostics"].referral_on_file
    others = [r for r in cov.rows if r.service != "diagnostics"]
    assert all(r.decision is not None and r.decision == healthy[r.service].decision for r in others)
    assert len(shared) == 1  # one shared context for the whole card


def test_a_referral_on_file_reaches_only_its_own_row():
    from domain.records import LegalStatus, Patient

    record = Patient("Нұрланов", "Асқар", birth_date=date(1985, 5, 15), sex="M",
                     legal_status=LegalStatus("citizen"))
    rows = {r.service: r for r in desk.coverage(record, date(2026, 3, 1), {"planned_inpatient"}).rows}
    assert rows["planned_inpatient"].referral_on_file and rows["planned_inpatient"].decision.referral == "present"
    assert not rows["rehabilitation"].referral_on_file and rows["rehabilitation"].decision.referral == "missing"


def test_the_card_opens_when_the_rule_parts_fail(db_url, desk_db, monkeypatch):
    from domain import insurance, screening, status

    def broken(*_args, **_kwargs):
        raise RuntimeError("rule part broken")

    for module, name in ((status, "classify"), (insurance, "insurance_status"), (screening, "due_screenings")):
        monkeypatch.setattr(module, name, broken)
    monkeypatch.setattr(desk, "_facts", broken)
    _url, ids = desk_db
    engine = open_database(db_url)
    with session_factory(engine)() as s:
        card = desk.open_card(s, ids["askar"], date(2026, 3, 1))
    engine.dispose()
    assert card.record.id == ids["askar"] and card.documents
    assert (card.status, card.insurance, card.screenings) == (None, None, [])
    assert all("rule part broken" in e for e in (card.status_error, card.insurance_error, card.screening_error))
    assert len(card.coverage.rows) == 22 and all(r.decision is None for r in card.coverage.rows)


def test_unexpected_errors_reach_the_crash_dialog_and_the_log(qtbot, window, tmp_path):
    from services.errors import log_dir

    window.tasks.submit(lambda _s: {}["missing"])
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "crashDialog")),
                    timeout=5000)
    assert "KeyError" in (log_dir() / "crash.log").read_text("utf-8")
    for box in window.findChildren(QMessageBox, "crashDialog"):
        box.setObjectName("expectedCrashDialog")


def test_referral_and_settings_call_the_slips_dialogs(qtbot, window, desk_db, monkeypatch):
    _url, ids = desk_db
    calls = []
    referral = types.ModuleType("ui.referral_dialog")
    referral.open_referral_dialog = lambda *a, **k: calls.append(("referral", a[1:], k))
    settings = types.ModuleType("ui.settings_dialog")

    class Opened(QObject):  # what the settings part hands back: its dialog and its signal
        setup_saved = Signal()

    def open_settings(*a, **k):
        calls.append(("settings", a[1:], k))
        return Opened(window)

    settings.open_settings_dialog = open_settings
    monkeypatch.setitem(__import__("sys").modules, "ui.referral_dialog", referral)
    monkeypatch.setitem(__import__("sys").modules, "ui.settings_dialog", settings)
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        window.open_patient(ids["askar"])
    window.patientCard.coverageView.selectRow(6)
    service = window.patientCard.selected_service()
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F6)
    window.action_settings.trigger()
    kind, args, kwargs = calls[0]
    assert kind == "referral" and args[1:4] == (ids["askar"], service, window.coverage_date())
    assert args[4] == "kk" and kwargs == {"emergency": False,
                                          "inputs": window.patientCard.visit_inputs()}
    assert args[0] is window.tasks
    assert calls[1][0] == "settings" and calls[1][1] == (window.tasks,)


def test_emergency_outcome_is_stored_with_time(desk_db):
    url, ids = desk_db
    engine = open_database(url)
    at = datetime(2026, 11, 22, 3, 15)
    with session_factory(engine).begin() as s:
        outcome = desk.emergency_for_patient(s, ids["askar"], operator="aigul", at=at)
    engine.dispose()
    assert outcome.at == at and outcome.operator == "aigul"


def test_work_asked_before_the_database_is_open_runs_once_it_is(qtbot, db_url):
    engine = open_database(db_url)
    r = TaskRunner(None)
    delivered = []
    r.submit(lambda _s: "stale", delivered.append, channel="search")
    r.submit(lambda s: s.connection().exec_driver_sql("select 7").scalar(), delivered.append, channel="search")
    r.submit(lambda _s: "status", delivered.append)
    assert r.busy() and delivered == []
    r.attach(session_factory(engine))
    qtbot.waitUntil(lambda: not r.busy(), timeout=5000)
    assert sorted(map(str, delivered)) == ["7", "status"]
    r.wait()
    engine.dispose()


def test_the_real_referral_form_opens_over_the_desk_and_reloads_the_card(qtbot, window, desk_db):
    from PySide6.QtWidgets import QDialog

    _url, ids = desk_db
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        window.open_patient(ids["askar"])
    before = set(window.findChildren(QDialog))
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_F6)
    opened = [d for d in window.findChildren(QDialog) if d not in before and d.isVisible()]
    assert len(opened) == 1
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        opened[0].reject()


def test_the_settings_dialog_speaks_the_desk_language(qtbot, window):
    from PySide6.QtWidgets import QDialog

    window.set_language("ru")
    assert window.property("lang") == "ru"
    before = set(window.findChildren(QDialog))
    with qtbot.waitSignal(window.status_loaded, timeout=5000):
        window.action_settings.trigger()
        opened = [d for d in window.findChildren(QDialog) if d not in before and d.isVisible()]
        assert len(opened) == 1
        opened[0].reject()


def test_a_database_fault_in_a_desk_action_is_a_calm_message_not_a_crash(qtbot, window, desk_db):
    """A write refused because another program holds the database is an expected fault."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    url, ids = desk_db
    path = url.removeprefix("sqlite:///")
    import db.engine

    db.engine.BUSY_TIMEOUT_MS, saved = 100, db.engine.BUSY_TIMEOUT_MS
    other = sqlite3.connect(path, isolation_level=None)
    try:
        from ui.app import build_main_window

        w = build_main_window(url, "ru")
        qtbot.addWidget(w)
        other.execute("BEGIN IMMEDIATE")
        w.tasks.submit(lambda s: s.connection(execution_options={"sqlite_begin": "BEGIN IMMEDIATE"}))
        qtbot.waitUntil(lambda: bool(w.findChildren(QMessageBox, "badInputDialog")), timeout=10_000)
        shown = w.findChildren(QMessageBox, "badInputDialog")[0].text()
        assert "занята" in shown or "заблокирована" in shown, shown
        assert w.findChildren(QMessageBox, "crashDialog") == []
    finally:
        db.engine.BUSY_TIMEOUT_MS = saved
        other.close()
