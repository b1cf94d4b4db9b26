"""The same models and migrations run on PostgreSQL, the shared database of several desks."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from alembic import command
from sqlalchemy import inspect

from db.engine import (
    alembic_config,
    current_revision,
    head_revision,
    open_database,
    session_factory,
)
from db.repositories import find_by_iin, load_patient, save_patient
from db.sequences import next_value
from domain import records as r

pytestmark = pytest.mark.postgres


def test_postgres_migrates_to_head_and_back(postgres_url):
    engine = open_database(postgres_url)
    assert current_revision(engine) == head_revision()
    assert "patients" in inspect(engine).get_table_names()
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert "patients" not in inspect(engine).get_table_names()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    engine.dispose()


def test_postgres_stores_a_patient_and_counts(postgres_url):
    engine = open_database(postgres_url)
    make = session_factory(engine)
    rec = r.Patient(
        surname="Нұрғалиева", given_name="Әйгерім", patronymic="Сәкенқызы", iin="850515400012",
        birth_date=date(1985, 5, 15), sex="F",
        legal_status=r.LegalStatus("citizen"),
        fund_checks=[r.FundCheck(True, datetime(2026, 11, 1, 9, 30), "fund_service")],
        payments=[r.PaymentPeriod("employee", "2024-01", "2026-10")],
        conditions=[r.Diagnosis("E11.9", dispensary=True)],
    )
    with make() as s:
        pid = save_patient(s, rec)
        s.commit()
    with make() as s:
        got = load_patient(s, pid)
        assert got.full_name == "Нұрғалиева Әйгерім Сәкенқызы"
        assert got.legal_status.status == "citizen"
        assert got.conditions[0].code == "E11.9" and got.conditions[0].dispensary
        assert find_by_iin(s, "850515400012").id == pid
        first = next_value(s, "referral", "PG1", 2026)
        second = next_value(s, "referral", "PG1", 2026)
        assert second == first + 1
        s.commit()
    engine.dispose()


def test_postgres_opens_a_card_with_its_referrals_on_file(postgres_url):
    """The card reads the referrals on file by date; on PostgreSQL that query once failed
    (date() of a timestamp compared with text), so no card opened there."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from services import desk
    from services.referrals import issue_referral

    # a database of its own on the shared server: the other tests expect theirs unchanged
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("CREATE DATABASE card_test"))
    url = make_url(postgres_url).set(database="card_test").render_as_string(hide_password=False)
    engine = open_database(url)
    make = session_factory(engine)
    try:
        with make.begin() as s:
            pid = save_patient(s, r.Patient(surname="Сейітова", given_name="Дана", iin="900101400003",
                                            birth_date=date(1990, 1, 1), sex="F",
                                            legal_status=r.LegalStatus("citizen")))
        with make() as s:
            issue_referral(s, pid, "diagnostics", on=date(2026, 11, 22))
            s.commit()
        with make.begin() as s:
            card = desk.open_card(s, pid, date(2026, 11, 22))
            on_file = {row.service for row in card.coverage.rows if row.referral_on_file}
            before = desk.coverage_for(s, pid, date(2026, 11, 21))
        assert card.record.id == pid and on_file == {"diagnostics"}
        assert not any(row.referral_on_file for row in before.rows)
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text("DROP DATABASE card_test"))
        admin.dispose()
