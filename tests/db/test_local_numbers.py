"""A local number stays findable after its record was merged into another: by the desk's search
and the `search` command (by hand on one desk; by the sync when two sites registered one IIN)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from db.engine import open_database, session_factory
from db.repositories import load_patient
from db.search import parse_query, search_patients
from domain import records as r
from services import desk as desk_services
from services.desk import save_registration
from services.merge import merge
from tests.helpers import acting

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 12, 7)


def register(session, **facts) -> int:
    facts.setdefault("birth_date", date(1985, 5, 15))
    facts.setdefault("sex", "M")
    pid = save_registration(acting(session, "t"), r.Patient(**facts), today=TODAY)
    session.commit()
    return pid


def cli_search(url: str, query: str) -> list[dict]:
    done = subprocess.run([sys.executable, "main.py", "--db", url, "search", query], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_local_number_is_a_query_of_its_own():
    assert parse_query("alm01-2026-000042").local_id == "ALM01-2026-000042"
    assert parse_query(" KAE02-2026-000007 ").local_id == "KAE02-2026-000007"
    assert parse_query("850515300006").local_id is None  # an IIN is not one
    assert parse_query("850515-300006").iin_prefix == "850515300006"
    assert parse_query("Нұрланов 1985").local_id is None


def test_the_number_of_a_merged_record_finds_the_one_it_became(db_url):
    engine = open_database(db_url)
    make = session_factory(engine)
    with make() as s:
        s.info["site_prefix"] = "ALM01"
        gone = register(s, surname="Белгісіз", given_name="Неизвестный")  # no IIN: a local number
        kept = register(s, surname="Нұрланов", given_name="Асқар", iin="850515300006")
        number = load_patient(s, gone).local_id
        other = register(s, surname="Сапаров", given_name="Ерлан")
    assert number and number.startswith("ALM01-")
    with make() as s:  # before the merge it finds its own record
        assert [h.id for h in search_patients(s, number)] == [gone]
        assert [h.id for h in desk_services.search(s, number.lower())] == [gone]
    with make() as s:
        merge(acting(s, "t"), kept, gone)
        s.commit()
    with make() as s:
        assert [h.id for h in search_patients(s, number)] == [kept]
        hit = desk_services.search(s, number)[0]
        assert (hit.id, hit.iin, hit.full_name) == (kept, "850515300006", "Нұрланов Асқар")
        third = load_patient(s, other).local_id
    with make() as s:  # merged again: the chain is followed to the end
        merge(acting(s, "t"), other, kept)
        s.commit()
    with make() as s:
        assert [h.id for h in search_patients(s, number)] == [other]
        assert [h.id for h in search_patients(s, third)] == [other]
        assert search_patients(s, "ALM01-2026-999999") == []
    engine.dispose()
    assert [h["id"] for h in cli_search(db_url, number)] == [other]


@pytest.mark.postgres
def test_both_local_numbers_find_the_patient_after_the_sync_made_one_of_him(postgres_url, tmp_path):
    from services import sync
    from tests import pg
    from tests.sync_tools import desk_factory, hub_factory

    with pg.own_database(postgres_url, "numbers") as url:
        hub = hub_factory(url)
        a = desk_factory(tmp_path / "a.sqlite", "ALM01")
        b = desk_factory(tmp_path / "b.sqlite", "ALM02")
        numbers = {}
        for desk, site in ((a, "ALM01"), (b, "ALM02")):
            with desk() as s:  # registered without an IIN first (a local number), then identified
                pid = register(s, surname="Нұрғалиева", given_name="Әйгерім", sex="F")
                rec = load_patient(s, pid)
                numbers[site] = rec.local_id
                save_registration(acting(s, "t"), replace(rec, iin="850515400012"), today=TODAY)
                s.commit()
        for _ in range(2):
            for i, (desk, site) in enumerate(((a, "ALM01"), (b, "ALM02"))):
                sync.run_round(desk, hub, desk_id=f"d{i}", site=site, clinic="040640001234")
        assert numbers["ALM01"].startswith("ALM01-") and numbers["ALM02"].startswith("ALM02-")
        for desk in (a, b):
            with desk() as s:
                found = {n: [(h.iin, h.full_name) for h in search_patients(s, n)]
                         for n in numbers.values()}
                assert found == {n: [("850515400012", "Нұрғалиева Әйгерім")] for n in numbers.values()}
        for desk in (a, b, hub):
            desk.kw["bind"].dispose()
        assert [h["iin"] for h in cli_search(f"sqlite:///{tmp_path / 'b.sqlite'}", numbers["ALM01"])] == [
            "850515400012"]
