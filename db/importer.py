"""Import of a registry snapshot (CSV with a header row, or JSON Lines; docs/import-format.md).

The file is read and validated chunk by chunk (`db.import_source`; for a large file in a
parser process of its own, while this process writes) and written inside ONE transaction: a
failure, Ctrl+C or a killed process leaves the database exactly as it was. Rows are matched to
patients by IIN (or by local number when the row has no IIN); a row equal to what is stored
changes nothing, not even `updated_at` or the version counter.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, Engine, bindparam, text, update
from sqlalchemy.exc import OperationalError

from db import models as m
from db.bulk import BulkWriter, raise_busy
from db.engine import lift_statement_timeout
from db.import_source import (
    Chunk,
    ParserProcess,
    ParseSettings,
    chunks,
    open_source,
)
from db.rows import OWNER, PATIENT_COLS, TABLE_COLS
from db.search import refresh_index

PROGRESS_ROWS = 50_000
# A file at least this large is read by a parser process (starting one costs a fraction of
# a second; below this size the whole import takes about that long).
PARALLEL_BYTES = 2 * 1024 * 1024

# children replaced by a changed row (tombstoned, then written anew); documents and the Fund's
# answers are history and only ever added to
REPLACED = (m.LegalStatusRecord, m.CategoryRecord, m.PaymentPeriodRecord, m.ConditionRecord,
            m.VhiContractRecord)
PATIENT_FIELDS = ("surname", "given_name", "patronymic", "latin_surname", "latin_given_name",
                  "birth_date", "sex", "citizenship", "address", "phone", "attached_org_id", "status",
                  "pregnant", "palliative")
FIELD_POS = tuple(PATIENT_COLS.index(f) for f in PATIENT_FIELDS)
SEARCH_KEY_POS = PATIENT_COLS.index("search_key")
UPDATED_AT_POS = PATIENT_COLS.index("updated_at")
UPDATE_PATIENT = text(
    "UPDATE patients SET " + ", ".join(f"{f} = :{f}" for f in PATIENT_FIELDS)
    + ", search_key = :search_key, updated_at = :updated_at, deleted = :deleted,"
    " changed_by = :changed_by, version = version + 1 WHERE id = :b_id")


@dataclass
class ImportResult:
    read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    errors: list[dict] = field(default_factory=list)

    def as_json(self) -> dict:
        out = {"read": self.read, "inserted": self.inserted, "updated": self.updated,
               "unchanged": self.unchanged, "rejected": self.rejected, "errors": self.errors}
        if self.rejected > len(self.errors):
            out["errors_not_listed"] = self.rejected - len(self.errors)
        return out


# -- matching and writing ----------------------------------------------------------------------


@dataclass(slots=True)
class _Stored:
    """What the database holds about one patient, in the shape of the rows a chunk brings
    (the driver's own values: storage rows and stored rows compare directly)."""

    id: int
    deleted: bool
    fields: tuple
    status: tuple | None = None
    categories: Counter = field(default_factory=Counter)
    payments: Counter = field(default_factory=Counter)
    conditions: Counter = field(default_factory=Counter)
    vhi_until: object = None
    fund_checks: set = field(default_factory=set)
    documents: dict = field(default_factory=dict)  # (kind, number, issued, until, issuer) -> id


def _content(row: tuple) -> tuple:
    """A child row without its id, sync columns and patient: what it says."""
    return row[OWNER + 1:]


def _owned_by(row: tuple, patient_id: int) -> tuple:
    return (*row[:OWNER], patient_id, *row[OWNER + 1:])


class _Merger:
    """Writes chunk after chunk: rows of new patients as they are; rows of patients already
    stored compared with what is stored, then left alone or turned into an update."""

    def __init__(self, conn: Connection, writer: BulkWriter, result: ImportResult, now):
        self.conn = conn
        self.changed_by = writer.changed_by
        self.writer = writer
        self.result = result
        self.now = now
        self.sqlite = conn.dialect.name == "sqlite"

    def take(self, chunk: Chunk) -> None:
        result = self.result
        result.read += chunk.read
        result.rejected += chunk.rejected
        # the reader lists at most MAX_LISTED_ERRORS rejections in all
        result.errors.extend({"line": line, "reason": reason.as_dict()} for line, reason in chunk.rejects)
        tables = chunk.tables
        stored = self._stored(chunk.keys) if chunk.keys else {}
        if stored:
            tables = self._merge(tables, stored)
        result.inserted += len(chunk.keys) - len(stored)
        self.writer.write(tables)

    # -- what is stored

    def _stored(self, keys: list[tuple[str, str, int]]) -> dict[int, _Stored]:
        """The stored patients of the chunk's rows, by the id the parser gave each row."""
        wanted: dict[str, dict[str, int]] = {"iin": {}, "local_id": {}}
        for kind, value, row_id in keys:
            wanted[kind][value] = row_id
        out: dict[int, _Stored] = {}
        for kind, by_value in wanted.items():
            if by_value:
                for row in self._matching(kind, list(by_value)):
                    out[by_value[row[0]]] = _Stored(row[1], bool(row[2]), tuple(row[3:]))
        if out:
            self._load_children({s.id: s for s in out.values()})
        return out

    def _matching(self, column: str, values: list[str]) -> list[tuple]:
        """(key, id, deleted, *PATIENT_FIELDS) of the patients whose `column` is among `values`:
        one indexed query for the whole chunk."""
        sql = f"SELECT {column}, id, deleted, {', '.join(PATIENT_FIELDS)} FROM patients WHERE {column} "
        if self.sqlite:  # one JSON parameter instead of two thousand bound values
            cursor = self.conn.connection.cursor()
            try:
                return cursor.execute(sql + "IN (SELECT value FROM json_each(?))",
                                      (json.dumps(values),)).fetchall()
            finally:
                cursor.close()
        return [tuple(r) for r in self.conn.execute(text(sql + "= ANY(:values)"), {"values": values})]

    def _rows(self, sql: str, ids: list[int]):
        stmt = text(sql + " WHERE patient_id IN :ids AND NOT deleted").bindparams(
            bindparam("ids", expanding=True))
        return self.conn.execute(stmt, {"ids": ids})

    def _load_children(self, by_id: dict[int, _Stored]) -> None:
        ids = list(by_id)
        docs: dict[int, tuple] = {}
        for row in self._rows("SELECT id, patient_id, kind, number, issued_on, valid_until, issuer "
                              "FROM identity_documents", ids):
            docs[row[0]] = tuple(row[2:])
            by_id[row[1]].documents[tuple(row[2:])] = row[0]
        latest: dict[int, int] = {}  # patient -> id of the status that counts (the latest)
        for row in self._rows("SELECT patient_id, id, status, since, parent_status, kandas_since, "
                              "basis_document_id FROM legal_statuses", ids):
            if row[1] > latest.get(row[0], 0):
                latest[row[0]] = row[1]
                basis = docs.get(row[6]) if row[6] else None
                by_id[row[0]].status = (*row[2:6], basis)
        for attr, sql in (("categories", "SELECT patient_id, code, valid_from, valid_to FROM state_categories"),
                          ("payments", "SELECT patient_id, payer, first_month, last_month FROM payment_periods"),
                          ("conditions", "SELECT patient_id, icd10, since, dispensary FROM conditions")):
            for row in self._rows(sql, ids):
                getattr(by_id[row[0]], attr)[tuple(row[1:])] += 1
        for row in self._rows("SELECT patient_id, valid_until FROM vhi_contracts", ids):
            old = by_id[row[0]]
            if row[1] and (old.vhi_until is None or row[1] > old.vhi_until):
                old.vhi_until = row[1]
        for row in self._rows("SELECT patient_id, insured, checked_at, source FROM fund_checks", ids):
            by_id[row[0]].fund_checks.add(tuple(row[1:]))

    # -- comparing and updating

    def _merge(self, tables: dict[str, list[tuple]], stored: dict[int, _Stored]) -> dict[str, list[tuple]]:
        """The chunk's rows for new patients, plus the evidence of changed stored patients
        re-pointed at them; unchanged rows dropped. Updates the changed patients' rows."""
        fresh: dict[str, list[tuple]] = {name: [] for name in TABLE_COLS}
        owned: dict[int, dict[str, list[tuple]]] = {row_id: {} for row_id in stored}
        for name, rows in tables.items():
            owner = 0 if name == "patients" else OWNER
            keep = fresh[name]
            for row in rows:
                mine = owned.get(row[owner])
                if mine is None:
                    keep.append(row)
                else:
                    mine.setdefault(name, []).append(row)
        changed = []
        for row_id, old in stored.items():
            if self._same(old, owned[row_id]):
                self.result.unchanged += 1
            else:
                changed.append((old, owned[row_id]))
        if changed:
            self._update(changed, fresh)
        return fresh

    @staticmethod
    def _same(old: _Stored, rows: dict[str, list[tuple]]) -> bool:
        patient = rows["patients"][0]
        if old.deleted or old.fields != tuple(patient[i] for i in FIELD_POS):
            return False
        docs = {row[0]: _content(row) for row in rows.get("identity_documents", ())}
        status = None
        for row in rows.get("legal_statuses", ()):
            state = _content(row)
            status = (*state[:4], docs.get(state[4]))
        vhi = [row[-1] for row in rows.get("vhi_contracts", ())]
        return (old.status == status
                and old.categories == Counter(map(_content, rows.get("state_categories", ())))
                and old.payments == Counter(map(_content, rows.get("payment_periods", ())))
                and old.conditions == Counter(map(_content, rows.get("conditions", ())))
                and old.vhi_until == max(vhi, default=None)
                and all(_content(row) in old.fund_checks for row in rows.get("fund_checks", ())))

    def _update(self, changed: list[tuple[_Stored, dict[str, list[tuple]]]],
                fresh: dict[str, list[tuple]]) -> None:
        values = []
        for old, rows in changed:
            patient = rows["patients"][0]
            row = {f: patient[i] for f, i in zip(PATIENT_FIELDS, FIELD_POS, strict=True)}
            row.update(b_id=old.id, search_key=patient[SEARCH_KEY_POS],
                       updated_at=patient[UPDATED_AT_POS], deleted=False, changed_by=self.changed_by)
            values.append(row)
        self.conn.execute(UPDATE_PATIENT, values)
        ids = [old.id for old, _ in changed]
        for model in REPLACED:
            t = model.__table__
            self.conn.execute(update(t).where(t.c.patient_id.in_(ids), t.c.deleted.is_(False))
                              .values(deleted=True, version=t.c.version + 1, updated_at=self.now,
                                      changed_by=self.changed_by))
        for old, rows in changed:
            # the document a status rests on is reused when already stored
            stored_doc: dict[int, int] = {}
            for row in rows.get("identity_documents", ()):
                doc_id = old.documents.get(_content(row))
                if doc_id is None:
                    fresh["identity_documents"].append(_owned_by(row, old.id))
                else:
                    stored_doc[row[0]] = doc_id
            for row in rows.get("legal_statuses", ()):
                row = _owned_by(row, old.id)
                fresh["legal_statuses"].append((*row[:-1], stored_doc.get(row[-1], row[-1])))
            for name in ("state_categories", "payment_periods", "conditions", "vhi_contracts"):
                fresh[name].extend(_owned_by(row, old.id) for row in rows.get(name, ()))
            fresh["fund_checks"].extend(_owned_by(row, old.id) for row in rows.get("fund_checks", ())
                                        if _content(row) not in old.fund_checks)
            self.result.updated += 1


def _pragma(conn: Connection, setting: str) -> None:
    cursor = conn.connection.cursor()
    try:
        cursor.execute(f"PRAGMA {setting}")
    finally:
        cursor.close()


class _Progress:
    def __init__(self, report: Callable[[str], None] | None, size: int):
        self.report, self.size = report, max(size, 1)
        self.next_pct, self.next_rows = 5, PROGRESS_ROWS

    def say(self, text: str) -> None:
        if self.report is not None:
            self.report(text)

    def tick(self, rows: int, position: int) -> None:
        if self.report is None:
            return
        pct = 100 * position // self.size
        if pct < 100 and (rows >= self.next_rows or pct >= self.next_pct):
            self.next_pct = (pct // 5 + 1) * 5
            self.next_rows = (rows // PROGRESS_ROWS + 1) * PROGRESS_ROWS
            self.report(f"import: {rows} rows ({pct} %)")


def import_file(engine: Engine, path: Path | str, progress: Callable[[str], None] | None = None,
                today: date | None = None, site: str = "", parallel: bool | None = None,
                changed_by: str | None = None) -> dict:
    """Import the snapshot at `path`; returns the counts and the rejected rows (ImportResult
    JSON). BadInput for an unreadable or wrongly formatted file, with nothing written.
    `parallel` chooses the parser process (by default: for a file of 2 MB or more); the rows
    written name `changed_by` (default: the command line's `cli:<name>`)."""
    path = Path(path)
    today = today or date.today()
    fh, fmt = open_source(path)
    try:
        size = path.stat().st_size
    finally:
        fh.close()
    if parallel is None:
        parallel = size >= PARALLEL_BYTES
    result = ImportResult()
    try:
        _transaction(engine, path, fmt, result, _Progress(progress, size), today, site, parallel,
                     changed_by)
    except OperationalError as exc:
        raise_busy(exc)
        raise
    if progress:
        progress(f"import: {result.read} rows (100 %)")
    return result.as_json()


def _transaction(engine: Engine, path: Path, fmt: str, result: ImportResult, ticker: _Progress,
                 today: date, site: str, parallel: bool, changed_by: str | None) -> None:
    with engine.connect() as conn:
        conn = conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # the hot index pages of a large import stay in memory; 32 MB keeps the
            _pragma(conn, "cache_size=-32768")  # process well under its 200 MB budget
        try:
            with conn.begin():
                lift_statement_timeout(conn)  # the search index of every patient, at the end
                now = m.utcnow()
                writer = BulkWriter(conn, site=site, now=now, changed_by=changed_by)
                settings = ParseSettings(today=today, site=site, now=now, org_ids=writer.org_ids,
                                         next_ids=writer.next_ids, sqlite=sqlite,
                                         changed_by=writer.changed_by)
                merger = _Merger(conn, writer, result, now)
                source = ParserProcess(path, fmt, settings) if parallel else None
                try:
                    for chunk in source if source else chunks(path, fmt, settings):
                        merger.take(chunk)
                        ticker.tick(result.read, chunk.position)
                finally:
                    if source:
                        source.close()
                writer.finish()
                ticker.say(f"import: {result.read} rows, search index …")
                refresh_index(conn)
                ticker.say(f"import: {result.read} rows, saving …")
        finally:
            if sqlite:
                _pragma(conn, "cache_size=-2000")
