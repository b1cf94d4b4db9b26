"""Bench section `rules`: the whole-catalogue decision for one patient (goal ≤ 2 ms).

Each sample brings one stored patient to a date (`facts_from_record`) and decides every service
of the catalogue (`decide_all`), which is what the desk does when a patient card opens. The
patients are varied synthetic records built here from the bench seed, so the figure does not
depend on what the demo database happens to contain.
"""

from __future__ import annotations

import random
import time
from datetime import date, datetime

from domain import codes
from domain.decide import decide_all
from domain.facts import facts_from_record
from domain.records import (
    CategoryGrant,
    Diagnosis,
    FundCheck,
    IdentityDocument,
    LegalStatus,
    Patient,
    PaymentPeriod,
)
from domain.rulepack import load_rule_pack

SAMPLES = 2000
PATIENTS = 1000
ICD = ["I10", "I11.9", "E11.9", "C50.9", "F20.0", "A15.0", "B20", "J45.0", "K29.5", "M54.5", "I21.0", "I63.9",
       "G40.9", "N40", "J06.9", "B35.1", "H40.1", "Q21.0", "U07.1", "A01.2"]


def synthetic_patient(rng: random.Random, on: date) -> Patient:
    status = rng.choice(codes.STATUS_CODES)
    birth = date(rng.randint(1935, on.year), rng.randint(1, 12), rng.randint(1, 28))
    first = rng.randint(2015, on.year)
    last_month = f"{rng.randint(first, on.year)}-{rng.randint(1, 12):02d}"
    conditions = [Diagnosis(rng.choice(ICD), date(rng.randint(2020, on.year), rng.randint(1, 12), 1) if rng.random() < 0.3 else None,
                                  rng.random() < 0.5) for _ in range(rng.randint(0, 4))]
    return Patient(
        surname="Test", given_name="Patient", birth_date=birth, sex=rng.choice(codes.SEXES),
        legal_status=LegalStatus(status, parent_status=rng.choice([None, "permanent_foreigner"]),
                                 kandas_since=date(on.year - 1, rng.randint(1, 12), 1) if status == "kandas" else None),
        documents=[IdentityDocument("residence_permit", "X", None, date(rng.randint(on.year - 1, on.year + 5), 1, 1))],
        fund_checks=[FundCheck(rng.random() < 0.8, datetime(on.year, on.month, 1), "fund_service")] if rng.random() < 0.3 else [],
        categories=[CategoryGrant(rng.choice(codes.CATEGORY_CODES)) for _ in range(rng.randint(0, 2))],
        payments=[PaymentPeriod(rng.choice(codes.PAYER_CODES), f"{first}-01", last_month)] if rng.random() < 0.7 else [],
        conditions=conditions,
        pregnant=rng.random() < 0.05,
        palliative=rng.random() < 0.02,
        vhi_until=date(on.year, 12, 31) if rng.random() < 0.3 else None,
    )


def percentile(sorted_ms: list[float], q: float) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, int(round(q * (len(sorted_ms) - 1))))]


def measure(ctx) -> dict:
    rng = random.Random(getattr(ctx, "seed", 0))
    pack = load_rule_pack()
    on = date(2026, 3, 1)
    patients = [synthetic_patient(rng, on) for _ in range(PATIENTS)]
    days = [date(rng.randint(2020, 2027), rng.randint(1, 12), rng.randint(1, 28)) for _ in range(SAMPLES)]
    progress = getattr(ctx, "progress", None)
    if progress:
        progress(f"rules: {SAMPLES} whole-catalogue decisions over {PATIENTS} patients")
    for record in patients[:50]:  # warm caches the way a running desk has them
        decide_all(facts_from_record(record, on, pack), on, pack)
    timings = []
    for i in range(SAMPLES):
        record, day = patients[i % PATIENTS], days[i]
        start = time.perf_counter()
        decide_all(facts_from_record(record, day, pack), day, pack)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    out = {"decide_all": {"p50": round(percentile(timings, 0.50), 4), "p95": round(percentile(timings, 0.95), 4)}}
    if getattr(ctx, "db_url", None):
        out.update(measure_diff(ctx))
    return out


DIFF_PATIENTS = 100_000


def measure_diff(ctx) -> dict:
    """`rules diff` of the narrow 2027 PHC example against the shipped pack on 2027-01-01, on
    the bench database: at most 100,000 of its patients (a seeded sample of a larger one).
    `rules_diff_100k_s` is the time for 100,000 patients (scaled from a smaller database)."""
    import json
    from pathlib import Path

    from db.engine import open_database, session_factory
    from domain.rulepack import write_pack_file
    from scripts.example_packs import build_files
    from services.rulepack_diff import diff

    root = Path(__file__).resolve().parent.parent
    patch = json.loads((root / "docs/examples/rulepack-2027-narrow-phc.patch.json").read_text("utf-8"))
    new = write_pack_file(build_files(patch))
    progress = getattr(ctx, "progress", None)
    engine = open_database(ctx.db_url, create=False, full_check=False)
    try:
        with session_factory(engine)() as session:
            sample = DIFF_PATIENTS if ctx.patients > DIFF_PATIENTS else None
            if progress:
                progress(f"rules: diff of a pack on {min(ctx.patients, DIFF_PATIENTS)} patients")
            start = time.perf_counter()
            result = diff(session, None, new, date(2027, 1, 1), sample=sample)
            seconds = time.perf_counter() - start
    finally:
        engine.dispose()
    scaled = seconds * DIFF_PATIENTS / max(result.patients, 1)
    return {"rules_diff_patients": result.patients, "rules_diff_s": round(seconds, 1),
            "rules_diff_100k_s": round(scaled, 1)}
