"""Referral use cases shared by the desk and the command line: issue, reprint, preview, settings.

Issuing is local only: the decision comes from the rule pack on this machine and the number
from this database, so a referral never waits for a network.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from db.engine import Session, separate_read, take_write_lock
from db.referrals import (
    ReferralEntry,
    allocate_number,
    get_referral,
    patient_by_key,
    record_print,
    record_referral,
    slip_snapshot,
)
from db.repositories import find_organisation, list_organisations, load_patient
from db.settings import ClinicSettings, Doctor, ensure_site_prefix, load_settings, save_settings
from domain import access
from domain.codes import FUNDINGS, SERVICE_CODES, SERVICES, STATUSES, by_code, funding_in_sentence
from domain.decision import Decision, FiredRule
from domain.icd import is_valid_icd, normalize_icd
from domain.iin import is_valid_iin
from domain.messages import BadInput, Message
from domain.records import Organisation, Patient
from reports.referral_slip import render_referral
from reports.referral_slip import warm_up as warm_up_renderer
from reports.slip_data import SlipData, SlipOrganisation, slip_from_json, slip_to_json
from services import audit
from services.access import operator as operator_of
from services.access import require
from services.desk import ERR_ICD, Attachment, VisitInputs, attachment, suspected_code, visit_for

EMERGENCY_SERVICES = ("ambulance", "emergency_inpatient")
DIAGNOSTIC_SERVICES = ("diagnostics", "procedures", "pathology")
URGENCIES = ("planned", "urgent", "emergency")

ERR_PATIENT = Message("Науқас табылмады: {key}", "Пациент не найден: {key}")
ERR_IIN = Message("ЖСН дұрыс емес: {iin}", "Неверный ИИН: {iin}")
ERR_SERVICE = Message("Белгісіз қызмет коды: {code}", "Неизвестный код услуги: {code}")
ERR_ORG = Message("Белгісіз ұйым коды: {code}", "Неизвестный код организации: {code}")
ERR_REFERRAL = Message("Жолдама табылмады: {number}", "Направление не найдено: {number}")
ERR_URGENCY = Message("Шұғылдық белгісіз: {value}", "Неизвестная срочность: {value}")

FREE_UNTIL_SAFE = Message(
    "Өмірге төнген қауіп жойылғанға дейін тегін (ТМД елдерінің 27.03.1997 келісімі; "
    "ЕАЭО шартының 98-бабы)",
    "Бесплатно до устранения угрозы жизни (соглашение стран СНГ от 27.03.1997; "
    "ст. 98 Договора о ЕАЭС)",
)
EXPIRED = Message("құжат мерзімі өткен", "срок документа истёк")
ERR_STATUS_UNKNOWN = Message(
    "Құқықтық мәртебе тіркелмеген, ал жоспарлы жолдаманың төлемі соған байланысты. Алдымен "
    "мәртебені растайтын құжатты сұрап, мәртебені тіркеңіз; шұғыл жолдама беруге болады.",
    "Правовой статус не записан, а от него зависит оплата планового направления. Сначала "
    "попросите документ и запишите статус; экстренное направление выдать можно.",
)
ERR_DIAGNOSIS_NEEDED = Message(
    "Төлем диагнозға байланысты: {codes} бойынша — {funding}, басқа диагнозбен — {otherwise}. "
    "Жолдамаға АХЖ-10 кодын енгізіңіз.",
    "Оплата зависит от диагноза: по {codes} — {funding}, с другим диагнозом — {otherwise}. "
    "Укажите в направлении код МКБ-10.",
)
TITLES = {
    "planned_inpatient": Message("Жоспарлы стационарлық емдеуге жолдама",
                                 "Направление на плановую госпитализацию"),
    "specialist_consult": Message("Бейінді маманның кеңесіне жолдама",
                                  "Направление на консультацию профильного специалиста"),
    "diagnostics": Message("Диагностикалық зерттеуге жолдама",
                           "Направление на диагностическое исследование"),
    "procedures": Message("Емшаралар мен манипуляцияларға жолдама",
                          "Направление на процедуры и манипуляции"),
    "day_hospital": Message("Күндізгі стационарға жолдама", "Направление в дневной стационар"),
    "home_hospital": Message("Үйдегі стационарға жолдама", "Направление в стационар на дому"),
    "rehabilitation": Message("Медициналық оңалтуға жолдама",
                              "Направление на медицинскую реабилитацию"),
}
EMERGENCY_TITLE = Message("Шұғыл медициналық көмекке жолдама",
                          "Направление на экстренную медицинскую помощь")


@dataclass(frozen=True, slots=True)
class IssuedReferral:
    number: str
    funding: str
    pdf: bytes
    sha256: str
    path: Path | None
    slip: SlipData
    decision: Decision | None = None

    def as_json(self) -> dict[str, object]:
        return {"number": self.number, "path": str(self.path) if self.path else None,
                "funding": self.funding}


@dataclass(frozen=True, slots=True)
class ReferralRequest:
    """What the receptionist asks for; `issue_referral` and the desk's preview both read it."""

    service: str
    diagnosis: str | None = None
    diagnosis_text: str | None = None
    to: str | None = None
    specialist: str | None = None
    urgency: str | None = None
    emergency: bool = False
    doctor: str | None = None
    doctor_position: str | None = None
    suspected: str | None = None  # a suspected socially significant disease (ICD-10)
    risk_confirmed: bool = False  # tests or ultrasound show the risk (oncologist, hematologist)
    attached_here: bool | None = None  # None: as the patient's attachment says


# The self-referral specialties of the rulebook and the names a receptionist types;
# any other specialist is free text that waives nothing.
SPECIALTIES = {
    "dermatovenerologist": Message("дерматовенеролог", "дерматовенеролог"),
    "traumatologist": Message("травматолог", "травматолог"),
    "dentist": Message("стоматолог", "стоматолог"),
    "obstetrician_gynecologist": Message("акушер-гинеколог", "акушер-гинеколог"),
    "psychologist": Message("психолог", "психолог"),
    "oncologist": Message("онколог", "онколог"),
    "hematologist": Message("гематолог", "гематолог"),
}


def specialty_code(text: str | None) -> str | None:
    """The rulebook's code for a specialist as typed (the code itself, or its Kazakh or Russian
    name, any case); other text is kept as it is."""
    if text is None or not text.strip():
        return None
    typed = text.strip().casefold()
    for code, name in SPECIALTIES.items():
        if typed in (code, name.kk.casefold(), name.ru.casefold()):
            return code
    return text.strip()


# --- checks ------------------------------------------------------------------------------------

def normalise_icd(code: str | None) -> str | None:
    """An ICD-10 code upper-cased, or None when empty; a malformed code is refused."""
    if code is None or not code.strip():
        return None
    if not is_valid_icd(code):
        raise BadInput(ERR_ICD.format(code=code), field="diagnosis")
    return normalize_icd(code)


def check_service(code: str) -> str:
    if code not in SERVICE_CODES:
        raise BadInput(ERR_SERVICE.format(code=code), field="service")
    return code


# --- assembling a slip -------------------------------------------------------------------------

def form_kind(service: str, emergency: bool) -> str:
    if emergency:
        return "emergency"
    if service == "planned_inpatient":
        return "planned"
    if service in DIAGNOSTIC_SERVICES:
        return "diagnostics"
    return "consultation"


def _form(settings: ClinicSettings, kind: str) -> tuple[str, Message]:
    if kind == "planned":
        return settings.form_code_planned, Message(settings.form_order_planned_kk,
                                                   settings.form_order_planned_ru)
    code = {"emergency": settings.form_code_emergency, "diagnostics": settings.form_code_diagnostics,
            "consultation": settings.form_code_consultation}[kind]
    return code, Message(settings.form_order_other_kk, settings.form_order_other_ru)


def _title(service: str, emergency: bool) -> Message:
    if emergency:
        return EMERGENCY_TITLE
    if service in TITLES:
        return TITLES[service]
    name = by_code(SERVICES)[service].name
    return Message(f"Жолдама: {name.kk}", f"Направление: {name.ru}")


def _legal_status(patient: Patient, on: date) -> Message | None:
    status = patient.legal_status
    if status is None or status.status not in by_code(STATUSES):
        return None
    name = by_code(STATUSES)[status.status].name
    basis = status.basis
    if basis is not None and basis.valid_until is not None and basis.valid_until < on:
        return Message(f"{name.kk} ({EXPIRED.kk})", f"{name.ru} ({EXPIRED.ru})")
    return name


def _limited(patient: Patient, on: date, pack=None) -> bool:
    """Whether the recorded status has the limited package on `on`, from the rule pack's dated
    status rules (a dated change of package reaches the slip); no status, or no rule in force,
    counts as limited."""
    from domain.rulepack import load_rule_pack

    status = patient.legal_status
    rule = (pack or load_rule_pack()).status_rule(status.status, on) if status else None
    return rule is None or rule.package == "limited"


def _notes(decision: Decision, patient: Patient, emergency: bool, pack=None) -> tuple[Message, ...]:
    notes = tuple(decision.notes)
    if emergency and not notes and _limited(patient, decision.on, pack):
        notes = (FREE_UNTIL_SAFE,)
    return notes


def _funding_rules(decision: Decision) -> tuple[FiredRule, ...]:
    """The rules behind the funding; whether a referral is needed is moot on the referral itself
    (the register keeps every rule that fired)."""
    return tuple(r for r in decision.rules if not r.id.startswith("referral."))


def _organisation(org: Organisation | None) -> SlipOrganisation | None:
    if org is None:
        return None
    return SlipOrganisation(org.name_kk, org.name_ru, org.bin, org.address, org.phone)


def _clinic(settings: ClinicSettings) -> SlipOrganisation:
    return SlipOrganisation(settings.org_name_kk, settings.org_name_ru, settings.org_bin or None,
                            settings.org_address or None, settings.org_phone or None)


def _doctor(settings: ClinicSettings, name: str | None, position: str | None) -> Doctor | None:
    if name:
        known = next((d for d in settings.doctors if d.name == name), None)
        return Doctor(name, position if position is not None else known.position if known else "")
    return settings.default_doctor


def build_slip(*, patient: Patient, decision: Decision, settings: ClinicSettings,
               request: ReferralRequest, number: str, on: date,
               attached: Organisation | None = None,
               target: Organisation | None = None,
               draft: bool = False, pack=None, at: datetime | None = None) -> SlipData:
    """Everything the slip shows, from the patient, the decision and the clinic settings; `at`
    is the moment of issue (an emergency slip shows its time)."""
    emergency = request.emergency or decision.emergency
    form_code, form_order = _form(settings, form_kind(request.service, emergency))
    doctor = _doctor(settings, request.doctor, request.doctor_position)
    service = by_code(SERVICES)[request.service].name
    attached_org = _organisation(attached)
    urgency = "emergency" if emergency else (request.urgency or "planned")
    return SlipData(
        number=number, issued_on=on, form_code=form_code, form_order=form_order,
        title=_title(request.service, emergency), referring_org=_clinic(settings),
        patient_name=patient.full_name, service_code=request.service, service=service,
        funding_code=decision.funding, funding=FUNDINGS[decision.funding],
        rule_pack=decision.rule_pack,
        valid_until=on if emergency else on + timedelta(days=settings.validity_days),
        patient_iin=patient.iin, patient_local_id=patient.local_id,
        birth_date=patient.birth_date, sex=patient.sex, address=patient.address,
        phone=patient.phone,
        attached_org=Message(attached_org.name_kk, attached_org.name_ru) if attached_org else None,
        legal_status=_legal_status(patient, on), rules=_funding_rules(decision),
        notes=_notes(decision, patient, emergency, pack), target_org=_organisation(target),
        specialist=request.specialist or None, diagnosis_icd=normalise_icd(request.diagnosis),
        diagnosis_text=(request.diagnosis_text or "").strip() or None, urgency=urgency,
        emergency=emergency, doctor_name=doctor.name if doctor else None,
        doctor_position=(doctor.position or None) if doctor else None, paper=settings.paper,
        draft=draft, issued_time=at.strftime("%H:%M") if emergency and at is not None else None,
    )


def decide_for(patient: Patient, request: ReferralRequest, on: date,
               attached: Attachment | None = None, pack=None) -> Decision:
    """The rule pack's decision for the referred service (funding, emergency, deciding rules),
    with the visit's suspicion and flags; `attached` is the derived default of attached here,
    `pack` the database's active pack (`rule_pack(session)`), None the shipped one."""
    from domain.decide import decide
    from domain.facts import facts_from_record

    base = visit_for(VisitInputs(request.suspected, request.risk_confirmed, request.attached_here),
                     attached)
    visit = replace(base, service=request.service, for_condition=normalise_icd(request.diagnosis),
                    specialty=specialty_code(request.specialist), emergency=request.emergency,
                    referral=True)
    return decide(facts_from_record(patient, on, pack), visit, on, pack)


def refusal(decision: Decision) -> Message | None:
    """Why a referral must not be issued on this decision yet, or None: a planned referral of
    a patient whose legal status is not recorded (its funding depends on it), or one whose
    funding depends on a diagnosis the referral does not name."""
    if decision.status_unknown and not decision.emergency:
        return ERR_STATUS_UNKNOWN
    cond = decision.for_diagnosis
    if cond is not None:
        return Message(
            ERR_DIAGNOSIS_NEEDED.kk.format(codes=", ".join(cond.codes), funding=FUNDINGS[decision.funding].kk,
                                           otherwise=funding_in_sentence(cond.otherwise).kk),
            ERR_DIAGNOSIS_NEEDED.ru.format(codes=", ".join(cond.codes), funding=FUNDINGS[decision.funding].ru,
                                           otherwise=funding_in_sentence(cond.otherwise).ru))
    return None


def rule_pack(session: Session):
    """The database's active rule pack (one small query; loaded once per process)."""
    from services.rulepacks import active_pack

    return active_pack(session)


def decide_for_patient(session: Session, patient: Patient, request: ReferralRequest, on: date) -> Decision:
    """`decide_for` with the database's active pack and the patient's attachment (the desk's
    referral form)."""
    return decide_for(patient, request, on, attachment(session, patient), rule_pack(session))


# --- reading ------------------------------------------------------------------------------------

def _patient_key(key: str | int) -> str | int:
    if isinstance(key, int):
        return key
    key = key.strip()
    if not is_valid_iin(key):
        raise BadInput(ERR_IIN.format(iin=key), field="iin")
    return key


def _find_patient(session: Session, key: str | int) -> Patient:
    patient = patient_by_key(session, _patient_key(key))
    if patient is None:
        raise BadInput(ERR_PATIENT.format(key=key), field="iin")
    return patient


def _org_by_code(session: Session, code: str | None) -> Organisation | None:
    if not code:
        return None
    org = find_organisation(session, code)
    if org is None:
        raise BadInput(ERR_ORG.format(code=code), field="to")
    return org


def _attached(session: Session, patient: Patient) -> Organisation | None:
    if not patient.attached_org:
        return None
    try:
        return _org_by_code(session, patient.attached_org)
    except BadInput:
        return None


def _check_request(request: ReferralRequest) -> ReferralRequest:
    check_service(request.service)
    normalise_icd(request.diagnosis)
    suspected_code(request.suspected)
    if request.urgency is not None and request.urgency not in URGENCIES:
        raise BadInput(ERR_URGENCY.format(value=request.urgency), field="urgency")
    return request


# --- use cases ----------------------------------------------------------------------------------
#
# Every use case receives its unit of work, a session the caller made, and the caller commits
# (the desk's TaskRunner when the function returns, the command line with `make.begin()`):
# only the composition roots open the database.

def warm_up() -> None:
    """The once-per-process costs of a referral (the rule pack read and checked, the slip's
    fonts and layout code loaded), paid before its write lock is taken: the counter of
    referral numbers stays locked only for the milliseconds between taking a number and the
    commit, whoever else is waiting for it."""
    from domain.decide import decide  # noqa: F401 - imported here, not under the lock
    from domain.facts import facts_from_record  # noqa: F401
    from domain.rulepack import load_rule_pack
    from services.rulepacks import active_pack  # noqa: F401 - asked under the lock, imported here

    load_rule_pack()
    warm_up_renderer()


def _write_lock(session: Session) -> None:
    # The write lock up front: the number, the register line and the print log are one
    # transaction, so no other desk can take the same number meanwhile.
    take_write_lock(session)


def issue_referral(session: Session, iin_or_patient_id: str | int, service: str, *,
                   diagnosis: str | None = None, diagnosis_text: str | None = None,
                   to: str | None = None, emergency: bool = False, on: date | None = None,
                   doctor: str | None = None,
                   specialist: str | None = None, urgency: str | None = None,
                   doctor_position: str | None = None,
                   decision: Decision | None = None, suspected: str | None = None,
                   risk_confirmed: bool = False, attached_here: bool | None = None) -> IssuedReferral:
    """Number, record and render one referral.

    `session` must be fresh, with no transaction begun: the write lock is taken on its first
    connection, so that the number, the register line and the print log are one transaction.
    The caller commits. Everything is checked before the number is taken, so bad input records
    nothing. Writing the PDF to a file is the caller's: the command line checks the path first
    (`check_output_path`), writes the PDF beside it before the commit (`stage_pdf`, whose failure
    rolls the referral back) and renames it into place after; the desk saves a committed slip
    with `write_pdf`. `decision` lets the desk pass the decision it already shows; otherwise the
    rule pack decides here.

    A planned referral needs the right to issue referrals (Forbidden, nothing recorded); an
    emergency one (`emergency`, or an emergency service) is never refused."""
    if not is_emergency(service, emergency):
        require(session, access.ISSUE_REFERRAL)
    request = _check_request(ReferralRequest(
        service=service, diagnosis=diagnosis, diagnosis_text=diagnosis_text, to=to,
        specialist=specialist, urgency=urgency, emergency=emergency, doctor=doctor,
        doctor_position=doctor_position, suspected=suspected, risk_confirmed=risk_confirmed,
        attached_here=attached_here))
    on = on or date.today()
    warm_up()
    with separate_read(session) as reader:
        rule_pack(reader)  # an installed pack is read and checked before the lock (once per process)
    _write_lock(session)
    pack = rule_pack(session)
    patient = _find_patient(session, iin_or_patient_id)
    target = _org_by_code(session, to)
    attached = _attached(session, patient)
    decision = decision or decide_for(patient, request, on, attachment(session, patient), pack)
    refused = refusal(decision)
    if refused is not None:
        raise BadInput(refused, field="status" if decision.status_unknown else "diagnosis")
    settings = load_settings(session)
    settings.site_prefix = ensure_site_prefix(session)
    # From here to the caller's commit the counter row is locked (on PostgreSQL): nothing
    # slow in between, no file or network. The renderer is warm (`warm_up`); a slip takes
    # some 50 ms. Rendered before the record: the register keeps the PDF's hash.
    number = allocate_number(session, settings.site_prefix, on.year)
    issued_at = _issued_at(on)
    slip = build_slip(patient=patient, decision=decision, settings=settings,
                      request=request, number=number, on=on, attached=attached,
                      target=target, pack=pack, at=issued_at)
    pdf = render_referral(slip, invariant=True)
    sha = hashlib.sha256(pdf).hexdigest()
    record_referral(session, _entry(slip, patient, decision, request, sha, operator_of(session),
                                    settings.site_prefix, to, issued_at), slip_to_json(slip))
    return IssuedReferral(number, decision.funding, pdf, sha, None, slip, decision)


def is_emergency(service: str, emergency: bool) -> bool:
    """Whether a referral is for emergency care, which nobody is refused."""
    return emergency or service in EMERGENCY_SERVICES


def _issued_at(on: date) -> datetime:
    """Now, on the day of issue (a referral dated another day keeps the time of day)."""
    now = datetime.now().replace(microsecond=0)
    return now if on == now.date() else datetime.combine(on, now.time())


def _entry(slip: SlipData, patient: Patient, decision: Decision, request: ReferralRequest,
           sha: str, operator: str, site: str, to: str | None, issued_at: datetime) -> ReferralEntry:
    return ReferralEntry(
        number=slip.number, issued_at=issued_at, patient_id=patient.id, service=slip.service_code,
        funding=decision.funding, rules=[r.as_json() for r in decision.rules],
        rule_pack=decision.rule_pack, form_code=slip.form_code, pdf_sha256=sha,
        valid_until=slip.valid_until, emergency=slip.emergency, urgency=slip.urgency,
        referring_doctor=slip.doctor_name, doctor_position=slip.doctor_position,
        target_org_code=to, target_text=slip.target_org.name_ru if slip.target_org else None,
        specialist=slip.specialist, diagnosis_icd=slip.diagnosis_icd,
        diagnosis_text=slip.diagnosis_text, operator=operator, origin_site=site,
    )


def copy_slip(session: Session, number: str):
    """The slip of an issued referral as a copy shows it: marked «КӨШІРМЕ / КОПИЯ», or
    «ЖОЙЫЛДЫ / АННУЛИРОВАНО» with the reason once voided (BadInput for an unknown number)."""
    entry = get_referral(session, number)
    snapshot = slip_snapshot(session, number)
    if entry is None or snapshot is None:
        raise BadInput(ERR_REFERRAL.format(number=number), field="number")
    slip = slip_from_json(snapshot)
    return slip.as_voided(entry.void_reason) if entry.voided_at else slip.as_copy()


def reprint_referral(session: Session, number: str) -> IssuedReferral:
    """The same slip as issued, marked «КӨШІРМЕ / КОПИЯ» (and «ЖОЙЫЛДЫ / АННУЛИРОВАНО» with
    the reason once voided, so that a voided referral printed again cannot be used); the
    printing is recorded when the caller commits. Printing a planned referral again needs the
    right to issue referrals; an emergency one is printed for anybody. The write lock is taken
    first: a read turned into a write later fails at once when another desk wrote meanwhile."""
    take_write_lock(session)
    slip = copy_slip(session, number)
    entry = get_referral(session, number)
    if not is_emergency(entry.service, entry.emergency):
        require(session, access.ISSUE_REFERRAL)
    pdf = render_referral(slip, invariant=True)
    sha = hashlib.sha256(pdf).hexdigest()
    record_print(session, number, copy=True, pdf_sha256=sha, operator=operator_of(session))
    return IssuedReferral(number, entry.funding, pdf, sha, None, slip)


def note_printed(session: Session, number: str, *, how: str) -> None:
    """The original slip of an issued referral sent to a printer (`how` "printer") or saved as
    a PDF file ("pdf"): one line in the audit trail."""
    take_write_lock(session)
    entry = get_referral(session, number)
    if entry is None:
        raise BadInput(ERR_REFERRAL.format(number=number), field="number")
    audit.record(session, audit.REFERRAL_PRINTED, "referrals",
                 patient_uuid=audit.patient_uuid_of(session, entry.patient_id),
                 detail={"number": number, "how": how})


def verify_referral(session: Session, number: str) -> bool:
    """Whether the stored content still renders to the PDF whose hash the register holds."""
    entry = get_referral(session, number)
    snapshot = slip_snapshot(session, number)
    if entry is None or snapshot is None:
        raise BadInput(ERR_REFERRAL.format(number=number), field="number")
    pdf = render_referral(slip_from_json(snapshot), invariant=True)
    return hashlib.sha256(pdf).hexdigest() == entry.pdf_sha256


def preview_referral(session: Session, patient_id: int, request: ReferralRequest, *,
                     on: date | None = None, decision: Decision | None = None) -> bytes:
    """A draft slip for the desk's preview: nothing is recorded and no number is used up."""
    _check_request(request)
    on = on or date.today()
    patient = _find_patient(session, patient_id)
    target = _org_by_code(session, request.to)
    attached = _attached(session, patient)
    settings = load_settings(session)
    pack = rule_pack(session)
    decision = decision or decide_for(patient, request, on, attachment(session, patient), pack)
    prefix = settings.site_prefix or "…"
    slip = build_slip(patient=patient, decision=decision, settings=settings, request=request,
                      number=f"{prefix}-{on.year}-……", on=on, attached=attached, target=target,
                      draft=True, pack=pack, at=_issued_at(on))
    return render_referral(slip)


# --- settings and lists for the desk ------------------------------------------------------------

def clinic_settings(session: Session) -> ClinicSettings:
    """The settings as the dialog shows them, with the site prefix fixed if it was unset (a
    write: give a fresh session, with no transaction begun, and commit)."""
    _write_lock(session)
    settings = load_settings(session)
    settings.site_prefix = ensure_site_prefix(session)
    return settings


def update_clinic_settings(session: Session, settings: ClinicSettings) -> None:
    """Store the settings (refused with BadInput when a value is wrong). Give a fresh session,
    with no transaction begun, and commit: the write lock is taken first, so that a desk busy
    writing is waited for instead of failing a read that turns into a write. Needs the right to
    change settings (Forbidden otherwise, nothing stored)."""
    require(session, access.CHANGE_SETTINGS)
    _write_lock(session)
    before = asdict(load_settings(session))
    settings = replace(settings, site_prefix=settings.site_prefix.strip().upper())
    save_settings(session, settings)
    changed = sorted(k for k, v in asdict(settings).items() if before.get(k) != v)
    if changed:  # which settings, never their values
        audit.record(session, audit.SETTINGS_CHANGED, "settings", detail={"keys": changed})


def target_organisations(session: Session) -> list[Organisation]:
    """Organisations a patient can be referred to (every one but the clinic itself)."""
    return [o for o in list_organisations(session) if not o.is_self]


@dataclass(frozen=True, slots=True)
class ReferralContext:
    """What the desk's referral form starts from: the patient, the clinic's lists."""

    patient: Patient | None
    organisations: list[Organisation]
    doctors: list[Doctor]
    paper: str
    attachment: Attachment | None = None  # attached here, as derived from the records


def referral_context(session: Session, patient_id: int | None) -> ReferralContext:
    patient = load_patient(session, patient_id) if patient_id is not None else None
    settings = load_settings(session)
    return ReferralContext(patient, target_organisations(session), list(settings.doctors),
                           settings.paper, attachment(session, patient) if patient else None)


def referable_services() -> list[str]:
    """Services a referral is written for in catalogue order."""
    return [s.code for s in SERVICES if s.extra.get("referral") == "yes"]
