"""Deciding services for a patient on a date, from the rule pack.

The pack lists, per service, the deciding rules in priority order (emergency, dangerous
diseases, dental, ТМККК, МӘМС, VHI, paid) and the notes; the first deciding rule in force whose
conditions hold decides. The engine only evaluates the named conditions the data composes.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date

from domain.codes import SERVICE_CODES
from domain.decision import Decision, DiagnosisCondition, Visit
from domain.facts import Condition, PatientFacts, add_months, age_on
from domain.icd import is_valid_icd, listed_matches, normalize_icd
from domain.insurance import InsuranceResult, categories_on, compute_insurance, last_paid
from domain.messages import BadInput, Message
from domain.rulepack import ConditionList, Dated, Rule, RulePack, load_rule_pack
from domain.status import ResolvedStatus, resolve_status

NO_RULE = Message(
    "on: {on} күні «{service}» қызметі үшін күшіндегі ереже жоқ (ережелер {start} бастап).",
    "on: на {on} нет действующего правила для услуги «{service}» (правила действуют с {start}).",
)
UNKNOWN_SERVICE = Message("service: белгісіз қызмет коды «{code}».", "service: неизвестный код услуги «{code}».")
BAD_ICD = Message("{field}: АХЖ-10 коды қате «{code}».", "{field}: неверный код МКБ-10 «{code}».")


class NoRuleInForce(BadInput):
    """"No rule in force" is an explicit answer, never a silent default."""


def _emergency(c: _Context, arg: bool, service: str) -> bool:
    return (service in c.pack.emergency_services or c.visit.emergency) == arg


def _any_of(c: _Context, arg: tuple, service: str) -> bool:
    return any(c.holds(w, service) for w in arg)


# The engine's side of rulepack.PREDICATES (a test holds the two tables equal): condition name ->
# how it is read from the context for a service.
PREDICATE_IMPLS: dict[str, Callable[[_Context, object, str], bool]] = {
    "emergency": _emergency,
    "any_condition": lambda c, arg, _s: c.on_list(arg, c.all_codes),
    "visit_condition": lambda c, arg, _s: c.on_list(arg, c.visit_codes),
    "observed_condition": lambda c, arg, _s: c.on_list(arg, c.observed),
    "suspected_condition": lambda c, arg, _s: c.on_list(arg, c.suspected),
    "package": lambda c, arg, _s: c.status.package == arg,
    "status_in": lambda c, arg, _s: c.status.effective in arg,
    "mams_insured": lambda c, arg, _s: c.mams_insured == arg,
    "palliative": lambda c, arg, _s: c.facts.palliative == arg,
    "pregnant": lambda c, arg, _s: c.facts.pregnant == arg,
    "minor": lambda c, arg, _s: c.minor() == arg,
    "vhi_valid": lambda c, arg, _s: (c.facts.vhi_until is not None and c.facts.vhi_until >= c.on) == arg,
    "screening_kind_in": lambda c, arg, _s: c.visit.screening_kind in arg,
    "category_in": lambda c, arg, _s: bool(c.held_categories() & arg),
    "repeat_visit": lambda c, arg, _s: c.visit.repeat_visit == arg,
    "specialty_in": lambda c, arg, _s: (c.visit.specialty or "").strip().casefold() in arg,
    "sex": lambda c, arg, _s: c.facts.sex == arg,
    "attached_here": lambda c, arg, _s: c.visit.attached_here == arg,
    "risk_confirmed": lambda c, arg, _s: c.visit.risk_confirmed == arg,
    "any_of": _any_of,
}
# the others read only the patient and the visit: memoised per context, shared by every service
_PER_SERVICE = frozenset({"emergency", "any_of"})
# Conditions that read the legal status (directly, or through what it allows: insurance and
# the state categories). Without a recorded status their answer is not known.
STATUS_PREDICATES = frozenset({"package", "status_in", "mams_insured", "category_in"})
# Conditions that look only at the visit's diagnosis when the visit names one (§11.1): without
# one, any of the patient's codes counts, so the verdict may hold only for those codes.
DIAGNOSIS_PREDICATES = frozenset({"visit_condition", "observed_condition"})


def _reads(when: tuple[tuple[str, object], ...], names: frozenset[str]) -> bool:
    return any(name in names or (name == "any_of" and any(_reads(w, names) for w in arg))
               for name, arg in when)


def _excluded(clist: ConditionList, code: str, on: date) -> bool:
    return any(e.valid_from <= on <= e.valid_to and any(r.matches(code) for r in e.ranges)
               for e in clist.excluded)


class _Context:
    """Everything about one patient on one day that does not depend on the service."""

    def __init__(self, pack: RulePack, facts: PatientFacts, on: date, visit: Visit,
                 referrals: Collection[str] = ()):
        self.pack, self.facts, self.on, self.visit = pack, facts, on, visit
        self.referrals = referrals  # services with a referral on file, besides visit.referral
        self.status: ResolvedStatus = resolve_status(pack, facts, on)
        self.insurance: InsuranceResult = compute_insurance(pack, facts, on, self.status.rule)
        self.mams_insured = self.insurance.insured and self.status.rule.insurable
        self.age = age_on(facts.birth_date, on)
        self.all_codes = facts.conditions + facts.dispensary
        self.visit_codes = self.all_codes
        self.observed: tuple[Condition, ...] = facts.dispensary
        # the same visit for one named diagnosis (None: a diagnosis the patient has not got);
        # None in such a variant itself, which never looks further
        self._variants: dict[str | None, _Context] | None = {}
        # a suspicion is not one of the patient's conditions: only `suspected_condition` reads it,
        # without the time windows (it has no `since`)
        self.suspected: tuple[Condition, ...] = ()
        if visit.suspected:
            if not is_valid_icd(visit.suspected):
                raise BadInput(BAD_ICD.format(field="suspected", code=visit.suspected), "suspected")
            self.suspected = (Condition(normalize_icd(visit.suspected)),)
        if visit.for_condition:
            if not is_valid_icd(visit.for_condition):
                raise BadInput(BAD_ICD.format(field="for_condition", code=visit.for_condition), "for_condition")
            self._narrow(normalize_icd(visit.for_condition))
        self._memo: dict[tuple, bool] = {}
        # what does not read the visit's diagnosis is the same for every variant
        self._shared: dict[tuple, bool] = self._memo
        # (list name, conditions) -> listed: the variants ask again about the same codes
        self._listed: dict[tuple, bool] = {}
        self.segment = pack.rules_on(on)  # the rules in force: service -> (deciding, notes, referral)

    def _narrow(self, code: str) -> None:
        """The visit is for `code` (§11.1): the visit's tests look at that code only."""
        own = tuple(c for c in self.all_codes if c.code == code) or tuple(
            Condition(code, c.since) for c in self.all_codes if listed_matches(c.code, code))
        self.visit_codes = own or (Condition(code),)
        # a for_condition the patient has not got counts as one of theirs for this visit
        self.all_codes = self.all_codes + self.visit_codes
        registered = any(listed_matches(d.code, code) for d in self.facts.dispensary)
        self.observed = (Condition(code),) if registered else ()

    def _variant(self, code: str | None) -> _Context:
        """This patient and visit, for a visit for `code`, one of the patient's codes; None: for
        a diagnosis the patient has not got (on no list the visit's tests read)."""
        variant = self._variants.get(code)
        if variant is None:
            variant = copy.copy(self)  # the status and insurance are the same
            variant._memo, variant._variants = {}, None  # _shared stays the parent's memo
            variant.visit = replace(self.visit, for_condition=code)
            if code is None:
                variant.visit_codes, variant.observed = (), ()
            else:
                variant._narrow(code)
            self._variants[code] = variant
        return variant

    # -- conditions

    def on_list(self, name: str, conditions: tuple[Condition, ...]) -> bool:
        if not conditions:
            return False
        key = (name, conditions)
        listed = self._listed.get(key)
        if listed is None:
            listed = self._listed[key] = self._on_list(name, conditions)
        return listed

    def _on_list(self, name: str, conditions: tuple[Condition, ...]) -> bool:
        clist: ConditionList = self.pack.lists[name]
        on = self.on
        for entry in clist.entries:
            if not entry.valid_from <= on <= entry.valid_to:
                continue
            for cond in conditions:
                if not any(r.matches(cond.code) for r in entry.ranges):
                    continue
                if entry.window_months and cond.since is not None:
                    # time-limited diagnoses count from `since` through the window's end
                    if not cond.since <= on <= add_months(cond.since, entry.window_months):
                        continue
                if clist.excluded and _excluded(clist, cond.code, on):
                    continue
                return True
        return False

    def holds(self, when: tuple[tuple[str, object], ...], service: str) -> bool:
        for name, arg in when:
            if not self.test(name, arg, service):
                return False
        return True

    def test(self, name: str, arg, service: str) -> bool:
        if name in _PER_SERVICE:
            return PREDICATE_IMPLS[name](self, arg, service)
        key = (name, arg)
        memo = self._memo if name in DIAGNOSIS_PREDICATES else self._shared
        value = memo.get(key)
        if value is None:
            value = memo[key] = PREDICATE_IMPLS[name](self, arg, service)
        return value

    def minor(self) -> bool:
        return self.age < 18 if self.age is not None else "child" in self.facts.categories

    def held_categories(self) -> set[str]:
        _, payer = last_paid(self.facts, self.on)
        return {c.category for c in categories_on(self.pack, self.facts, self.on, self.status.rule, payer)}

    # -- one service

    def deciding(self, service: str, start: int = 0) -> tuple[int, Rule | None]:
        """The first deciding rule in force whose conditions hold, and its place in the list;
        `start` skips rules known to fail."""
        segment = self.segment
        if segment is not None:
            rules = segment[service][0]
            for index in range(start, len(rules)):
                if self.holds(rules[index].when, service):
                    return index, rules[index]
        return -1, None

    def decide(self, service: str) -> Decision:
        on = self.on
        index, deciding = self.deciding(service)
        if deciding is None:
            raise NoRuleInForce(NO_RULE.format(on=on.isoformat(), service=service,
                                               start=self.pack.range_from.isoformat()), "on")
        deciding_rules, note_rules, referral_rules = self.segment[service]
        notes = [n for n in note_rules if self.holds(n.when, service)]
        by_id = self.pack.fired
        rules = [by_id[deciding.meta.id]]
        rules.extend(by_id[m.id] for m in self.status.support)
        # without a recorded status only the Fund's own answer says anything about insurance
        insurance_known = self.status.known or self.insurance.basis == "fund"
        if deciding.funding in ("mams", "paid") and self.insurance.rule is not None and insurance_known:
            rules.append(by_id[self.insurance.rule.id])
        if self.insurance.arrears_rule is not None and insurance_known:
            rules.append(by_id[self.insurance.arrears_rule.id])
        rules.extend(by_id[n.meta.id] for n in notes)
        referral, referral_rule = self.referral(service, deciding, referral_rules)
        if referral_rule is not None:
            rules.append(by_id[referral_rule.id])
        return Decision(
            service=service,
            on=on,
            funding=deciding.funding,
            emergency=deciding.emergency,
            referral=referral,
            insured=self.insurance.insured,
            status_class=self.status.rule.status_class,
            rules=tuple(rules),
            rule_pack=self.pack.version,
            arrears=self.insurance.arrears,
            notes=tuple(n.meta.text for n in notes),
            for_diagnosis=self.diagnosis_condition(service, deciding, index),
            status_unknown=(self.status.status is None and not deciding.emergency
                            and not self.whatever_the_status(service, deciding, deciding_rules[:index])),
        )

    # -- what a verdict depends on

    def diagnosis_condition(self, service: str, deciding: Rule, index: int) -> DiagnosisCondition | None:
        """When the visit names no diagnosis and the deciding rule looked at the patient's codes
        the way a named diagnosis narrows (§11.1), the verdict may hold only for some of them:
        which codes, and what a visit for another diagnosis gets. A narrower visit holds fewer
        codes, so the rules before `index`, which failed on all of them, fail for it too."""
        if (self._variants is None or self.visit.for_condition is not None or not self.all_codes
                or not _reads(deciding.when, DIAGNOSIS_PREDICATES)):
            return None
        other_variant = self._variant(None)
        _, other = other_variant.deciding(service, index)
        if other is None or other.funding == deciding.funding:
            return None
        codes = []
        for cond in self.all_codes:
            _, rule = self._variant(cond.code).deciding(service, index)
            if rule is not None and rule.funding == deciding.funding and cond.code not in codes:
                codes.append(cond.code)
        if not codes:
            return None
        referral, _ = other_variant.referral(service, other, self.segment[service][2])
        return DiagnosisCondition(tuple(codes), other.funding, referral)

    def whatever_the_status(self, service: str, deciding: Rule, passed: tuple[Rule, ...]) -> bool:
        """Whether the verdict would be the same for any legal status: the deciding rule holds
        on conditions that do not read the status, and every rule before it fails on one."""
        return (self._fixed(deciding.when, service) is True
                and all(self._fixed(rule.when, service) is False for rule in passed))

    def _fixed(self, when: tuple[tuple[str, object], ...], service: str) -> bool | None:
        """Whether `when` holds (True) or fails (False) whatever the status; None: it depends."""
        result: bool | None = True
        for name, arg in when:
            if name == "any_of":
                values = [self._fixed(w, service) for w in arg]
                value = True if True in values else (False if all(v is False for v in values) else None)
            elif name in STATUS_PREDICATES:
                value = None
            else:
                value = self.test(name, arg, service)
            if value is False:
                return False
            if value is None:
                result = None
        return result

    def referral(self, service: str, deciding: Rule, rules: tuple[Rule, ...]) -> tuple[str, Dated | None]:
        if deciding.emergency:
            rule = self.pack.emergency_referral
            return "not_needed", rule.meta if rule.meta.in_force(self.on) else None
        required = None
        for rule in rules:
            if rule.effect == "require" and required is None:
                required = rule
            elif rule.effect == "waive" and self.holds(rule.when, service):
                return "not_needed", rule.meta
        if required is None:
            return "not_needed", None
        present = self.visit.referral or service in self.referrals
        return ("present" if present else "missing"), required.meta


def decide(facts: PatientFacts, visit: Visit, on: date, pack: RulePack | None = None) -> Decision:
    """One service (`visit.service`) for a patient on `on`."""
    if visit.service not in SERVICE_CODES:
        raise BadInput(UNKNOWN_SERVICE.format(code=visit.service), "service")
    return _Context(pack or load_rule_pack(), facts, on, visit).decide(visit.service)


def decide_all(facts: PatientFacts, on: date, pack: RulePack | None = None, visit: Visit | None = None, *,
               referrals: Collection[str] = (),
               on_error: Callable[[str, Exception], None] | None = None) -> list[Decision]:
    """Every service of the catalogue, in the catalogue's order; `visit.service` is ignored.

    What does not depend on the service (status, insurance, the patient's conditions) is worked
    out once. `referrals` names the services with a referral on file (as `visit.referral` does
    for all). With `on_error`, a service whose evaluation raises is passed to it with the error
    and left out of the list, and the other services are still decided; without it the error
    propagates. An error in the shared part always propagates: no service could be decided.
    """
    ctx = _Context(pack or load_rule_pack(), facts, on, visit or Visit(), referrals)
    if on_error is None:
        return [ctx.decide(service) for service in SERVICE_CODES]
    out = []
    for service in SERVICE_CODES:
        try:
            out.append(ctx.decide(service))
        except Exception as exc:  # noqa: BLE001 - the caller's to report, the rest go on
            on_error(service, exc)
    return out
