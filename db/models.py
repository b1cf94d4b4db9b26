"""Typed SQLAlchemy 2 models. The same models run on SQLite (one desk, offline) and PostgreSQL
(several desks, a region).

Rows that travel between desks carry a UUID key, `updated_at`, a version counter and the origin
site; deletions are tombstones (`deleted`), never row removals.
"""

from __future__ import annotations

import uuid as uuidlib
from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return uuidlib.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SyncMixin:
    """Columns every row that travels between desks carries."""

    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    origin_site: Mapped[str] = mapped_column(String(16), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # Who last created or changed the row: a desk account's login, or `cli:<name>` for a
    # command run without the desk.
    changed_by: Mapped[str | None] = mapped_column(String(100))


class OrganisationRecord(SyncMixin, Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32))
    bin: Mapped[str | None] = mapped_column(String(12))
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)


class PatientRecord(SyncMixin, Base):
    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    iin: Mapped[str | None] = mapped_column(String(12), unique=True)
    local_id: Mapped[str | None] = mapped_column(String(32), unique=True)
    surname: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str | None] = mapped_column(String(100))
    latin_surname: Mapped[str | None] = mapped_column(String(100))
    latin_given_name: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    citizenship: Mapped[str | None] = mapped_column(String(3))
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    attached_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    attached_since: Mapped[date | None] = mapped_column(Date)
    # Where the attachment was learned (registry import, the patient's phone, the desk, …).
    attachment_source: Mapped[str | None] = mapped_column(String(32))
    # Set on a record merged into another one (which remains); the merged record is a tombstone.
    merged_into_id: Mapped[int | None] = mapped_column(Integer)
    # Current legal status code, kept beside the dated history for fast lists and search.
    status: Mapped[str | None] = mapped_column(String(32))
    pregnant: Mapped[bool] = mapped_column(Boolean, default=False)
    palliative: Mapped[bool] = mapped_column(Boolean, default=False)
    # Normalised name key (domain.names) for cross-script, typo-tolerant search.
    search_key: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    attached_org: Mapped[OrganisationRecord | None] = relationship()
    documents: Mapped[list[IdentityDocumentRecord]] = relationship(
        back_populates="patient", cascade="all, delete-orphan", order_by="IdentityDocumentRecord.id"
    )
    legal_statuses: Mapped[list[LegalStatusRecord]] = relationship(
        back_populates="patient", cascade="all, delete-orphan", order_by="LegalStatusRecord.id"
    )
    fund_checks: Mapped[list[FundCheckRecord]] = relationship(
        back_populates="patient", cascade="all, delete-orphan", order_by="FundCheckRecord.checked_at"
    )
    categories: Mapped[list[CategoryRecord]] = relationship(
        back_populates="patient", cascade="all, delete-orphan", order_by="CategoryRecord.id"
    )
    payments: Mapped[list[PaymentPeriodRecord]] = relationship(
        back_populates="patient", cascade="all, delete-orphan", order_by="PaymentPeriodRecord.first_month"
    )
    conditions: Mapped[list[ConditionRecord]] = relationship(
        back_populates="patient", cascade="all, delete-orphan", order_by="ConditionRecord.id"
    )
    vhi_contracts: Mapped[list[VhiContractRecord]] = relationship(
        back_populates="patient", cascade="all, delete-orphan", order_by="VhiContractRecord.id"
    )

    __table_args__ = (Index("ix_patients_birth_date", "birth_date"),)


class IdentityDocumentRecord(SyncMixin, Base):
    __tablename__ = "identity_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(40))
    issued_on: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(String(200))

    patient: Mapped[PatientRecord] = relationship(back_populates="documents")


class LegalStatusRecord(SyncMixin, Base):
    """A legal status with the document it rests on; the newest row is the current one."""

    __tablename__ = "legal_statuses"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(32))
    since: Mapped[date | None] = mapped_column(Date)
    parent_status: Mapped[str | None] = mapped_column(String(32))
    kandas_since: Mapped[date | None] = mapped_column(Date)
    basis_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("identity_documents.id", ondelete="SET NULL")
    )

    patient: Mapped[PatientRecord] = relationship(back_populates="legal_statuses")
    basis_document: Mapped[IdentityDocumentRecord | None] = relationship()


class FundCheckRecord(SyncMixin, Base):
    """The Fund's answer on МӘМС status, with its source and check time."""

    __tablename__ = "fund_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    insured: Mapped[bool] = mapped_column(Boolean)
    checked_at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(32))
    # The category the answer named, when it named one (the patient's phone often shows it).
    category: Mapped[str | None] = mapped_column(String(32))

    patient: Mapped[PatientRecord] = relationship(back_populates="fund_checks")


class CategoryRecord(SyncMixin, Base):
    """A state-insured category with its validity."""

    __tablename__ = "state_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)

    patient: Mapped[PatientRecord] = relationship(back_populates="categories")


class PaymentPeriodRecord(SyncMixin, Base):
    """Contributions paid for every month in [first_month, last_month] ("YYYY-MM")."""

    __tablename__ = "payment_periods"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    payer: Mapped[str] = mapped_column(String(32))
    first_month: Mapped[str] = mapped_column(String(7))
    last_month: Mapped[str] = mapped_column(String(7))

    patient: Mapped[PatientRecord] = relationship(back_populates="payments")


class ConditionRecord(SyncMixin, Base):
    __tablename__ = "conditions"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    icd10: Mapped[str] = mapped_column(String(12))
    since: Mapped[date | None] = mapped_column(Date)
    dispensary: Mapped[bool] = mapped_column(Boolean, default=False)

    patient: Mapped[PatientRecord] = relationship(back_populates="conditions")


class VhiContractRecord(SyncMixin, Base):
    """Voluntary (or imputed) health insurance contract, e.g. of an EAEU worker."""

    __tablename__ = "vhi_contracts"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    insurer: Mapped[str] = mapped_column(String(200))
    number: Mapped[str] = mapped_column(String(40))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)

    patient: Mapped[PatientRecord] = relationship(back_populates="vhi_contracts")


class VisitRecord(SyncMixin, Base):
    """A registered visit; emergency visits are recorded with time and operator."""

    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    service: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    operator: Mapped[str] = mapped_column(String(100), default="")
    funding: Mapped[str | None] = mapped_column(String(8))
    rule_pack: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    voided_by: Mapped[str | None] = mapped_column(String(100))
    void_reason: Mapped[str | None] = mapped_column(Text)


class ReferralRecord(SyncMixin, Base):
    """The referral register: what was issued, to whom, on which rules, and the PDF's hash."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    valid_until: Mapped[date | None] = mapped_column(Date)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    service: Mapped[str] = mapped_column(String(32))
    funding: Mapped[str] = mapped_column(String(8))
    rules: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of rule ids and citations
    rule_pack: Mapped[str] = mapped_column(String(40))
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    urgency: Mapped[str] = mapped_column(String(16), default="planned")
    form_code: Mapped[str] = mapped_column(String(32))
    referring_doctor: Mapped[str | None] = mapped_column(String(200))
    doctor_position: Mapped[str | None] = mapped_column(String(200))
    target_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    target_text: Mapped[str | None] = mapped_column(String(300))
    specialist: Mapped[str | None] = mapped_column(String(200))
    diagnosis_icd: Mapped[str | None] = mapped_column(String(12))
    diagnosis_text: Mapped[str | None] = mapped_column(Text)
    operator: Mapped[str] = mapped_column(String(100), default="")
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    voided_by: Mapped[str | None] = mapped_column(String(100))
    void_reason: Mapped[str | None] = mapped_column(Text)


class ReferralPrintRecord(Base):
    """Each printing of a slip: the original and every copy (КӨШІРМЕ / КОПИЯ)."""

    __tablename__ = "referral_prints"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id"), index=True)
    # names the line on every desk and the hub (sent twice, stored once)
    uuid: Mapped[str | None] = mapped_column(String(32), unique=True, index=True, default=new_uuid)
    printed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    copy: Mapped[bool] = mapped_column(Boolean, default=False)
    operator: Mapped[str] = mapped_column(String(100), default="")
    pdf_sha256: Mapped[str] = mapped_column(String(64))


class SequenceRecord(Base):
    """Per-site, per-year counters (referral numbers, local patient numbers)."""

    __tablename__ = "sequences"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    site: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class SettingRecord(Base):
    """Clinic settings (name, BIN, site prefix, form codes, paper size, …) as JSON values."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class ClinicSettingRecord(Base):
    """A setting of one clinic (name, BIN, address, form codes, doctors, ...) as a JSON value:
    a regional server holds the settings of many clinics, each clinic's apart. `clinic` is the
    clinic's code (its BIN)."""

    __tablename__ = "clinic_settings"

    clinic: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class UserRecord(SyncMixin, Base):
    """A desk account. The password is kept only as an Argon2 hash."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32), default="receptionist")
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)


class RolePermissionRecord(Base):
    """What a role may do: one row per (role, permission); an administrator can change them."""

    __tablename__ = "role_permissions"

    role: Mapped[str] = mapped_column(String(32), primary_key=True)
    permission: Mapped[str] = mapped_column(String(48), primary_key=True)


class AuditEventRecord(Base):
    """An append-only trail. Each event of a chain carries its number in the chain, the hash of
    the previous event and its own hash over its content, so that an altered or removed event
    is detected."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    operator: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_uuid: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="{}")
    # The patient the event concerns (for the administrator's filters), when there is one.
    patient_uuid: Mapped[str | None] = mapped_column(String(32), index=True)
    chain: Mapped[str] = mapped_column(String(40), default="")
    seq: Mapped[int | None] = mapped_column(Integer)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_events_chain_seq", "chain", "seq", unique=True),)


class AuditHeadRecord(Base):
    """The last event of each audit chain; updating it serialises writers of one chain."""

    __tablename__ = "audit_heads"

    chain: Mapped[str] = mapped_column(String(40), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str] = mapped_column(String(64), default="")


class ConsentRecord(SyncMixin, Base):
    """A patient's consent to the processing of personal data, on a signed paper form."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    given_on: Mapped[date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(String(32))
    form_number: Mapped[str | None] = mapped_column(String(40))
    operator: Mapped[str] = mapped_column(String(100), default="")
    withdrawn_on: Mapped[date | None] = mapped_column(Date)


class RulePackRecord(Base):
    """A rule pack installed by an administrator: the pack file as given (a zip of the pack's
    JSON files), checked when installed and again whenever it is loaded. The pack shipped with
    the program is never stored: it is always there."""

    __tablename__ = "rule_packs"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(32), unique=True)  # pack.json's version label
    uuid: Mapped[str | None] = mapped_column(String(32), unique=True, index=True, default=new_uuid)
    content_hash: Mapped[str] = mapped_column(String(16))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    installed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    installed_by: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class RulePackActivationRecord(Base):
    """Each switch of the active rule pack; the newest row is the one in force for every desk
    of the database (none: the shipped pack). `pack_id` None is the shipped pack."""

    __tablename__ = "rule_pack_activations"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str | None] = mapped_column(String(32), unique=True, index=True, default=new_uuid)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    pack_id: Mapped[int | None] = mapped_column(ForeignKey("rule_packs.id"))
    version: Mapped[str] = mapped_column(String(32))
    content_hash: Mapped[str] = mapped_column(String(16))
    operator: Mapped[str] = mapped_column(String(100), default="")


class SyncOutboxRecord(Base):
    """A change of this desk not yet taken by the hub, written by a trigger in the change's own
    transaction: the table, the row, the columns that changed (`*`: a new row), the version the
    desk's pending changes of the row started from, and when (UTC text)."""

    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_uuid", "uuid"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    tbl: Mapped[str] = mapped_column(String(40))
    uuid: Mapped[str] = mapped_column(String(32))
    fields: Mapped[str] = mapped_column(Text)
    base: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(26))


class SyncApplyingRecord(Base):
    """Holds one row while the sync applies rows pulled from the hub: they are not this desk's
    changes, so they do not go into the outbox."""

    __tablename__ = "sync_applying"

    id: Mapped[int] = mapped_column(primary_key=True)


class SyncStateRecord(Base):
    """The desk's sync progress (where the pull stands, the last success, the last failure)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncConflictRecord(Base):
    """A value a sync conflict overwrote: which row and field, the value kept and the value
    lost, with the site and time of each. Written by the hub, copied to every desk."""

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    tbl: Mapped[str] = mapped_column(String(40))
    row_uuid: Mapped[str] = mapped_column(String(32), index=True)
    field: Mapped[str] = mapped_column(String(64))
    kept: Mapped[str | None] = mapped_column(Text)
    lost: Mapped[str | None] = mapped_column(Text)
    kept_site: Mapped[str | None] = mapped_column(String(16))
    lost_site: Mapped[str | None] = mapped_column(String(16))
    kept_at: Mapped[datetime | None] = mapped_column(DateTime)
    lost_at: Mapped[datetime | None] = mapped_column(DateTime)
    desk: Mapped[str | None] = mapped_column(String(64))
    # "later" (the later change won), "same_iin" / "same_code" (two records of one person or
    # organisation became one), "void" ...
    reason: Mapped[str] = mapped_column(String(32))


class SyncAliasRecord(Base):
    """An organisation or account created on two desks under one code or login: the second
    uuid stands for the first."""

    __tablename__ = "sync_aliases"

    uuid: Mapped[str] = mapped_column(String(32), primary_key=True)
    tbl: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(32))
