"""Everything one referral slip shows, as plain values ready to print.

The services layer assembles it from the patient, the decision and the clinic settings; the
renderer only lays it out, so the same data always gives the same PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from domain.decision import FiredRule
from domain.messages import Message

PAPER_SIZES = ("A4", "A5")
URGENCIES = ("planned", "urgent", "emergency")


@dataclass(frozen=True, slots=True)
class SlipOrganisation:
    name_kk: str
    name_ru: str
    bin: str | None = None
    address: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class SlipData:
    number: str
    issued_on: date
    form_code: str
    form_order: Message  # the approving order of the form, e.g. ҚР ДСМ-175/2020
    title: Message  # what the slip is for, e.g. «Госпитализацияға жолдама»
    referring_org: SlipOrganisation
    patient_name: str
    service_code: str
    service: Message
    funding_code: str  # tmkkk | mams | vhi | paid
    funding: Message
    rule_pack: str
    valid_until: date | None = None
    patient_iin: str | None = None
    patient_local_id: str | None = None  # for a patient without an IIN
    birth_date: date | None = None
    sex: str | None = None  # "M" | "F"
    address: str | None = None
    phone: str | None = None
    attached_org: Message | None = None
    legal_status: Message | None = None
    rules: tuple[FiredRule, ...] = ()
    notes: tuple[Message, ...] = ()  # e.g. "free until the threat to life is removed"
    target_org: SlipOrganisation | None = None
    specialist: str | None = None
    diagnosis_icd: str | None = None
    diagnosis_text: str | None = None
    urgency: str = "planned"  # planned | urgent | emergency
    emergency: bool = False
    doctor_name: str | None = None
    doctor_position: str | None = None
    paper: str = "A4"
    copy: bool = False
    draft: bool = False  # a preview before the number exists: watermarked, no machine codes
    issued_time: str | None = None  # "HH:MM" on an emergency slip: when it was issued
    voided: bool = False  # printed from the register after it was voided: marked so
    void_reason: str | None = None

    @property
    def patient_id_text(self) -> str:
        return self.patient_iin or self.patient_local_id or ""

    def qr_payload(self) -> str:
        """What the QR code carries: number, IIN (or local number), date and service."""
        return "\n".join((
            "TIRKEU-REF",
            f"N:{self.number}",
            f"IIN:{self.patient_id_text}",
            f"D:{self.issued_on.isoformat()}",
            f"S:{self.service_code}",
        ))

    def as_copy(self) -> SlipData:
        return replace(self, copy=True)

    def as_voided(self, reason: str | None) -> SlipData:
        """A copy printed after the referral was voided: it must not pass for a valid one."""
        return replace(self, copy=True, voided=True, void_reason=reason)


def _message(value: dict | None) -> Message | None:
    return Message(value["kk"], value["ru"]) if value else None


def _org(value: dict | None) -> SlipOrganisation | None:
    return SlipOrganisation(**value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def slip_to_json(slip: SlipData) -> dict:
    """The slip as JSON-able data (stored with the referral, so a reprint is the same slip)."""
    out: dict[str, object] = {}
    for name in SlipData.__slots__:
        value = getattr(slip, name)
        if isinstance(value, Message):
            value = value.as_dict()
        elif isinstance(value, SlipOrganisation):
            value = {k: getattr(value, k) for k in SlipOrganisation.__slots__}
        elif isinstance(value, date):
            value = value.isoformat()
        elif name == "rules":
            value = [{"id": r.id, "citation": r.citation.as_dict(), "text": r.text.as_dict(),
                      "verified": r.verified} for r in value]
        elif name == "notes":
            value = [n.as_dict() for n in value]
        out[name] = value
    return out


def slip_from_json(data: dict) -> SlipData:
    values = dict(data)
    for name in ("form_order", "title", "service", "funding"):
        values[name] = _message(values[name])
    for name in ("attached_org", "legal_status"):
        values[name] = _message(values.get(name))
    values["referring_org"] = _org(values["referring_org"])
    values["target_org"] = _org(values.get("target_org"))
    for name in ("issued_on", "valid_until", "birth_date"):
        values[name] = _day(values.get(name))
    values["rules"] = tuple(
        # a slip stored before citations had two renderings keeps its one text (same reprint)
        FiredRule(r["id"], Message(**r["citation"]) if isinstance(r["citation"], dict) else r["citation"],
                  Message(**r["text"]), r.get("verified", True))
        for r in values.get("rules", ())
    )
    values["notes"] = tuple(Message(**n) for n in values.get("notes", ()))
    return SlipData(**values)
