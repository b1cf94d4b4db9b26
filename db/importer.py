"""Import of a registry snapshot (CSV with a header row, or JSON Lines; docs/import-format.md).

The file is streamed and written in chunks inside ONE transaction: a failure, Ctrl+C or a
killed process leaves the database exactly as it was. Rows are matched to patients by IIN (or
by local number when the row has no IIN); a row equal to what is stored changes nothing, not
even `updated_at` or the version counter.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, bindparam, select, update
from sqlalchemy.exc import OperationalError

from db import models as m
from db.bulk import BulkWriter, patient_key, raise_busy
from db.search import refresh_index
from domain.messages import BadInput, Message
from domain.records import FundCheck, PatientRecord
from domain.registry_row import (
    COLUMNS,
    RowError,
    csv_row,
    not_an_object,
    parse_row,
)

CHUNK = 2000
MAX_LISTED_ERRORS = 1000
SNIFF_BYTES = 65536
PROGRESS_ROWS = 50_000

E_UNREADABLE = Message("Файлды оқу мүмкін емес ({path}): {reason}.",
                       "Не удаётся прочитать файл ({path}): {reason}.")
E_EMPTY = Message("Файл бос: {path}.", "Файл пуст: {path}.")
E_BINARY = Message("Файл мәтін емес (екілік деректер): {path}. CSV немесе JSON Lines күтілген.",
                   "Файл не текстовый (двоичные данные): {path}. Ожидался CSV или JSON Lines.")
E_ENCODING = Message("Файл UTF-8 кодтауында емес: {path}.", "Файл не в кодировке UTF-8: {path}.")
E_NOT_JSONL = Message("Файлдың бірінші жолы JSON нысаны емес: {path}. JSON Lines файлында әр жол — "
                      "бір пациенттің JSON нысаны.",
                      "Первая строка файла не объект JSON: {path}. В файле JSON Lines каждая строка — "
                      "объект JSON одного пациента.")
E_HEADER_UNKNOWN = Message("CSV тақырыбында белгісіз баған «{column}». Бағандар: {known}.",
                           "В заголовке CSV неизвестный столбец «{column}». Столбцы: {known}.")
E_HEADER_MISSING = Message("CSV тақырыбында «{column}» бағаны жоқ.",
                           "В заголовке CSV нет столбца «{column}».")
E_HEADER_KEY = Message("CSV тақырыбында «iin» де, «local_id» де жоқ.",
                       "В заголовке CSV нет ни «iin», ни «local_id».")
E_HEADER_DUP = Message("CSV тақырыбында «{column}» бағаны қайталанады.",
                       "В заголовке CSV столбец «{column}» повторяется.")
E_ORG = Message("«attached_org»: «{value}» ұйымы дерекқорда жоқ.",
                "«attached_org»: организации «{value}» нет в базе данных.")

# children replaced by a changed row (tombstoned, then written anew); documents and the Fund's
# answers are history and only ever added to
REPLACED = (m.LegalStatusRecord, m.CategoryRecord, m.PaymentPeriodRecord, m.ConditionRecord,
            m.VhiContractRecord)
PATIENT_FIELDS = ("surname", "given_name", "patronymic", "latin_surname", "latin_given_name",
                  "birth_date", "sex", "citizenship", "address", "phone", "attached_org_id", "status",
                  "pregnant", "palliative")


@dataclass
class ImportResult:
    read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    errors: list[dict] = field(default_factory=list)

    def reject(self, line: int, reason: Message) -> None:
        self.rejected += 1
        if len(self.errors) < MAX_LISTED_ERRORS:
            self.errors.append({"line": line, "reason": reason.as_dict()})

    def as_json(self) -> dict:
        out = {"read": self.read, "inserted": self.inserted, "updated": self.updated,
               "unchanged": self.unchanged, "rejected": self.rejected, "errors": self.errors}
        if self.rejected > len(self.errors):
            out["errors_not_listed"] = self.rejected - len(self.errors)
        return out


# -- reading the file ------------------------------------------------------------------------


def _open(path: Path) -> tuple[io.BufferedReader, str]:
    """The file opened for reading and its format ("csv" or "jsonl"); BadInput when it is
    unreadable, empty, binary or not UTF-8."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    except OSError as exc:
        raise BadInput(E_UNREADABLE.format(path=path, reason=exc.strerror or exc), field="file") from exc
    try:
        sample = fh.read(SNIFF_BYTES)
    except OSError as exc:
        fh.close()
        raise BadInput(E_UNREADABLE.format(path=path, reason=exc.strerror or exc), field="file") from exc
    fh.seek(0)
    if not sample.strip():
        fh.close()
        raise BadInput(E_EMPTY.format(path=path), field="file")
    if b"\x00" in sample:
        fh.close()
        raise BadInput(E_BINARY.format(path=path), field="file")
    try:
        # a multi-byte character may be cut at the end of the sample
        sample.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:
            fh.close()
            raise BadInput(E_ENCODING.format(path=path), field="file") from exc
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        fmt = "jsonl"
    elif suffix == ".csv":
        fmt = "csv"
    else:
        fmt = "jsonl" if sample.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "csv"
    return fh, fmt


def _check_header(header: list[str]) -> list[str]:
    header = [h.strip() for h in header]
    seen = set()
    for column in header:
        if column not in COLUMNS:
            raise BadInput(E_HEADER_UNKNOWN.format(column=column[:40], known=", ".join(COLUMNS)),
                           field="file")
        if column in seen:
            raise BadInput(E_HEADER_DUP.format(column=column), field="file")
        seen.add(column)
    for column in ("surname", "given_name", "status"):
        if column not in seen:
            raise BadInput(E_HEADER_MISSING.format(column=column), field="file")
    if "iin" not in seen and "local_id" not in seen:
        raise BadInput(E_HEADER_KEY, field="file")
    return header


def _csv_rows(text: io.TextIOWrapper) -> Iterator[tuple[int, dict | RowError]]:
    first = text.readline()
    delimiter = ";" if first.count(";") > first.count(",") else ","
    header = _check_header(next(csv.reader([first], delimiter=delimiter)))
    reader = csv.reader(text, delimiter=delimiter)
    end = 1
    for values in reader:
        start, end = end + 1, reader.line_num + 1
        if not values or values == [""]:
            continue
        try:
            yield start, csv_row(header, values)
        except RowError as err:
            yield start, err


def _jsonl_rows(text: io.TextIOWrapper, path: Path) -> Iterator[tuple[int, dict | RowError]]:
    first = True
    for number, line in enumerate(text, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            if first:
                raise BadInput(E_NOT_JSONL.format(path=path), field="file") from exc
            yield number, not_an_object(exc.msg)
            continue
        if not isinstance(value, dict):
            if first:
                raise BadInput(E_NOT_JSONL.format(path=path), field="file")
            yield number, not_an_object(type(value).__name__)
            continue
        first = False
        yield number, value


# -- writing ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Stored:
    """What the database holds about one patient, in the shape a row is compared with."""

    id: int
    local_id: str | None
    deleted: bool
    fields: tuple
    status: tuple | None = None
    categories: list = field(default_factory=list)
    payments: list = field(default_factory=list)
    conditions: list = field(default_factory=list)
    vhi_until: date | None = None
    fund_checks: set = field(default_factory=set)
    documents: dict = field(default_factory=dict)  # (kind, number, issued, until, issuer) -> id


def _status_of(rec: PatientRecord) -> tuple | None:
    s = rec.legal_status
    if s is None:
        return None
    b = s.basis
    basis = (b.kind, b.number, b.issued_on, b.valid_until, b.issuer) if b else None
    return (s.status, s.since, s.parent_status, s.kandas_since, basis)


class _Upserter:
    def __init__(self, conn: Connection, result: ImportResult, site: str):
        self.conn = conn
        self.result = result
        self.now = m.utcnow()
        # written in this thread: a background writer binds every value under the GIL and
        # waits for it behind the validating thread, which made the import slower, not faster
        self.writer = BulkWriter(conn, site=site, now=self.now, background=False)
        self.org_ids = self.writer.org_ids
        self.pending: dict[tuple[str, str], tuple[int, PatientRecord]] = {}

    def add(self, line: int, key: tuple[str, str], rec: PatientRecord) -> None:
        if key in self.pending:  # the same person twice: the later row updates the earlier
            self.flush()
        self.pending[key] = (line, rec)
        if len(self.pending) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        self.writer.wait()  # the connection is the writer's until its chunk is in
        stored = self._load()
        changed: list[tuple[_Stored, PatientRecord]] = []
        new: list[PatientRecord] = []
        for key, (_line, rec) in self.pending.items():
            old = stored.get(key)
            if key[0] == "iin":
                # a row with an IIN keeps the local number the patient already has, and brings
                # none of its own (it could belong to someone else)
                rec.local_id = old.local_id if old else None
            if old is None:
                new.append(rec)
            elif self._same(old, rec):
                self.result.unchanged += 1
            else:
                changed.append((old, rec))
        # statements first: once rows are queued, the writer may be using the connection
        self._update(changed)
        for rec in new:
            self.writer.add(rec)
        self.result.inserted += len(new)
        self.writer.flush()
        self.pending.clear()

    def _load(self) -> dict[tuple[str, str], _Stored]:
        p = m.PatientRecord
        iins = [k[1] for k in self.pending if k[0] == "iin"]
        locals_ = [k[1] for k in self.pending if k[0] == "local_id"]
        cols = [p.id, p.iin, p.local_id, p.deleted] + [getattr(p, f) for f in PATIENT_FIELDS]
        out: dict[tuple[str, str], _Stored] = {}
        for column, values, kind in ((p.iin, iins, "iin"), (p.local_id, locals_, "local_id")):
            if not values:
                continue
            for row in self.conn.execute(select(*cols).where(column.in_(values))):
                key = (kind, row.iin if kind == "iin" else row.local_id)
                out[key] = _Stored(row.id, row.local_id, row.deleted, tuple(row[4:]))
        if out:
            self._load_children({s.id: s for s in out.values()})
        return out

    def _load_children(self, by_id: dict[int, _Stored]) -> None:
        ids = list(by_id)
        conn = self.conn
        d = m.IdentityDocumentRecord
        docs: dict[int, tuple] = {}
        for row in conn.execute(select(d.id, d.patient_id, d.kind, d.number, d.issued_on, d.valid_until,
                                       d.issuer).where(d.patient_id.in_(ids), d.deleted.is_(False))):
            docs[row.id] = tuple(row[2:])
            by_id[row.patient_id].documents[tuple(row[2:])] = row.id
        s = m.LegalStatusRecord
        for row in conn.execute(select(s.patient_id, s.status, s.since, s.parent_status, s.kandas_since,
                                       s.basis_document_id)
                                .where(s.patient_id.in_(ids), s.deleted.is_(False)).order_by(s.id)):
            basis = docs.get(row.basis_document_id) if row.basis_document_id else None
            by_id[row.patient_id].status = (row.status, row.since, row.parent_status, row.kandas_since,
                                            basis)
        c = m.CategoryRecord
        for row in conn.execute(select(c.patient_id, c.code, c.valid_from, c.valid_to)
                                .where(c.patient_id.in_(ids), c.deleted.is_(False))):
            by_id[row.patient_id].categories.append(tuple(row[1:]))
        pp = m.PaymentPeriodRecord
        for row in conn.execute(select(pp.patient_id, pp.payer, pp.first_month, pp.last_month)
                                .where(pp.patient_id.in_(ids), pp.deleted.is_(False))):
            by_id[row.patient_id].payments.append(tuple(row[1:]))
        cd = m.ConditionRecord
        for row in conn.execute(select(cd.patient_id, cd.icd10, cd.since, cd.dispensary)
                                .where(cd.patient_id.in_(ids), cd.deleted.is_(False))):
            by_id[row.patient_id].conditions.append(tuple(row[1:]))
        v = m.VhiContractRecord
        for row in conn.execute(select(v.patient_id, v.valid_until)
                                .where(v.patient_id.in_(ids), v.deleted.is_(False))):
            old = by_id[row.patient_id]
            if row.valid_until and (old.vhi_until is None or row.valid_until > old.vhi_until):
                old.vhi_until = row.valid_until
        f = m.FundCheckRecord
        for row in conn.execute(select(f.patient_id, f.insured, f.checked_at, f.source)
                                .where(f.patient_id.in_(ids), f.deleted.is_(False))):
            by_id[row.patient_id].fund_checks.add(tuple(row[1:]))

    def _fields(self, rec: PatientRecord) -> tuple:
        return (rec.surname, rec.given_name, rec.patronymic, rec.latin_surname, rec.latin_given_name,
                rec.birth_date, rec.sex, rec.citizenship, rec.address, rec.phone,
                self.org_ids.get(rec.attached_org) if rec.attached_org else None,
                rec.legal_status.status if rec.legal_status else None, rec.pregnant, rec.palliative)

    def _same(self, old: _Stored, rec: PatientRecord) -> bool:
        return (not old.deleted
                and old.fields == self._fields(rec)
                and old.status == _status_of(rec)
                and sorted(old.categories, key=repr) == sorted(
                    ((c.code, c.valid_from, c.valid_to) for c in rec.categories), key=repr)
                and sorted(old.payments) == sorted((p.payer, p.first_month, p.last_month)
                                                   for p in rec.payments)
                and sorted(old.conditions, key=repr) == sorted(
                    ((c.code, c.since, c.dispensary) for c in rec.conditions), key=repr)
                and old.vhi_until == rec.vhi_until
                and all(_check_key(f) in old.fund_checks for f in rec.fund_checks))

    def _update(self, changed: list[tuple[_Stored, PatientRecord]]) -> None:
        if not changed:
            return
        p = m.PatientRecord.__table__
        now = self.now
        values = []
        for old, rec in changed:
            row = dict(zip(PATIENT_FIELDS, self._fields(rec), strict=True))
            row.update(b_id=old.id, search_key=patient_key(rec), updated_at=now, deleted=False)
            values.append(row)
        stmt = (update(p).where(p.c.id == bindparam("b_id"))
                .values(version=p.c.version + 1, **{k: bindparam(k) for k in values[0] if k != "b_id"}))
        self.conn.execute(stmt, values)
        ids = [old.id for old, _ in changed]
        for model in REPLACED:
            t = model.__table__
            self.conn.execute(update(t).where(t.c.patient_id.in_(ids), t.c.deleted.is_(False))
                              .values(deleted=True, version=t.c.version + 1, updated_at=now))
        for old, rec in changed:
            basis_id = None
            status = rec.legal_status
            if status is not None and status.basis is not None:
                b = status.basis
                basis_id = old.documents.get((b.kind, b.number, b.issued_on, b.valid_until, b.issuer))
            evidence = PatientRecord(
                surname=rec.surname, given_name=rec.given_name, legal_status=status,
                fund_checks=[f for f in rec.fund_checks if _check_key(f) not in old.fund_checks],
                categories=rec.categories, payments=rec.payments, conditions=rec.conditions,
                vhi_until=rec.vhi_until)
            self.writer.add(evidence, patient_id=old.id, basis_document_id=basis_id)
            self.result.updated += 1


def _check_key(f: FundCheck) -> tuple:
    return (f.insured, f.checked_at, f.source)


def _pragma(conn: Connection, setting: str) -> None:
    cursor = conn.connection.cursor()
    try:
        cursor.execute(f"PRAGMA {setting}")
    finally:
        cursor.close()


class _Progress:
    def __init__(self, report: Callable[[str], None] | None, fh: io.BufferedReader, size: int):
        self.report, self.fh, self.size = report, fh, max(size, 1)
        self.next_pct = 5

    def tick(self, rows: int) -> None:
        # the file position costs a system call: asked every thousand rows only
        if self.report is None or rows % 1000:
            return
        pct = 100 * self.fh.tell() // self.size
        if pct < 100 and (rows % PROGRESS_ROWS == 0 or pct >= self.next_pct):
            self.next_pct = (pct // 5 + 1) * 5
            self.report(f"import: {rows} rows ({pct} %)")


def import_file(engine: Engine, path: Path | str, progress: Callable[[str], None] | None = None,
                today: date | None = None, site: str = "") -> dict:
    """Import the snapshot at `path`; returns the counts and the rejected rows (ImportResult
    JSON). BadInput for an unreadable or wrongly formatted file, with nothing written."""
    path = Path(path)
    today = today or date.today()
    fh, fmt = _open(path)
    result = ImportResult()
    try:
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="" if fmt == "csv" else None)
        rows = _csv_rows(text) if fmt == "csv" else _jsonl_rows(text, path)
        ticker = _Progress(progress, fh, path.stat().st_size)
        try:
            _transaction(engine, _guard(rows, path), result, ticker, today, site)
        except OperationalError as exc:
            raise_busy(exc)
            raise
    finally:
        fh.close()
    if progress:
        progress(f"import: {result.read} rows (100 %)")
    return result.as_json()


def _transaction(engine: Engine, rows: Iterator, result: ImportResult, ticker: _Progress,
                 today: date, site: str) -> None:
    now = datetime.combine(today, datetime.max.time())
    with engine.connect() as conn:
        conn = conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # the hot index pages of a large import stay in memory; 32 MB keeps the
            _pragma(conn, "cache_size=-32768")  # process well under its 200 MB budget
        try:
            with conn.begin():
                upserter = _Upserter(conn, result, site)
                try:
                    orgs = upserter.org_ids
                    for line, item in rows:
                        result.read += 1
                        ticker.tick(result.read)
                        if isinstance(item, RowError):
                            result.reject(line, item.message)
                            continue
                        try:
                            parsed = parse_row(item, today, now)
                        except RowError as err:
                            result.reject(line, err.message)
                            continue
                        org = parsed.record.attached_org
                        if org and org not in orgs:
                            result.reject(line, E_ORG.format(value=org))
                        else:
                            upserter.add(line, parsed.key, parsed.record)
                    upserter.flush()
                    upserter.writer.finish()
                finally:
                    upserter.writer.close()
                refresh_index(conn)
        finally:
            if sqlite:
                _pragma(conn, "cache_size=-2000")


def _guard(rows: Iterator, path: Path) -> Iterator:
    """Turn a file that proves binary or badly encoded past its start into BadInput (the
    transaction then rolls back)."""
    try:
        yield from rows
    except UnicodeDecodeError as exc:
        raise BadInput(E_ENCODING.format(path=path), field="file") from exc
    except csv.Error as exc:
        raise BadInput(E_BINARY.format(path=path), field="file") from exc
