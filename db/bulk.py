"""Fast bulk writing of `Patient` streams (demo data, registry imports).

Ids are assigned here, so children link to their patient without a round trip per row; rows
go to the database in chunks with `executemany`. On SQLite the DB-API cursor is used directly
with values already in SQLAlchemy's storage format (the Core layer's per-value processing would
double the time of a million-row load); other databases go through Core `insert`.
Everything runs inside the caller's transaction: the caller commits or rolls back.

On SQLite the writer holds the database's write lock, so ids are counted on from the largest
stored one. On PostgreSQL other desks go on inserting while a long load runs: rows are built
with provisional ids (from `PROVISIONAL_ID` up, beyond any real id) and each chunk's are swapped,
just before it is written, for ids drawn from the table's own sequence. `nextval` is never
rolled back and never waits, so a desk's insert meanwhile gets an id of its own at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, Table, func, insert, select, text
from sqlalchemy.exc import OperationalError

from db import models as m
from db.engine import lift_statement_timeout
from db.rows import OWNER, TABLE_COLS, RowBuilder
from db.search import refresh_index
from db.stamps import command_line_login
from domain.messages import BadInput, Message
from domain.records import Organisation, Patient

E_BUSY = Message(
    "Дерекқорды басқа бағдарлама (мысалы, ашық тұрған тіркеу орны) жазып жатыр; кейінірек "
    "қайталаңыз. Ештеңе өзгертілмеді.",
    "База данных занята записью другой программы (например, открытым рабочим местом); "
    "повторите позже. Ничего не изменено.",
)

TABLES: tuple[tuple[Table, tuple[str, ...]], ...] = tuple(
    (m.Base.metadata.tables[name], cols) for name, cols in TABLE_COLS.items())
# Provisional ids of rows not yet written (PostgreSQL): past the 32-bit id columns, so a row
# that escaped the swap is refused by the database instead of stored under a wrong id.
PROVISIONAL_ID = 1 << 40
_DRAW = text("SELECT nextval(CAST(:sequence AS regclass)) FROM generate_series(1, :n)")


class BulkWriter:
    """Buffers the rows of many patients and writes them in chunks on `connection`."""

    def __init__(self, connection: Connection, site: str = "", now: datetime | None = None,
                 chunk: int = 5000, background: bool = False, changed_by: str | None = None):
        self.conn = connection
        self.changed_by = changed_by or command_line_login()  # the rows' `changed_by`
        # SQLite runs a statement without Python's lock held: with `background`, one chunk is
        # written by a helper thread while the caller builds the next (the caller must not use
        # the connection until `finish` or `close`)
        self._pool = ThreadPoolExecutor(1, "bulk-writer") if background else None
        self._pending: Future | None = None
        self.chunk = chunk
        self.sqlite = connection.dialect.name == "sqlite"
        self.org_ids = dict(connection.execute(
            select(m.OrganisationRecord.code, m.OrganisationRecord.id)).all())
        if self.sqlite:
            self.next_ids = {t.name: (connection.scalar(select(func.max(t.c.id))) or 0) + 1
                             for t, _ in TABLES}
        else:
            self.next_ids = {t.name: PROVISIONAL_ID for t, _ in TABLES}
            self._sequences = {t.name: connection.scalar(
                text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": t.name})
                for t, _ in TABLES}
        self.builder = RowBuilder(self.next_ids, self.org_ids, site, now or m.utcnow(), self.sqlite,
                                  changed_by=self.changed_by)
        self.counts = {t.name: 0 for t, _ in TABLES}
        self._sql = {t.name: _insert_sql(t.name, cols) for t, cols in TABLES}

    def add(self, rec: Patient, patient_id: int | None = None,
            basis_document_id: int | None = None) -> int:
        """Queue a patient with all its evidence (`RowBuilder.add`), writing a chunk when
        enough is queued. Returns the patient's id."""
        patient_id = self.builder.add(rec, patient_id, basis_document_id)
        rows = self.builder.rows
        if len(rows["patients"]) >= self.chunk or len(rows["identity_documents"]) >= 2 * self.chunk:
            self.flush()
        return patient_id

    def flush(self) -> None:
        """Write every queued row (in the background writer, the previous chunk first)."""
        batch = self.builder.take()
        if not batch:
            return
        if self._pool is None:
            self.write(batch)
            return
        self.wait()
        self._pending = self._pool.submit(self.write, batch)

    def write(self, batch: dict[str, list[tuple]]) -> None:
        """Insert rows built elsewhere (by a `RowBuilder` with this writer's `next_ids`),
        table by table in foreign-key order."""
        for name, rows in batch.items():
            self.counts[name] += len(rows)
        if not self.sqlite:
            batch = self._with_real_ids(batch)
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

    def _with_real_ids(self, batch: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
        """The batch with every provisional id (own ids, the patient of a child, the document a
        status rests on) replaced by one drawn from the table's sequence, in the same order."""
        real: dict[str, dict[int, int]] = {}
        for name, rows in batch.items():
            wanted = [row[0] for row in rows if row[0] >= PROVISIONAL_ID]
            if wanted:
                drawn = sorted(self.conn.scalars(
                    _DRAW, {"sequence": self._sequences[name], "n": len(wanted)}))
                real[name] = dict(zip(sorted(wanted), drawn, strict=True))
        patients = real.get("patients", {})
        documents = real.get("identity_documents", {})
        out = {}
        for name, rows in batch.items():
            own = real.get(name, {})
            if name == "patients":
                out[name] = [(own.get(row[0], row[0]), *row[1:]) for row in rows]
                continue
            swapped = [(own.get(row[0], row[0]), *row[1:OWNER], patients.get(row[OWNER], row[OWNER]),
                        *row[OWNER + 1:]) for row in rows]
            if name == "legal_statuses":  # the basis document is the last column
                swapped = [(*row[:-1], documents.get(row[-1], row[-1])) for row in swapped]
            out[name] = swapped
        return out

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
        """Write what is queued. (Every id written came from its table's sequence on
        PostgreSQL, so the sequences are already past them.)"""
        self.flush()
        self.close()


def raise_busy(exc: BaseException) -> None:
    """A database locked by another writer past the busy timeout is bad timing, not a bug:
    BadInput (exit 2) — the caller's transaction has rolled back."""
    if isinstance(exc, OperationalError) and "locked" in str(exc.orig).lower():
        raise BadInput(E_BUSY, field="db") from exc


def _insert_sql(table: str, cols: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


ERR_NOT_EMPTY = Message(
    "Дерекқор бос емес ({patients} науқас, {organisations} ұйым): демо-деректер тек бос "
    "дерекқорға жазылады. Дерекқор өзгертілмеді.",
    "База данных не пуста ({patients} пациентов, {organisations} организаций): демо-данные "
    "записываются только в пустую базу. База данных не изменена.",
)


def _refuse_non_empty(conn: Connection) -> None:
    patients = conn.scalar(select(func.count()).select_from(m.PatientRecord)) or 0
    organisations = conn.scalar(select(func.count()).select_from(m.OrganisationRecord)) or 0
    if patients or organisations:
        raise BadInput(ERR_NOT_EMPTY.format(patients=patients, organisations=organisations), field="db")


def _insert_organisations(conn: Connection, organisations: Iterable[Organisation], site: str,
                          changed_by: str | None = None) -> int:
    who = changed_by or command_line_login()
    rows = [{"code": o.code, "name_kk": o.name_kk, "name_ru": o.name_ru, "kind": o.kind,
             "bin": o.bin, "address": o.address, "phone": o.phone, "is_self": o.is_self,
             "origin_site": site, "changed_by": who} for o in organisations]
    if rows:
        conn.execute(insert(m.OrganisationRecord), rows)
    return len(rows)


def add_organisations(engine: Engine, organisations: Iterable[Organisation], site: str) -> int:
    """Only organisations, into an empty database (one that will receive an import)."""
    with engine.begin() as conn:
        _refuse_non_empty(conn)
        return _insert_organisations(conn, organisations, site)


def _pragma(conn: Connection, setting: str) -> None:
    # on the driver's connection, so no SQLAlchemy transaction is opened around it
    cursor = conn.connection.cursor()
    try:
        cursor.execute(f"PRAGMA {setting}")
    finally:
        cursor.close()


@dataclass(frozen=True, slots=True)
class Loaded:
    organisations: int
    users: int
    local_ids: int
    counts: dict[str, int]


def load_into_empty(engine: Engine, *, organisations: Iterable[Organisation],
                    users: Iterable[dict], patients: Iterable[Patient], site: str,
                    year: int, big: bool = False,
                    progress: Callable[[str], None] | None = None,
                    changed_by: str | None = None) -> Loaded:
    """Write organisations, user accounts and a stream of patients into an empty database in one
    transaction. Refuses (BadInput) a database that already holds patients or organisations;
    the local-number counter of `site` is advanced past the numbers the patients carry; every
    row names `changed_by` (default: the command line's `cli:<name>`)."""
    who = changed_by or command_line_login()
    try:
        return _load(engine, organisations, list(users), patients, site, year, big, progress, who)
    except OperationalError as exc:
        raise_busy(exc)
        raise


def _load(engine, organisations, users, patients, site, year, big, progress, who) -> Loaded:
    with engine.connect() as conn:
        conn = conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        cache = big and conn.dialect.name == "sqlite"
        if cache:  # a larger page cache keeps index pages of a big load in memory
            _pragma(conn, "cache_size=-262144")
        try:
            with conn.begin():
                lift_statement_timeout(conn)  # a million patients, then their search index
                _refuse_non_empty(conn)
                n_orgs = _insert_organisations(conn, organisations, site, who)
                if users:
                    conn.execute(insert(m.UserRecord),
                                 [dict(u, origin_site=site, changed_by=who) for u in users])
                writer = BulkWriter(conn, site=site, background=True, changed_by=who)
                local_ids = 0
                try:
                    for rec in patients:
                        writer.add(rec)
                        local_ids += rec.local_id is not None
                    writer.finish()
                finally:
                    writer.close()
                if local_ids:
                    # the desk's next local number must not repeat one handed out in the load
                    conn.execute(insert(m.SequenceRecord).values(
                        name="local_id", site=site, year=year, last_value=local_ids))
                if progress and big:
                    progress("demo: search index")
                refresh_index(conn)
        finally:
            if cache:
                _pragma(conn, "cache_size=-2000")
    return Loaded(n_orgs, len(users), local_ids, writer.counts)
