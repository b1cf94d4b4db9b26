"""Patient search: IIN, IIN prefix, names across scripts and spellings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models as m
from domain.names import fold


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: int
    iin: str | None
    full_name: str
    birth_date: date | None
    sex: str | None
    status: str | None
    score: float

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "iin": self.iin, "full_name": self.full_name,
                "birth_date": self.birth_date.isoformat() if self.birth_date else None,
                "sex": self.sex, "status": self.status}


def refresh_index(connection) -> None:
    """Bring the search index up to date after a bulk load (no separate index yet)."""


def search_patients(session: Session, query: str, limit: int = 20) -> list[SearchHit]:
    q = query.strip()
    stmt = select(m.PatientRecord).where(m.PatientRecord.deleted.is_(False))
    if q.isdigit():
        stmt = stmt.where(m.PatientRecord.iin.startswith(q))
    else:
        for word in fold(q).split():
            stmt = stmt.where(m.PatientRecord.search_key.contains(word))
    rows = session.scalars(stmt.order_by(m.PatientRecord.surname).limit(limit))
    return [SearchHit(p.id, p.iin, " ".join(x for x in (p.surname, p.given_name, p.patronymic) if x),
                      p.birth_date, p.sex, p.status, 1.0) for p in rows]
