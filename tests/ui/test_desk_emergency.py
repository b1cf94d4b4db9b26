"""Emergency is never blocked: with no patient, with a patient, with rules that fail."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from sqlalchemy import select

from db import models as m
from db.engine import open_database, session_factory
from scripts.driving import confirm_emergency
from services import desk
from tests.ui.conftest import type_text, visible_dialog


def _rows(url, model, *where):
    engine = open_database(url)
    try:
        with session_factory(engine)() as s:
            return list(s.scalars(select(model).where(*where)))
    finally:
        engine.dispose()


def _unknown_emergency(qtbot, window, sex_index=2, age=40, known="brought by ambulance"):
    qtbot.mouseClick(window.emergencyButton, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(window, "emergencyDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.emergencySex.setCurrentIndex(sex_index)
    dialog.emergencyAge.setValue(age)
    type_text(dialog.emergencyKnown, known)
    with qtbot.waitSignal(window.emergency_recorded, timeout=5000) as blocker:
        qtbot.mouseClick(dialog.registerButton, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_emergency_with_nobody_selected_registers_an_unidentified_patient(qtbot, window, desk_db):
    url, _ids = desk_db
    assert window.current_patient_id is None
    outcome = _unknown_emergency(qtbot, window)
    [setting] = _rows(url, m.SettingRecord, m.SettingRecord.key == "site_prefix")
    # numbered with the prefix referrals use, never a shared default
    assert outcome.local_id.startswith(json.loads(setting.value) + "-")
    assert not outcome.local_id.startswith("SITE-")
    assert outcome.operator == window.operator
    result = visible_dialog(window, "emergencyResult")
    assert result.isVisible()
    assert outcome.local_id in result.details.text()
    assert result.emergencyNote.text()
    patient = _rows(url, m.PatientRecord, m.PatientRecord.id == outcome.patient_id)[0]
    assert patient.iin is None and patient.local_id == outcome.local_id and patient.sex == "F"
    visit = _rows(url, m.VisitRecord, m.VisitRecord.patient_id == outcome.patient_id)[0]
    assert visit.emergency and visit.operator == window.operator and visit.at == outcome.at
    assert json.loads(visit.note)["known"] == "brought by ambulance"
    # no insurance question was asked: nothing about the Fund was written
    assert _rows(url, m.FundCheckRecord, m.FundCheckRecord.patient_id == outcome.patient_id) == []
    qtbot.waitUntil(lambda: window.current_patient_id == outcome.patient_id, timeout=5000)
    assert window.patientCard.identifyButton.isVisible()


def test_the_site_prefix_comes_from_the_settings(qtbot, window, desk_db):
    url, _ids = desk_db
    engine = open_database(url)
    with session_factory(engine).begin() as s:
        # configured over the prefix the desk may already have fixed at start-up
        s.merge(m.SettingRecord(key="site_prefix", value=json.dumps("ALM01")))
    engine.dispose()
    first = _unknown_emergency(qtbot, window)
    assert first.local_id.startswith("ALM01-") and first.local_id.endswith("-000001")
    qtbot.waitUntil(lambda: window.current_patient_id == first.patient_id, timeout=5000)
    window.searchEdit.setFocus()
    qtbot.keyClick(window.searchEdit, Qt.Key.Key_Escape)
    assert window.current_patient_id is None
    second = _unknown_emergency(qtbot, window, sex_index=0, age=-1, known="")
    assert second.local_id.endswith("-000002")


def test_emergency_with_a_patient_and_rules_that_raise(qtbot, window, desk_db, monkeypatch):
    url, ids = desk_db

    def broken(*_args, **_kwargs):
        raise RuntimeError("rule pack corrupted")

    monkeypatch.setattr(desk, "_facts", lambda record, on, pack=None: ("facts of", record.id, on))
    monkeypatch.setattr(desk, "_decide", broken)
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        window.open_patient(ids["askar"])
    assert window.findChild(type(window.emergencyButton), "emergencyButton").isEnabled()
    with qtbot.waitSignal(window.emergency_recorded, timeout=5000) as blocker:
        qtbot.keyClick(window.searchEdit, Qt.Key.Key_F9)
        confirm_emergency(window)
    outcome = blocker.args[0]
    assert outcome.patient_id == ids["askar"] and outcome.decision is None
    assert "RuntimeError" in outcome.error
    result = visible_dialog(window, "emergencyResult")
    assert result.isVisible() and result.emergencyNote.text()
    visit = _rows(url, m.VisitRecord, m.VisitRecord.patient_id == ids["askar"])[0]
    assert visit.emergency and visit.funding is None
    # the card of that patient still shows, every service "unknown — check"
    qtbot.waitUntil(lambda: window.patientCard.coverage_model.rowCount() > 0, timeout=5000)
    model = window.patientCard.coverage_model
    texts = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert texts == {model.tr("unknown — check")}


def test_emergency_with_nothing_selected_and_rules_that_raise(qtbot, window, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("no rules today")

    monkeypatch.setattr(desk, "_decide", broken)
    monkeypatch.setattr(desk, "_facts", broken)
    outcome = _unknown_emergency(qtbot, window)
    assert outcome.visit_id > 0 and outcome.local_id


def test_identifying_the_patient_later_links_the_visits(qtbot, window, desk_db):
    url, ids = desk_db
    outcome = _unknown_emergency(qtbot, window)
    qtbot.waitUntil(lambda: window.current_patient_id == outcome.patient_id, timeout=5000)
    visible_dialog(window, "emergencyResult").close()
    qtbot.mouseClick(window.patientCard.identifyButton, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(window, "identifyDialog")
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.identifySearch, "850515300006")
    qtbot.waitUntil(lambda: dialog.linkButton.isEnabled(), timeout=5000)
    with qtbot.waitSignal(window.card_shown, check_params_cb=lambda pid: pid == ids["askar"], timeout=5000):
        qtbot.mouseClick(dialog.linkButton, Qt.MouseButton.LeftButton)
    visits = _rows(url, m.VisitRecord, m.VisitRecord.patient_id == ids["askar"])
    assert [v.id for v in visits] == [outcome.visit_id]
    unknown = _rows(url, m.PatientRecord, m.PatientRecord.id == outcome.patient_id)[0]
    assert unknown.deleted
    assert "1" in window.patientCard.fields["visits"].text()


def test_linking_a_patient_to_itself_is_refused(desk_db):
    url, ids = desk_db
    engine = open_database(url)
    try:
        with session_factory(engine).begin() as s:
            import pytest

            from domain.messages import BadInput

            with pytest.raises(BadInput):
                desk.link_unidentified(s, ids["askar"], ids["askar"])
    finally:
        engine.dispose()
