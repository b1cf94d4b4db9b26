"""The card and coverage with the real rule pack on a fixed date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from db.engine import open_database, session_factory
from db.repositories import save_patient
from domain.records import LegalStatus, Patient, PaymentPeriod
from domain.rulepack import load_rule_pack
from ui.models.coverage_model import COL_FUNDING, COL_REFERRAL, FUNDING_ROLE


def _open(qtbot, window, patient_id, on: date):
    window.patientCard.coverageDate.setDate(QDate(on))
    with qtbot.waitSignal(window.card_shown, timeout=10_000):
        window.open_patient(patient_id)


def test_coverage_lists_every_service_with_words_colours_and_citations(qtbot, window, desk_db):
    _url, ids = desk_db
    _open(qtbot, window, ids["askar"], date(2026, 1, 20))
    model = window.patientCard.coverage_model
    assert model.rowCount() == 22
    fundings = [model.index(r, 0).data(FUNDING_ROLE) for r in range(22)]
    assert "unknown" not in fundings
    assert set(fundings) >= {"tmkkk", "mams"}
    for r in range(22):
        assert model.index(r, COL_FUNDING).data()  # words beside the colour
        assert model.index(r, COL_REFERRAL).data()
    row = next(r for r in range(22) if model.index(r, 0).data(FUNDING_ROLE) == "mams")
    window.patientCard.coverageView.selectRow(row)
    details = window.patientCard.coverageDetails.toPlainText()
    decision = model.row_at(row).decision
    assert decision.rules and decision.rules[0].citation.kk in details  # the desk opens in Kazakh
    pack = load_rule_pack()
    assert pack.version.removesuffix(f"-{pack.content_hash}") in details
    assert pack.content_hash not in details  # the hash is for administrators
    assert pack.version.removesuffix(f"-{pack.content_hash}") in window.rulePackStatus.text()
    assert pack.content_hash not in window.rulePackStatus.text()


def test_badges_in_words_with_the_age_of_the_fund_answer(qtbot, window, desk_db):
    _url, ids = desk_db
    _open(qtbot, window, ids["askar"], date(2026, 1, 20))
    status = window.patientCard.statusBadge.text()
    assert "ҚР азаматы" in status and "Резидент" in status
    insurance = window.patientCard.insuranceBadge.text()
    assert insurance.startswith("МӘМС: сақтандырылған")
    assert "15 күн бұрын" in insurance and "ескірген" not in insurance
    _open(qtbot, window, ids["askar"], date(2026, 11, 20))
    assert "ескірген" in window.patientCard.insuranceBadge.text()


def test_the_arrears_helper_says_how_much_to_pay(qtbot, window, desk_db):
    url, _ids = desk_db
    engine = open_database(url)
    with session_factory(engine).begin() as s:
        pid = save_patient(s, Patient(
            surname="Төлеуов", given_name="Бақыт", birth_date=date(1980, 4, 4), sex="M",
            legal_status=LegalStatus("citizen"),
            payments=[PaymentPeriod("self_payer", "2024-01", "2025-06")]))
    engine.dispose()
    _open(qtbot, window, pid, date(2026, 3, 1))
    text = window.patientCard.insuranceBadge.text()
    assert text.startswith("МӘМС: сақтандырылмаған")
    assert "9 ай × 4 250 ₸ = 38 250 ₸" in text


def test_a_referral_on_file_is_shown_as_present(qtbot, window, desk_db):
    from datetime import datetime

    from db import models as m

    url, ids = desk_db
    engine = open_database(url)
    with session_factory(engine).begin() as s:
        s.add(m.ReferralRecord(number="SITE-2026-000001", issued_at=datetime(2026, 1, 10, 9, 0),
                               valid_until=date(2026, 2, 10), patient_id=ids["askar"],
                               service="planned_inpatient", funding="mams", rule_pack="x",
                               form_code="001-3/у", pdf_sha256="0" * 64))
    engine.dispose()
    _open(qtbot, window, ids["askar"], date(2026, 1, 20))
    model = window.patientCard.coverage_model
    rows = {model.row_at(r).service: r for r in range(model.rowCount())}
    assert model.index(rows["planned_inpatient"], COL_REFERRAL).data() == model.tr("needed — on file")
    assert model.index(rows["rehabilitation"], COL_REFERRAL).data() == model.tr("needed — missing")
    window.patientCard.coverageDate.setDate(QDate(2026, 3, 1))
    qtbot.waitUntil(lambda: window.patientCard.card.coverage.on == date(2026, 3, 1), timeout=5000)
    assert model.index(rows["planned_inpatient"], COL_REFERRAL).data() == model.tr("needed — missing")
    assert window.patientCard.coverageView.model().index(0, 0).data(Qt.ItemDataRole.DisplayRole)
