"""Upgrades keep the data: a saved database of every released schema (tests/db/schemas/REV.sqlite,
made by `python -m scripts.schema_fixture REV`) is opened by this program, which copies it aside
first and migrates it; every patient, referral, counter and the site prefix are still there
and the desk goes on numbering after them. A migration without its saved database fails here."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from db.backup import default_backup_folder, list_backups
from db.engine import SCHEMA_HEAD, alembic_config, current_revision, open_database, session_factory
from db.referrals import allocate_number, get_referral
from db.repositories import load_patient
from db.settings import ensure_site_prefix
from domain.messages import BadInput

FOLDER = Path(__file__).resolve().parent / "schemas"
FIXTURES = sorted(FOLDER.glob("*.sqlite"))


def revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return sorted(rev.revision for rev in script.walk_revisions())


def snapshot(path: Path) -> dict[str, object]:
    """What must survive, read with plain sqlite3 (the same query before and after)."""
    con = sqlite3.connect(path)
    try:
        return {
            "patients": con.execute(
                "SELECT uuid, iin, local_id, surname, given_name, birth_date, sex FROM patients "
                "ORDER BY uuid").fetchall(),
            "referrals": con.execute(
                "SELECT r.number, p.uuid, r.service, r.funding, r.pdf_sha256, r.issued_at "
                "FROM referrals r JOIN patients p ON p.id = r.patient_id ORDER BY r.number").fetchall(),
            "sequences": con.execute(
                "SELECT name, site, year, last_value FROM sequences ORDER BY 1, 2, 3").fetchall(),
            # the settings the clinic made (the program may add its own, e.g. the database's id),
            # in `settings` or, from 0009, the clinic's own in `clinic_settings`
            "settings": sorted(con.execute(
                "SELECT key, value FROM settings WHERE key IN "
                "('site_prefix', 'org_name_kk', 'org_bin', 'paper')").fetchall() + (con.execute(
                    "SELECT key, value FROM clinic_settings WHERE key IN "
                    "('org_name_kk', 'org_bin', 'paper')").fetchall() if con.execute(
                    "SELECT 1 FROM sqlite_master WHERE name = 'clinic_settings'").fetchone()
                    else [])),
        }
    finally:
        con.close()


def revision_of(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def test_every_released_schema_has_its_saved_database():
    assert revisions()[-1] == SCHEMA_HEAD
    assert [f.stem for f in FIXTURES] == revisions()
    for fixture in FIXTURES:
        assert revision_of(fixture) == fixture.stem
        assert fixture.stat().st_size <= 100_000  # small enough to keep in the repository


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_an_upgrade_keeps_every_patient_referral_and_number(tmp_path, fixture):
    path = tmp_path / "clinic.sqlite"
    shutil.copyfile(fixture, path)
    before = snapshot(path)
    assert len(before["patients"]) == 4 and len(before["referrals"]) == 3

    engine = open_database(f"sqlite:///{path}")
    try:
        assert current_revision(engine) == SCHEMA_HEAD
        backups = list_backups(default_backup_folder())
        if fixture.stem == SCHEMA_HEAD:
            assert backups == []  # nothing to migrate, nothing copied
        else:
            # The copy was made before the migration: it still has the old schema and data.
            assert [b.tag for b in backups] == [f"before-{SCHEMA_HEAD}"]
            assert revision_of(backups[0].path) == fixture.stem
            assert snapshot(backups[0].path) == before
        assert snapshot(path) == before

        # The program itself reads them, and numbers on after the saved counters.
        make = session_factory(engine)
        with make() as s:
            ids = dict(s.execute(text(
                "SELECT iin, id FROM patients WHERE iin IS NOT NULL")).all())
            askar = load_patient(s, ids["850515300006"])
            assert (askar.surname, askar.given_name, str(askar.birth_date)) == (
                "Нұрланов", "Асқар", "1985-05-15")
            entry = get_referral(s, "FIX01-2026-000002")
            assert entry is not None and entry.service == "diagnostics" and entry.funding == "mams"
            assert ensure_site_prefix(s) == "FIX01"
            assert allocate_number(s, "FIX01", 2026) == "FIX01-2026-000004"
            s.rollback()
    finally:
        engine.dispose()


def test_a_database_of_a_newer_program_is_refused_and_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    shutil.copyfile(FIXTURES[-1], path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = snapshot(path)
    with pytest.raises(BadInput) as refused:
        open_database(f"sqlite:///{path}")
    assert "9999" in refused.value.message.kk and "Обновите программу" in refused.value.message.ru
    assert snapshot(path) == before and revision_of(path) == "9999"
    assert list_backups(default_backup_folder()) == []
