"""Consent to the processing of personal data: the signed paper form recorded (one consent per
scope it covers), withdrawn, listed, the state on a day, and the blank form printed for signing.

Recording and withdrawing change the patient's data: they need the right to edit patients and
leave an audit event each (the patient's uuid, never a name or an IIN in the detail). Emergency
care never asks for consent (domain.consent)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from db import consents as store
from db.engine import take_write_lock
from db.repositories import load_patient
from db.settings import ensure_site_prefix, load_settings
from domain.access import EDIT_PATIENT
from domain.consent import GIVEN, SCOPES, Consent, ScopeState, state_on
from domain.messages import BadInput, Message
from domain.records import Patient
from reports.consent_form import ConsentForm, render_consent_form
from services import audit
from services.access import operator, require

ACTION_RECORDED = "consent.recorded"
ACTION_WITHDRAWN = "consent.withdrawn"
ENTITY = "consent"
FORM_NUMBER_MAX = 40

ERR_NO_PATIENT = Message("Науқас табылмады.", "Пациент не найден.")
ERR_SCOPE = Message("Келісімнің мұндай түрі жоқ: {scope}", "Нет такого вида согласия: {scope}")
ERR_NO_SCOPE = Message("Келісім неге берілгенін белгілеңіз.", "Отметьте, на что дано согласие.")
ERR_FORM_NUMBER = Message("Қол қойылған нысанның нөмірін енгізіңіз.",
                          "Укажите номер подписанного бланка.")
ERR_FORM_NUMBER_LONG = Message("Нысан нөмірі тым ұзын (ең көбі {n} таңба).",
                               "Номер бланка слишком длинный (не более {n} знаков).")
ERR_FUTURE = Message("Күні болашақта болмауы керек: {day}", "Дата не может быть в будущем: {day}")
ERR_BEFORE_GIVEN = Message("Келісім {given} берілген; оны одан ерте қайтарып алуға болмайды.",
                           "Согласие дано {given}; отозвать его раньше этой даты нельзя.")
ERR_NOTHING_GIVEN = Message("Қайтарып алатын келісім жоқ.", "Нет согласия, которое можно отозвать.")
ERR_NO_CONSENT = Message("Келісім табылмады.", "Согласие не найдено.")


def _day(d: date) -> str:
    return d.strftime("%d.%m.%Y")


def _patient(session, patient_id: int) -> Patient:
    record = load_patient(session, patient_id)
    if record is None:
        raise BadInput(ERR_NO_PATIENT, field="patient")
    return record


def _scopes(scopes: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(scopes))
    for scope in chosen:
        if scope not in SCOPES:
            raise BadInput(ERR_SCOPE.format(scope=scope), field="scope")
    if not chosen:
        raise BadInput(ERR_NO_SCOPE, field="scope")
    return chosen


def record_consent(session, patient_id: int, *, scopes: Iterable[str], form_number: str,
                   given_on: date | None = None, today: date | None = None) -> list[Consent]:
    """The signed form `form_number`, given on `given_on` (today by default), recorded as one
    consent per scope it covers; returns them."""
    require(session, EDIT_PATIENT)
    today = today or date.today()
    given_on = given_on or today
    chosen = _scopes(scopes)
    number = (form_number or "").strip()
    if not number:
        raise BadInput(ERR_FORM_NUMBER, field="form_number")
    if len(number) > FORM_NUMBER_MAX:
        raise BadInput(ERR_FORM_NUMBER_LONG.format(n=FORM_NUMBER_MAX), field="form_number")
    if given_on > today:
        raise BadInput(ERR_FUTURE.format(day=_day(given_on)), field="given_on")
    take_write_lock(session)
    patient = _patient(session, patient_id)
    who, site = operator(session), ensure_site_prefix(session)
    out = []
    for scope in chosen:
        consent = store.add_consent(session, patient_id, scope=scope, given_on=given_on,
                                    form_number=number, operator=who, site=site)
        audit.record(session, ACTION_RECORDED, ENTITY, entity_uuid=consent.uuid,
                     patient_uuid=patient.uuid,
                     detail={"scope": scope, "given_on": given_on.isoformat(), "form_number": number})
        out.append(consent)
    return out


def withdraw(session, patient_id: int, *, scopes: Iterable[str] | None = None,
             on: date | None = None, today: date | None = None) -> list[Consent]:
    """Withdraw, from `on` (today by default), the patient's consents in force that day to
    `scopes` (all of them by default); returns the consents withdrawn."""
    require(session, EDIT_PATIENT)
    today = today or date.today()
    on = on or today
    chosen = _scopes(SCOPES if scopes is None else scopes)
    if on > today:
        raise BadInput(ERR_FUTURE.format(day=_day(on)), field="withdrawn_on")
    take_write_lock(session)
    patient = _patient(session, patient_id)
    in_force = [s.consent for scope, s in state_on(store.consents_of(session, patient_id), on).items()
                if scope in chosen and s.state == GIVEN]
    if not in_force:
        raise BadInput(ERR_NOTHING_GIVEN, field="scope")
    return [_withdraw_one(session, patient.uuid, c, on) for c in in_force]


def withdraw_consent(session, consent_id: int, *, on: date | None = None,
                     today: date | None = None) -> Consent:
    """Withdraw one recorded consent from `on` (today by default)."""
    require(session, EDIT_PATIENT)
    today = today or date.today()
    on = on or today
    if on > today:
        raise BadInput(ERR_FUTURE.format(day=_day(on)), field="withdrawn_on")
    take_write_lock(session)
    found = store.consent_by_id(session, consent_id)
    if found is None:
        raise BadInput(ERR_NO_CONSENT, field="consent")
    patient_id, consent = found
    if consent.withdrawn_on is not None:
        raise BadInput(ERR_NOTHING_GIVEN, field="consent")
    return _withdraw_one(session, _patient(session, patient_id).uuid, consent, on)


def _withdraw_one(session, patient_uuid: str | None, consent: Consent, on: date) -> Consent:
    if on < consent.given_on:
        raise BadInput(ERR_BEFORE_GIVEN.format(given=_day(consent.given_on)), field="withdrawn_on")
    done = store.mark_withdrawn(session, consent.id, on=on, operator=operator(session))
    audit.record(session, ACTION_WITHDRAWN, ENTITY, entity_uuid=done.uuid, patient_uuid=patient_uuid,
                 detail={"scope": done.scope, "withdrawn_on": on.isoformat(),
                         "form_number": done.form_number})
    return done


def consents_of(session, patient_id: int) -> list[Consent]:
    """Every consent recorded for the patient, oldest first."""
    return store.consents_of(session, patient_id)


def state(session, patient_id: int, on: date | None = None) -> dict[str, ScopeState]:
    """Each scope's state on `on` (today by default): given, withdrawn or none."""
    return state_on(store.consents_of(session, patient_id), on or date.today())


def consent_form(session, patient_id: int, lang: str, on: date | None = None) -> bytes:
    """The blank form to sign, in `lang`, filled in with the patient and the clinic."""
    patient = _patient(session, patient_id)
    settings = load_settings(session)
    form = ConsentForm(
        clinic_name=settings.org_name_ru if lang == "ru" else settings.org_name_kk,
        clinic_bin=settings.org_bin or None, clinic_address=settings.org_address or None,
        patient_name=patient.full_name, patient_iin=patient.iin, patient_local_id=patient.local_id,
        birth_date=patient.birth_date, address=patient.address, phone=patient.phone,
        on=on or date.today(), lang=lang)
    return render_consent_form(form)
