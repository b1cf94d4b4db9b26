"""Storage rows built without a database must be what SQLAlchemy itself would store."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Date, DateTime
from sqlalchemy.dialects import sqlite

from db.rows import OWNER, TABLE_COLS, RowBuilder, sqlite_date, sqlite_datetime
from demo.synth import generate_patients

DIALECT = sqlite.dialect()
STORE_DATETIME = DateTime().dialect_impl(DIALECT).bind_processor(DIALECT)
STORE_DATE = Date().dialect_impl(DIALECT).bind_processor(DIALECT)


@given(st.datetimes(min_value=datetime(1000, 1, 1)))
def test_datetimes_are_stored_as_sqlalchemy_stores_them(moment):
    assert sqlite_datetime(moment) == STORE_DATETIME(moment)


@given(st.dates(min_value=date(1000, 1, 1)))
def test_dates_are_stored_as_sqlalchemy_stores_them(day):
    assert sqlite_date(day) == STORE_DATE(day)


def test_rows_carry_ids_owner_and_unique_uuids():
    people = list(generate_patients(500, seed=4, on=date(2026, 11, 22)))
    builder = RowBuilder(dict.fromkeys(TABLE_COLS, 100), {"PHC-01": 7}, "ALM01",
                         datetime(2026, 11, 22, 8, 0), sqlite=True)
    ids = [builder.add(rec) for rec in people]
    rows = builder.take()
    assert ids == list(range(100, 600)) and [r[0] for r in rows["patients"]] == ids
    uuids = [r[1] for table in rows.values() for r in table]
    assert len(set(uuids)) == len(uuids) and all(len(u) == 32 for u in uuids)
    for name, table in rows.items():
        assert all(len(r) == len(TABLE_COLS[name]) for r in table)
        assert all(r[2:6] == ("2026-11-22 08:00:00.000000", 1, "ALM01", False) for r in table)
        if name != "patients":
            assert {r[OWNER] for r in table} <= set(ids)
            assert [r[0] for r in table] == list(range(100, 100 + len(table)))
    assert builder.take() == {}  # handed over once
