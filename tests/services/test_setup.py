"""The setup's use case on real databases: answers checked before anything is written, the desk's
prefix claimed in the register of desks (refused when another desk of a shared PostgreSQL
database uses it, also when two set up at once), and each desk numbering with its own."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from db.desk_config import DeskConfig, write_config
from db.engine import SCHEMA_HEAD, open_database, probe_server, session_factory
from db.models import ClinicSettingRecord, SettingRecord
from db.referrals import allocate_number
from db.settings import desk_claims, ensure_site_prefix
from domain.bin import check_bin, make_bin
from domain.iin import control_digit
from domain.messages import BadInput
from services.setup import AdminAccount, SetupAnswers, apply_setup, check_answers
from tests import pg

BIN = make_bin("04064000123")
ANSWERS = SetupAnswers("Емхана", "Поликлиника", BIN, "ALM01")


def test_a_bin_is_checked_with_the_iins_control_digit():
    assert check_bin(BIN) is None
    assert int(BIN[11]) == control_digit(BIN[:11])
    wrong = BIN[:11] + str((int(BIN[11]) + 1) % 10)
    assert "бақылау" in check_bin(wrong).kk
    assert "12" in check_bin("12345").ru and check_bin("") is not None


@pytest.mark.parametrize(("change", "field"), [
    ({"bin": "040640001235"}, "bin"), ({"clinic_kk": " "}, "clinic_kk"),
    ({"site_prefix": "АЛМ"}, "site_prefix"), ({"server_url": "mysql://x/y"}, "server_url"),
    ({"paper": "A3"}, "paper"),
    ({"admin": AdminAccount("Admin!", "Name", "long-enough")}, "admin_login"),
    ({"admin": AdminAccount("admin", "Name", "short")}, "admin_password"),
    ({"admin": AdminAccount("admin", "Name", "long-enough", "other-one")}, "admin_repeat"),
])
def test_wrong_answers_are_refused_before_anything_is_written(db_url, change, field):
    with pytest.raises(BadInput) as refused:
        check_answers(replace(ANSWERS, **change))
    assert refused.value.field == field
    engine = open_database(db_url)
    with session_factory(engine)() as s, pytest.raises(BadInput):
        apply_setup(s, replace(ANSWERS, **change), "desk-a")
    with session_factory(engine)() as s:
        assert s.get(SettingRecord, "site_prefix") is None and desk_claims(s) == []
        assert s.query(ClinicSettingRecord).count() == 0
    engine.dispose()


def test_a_postgres_url_as_typed_gets_the_desks_driver():
    answers = check_answers(replace(ANSWERS, server_url="postgres://u:p@db.clinic/tirkeu"))
    assert answers.server_url == "postgresql+psycopg://u:p@db.clinic/tirkeu"


def test_setting_up_this_computers_file_again_keeps_working(db_url):
    """A reinstalled desk (a new desk id) on its own file: nothing there is another desk's."""
    engine = open_database(db_url)
    make = session_factory(engine)
    with make() as s:
        apply_setup(s, ANSWERS, "desk-old")
        s.commit()
    with make() as s:
        apply_setup(s, replace(ANSWERS, site_prefix="alm02"), "desk-new")
        s.commit()
    with make() as s:
        assert [(c.prefix, c.desk) for c in desk_claims(s)] == [("ALM01", "desk-old"),
                                                                 ("ALM02", "desk-new")]
        assert ensure_site_prefix(s) == "ALM02"
    engine.dispose()


@pytest.fixture
def server(postgres_url):
    with pg.own_database(postgres_url, "setup") as url:
        yield url


@pytest.mark.postgres
def test_a_prefix_another_desk_uses_on_the_server_is_refused(server):
    engine = open_database(server)
    make = session_factory(engine)
    with make() as s:
        apply_setup(s, ANSWERS, "desk-a")
        s.commit()
    assert probe_server(server, "desk-b") == {"revision": SCHEMA_HEAD, "taken": ["ALM01"]}
    assert probe_server(server, "desk-a")["taken"] == []
    with make() as s, pytest.raises(BadInput) as refused:
        apply_setup(s, replace(ANSWERS, clinic_kk="Басқа"), "desk-b")
    assert refused.value.field == "site_prefix" and "ALM02" in refused.value.message.ru
    with make() as s:  # nothing of the refused setup was kept
        assert s.get(ClinicSettingRecord, (BIN, "org_name_kk")).value == '"Емхана"'
    with make() as s:
        apply_setup(s, replace(ANSWERS, site_prefix="ALM02"), "desk-b")
        s.commit()
    with make() as s:
        assert [(c.prefix, c.desk) for c in desk_claims(s)] == [("ALM01", "desk-a"), ("ALM02", "desk-b")]
        # the server's own tools keep the first desk's prefix as the default
        assert ensure_site_prefix(s) == "ALM01"
    engine.dispose()


@pytest.mark.postgres
def test_each_desk_on_the_server_numbers_with_its_own_prefix(server, tmp_path, monkeypatch):
    engine = open_database(server)
    for desk, prefix in (("desk-a", "ALM01"), ("desk-b", "ALM02")):
        with session_factory(engine)() as s:
            apply_setup(s, replace(ANSWERS, site_prefix=prefix), desk)
            s.commit()
    numbers = []
    for desk, prefix in (("desk-a", "ALM01"), ("desk-b", "ALM02")):
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / desk))
        write_config(DeskConfig(database=server, site_prefix=prefix, desk_id=desk))
        with session_factory(engine)() as s:  # as the desk opens its sessions
            numbers.append(allocate_number(s, ensure_site_prefix(s), 2026))
            s.commit()
    assert numbers == ["ALM01-2026-000001", "ALM02-2026-000001"]
    engine.dispose()


@pytest.mark.postgres
def test_two_desks_claiming_one_prefix_at_once_get_it_once(server):
    engine = open_database(server)
    with session_factory(engine)() as s:  # the schema and settings exist
        s.commit()
    results: dict[str, object] = {}
    start = threading.Barrier(2)

    def claim(desk: str) -> None:
        start.wait()
        try:
            with session_factory(engine)() as s:
                apply_setup(s, ANSWERS, desk)
                s.commit()
            results[desk] = "ok"
        except BadInput as exc:
            results[desk] = exc.field

    threads = [threading.Thread(target=claim, args=(d,)) for d in ("desk-a", "desk-b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(results.values()) == ["ok", "site_prefix"]
    with session_factory(engine)() as s:
        assert [c.prefix for c in desk_claims(s)] == ["ALM01"]
    engine.dispose()

