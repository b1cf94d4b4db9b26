"""`evaluate` cases (the `evaluate` case format): strict parsing into facts and a visit, and
running them. Every value is checked by domain.evidence; every refusal names the field, in Kazakh
and Russian."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from domain import codes, evidence
from domain.decide import decide, decide_all
from domain.decision import Visit
from domain.evidence import EvidenceError
from domain.facts import Condition, PatientFacts, month_index
from domain.messages import DEFAULT_LANG, BadInput, Message
from domain.rulepack import RulePack, load_rule_pack

CASE_KEYS = ("on", "patient", "service", "for_condition", "specialty", "suspected", "risk_confirmed",
             "attached_here", "screening_kind", "repeat_visit", "emergency", "referral")
PATIENT_KEYS = ("status", "parent_status", "birth_date", "sex", "kandas_since", "categories",
                "payments", "insured", "pregnant", "conditions", "dispensary", "palliative", "vhi_until")
SPECIALTY_LIMIT = 100

E_OBJECT = Message("{field}: JSON объектісі болуы керек.", "{field}: должен быть объектом JSON.")
E_LIST = Message("{field}: тізім болуы керек.", "{field}: должен быть списком.")
E_UNKNOWN_KEY = Message("{field}: белгісіз өріс (қате жазылған болуы мүмкін).",
                        "{field}: неизвестное поле (возможно, опечатка).")
E_REQUIRED = Message("{field}: міндетті өріс берілмеген.", "{field}: обязательное поле не указано.")
E_TEXT = Message("{field}: мәтін болуы керек.", "{field}: должно быть строкой.")
E_JSON = Message("Кіріс JSON емес: {detail}.", "Входные данные не являются JSON: {detail}.")
E_TOP = Message("Кіріс бір жағдай (объект) немесе жағдайлар тізімі болуы керек.",
                "На входе должен быть один случай (объект) или список случаев.")


@dataclass(frozen=True, slots=True)
class Case:
    on: date
    facts: PatientFacts
    visit: Visit


def _fail(template: Message, field: str, **values: object) -> BadInput:
    return BadInput(template.format(field=field, **values), field)


def _refused(err: EvidenceError) -> BadInput:
    """A value refused by domain.evidence, its message naming the field as import does."""
    return BadInput(err.located(), err.field)


class _Parser:
    def __init__(self, prefix: str):
        self.prefix = prefix

    def name(self, field: str) -> str:
        return f"{self.prefix}{field}"

    def obj(self, raw: object, field: str, keys: tuple[str, ...]) -> dict:
        if not isinstance(raw, dict):
            raise _fail(E_OBJECT, self.name(field) if field else self.prefix.rstrip(".") or "case")
        for key in raw:
            if key not in keys:
                key = evidence.excerpt(key)  # quoted on one short line whatever it holds
                raise _fail(E_UNKNOWN_KEY, self.name(f"{field}.{key}" if field else key))
        # a field given as null is absent
        return {k: v for k, v in raw.items() if v is not None}

    def code(self, value: object, field: str, allowed: tuple[str, ...]) -> str:
        try:
            return evidence.code(value, allowed, self.name(field))
        except EvidenceError as err:
            raise _refused(err) from None

    def day(self, value: object, field: str) -> date:
        try:
            return evidence.day(value, self.name(field))
        except EvidenceError as err:
            raise _refused(err) from None

    def month(self, value: object, field: str) -> int:
        try:
            text = evidence.month(value, self.name(field))
        except EvidenceError as err:
            raise _refused(err) from None
        return month_index(int(text[:4]), int(text[5:]))

    def flag(self, value: object, field: str) -> bool:
        try:
            return evidence.flag(value, self.name(field))
        except EvidenceError as err:
            raise _refused(err) from None

    def suspected(self, value: object, field: str) -> str:
        try:
            return evidence.suspected(value, self.name(field))
        except EvidenceError as err:
            raise _refused(err) from None

    def icd(self, value: object, field: str) -> str:
        try:
            return evidence.icd(value, self.name(field))
        except EvidenceError as err:
            raise _refused(err) from None

    def text(self, value: object, field: str) -> str:
        if not isinstance(value, str):
            raise _fail(E_TEXT, self.name(field))
        try:
            # kept as given (a blank specialty stays blank), only length and characters checked
            return evidence.clean_text(value, self.name(field), SPECIALTY_LIMIT)
        except EvidenceError as err:
            raise _refused(err) from None

    def sex(self, value: object, field: str) -> str:
        try:
            return evidence.sex(value, self.name(field))
        except EvidenceError as err:
            raise _refused(err) from None

    def items(self, value: object, field: str) -> list:
        if not isinstance(value, list):
            raise _fail(E_LIST, self.name(field))
        return value

    def condition(self, raw: object, field: str) -> Condition:
        if isinstance(raw, dict):
            obj = self.obj(raw, field, ("code", "since"))
            if "code" not in obj:
                raise _fail(E_REQUIRED, self.name(f"{field}.code"))
            since = self.day(obj["since"], f"{field}.since") if "since" in obj else None
            return Condition(self.icd(obj["code"], f"{field}.code"), since)
        return Condition(self.icd(raw, field))

    def patient(self, raw: object) -> PatientFacts:
        p = self.obj(raw, "patient", PATIENT_KEYS)
        if "status" not in p:
            raise _fail(E_REQUIRED, self.name("patient.status"))
        status = self.code(p["status"], "patient.status", codes.STATUS_CODES)
        parent = (self.code(p["parent_status"], "patient.parent_status", codes.STATUS_CODES)
                  if "parent_status" in p else None)
        categories = frozenset(
            self.code(c, f"patient.categories[{i}]", codes.CATEGORY_CODES)
            for i, c in enumerate(self.items(p.get("categories", []), "patient.categories"))
        )
        payments: tuple[tuple[int, str | None], ...] = ()
        payer = None
        if "payments" in p:
            pay = self.obj(p["payments"], "patient.payments", ("payer", "months"))
            payer = self.code(pay["payer"], "patient.payments.payer", codes.PAYER_CODES) if "payer" in pay else None
            months = {self.month(m, f"patient.payments.months[{i}]")
                      for i, m in enumerate(self.items(pay.get("months", []), "patient.payments.months"))}
            payments = tuple((m, payer) for m in sorted(months))
        sex = self.sex(p["sex"], "patient.sex") if "sex" in p else None
        return PatientFacts(
            status=status,
            parent_status=parent,
            birth_date=self.day(p["birth_date"], "patient.birth_date") if "birth_date" in p else None,
            sex=sex,
            kandas_since=self.day(p["kandas_since"], "patient.kandas_since") if "kandas_since" in p else None,
            categories=categories,
            payments=payments,
            payer=payer,
            insured=self.flag(p["insured"], "patient.insured") if "insured" in p else None,
            pregnant=self.flag(p.get("pregnant", False), "patient.pregnant"),
            palliative=self.flag(p.get("palliative", False), "patient.palliative"),
            conditions=self.conditions(p, "conditions"),
            dispensary=self.conditions(p, "dispensary"),
            vhi_until=self.day(p["vhi_until"], "patient.vhi_until") if "vhi_until" in p else None,
        )

    def conditions(self, p: dict, key: str) -> tuple[Condition, ...]:
        field = f"patient.{key}"
        return tuple(self.condition(c, f"{field}[{i}]") for i, c in enumerate(self.items(p.get(key, []), field)))

    def case(self, raw: object, today: Callable[[], date]) -> Case:
        c = self.obj(raw, "", CASE_KEYS)
        on = self.day(c["on"], "on") if "on" in c else today()
        if "patient" not in c:
            raise _fail(E_REQUIRED, self.name("patient"))
        facts = self.patient(c["patient"])
        visit = Visit(
            service=self.code(c["service"], "service", codes.SERVICE_CODES) if "service" in c else None,
            for_condition=self.icd(c["for_condition"], "for_condition") if "for_condition" in c else None,
            specialty=self.text(c["specialty"], "specialty") if "specialty" in c else None,
            screening_kind=(self.code(c["screening_kind"], "screening_kind", codes.SCREENING_CODES)
                            if "screening_kind" in c else None),
            repeat_visit=self.flag(c.get("repeat_visit", False), "repeat_visit"),
            emergency=self.flag(c.get("emergency", False), "emergency"),
            referral=self.flag(c.get("referral", False), "referral"),
            suspected=self.suspected(c["suspected"], "suspected") if "suspected" in c else None,
            attached_here=self.flag(c.get("attached_here", True), "attached_here"),
            risk_confirmed=self.flag(c.get("risk_confirmed", False), "risk_confirmed"),
        )
        return Case(on, facts, visit)


def parse_case(raw: object, today: Callable[[], date] = date.today, prefix: str = "") -> Case:
    """One case object; `prefix` (e.g. "[2].") locates it inside a list in messages."""
    return _Parser(prefix).case(raw, today)


def run_case(case: Case, pack: RulePack | None = None, lang: str = DEFAULT_LANG) -> dict | list:
    """The decision(s) of one case as JSON; rule citations in `lang`."""
    pack = pack or load_rule_pack()
    if case.visit.service is None:
        return [d.as_json(lang) for d in decide_all(case.facts, case.on, pack, case.visit)]
    return decide(case.facts, case.visit, case.on, pack).as_json(lang)


def evaluate(raw: object, today: Callable[[], date] = date.today, pack: RulePack | None = None,
             lang: str = DEFAULT_LANG) -> dict | list:
    """A case object -> its result; a list of cases -> a list of results, in order. A rule's
    citation is given in `lang` (the command's `--lang`).

    Every case is checked before any is decided, so bad input anywhere yields no output.
    """
    pack = pack or load_rule_pack()
    if isinstance(raw, list):
        cases = [parse_case(item, today, f"[{i}].") for i, item in enumerate(raw)]
        return [run_case(c, pack, lang) for c in cases]
    if isinstance(raw, dict):
        return run_case(parse_case(raw, today), pack, lang)
    raise BadInput(E_TOP, "case")
