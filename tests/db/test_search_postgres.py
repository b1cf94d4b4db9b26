"""Search, index refresh and duplicate checks on PostgreSQL (pg_trgm where the server has it)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from db.duplicates import find_duplicates
from db.engine import open_database, session_factory
from db.repositories import delete_patient, save_patient
from db.search import refresh_index, search_patients
from domain.messages import BadInput
from domain.records import Patient
from tests.db.search_people import people

pytestmark = pytest.mark.postgres


def test_search_on_postgres_matches_sqlite_behaviour(postgres_url):
    engine = open_database(postgres_url)
    make = session_factory(engine)
    with make() as s:
        s.execute(text("DELETE FROM search_postings"))
        s.execute(text("DELETE FROM search_indexed"))
        s.execute(text("DELETE FROM search_terms"))
        s.execute(text("DELETE FROM patients"))
        s.commit()
        target = Patient("Әбдірахманова", "Шынар", "Қайратқызы", "ABDIRAKHMANOVA", "SHYNAR",
                               birth_date=date(1978, 11, 30), sex="F", iin="781130400025")
        pid = save_patient(s, target, site="PG")
        for rec in people(300, seed=5):
            save_patient(s, rec, site="PG")
        s.commit()
        for query in ("Абдирахманова Шынар", "Abdirahmanova Šynar", "Әбдірахманава Шинар",
                      "дірахман шын", "Абдирахманова 1978", "Абдирахманова 30.11.1978"):
            hits = search_patients(s, query)
            assert pid in [h.id for h in hits], query
        assert [h.id for h in search_patients(s, "781130400025")] == [pid]
        assert pid in [h.id for h in search_patients(s, "7811304")]
        assert refresh_index(s.connection()) == 0
        twin = Patient("Abdirakhmanova", "Shynar", None, birth_date=date(1978, 11, 30), sex="F")
        assert [h.id for h in find_duplicates(s, twin)] == [pid]
        with pytest.raises(BadInput):
            find_duplicates(s, Patient("Ким", "Ольга", iin="781130400025"))
        delete_patient(s, pid)
        s.commit()
        assert pid not in [h.id for h in search_patients(s, "Абдирахманова Шынар")]
    engine.dispose()


def test_names_as_typed_find_their_people_on_postgres(postgres_url):
    """Patronymics in either form, short-word typos, initials, national spellings: the suite's
    name set (its first 120 people) on a server finds its people as on SQLite."""
    from bench.name_classes import CLASSES, add_people, measure_recall
    from tests.db.test_name_classes import _people

    engine = open_database(postgres_url)
    make = session_factory(engine)
    with make() as s:
        for table in ("search_postings", "search_indexed", "search_terms", "patients"):
            s.execute(text(f"DELETE FROM {table}"))
        s.commit()
        for rec in people(200, seed=9):
            save_patient(s, rec, site="PG")
        chosen = _people()[:120]
        ids = add_people(s, chosen)
        s.commit()
        out = measure_recall(s, chosen, ids, search_patients).as_json()
    engine.dispose()
    assert all(out[c] >= 0.95 for c in CLASSES if c in out), out
    assert out["overall"] >= 0.98 and out["exact_first"] >= 0.98, out
