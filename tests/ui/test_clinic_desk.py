"""A desk set up before clinics had codes: opening it notes its clinic in this computer's
configuration, so that its slips stay its own clinic's when another clinic joins the database."""

from __future__ import annotations

from dataclasses import replace

from db.desk_config import DeskConfig, read_config, write_config
from db.engine import open_database, session_factory
from db.settings import clinics, load_settings
from domain.bin import make_bin
from services.referrals import clinic_settings, update_clinic_settings
from services.setup import SetupAnswers, apply_setup
from tests.reports.sample_clinic import fill_clinic
from tests.ui.conftest import wait_ready

OURS, OTHER = make_bin("04064000123"), make_bin("05054000456")


def test_an_old_desk_learns_its_clinic_and_keeps_it_when_another_joins(qtbot, db_url):
    fill_clinic(db_url)
    engine = open_database(db_url)
    with session_factory(engine)() as s:
        apply_setup(s, SetupAnswers("Біздің емхана", "Наша поликлиника", OURS, "OUR01"), "desk-1")
        s.commit()
    write_config(DeskConfig(database=db_url, site_prefix="OUR01", desk_id="desk-1"))  # no clinic

    from ui.app import build_main_window

    window = build_main_window(db_url, "kk")
    qtbot.addWidget(window)
    wait_ready(qtbot, window)
    window.close()
    assert read_config().clinic == OURS

    # Another clinic's settings arrive in the same database (a second clinic on the server).
    other = session_factory(engine)
    with other() as s:
        s.info["clinic"] = OTHER
        update_clinic_settings(s, replace(clinic_settings(s), org_name_kk="Басқа емхана",
                                          org_name_ru="Другая поликлиника", org_bin=OTHER))
        s.commit()
    with session_factory(engine)() as s:  # this desk's sessions
        assert sorted(clinics(s)) == sorted([OURS, OTHER])
        assert load_settings(s).org_name_kk == "Біздің емхана"
    engine.dispose()
