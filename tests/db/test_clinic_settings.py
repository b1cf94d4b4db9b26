"""Each clinic's own settings: a database upgraded from before clinics keeps printing its clinic's
name and BIN; two clinics sharing a PostgreSQL server each print their own, and changing one
clinic's settings leaves the other's as they were."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command

from db.desk_config import read_config
from db.engine import alembic_config, open_database, session_factory
from db.models import ClinicSettingRecord, SettingRecord
from db.settings import clinic_of, clinics, load_settings
from domain.bin import make_bin
from services.referrals import clinic_settings, issue_referral, update_clinic_settings
from services.setup import SetupAnswers, apply_setup, save_desk_config
from tests import pg
from tests.reports.pdfcheck import text_of
from tests.reports.sample_clinic import AIGERIM_IIN, CHILD_IIN, fill_clinic
from tests.services.test_referrals import ON, decision

SCHEMAS = Path(__file__).resolve().parent / "schemas"
FIXTURE_NAME, FIXTURE_BIN = "Тексеру емханасы", "040640001234"  # scripts/schema_fixture.py


def fixture_copy(revision: str, folder: Path) -> Path:
    path = folder / "clinic.sqlite"
    shutil.copyfile(SCHEMAS / f"{revision}.sqlite", path)
    return path


def slip_text(make, iin: str) -> str:
    with make.begin() as s:
        issued = issue_referral(s, iin, "specialist_consult", on=ON,
                                decision=decision("specialist_consult"))
    return text_of(issued.pdf)


def test_an_upgraded_database_keeps_its_clinic_on_the_slips(tmp_path):
    path = fixture_copy("0008", tmp_path)
    engine = open_database(f"sqlite:///{path}")
    try:
        with session_factory(engine)() as s:
            # the clinic's own settings moved under its BIN; the prefix stayed the database's
            assert clinics(s) == [FIXTURE_BIN] and clinic_of(s) == FIXTURE_BIN
            assert json.loads(s.get(ClinicSettingRecord, (FIXTURE_BIN, "paper")).value) == "A5"
            assert s.get(SettingRecord, "org_name_kk") is None
            assert json.loads(s.get(SettingRecord, "site_prefix").value) == "FIX01"
            settings = load_settings(s)
        assert (settings.org_name_kk, settings.org_bin, settings.paper) == (
            FIXTURE_NAME, FIXTURE_BIN, "A5")
        text = slip_text(session_factory(engine), "850515300006")
        assert FIXTURE_NAME in text and f"БСН / БИН: {FIXTURE_BIN}" in text
        assert "FIX01-2026-000004" in text  # and it numbers on after the saved counter
    finally:
        engine.dispose()


def test_an_upgraded_database_goes_back_with_its_clinic_settings(tmp_path):
    path = fixture_copy("0008", tmp_path)
    open_database(f"sqlite:///{path}").dispose()
    engine = open_database(f"sqlite:///{path}", run_migrations=False)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    engine.dispose()
    con = sqlite3.connect(path)
    stored = dict(con.execute("SELECT key, value FROM settings"))
    con.close()
    assert json.loads(stored["org_name_kk"]) == FIXTURE_NAME
    assert json.loads(stored["org_bin"]) == FIXTURE_BIN and json.loads(stored["paper"]) == "A5"


def test_settings_of_a_clinic_without_a_bin_become_the_clinic_set_up_next(tmp_path):
    """No BIN stored nor on the clinic's organisation: the settings are kept under "" (this
    database's only clinic) and still print; the next setup gives them the clinic's BIN."""
    path = fixture_copy("0008", tmp_path)
    con = sqlite3.connect(path)
    con.execute("DELETE FROM settings WHERE key = 'org_bin'")
    con.execute("UPDATE organisations SET bin = NULL")
    con.execute("INSERT INTO settings (key, value, updated_at) VALUES "
                "('form_code_consultation', '\"К-77\"', '2026-03-02 10:15:00')")
    con.commit()
    con.close()
    url = f"sqlite:///{path}"
    engine = open_database(url)
    try:
        make = session_factory(engine)
        with make() as s:
            assert clinics(s) == [""]
            assert load_settings(s).form_code_consultation == "К-77"
        assert FIXTURE_NAME in slip_text(make, "850515300006")

        new_bin = make_bin("05054000456")
        with make() as s:
            apply_setup(s, SetupAnswers("Жаңа атау", "Новое имя", new_bin, "FIX01"), "desk-1")
            s.commit()
        save_desk_config(SetupAnswers("Жаңа атау", "Новое имя", new_bin, "FIX01"), "desk-1", url)
        assert read_config().clinic == new_bin
        make = session_factory(engine)  # sessions of the desk set up on this file
        with make() as s:
            assert clinics(s) == [new_bin] and s.info["clinic"] == new_bin
            settings = load_settings(s)
        assert (settings.org_name_kk, settings.org_bin) == ("Жаңа атау", new_bin)
        assert settings.form_code_consultation == "К-77"  # what the clinic had set is kept
    finally:
        engine.dispose()


def test_a_bin_corrected_at_a_new_setup_of_this_computer_keeps_the_clinics_settings(db_url):
    fill_clinic(db_url)
    first, second = make_bin("04064000123"), make_bin("04064000124")
    engine = open_database(db_url)
    make = session_factory(engine)
    try:
        with make() as s:
            apply_setup(s, SetupAnswers("Емхана", "Поликлиника", first, "ALM01"), "desk")
            s.commit()
        with make() as s:
            s.info["clinic"] = first
            update_clinic_settings(s, replace(clinic_settings(s), form_code_emergency="Ш-9"))
            s.commit()
        with make() as s:
            apply_setup(s, SetupAnswers("Емхана", "Поликлиника", second, "ALM01"), "desk")
            s.commit()
        with make() as s:
            assert clinics(s) == [second]
            assert load_settings(s).form_code_emergency == "Ш-9"
    finally:
        engine.dispose()


# --- two clinics on one server ------------------------------------------------------------------

CLINIC_A = ("Көктөбе ауылдық емханасы", "Сельская поликлиника Коктобе", make_bin("04064000123"), "KOK01")
CLINIC_B = ("Жетісу қалалық емханасы", "Городская поликлиника Жетысу", make_bin("05054000456"), "ZHE01")


@pytest.fixture
def server(postgres_url):
    with pg.own_database(postgres_url, "clinics") as url:
        yield url


def desk_of(clinic, server: str, home, monkeypatch):
    """A desk of `clinic` set up on the server from a computer of its own (its own desk.json)."""
    name_kk, name_ru, bin_, prefix = clinic
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / prefix))
    answers = SetupAnswers(name_kk, name_ru, bin_, prefix, server_url=server)
    engine = open_database(server)
    with session_factory(engine)() as s:
        apply_setup(s, answers, f"desk-{prefix}")
        s.commit()
    save_desk_config(answers, f"desk-{prefix}")
    return engine, session_factory(engine)


@pytest.mark.postgres
def test_two_clinics_on_one_server_each_print_their_own(server, tmp_path, monkeypatch):
    fill_clinic(server)
    engine_a, desk_a = desk_of(CLINIC_A, server, tmp_path, monkeypatch)
    engine_b, desk_b = desk_of(CLINIC_B, server, tmp_path, monkeypatch)
    try:
        a, b = slip_text(desk_a, AIGERIM_IIN), slip_text(desk_b, CHILD_IIN)
        assert CLINIC_A[0] in a and f"БСН / БИН: {CLINIC_A[2]}" in a and "KOK01-" in a
        assert CLINIC_B[0] in b and f"БСН / БИН: {CLINIC_B[2]}" in b and "ZHE01-" in b
        assert CLINIC_B[0] not in a and CLINIC_B[2] not in a
        assert CLINIC_A[0] not in b and CLINIC_A[2] not in b

        # Clinic A changes its name, a form code and its doctors; clinic B's stay as they were.
        with desk_b() as s:
            before_b = clinic_settings(s)
            s.commit()
        with desk_a() as s:
            changed = replace(clinic_settings(s), org_name_kk="Көктөбе отбасылық емханасы",
                              form_code_consultation="К-15", paper="A5")
            update_clinic_settings(s, changed)
            s.commit()
        with desk_b() as s:
            assert clinic_settings(s) == before_b
        with desk_a() as s:
            now_a = load_settings(s)
        assert (now_a.org_name_kk, now_a.form_code_consultation, now_a.paper) == (
            "Көктөбе отбасылық емханасы", "К-15", "A5")
        a, b = slip_text(desk_a, AIGERIM_IIN), slip_text(desk_b, CHILD_IIN)
        assert "Көктөбе отбасылық емханасы" in a and "К-15" in a
        assert CLINIC_B[0] in b and "К-15" not in b and "Көктөбе" not in b
    finally:
        engine_a.dispose()
        engine_b.dispose()
