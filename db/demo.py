"""Fill an empty database with demo data: organisations, users and synthetic patients."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import Connection, Engine, func, insert, select
from sqlalchemy.exc import OperationalError

from db import models as m
from db.bulk import BulkWriter, raise_busy
from db.search import refresh_index
from domain.messages import BadInput, Message
from domain.synth import demo_organisations, generate_patients

DEMO_SITE = "DEMO"
ERR_NOT_EMPTY = Message(
    "Дерекқор бос емес ({patients} пациент, {organisations} ұйым): демо-деректер тек бос "
    "дерекқорға жазылады. Дерекқор өзгертілмеді.",
    "База данных не пуста ({patients} пациентов, {organisations} организаций): демо-данные "
    "записываются только в пустую базу. База данных не изменена.",
)
ERR_COUNT = Message(
    "Пациенттер саны 1-ден 10 000 000-ға дейін болуы керек (берілгені: {n}).",
    "Число пациентов должно быть от 1 до 10 000 000 (указано: {n}).",
)
MAX_PATIENTS = 10_000_000

DEMO_USERS = (
    {"login": "reception", "full_name": "Сәрсенбаева Гүлнар Бақытқызы",
     "position": "Тіркеуші / Регистратор", "role": "receptionist"},
    {"login": "doctor", "full_name": "Ахметов Ерлан Серікұлы",
     "position": "Учаскелік терапевт / Участковый терапевт", "role": "doctor"},
)


def check_patient_count(patients: int) -> None:
    if not 1 <= patients <= MAX_PATIENTS:
        raise BadInput(ERR_COUNT.format(n=patients), field="patients")


def progress_step(n: int) -> int:
    """Report every ~5 % of the patients, at least every 50 000."""
    return max(1, min(50_000, -(-n // 20)))


def _refuse_non_empty(conn: Connection) -> None:
    patients = conn.scalar(select(func.count()).select_from(m.PatientRecord)) or 0
    organisations = conn.scalar(select(func.count()).select_from(m.OrganisationRecord)) or 0
    if patients or organisations:
        raise BadInput(ERR_NOT_EMPTY.format(patients=patients, organisations=organisations), field="db")


def _insert_organisations(conn: Connection) -> int:
    rows = [{"code": o.code, "name_kk": o.name_kk, "name_ru": o.name_ru, "kind": o.kind,
             "bin": o.bin, "address": o.address, "phone": o.phone, "is_self": o.is_self,
             "origin_site": DEMO_SITE} for o in demo_organisations()]
    conn.execute(insert(m.OrganisationRecord), rows)
    return len(rows)


def add_organisations(engine: Engine) -> int:
    """Only the demo organisations (for a database that will receive an import); refuses a
    non-empty database like `fill`."""
    with engine.begin() as conn:
        _refuse_non_empty(conn)
        return _insert_organisations(conn)


def _advance_local_counter(conn: Connection, year: int, used: int) -> None:
    # the desk's next local number must not repeat one handed out to a demo patient
    if used:
        conn.execute(insert(m.SequenceRecord).values(name="local_id", site=DEMO_SITE, year=year,
                                                     last_value=used))


def _write_patients(writer: BulkWriter, patients: int, seed: int, on: date,
                    progress: Callable[[str], None] | None) -> int:
    """Stream the generated patients into the writer; returns how many got a local number."""
    step = progress_step(patients)
    local_ids = 0
    for i, rec in enumerate(generate_patients(patients, seed, on, DEMO_SITE), 1):
        writer.add(rec)
        local_ids += rec.local_id is not None
        if progress and patients >= 10_000 and (i % step == 0 or i == patients):
            progress(f"demo: {i} / {patients} ({100 * i // patients} %)")
    return local_ids


def _pragma(conn: Connection, setting: str) -> None:
    # on the driver's connection, so no SQLAlchemy transaction is opened around it
    cursor = conn.connection.cursor()
    try:
        cursor.execute(f"PRAGMA {setting}")
    finally:
        cursor.close()


def fill(engine: Engine, patients: int, seed: int, progress: Callable[[str], None] | None = None,
         on: date | None = None) -> dict:
    """Write the demo organisations, users and `patients` synthetic patients in one
    transaction. Refuses (BadInput) a database that already holds patients or organisations."""
    check_patient_count(patients)
    on = on or date.today()
    try:
        return _fill(engine, patients, seed, progress, on)
    except OperationalError as exc:
        raise_busy(exc)
        raise


def _fill(engine: Engine, patients: int, seed: int, progress: Callable[[str], None] | None,
          on: date) -> dict:
    with engine.connect() as conn:
        conn = conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        big = conn.dialect.name == "sqlite" and patients >= 10_000
        if big:  # a larger page cache keeps index pages of a big load in memory
            _pragma(conn, "cache_size=-262144")
        try:
            with conn.begin():
                _refuse_non_empty(conn)
                organisations = _insert_organisations(conn)
                conn.execute(insert(m.UserRecord), [dict(u, origin_site=DEMO_SITE) for u in DEMO_USERS])
                writer = BulkWriter(conn, site=DEMO_SITE, background=True)
                try:
                    local_ids = _write_patients(writer, patients, seed, on, progress)
                    writer.finish()
                finally:
                    writer.close()
                _advance_local_counter(conn, on.year, local_ids)
                if progress and patients >= 10_000:
                    progress("demo: search index")
                refresh_index(conn)
        finally:
            if big:
                _pragma(conn, "cache_size=-2000")
    counts = writer.counts
    return {
        "patients": counts["patients"],
        "organisations": organisations,
        "users": len(DEMO_USERS),
        "documents": counts["identity_documents"],
        "fund_checks": counts["fund_checks"],
        "categories": counts["state_categories"],
        "payment_periods": counts["payment_periods"],
        "conditions": counts["conditions"],
        "local_ids": local_ids,
        "seed": seed,
        "on": on.isoformat(),
    }
