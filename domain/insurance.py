"""МӘМС status on a date: the Fund's answer, state categories,
contributions with their grace periods and the ЕСП rule, and arrears to regain the status."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction

from domain.ages import days_ago
from domain.codes import CATEGORY_CODES, source_name
from domain.decision import Arrears
from domain.evidence import age_on
from domain.facts import (
    STALE_AFTER_DAYS,
    PatientFacts,
    add_months,
    facts_from_record,
    fund_answer,
    month_of,
    month_year,
)
from domain.messages import Message
from domain.records import Patient
from domain.rulepack import CategoryRule, Dated, RulePack, StatusRule, load_rule_pack


@dataclass(frozen=True, slots=True)
class InsuranceResult:
    insured: bool
    basis: str  # fund | category | contributions | none
    rule: Dated | None  # the rule that decided it
    category: str | None
    arrears: Arrears | None
    arrears_rule: Dated | None


@dataclass(frozen=True, slots=True)
class InsuranceStatus:
    """The desk's insurance badge."""

    insured: bool | None  # None = unknown
    basis: str  # fund | category | contributions | none
    source: str | None
    checked_at: datetime | None
    age_days: int | None
    stale: bool
    category: str | None
    arrears: Arrears | None
    reason: Message
    rule: str | None = None
    # the last day contributions keep the patient insured (no state category held), else None
    contributions_until: date | None = None
    fund_category: str | None = None  # the category the latest Fund answer named, if any

    def contributions_end_this_month(self, on: date) -> bool:
        """Insurance through contributions ends within the month of `on` (a warning)."""
        until = self.contributions_until
        return until is not None and on <= until and (until.year, until.month) == (on.year, on.month)


def categories_on(pack: RulePack, facts: PatientFacts, on: date, status_rule: StatusRule,
                  payer: str | None) -> list[CategoryRule]:
    """State-insured categories held on `on`, in catalogue order."""
    if not status_rule.categories:
        return []  # temporary statuses are insured only through contributions
    age = age_on(facts.birth_date, on)
    held = []
    for code in CATEGORY_CODES:
        rule = pack.in_force(pack.categories.get(code, ()), on)
        if rule is None:
            continue
        if rule.age_under is not None:
            # derived from the birth date; an explicit code counts only without one
            ok = age < rule.age_under if age is not None else code in facts.categories
        else:
            ok = code in facts.categories
        if ok and rule.window_from == "kandas_since":
            since = facts.kandas_since
            ok = since is not None and since <= on <= add_months(since, rule.window_months or 0)
        if ok and rule.requires_flag == "pregnant":
            ok = facts.pregnant
        if ok and payer in rule.excluded_payers:
            ok = False
        if ok:
            held.append(rule)
    return held


def last_paid(facts: PatientFacts, on: date) -> tuple[int | None, str | None]:
    """M, the last paid month not after `on`, and who paid it (the declared payer kind when
    nothing is paid yet)."""
    current = month_of(on)
    for month, payer in reversed(facts.payments):
        if month <= current:
            return month, payer if payer is not None else facts.payer
    return None, facts.payer


def _paid_run(paid: set[int], last: int, length: int) -> bool:
    return all(m in paid for m in range(last - length + 1, last + 1))


def contributions(pack: RulePack, facts: PatientFacts, on: date) -> tuple[bool, Dated | None]:
    """Whether contributions make the patient insured on `on`, and by which rule."""
    insured, rule, _until = _contributions(pack, facts, on)
    return insured, rule


def contributions_until(pack: RulePack, facts: PatientFacts, on: date) -> date | None:
    """The last day contributions paid so far keep the patient insured, when they insure on
    `on` (the end of month M plus the grace of the rule that applies); None otherwise."""
    insured, _rule, until = _contributions(pack, facts, on)
    return until if insured else None


def _month_end(index: int) -> date:
    year, month = divmod(index, 12)
    return date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def _contributions(pack: RulePack, facts: PatientFacts, on: date) -> tuple[bool, Dated | None, date | None]:
    last, payer = last_paid(facts, on)
    if last is None:
        return False, None, None
    paid = {m for m, _ in facts.payments}
    current = month_of(on)
    in_force = [b for b in pack.basis if b.meta.in_force(on)]
    for rule in in_force:
        if rule.kind == "esp" and payer in rule.payers:
            # ЕСП: the current month and the previous ones must all be paid, no grace
            ok = _paid_run(paid, current, rule.months_required)
            return ok, rule.meta, _month_end(current) if ok else None
    # a rule naming payers is only for them, and comes before a general rule of the same grace
    ordinary = sorted((b for b in in_force if b.kind == "contributions" and (not b.payers or payer in b.payers)),
                      key=lambda b: (b.grace_months, not b.payers))
    # the longest grace that holds says until when (the 6-month grace over the 3-month one)
    holding = [rule for rule in ordinary
               if not (rule.min_paid_run and not _paid_run(paid, last, rule.min_paid_run))
               and current <= last + rule.grace_months]
    if holding:
        longest = max(rule.grace_months for rule in holding)
        return True, holding[0].meta, _month_end(last + longest)
    return False, None, None


def compute_insurance(pack: RulePack, facts: PatientFacts, on: date, status_rule: StatusRule) -> InsuranceResult:
    """First match wins: the Fund's answer, a category, contributions, else not insured."""
    last, payer = last_paid(facts, on)
    by_kind = {b.kind: b.meta for b in pack.basis if b.meta.in_force(on)}
    category = None
    if facts.insured is not None:
        insured, basis, rule = facts.insured, "fund", by_kind.get("fund")
    else:
        held = categories_on(pack, facts, on, status_rule, payer)
        if held:
            insured, basis, rule, category = True, "category", held[0].meta, held[0].category
        elif status_rule.insurable:
            insured, rule = contributions(pack, facts, on)
            basis = "contributions" if insured else "none"
            if not insured and (rule is None or rule.id not in {b.meta.id for b in pack.basis if b.kind == "esp"}):
                rule = by_kind.get("none")
        else:
            insured, basis, rule = False, "none", by_kind.get("none")
    arrears, arrears_rule = (None, None)
    if not insured and status_rule.insurable:
        arrears, arrears_rule = compute_arrears(pack, last, payer, on)
    return InsuranceResult(insured, basis, rule, category, arrears, arrears_rule)


def owed_months(pack: RulePack, last: int | None, payer: str | None, on: date) -> tuple[list[Fraction], Dated | None]:
    """What each owed month costs — the most recent unpaid months, at most 12, each at
    its own year's rate."""
    rule = pack.in_force(pack.arrears, on)
    if rule is None or last is None or payer not in rule.rates:
        return [], None
    current = month_of(on)
    months = min(rule.max_months, current - last)
    num, den = rule.rates[payer]
    return [Fraction(rule.wage(month_year(m)) * num, den) for m in range(current - months + 1, current + 1)], rule.meta


def compute_arrears(pack: RulePack, last: int | None, payer: str | None, on: date) -> tuple[Arrears | None, Dated | None]:
    owed, meta = owed_months(pack, last, payer, on)
    if not owed:
        return None, None
    return Arrears(len(owed), _tenge(sum(owed))), meta


def _tenge(amount: Fraction) -> int:
    return int(amount + Fraction(1, 2))


def _kzt(amount: int) -> str:
    return f"{amount:,}".replace(",", "\u00a0")


# ---------------------------------------------------------------- the desk's badge

UNKNOWN = Message(
    "МӘМС мәртебесі белгісіз: Қордан тексеру керек.",
    "Статус в ОСМС неизвестен: нужно проверить в Фонде.",
)
STALE = Message(
    "Қордың соңғы жауабы ({answer}) {days} алынған — ескірген; қайта тексеріңіз.",
    "Последний ответ Фонда ({answer}) получен {days} — устарел; проверьте снова.",
)
CHECKED = Message("Қор мәліметі: {days} тексерілген ({source}).", "Данные Фонда: проверено {days} ({source}).")
NO_STATUS = Message(
    "МӘМС мәртебесі белгісіз: құқықтық мәртебе тіркелмеген, ал сақтандыру соған байланысты. "
    "Мәртебені нақтылаңыз немесе Қордан тексеріңіз.",
    "Статус в ОСМС неизвестен: правовой статус не записан, а страхование зависит от него. "
    "Уточните статус или проверьте в Фонде.",
)
YES = Message("сақтандырылған", "застрахован")
NO = Message("сақтандырылмаған", "не застрахован")


def insurance_status(record: Patient, on: date, stale_after_days: int = STALE_AFTER_DAYS,
                     pack: RulePack | None = None) -> InsuranceStatus:
    """Insured / not insured / unknown on `on`, with the source and age of the Fund's answer.

    A fresh Fund answer (at most `stale_after_days` old) is the fact. When it is stale or absent,
    the status is computed from categories and payments; if that evidence does not make the
    patient insured and there is nothing to go on (no fresh answer, no payments, no category) for a
    status that can be insured, the badge says "unknown" rather than "not insured".
    """
    from domain.status import resolve_status

    pack = pack or load_rule_pack()
    facts = facts_from_record(record, on, pack, stale_after_days)
    resolved = resolve_status(pack, facts, on)
    result = compute_insurance(pack, facts, on, resolved.rule)
    check, age, stale = fund_answer(record, on, stale_after_days)
    parts: list[Message] = []
    if check is not None:
        answer = YES if check.insured else NO
        template = STALE if stale else CHECKED
        days = days_ago(age)
        source = source_name(check.source)
        parts.append(Message(template.kk.format(answer=answer.kk, days=days.kk, source=source.kk),
                             template.ru.format(answer=answer.ru, days=days.ru, source=source.ru)))
    insured: bool | None = result.insured
    no_evidence = not facts.payments and result.basis == "none" and resolved.rule.insurable
    if not resolved.known and result.basis != "fund":
        # whether categories and contributions count depends on the status, which is unknown
        insured = None
        parts.insert(0, NO_STATUS)
        result = InsuranceResult(False, "none", None, None, None, None)
    elif not result.insured and no_evidence and (check is None or stale):
        insured = None
        parts.insert(0, UNKNOWN)
    elif result.rule is not None:
        parts.insert(0, result.rule.text)
    if result.arrears is not None and result.arrears_rule is not None:
        parts.append(result.arrears_rule.text.format(detail=_arrears_detail(pack, facts, on, result.arrears)))
    reason = Message(" ".join(p.kk for p in parts), " ".join(p.ru for p in parts))
    return InsuranceStatus(
        insured=insured,
        basis=result.basis,
        source=check.source if check is not None else None,
        checked_at=check.checked_at if check is not None else None,
        age_days=age,
        stale=stale,
        category=result.category,
        arrears=result.arrears,
        reason=reason,
        rule=result.rule.id if result.rule else None,
        contributions_until=_contributions_until(pack, facts, on, resolved.rule),
        fund_category=getattr(check, "category", None) if check is not None else None,
    )


def _contributions_until(pack: RulePack, facts: PatientFacts, on: date,
                         status_rule: StatusRule) -> date | None:
    """Until when contributions insure, for a patient whose insurance rests on them (a state
    category, which does not end with the payments, makes it None)."""
    if not status_rule.insurable:
        return None
    _last, payer = last_paid(facts, on)
    if categories_on(pack, facts, on, status_rule, payer):
        return None
    return contributions_until(pack, facts, on)


def _arrears_detail(pack: RulePack, facts: PatientFacts, on: date, arrears: Arrears) -> str:
    """"9 × 4 250 ₸ = 38 250 ₸"; with rates of several years "4 × 3 000–3 500 ₸ = 13 000 ₸"."""
    last, payer = last_paid(facts, on)
    owed, _ = owed_months(pack, last, payer, on)
    low, high = _kzt(_tenge(min(owed))), _kzt(_tenge(max(owed)))
    rate = low if low == high else f"{low}–{high}"
    return f"{arrears.months} × {rate} ₸ = {_kzt(arrears.amount_kzt)} ₸"
