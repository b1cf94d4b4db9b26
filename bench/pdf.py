"""`bench` section pdf: the referral slip's first rendering in a fresh process, warm renderings,
and the size of a slip."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from bench.runner import percentiles
from bench.sampling import sample_patient_ids
from db.engine import open_database, session_factory
from db.repositories import load_patient
from db.settings import load_settings
from reports.referral_slip import render_referral
from reports.slip_data import SlipData, slip_to_json
from services.referrals import ReferralRequest, build_slip, decide_for

ROOT = Path(__file__).resolve().parent.parent
WARM_SAMPLES = 1000
SERVICES = ("planned_inpatient", "specialist_consult", "diagnostics", "emergency_inpatient")
ICD = ("K80.1", "I10", "E11.9", "J45.0", None)

# Runs in a fresh interpreter: the clock starts before the PDF code is imported.
FIRST = """
import json, sys, time
t0 = time.perf_counter()
from reports.referral_slip import render_referral
from reports.slip_data import slip_from_json
pdf = render_referral(slip_from_json(json.loads(sys.stdin.read())), invariant=True)
print(json.dumps({"ms": (time.perf_counter() - t0) * 1000, "bytes": len(pdf)}))
"""


def _slips(db_url: str, count: int, on: date) -> list[SlipData]:
    engine = open_database(db_url)
    try:
        with session_factory(engine)() as session:
            settings = load_settings(session)
            settings.site_prefix = settings.site_prefix or "BENCH"
            patients = [load_patient(session, pid) for pid in sample_patient_ids(session, count)]
    finally:
        engine.dispose()
    slips = []
    for i, patient in enumerate(p for p in patients if p is not None):
        request = ReferralRequest(service=SERVICES[i % len(SERVICES)], diagnosis=ICD[i % len(ICD)],
                                  diagnosis_text="Диагноз мәтіні / текст диагноза",
                                  specialist="кардиолог")
        decision = decide_for(patient, request, on)
        slips.append(build_slip(patient=patient, decision=decision, settings=settings,
                                request=request, number=f"{settings.site_prefix}-{on.year}-{i + 1:06d}",
                                on=on))
    return slips


def _first_in_fresh_process(slip: SlipData) -> tuple[float, int]:
    proc = subprocess.run([sys.executable, "-c", FIRST], input=json.dumps(slip_to_json(slip)),
                          capture_output=True, text=True, encoding="utf-8", cwd=ROOT, check=True)
    result = json.loads(proc.stdout)
    return float(result["ms"]), int(result["bytes"])


def measure(ctx, samples: int = WARM_SAMPLES) -> dict:
    on = date.today()
    ctx.progress("pdf: preparing slips from demo patients")
    slips = _slips(ctx.db_url, min(samples, max(ctx.patients, 1)), on)
    if not slips:
        raise RuntimeError("the bench database holds no patients to refer")
    ctx.progress("pdf: first slip in a fresh process")
    first_ms, _ = _first_in_fresh_process(slips[0])
    ctx.progress(f"pdf: {samples} warm slips")
    render_referral(slips[0], invariant=True)  # the warm loop starts with fonts registered
    times, sizes = [], []
    for i in range(samples):
        slip = slips[i % len(slips)]
        t0 = time.perf_counter()
        pdf = render_referral(slip, invariant=True)
        times.append((time.perf_counter() - t0) * 1000)
        sizes.append(len(pdf))
    return {
        "pdf_first": round(first_ms, 1),
        "pdf_warm": percentiles(times),
        "pdf_bytes": max(sizes),
    }
