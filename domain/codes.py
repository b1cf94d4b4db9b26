"""The codes of the rulebook (statuses, services, categories, payers, …), read from the shipped
catalogue. Every code here is the code everywhere: database, rules, JSON, tests.

A status here is only a code and a name: its class, package and insurability change with time
and are the dated entries of statuses.json (`RulePack.status_rule(status, on)`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from domain.messages import Message


@dataclass(frozen=True, slots=True)
class Coded:
    code: str
    name: Message
    extra: dict[str, object]


@cache
def _catalogue() -> dict:
    return json.loads(resources.files("domain.rules").joinpath("catalogue.json").read_text("utf-8"))


def _entries(section: str) -> tuple[Coded, ...]:
    out = []
    for raw in _catalogue()[section]:
        extra = {k: v for k, v in raw.items() if k not in ("code", "name")}
        out.append(Coded(raw["code"], Message(**raw["name"]), extra))
    return tuple(out)


STATUSES = _entries("statuses")
SERVICES = _entries("services")
CATEGORIES = _entries("categories")
PAYERS = _entries("payers")
SCREENING_KINDS = _entries("screening_kinds")
DOCUMENT_KINDS = _entries("document_kinds")
FUNDINGS = {k: Message(**v) for k, v in _catalogue()["fundings"].items()}
STATUS_CLASSES = {k: Message(**v) for k, v in _catalogue()["status_classes"].items()}

STATUS_CODES = tuple(s.code for s in STATUSES)
SERVICE_CODES = tuple(s.code for s in SERVICES)
CATEGORY_CODES = tuple(c.code for c in CATEGORIES)
PAYER_CODES = tuple(p.code for p in PAYERS)
SCREENING_CODES = tuple(k.code for k in SCREENING_KINDS)
DOCUMENT_CODES = tuple(d.code for d in DOCUMENT_KINDS)
SEXES = ("M", "F")


def by_code(entries: tuple[Coded, ...]) -> dict[str, Coded]:
    return {e.code: e for e in entries}


# The service groups of the coverage table, in the catalogue's order: each group is a run of
# the catalogue. Urgent dental care is not the emergency path (rule 1), so it stays with dental
# care among the specialists.
SERVICE_GROUP_CODES = ("emergency", "primary_care", "specialist", "hospital", "other")
SERVICE_GROUPS = {
    "emergency": ("ambulance", "emergency_inpatient"),
    "primary_care": ("phc_visit", "vaccination", "pregnancy_followup", "screening"),
    "specialist": ("specialist_consult", "diagnostics", "procedures", "dynamic_observation",
                   "obgyn_consult", "dental_emergency", "dental_planned"),
    "hospital": ("day_hospital", "home_hospital", "planned_inpatient", "rehabilitation"),
    "other": ("palliative", "blood_products", "pathology", "outpatient_drugs", "treatment_abroad"),
}
_GROUP_OF = {service: group for group, services in SERVICE_GROUPS.items() for service in services}


def service_group(service: str) -> str:
    """The coverage group of a service code ("other" for a code no group names)."""
    return _GROUP_OF.get(service, "other")


# Where an answer about МӘМС status came from. The phone channels are what a patient shows on
# their own phone at the desk; the others are the desk's own ways of asking.
PHONE_CHANNELS = ("egov_mobile", "qoldau", "damumed", "bank_app", "fund_site")
SOURCE_NAMES = {
    "fund_service": Message("Қор сервисі", "сервис Фонда"),
    "phone": Message("телефон арқылы", "по телефону"),
    "paper": Message("қағаз анықтама", "бумажная справка"),
    "import": Message("тізілімнен жүктелген", "загружено из реестра"),
    "egov_mobile": Message("eGov Mobile (науқастың телефоны)", "eGov Mobile (телефон пациента)"),
    "qoldau": Message("Qoldau (науқастың телефоны)", "Qoldau (телефон пациента)"),
    "damumed": Message("Damumed (науқастың телефоны)", "Damumed (телефон пациента)"),
    "bank_app": Message("банк қосымшасы (науқастың телефоны)", "банковское приложение (телефон пациента)"),
    "fund_site": Message("Қор сайты (науқастың телефоны)", "сайт Фонда (телефон пациента)"),
}


def source_name(source: str | None) -> Message:
    """The words for an evidence source code; an unknown code is named as "other source"."""
    if not source:
        return Message("", "")
    return SOURCE_NAMES.get(source, Message("басқа дереккөз", "другой источник"))


# Citizenship as the desk names it (ISO 3166-1 alpha-3 codes as stored); another code is shown as is.
CITIZENSHIPS = {
    "KAZ": Message("Қазақстан", "Казахстан"), "RUS": Message("Ресей", "Россия"),
    "UZB": Message("Өзбекстан", "Узбекистан"), "KGZ": Message("Қырғызстан", "Кыргызстан"),
    "TJK": Message("Тәжікстан", "Таджикистан"), "TKM": Message("Түрікменстан", "Туркменистан"),
    "BLR": Message("Беларусь", "Беларусь"), "ARM": Message("Армения", "Армения"),
    "AZE": Message("Әзербайжан", "Азербайджан"), "CHN": Message("Қытай", "Китай"),
    "MNG": Message("Моңғолия", "Монголия"), "TUR": Message("Түркия", "Турция"),
    "UKR": Message("Украина", "Украина"), "AFG": Message("Ауғанстан", "Афганистан"),
    "GEO": Message("Грузия", "Грузия"), "IND": Message("Үндістан", "Индия"),
    "PAK": Message("Пәкістан", "Пакистан"), "IRN": Message("Иран", "Иран"),
    "DEU": Message("Германия", "Германия"), "USA": Message("АҚШ", "США"),
    "XXA": Message("азаматтығы жоқ", "лицо без гражданства"),
}


def citizenship_name(code: str | None, lang: str) -> str:
    """«Қазақстан (KAZ)»; an unknown code alone."""
    if not code:
        return ""
    name = CITIZENSHIPS.get(code.upper())
    return f"{name.in_lang(lang)} ({code.upper()})" if name else code.upper()


def _in_sentence(name: str) -> str:
    return name[0].lower() + name[1:] if name[1:2].islower() else name


def funding_in_sentence(code: str) -> Message:
    """A funding's name inside a sentence: a word lower-cased (Ақылы -> ақылы, Платно -> платно),
    an abbreviation kept (МӘМС, ГОБМП)."""
    name = FUNDINGS[code]
    return Message(_in_sentence(name.kk), _in_sentence(name.ru))
