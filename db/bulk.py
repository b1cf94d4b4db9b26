"""Fast bulk writing of `PatientRecord` streams (demo data, registry imports).

Ids are assigned here, so children link to their patient without a round trip per row; rows
go to the database in chunks with `executemany`. On SQLite the DB-API cursor is used directly
with values already in SQLAlchemy's storage format (the Core layer's per-value processing would
double the time of a million-row load); other databases go through Core `insert`.
Everything runs inside the caller's transaction: the caller commits or rolls back.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, datetime
from functools import lru_cache

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.exc import OperationalError

from db import models as m
from domain.messages import BadInput, Message
from domain.names import fold, search_key
from domain.records import IdentityDocument, PatientRecord

E_BUSY = Message(
    "Дерекқорды басқа бағдарлама (мысалы, ашық тұрған тіркеу орны) жазып жатыр; кейінірек "
    "қайталаңыз. Ештеңе өзгертілмеді.",
    "База данных занята записью другой программы (например, открытым рабочим местом); "
    "повторите позже. Ничего не изменено.",
)

SYNC_COLS = ("uuid", "updated_at", "version", "origin_site", "deleted")
PATIENT_COLS = ("id", *SYNC_COLS, "iin", "local_id", "surname", "given_name", "patronymic",
                "latin_surname", "latin_given_name", "birth_date", "sex", "citizenship",
                "address", "phone", "attached_org_id", "status", "pregnant", "palliative",
                "search_key", "created_at")
DOCUMENT_COLS = ("id", *SYNC_COLS, "patient_id", "kind", "number", "issued_on", "valid_until",
                 "issuer")
STATUS_COLS = ("id", *SYNC_COLS, "patient_id", "status", "since", "parent_status", "kandas_since",
               "basis_document_id")
FUND_COLS = ("id", *SYNC_COLS, "patient_id", "insured", "checked_at", "source")
CATEGORY_COLS = ("id", *SYNC_COLS, "patient_id", "code", "valid_from", "valid_to")
PAYMENT_COLS = ("id", *SYNC_COLS, "patient_id", "payer", "first_month", "last_month")
CONDITION_COLS = ("id", *SYNC_COLS, "patient_id", "icd10", "since", "dispensary")
VHI_COLS = ("id", *SYNC_COLS, "patient_id", "insurer", "number", "valid_from", "valid_until")

# Insertion order respects foreign keys (documents before the statuses that cite them).
TABLES: tuple[tuple[Table, tuple[str, ...]], ...] = (
    (m.PatientRecord.__table__, PATIENT_COLS),
    (m.IdentityDocumentRecord.__table__, DOCUMENT_COLS),
    (m.LegalStatusRecord.__table__, STATUS_COLS),
    (m.FundCheckRecord.__table__, FUND_COLS),
    (m.CategoryRecord.__table__, CATEGORY_COLS),
    (m.PaymentPeriodRecord.__table__, PAYMENT_COLS),
    (m.ConditionRecord.__table__, CONDITION_COLS),
    (m.VhiContractRecord.__table__, VHI_COLS),
)


def sqlite_date(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def sqlite_datetime(d: datetime | None) -> str | None:
    # SQLAlchemy's SQLite DateTime storage format, so ORM reads and comparisons agree
    return None if d is None else f"{d:%Y-%m-%d %H:%M:%S}.{d.microsecond:06d}"


def _same(value):
    return value


class BulkWriter:
    """Buffers the rows of many patients and writes them in chunks on `connection`."""

    def __init__(self, connection: Connection, site: str = "", now: datetime | None = None,
                 chunk: int = 5000, background: bool = False):
        self.conn = connection
        # SQLite runs a statement without Python's lock held: with `background`, one chunk is
        # written by a helper thread while the caller builds the next (the caller must not use
        # the connection until `finish` or `close`)
        self._pool = ThreadPoolExecutor(1, "bulk-writer") if background else None
        self._pending: Future | None = None
        self.site = site
        self.chunk = chunk
        self.sqlite = connection.dialect.name == "sqlite"
        self.d: Callable = sqlite_date if self.sqlite else _same
        self.dt: Callable = sqlite_datetime if self.sqlite else _same
        self.now = self.dt(now or m.utcnow())
        self.next_id = {t.name: (connection.scalar(select(func.max(t.c.id))) or 0) + 1 for t, _ in TABLES}
        self.rows: dict[str, list[tuple]] = {t.name: [] for t, _ in TABLES}
        self.org_ids = dict(connection.execute(
            select(m.OrganisationRecord.code, m.OrganisationRecord.id)).all())
        # Sequential UUIDs under a random per-run prefix: unique across desks, and appended at
        # the end of the uuid index instead of scattered through it.
        self._uuid_prefix = uuidlib.uuid4().hex[:20]
        self._uuid_count = 0
        self.counts = {t.name: 0 for t, _ in TABLES}
        self._sql = {t.name: self._insert_sql(t, cols) for t, cols in TABLES}

    def _insert_sql(self, table: Table, cols: tuple[str, ...]) -> str:
        return f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"

    def _sync(self) -> tuple:
        self._uuid_count += 1
        return (f"{self._uuid_prefix}{self._uuid_count:012x}", self.now, 1, self.site, False)

    def _id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def add(self, rec: PatientRecord, patient_id: int | None = None,
            basis_document_id: int | None = None) -> int:
        """Queue a patient with all its evidence; with `patient_id`, only the evidence is added
        to that existing patient (the caller has updated its row), and `basis_document_id`
        names a stored document the legal status rests on. Returns the patient's id."""
        d, sync = self.d, self._sync
        rows = self.rows
        if patient_id is None:
            patient_id = self._id("patients")
            rows["patients"].append((
                patient_id, *sync(), rec.iin or None, rec.local_id or None, rec.surname,
                rec.given_name, rec.patronymic, rec.latin_surname, rec.latin_given_name,
                d(rec.birth_date), rec.sex, rec.citizenship, rec.address, rec.phone,
                self.org_ids.get(rec.attached_org) if rec.attached_org else None,
                rec.legal_status.status if rec.legal_status else None, rec.pregnant, rec.palliative,
                patient_key(rec), self.now,
            ))
        doc_ids: dict[tuple[str, str], int] = {}
        for doc in rec.documents:
            doc_ids[(doc.kind, doc.number)] = self._document(patient_id, doc)
        status = rec.legal_status
        if status is not None:
            basis_id = basis_document_id
            if basis_id is None and status.basis is not None:
                basis_id = doc_ids.get((status.basis.kind, status.basis.number))
                if basis_id is None:
                    basis_id = self._document(patient_id, status.basis)
            rows["legal_statuses"].append((
                self._id("legal_statuses"), *sync(), patient_id, status.status, d(status.since),
                status.parent_status, d(status.kandas_since), basis_id))
        for f in rec.fund_checks:
            rows["fund_checks"].append((self._id("fund_checks"), *sync(), patient_id, f.insured,
                                        self.dt(f.checked_at), f.source))
        for c in rec.categories:
            rows["state_categories"].append((self._id("state_categories"), *sync(), patient_id,
                                             c.code, d(c.valid_from), d(c.valid_to)))
        for p in rec.payments:
            rows["payment_periods"].append((self._id("payment_periods"), *sync(), patient_id,
                                            p.payer, p.first_month, p.last_month))
        for c in rec.conditions:
            rows["conditions"].append((self._id("conditions"), *sync(), patient_id, c.code.upper(),
                                       d(c.since), c.dispensary))
        if rec.vhi_until is not None:
            contract = _vhi_document(rec)
            rows["vhi_contracts"].append((
                self._id("vhi_contracts"), *sync(), patient_id,
                (contract.issuer or "") if contract else "", contract.number if contract else "",
                d(contract.issued_on) if contract else None, d(rec.vhi_until)))
        if len(rows["patients"]) >= self.chunk or len(rows["identity_documents"]) >= 2 * self.chunk:
            self.flush()
        return patient_id

    def _document(self, patient_id: int, doc: IdentityDocument) -> int:
        doc_id = self._id("identity_documents")
        self.rows["identity_documents"].append((
            doc_id, *self._sync(), patient_id, doc.kind, doc.number, self.d(doc.issued_on),
            self.d(doc.valid_until), doc.issuer))
        return doc_id

    def flush(self) -> None:
        """Write every queued row (in the background writer, the previous chunk first)."""
        batch = {name: rows for name, rows in self.rows.items() if rows}
        if not batch:
            return
        self.rows = {t.name: [] for t, _ in TABLES}
        for name, rows in batch.items():
            self.counts[name] += len(rows)
        if self._pool is None:
            self._write(batch)
            return
        self.wait()
        self._pending = self._pool.submit(self._write, batch)

    def _write(self, batch: dict[str, list[tuple]]) -> None:
        for table, cols in TABLES:
            rows = batch.get(table.name)
            if not rows:
                continue
            if self.sqlite:
                cursor = self.conn.connection.cursor()
                try:
                    cursor.executemany(self._sql[table.name], rows)
                finally:
                    cursor.close()
            else:
                self.conn.execute(table.insert(), [dict(zip(cols, row, strict=True)) for row in rows])

    def wait(self) -> None:
        """Until the background writer is idle; re-raises its failure."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def close(self) -> None:
        """Stop the background writer (after its current chunk), whatever happened."""
        if self._pool is not None:
            try:
                self.wait()
            finally:
                self._pool.shutdown(wait=True)
                self._pool = None

    def finish(self) -> None:
        """Write what is queued; on PostgreSQL move each id sequence past the ids assigned here,
        so later inserts through the ORM do not collide with them."""
        self.flush()
        self.close()
        if self.sqlite:
            return
        for table, _ in TABLES:
            if self.counts[table.name]:
                self.conn.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"(SELECT max(id) FROM {table.name}))"))


def raise_busy(exc: BaseException) -> None:
    """A database locked by another writer past the busy timeout is bad timing, not a bug:
    BadInput (exit 2) — the caller's transaction has rolled back."""
    if isinstance(exc, OperationalError) and "locked" in str(exc.orig).lower():
        raise BadInput(E_BUSY, field="db") from exc


@lru_cache(maxsize=1 << 16)
def _folded(part: str) -> tuple[str, ...]:
    return tuple(fold(part).split())


def patient_key(rec: PatientRecord) -> str:
    """`domain.names.search_key` of the record's names. Names repeat across a population, so
    each part's folding is memoised: a million-row load folds a few thousand distinct parts
    instead of five million (tests pin the result to `search_key`)."""
    words: dict[str, None] = {}
    for part in (rec.surname, rec.given_name, rec.patronymic, rec.latin_surname, rec.latin_given_name):
        if part:
            for word in _folded(part):
                words.setdefault(word, None)
    return " ".join(words)


def reference_key(rec: PatientRecord) -> str:
    return search_key(rec.surname, rec.given_name, rec.patronymic, rec.latin_surname,
                      rec.latin_given_name)


def _vhi_document(rec: PatientRecord) -> IdentityDocument | None:
    for doc in rec.documents:
        if doc.kind == "vhi_contract" and doc.valid_until == rec.vhi_until:
            return doc
    return None
