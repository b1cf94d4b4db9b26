"""Fill an empty database with demo data: organisations, users and synthetic patients."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from db.bulk import add_organisations as _add_organisations
from db.bulk import load_into_empty
from db.passwords import hash_password
from demo.synth import demo_organisations, generate_patients
from domain.messages import BadInput, Message
from domain.records import Patient

DEMO_SITE = "DEMO"
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
    {"login": "admin", "full_name": "Жұмабекова Әсел Маратқызы",
     "position": "Әкімші / Администратор", "role": "administrator"},
)
# Every demo account signs in with this password (a demo database is for trying the desk).
DEMO_PASSWORD = "demo"


def check_patient_count(patients: int) -> None:
    if not 1 <= patients <= MAX_PATIENTS:
        raise BadInput(ERR_COUNT.format(n=patients), field="patients")


def progress_step(n: int) -> int:
    """Report every ~5 % of the patients, at least every 50 000."""
    return max(1, min(50_000, -(-n // 20)))


def add_organisations(engine) -> int:
    """Only the demo organisations (for a database that will receive an import); refuses a
    non-empty database like `fill`."""
    return _add_organisations(engine, demo_organisations(), DEMO_SITE)


def _patients(patients: int, seed: int, on: date,
              progress: Callable[[str], None] | None) -> Iterator[Patient]:
    step = progress_step(patients)
    for i, rec in enumerate(generate_patients(patients, seed, on, DEMO_SITE), 1):
        yield rec
        if progress and patients >= 10_000 and (i % step == 0 or i == patients):
            progress(f"demo: {i} / {patients} ({100 * i // patients} %)")


def fill(engine, patients: int, seed: int, progress: Callable[[str], None] | None = None,
         on: date | None = None, changed_by: str | None = None) -> dict:
    """Write the demo organisations, users and `patients` synthetic patients in one
    transaction. Refuses (BadInput) a database that already holds patients or organisations."""
    check_patient_count(patients)
    on = on or date.today()
    # One Argon2 hash (a quarter of a second) serves the three accounts of the same password.
    hashed = hash_password(DEMO_PASSWORD)
    users = [dict(u, password_hash=hashed, active=True, failed_logins=0) for u in DEMO_USERS]
    loaded = load_into_empty(
        engine, organisations=demo_organisations(), users=users,
        patients=_patients(patients, seed, on, progress), site=DEMO_SITE, year=on.year,
        big=patients >= 10_000, progress=progress, changed_by=changed_by)
    counts = loaded.counts
    return {
        "patients": counts["patients"],
        "organisations": loaded.organisations,
        "users": loaded.users,
        "accounts": [{"login": u["login"], "role": u["role"], "password": DEMO_PASSWORD}
                     for u in DEMO_USERS],
        "documents": counts["identity_documents"],
        "fund_checks": counts["fund_checks"],
        "categories": counts["state_categories"],
        "payment_periods": counts["payment_periods"],
        "conditions": counts["conditions"],
        "local_ids": loaded.local_ids,
        "seed": seed,
        "on": on.isoformat(),
    }
