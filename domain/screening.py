"""Screening reminders: which kinds a patient is due by age, sex and risk
group on a date. Reminders for the patient card; they never change funding."""

from __future__ import annotations

from datetime import date

from domain.decide import _Context
from domain.decision import Visit
from domain.evidence import age_on
from domain.facts import PatientFacts, facts_from_record
from domain.records import Patient
from domain.rulepack import RulePack, load_rule_pack


def due_screenings_for(facts: PatientFacts, on: date, pack: RulePack | None = None) -> list[str]:
    """Screening kind codes due on `on`, in the pack's order. Ages are whole years, bounds inclusive."""
    pack = pack or load_rule_pack()
    ctx = _Context(pack, facts, on, Visit())
    age = age_on(facts.birth_date, on)
    due = []
    for rule in pack.screenings:
        if not rule.meta.in_force(on) or rule.kind in due:
            continue
        if rule.min_age is not None or rule.max_age is not None:
            if age is None:
                continue
            if rule.min_age is not None and age < rule.min_age:
                continue
            if rule.max_age is not None and age > rule.max_age:
                continue
        if rule.sex is not None and facts.sex != rule.sex:
            continue
        if rule.unless_observed is not None and ctx.on_list(rule.unless_observed, facts.dispensary):
            continue
        if rule.when and not ctx.holds(rule.when, "screening"):
            continue
        due.append(rule.kind)
    return due


def due_screenings(record: Patient, on: date, pack: RulePack | None = None) -> list[str]:
    pack = pack or load_rule_pack()
    return due_screenings_for(facts_from_record(record, on, pack), on, pack)
