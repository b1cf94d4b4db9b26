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


def _in_sentence(name: str) -> str:
    return name[0].lower() + name[1:] if name[1:2].islower() else name


def funding_in_sentence(code: str) -> Message:
    """A funding's name inside a sentence: a word lower-cased (Ақылы -> ақылы, Платно -> платно),
    an abbreviation kept (МӘМС, ГОБМП)."""
    name = FUNDINGS[code]
    return Message(_in_sentence(name.kk), _in_sentence(name.ru))
