"""Use cases of the desk: what the widgets call (from a worker, with its own session) and render.

Nothing here knows about Qt. Every rule evaluation is isolated: a failing one becomes an
"unknown — check" for that part of the card and is logged, and never blocks the card or
emergency care.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from db import repositories, visits
from db.duplicates import find_duplicates
from db.engine import separate_read, take_write_lock
from db.faults import is_database_failure  # noqa: F401 - the desk asks through services
from db.search import Found, SearchHit, search_counted, search_patients
from db.sequences import next_local_id
from db.settings import ensure_site_prefix
from db.visits import HistoryRow, Session  # noqa: F401 - types the desk renders
from domain import access, codes, evidence
from domain.decision import Decision, Visit
from domain.evidence import EvidenceError, age_on
from domain.iin import IinInfo, parse_iin
from domain.messages import AlreadyRegistered, BadInput, Message
from domain.names import shown_name
from domain.records import Patient
from domain.rulepack import release_of  # noqa: F401 - the desk shows releases through services
from services import audit
from services.access import operator as operator_of
from services.access import os_user, require
from services.errors import write_crash_log

log = logging.getLogger(__name__)

EMERGENCY_SERVICE = "emergency_inpatient"
STALE_AFTER_DAYS = 30

UNKNOWN_CHECK = Message("белгісіз — тексеріңіз", "неизвестно — проверьте")
RULES_UNAVAILABLE = Message("Ережелер жинағы жүктелмеді", "Свод правил не загружен")
EMERGENCY_UNKNOWN_FUNDING = Message(
    "Шұғыл көмек көрсетіледі. Қаржыландыру көзі анықталмады — кейін тексеріңіз.",
    "Экстренная помощь оказывается. Источник оплаты не определён — проверьте позже.",
)
EMERGENCY_NO_DELAY = Message("Шұғыл көмек кідіртусіз көрсетіледі.", "Экстренная помощь оказывается без промедления.")
EMERGENCY_UNIDENTIFIED = Message(
    "Жеке басы анықталмаған науқас: шұғыл көмек тегін (ТМККК), сақтандыру сұралмайды.",
    "Неустановленный пациент: экстренная помощь бесплатно (ГОБМП), страховка не запрашивается.",
)
ERR_REQUIRED = Message("Міндетті өріс толтырылмаған: {field}", "Не заполнено обязательное поле: {field}")
ERR_IIN_TAKEN = Message("Бұл ЖСН басқа науқасқа тіркелген.", "Этот ИИН уже зарегистрирован у другого пациента.")
OPERATOR = Message("Тіркеуші", "Регистратор")
ERR_NO_PATIENT = Message("Науқас табылмады.", "Пациент не найден.")
ERR_ICD = evidence.E_ICD  # the one ICD-10 message ({code}); referrals show it too
ERR_SEX = Message("Жынысы M немесе F болуы керек.", "Пол должен быть M или F.")  # emergency form
WARN_IIN_BIRTH = Message(
    "Туған күн ЖСН-мен сәйкес емес (ЖСН бойынша {iin_date}).",
    "Дата рождения не совпадает с ИИН (по ИИН {iin_date}).",
)
WARN_IIN_SEX = Message(
    "Жынысы ЖСН-мен сәйкес емес (ЖСН бойынша {iin_sex}).",
    "Пол не совпадает с ИИН (по ИИН {iin_sex}).",
)
SEX_WORDS = {"M": Message("ер", "мужской"), "F": Message("әйел", "женский")}


def operator_name() -> str:
    """Who is at the desk while nobody has signed in: the operating-system account, named as
    a session without a signed-in person records it (`cli:<name>`)."""
    return access.command_line_actor(os_user()).login


def _log_failure(what: str, exc: BaseException) -> None:
    log.error("%s failed: %s", what, exc, exc_info=exc)
    write_crash_log(exc)


# ---------------------------------------------------------------- search

SEARCH_SHOWN = 50  # rows the desk shows
SEARCH_COUNT_CAP = 500  # matches counted beyond the shown ones; more is "500+"


def search(session: Session, query: str, limit: int = SEARCH_SHOWN) -> Found:
    """Matches for what is typed, best first; the recently seen patients when nothing is typed.
    A list shorter than `limit` is all there is (`total` exact); a full one may hold back more
    (`total` None: ask `count_matches`, which costs several searches' time, once typing pauses)."""
    if not query.strip():
        return Found(visits.recent_patients(session, limit=20))
    hits = search_patients(session, query, limit=limit)
    return Found(hits, len(hits) if len(hits) < limit else None)


def count_matches(session: Session, query: str, limit: int = SEARCH_SHOWN) -> Found:
    """How many patients the search finds for `query`, counted up to SEARCH_COUNT_CAP
    (`capped`: more than that); the hits are the best `limit`, as `search` gives them."""
    return search_counted(session, query, limit, SEARCH_COUNT_CAP)


def patient_id_for_iin(session: Session, iin: str) -> int | None:
    """The patient with exactly this IIN (a barcode scan), or None."""
    info = parse_iin(iin)
    if not info.valid:
        return None
    hits = [h for h in search_patients(session, info.iin, limit=2) if h.iin == info.iin]
    return hits[0].id if hits else None


# ---------------------------------------------------------------- rules (contract of the rules engineer)

def rule_pack(session: Session):
    """The database's active rule pack (services.rulepacks): one small query per use case."""
    from services.rulepacks import active_pack

    return active_pack(session)


def rule_pack_version(session: Session) -> str:
    return rule_pack(session).version


def _facts(record: Patient, on: date, pack):
    from domain.facts import facts_from_record

    return facts_from_record(record, on, pack)


def _decide(facts, visit: Visit, on: date, pack) -> Decision:
    from domain.decide import decide

    return decide(facts, visit, on, pack)


def _decide_all(facts, on: date, referrals: set[str],
                on_error: Callable[[str, Exception], None], visit: Visit | None = None,
                pack=None) -> list[Decision]:
    from domain.decide import decide_all

    return decide_all(facts, on, pack, visit=visit, referrals=referrals, on_error=on_error)


# ---------------------------------------------------------------- the visit's own facts

ERR_SUSPECTED = Message("Күдікті диагноз АХЖ-10 коды болуы керек: {code}",
                        "Подозреваемый диагноз должен быть кодом МКБ-10: {code}")


@dataclass(frozen=True, slots=True)
class VisitInputs:
    """What the receptionist says about this visit: a suspected
    socially significant disease, whether tests show the risk, and whether the patient is
    attached to this clinic (None: as derived from the patient's attachment)."""

    suspected: str | None = None
    risk_confirmed: bool = False
    attached_here: bool | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    """Whether the patient is attached to this clinic, as the records say, and why.

    `basis`: "here" (attached to the clinic's own organisation), "elsewhere" (attached to
    another), "not_recorded" (no attachment on record) or "clinic_unknown" (the clinic's own
    organisation is not set). Without a comparison the rulebook's default holds: attached."""

    attached_here: bool
    basis: str
    patient_org: tuple[str, str] | None = None  # kk, ru names
    clinic_org: tuple[str, str] | None = None


def suspected_code(code: str | None) -> str | None:
    """The suspected ICD-10 code upper-cased, None when empty; a malformed one is refused."""
    from domain.icd import is_valid_icd, normalize_icd

    if code is None or not code.strip():
        return None
    if not is_valid_icd(code.strip()):
        raise BadInput(ERR_SUSPECTED.format(code=code.strip()), field="suspected")
    return normalize_icd(code.strip())


def attachment(session: Session, record: Patient) -> Attachment:
    """Whether `record` is attached to this clinic: its attached organisation against the
    clinic's own organisation (marked as the clinic's; the same BIN counts too)."""
    clinic = repositories.self_organisation(session)
    clinic_names = (clinic.name_kk, clinic.name_ru) if clinic else None
    if not record.attached_org:
        return Attachment(True, "not_recorded", None, clinic_names)
    patient_org = repositories.find_organisation(session, record.attached_org)
    patient_names = (patient_org.name_kk, patient_org.name_ru) if patient_org else None
    if clinic is None:
        return Attachment(True, "clinic_unknown", patient_names, None)
    here = record.attached_org == clinic.code or bool(
        patient_org and patient_org.bin and patient_org.bin == clinic.bin)
    return Attachment(here, "here" if here else "elsewhere", patient_names, clinic_names)


def visit_for(inputs: VisitInputs | None, derived: Attachment | None) -> Visit:
    """The domain visit the card decides with (no service: the whole catalogue)."""
    inputs = inputs or VisitInputs()
    attached = inputs.attached_here
    if attached is None:
        attached = derived.attached_here if derived is not None else True
    return Visit(suspected=suspected_code(inputs.suspected), risk_confirmed=inputs.risk_confirmed,
                 attached_here=attached)


# ---------------------------------------------------------------- what an administrator may see

@dataclass(frozen=True, slots=True)
class PackDetails:
    """The maintainers' side of the rules behind a coverage, shown only on request: the pack's
    version and content hash, every fired rule's entry (id, source tags, note, verified), and
    the unconfirmed entries in force on the date."""

    version: str
    release: str  # the version without the content hash
    content_hash: str
    entries: dict  # rule id -> domain.rulepack.Dated, for the rules that fired
    unconfirmed: tuple  # Dated entries not verified and in force on the date
    unconfirmed_list_entries: tuple[tuple[str, str], ...]  # (list name, entry label)


def pack_details(on: date, rows: tuple[CoverageRow, ...] | list = (), pack=None) -> PackDetails:
    if pack is None:
        from domain.rulepack import load_rule_pack

        pack = load_rule_pack()
    fired = {r.id for row in rows if getattr(row, "decision", None) for r in row.decision.rules}
    entries = {rid: pack.entries[rid] for rid in sorted(fired) if rid in pack.entries}
    unconfirmed = tuple(sorted((d for d in pack.entries.values() if not d.verified and d.in_force(on)),
                               key=lambda d: d.id))
    listed = tuple((name, e.label) for name, clist in sorted(pack.lists.items())
                   for e in clist.entries if not e.verified and e.valid_from <= on <= e.valid_to)
    return PackDetails(pack.version, release_of(pack.version), pack.content_hash, entries,
                       unconfirmed, tuple(dict.fromkeys(listed)))


@dataclass(frozen=True, slots=True)
class CoverageRow:
    service: str
    decision: Decision | None  # None: the evaluation failed -> "unknown — check"
    referral_on_file: bool = False
    error: str | None = None

    @property
    def status_unknown(self) -> bool:
        """No legal status is recorded and this service's verdict depends on it: the desk shows
        "unknown — confirm the status", never the funding the rules assumed."""
        return self.decision is not None and self.decision.status_unknown

    @property
    def shown_funding(self) -> str:
        """The funding code a receptionist is shown, or "unknown" (no decision, or it waits
        for the legal status)."""
        if self.decision is None or self.decision.status_unknown:
            return "unknown"
        return self.decision.funding


@dataclass(frozen=True, slots=True)
class Coverage:
    on: date
    rows: tuple[CoverageRow, ...]
    rule_pack: str | None
    visit: Visit = field(default_factory=Visit)  # the visit facts the rows were decided with
    details: PackDetails | None = None  # for an administrator's detail view

    @property
    def release(self) -> str | None:
        """The rule pack's version without its content hash (what a receptionist sees)."""
        return release_of(self.rule_pack)


def coverage(record: Patient, on: date, referrals: set[str] | None = None,
             visit: Visit | None = None, pack=None) -> Coverage:
    """Every service of the catalogue for the patient on ``on`` under ``pack`` (the database's
    active pack, which the caller asked for; None: the shipped pack), with the visit's own
    facts (a suspicion, the risk confirmed, attached here); one failing evaluation spoils only
    its own row."""
    out = _coverage(record, on, referrals, visit or Visit(), pack)
    try:
        details = pack_details(on, out.rows, pack) if out.rule_pack else None
    except Exception as exc:  # noqa: BLE001 - the administrator's view is missing, logged
        _log_failure("rule pack details", exc)
        details = None
    return replace(out, details=details)


def _coverage(record: Patient, on: date, referrals: set[str] | None, visit: Visit,
              pack) -> Coverage:
    referrals = referrals or set()
    try:
        if pack is None:
            from domain.rulepack import load_rule_pack

            pack = load_rule_pack()
        version = pack.version
    except Exception as exc:  # noqa: BLE001 - shown as "rules not loaded", logged
        _log_failure("rule pack", exc)
        version = None
    try:
        facts = _facts(record, on, pack)
    except Exception as exc:  # noqa: BLE001 - every row becomes "unknown — check", logged
        _log_failure("patient facts", exc)
        return Coverage(on, _unknown_rows(referrals, exc), version, visit)
    failed: dict[str, Exception] = {}

    def spoiled(service: str, exc: Exception) -> None:
        if not failed:  # one log entry per card, not one per failing row
            _log_failure(f"decision for {service}", exc)
        failed[service] = exc

    try:
        decided = {d.service: d for d in _decide_all(facts, on, referrals, spoiled, visit, pack)}
    except Exception as exc:  # noqa: BLE001 - the shared part failed: every row "unknown — check"
        _log_failure("decisions", exc)
        return Coverage(on, _unknown_rows(referrals, exc), version, visit)
    rows = []
    for code in codes.SERVICE_CODES:
        present = code in referrals
        if code in decided:
            rows.append(CoverageRow(code, decided[code], present))
        else:
            exc = failed.get(code)
            error = f"{type(exc).__name__}: {exc}" if exc is not None else "no decision"
            rows.append(CoverageRow(code, None, present, error))
    return Coverage(on, tuple(rows), version, visit)


def _unknown_rows(referrals: set[str], exc: Exception) -> tuple[CoverageRow, ...]:
    error = f"{type(exc).__name__}: {exc}"
    return tuple(CoverageRow(code, None, code in referrals, error) for code in codes.SERVICE_CODES)


# ---------------------------------------------------------------- the patient card

@dataclass(frozen=True, slots=True)
class DocumentLine:
    kind: str
    number: str
    valid_until: date | None
    expired: bool
    days_left: int | None


@dataclass(slots=True)
class Card:
    record: Patient
    on: date
    age: int | None
    iin: IinInfo | None
    iin_warnings: list[Message]
    documents: list[DocumentLine]
    status: object | None  # domain.status.StatusView
    status_error: str | None
    insurance: object | None  # domain.insurance.InsuranceStatus
    insurance_error: str | None
    organisation: tuple[str, str] | None
    screenings: list[str]
    screening_error: str | None
    coverage: Coverage
    unidentified: dict | None = None
    attachment: Attachment | None = None  # attached here, as derived from the records
    history: list[visits.HistoryRow] = field(default_factory=list)  # visits and referrals
    consent: object | None = None  # domain.consent.ScopeState: consent to processing for care


def iin_warnings(record: Patient, info: IinInfo | None) -> list[Message]:
    """A stored birth date or sex that disagrees with the IIN (a warning, never a refusal)."""
    if info is None or not info.valid:
        return [info.error] if info and info.error else []
    out = []
    if record.birth_date and record.birth_date != info.birth_date:
        out.append(WARN_IIN_BIRTH.format(iin_date=info.birth_date.strftime("%d.%m.%Y")))
    if record.sex and record.sex != info.sex:
        word = SEX_WORDS[info.sex]
        out.append(Message(WARN_IIN_SEX.kk.format(iin_sex=word.kk), WARN_IIN_SEX.ru.format(iin_sex=word.ru)))
    return out


def document_lines(record: Patient, on: date) -> list[DocumentLine]:
    out = []
    for d in record.documents:
        left = (d.valid_until - on).days if d.valid_until else None
        out.append(DocumentLine(d.kind, d.number, d.valid_until, left is not None and left < 0, left))
    return out


def _guarded(what: str, func: Callable[[], object]) -> tuple[object | None, str | None]:
    try:
        return func(), None
    except Exception as exc:  # noqa: BLE001 - the card shows "unknown — check" for this part
        _log_failure(what, exc)
        return None, f"{type(exc).__name__}: {exc}"


def build_card(session: Session, record: Patient, on: date, inputs: VisitInputs | None = None) -> Card:
    from domain import insurance, screening, status

    info = parse_iin(record.iin) if record.iin else None
    pack, _ = _guarded("rule pack", lambda: rule_pack(session))
    st, st_err = _guarded("status", lambda: status.classify(record, on, pack))
    ins, ins_err = _guarded("insurance", lambda: insurance.insurance_status(
        record, on, stale_after_days=STALE_AFTER_DAYS, pack=pack))
    scr, scr_err = _guarded("screening", lambda: screening.due_screenings(record, on, pack))
    refs = visits.active_referral_services(session, record.id, on) if record.id else set()
    attached = attachment(session, record)
    visit = visit_for(inputs, attached)
    return Card(
        record=record, on=on, age=age_on(record.birth_date, on), iin=info,
        iin_warnings=iin_warnings(record, info), documents=document_lines(record, on),
        status=st, status_error=st_err, insurance=ins, insurance_error=ins_err,
        organisation=visits.organisation_names(session, record.attached_org),
        screenings=list(scr or []), screening_error=scr_err,
        coverage=coverage(record, on, refs, visit, pack),
        unidentified=visits.unidentified_facts(session, record.id) if record.id else None,
        attachment=attached,
        history=visits.history_of(session, record.id) if record.id else [],
        consent=_care_consent(session, record.id, on) if record.id else None,
    )


def _care_consent(session: Session, patient_id: int, on: date):
    """The patient's consent to processing for care on `on` (the card's consent badge)."""
    from db.consents import consents_of
    from domain.consent import care_consent, state_on

    return care_consent(state_on(consents_of(session, patient_id), on))


def open_card(session: Session, patient_id: int, on: date,
              inputs: VisitInputs | None = None) -> Card:
    """Load a patient and everything the card shows, decided with the visit's `inputs` (none:
    no suspicion, attached here as the records say); remembers the opening (recent list).
    The card is built in a read of its own, without the write lock (other desks keep writing
    meanwhile); the opening is then written in the caller's transaction, which takes the lock
    up front and holds it only for that one line."""
    with separate_read(session) as reader:
        record = repositories.load_patient(reader, patient_id)
        if record is None:
            raise BadInput(ERR_NO_PATIENT, field="patient")
        card = build_card(reader, record, on, inputs)  # opens whatever rule part fails: each is guarded
    take_write_lock(session)
    visits.note_opened(session, patient_id, operator_of(session))
    return card


def coverage_for(session: Session, patient_id: int, on: date, inputs: VisitInputs | None = None) -> Coverage:
    """Coverage of one patient on another date, or with other visit facts (the card's date
    edit, suspected diagnosis and flags). A malformed suspected code is refused (BadInput)."""
    suspected_code(inputs.suspected if inputs else None)
    record = repositories.load_patient(session, patient_id)
    if record is None:
        raise BadInput(ERR_NO_PATIENT, field="patient")
    visit = visit_for(inputs, attachment(session, record))
    return coverage(record, on, visits.active_referral_services(session, patient_id, on), visit,
                    rule_pack(session))


# ---------------------------------------------------------------- what the coverage adds up to

@dataclass(frozen=True, slots=True)
class CoverageCounts:
    """The coverage table in one line: how many services the patient gets without paying
    (ТМККК, МӘМС, a contract), pays for, and needs a referral for (not on file); unknown = rows
    the rules could not decide."""

    free: int
    paid: int
    referral_missing: int
    unknown: int


def coverage_counts(coverage: Coverage | None) -> CoverageCounts:
    rows = coverage.rows if coverage else ()
    # a verdict waiting for the legal status is not counted as free or paid: it is unknown
    decided = [r.decision for r in rows if r.shown_funding != "unknown"]
    return CoverageCounts(
        free=sum(1 for d in decided if d.funding != "paid"),
        paid=sum(1 for d in decided if d.funding == "paid"),
        referral_missing=sum(1 for d in decided if d.referral == "missing"),
        unknown=len(rows) - len(decided))


# ---------------------------------------------------------------- evidence the patient shows

ERR_CHANNEL = Message("Дереккөз белгісіз: {channel}", "Неизвестный источник: {channel}")
ERR_EVIDENCE_DATE = Message("Күні болашақта болмауы керек: {day}", "Дата не может быть в будущем: {day}")
ERR_CATEGORY = Message("Мұндай санат жоқ: {category}", "Нет такой категории: {category}")


def record_phone_evidence(session: Session, patient_id: int, *, insured: bool, channel: str,
                          on: date, category: str | None = None,
                          today: date | None = None) -> int:
    """What the patient showed on their phone (eGov Mobile, Qoldau, Damumed, a bank app, the
    Fund's site) becomes a Fund answer dated `on`, with its channel as the source and the
    category if it was shown. One write under the write lock, with an audit line. Evidence
    changes the patient's record: refused (Forbidden) without the right to edit patients."""
    require(session, access.EDIT_PATIENT)
    take_write_lock(session)
    today = today or date.today()
    if channel not in codes.PHONE_CHANNELS:
        raise BadInput(ERR_CHANNEL.format(channel=channel), field="channel")
    if on > today:
        raise BadInput(ERR_EVIDENCE_DATE.format(day=on.strftime("%d.%m.%Y")), field="date")
    if category is not None and category not in codes.CATEGORY_CODES:
        raise BadInput(ERR_CATEGORY.format(category=category), field="category")
    if repositories.load_patient(session, patient_id) is None:
        raise BadInput(ERR_NO_PATIENT, field="patient")
    # today's answer keeps the time it was seen; an earlier date is taken at noon
    checked_at = datetime.now().replace(microsecond=0) if on == today else datetime.combine(on, datetime.min.time()).replace(hour=12)
    return visits.add_fund_check(session, patient_id, insured=insured, checked_at=checked_at,
                                 source=channel, category=category if insured else None,
                                 operator=operator_of(session), site=ensure_site_prefix(session))


# ---------------------------------------------------------------- the day at the desk

def day_list(session: Session, day: date) -> list[visits.HistoryRow]:
    """Visits, emergencies, referrals and registrations of `day`, in time order."""
    return visits.day_list(session, day)


def day_list_csv(session: Session, day: date, lang: str) -> bytes:
    """The day's list as CSV for Excel (an export: refused, Forbidden, without the right to
    export data)."""
    require(session, access.EXPORT_DATA)
    return day_rows_csv(day_list(session, day), lang)


def day_rows_csv(rows: list[visits.HistoryRow], lang: str) -> bytes:
    """Rows of a day's list as CSV for Excel: the printed list's columns and words, then whether
    the line was voided and who entered it; UTF-8 with a byte order mark."""
    import csv
    import io

    from reports.day_list import HEADS, KINDS, VOIDED

    services_by_code = codes.by_code(codes.SERVICES)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([h.in_lang(lang) for h in HEADS] + [VOIDED.in_lang(lang), OPERATOR.in_lang(lang)])
    yes = Message("иә", "да").in_lang(lang)
    for r in rows:
        service = services_by_code[r.service].name.in_lang(lang) if r.service in services_by_code else ""
        funding = codes.FUNDINGS[r.funding].in_lang(lang) if r.funding in codes.FUNDINGS else ""
        writer.writerow([r.at.strftime("%d.%m.%Y %H:%M"), KINDS[r.kind].in_lang(lang),
                         shown_name(r.patient_name, lang),
                         r.iin or r.local_id or "", service, funding, r.referral_number or "",
                         yes if r.voided else "", r.operator])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def day_list_pdf(session: Session, day: date, lang: str) -> bytes:
    """The day's list as a printable PDF, headed with the clinic's name: printing it is part of
    the desk's day, open to everyone signed in (its CSV export is not)."""
    from db.settings import load_settings
    from reports.day_list import render_day_list

    settings = load_settings(session)
    clinic = settings.org_name_ru if lang == "ru" else settings.org_name_kk
    return render_day_list(day_list(session, day), day, lang, clinic)


# ---------------------------------------------------------------- emergency

@dataclass(frozen=True, slots=True)
class EmergencyOutcome:
    visit_id: int
    patient_id: int
    local_id: str | None
    at: datetime
    operator: str
    decision: Decision | None
    note: Message  # the funding note to show
    error: str | None = None
    patient_name: str = ""
    written: bool = True  # False: the journaled visit was in the database already


def _funding_note(decision: Decision) -> Message:
    """What the slip and the receptionist are told beside the funding (e.g. "free until the
    threat to life is removed" for limited statuses)."""
    if not decision.notes:
        return EMERGENCY_NO_DELAY
    return Message(" ".join(n.kk for n in decision.notes), " ".join(n.ru for n in decision.notes))


def emergency_for_patient(session: Session, patient_id: int, *, operator: str | None = None,
                          at: datetime, visit_uuid: str | None = None) -> EmergencyOutcome:
    """Record an emergency visit of a known patient. The visit is written even when the
    rules fail; the decision is then unknown and the note says to check later. Emergency care
    needs no permission. `operator`: who was at the desk when the visit was journaled (None:
    the session's acting person)."""
    operator = operator or operator_of(session)
    take_write_lock(session)
    record = repositories.load_patient(session, patient_id)
    if record is None:
        raise BadInput(ERR_NO_PATIENT, field="patient")
    on = at.date()
    visit = Visit(service=EMERGENCY_SERVICE, emergency=True)

    def decided() -> Decision:
        pack = rule_pack(session)
        return _decide(_facts(record, on, pack), visit, on, pack)

    decision, error = _guarded("emergency decision", decided)
    note = _funding_note(decision) if decision else EMERGENCY_UNKNOWN_FUNDING
    visit_id = visits.record_visit(
        session, patient_id, EMERGENCY_SERVICE, at=at, emergency=True, operator=operator,
        funding=decision.funding if decision else None,
        rule_pack=decision.rule_pack if decision else None,
        note={"decision_error": error} if error else {}, uuid=visit_uuid)
    return EmergencyOutcome(visit_id, patient_id, record.local_id, at, operator, decision, note, error,
                            patient_name=record.full_name)


def emergency_for_unknown(session: Session, *, sex: str | None, approx_age: int | None,
                          known: str, operator: str | None = None, at: datetime,
                          visit_uuid: str | None = None) -> EmergencyOutcome:
    """Register someone whose identity is unknown and record the emergency visit. No
    insurance question: rule 1 funds emergency care of a person outside МӘМС from ТМККК.
    Emergency care needs no permission, not even the right to register patients. `operator`:
    who was at the desk when the visit was journaled (None: the session's acting person)."""
    operator = operator or operator_of(session)
    take_write_lock(session)
    if sex not in (None, "M", "F"):
        raise BadInput(ERR_SEX, field="sex")
    if approx_age is not None and not 0 <= approx_age <= 130:
        raise BadInput(Message("Жасы 0-ден 130-ға дейін.", "Возраст от 0 до 130."), field="age")
    site = ensure_site_prefix(session)
    patient_id, local_id = visits.register_unidentified(
        session, sex=sex, approx_age=approx_age, known=known.strip(), operator=operator, at=at, site=site)
    visit_id = visits.record_visit(
        session, patient_id, EMERGENCY_SERVICE, at=at, emergency=True, operator=operator,
        funding="tmkkk", rule_pack=None,
        note={"unidentified": True, "approx_age": approx_age, "known": known.strip()},
        uuid=visit_uuid)
    return EmergencyOutcome(visit_id, patient_id, local_id, at, operator, None, EMERGENCY_UNIDENTIFIED)


def emergency_entry_for_patient(patient_id: int, *, operator: str, at: datetime) -> dict:
    """What the emergency journal keeps of a known patient's emergency visit."""
    return {"kind": "patient", "patient_id": patient_id, "operator": operator,
            "at": at.isoformat(timespec="seconds")}


def emergency_entry_for_unknown(*, sex: str | None, approx_age: int | None, known: str,
                                operator: str, at: datetime) -> dict:
    """What the emergency journal keeps of an unidentified patient's emergency visit."""
    return {"kind": "unknown", "sex": sex, "approx_age": approx_age, "known": known,
            "operator": operator, "at": at.isoformat(timespec="seconds")}


def write_journaled(session: Session, entry: dict, *, replay: bool = False) -> EmergencyOutcome:
    """Write a journaled emergency visit; a visit already written (the same id) is not written
    again, so a journal replayed after a crash or a lost answer records each visit once. A
    `replay` (the journal written later) that writes the visit says so in the audit trail."""
    outcome = _write_journaled(session, entry)
    if replay and outcome.written:
        audit.record(session, audit.EMERGENCY_REPLAYED, "visits", entity_uuid=entry["id"],
                     patient_uuid=audit.patient_uuid_of(session, outcome.patient_id),
                     detail={"visit": outcome.visit_id, "journaled_at": entry["at"]})
    return outcome


def _write_journaled(session: Session, entry: dict) -> EmergencyOutcome:
    take_write_lock(session)
    at = datetime.fromisoformat(entry["at"])
    done = visits.visit_by_uuid(session, entry["id"])
    if done is not None:
        record = repositories.load_patient(session, done.patient_id)
        return EmergencyOutcome(done.id, done.patient_id, record.local_id if record else None,
                                done.at, done.operator, None, EMERGENCY_NO_DELAY,
                                patient_name=record.full_name if record else "", written=False)
    if entry["kind"] == "patient":
        return emergency_for_patient(session, entry["patient_id"], operator=entry["operator"],
                                     at=at, visit_uuid=entry["id"])
    return emergency_for_unknown(session, sex=entry["sex"], approx_age=entry["approx_age"],
                                 known=entry["known"], operator=entry["operator"], at=at,
                                 visit_uuid=entry["id"])


def journal_key(db: str | None) -> str:
    """Which database an emergency journal belongs to: the SQLite file, or the server URL
    without its password (the same for the name given at start-up and the opened engine)."""
    from db.engine import resolve_url, sqlite_path

    url = resolve_url(db or None)
    path = sqlite_path(url)
    return str(path) if path is not None else re.sub(r"://([^:/@]*):[^@]*@", r"://\1@", url)


def link_unidentified(session: Session, unknown_id: int, known_id: int) -> int:
    """The unidentified emergency patient turned out to be ``known_id``: move the visits.
    Completing an emergency registration is editing a patient (EDIT_PATIENT); joining any
    other record to another is a merge, which needs the right to merge records."""
    require(session, access.EDIT_PATIENT)
    if not visits.is_unidentified(session, unknown_id):
        require(session, access.MERGE)
    take_write_lock(session)
    try:
        return visits.link_identified(session, unknown_id, known_id, operator_of(session))
    except (ValueError, LookupError) as exc:
        raise BadInput(Message("Науқастарды байланыстыру мүмкін емес.",
                               "Невозможно связать пациентов."), field="patient") from exc


# ---------------------------------------------------------------- registration

def validate(record: Patient, today: date) -> Patient:
    """Refuse what must not be stored (BadInput naming the form field); returns the record tidied
    (trimmed texts, upper-case ICD codes). The values are checked by domain.evidence, as
    `evaluate` and import check them. Birth date or sex against the IIN is only a warning."""
    try:
        return _validate(record, today)
    except EvidenceError as err:  # the form shows the reason beside the field it names
        raise BadInput(err.message, field=err.field) from None


def _validate(record: Patient, today: date) -> Patient:
    surname = evidence.name(record.surname or "", "surname")
    if not surname:
        raise BadInput(ERR_REQUIRED.format(field="surname"), field="surname")
    given = evidence.name(record.given_name or "", "given_name")
    if not given:
        raise BadInput(ERR_REQUIRED.format(field="given_name"), field="given_name")
    texts = {f: evidence.text(getattr(record, f), f)
             for f in ("patronymic", "latin_surname", "latin_given_name", "citizenship", "address",
                       "phone", "attached_org", "local_id")}
    iin = (record.iin or "").strip() or None
    if iin is not None:
        evidence.iin(iin, "iin")
    if record.sex is not None:
        evidence.sex(record.sex, "sex")
    if record.birth_date:
        evidence.birth_date(record.birth_date, today, "birth_date")
    if record.legal_status:
        evidence.status(record.legal_status.status, "status")
        if record.legal_status.parent_status:
            evidence.status(record.legal_status.parent_status, "parent_status")
    for d in record.documents:
        evidence.document(d.kind, "documents")
        if not (d.number or "").strip():
            raise BadInput(ERR_REQUIRED.format(field="documents"), field="documents")
        evidence.text(d.number, "documents", evidence.TEXT_LIMITS["status_doc_number"])
        evidence.text(d.issuer, "documents", evidence.TEXT_LIMITS["status_doc_issuer"], multiline=True)
        evidence.period(d.issued_on, d.valid_until, "documents")
    for c in record.categories:
        evidence.category(c.code, "categories")
        evidence.period(c.valid_from, c.valid_to, "categories")
    for p in record.payments:
        evidence.payer(p.payer, "payments")
        evidence.month(p.first_month, "payments")
        evidence.month(p.last_month, "payments")
        evidence.period(p.first_month, p.last_month, "payments")
    conditions = [replace(c, code=evidence.icd(c.code, "conditions")) for c in record.conditions]
    return replace(record, surname=surname, given_name=given, iin=iin, conditions=conditions, **texts)


def status_from_documents(kinds: list[str], citizenship: str | None) -> str | None:
    """The legal status the documents point to (from documents, never the IIN)."""
    order = (
        ("refugee_certificate", "refugee"), ("asylum_certificate", "asylum_seeker"),
        ("kandas_certificate", "kandas"),
    )
    for kind, status in order:
        if kind in kinds:
            return status
    if "residence_permit" in kinds:
        return "permanent_stateless" if "stateless_certificate" in kinds else "permanent_foreigner"
    if "employment_contract" in kinds and citizenship in EAEU:
        return "eaeu_worker"
    if "temporary_permit" in kinds:
        return "temporary_stateless" if "stateless_certificate" in kinds else "temporary_foreigner"
    if ("id_card" in kinds or "passport" in kinds) and citizenship in (None, "KAZ"):
        return "citizen" if "id_card" in kinds or citizenship == "KAZ" else None
    return None


EAEU = ("RUS", "BLR", "KGZ", "ARM")


def duplicates(session: Session, record: Patient) -> list[SearchHit]:
    """Patients who may be this one (warning before saving)."""
    return [h for h in find_duplicates(session, record) if h.id != record.id]


def save_registration(session: Session, record: Patient, *, today: date) -> int:
    """Validate and save one patient with all its evidence in the caller's transaction: a new
    one needs the right to register patients, a change (its evidence included) the right to
    edit them (Forbidden otherwise, nothing written)."""
    require(session, access.REGISTER_PATIENT if record.id is None else access.EDIT_PATIENT)
    take_write_lock(session)
    record = validate(record, today)
    created = record.id is None
    if record.iin:
        other = repositories.find_by_iin(session, record.iin)
        if other is not None and other.id != record.id:
            raise AlreadyRegistered(ERR_IIN_TAKEN, other.id)
    site = ensure_site_prefix(session)
    if not record.iin and not record.local_id:
        # A patient without an IIN is known by a site-prefixed local number.
        record = replace(record, local_id=next_local_id(session, site, today.year))
    patient_id = repositories.save_patient(session, record, site=site)
    visits.note_saved(session, patient_id, operator_of(session), created=created)
    return patient_id


def load_for_edit(session: Session, patient_id: int) -> Patient:
    record = repositories.load_patient(session, patient_id)
    if record is None:
        raise BadInput(ERR_NO_PATIENT, field="patient")
    return record


def organisations(session: Session) -> list:
    return list(repositories.list_organisations(session))


# ---------------------------------------------------------------- status bar and first start

@dataclass(frozen=True, slots=True)
class DeskStatus:
    rule_pack: str | None
    empty: bool
    site: str


def desk_status(session: Session) -> DeskStatus:
    """The status bar's facts; fixes the site prefix on a first start (a write: the write lock
    is taken up front, so a backup or another desk writing meanwhile makes it wait, not fail)."""
    take_write_lock(session)
    try:
        version = rule_pack_version(session)
    except Exception as exc:  # noqa: BLE001 - the status bar says the rules are not loaded
        _log_failure("rule pack", exc)
        version = None
    return DeskStatus(version, not visits.has_patients(session), ensure_site_prefix(session))


def check_database(session: Session) -> None:
    """Read the whole database file once for damage (a background task after start-up: at a
    million patients the check takes seconds). BadInput with the damaged words when it fails."""
    from db.engine import check_file

    check_file(session.get_bind())


def reachable(session: Session) -> bool:
    """One round trip: the desk asks while the server is unreachable, to know when it is back."""
    from db.faults import ping

    ping(session)
    return True


def insurance_data_as_of(session: Session) -> datetime | None:
    """When the newest Fund answer was obtained. A scan of every answer, so it is asked after
    the rest of the status bar."""
    return visits.insurance_data_as_of(session)


def fill_demo(session: Session, patients: int, seed: int, progress: Callable[..., None] | None = None) -> dict:
    """Fill an empty database with synthetic patients (the first-start offer; it registers
    patients, so it needs that right)."""
    from demo.load import fill

    require(session, access.REGISTER_PATIENT)
    who = operator_of(session)
    engine = session.get_bind()
    session.close()  # the filler writes through its own connections
    return fill(engine, patients, seed, progress=progress, changed_by=who)
