"""Care that is free only for one diagnosis, through the real widgets: a patient on dynamic
observation for I10 sees «I10 бойынша тегін» / «бесплатно по I10» in the coverage table, and the
referral form will not issue such a referral without an ICD-10 code; with K80.1 it is paid, with
I10 free, as the register and the slip record."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from db.engine import open_database, session_factory
from db.referrals import referrals_of_patient
from db.repositories import save_patient
from domain.records import Diagnosis, IdentityDocument, LegalStatus, Patient
from tests.reports.pdfcheck import text_of
from tests.ui.conftest import visible_dialog
from ui.models.coverage_model import COL_FUNDING, FUNDING_ROLE

ON = date(2026, 11, 22)
HYPERTENSIVE_IIN = "600202300013"
ROW = {"kk": "I10 бойынша тегін; басқа диагнозбен — ақылы",
       "ru": "бесплатно по I10; с другим диагнозом — платно"}


@pytest.fixture
def hypertensive(desk_db):
    url, _ids = desk_db
    card = IdentityDocument("id_card", "045612378", date(2019, 1, 1), date(2029, 1, 1))
    engine = open_database(url)
    with session_factory(engine).begin() as s:
        pid = save_patient(s, Patient(
            "Омаров", "Бауыржан", iin=HYPERTENSIVE_IIN, birth_date=date(1960, 2, 2), sex="M",
            legal_status=LegalStatus("citizen", basis=card), documents=[card],
            conditions=[Diagnosis("I10", dispensary=True)]))
    engine.dispose()
    return pid


def _open(qtbot, window, patient_id):
    window.patientCard.coverageDate.setDate(QDate(ON))
    with qtbot.waitSignal(window.card_shown, timeout=10_000):
        window.open_patient(patient_id)


def _select(window, service: str) -> int:
    model = window.patientCard.coverage_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).service == service)
    window.patientCard.coverageView.selectRow(row)
    return row


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_row_says_the_care_is_free_for_i10(qtbot, window, hypertensive, lang):
    window.set_language(lang)
    _open(qtbot, window, hypertensive)
    model = window.patientCard.coverage_model
    for service in ("specialist_consult", "diagnostics", "planned_inpatient"):
        index = model.index(_select(window, service), COL_FUNDING)
        assert index.data() == ROW[lang], service
        assert index.data(FUNDING_ROLE) == "tmkkk"
    details = window.patientCard.coverageDetails.toPlainText()
    assert "I10" in details and {"kk": "ақылы", "ru": "платно"}[lang] in details
    # what does not depend on the diagnosis says only the funding
    assert model.index(_select(window, "phc_visit"), COL_FUNDING).data() == {
        "kk": "ТМККК (тегін)", "ru": "ГОБМП (бесплатно)"}[lang]


def _referral_form(qtbot, window, hypertensive):
    _open(qtbot, window, hypertensive)
    _select(window, "specialist_consult")
    window.activateWindow()  # back from an earlier form
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.patientCard.coverageView.setFocus()
    qtbot.keyClick(window.patientCard.coverageView, Qt.Key.Key_F6)  # the desk's referral key
    qtbot.waitUntil(lambda: visible_dialog(window, "referralDialog") is not None, timeout=5000)
    dialog = visible_dialog(window, "referralDialog")
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.decision is not None
                    and dialog._shown_decision(dialog._request()) is not None, timeout=20_000)
    return dialog


def _settle(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog._shown_decision(dialog._request()) is not None, timeout=20_000)


def _issue(qtbot, dialog, code: str):
    dialog.icdEdit.setFocus()
    qtbot.keyClicks(dialog.icdEdit, code)
    _settle(qtbot, dialog)
    assert dialog.issueButton.isEnabled() and dialog.issueButton.toolTip() == ""
    with qtbot.waitSignal(dialog.referral_issued, timeout=30_000):
        qtbot.keyClick(dialog.issueButton, Qt.Key.Key_Space)  # from the keyboard
    return dialog.issued


def _register(url, pid):
    engine = open_database(url)
    with session_factory(engine)() as s:
        entries = referrals_of_patient(s, pid)
    engine.dispose()
    return sorted((e.diagnosis_icd, e.funding) for e in entries)


def test_a_referral_without_the_diagnosis_is_not_issued(qtbot, window, desk_db, hypertensive):
    url, _ids = desk_db
    dialog = _referral_form(qtbot, window, hypertensive)
    assert dialog.serviceCombo.currentData() == "specialist_consult"
    assert dialog.icdEdit.text() == ""
    assert not dialog.issueButton.isEnabled() and not dialog.printButton.isEnabled()
    assert "АХЖ-10" in dialog.issueButton.toolTip() and "I10" in dialog.issueButton.toolTip()
    assert "АХЖ-10 кодын енгізіңіз" in dialog.icdStatusLabel.text()
    assert "I10" in dialog.fundingLabel.text() and "ақылы" in dialog.fundingLabel.text()
    dialog.issue()  # even asked directly, nothing is issued
    assert dialog.issued is None and _register(url, hypertensive) == []


def test_k80_is_paid_and_i10_is_free_on_the_slip_and_in_the_register(qtbot, window, desk_db, hypertensive):
    url, _ids = desk_db
    dialog = _referral_form(qtbot, window, hypertensive)
    gallstones = _issue(qtbot, dialog, "K80.1")
    assert gallstones.funding == "paid" and gallstones.slip.diagnosis_icd == "K80.1"
    slip = re.sub(r"\s+", " ", text_of(gallstones.pdf))
    assert "K80.1" in slip and "Ақылы" in slip
    dialog.reject()
    qtbot.waitUntil(lambda: visible_dialog(window, "referralDialog") is None, timeout=5000)
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=10_000)
    dialog = _referral_form(qtbot, window, hypertensive)
    pressure = _issue(qtbot, dialog, "I10")
    assert pressure.funding == "tmkkk" and pressure.slip.diagnosis_icd == "I10"
    assert "ТМККК" in re.sub(r"\s+", " ", text_of(pressure.pdf))
    assert _register(url, hypertensive) == [("I10", "tmkkk"), ("K80.1", "paid")]
