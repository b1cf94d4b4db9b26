"""Every month 2019-01 … 2027-12 (the law in force from the pack's first day through 2027) ×
every status × every service gets exactly one decision, and the properties the rulebook states
for all patients hold (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from domain import codes
from domain.decide import decide, decide_all
from domain.decision import Visit
from domain.facts import Condition, PatientFacts, month_index, month_of
from domain.insurance import compute_insurance, last_paid
from domain.rulepack import load_rule_pack
from domain.status import resolve_status

PACK = load_rule_pack()
DECIDING = {r.meta.id for rules in PACK.decisions.values() for r in rules if r.effect == "decide"}
TEMPORARY = [s for s in codes.STATUS_CODES if PACK.status_rule(s, date(2026, 1, 1)).status_class in ("temporary", "asylum_seeker")]


def _variants(status: str) -> list[PatientFacts]:
    pays = tuple((month_index(2019, 1) + i, "self_payer") for i in range(12 * 9))
    return [
        PatientFacts(status=status),
        PatientFacts(status=status, birth_date=date(2012, 5, 5), parent_status="permanent_foreigner",
                     categories=frozenset({"child", "pensioner"}), payments=pays, pregnant=True, palliative=True,
                     conditions=(Condition("C50.1"),), dispensary=(Condition("I10"),), vhi_until=date(2030, 1, 1)),
        PatientFacts(status=status, birth_date=date(1950, 1, 1), insured=True, conditions=(Condition("A15.0"),)),
        # the codes and diagnoses of the 2022-2027 changes
        PatientFacts(status=status, birth_date=date(1980, 3, 3), sex="F", categories=frozenset({"house_arrest", "carer_group1"}),
                     payments=tuple((month_index(2019, 1) + i, "self_employed") for i in range(0, 12 * 9, 2)),
                     conditions=(Condition("I63.9", date(2026, 1, 1)), Condition("I67.2")),
                     dispensary=(Condition("E11.9"), Condition("I05.0"), Condition("M32.1")), vhi_until=date(2026, 6, 30)),
    ]


VISITS = (Visit(), Visit(for_condition="E11.9", suspected="C50.9", specialty="oncologist", attached_here=False,
                         risk_confirmed=True, screening_kind="cervical"))
FIRST, LAST = (2019, 1), (2027, 12)


def test_every_month_status_and_service_gets_exactly_one_decision():
    count = months = 0
    for index in range(month_index(*FIRST), month_index(*LAST) + 1):
        year, month = divmod(index, 12)
        months += 1
        for day in (1, 28):
            on = date(year, month + 1, day)
            for status in codes.STATUS_CODES:
                for facts in _variants(status):
                    for visit in VISITS:
                        decisions = decide_all(facts, on, PACK, visit)
                        assert [d.service for d in decisions] == list(codes.SERVICE_CODES)
                        for d in decisions:
                            deciding = [r.id for r in d.rules if r.id in DECIDING]
                            assert len(deciding) == 1, (on, status, d.service, deciding)
                            assert d.rules[0].id == deciding[0]
                            assert d.funding in ("tmkkk", "mams", "vhi", "paid")
                            assert d.rule_pack == PACK.version
                            assert all(r.verified or r.unconfirmed is not None for r in d.rules)
                        count += len(decisions)
    assert months == 9 * 12
    assert count == months * 2 * len(codes.STATUS_CODES) * 4 * len(VISITS) * len(codes.SERVICE_CODES)


ICD_POOL = ["A15.0", "A01", "A01.3", "B05", "U07.1", "A39", "B20", "C50.9", "E11", "F20", "I10", "I21.0", "I63",
            "J06", "J45", "K29", "M54.5", "B35.1", "Q21.0", "G40", "H40.1", "Z94.0", "A22", "J09"]
days = st.dates(min_value=date(2019, 1, 1), max_value=date(2027, 12, 31))
conditions = st.lists(st.builds(Condition, st.sampled_from(ICD_POOL), st.none() | days), max_size=3).map(tuple)


@st.composite
def patients(draw, statuses=codes.STATUS_CODES):
    months = draw(st.lists(st.integers(month_index(2018, 1), month_index(2027, 12)), max_size=80, unique=True))
    payer = draw(st.none() | st.sampled_from(codes.PAYER_CODES))
    return PatientFacts(
        status=draw(st.sampled_from(statuses)),
        parent_status=draw(st.none() | st.sampled_from(codes.STATUS_CODES)),
        birth_date=draw(st.none() | st.dates(min_value=date(1930, 1, 1), max_value=date(2027, 1, 1))),
        sex=draw(st.none() | st.sampled_from(codes.SEXES)),
        kandas_since=draw(st.none() | days),
        categories=frozenset(draw(st.lists(st.sampled_from(codes.CATEGORY_CODES), max_size=4))),
        payments=tuple((m, payer) for m in sorted(months)),
        insured=draw(st.none() | st.booleans()),
        pregnant=draw(st.booleans()),
        palliative=draw(st.booleans()),
        conditions=draw(conditions),
        dispensary=draw(conditions),
        vhi_until=draw(st.none() | days),
    )


visits = st.builds(
    Visit,
    service=st.sampled_from(codes.SERVICE_CODES),
    for_condition=st.none() | st.sampled_from(ICD_POOL),
    specialty=st.none() | st.sampled_from(["psychologist", "cardiologist", "traumatologist", "oncologist",
                                           "obstetrician_gynecologist", "dermatovenerologist"]),
    screening_kind=st.none() | st.sampled_from(codes.SCREENING_CODES),
    repeat_visit=st.booleans(),
    emergency=st.booleans(),
    referral=st.booleans(),
    suspected=st.none() | st.sampled_from(ICD_POOL),
    attached_here=st.booleans(),
    risk_confirmed=st.booleans(),
)


@settings(max_examples=400, deadline=None)
@given(patients(), visits, days)
def test_emergency_is_always_allowed(facts, visit, on):
    d = decide(facts, visit, on, PACK)
    if visit.emergency or visit.service in ("ambulance", "emergency_inpatient"):
        assert d.emergency is True
        assert d.referral == "not_needed"
        assert d.funding in ("tmkkk", "mams")
    else:
        assert d.emergency is False


@settings(max_examples=400, deadline=None)
@given(patients(), visits, days, st.sampled_from(["A15.0", "B05", "A01", "U07.2", "A37", "A80"]))
def test_a_dangerous_disease_is_tmkkk_except_dental_and_treatment_abroad(facts, visit, on, code):
    sick = PatientFacts(**{**{f: getattr(facts, f) for f in PatientFacts.__slots__}, "conditions": facts.conditions + (Condition(code),)})
    for d in decide_all(sick, on, PACK, visit):
        if d.service in ("dental_emergency", "dental_planned", "treatment_abroad") and not visit.emergency:
            continue
        assert d.funding == "tmkkk", (d.service, [r.id for r in d.rules])


@settings(max_examples=400, deadline=None)
@given(patients(statuses=TEMPORARY), days)
def test_a_temporary_status_never_gets_state_categories(facts, on):
    resolved = resolve_status(PACK, facts, on)
    result = compute_insurance(PACK, facts, on, resolved.rule)
    if resolved.effective in TEMPORARY:
        assert result.basis != "category"
        assert result.category is None
        if facts.insured is None and not facts.payments:
            assert result.insured is False


REFERRAL_NEED = {s.code: s.extra["referral"] for s in codes.SERVICES}
EAEU = {"eaeu_worker", "eaeu_family"}


@settings(max_examples=500, deadline=None)
@given(patients(), visits, days)
def test_decisions_are_consistent_with_their_facts(facts, visit, on):
    d = decide(facts, visit, on, PACK)
    resolved = resolve_status(PACK, facts, on)
    assert d.status_class == resolved.rule.status_class
    if d.funding == "mams":
        assert d.insured is True and resolved.rule.insurable
    if d.funding == "vhi":
        assert facts.vhi_until is not None and facts.vhi_until >= on
        if resolved.effective in EAEU:
            assert visit.service == "phc_visit" and on >= date(2023, 8, 14)
        else:  # imputed insurance of other foreign workers
            assert resolved.effective == "temporary_foreigner" and on >= date(2023, 5, 1)
            assert visit.service in ("phc_visit", "specialist_consult", "diagnostics", "planned_inpatient")
    if d.funding == "tmkkk" and resolved.package == "limited" and not d.emergency:
        assert any(r.id == "dangerous.tmkkk" for r in d.rules)
    if any(r.id == "tmkkk.suspected_socially_significant" for r in d.rules):
        assert visit.suspected and on >= date(2026, 1, 1) and resolved.package == "full"
        assert visit.service in ("specialist_consult", "diagnostics")
    if REFERRAL_NEED[visit.service] != "yes" or d.emergency:
        assert d.referral == "not_needed"
    elif d.referral != "not_needed":
        assert d.referral == ("present" if visit.referral else "missing")
    if d.arrears is not None:
        assert d.insured is False and 1 <= d.arrears.months <= 12 and d.arrears.amount_kzt > 0
        last, payer = last_paid(facts, on)
        assert payer in ("self_payer", "individual_entrepreneur")
        assert d.arrears.months == min(12, month_of(on) - last)
    assert d.rule_pack == PACK.version


@settings(max_examples=300, deadline=None)
@given(patients(), days, st.sampled_from(codes.SERVICE_CODES))
def test_order_of_conditions_does_not_matter(facts, on, service):
    visit = Visit(service=service)
    flipped = PatientFacts(**{**{f: getattr(facts, f) for f in PatientFacts.__slots__},
                              "conditions": tuple(reversed(facts.conditions)), "dispensary": tuple(reversed(facts.dispensary))})
    a, b = decide(facts, visit, on, PACK), decide(flipped, visit, on, PACK)
    assert (a.funding, a.referral, a.rules[0].id) == (b.funding, b.referral, b.rules[0].id)


@settings(max_examples=300, deadline=None)
@given(patients(), visits, days)
def test_a_suspicion_changes_only_the_suspicion_rule(facts, visit, on):
    """`suspected` is read by one rule only: without it, every other decision is the same."""
    with_it = decide(facts, visit, on, PACK)
    without = decide(facts, replace(visit, suspected=None), on, PACK)
    if with_it.rules[0].id == "tmkkk.suspected_socially_significant":
        assert without.rules[0].id != with_it.rules[0].id
    else:
        assert [r.id for r in with_it.rules] == [r.id for r in without.rules]
        assert (with_it.funding, with_it.referral) == (without.funding, without.referral)


@settings(max_examples=300, deadline=None)
@given(patients(), visits, st.dates(min_value=date(2019, 1, 1), max_value=date(2025, 11, 2)))
def test_before_2025_11_03_the_visit_flags_change_nothing(facts, visit, on):
    flipped = replace(visit, attached_here=not visit.attached_here, risk_confirmed=not visit.risk_confirmed)
    a, b = decide(facts, visit, on, PACK), decide(facts, flipped, on, PACK)
    assert ([r.id for r in a.rules], a.funding, a.referral) == ([r.id for r in b.rules], b.funding, b.referral)
