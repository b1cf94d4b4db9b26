"""What a decision looks like (the `evaluate` output). The rule pack produces these; the desk, the
slips and the command line read them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from domain.messages import DEFAULT_LANG, UNCONFIRMED, Message


@dataclass(frozen=True, slots=True)
class FiredRule:
    """A rule behind a decision: its citation in Kazakh and Russian (never a source tag), its
    text, and, when the rule is not verified, the reason it is not confirmed."""

    id: str
    citation: Message
    text: Message
    verified: bool = True
    reason: Message | None = None

    def __post_init__(self) -> None:
        if isinstance(self.citation, str):  # one text for both languages (slips stored earlier)
            object.__setattr__(self, "citation", Message(self.citation, self.citation))

    @property
    def unconfirmed(self) -> Message | None:
        """«норма нақтылануда» / «норма уточняется» for a rule not verified, else None."""
        return None if self.verified else UNCONFIRMED

    def as_json(self, lang: str = DEFAULT_LANG) -> dict[str, object]:
        """The citation in `lang`; texts in both languages. An unverified rule adds the desk's
        flag (`unconfirmed`) and its `reason`."""
        out: dict[str, object] = {"id": self.id, "citation": self.citation.in_lang(lang),
                                  "text": self.text.as_dict(), "verified": self.verified}
        if not self.verified:
            out["unconfirmed"] = UNCONFIRMED.as_dict()
            out["reason"] = self.reason.as_dict() if self.reason is not None else None
        return out


@dataclass(frozen=True, slots=True)
class Arrears:
    months: int
    amount_kzt: int

    def as_json(self) -> dict[str, int]:
        return {"months": self.months, "amount_kzt": self.amount_kzt}


@dataclass(frozen=True, slots=True)
class Visit:
    """The visit facts of an `evaluate` case."""

    service: str | None = None
    for_condition: str | None = None
    specialty: str | None = None
    screening_kind: str | None = None
    repeat_visit: bool = False
    emergency: bool = False
    referral: bool = False
    suspected: str | None = None  # an ICD-10 code suspected (not diagnosed) at this visit
    attached_here: bool = True  # the patient is attached to this clinic
    risk_confirmed: bool = False  # tests or ultrasound show the risk behind a suspicion


@dataclass(frozen=True, slots=True)
class DiagnosisCondition:
    """A verdict that holds only for a visit for one of the patient's own diagnoses: `codes`
    (e.g. I10, on dynamic observation). A visit for another diagnosis is funded `otherwise`,
    with the referral `otherwise_referral`."""

    codes: tuple[str, ...]
    otherwise: str  # tmkkk | mams | vhi | paid
    otherwise_referral: str  # not_needed | present | missing


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
    # The visit names no diagnosis and the verdict holds only for some of the patient's codes.
    for_diagnosis: DiagnosisCondition | None = None
    # No legal status is recorded and this verdict depends on it: `funding` is what the most
    # restrictive status gets, to be confirmed (never shown as the patient's verdict).
    status_unknown: bool = False

    def as_json(self, lang: str = DEFAULT_LANG) -> dict[str, object]:
        """The `evaluate` answer; rule citations in `lang`."""
        return {
            "service": self.service,
            "on": self.on.isoformat(),
            "funding": self.funding,
            "emergency": self.emergency,
            "referral": self.referral,
            "insured": self.insured,
            "status_class": self.status_class,
            "rules": [r.as_json(lang) for r in self.rules],
            "rule_pack": self.rule_pack,
            "arrears": self.arrears.as_json() if self.arrears else None,
        }
