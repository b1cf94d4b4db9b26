"""Everything one referral slip shows (DOMAIN.md §10), as plain values ready to print.

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
