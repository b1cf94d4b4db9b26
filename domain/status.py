"""Legal status on a date: display class, package, the parent's permit for
children, and documents that no longer prove the status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.codes import STATUSES, by_code
from domain.evidence import age_on
from domain.facts import PatientFacts, document_confirmed, status_document
from domain.messages import BadInput, Message
from domain.records import Patient
from domain.rulepack import Dated, RulePack, StatusRule, load_rule_pack

_STATUS_NAMES = by_code(STATUSES)

NO_STATUS_RULE = Message(
    "on: {on} күні «{status}» мәртебесі үшін күшіндегі ереже жоқ.",
    "on: на {on} нет действующего правила для статуса «{status}».",
)
UNRECORDED = Message(
    "Құқықтық мәртебе тіркелмеген: мәртебені растайтын құжатты сұраңыз (жеке куәлік, "
    "ықтиярхат, қандас куәлігі және т.б.). Жоспарлы көмектің төлемі мәртебеге байланысты; "
    "шұғыл көмек әрқашан көрсетіледі.",
    "Правовой статус не записан: попросите документ, подтверждающий статус (удостоверение "
    "личности, вид на жительство, удостоверение кандаса и т. п.). Оплата плановой помощи "
    "зависит от статуса; экстренная помощь оказывается всегда.",
)


@dataclass(frozen=True, slots=True)
class ResolvedStatus:
    """What the rules use: the effective status and its rule, and what made it so."""

    status: str | None  # as recorded
    effective: str  # the status the rules apply
    rule: StatusRule
    package: str
    confirmed: bool
    support: tuple[Dated, ...]  # parent permit / expired document rules that applied

    @property
    def known(self) -> bool:
        """Whether a legal status is recorded (otherwise `effective` is only the most
        restrictive status, the one emergency care is decided on)."""
        return self.status is not None


@dataclass(frozen=True, slots=True)
class StatusView:
    status: str | None
    effective_status: str
    status_class: str
    package: str  # full | limited
    confirmed: bool
    expires: date | None
    reason: Message
    insurable: bool

    @property
    def known(self) -> bool:
        """Whether a legal status is recorded: without one the desk says "status unknown — ask
        for a document", never the class and package the rules assume for emergency care."""
        return self.status is not None


def resolve_status(pack: RulePack, facts: PatientFacts, on: date) -> ResolvedStatus:
    documents = pack.in_force(pack.documents, on)
    own = facts.status
    support: list[Dated] = []
    if own is None:
        if documents is None:
            raise BadInput(NO_STATUS_RULE.format(status="—", on=on.isoformat()), "on")
        own_code, confirmed = documents.unknown_status_as, False
    else:
        own_code, confirmed = own, facts.confirmed
    own_rule = pack.status_rule(own_code, on)
    if own_rule is None:
        raise BadInput(NO_STATUS_RULE.format(status=own_code, on=on.isoformat()), "on")
    effective, rule = own_code, own_rule
    permit = pack.in_force(pack.parent_permit, on)
    if (own is not None and own_rule.package == "limited" and permit is not None
            and facts.parent_status in permit.parent_statuses):
        age = age_on(facts.birth_date, on)
        parent_rule = pack.status_rule(facts.parent_status, on)
        # a better own status is kept: only a limited own status takes the parent's
        if (age is None or age < permit.age_under) and parent_rule is not None and parent_rule.package == "full":
            effective, rule = facts.parent_status, parent_rule
            support.append(permit.meta)
    package = rule.package
    if not confirmed and documents is not None:
        # An expired proving document is a reason only when a status is recorded: a patient
        # without one has no document to have expired.
        if own is not None:
            support.append(documents.meta)
        if documents.unconfirmed_package == "limited":
            package = "limited"
    return ResolvedStatus(own, effective, rule, package, confirmed, tuple(support))


def classify(record: Patient, on: date, pack: RulePack | None = None) -> StatusView:
    """The desk's status badge: class, package, whether documents still prove the status."""
    from domain.facts import facts_from_record

    pack = pack or load_rule_pack()
    facts = facts_from_record(record, on, pack)
    resolved = resolve_status(pack, facts, on)
    documents = pack.in_force(pack.documents, on)
    expires = None
    if documents is not None and record.legal_status is not None:
        doc = status_document(record, documents.proofs.get(record.legal_status.status, ()))
        expires = doc.valid_until if doc is not None else None
    if resolved.status is None:
        reason = UNRECORDED
    else:
        parts = [resolved.rule.meta.text]
        if resolved.effective != resolved.status:
            parts.insert(0, pack.in_force(pack.parent_permit, on).meta.text)
        if not document_confirmed(record, resolved.status, on, pack):
            parts.insert(0, documents.meta.text)
        reason = Message(" ".join(p.kk for p in parts), " ".join(p.ru for p in parts))
    return StatusView(
        status=resolved.status,
        effective_status=resolved.effective,
        status_class=resolved.rule.status_class,
        package=resolved.package,
        confirmed=resolved.confirmed,
        expires=expires,
        reason=reason,
        insurable=resolved.rule.insurable,
    )


def status_name(code: str) -> Message:
    return _STATUS_NAMES[code].name


def proof_kinds(status: str, on: date, pack: RulePack | None = None) -> tuple[str, ...]:
    """The document kinds that prove `status` on `on` (the rule pack's `documents` list)."""
    pack = pack or load_rule_pack()
    documents = pack.in_force(pack.documents, on)
    return tuple(documents.proofs.get(status, ())) if documents is not None else ()


def basis_document(status: str, documents, on: date, pack: RulePack | None = None):
    """Which of the documents a status rests on: one of its proving kinds (the one valid
    longest), else the first identity document that is not a contract."""
    proofs = proof_kinds(status, on, pack)
    proving = [d for d in documents if d.kind in proofs]
    if proving:
        return max(proving, key=lambda d: (d.valid_until or date.max, d.issued_on or date.min))
    return next((d for d in documents if d.kind not in ("employment_contract", "vhi_contract")), None)
