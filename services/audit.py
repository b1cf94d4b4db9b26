"""Recording what people do, in the audit trail (sealed as a hash chain by the database layer)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from db import audit as store
from services.access import operator


def record(session: Any, action: str, entity: str, *, entity_uuid: str | None = None,
           patient_uuid: str | None = None, detail: dict | None = None,
           at: datetime | None = None, by: str | None = None) -> None:
    """One event by the session's acting person (or `by`, e.g. a failed login's name), written
    with the caller's transaction."""
    store.add_event(session, action, entity, operator=by if by is not None else operator(session),
                    entity_uuid=entity_uuid, patient_uuid=patient_uuid, detail=detail, at=at)
