"""Counters that never hand out the same value twice, even with several processes or desks on
one database and after a crash (the increment commits with the caller's transaction)."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models import SequenceRecord


def next_value(session: Session, name: str, site: str, year: int) -> int:
    """Increment and return the counter (name, site, year). On SQLite open the session's
    transaction with `BEGIN IMMEDIATE` (see db.engine) when several processes may race."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(
        insert(SequenceRecord)
        .values(name=name, site=site, year=year, last_value=0)
        .on_conflict_do_nothing(index_elements=["name", "site", "year"])
    )
    session.execute(
        update(SequenceRecord)
        .where(SequenceRecord.name == name, SequenceRecord.site == site, SequenceRecord.year == year)
        .values(last_value=SequenceRecord.last_value + 1)
    )
    return session.scalar(
        select(SequenceRecord.last_value).where(
            SequenceRecord.name == name, SequenceRecord.site == site, SequenceRecord.year == year
        )
    )


def next_local_id(session: Session, site: str, year: int) -> str:
    """A site-prefixed local number for a patient without an IIN, e.g. `ALM01-2026-000042`."""
    return f"{site}-{year}-{next_value(session, 'local_id', site, year):06d}"
