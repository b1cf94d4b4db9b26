"""Fill an empty database with demo data: organisations, users and synthetic patients."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from db.bulk import add_organisations as _add_organisations
from db.bulk import load_into_empty
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
)


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
    loaded = load_into_empty(
        engine, organisations=demo_organisations(), users=DEMO_USERS,
        patients=_patients(patients, seed, on, progress), site=DEMO_SITE, year=on.year,
        big=patients >= 10_000, progress=progress, changed_by=changed_by)
    counts = loaded.counts
    return {
        "patients": counts["patients"],
        "organisations": loaded.organisations,
        "users": loaded.users,
        "documents": counts["identity_documents"],
        "fund_checks": counts["fund_checks"],
        "categories": counts["state_categories"],
        "payment_periods": counts["payment_periods"],
        "conditions": counts["conditions"],
        "local_ids": loaded.local_ids,
        "seed": seed,
        "on": on.isoformat(),
    }
