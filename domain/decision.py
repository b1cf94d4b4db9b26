"""What a decision looks like (ARCHITECTURE.md `evaluate` output). The rulebook produces these;
the desk, the slips and the command line read them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from domain.messages import Message


@dataclass(frozen=True, slots=True)
class FiredRule:
    id: str
    citation: str
    text: Message
    verified: bool = True

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "citation": self.citation, "text": self.text.as_dict()}


@dataclass(frozen=True, slots=True)
class Arrears:
    months: int
    amount_kzt: int

    def as_json(self) -> dict[str, int]:
        return {"months": self.months, "amount_kzt": self.amount_kzt}


@dataclass(frozen=True, slots=True)
class Visit:
    """The visit facts of an `evaluate` case (DOMAIN.md §11)."""

    service: str | None = None
    for_condition: str | None = None
    specialty: str | None = None
    screening_kind: str | None = None
    repeat_visit: bool = False
    emergency: bool = False
    referral: bool = False


@dataclass(frozen=True, slots=True)
class Decision:
    service: str
    on: date
    funding: str  # tmkkk | mams | vhi | paid
    emergency: bool
    referral: str  # not_needed | present | missing
    insured: bool | None
    status_class: str  # resident | permit_holder | temporary | asylum_seeker
    rules: tuple[FiredRule, ...]
    rule_pack: str
    arrears: Arrears | None = None
    notes: tuple[Message, ...] = field(default=())  # e.g. "free until the threat to life is removed"

    def as_json(self) -> dict[str, object]:
        return {
            "service": self.service,
            "on": self.on.isoformat(),
            "funding": self.funding,
            "emergency": self.emergency,
            "referral": self.referral,
            "insured": self.insured,
            "status_class": self.status_class,
            "rules": [r.as_json() for r in self.rules],
            "rule_pack": self.rule_pack,
            "arrears": self.arrears.as_json() if self.arrears else None,
        }
