"""Patient facts on a date: what the rules read (the `patient` of an `evaluate` case, or the
stored evidence of a Patient brought to a day by `facts_from_record`)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime

from domain import evidence
from domain.evidence import age_on as age_on  # the rules import it from here
from domain.icd import is_valid_icd, normalize_icd
from domain.records import Patient

STALE_AFTER_DAYS = 30


@dataclass(frozen=True, slots=True)
class Condition:
    code: str  # ICD-10, upper-case
    since: date | None = None


@dataclass(frozen=True, slots=True)
class PatientFacts:
    status: str | None
    parent_status: str | None = None
    birth_date: date | None = None
    sex: str | None = None
    kandas_since: date | None = None
    categories: frozenset[str] = frozenset()
    # (month index, payer) for every paid month, ascending; month index = year * 12 + month - 1
    payments: tuple[tuple[int, str | None], ...] = ()
    payer: str | None = None  # the declared payer kind, used when no month is paid by the day
    insured: bool | None = None  # the Fund's answer for the day, when there is one
    pregnant: bool = False
    palliative: bool = False
    conditions: tuple[Condition, ...] = ()
    dispensary: tuple[Condition, ...] = ()
    vhi_until: date | None = None
    confirmed: bool = True  # False when the document proving the status has expired


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def month_of(day: date) -> int:
    return month_index(day.year, day.month)


def month_year(index: int) -> int:
    return index // 12


def parse_month(text: str) -> int:
    """"YYYY-MM" -> month index; ValueError when malformed (domain.evidence.month's rule)."""
    try:
        text = evidence.month(text, "month")
    except evidence.EvidenceError:
        raise ValueError(text) from None
    return month_index(int(text[:4]), int(text[5:]))


def add_months(day: date, months: int) -> date:
    """The same day `months` later; a day missing in the end month becomes its last day."""
    index = month_of(day) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _grant_valid(valid_from: date | None, valid_to: date | None, on: date) -> bool:
    return (valid_from is None or valid_from <= on) and (valid_to is None or on <= valid_to)


def fund_answer(record: Patient, on: date, stale_after_days: int = STALE_AFTER_DAYS):
    """The latest Fund check made on or before `on`, its age in days and whether it is stale."""
    checks = [c for c in record.fund_checks if _check_day(c.checked_at) <= on]
    if not checks:
        return None, None, False
    latest = max(checks, key=lambda c: c.checked_at)
    age = (on - _check_day(latest.checked_at)).days
    return latest, age, age > stale_after_days


def _check_day(checked_at: datetime | date) -> date:
    return checked_at.date() if isinstance(checked_at, datetime) else checked_at


def status_document(record: Patient, proofs: tuple[str, ...]):
    """The document that proves the status: the recorded basis, else the latest of its kinds."""
    status = record.legal_status
    if status is not None and status.basis is not None:
        return status.basis
    docs = [d for d in record.documents if d.kind in proofs]
    if not docs:
        return None
    return max(docs, key=lambda d: (d.valid_until or date.max, d.issued_on or date.min))


def facts_from_record(record: Patient, on: date, pack=None,
                      stale_after_days: int = STALE_AFTER_DAYS) -> PatientFacts:
    """The facts on `on` from dated evidence.

    The Fund's answer is the fact while it is fresh (checked on or before `on`, at most
    `stale_after_days` old); an older answer is only shown, and insurance is then computed from
    the categories and payments on record. Categories count when their grant is valid on `on`.
    An expired document proving the status leaves it unconfirmed.
    """
    from domain.rulepack import load_rule_pack

    pack = pack or load_rule_pack()
    legal = record.legal_status
    status = legal.status if legal else None
    check, _age, stale = fund_answer(record, on, stale_after_days)
    insured = check.insured if check is not None and not stale else None
    payments: dict[int, str | None] = {}
    current = month_of(on)
    payer = None
    for period in sorted(record.payments, key=lambda p: p.first_month):
        try:
            first, last = parse_month(period.first_month), parse_month(period.last_month)
        except ValueError:
            continue  # a malformed stored period proves nothing
        if first <= current:
            payer = period.payer  # the payer kind of the latest period begun by the day
        for m in range(first, min(last, current) + 1):
            payments[m] = period.payer
    conditions, dispensary = [], []
    for c in record.conditions:
        if not is_valid_icd(c.code):
            continue
        cond = Condition(normalize_icd(c.code), c.since)
        conditions.append(cond)
        if c.dispensary:
            dispensary.append(cond)
    return PatientFacts(
        status=status,
        parent_status=legal.parent_status if legal else None,
        birth_date=record.birth_date,
        sex=record.sex,
        kandas_since=legal.kandas_since if legal else None,
        categories=frozenset(g.code for g in record.categories if _grant_valid(g.valid_from, g.valid_to, on)),
        payments=tuple(sorted(payments.items())),
        payer=payer,
        insured=insured,
        pregnant=record.pregnant,
        palliative=record.palliative,
        conditions=tuple(conditions),
        dispensary=tuple(dispensary),
        vhi_until=record.vhi_until,
        confirmed=document_confirmed(record, status, on, pack),
    )


def document_confirmed(record: Patient, status: str | None, on: date, pack) -> bool:
    rule = pack.in_force(pack.documents, on)
    if rule is None or status is None:
        return status is not None
    doc = status_document(record, rule.proofs.get(status, ()))
    return doc is None or doc.valid_until is None or doc.valid_until >= on
