"""The desk's sync starts soon after the desk saves: `after_writes` calls back once per commit
that changed something, after that commit is on the disk (never at a savepoint inside it), also
when the change was made by plain statements, and never for a read or a rollback."""

from __future__ import annotations

import sqlite3

from sqlalchemy import text

from db.engine import after_writes, open_database, session_factory, take_write_lock
from services import audit
from tests.helpers import acting


def _desk(tmp_path):
    path = tmp_path / "d.sqlite"
    engine = open_database(f"sqlite:///{path}")
    factory = session_factory(engine)
    seen: list[int] = []

    def saved() -> None:  # what another connection sees when the callback comes
        con = sqlite3.connect(path)
        try:
            seen.append(con.execute("SELECT count(*) FROM settings WHERE key LIKE 't.%'").fetchone()[0])
        finally:
            con.close()

    after_writes(factory, saved)
    return engine, factory, seen


def test_a_commit_after_a_savepoint_calls_back_once_with_the_rows_on_disk(tmp_path):
    engine, factory, seen = _desk(tmp_path)
    with factory() as s:
        take_write_lock(s)
        with s.begin_nested():  # as the registration's guarded flush does
            s.execute(text("INSERT INTO settings (key, value, updated_at) VALUES ('t.a', '1', CURRENT_TIMESTAMP)"))
        assert seen == []  # a savepoint released is not a commit
        s.commit()
    assert seen == [1]
    engine.dispose()


def test_plain_statements_and_an_audit_event_alone_count_as_writes(tmp_path):
    engine, factory, seen = _desk(tmp_path)
    with factory.begin() as s:
        s.execute(text("INSERT INTO settings (key, value, updated_at) VALUES ('t.b', '1', CURRENT_TIMESTAMP)"))
    with factory.begin() as s:
        audit.record(acting(s, "reception"), "patient.opened", "patient", entity_uuid="0" * 32)
    assert seen == [1, 1]
    engine.dispose()


def test_a_read_or_a_rollback_calls_nothing(tmp_path):
    engine, factory, seen = _desk(tmp_path)
    with factory.begin() as s:
        s.execute(text("SELECT count(*) FROM patients")).scalar()
    with factory() as s:
        s.execute(text("INSERT INTO settings (key, value, updated_at) VALUES ('t.c', '1', CURRENT_TIMESTAMP)"))
        s.rollback()
    with factory.begin() as s:  # the next transaction starts clean
        s.execute(text("SELECT 1")).scalar()
    assert seen == []
    engine.dispose()
