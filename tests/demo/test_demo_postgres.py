"""Demo data and registry imports on PostgreSQL, the shared database of several desks."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db.engine import open_database, session_factory
from db.importer import import_file
from db.repositories import find_by_iin, load_patient, save_patient
from demo.load import fill
from demo.synth import generate_patients
from domain import records as r
from domain.messages import BadInput
from tests.helpers import ROOT

pytestmark = pytest.mark.postgres
ON = date(2026, 11, 22)


@pytest.fixture
def pg_url(postgres_url):
    """A database of its own on the session's server (demo refuses a non-empty one)."""
    name = f"demo_{uuid.uuid4().hex[:10]}"
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def test_demo_and_import_on_postgres(pg_url):
    engine = open_database(pg_url)
    try:
        out = fill(engine, 120, seed=6, on=ON)
        assert out["patients"] == 120
        expected = list(generate_patients(120, seed=6, on=ON))
        with session_factory(engine)() as s:
            got = load_patient(s, 7)
            assert (got.iin, got.full_name) == (expected[6].iin, expected[6].full_name)
            assert got.documents == expected[6].documents
            # ids assigned by the bulk writer do not collide with the next ORM insert
            new_id = save_patient(s, r.Patient(surname="Жаңа", given_name="Пациент",
                                                     legal_status=r.LegalStatus("citizen")))
            s.commit()
            assert new_id > 120
        with pytest.raises(BadInput):
            fill(engine, 5, seed=1, on=ON)
        first = import_file(engine, ROOT / "docs" / "examples" / "registry.csv", today=ON)
        assert first["rejected"] == 0 and first["inserted"] + first["updated"] == 7
        again = import_file(engine, ROOT / "docs" / "examples" / "registry.csv", today=ON)
        assert again["unchanged"] == 7
        with session_factory(engine)() as s:
            assert find_by_iin(s, "850515300006").attached_org == "PHC-01"
    finally:
        engine.dispose()
