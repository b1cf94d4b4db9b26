"""On PostgreSQL the server's own tools back up: pg_dump -Fc and pg_restore, as docs/backup.md
says. A database of the program's, dumped and restored into a fresh one, reads back the same."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db.engine import current_revision, head_revision, open_database, session_factory
from db.referrals import get_referral
from db.repositories import find_by_iin, load_patient, save_patient
from domain import records as r
from tests import pg

pytestmark = pytest.mark.postgres

PATIENTS = [
    ("Сейітова", "Дана", "900101400003", date(1990, 1, 1), "F"),
    ("Нұрланов", "Асқар", "850515300006", date(1985, 5, 15), "M"),
    ("Омарова", "Гүлнар", None, date(1972, 8, 30), "F"),
]


def _libpq(url: str) -> str:
    """The URL as pg_dump and pg_restore take it (no SQLAlchemy driver name)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _snapshot(url: str, referral: str) -> dict:
    engine = open_database(url)
    try:
        with session_factory(engine)() as s:
            patients = sorted(
                (p.full_name, p.iin, p.birth_date, p.sex)
                for p in (load_patient(s, pid) for pid in s.scalars(
                    text("SELECT id FROM patients ORDER BY id")))
            )
            entry = get_referral(s, referral)
            counters = s.execute(text("SELECT * FROM sequences ORDER BY 1, 2, 3")).all()
            return {"patients": patients, "referral": entry, "revision": current_revision(engine),
                    "counters": counters, "by_iin": find_by_iin(s, "900101400003").full_name}
    finally:
        engine.dispose()


def test_pg_dump_and_pg_restore_bring_back_the_same_data(postgres_url, tmp_path):
    from services.referrals import issue_referral

    bindir = pg._bin_dir()
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("CREATE DATABASE dump_source"))
        conn.execute(text("CREATE DATABASE dump_target"))
    source = make_url(postgres_url).set(database="dump_source").render_as_string(hide_password=False)
    target = make_url(postgres_url).set(database="dump_target").render_as_string(hide_password=False)
    try:
        engine = open_database(source)
        make = session_factory(engine)
        with make.begin() as s:
            ids = [save_patient(s, r.Patient(surname=sn, given_name=gn, iin=iin, birth_date=born,
                                             sex=sex, legal_status=r.LegalStatus("citizen")))
                   for sn, gn, iin, born, sex in PATIENTS]
        with make() as s:
            issued = issue_referral(s, ids[0], "diagnostics", on=date(2026, 11, 22))
            s.commit()
        engine.dispose()

        dump = tmp_path / "clinic.dump"
        subprocess.run([str(bindir / "pg_dump"), "-Fc", "-f", str(dump), "-d", _libpq(source)],
                       check=True, capture_output=True)
        assert dump.stat().st_size > 0
        subprocess.run([str(bindir / "pg_restore"), "--no-owner", "--exit-on-error",
                        "-d", _libpq(target), str(dump)], check=True, capture_output=True)

        before, after = _snapshot(source, issued.number), _snapshot(target, issued.number)
        assert after == before
        assert after["revision"] == head_revision()
        assert after["counters"] and len(after["patients"]) == 3 and after["referral"].service == "diagnostics"
        assert after["referral"].patient_id == ids[0]
    finally:
        with admin.connect() as conn:
            conn.execute(text("DROP DATABASE IF EXISTS dump_source WITH (FORCE)"))
            conn.execute(text("DROP DATABASE IF EXISTS dump_target WITH (FORCE)"))
        admin.dispose()
