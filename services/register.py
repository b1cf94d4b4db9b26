"""The referral register and undoing mistakes: finding issued referrals, showing one, voiding a
referral or a visit entered by mistake.

Nothing is ever deleted: a voided referral or visit keeps its line with when, by whom and why it
was voided, and a referral's number is never handed out again (the counter only moves forward).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from db import referrals as register_db
from db import visits as visits_db
from db.engine import Session, take_write_lock
from db.referrals import RegisterLine, get_referral
from domain import access, evidence
from domain.evidence import EvidenceError
from domain.messages import BadInput, Message
from reports.referral_slip import render_referral
from services.access import operator as operator_of
from services.access import require
from services.referrals import ERR_REFERRAL, check_service, copy_slip

REASON_LIMIT = 500  # characters: a sentence or two, as the register shows it

ERR_REASON = Message("Жою себебін жазыңыз.", "Укажите причину аннулирования.")
ERR_REFERRAL_VOIDED = Message(
    "№ {number} жолдама бұрын жойылған ({when}, {who}). Қайта жоюдың қажеті жоқ.",
    "Направление № {number} уже аннулировано ({when}, {who}). Повторно аннулировать не нужно.")
ERR_VISIT = Message("Қаралу табылмады.", "Посещение не найдено.")
ERR_VISIT_VOIDED = Message(
    "Бұл қаралу бұрын жойылған ({when}, {who}). Қайта жоюдың қажеті жоқ.",
    "Это посещение уже аннулировано ({when}, {who}). Повторно аннулировать не нужно.")
ERR_DATES = Message("Кезеңнің басы соңынан кейін: {start} — {end}.",
                    "Начало периода позже конца: {start} — {end}.")
ERR_LIMIT = Message("Тым көп жол сұралды: {limit}.", "Запрошено слишком много строк: {limit}.")
MAX_LIMIT = 5000


def _when(at: datetime | None) -> str:
    return at.strftime("%d.%m.%Y %H:%M") if at else ""


def check_reason(reason: str | None) -> str:
    """The reason for voiding, trimmed: required, one or a few lines of plain text, at most
    REASON_LIMIT characters (BadInput naming the field `reason` otherwise)."""
    try:
        text = evidence.text(reason if reason is not None else "", "reason", REASON_LIMIT,
                             multiline=True)
    except EvidenceError as err:
        raise BadInput(err.message, field="reason") from None
    if not text:
        raise BadInput(ERR_REASON, field="reason")
    return text


@dataclass(frozen=True, slots=True)
class Voided:
    """What was voided, as the register now holds it."""

    what: str  # "referral" | "visit"
    key: str  # the referral's number, or the visit's id
    at: datetime
    by: str
    reason: str


def void_referral(session: Session, number: str, reason: str, *,
                  at: datetime | None = None) -> Voided:
    """Void an issued referral: refused without the right to void (Forbidden), without a
    reason, for an unknown number, and for one voided already (with when and by whom). The
    caller commits."""
    require(session, access.VOID)
    operator = operator_of(session)
    reason = check_reason(reason)
    number = (number or "").strip().upper()
    take_write_lock(session)
    entry = get_referral(session, number)
    if entry is None:
        raise BadInput(ERR_REFERRAL.format(number=number), field="number")
    if entry.voided_at is not None:
        raise BadInput(ERR_REFERRAL_VOIDED.format(number=number, when=_when(entry.voided_at),
                                                  who=entry.voided_by or "—"), field="number")
    at = at or datetime.now().replace(microsecond=0)
    register_db.void_referral(session, number, reason=reason, operator=operator, at=at)
    return Voided("referral", number, at, operator, reason)


def void_visit(session: Session, visit_id: int, reason: str, *,
               at: datetime | None = None) -> Voided:
    """Void a visit entered by mistake: refused without the right to void (Forbidden), without
    a reason, for an unknown visit and for one voided already. The caller commits."""
    require(session, access.VOID)
    operator = operator_of(session)
    reason = check_reason(reason)
    take_write_lock(session)
    visit = visits_db.visit_by_id(session, visit_id)
    if visit is None:
        raise BadInput(ERR_VISIT, field="visit")
    if visit.voided_at is not None:
        raise BadInput(ERR_VISIT_VOIDED.format(when=_when(visit.voided_at),
                                               who=visit.voided_by or "—"), field="visit")
    at = at or datetime.now().replace(microsecond=0)
    visits_db.void_visit(session, visit_id, reason=reason, operator=operator, at=at)
    return Voided("visit", str(visit_id), at, operator, reason)


@dataclass(frozen=True, slots=True)
class RegisterPage:
    """The referrals found (latest entered first, at most the limit asked) and how many match
    in all."""

    lines: list[RegisterLine]
    total: int


def search_referrals(session: Session, *, number: str | None = None, iin: str | None = None,
                     date_from: date | None = None, date_to: date | None = None,
                     service: str | None = None, include_voided: bool = True,
                     limit: int = 200) -> RegisterPage:
    """Issued referrals by any part of the number, the start of the IIN (or local number), the
    day of issue (both ends included) and the service."""
    if date_from and date_to and date_from > date_to:
        raise BadInput(ERR_DATES.format(start=date_from.strftime("%d.%m.%Y"),
                                        end=date_to.strftime("%d.%m.%Y")), field="date_from")
    if not 0 < limit <= MAX_LIMIT:
        raise BadInput(ERR_LIMIT.format(limit=limit), field="limit")
    if service:
        check_service(service)
    lines, total = register_db.search_register(
        session, number=(number or "").strip() or None, ident=(iin or "").strip() or None,
        issued_from=datetime.combine(date_from, time.min) if date_from else None,
        issued_before=datetime.combine(date_to + timedelta(days=1), time.min) if date_to else None,
        service=service or None, include_voided=include_voided, limit=limit)
    return RegisterPage(lines, total)


def show_referral(session: Session, number: str) -> bytes:
    """The slip of an issued referral for the screen, as a reprint would look (marked a copy,
    or voided); nothing is recorded: only printing it is."""
    return render_referral(copy_slip(session, number))

