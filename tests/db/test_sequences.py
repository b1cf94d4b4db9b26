from __future__ import annotations

from db.engine import open_database, session_factory
from db.sequences import next_local_id, next_value


def test_counters_are_per_name_site_and_year_and_survive_reopening(db_url):
    engine = open_database(db_url)
    make = session_factory(engine)
    with make() as s:
        assert [next_value(s, "referral", "A1", 2026) for _ in range(3)] == [1, 2, 3]
        assert next_value(s, "referral", "B2", 2026) == 1
        assert next_value(s, "referral", "A1", 2027) == 1
        assert next_local_id(s, "A1", 2026) == "A1-2026-000001"
        s.commit()
    engine.dispose()
    engine = open_database(db_url)
    with session_factory(engine)() as s:
        assert next_value(s, "referral", "A1", 2026) == 4
        s.rollback()
    with session_factory(engine)() as s:  # a rolled-back value is handed out again, never skipped
        assert next_value(s, "referral", "A1", 2026) == 4
    engine.dispose()
