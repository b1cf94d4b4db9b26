"""Clinic settings (organisation, form codes, paper, doctors) and the site prefix.

A database may hold many clinics (a regional server): each clinic's own settings — its name, BIN,
address, form codes, paper, doctors — are rows of `clinic_settings` under the clinic's code (its
BIN), so one clinic's settings never print on another clinic's slips. What belongs to the whole
database stays in `settings`: the default site prefix, the register of desks and their prefixes,
and what other parts keep there. Each value is JSON.

Which clinic a session works for: the desk's (`session.info["clinic"]`, from this computer's
setup, see db.engine.session_factory), else the database's only clinic, else "" — a database no
clinic has configured yet. Unset settings fall back to the clinic's own organisation record and
to sensible defaults, so a fresh database prints usable slips at once.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import asdict, dataclass, field, fields

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models import ClinicSettingRecord, OrganisationRecord, SequenceRecord, SettingRecord
from domain.messages import BadInput, Message

PAPERS = ("A4", "A5")
SITE_PREFIX_RE = re.compile(r"^[A-Z0-9]{1,12}$")
BIN_RE = re.compile(r"^\d{12}$")
SITE_KEY = "site_prefix"

ERR_PREFIX = Message(
    "Жолдама нөмірінің префиксі 1–12 латын әрпі мен цифрдан тұруы керек: {value}",
    "Префикс номера направления — от 1 до 12 латинских букв и цифр: {value}",
)
ERR_BIN = Message("БСН 12 цифрдан тұруы керек: {value}", "БИН должен состоять из 12 цифр: {value}")
ERR_PAPER = Message("Қағаз өлшемі A4 не A5 болуы керек: {value}",
                    "Размер бумаги должен быть A4 или A5: {value}")
ERR_DAYS = Message("Жарамдылық мерзімі 1–365 күн болуы керек: {value}",
                   "Срок действия должен быть от 1 до 365 дней: {value}")
ERR_EMPTY = Message("Өріс бос болмауы керек: {name}", "Поле не должно быть пустым: {name}")
ERR_DOCTOR = Message("Дәрігердің аты-жөні бос болмауы керек.", "Имя врача не должно быть пустым.")

DEFAULT_NAME = Message("Медициналық ұйым", "Медицинская организация")


@dataclass(slots=True)
class Doctor:
    name: str
    position: str = ""


@dataclass(slots=True)
class ClinicSettings:
    org_name_kk: str = ""
    org_name_ru: str = ""
    org_bin: str = ""
    org_address: str = ""
    org_phone: str = ""
    site_prefix: str = ""
    # Form 001-3/у is the approved form of planned hospitalisation (ҚР ДСМ-175/2020); the other
    # referrals have no verified form number, so their codes are the clinic's own.
    form_code_planned: str = "001-3/у"
    form_order_planned_kk: str = "ҚР ДСМ-175/2020 бұйрығымен бекітілген"
    form_order_planned_ru: str = "Утверждена приказом № ҚР ДСМ-175/2020"
    form_code_consultation: str = "Ж-01"
    form_code_diagnostics: str = "Ж-02"
    form_code_emergency: str = "Ж-03"
    form_order_other_kk: str = "Ұйымның ішкі нысаны"
    form_order_other_ru: str = "Внутренняя форма организации"
    paper: str = "A4"
    validity_days: int = 30
    doctors: list[Doctor] = field(default_factory=list)

    def validate(self) -> None:
        """Refuse values that would print a broken slip or a colliding number."""
        if not SITE_PREFIX_RE.match(self.site_prefix or ""):
            raise BadInput(ERR_PREFIX.format(value=self.site_prefix), field="site_prefix")
        if self.org_bin and not BIN_RE.match(self.org_bin):
            raise BadInput(ERR_BIN.format(value=self.org_bin), field="org_bin")
        if self.paper not in PAPERS:
            raise BadInput(ERR_PAPER.format(value=self.paper), field="paper")
        if not isinstance(self.validity_days, int) or not 1 <= self.validity_days <= 365:
            raise BadInput(ERR_DAYS.format(value=self.validity_days), field="validity_days")
        for name in ("org_name_kk", "org_name_ru", "form_code_planned", "form_code_consultation",
                     "form_code_diagnostics", "form_code_emergency"):
            if not str(getattr(self, name)).strip():
                raise BadInput(ERR_EMPTY.format(name=name), field=name)
        for doctor in self.doctors:
            if not doctor.name.strip():
                raise BadInput(ERR_DOCTOR, field="doctors")

    @property
    def default_doctor(self) -> Doctor | None:
        return self.doctors[0] if self.doctors else None


# The default site prefix is the database's (desks number with their own, see
# `ensure_site_prefix`); every other field is the clinic's.
DATABASE_WIDE = frozenset({SITE_KEY})
CLINIC_FIELDS = tuple(f.name for f in fields(ClinicSettings) if f.name not in DATABASE_WIDE)
CLINIC_INFO = "clinic"  # the session.info key of the desk's clinic code


def clinics(session: Session) -> list[str]:
    """The codes of the clinics whose settings this database keeps."""
    return list(session.scalars(select(ClinicSettingRecord.clinic).distinct()
                                .order_by(ClinicSettingRecord.clinic)))


def desk_clinic(session: Session) -> str:
    """The clinic of the desk this session works for, or "" when the session does not say."""
    code = session.info.get(CLINIC_INFO)
    return code.strip() if isinstance(code, str) else ""


def clinic_of(session: Session) -> str:
    """The code of the clinic whose settings the session reads and writes: the desk's, else the
    database's only clinic, else "" (no clinic has stored settings yet)."""
    code = desk_clinic(session)
    if code:
        return code
    known = clinics(session)
    return known[0] if len(known) == 1 else ""


def _self_org(session: Session, bin_: str | None = None) -> OrganisationRecord | None:
    query = select(OrganisationRecord).where(OrganisationRecord.is_self.is_(True),
                                             OrganisationRecord.deleted.is_(False))
    if bin_ is not None:
        query = query.where(OrganisationRecord.bin == bin_)
    return session.scalars(query.order_by(OrganisationRecord.id)).first()


def _clinic_org(session: Session, clinic: str) -> OrganisationRecord | None:
    """The clinic's own organisation record: the one with its BIN; on a database of one clinic
    (or for no clinic in particular) the organisation marked as this one."""
    if clinic:
        org = _self_org(session, clinic)
        if org is not None:
            return org
        if set(clinics(session)) - {clinic}:
            return None  # another clinic's organisation is not this one's
    return _self_org(session)


def _json(raw: str) -> object:
    try:
        return json.loads(raw)
    except ValueError:
        return raw  # written by hand as bare text


def _stored(session: Session, clinic: str) -> dict[str, object]:
    rows = session.execute(select(ClinicSettingRecord.key, ClinicSettingRecord.value).where(
        ClinicSettingRecord.clinic == clinic, ClinicSettingRecord.key.in_(CLINIC_FIELDS)))
    out = {key: _json(value) for key, value in rows}
    prefix = _stored_prefix(session)
    if prefix is not None:
        out[SITE_KEY] = _json(prefix)
    return out


def _from_values(values: dict[str, object]) -> ClinicSettings:
    out = ClinicSettings()
    for key, value in values.items():
        if key == "doctors":
            out.doctors = [Doctor(str(d.get("name", "")), str(d.get("position", "")))
                           for d in value or [] if isinstance(d, dict)]
        elif key == "validity_days":
            out.validity_days = int(value)
        elif value is not None:
            setattr(out, key, str(value))
    return out


def _prefix_from(code: str | None) -> str:
    cleaned = re.sub(r"[^A-Z0-9]", "", (code or "").upper())
    return cleaned[:8]


def load_settings(session: Session) -> ClinicSettings:
    """The settings of the session's clinic (`clinic_of`): stored values, else the clinic's
    organisation record, else defaults. The site prefix is not invented here;
    `ensure_site_prefix` fixes it once."""
    clinic = clinic_of(session)
    stored = _stored(session, clinic)
    out = _from_values(stored)
    org = _clinic_org(session, clinic)
    if org is not None:
        out.org_name_kk = stored.get("org_name_kk") or org.name_kk
        out.org_name_ru = stored.get("org_name_ru") or org.name_ru
        out.org_bin = stored.get("org_bin") or org.bin or ""
        out.org_address = stored.get("org_address") or org.address or ""
        out.org_phone = stored.get("org_phone") or org.phone or ""
    if not out.org_bin and BIN_RE.match(clinic):
        out.org_bin = clinic  # a clinic's code is its BIN
    out.org_name_kk = out.org_name_kk or DEFAULT_NAME.kk
    out.org_name_ru = out.org_name_ru or DEFAULT_NAME.ru
    return out


def move_clinic(session: Session, old: str, new: str) -> None:
    """Keep the settings stored under `old` under the code `new` (the caller commits): the
    settings of a database's only clinic, stored before it had a code, become its clinic's."""
    if old == new:
        return
    taken = set(session.scalars(select(ClinicSettingRecord.key)
                                .where(ClinicSettingRecord.clinic == new)))
    for row in session.scalars(select(ClinicSettingRecord)
                               .where(ClinicSettingRecord.clinic == old)).all():
        if row.key not in taken:
            session.add(ClinicSettingRecord(clinic=new, key=row.key, value=row.value))
        session.delete(row)
    session.flush()


def save_settings(session: Session, settings: ClinicSettings) -> None:
    """Validate and store every setting (the caller commits): the clinic's under the session's
    clinic, the site prefix for the database. A database's only clinic stored without a code
    ("") is kept under its BIN from the first save that names one."""
    settings.validate()
    clinic = clinic_of(session)
    if not clinic and not desk_clinic(session) and BIN_RE.match(settings.org_bin or ""):
        move_clinic(session, "", settings.org_bin)
        clinic = settings.org_bin
    values = asdict(settings)
    for key in CLINIC_FIELDS:
        text = json.dumps(values[key], ensure_ascii=False)
        row = session.get(ClinicSettingRecord, (clinic, key))
        if row is None:
            session.add(ClinicSettingRecord(clinic=clinic, key=key, value=text))
        elif row.value != text:
            row.value = text
    text = json.dumps(settings.site_prefix, ensure_ascii=False)
    row = session.get(SettingRecord, SITE_KEY)
    if row is None:
        session.add(SettingRecord(key=SITE_KEY, value=text))
    elif row.value != text:
        row.value = text
    session.flush()


def _usable_prefix(raw: str | None) -> str | None:
    """The stored prefix if it is one (JSON text, or bare text written by hand), else None."""
    if raw is None:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        value = raw
    value = value.strip() if isinstance(value, str) else ""
    return value if SITE_PREFIX_RE.match(value) else None


def _stored_prefix(session: Session) -> str | None:
    return session.scalar(select(SettingRecord.value).where(SettingRecord.key == SITE_KEY))


def ensure_site_prefix(session: Session) -> str:
    """The site prefix of every number this desk hands out (referrals, local numbers of patients
    without an IIN, unidentified emergencies), fixed on first use; the caller commits.

    Desks that work offline each keep their own database, so an unset prefix gets a random
    part: two desks that were never configured still cannot issue the same number. Two sessions
    fixing it at once both end with the one that was stored first (on SQLite, as for the
    counters, under `BEGIN IMMEDIATE` when several processes may race)."""
    desk = session.info.get("site_prefix")
    if isinstance(desk, str) and SITE_PREFIX_RE.match(desk):
        return desk  # this computer's desk, set up with a prefix of its own (db.desk_config)
    raw = _stored_prefix(session)
    prefix = _usable_prefix(raw)
    if prefix is not None:
        return prefix
    org = _self_org(session)
    base = _prefix_from(org.code if org is not None else "") or "T"
    text = json.dumps(f"{base[:7]}{secrets.token_hex(2).upper()}")
    if raw is None:
        # Another desk may be inserting too: the loser keeps the winner's row, never an error.
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        session.execute(insert(SettingRecord).values(key=SITE_KEY, value=text)
                        .on_conflict_do_nothing(index_elements=["key"]))
    else:
        # An unusable value (emptied or mistyped by hand) is replaced, unless another desk just did.
        session.execute(update(SettingRecord)
                        .where(SettingRecord.key == SITE_KEY, SettingRecord.value == raw)
                        .values(value=text))
    prefix = _usable_prefix(_stored_prefix(session))
    if prefix is None:
        raise RuntimeError("the site prefix could not be stored")
    return prefix


# --- the register of desks and their prefixes -------------------------------------------------
# One row per prefix in use (`desk_prefix.<PREFIX>` -> {"desk", "host", "since"}): desks that share
# a database each number with their own prefix, and the key's uniqueness keeps two of them from
# claiming the same one, also when they set up at the same moment.

DESK_KEY = "desk_prefix."
ERR_PREFIX_TAKEN = Message(
    "{prefix} префиксін осы дерекқордағы басқа жұмыс орны пайдаланады{where}. Басқа префикс "
    "таңдаңыз, мысалы {suggested}.",
    "Префикс {prefix} уже использует другое рабочее место этой базы данных{where}. Выберите "
    "другой префикс, например {suggested}.",
)


@dataclass(frozen=True, slots=True)
class DeskClaim:
    prefix: str
    desk: str
    host: str = ""
    since: str = ""


def desk_claims(session: Session) -> list[DeskClaim]:
    rows = session.execute(select(SettingRecord.key, SettingRecord.value)
                           .where(SettingRecord.key.startswith(DESK_KEY, autoescape=True)))
    out = []
    for key, value in rows:
        try:
            data = json.loads(value)
        except ValueError:
            data = {}
        data = data if isinstance(data, dict) else {}
        out.append(DeskClaim(key[len(DESK_KEY):], str(data.get("desk", "")),
                             str(data.get("host", "")), str(data.get("since", ""))))
    return sorted(out, key=lambda c: c.prefix)


def shared(session: Session) -> bool:
    """A database several desks work on at once (the clinic's server), not this computer's file."""
    return session.get_bind().dialect.name == "postgresql"


def prefixes_in_use(session: Session, desk_id: str) -> dict[str, DeskClaim | None]:
    """Prefixes another desk of this database numbers with, and its claim where it made one.
    On a shared database that is every claim but this desk's, and also the prefixes numbers
    were handed out with before desks claimed theirs (the counters, the stored default).
    On this computer's own file nothing is another desk's: it has one desk."""
    if not shared(session):
        return {}
    used: dict[str, DeskClaim | None] = {}
    mine = set()
    for claim in desk_claims(session):
        if claim.desk == desk_id:
            mine.add(claim.prefix)
        else:
            used[claim.prefix] = claim
    legacy = set(session.scalars(select(SequenceRecord.site).distinct()))
    stored = _usable_prefix(_stored_prefix(session))
    if stored:
        legacy.add(stored)
    for prefix in legacy - mine:
        used.setdefault(prefix, None)
    return used


def suggest_prefix(clinic_name: str, taken: set[str] | dict) -> str:
    """Initials of the clinic's name in Latin letters and the first free desk number: "AKE01"."""
    from domain.names import fold

    base = "".join(word[0] for word in fold(clinic_name or "").split()[:4]).upper() or "T"
    return next_free_prefix(base, taken)


def next_free_prefix(base: str, taken: set[str] | dict) -> str:
    """`base` and the first desk number no desk uses: "ALM" -> "ALM01", or "ALM02" when taken."""
    base = base[:10]
    for n in range(1, 100):
        candidate = f"{base}{n:02d}"
        if candidate not in taken:
            return candidate
    return f"{base}{secrets.token_hex(2).upper()}"


def claim_prefix(session: Session, prefix: str, desk_id: str, host: str = "") -> str:
    """Record that this desk numbers with `prefix` (the caller commits); refused with BadInput
    when another desk of a shared database uses it. The desk's earlier claims are released."""
    from datetime import datetime

    prefix = (prefix or "").strip().upper()
    if not SITE_PREFIX_RE.match(prefix):
        raise BadInput(ERR_PREFIX.format(value=prefix), field="site_prefix")
    key = DESK_KEY + prefix
    value = json.dumps({"desk": desk_id, "host": host,
                        "since": datetime.now().isoformat(timespec="seconds")}, ensure_ascii=False)
    in_use = prefixes_in_use(session, desk_id)

    def refuse() -> BadInput:
        claim = in_use.get(prefix)
        where = f" ({claim.host})" if claim is not None and claim.host else ""
        suggested = next_free_prefix(prefix.rstrip("0123456789") or prefix, {**in_use, prefix: None})
        return BadInput(ERR_PREFIX_TAKEN.format(prefix=prefix, where=where, suggested=suggested),
                        field="site_prefix")

    if prefix in in_use:
        raise refuse()
    if shared(session):
        # Two desks claiming at once: the key decides, the loser finds the winner's row.
        session.execute(pg_insert(SettingRecord).values(key=key, value=value)
                        .on_conflict_do_nothing(index_elements=["key"]))
        row = session.get(SettingRecord, key)
        session.refresh(row)
        if json.loads(row.value).get("desk") != desk_id:
            in_use[prefix] = DeskClaim(prefix, "", json.loads(row.value).get("host", ""))
            raise refuse()
        row.value = value
    else:
        row = session.get(SettingRecord, key)
        if row is None:
            session.add(SettingRecord(key=key, value=value))
        else:
            row.value = value
    for claim in desk_claims(session):
        if claim.desk == desk_id and claim.prefix != prefix:
            session.execute(delete(SettingRecord).where(SettingRecord.key == DESK_KEY + claim.prefix))
    session.flush()
    return prefix
