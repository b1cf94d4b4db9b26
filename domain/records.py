"""What the desk stores about a patient, as plain objects (the db layer maps rows to these).

These are *evidence* with dates; the rulebook turns them into facts on a given day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(slots=True)
class IdentityDocument:
    kind: str  # a code of domain.codes.DOCUMENT_CODES
    number: str
    issued_on: date | None = None
    valid_until: date | None = None
    issuer: str | None = None


@dataclass(slots=True)
class LegalStatus:
    status: str  # a code of domain.codes.STATUS_CODES
    since: date | None = None
    parent_status: str | None = None
    kandas_since: date | None = None
    basis: IdentityDocument | None = None  # the document that proves the status


@dataclass(slots=True)
class FundCheck:
    """The Fund's answer about МӘМС status, with where and when it was obtained."""

    insured: bool
    checked_at: datetime
    source: str  # "fund_service", "phone", "paper", "import", a phone channel (domain.codes)
    category: str | None = None  # the state category the answer named, when it named one


@dataclass(slots=True)
class CategoryGrant:
    code: str  # a code of domain.codes.CATEGORY_CODES
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(slots=True)
class PaymentPeriod:
    """Contributions paid for every month from first_month through last_month ("YYYY-MM")."""

    payer: str  # a code of domain.codes.PAYER_CODES
    first_month: str
    last_month: str


@dataclass(slots=True)
class Diagnosis:
    code: str  # ICD-10
    since: date | None = None
    dispensary: bool = False


@dataclass(slots=True)
class Patient:
    surname: str
    given_name: str
    patronymic: str | None = None
    latin_surname: str | None = None
    latin_given_name: str | None = None
    birth_date: date | None = None
    sex: str | None = None  # "M" | "F"
    iin: str | None = None
    local_id: str | None = None  # site-prefixed number for people without an IIN
    citizenship: str | None = None  # ISO 3166-1 alpha-3
    address: str | None = None
    phone: str | None = None
    attached_org: str | None = None  # organisation code
    attached_since: date | None = None  # when the attachment began, when known
    attachment_source: str | None = None  # where the attachment was learned ("import", "desk", …)
    legal_status: LegalStatus | None = None
    documents: list[IdentityDocument] = field(default_factory=list)
    fund_checks: list[FundCheck] = field(default_factory=list)
    categories: list[CategoryGrant] = field(default_factory=list)
    payments: list[PaymentPeriod] = field(default_factory=list)
    conditions: list[Diagnosis] = field(default_factory=list)
    pregnant: bool = False
    palliative: bool = False
    vhi_until: date | None = None
    id: int | None = None
    uuid: str | None = None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)


@dataclass(slots=True)
class Organisation:
    code: str
    name_kk: str
    name_ru: str
    kind: str  # "clinic" | "phc" | "hospital" | "diagnostic" | "dental" | "rehabilitation" | …
    bin: str | None = None
    address: str | None = None
    phone: str | None = None
    is_self: bool = False
