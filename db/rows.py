"""Storage rows of `Patient`s, built without a database (bulk loads, the import's parser).

`RowBuilder` turns records into one tuple per table row, in each table's column order, with
ids counted up from given starting points and values already in the storage format of the
database (ISO text for dates on SQLite, Python objects elsewhere). It imports neither
SQLAlchemy nor anything beyond `domain`, so a parser process that uses it starts quickly.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache

from domain.names import part_words, search_key
from domain.records import IdentityDocument, Patient

SYNC_COLS = ("uuid", "updated_at", "version", "origin_site", "deleted", "changed_by")
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

# Table name -> columns, in an insertion order that respects foreign keys (documents before
# the statuses that cite them).
TABLE_COLS: dict[str, tuple[str, ...]] = {
    "patients": PATIENT_COLS,
    "identity_documents": DOCUMENT_COLS,
    "legal_statuses": STATUS_COLS,
    "fund_checks": FUND_COLS,
    "state_categories": CATEGORY_COLS,
    "payment_periods": PAYMENT_COLS,
    "conditions": CONDITION_COLS,
    "vhi_contracts": VHI_COLS,
}
# Where a child row holds its patient's id (right after the id and the sync columns).
OWNER = 1 + len(SYNC_COLS)


def sqlite_date(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def sqlite_datetime(d: datetime | None) -> str | None:
    # SQLAlchemy's SQLite DateTime storage format ("%Y-%m-%d %H:%M:%S.%f"), so ORM reads and
    # comparisons agree; for a naive time that is isoformat's, which is several times faster
    if d is None:
        return None
    if d.tzinfo is None and d.year >= 1000:
        return d.isoformat(" ", "microseconds")
    return f"{d:%Y-%m-%d %H:%M:%S}.{d.microsecond:06d}"


def _same(value):
    return value


def storage_formats(sqlite: bool) -> tuple[Callable, Callable]:
    """The date and datetime converters to the database's storage format."""
    return (sqlite_date, sqlite_datetime) if sqlite else (_same, _same)


class RowBuilder:
    """Queues the storage rows of many patients; `take` hands them over table by table."""

    def __init__(self, next_ids: dict[str, int], org_ids: dict[str, int], site: str,
                 now: datetime, sqlite: bool, uuid_prefix: str | None = None,
                 changed_by: str | None = None):
        self.d, self.dt = storage_formats(sqlite)
        self.site = site
        self.now = self.dt(now)
        self.next_id = dict(next_ids)
        self.org_ids = org_ids
        self.rows: dict[str, list[tuple]] = {name: [] for name in TABLE_COLS}
        # Sequential UUIDs under a random per-run prefix: unique across desks, and appended at
        # the end of the uuid index instead of scattered through it.
        self._uuid_format = (uuid_prefix or uuidlib.uuid4().hex[:20]) + "%012x"
        self._uuid_count = 0
        # updated_at, version, origin_site, deleted, changed_by (who loads the rows)
        self._sync_tail = (self.now, 1, site, False, changed_by)

    def _sync(self) -> tuple:
        count = self._uuid_count = self._uuid_count + 1
        return (self._uuid_format % count, *self._sync_tail)

    def _id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def take(self) -> dict[str, list[tuple]]:
        """The queued rows of every table that has any; the queue starts afresh."""
        batch = {name: rows for name, rows in self.rows.items() if rows}
        self.rows = {name: [] for name in TABLE_COLS}
        return batch

    def add(self, rec: Patient, patient_id: int | None = None,
            basis_document_id: int | None = None) -> int:
        """Queue a patient with all its evidence; with `patient_id`, only the evidence is added
        to that existing patient, and `basis_document_id` names a stored document the legal
        status rests on. Returns the patient's id."""
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
        return patient_id

    def _document(self, patient_id: int, doc: IdentityDocument) -> int:
        doc_id = self._id("identity_documents")
        self.rows["identity_documents"].append((
            doc_id, *self._sync(), patient_id, doc.kind, doc.number, self.d(doc.issued_on),
            self.d(doc.valid_until), doc.issuer))
        return doc_id


@lru_cache(maxsize=1 << 16)
def _folded(part: str) -> tuple[str, ...]:
    return part_words(part)


def patient_key(rec: Patient) -> str:
    """`domain.names.search_key` of the record's names. Names repeat across a population, so
    each part's folding is memoised: a million-row load folds a few thousand distinct parts
    instead of five million (tests pin the result to `search_key`)."""
    words: dict[str, None] = {}
    for part in (rec.surname, rec.given_name, rec.patronymic, rec.latin_surname, rec.latin_given_name):
        if part:
            for word in _folded(part):
                words.setdefault(word, None)
    return " ".join(words)


def reference_key(rec: Patient) -> str:
    return search_key(rec.surname, rec.given_name, rec.patronymic, rec.latin_surname,
                      rec.latin_given_name)


def _vhi_document(rec: Patient) -> IdentityDocument | None:
    for doc in rec.documents:
        if doc.kind == "vhi_contract" and doc.valid_until == rec.vhi_until:
            return doc
    return None
