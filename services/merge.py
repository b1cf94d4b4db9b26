"""Two records of one person become one: what each holds, side by side, and the merge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db import merge as store
from db.duplicates import PairAcrossDesks, pairs_across_desks
from db.engine import take_write_lock
from db.settings import ensure_site_prefix
from db.visits import Session
from domain import access
from services.access import operator as operator_of
from services.access import require


@dataclass(frozen=True, slots=True)
class MergeSide:
    id: int
    full_name: str
    iin: str | None
    local_id: str | None
    birth_date: date | None
    status: str | None
    visits: int
    referrals: int
    evidence: int


def merge_sides(session: Session, keep_id: int, other_id: int) -> tuple[MergeSide, MergeSide]:
    """Both records as the merge form shows them; BadInput when they cannot be merged."""
    pair = store.load_pair(session, keep_id, other_id)
    sides = []
    for record in pair:
        held = store.holdings(session, record.id, record)
        status = record.legal_status.status if record.legal_status else None
        sides.append(MergeSide(record.id, record.full_name, record.iin, record.local_id, record.birth_date,
                               status, held.visits, held.referrals, held.evidence))
    return sides[0], sides[1]


def merge(session: Session, keep_id: int, other_id: int) -> int:
    """Merge `other_id` into `keep_id` (one transaction, the write lock first); the id kept.
    Refused (Forbidden, nothing written) without the right to merge records."""
    require(session, access.MERGE)
    take_write_lock(session)
    store.merge_patients(session, keep_id, other_id, operator_of(session), ensure_site_prefix(session))
    return keep_id


def pairs_to_offer(session: Session, limit: int = 50) -> list[PairAcrossDesks]:
    """Records without an IIN that two desks registered and that may be one person: the sync
    page offers them for merge (the merge itself asks for the right to merge)."""
    return pairs_across_desks(session, limit)
