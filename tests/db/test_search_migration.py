"""Schema 0007 on a database made before it: keys computed again, index rebuilt with first
letters, so that patronymics in either form and initials find patients saved earlier."""

from __future__ import annotations

import sqlite3
from datetime import date

from alembic import command

from db.engine import (
    SCHEMA_HEAD,
    alembic_config,
    current_revision,
    make_engine,
    open_database,
    session_factory,
)
from db.repositories import save_patient
from db.search import search_patients
from domain.records import Patient


def test_upgrade_to_0007_recomputes_keys_and_rebuilds_the_index(tmp_path):
    path = tmp_path / "old.sqlite"
    url = f"sqlite:///{path}"
    engine = open_database(url)
    with session_factory(engine)() as s:
        pid = save_patient(s, Patient("Ахметова", "Жанна", "Сериковна", birth_date=date(1990, 2, 1),
                                      sex="F"), site="OLD")
        other = save_patient(s, Patient("Мюллер", "Анна", None, birth_date=date(1960, 1, 1),
                                        sex="F"), site="OLD")
        s.commit()
    engine.dispose()
    engine = make_engine(url)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    engine.dispose()
    # Keys as the code before 0007 made them: no canonical words.
    con = sqlite3.connect(path)
    con.execute("UPDATE patients SET search_key = 'ahmetova jana serikovna' WHERE id = ?", (pid,))
    con.execute("UPDATE patients SET search_key = 'miuler ana' WHERE id = ?", (other,))
    con.commit()
    con.close()

    engine = open_database(url)  # upgrades (a copy is kept aside first)
    assert current_revision(engine) == SCHEMA_HEAD
    with session_factory(engine)() as s:
        keys = dict(s.connection().exec_driver_sql("SELECT id, search_key FROM patients").all())
        assert keys[pid] == "ahmetova jana serikovna serikizi"
        assert keys[other] == "muler ana"
        assert [h.id for h in search_patients(s, "Ахметова Жанна Серікқызы")][:1] == [pid]
        assert [h.id for h in search_patients(s, "Ахметова Ж. С.")][:1] == [pid]
        assert [h.id for h in search_patients(s, "Миллер Анна")][:1] == [other]
        ddl = s.connection().exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'search_words_fts'").scalar()
        assert "prefix='1'" in ddl
    engine.dispose()
