"""The rule pack: the rulebook as dated, cited data (domain/rules/*.json), loaded strictly.

Every entry has an `id`, `valid_from`, optional `valid_to` (both inclusive), a `citation`
({act, item, source, kk, ru}: the act for maintainers, and the Kazakh and Russian renderings the
desk shows) and a `verified` flag; an unverified entry also gives its `reason` ({kk, ru}).
Versions of one rule share a `rule` name (default: the id) and may not overlap in time. The
loader refuses duplicate ids, overlapping versions, versions that do not name their rule, unknown
codes, missing citations or renderings and duplicate JSON keys at any depth, naming the file and
the entry. The pack is compiled once (ICD ranges parsed, rules
indexed by service) so that deciding is cheap.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from abc import ABC, abstractmethod
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources
from pathlib import Path

from domain import codes
from domain.decision import FiredRule
from domain.icd import IcdRange, parse_range
from domain.messages import Message

FUNDINGS = ("tmkkk", "mams", "vhi", "paid")
PACKAGES = ("full", "limited")
STATUS_CLASSES = ("resident", "permit_holder", "temporary", "asylum_seeker")
FAR_FUTURE = date(9999, 12, 31)

# Predicates a rule's `when` may use, with the kind of argument each takes. The engine
# implements them (domain.decide.PREDICATE_IMPLS, held equal to this table by a test); the data
# composes them.
PREDICATES: dict[str, str] = {
    "emergency": "bool",
    "any_condition": "list",  # any of the patient's codes (and the visit's) is on the list
    "visit_condition": "list",  # the visit's condition if named, else any code
    "observed_condition": "list",  # on dynamic observation (dispensary) for a listed code
    "suspected_condition": "list",  # the visit's suspected code is listed (no time windows)
    "package": "package",
    "status_in": "statuses",
    "mams_insured": "bool",
    "palliative": "bool",
    "pregnant": "bool",
    "minor": "bool",
    "vhi_valid": "bool",
    "screening_kind_in": "screenings",
    "category_in": "categories",
    "repeat_visit": "bool",
    "specialty_in": "strings",
    "sex": "sex",
    "attached_here": "bool",  # the patient is attached to this clinic (absent: true)
    "risk_confirmed": "bool",  # tests or ultrasound show the risk (absent: false)
    "any_of": "when_list",
}


class RulePackError(Exception):
    """The rule data is not acceptable; the message names the file and the entry."""

    def __init__(self, file: str, entry: str, problem: str):
        super().__init__(f"{file}: {entry}: {problem}")
        self.file = file
        self.entry = entry
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Dated:
    """What every rule-pack entry carries."""

    id: str
    rule: str
    valid_from: date
    valid_to: date
    citation: Message  # the rendering shown at the desk and printed, never the source tags
    verified: bool
    text: Message
    reason: Message | None = None  # why an unverified entry is not confirmed (a tooltip)
    # for maintainers only (an administrator's detail view), never shown to a receptionist:
    sources: tuple[str, ...] = ()  # the source tags the citation rests on
    act: str = ""  # the act as the maintainers name it
    note: str | None = None

    def in_force(self, on: date) -> bool:
        return self.valid_from <= on <= self.valid_to


@dataclass(frozen=True, slots=True)
class Rule:
    """A decision, note or referral rule."""

    meta: Dated
    services: frozenset[str]
    when: tuple[tuple[str, object], ...]
    effect: str  # decide | note | require | waive
    funding: str | None = None
    emergency: bool = False
    shadowed_by: str | None = None


@dataclass(frozen=True, slots=True)
class ListEntry:
    ranges: tuple[IcdRange, ...]
    valid_from: date
    valid_to: date
    window_months: int | None
    verified: bool
    label: str


@dataclass(frozen=True, slots=True)
class ConditionList:
    name: str
    meta: Dated
    entries: tuple[ListEntry, ...]
    # entries of the lists named in `excludes`: a code matching one in force is not on this list
    excluded: tuple[ListEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class StatusRule:
    meta: Dated
    status: str
    status_class: str
    package: str
    insurable: bool
    categories: bool


@dataclass(frozen=True, slots=True)
class CategoryRule:
    meta: Dated
    category: str
    age_under: int | None = None
    window_from: str | None = None  # a patient date field, e.g. kandas_since
    window_months: int | None = None
    requires_flag: str | None = None
    excluded_payers: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class BasisRule:
    """How a patient is insured: fund | category | contributions | esp | none."""

    meta: Dated
    kind: str
    grace_months: int = 0
    min_paid_run: int = 0
    months_required: int = 0
    payers: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ArrearsRule:
    meta: Dated
    max_months: int
    rates: dict[str, tuple[int, int]]  # payer -> (numerator, denominator) of the minimum wage
    minimum_wage: tuple[tuple[int, int, int], ...]  # (from_year, to_year, kzt)

    def wage(self, year: int) -> int:
        """The year's minimum wage; the nearest known year outside the table."""
        first, last = self.minimum_wage[0], self.minimum_wage[-1]
        if year < first[0]:
            return first[2]
        if year > last[1]:
            return last[2]
        for lo, hi, kzt in self.minimum_wage:
            if lo <= year <= hi:
                return kzt
        raise LookupError(year)  # the loader refuses holes in the table


@dataclass(frozen=True, slots=True)
class ParentPermitRule:
    meta: Dated
    parent_statuses: frozenset[str]
    age_under: int


@dataclass(frozen=True, slots=True)
class DocumentRule:
    meta: Dated
    proofs: dict[str, tuple[str, ...]]  # status -> document kinds that prove it
    unconfirmed_package: str
    unknown_status_as: str  # how a patient without a recorded legal status is decided


@dataclass(frozen=True, slots=True)
class ScreeningRule:
    meta: Dated
    kind: str
    min_age: int | None
    max_age: int | None
    sex: str | None
    unless_observed: str | None
    when: tuple[tuple[str, object], ...]


@dataclass(frozen=True)
class RulePack:
    version: str
    content_hash: str
    range_from: date
    emergency_services: frozenset[str]  # always the emergency path of rule 1
    statuses: dict[str, tuple[StatusRule, ...]]
    parent_permit: tuple[ParentPermitRule, ...]
    documents: tuple[DocumentRule, ...]
    lists: dict[str, ConditionList]
    categories: dict[str, tuple[CategoryRule, ...]]
    basis: tuple[BasisRule, ...]
    arrears: tuple[ArrearsRule, ...]
    decisions: dict[str, tuple[Rule, ...]]  # service -> decide/note rules in priority order
    referrals: dict[str, tuple[Rule, ...]]  # service -> require/waive rules
    emergency_referral: Rule
    screenings: tuple[ScreeningRule, ...]
    entries: dict[str, Dated] = field(repr=False)  # every id in the pack
    shadowed: dict[str, str] = field(repr=False)  # rule id -> the rule that shadows it
    fired: dict[str, FiredRule] = field(default_factory=dict, repr=False)  # built once, shared by decisions
    # the rules in force only change on a few days: per date segment, per service, the deciding
    # rules, the notes and the referral rules in force, so deciding never re-checks dates
    segment_starts: tuple[date, ...] = ()
    segments: tuple[dict[str, tuple[tuple[Rule, ...], tuple[Rule, ...], tuple[Rule, ...]]], ...] = ()

    def rules_on(self, on: date) -> dict[str, tuple[tuple[Rule, ...], tuple[Rule, ...], tuple[Rule, ...]]] | None:
        """service -> (deciding rules, notes, referral rules) in force on `on`, in priority order."""
        i = bisect_right(self.segment_starts, on) - 1
        return self.segments[i] if i >= 0 else None

    @property
    def label(self) -> str:
        """The version as pack.json names it, without the content hash."""
        return self.version[: -len(self.content_hash) - 1]

    def unconfirmed_on(self, on: date) -> list[Dated]:
        """The entries applied on `on` although not confirmed (`verified: false`), by id."""
        return sorted((d for d in self.entries.values() if not d.verified and d.in_force(on)),
                      key=lambda d: d.id)

    def change_days(self) -> list[date]:
        """The days an entry of the pack starts or stops applying, in order."""
        days = {d.valid_from for d in self.entries.values()}
        days |= {d.valid_to + timedelta(days=1) for d in self.entries.values() if d.valid_to < FAR_FUTURE}
        return sorted(days)

    def status_rule(self, status: str, on: date) -> StatusRule | None:
        return _in_force(self.statuses.get(status, ()), on)

    def in_force(self, items, on: date):
        return _in_force(items, on)


def _in_force(items, on: date):
    for item in items:
        if item.meta.in_force(on):
            return item
    return None


# ---------------------------------------------------------------- loading


class _Reader:
    """Validates raw JSON entries of one file; every error names the file and entry."""

    def __init__(self, file: str, sources: dict[str, str], seen: dict[str, str]):
        self.file = file
        self.sources = sources
        self.seen = seen  # id -> file, across the whole pack

    def fail(self, entry: str, problem: str) -> RulePackError:
        return RulePackError(self.file, entry, problem)

    def obj(self, raw: object, entry: str, allowed: set[str], required: set[str]) -> dict:
        if not isinstance(raw, dict):
            raise self.fail(entry, "must be an object")
        unknown = set(raw) - allowed
        if unknown:
            raise self.fail(entry, f"unknown keys {sorted(unknown)}")
        missing = required - set(raw)
        if missing:
            raise self.fail(entry, f"missing {sorted(missing)}")
        return raw

    def day(self, value: object, entry: str, key: str) -> date:
        if isinstance(value, str) and len(value) == 10:
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail(entry, f"{key} must be a date YYYY-MM-DD, got {value!r}")

    def code(self, value: object, known: tuple[str, ...], entry: str, what: str) -> str:
        if value not in known:
            raise self.fail(entry, f"unknown {what} code {value!r}")
        return value

    def codes(self, values: object, known: tuple[str, ...], entry: str, what: str) -> frozenset[str]:
        if not isinstance(values, list) or not values:
            raise self.fail(entry, f"{what} must be a non-empty list")
        return frozenset(self.code(v, known, entry, what) for v in values)

    def message(self, raw: object, entry: str, key: str = "text") -> Message:
        if not (isinstance(raw, dict) and set(raw) == {"kk", "ru"}
                and all(isinstance(v, str) and v.strip() for v in raw.values())):
            raise self.fail(entry, f"{key} must be {{\"kk\": ..., \"ru\": ...}}, both non-empty")
        return Message(raw["kk"], raw["ru"])

    def citation(self, raw: object, entry: str) -> Message:
        """The desk's rendering of a citation: `kk` and `ru`, each naming the act, its number,
        date and item. `act`, `item` and `source` are for maintainers and never shown."""
        if raw is None:
            raise self.fail(entry, "missing citation")
        if not (isinstance(raw, dict) and {"act", "source"} <= set(raw) <= CITATION_KEYS):
            raise self.fail(entry, "citation must be {act, item?, source, kk, ru}")
        if not (isinstance(raw["act"], str) and raw["act"].strip()):
            raise self.fail(entry, "citation has no act")
        sources = raw["source"] if isinstance(raw["source"], list) else [raw["source"]]
        for s in sources:
            if s not in self.sources:
                raise self.fail(entry, f"unknown source tag {s!r}")
        for lang in ("kk", "ru"):
            value = raw.get(lang)
            if not (isinstance(value, str) and value.strip()):
                raise self.fail(entry, f"citation has no {lang} rendering")
            tag = self.source_tag_in(value)
            if tag is not None:
                raise self.fail(entry, f"citation.{lang} shows the source tag {tag!r}; name the act instead")
        return Message(raw["kk"].strip(), raw["ru"].strip())

    def source_tag_in(self, text: str) -> str | None:
        """A maintainers' source tag (or a bracketed tag list) appearing in a desk text."""
        if "[" in text:
            return "["
        for tag in self.sources:
            if re.search(rf"(?<![\w-]){re.escape(tag)}(?![\w-])", text):
                return tag
        return None

    def dated(self, raw: dict, entry_kind: str, defaults: Dated | None = None) -> Dated:
        rid = raw.get("id")
        if not isinstance(rid, str) or not rid:
            raise self.fail(f"{entry_kind} without id", "every entry needs an id")
        if rid in self.seen:
            raise self.fail(rid, f"duplicate id (also in {self.seen[rid]})")
        self.seen[rid] = self.file
        valid_from = (self.day(raw["valid_from"], rid, "valid_from") if "valid_from" in raw
                      else defaults.valid_from if defaults else None)
        if valid_from is None:
            raise self.fail(rid, "missing valid_from")
        valid_to = (self.day(raw["valid_to"], rid, "valid_to") if raw.get("valid_to") is not None
                    else defaults.valid_to if defaults else FAR_FUTURE)
        if valid_to < valid_from:
            raise self.fail(rid, "valid_to is before valid_from")
        if "citation" in raw or defaults is None:
            citation = self.citation(raw.get("citation"), rid)
            source = raw["citation"]["source"]
            sources = tuple(source) if isinstance(source, list) else (source,)
            act = raw["citation"]["act"].strip()
        else:
            citation, sources, act = defaults.citation, defaults.sources, defaults.act
        verified = raw.get("verified", defaults.verified if defaults else None)
        if not isinstance(verified, bool):
            raise self.fail(rid, "verified must be true or false")
        if "text" in raw or defaults is None:
            text = self.message(raw.get("text"), rid)
        else:
            text = defaults.text
        rule = raw.get("rule", rid)
        if not isinstance(rule, str):
            raise self.fail(rid, "rule must be a string")
        reason = None
        if raw.get("reason") is not None:
            reason = self.message(raw["reason"], rid, "reason")
        elif not verified:
            raise self.fail(rid, "an unverified entry needs a reason {\"kk\": ..., \"ru\": ...}")
        note = raw.get("note") if isinstance(raw.get("note"), str) else None
        return Dated(rid, rule, valid_from, valid_to, citation, verified, text, reason, sources, act, note)


_DATED_KEYS = {"id", "rule", "valid_from", "valid_to", "citation", "verified", "text", "note", "reason"}
CITATION_KEYS = {"act", "item", "source", "kk", "ru"}


# an id that ends in a year after the id of another entry is a new version of that entry's rule
_VERSION_ID = re.compile(r"(.+)[._](\d{4})")


def _check_versions(file_of: dict[str, str], items: list[Dated]) -> None:
    """A version names the rule it replaces in `rule`, and that rule exists (README)."""
    by_id = {d.id: d for d in items}
    for d in items:
        if d.rule != d.id and d.rule not in by_id:
            raise RulePackError(file_of[d.id], d.id, f"rule names unknown rule {d.rule!r}")
        m = _VERSION_ID.fullmatch(d.id)
        if m and m.group(1) in by_id and d.rule != by_id[m.group(1)].rule:
            raise RulePackError(file_of[d.id], d.id,
                                f"a new version of {m.group(1)!r} must name {by_id[m.group(1)].rule!r} in rule")


def _check_overlaps(file_of: dict[str, str], items: list[Dated]) -> None:
    by_rule: dict[str, list[Dated]] = {}
    for d in items:
        by_rule.setdefault(d.rule, []).append(d)
    for rule, versions in by_rule.items():
        versions.sort(key=lambda d: d.valid_from)
        for a, b in zip(versions, versions[1:], strict=False):
            if b.valid_from <= a.valid_to:
                raise RulePackError(file_of[b.id], b.id,
                                    f"overlaps {a.id} (versions of rule {rule!r})")


class _Duplicated(dict):
    """An object holding a duplicate key somewhere inside, on its way up to the entry (an object
    with an `id`) that the error names."""

    path = ""


def _duplicated_in(value: object) -> tuple[str, _Duplicated] | None:
    if isinstance(value, _Duplicated):
        return "", value
    if isinstance(value, list):
        for i, item in enumerate(value):
            found = _duplicated_in(item)
            if found is not None:
                return f"[{i}]{found[0]}", found[1]
    return None


def _unique_keys(file: str, pairs: list[tuple[str, object]]) -> dict:
    """json's object hook: refuse two equal keys at any depth. json.load would silently keep the
    last, so an edit meant as a new value could leave the old one in force unseen."""
    out: dict = {}
    path = None
    for key, value in pairs:
        if key in out and path is None:
            path = key
        out[key] = value
        found = _duplicated_in(value) if path is None else None
        if found is not None:
            path = f"{key}{found[0]}.{found[1].path}"
    if path is None:
        return out
    if isinstance(out.get("id"), str):
        raise RulePackError(file, out["id"], f"duplicate key {path!r}")
    spoiled = _Duplicated(out)
    spoiled.path = path
    return spoiled


# A pack file an administrator installs: a zip of the pack's JSON files, flat or in one folder.
PACK_FILE_LIMIT = 32 * 1024 * 1024  # bytes, all files unpacked together
CATALOGUE = "catalogue.json"
_VERSION_LABEL = re.compile(r"[0-9A-Za-z][0-9A-Za-z._]{0,31}")


def release_of(version: str | None) -> str | None:
    """A pack version as decisions carry it (`2026.12-f3806d27`) as a reader sees it: without
    the content hash, which the register keeps (`RulePack.label` for a loaded pack)."""
    if not version:
        return version
    return re.sub(r"-[0-9a-f]{8}$", "", version)


class PackSource(ABC):
    """Where the loader reads the pack's files from: the shipped package, a folder, or a mapping
    of file name -> bytes (an installed pack file)."""

    @abstractmethod
    def read_text(self, name: str) -> str:
        """The text of one of the pack's files; RulePackError when it is missing or unreadable."""

    def names(self) -> tuple[str, ...] | None:
        """Every file the source holds, when it is a pack file (extra files are refused)."""
        return None


class ShippedSource(PackSource):
    def read_text(self, name: str) -> str:
        return resources.files("domain.rules").joinpath(name).read_text("utf-8")


class DirectorySource(PackSource):
    def __init__(self, directory: Path):
        self.directory = directory

    def read_text(self, name: str) -> str:
        try:
            return (self.directory / name).read_text("utf-8")
        except FileNotFoundError:
            raise RulePackError(name, "file", "missing from the pack") from None


class MappingSource(PackSource):
    def __init__(self, files: Mapping[str, bytes]):
        self.files = dict(files)

    def read_text(self, name: str) -> str:
        if name not in self.files:
            raise RulePackError(name, "file", "missing from the pack")
        try:
            return self.files[name].decode("utf-8-sig")
        except UnicodeDecodeError:
            raise RulePackError(name, "file", "not UTF-8 text") from None

    def names(self) -> tuple[str, ...]:
        return tuple(self.files)


def read_pack_file(data: bytes) -> dict[str, bytes]:
    """The files of a pack file (a zip), by name. Refused: not a zip, nested folders, a name
    twice, more than `PACK_FILE_LIMIT` bytes unpacked."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise RulePackError("pack", "zip", "not a zip file of the pack's JSON files") from None
    if not infos:
        raise RulePackError("pack", "zip", "the zip holds no files")
    if sum(i.file_size for i in infos) > PACK_FILE_LIMIT:
        raise RulePackError("pack", "zip", "too large for a rule pack")
    parts = [i.filename.replace("\\", "/").split("/") for i in infos]
    # one folder around every file (zipping a folder) is allowed and dropped
    if all(len(p) == 2 for p in parts) and len({p[0] for p in parts}) == 1:
        parts = [p[1:] for p in parts]
    files: dict[str, bytes] = {}
    for info, part in zip(infos, parts, strict=True):
        if len(part) != 1 or part[0] in ("", ".", ".."):
            raise RulePackError("pack", info.filename, "the pack's files must not be in folders")
        name = part[0]
        if name in files:
            raise RulePackError(name, "zip", "the file is in the zip twice")
        try:
            files[name] = archive.read(info)
        # zipfile raises NotImplementedError for a compression method it does not support
        except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError) as exc:
            raise RulePackError(name, "zip", f"cannot be unpacked ({type(exc).__name__})") from None
    return files


def write_pack_file(files: Mapping[str, bytes]) -> bytes:
    """A pack file of these files, byte for byte the same for the same files."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, files[name])
    return out.getvalue()


def shipped_files() -> dict[str, bytes]:
    """The shipped pack's JSON files, by name (the makings of a pack file)."""
    folder = resources.files("domain.rules")
    return {f.name: f.read_bytes() for f in folder.iterdir() if f.name.endswith(".json")}


class _Loader:
    def __init__(self, source: PackSource):
        self.source = source
        self.seen: dict[str, str] = {}
        self.digest = hashlib.sha256()

    def read(self, name: str) -> dict:
        text = self.source.read_text(name)
        try:
            data = json.loads(text, object_pairs_hook=lambda pairs: _unique_keys(name, pairs))
        except json.JSONDecodeError as exc:
            raise RulePackError(name, f"line {exc.lineno}", f"not valid JSON: {exc.msg}") from None
        except RecursionError:
            raise RulePackError(name, "file", "nested too deeply") from None
        if isinstance(data, _Duplicated):  # outside every entry
            raise RulePackError(name, "file", f"duplicate key {data.path!r}")
        self.digest.update(name.encode())
        self.digest.update(json.dumps(data, sort_keys=True, ensure_ascii=False).encode())
        return data

    def check_files(self, listed: list[str]) -> None:
        """A pack file holds the listed files, and the catalogue only as this program has it:
        the codes are the program's, a new code needs a release."""
        names = self.source.names()
        if names is None:
            return
        for name in names:
            if name == CATALOGUE:
                try:
                    theirs = json.loads(self.source.read_text(name))
                except json.JSONDecodeError as exc:
                    raise RulePackError(name, f"line {exc.lineno}", f"not valid JSON: {exc.msg}") from None
                ours = json.loads(ShippedSource().read_text(CATALOGUE))
                if theirs != ours:
                    raise RulePackError(name, "file", "differs from this program's codes; "
                                                      "new codes need a program release")
            elif name not in listed and name != "pack.json":
                raise RulePackError(name, "file", "not named in pack.json files")

    def load(self) -> RulePack:
        head = self.read("pack.json")
        head_reader = _Reader("pack.json", {}, {})
        head_keys = {"version", "range_from", "sources", "files", "emergency_services"}
        head_reader.obj(head, "pack", head_keys, head_keys)
        if not (isinstance(head["version"], str) and _VERSION_LABEL.fullmatch(head["version"])
                and head["version"] != "shipped"):
            raise head_reader.fail("version", "must be letters, digits, dots or _ (at most 32), "
                                              "not \"shipped\"")
        if not (isinstance(head["files"], list) and head["files"]
                and all(isinstance(n, str) for n in head["files"])):
            raise head_reader.fail("files", "must list the pack's files")
        self.check_files(head["files"])
        emergency_services = head_reader.codes(head["emergency_services"], codes.SERVICE_CODES,
                                               "emergency_services", "service")
        sources = head["sources"]
        if not isinstance(sources, dict) or not sources:
            raise head_reader.fail("sources", "must name the source tags")
        range_from = head_reader.day(head["range_from"], "pack", "range_from")
        parts: dict[str, tuple[str, dict]] = {}
        for name in head["files"]:
            data = self.read(name)
            if not isinstance(data, dict):
                raise RulePackError(name, "file", "must be an object")
            for section, value in data.items():
                if section in parts:
                    raise RulePackError(name, section, f"section also in {parts[section][0]}")
                parts[section] = (name, value)
        known = {"statuses", "parent_permit", "documents", "lists", "categories", "basis",
                 "arrears", "decisions", "referrals", "emergency_referral", "screenings"}
        missing = known - set(parts)
        if missing:
            raise RulePackError("pack.json", "files", f"sections missing: {sorted(missing)}")
        extra = set(parts) - known
        if extra:
            name = parts[sorted(extra)[0]][0]
            raise RulePackError(name, sorted(extra)[0], "unknown section")
        self.sources = sources
        self.parts = parts
        self.all_dated: list[Dated] = []
        self.file_of: dict[str, str] = {}

        lists = self.load_lists()
        self.list_names = tuple(lists)
        statuses = self.load_statuses()
        parent_permit = self.load_parent_permit()
        documents = self.load_documents()
        categories = self.load_categories()
        basis = self.load_basis()
        arrears = self.load_arrears()
        screenings = self.load_screenings()
        decisions, shadowed = self.load_rules("decisions", ("decide", "note"))
        referrals, _ = self.load_rules("referrals", ("require", "waive"))
        emergency_referral = self.load_emergency_referral()
        _check_versions(self.file_of, self.all_dated)
        _check_overlaps(self.file_of, self.all_dated)
        entries = {d.id: d for d in self.all_dated}
        for rid, by in shadowed.items():
            if by not in entries:
                raise RulePackError(self.file_of[rid], rid, f"shadowed_by names unknown rule {by!r}")
        content_hash = self.digest.hexdigest()[:8]
        starts, segments = _segments(decisions, referrals)
        return RulePack(
            version=f"{head['version']}-{content_hash}",
            content_hash=content_hash,
            range_from=range_from,
            emergency_services=emergency_services,
            statuses=statuses,
            parent_permit=parent_permit,
            documents=documents,
            lists=lists,
            categories=categories,
            basis=basis,
            arrears=arrears,
            decisions=decisions,
            referrals=referrals,
            emergency_referral=emergency_referral,
            screenings=screenings,
            entries=entries,
            shadowed=shadowed,
            fired={d.id: FiredRule(d.id, d.citation, d.text, d.verified, d.reason) for d in entries.values()},
            segment_starts=starts,
            segments=segments,
        )

    # -- helpers

    def section(self, name: str) -> tuple[_Reader, object]:
        file, value = self.parts[name]
        return _Reader(file, self.sources, self.seen), value

    def entries(self, name: str) -> tuple[_Reader, list]:
        reader, value = self.section(name)
        if not isinstance(value, list):
            raise reader.fail(name, "must be a list of entries")
        return reader, value

    def dated(self, reader: _Reader, raw: dict, kind: str, defaults: Dated | None = None,
              track: bool = True) -> Dated:
        d = reader.dated(raw, kind, defaults)
        self.file_of[d.id] = reader.file
        if track:
            self.all_dated.append(d)
        return d

    # -- sections

    def load_statuses(self) -> dict[str, tuple[StatusRule, ...]]:
        reader, raw_list = self.entries("statuses")
        out: dict[str, list[StatusRule]] = {}
        keys = _DATED_KEYS | {"status", "class", "package", "insurable", "categories"}
        for raw in raw_list:
            required = {"id", "status", "class", "package", "insurable", "categories", "valid_from",
                        "citation", "verified", "text"}
            reader.obj(raw, str(raw.get("id", "status")) if isinstance(raw, dict) else "status", keys, required)
            meta = self.dated(reader, raw, "status")
            status = reader.code(raw["status"], codes.STATUS_CODES, meta.id, "status")
            if meta.rule != meta.id and not meta.rule.endswith(status):
                raise reader.fail(meta.id, "a status rule's versions must name the status")
            rule = StatusRule(
                meta, status,
                reader.code(raw["class"], STATUS_CLASSES, meta.id, "status class"),
                reader.code(raw["package"], PACKAGES, meta.id, "package"),
                self.flag(reader, raw, "insurable", meta.id),
                self.flag(reader, raw, "categories", meta.id),
            )
            out.setdefault(status, []).append(rule)
        missing = set(codes.STATUS_CODES) - set(out)
        if missing:
            raise reader.fail("statuses", f"no rule for statuses {sorted(missing)}")
        return {k: tuple(sorted(v, key=lambda r: r.meta.valid_from)) for k, v in out.items()}

    @staticmethod
    def flag(reader: _Reader, raw: dict, key: str, entry: str) -> bool:
        if not isinstance(raw.get(key), bool):
            raise reader.fail(entry, f"{key} must be true or false")
        return raw[key]

    @staticmethod
    def integer(reader: _Reader, raw: dict, key: str, entry: str, default: int | None = None) -> int | None:
        value = raw.get(key, default)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise reader.fail(entry, f"{key} must be a non-negative integer")
        return value

    def load_parent_permit(self) -> tuple[ParentPermitRule, ...]:
        reader, raw_list = self.entries("parent_permit")
        out = []
        for raw in raw_list:
            reader.obj(raw, "parent_permit", _DATED_KEYS | {"parent_statuses", "age_under"},
                       {"id", "valid_from", "citation", "verified", "text", "parent_statuses", "age_under"})
            meta = self.dated(reader, raw, "parent_permit")
            out.append(ParentPermitRule(
                meta, reader.codes(raw["parent_statuses"], codes.STATUS_CODES, meta.id, "status"),
                self.integer(reader, raw, "age_under", meta.id)))
        return tuple(out)

    def load_documents(self) -> tuple[DocumentRule, ...]:
        reader, raw_list = self.entries("documents")
        out = []
        for raw in raw_list:
            reader.obj(raw, "documents", _DATED_KEYS | {"proofs", "unconfirmed_package", "unknown_status_as"},
                       {"id", "valid_from", "citation", "verified", "text", "proofs", "unconfirmed_package",
                        "unknown_status_as"})
            meta = self.dated(reader, raw, "documents")
            proofs = raw["proofs"]
            if not isinstance(proofs, dict):
                raise reader.fail(meta.id, "proofs must map statuses to document kinds")
            compiled = {
                reader.code(s, codes.STATUS_CODES, meta.id, "status"):
                    tuple(sorted(reader.codes(kinds, codes.DOCUMENT_CODES, meta.id, "document kind")))
                for s, kinds in proofs.items()
            }
            out.append(DocumentRule(meta, compiled,
                                    reader.code(raw["unconfirmed_package"], PACKAGES, meta.id, "package"),
                                    reader.code(raw["unknown_status_as"], codes.STATUS_CODES, meta.id, "status")))
        return tuple(out)

    def load_lists(self) -> dict[str, ConditionList]:
        reader, raw_list = self.entries("lists")
        out: dict[str, ConditionList] = {}
        includes: dict[str, list[str]] = {}
        excludes: dict[str, list[str]] = {}
        for raw in raw_list:
            reader.obj(raw, str(raw.get("id", "list")) if isinstance(raw, dict) else "list",
                       _DATED_KEYS | {"name", "entries", "includes", "excludes"},
                       {"id", "name", "valid_from", "citation", "verified", "text", "entries"})
            meta = self.dated(reader, raw, "list")
            name = raw["name"]
            if not isinstance(name, str) or name in out:
                raise reader.fail(meta.id, f"list name {name!r} is missing or used twice")
            entries = [self.list_entry(reader, meta, e, i) for i, e in enumerate(raw["entries"])]
            self.check_list_overlaps(reader, meta, raw["entries"], entries)
            out[name] = ConditionList(name, meta, tuple(entries))
            includes[name] = raw.get("includes", [])
            excludes[name] = raw.get("excludes", [])
            if not entries and not includes[name]:
                raise reader.fail(meta.id, "a list needs entries or included lists")
        for name, exc in excludes.items():
            for other in exc:
                if other not in out or other == name:
                    raise reader.fail(out[name].meta.id, f"excludes unknown list {other!r}")
                if includes.get(other) or excludes.get(other):
                    raise reader.fail(out[name].meta.id, "excluded lists may not include or exclude others")
        for name, inc in includes.items():
            for other in inc:
                if other not in out or other == name:
                    raise reader.fail(out[name].meta.id, f"includes unknown list {other!r}")
                if includes.get(other) or excludes.get(other):
                    raise reader.fail(out[name].meta.id, "included lists may not include or exclude others")
                merged = out[name].entries + out[other].entries
                out[name] = ConditionList(name, out[name].meta, merged)
        for name, exc in excludes.items():
            if exc:
                excluded = tuple(e for other in exc for e in out[other].entries)
                out[name] = ConditionList(name, out[name].meta, out[name].entries, excluded)
        return out

    def list_entry(self, reader: _Reader, meta: Dated, raw: object, i: int) -> ListEntry:
        entry = f"{meta.id} entries[{i}]"
        reader.obj(raw, entry, {"codes", "label", "valid_from", "valid_to", "verified",
                                "window_months", "citation", "note", "reason"}, {"codes", "label"})
        if not isinstance(raw["codes"], list) or not raw["codes"]:
            raise reader.fail(entry, "codes must be a non-empty list")
        try:
            ranges = tuple(parse_range(c) for c in raw["codes"])
        except (ValueError, AttributeError) as exc:
            raise reader.fail(entry, str(exc)) from None
        if "citation" in raw:
            reader.citation(raw["citation"], entry)
        if "reason" in raw:
            reader.message(raw["reason"], entry, "reason")
        valid_from = reader.day(raw["valid_from"], entry, "valid_from") if "valid_from" in raw else meta.valid_from
        valid_to = reader.day(raw["valid_to"], entry, "valid_to") if raw.get("valid_to") else meta.valid_to
        if valid_to < valid_from:
            raise reader.fail(entry, "valid_to is before valid_from")
        verified = raw.get("verified", meta.verified)
        if not isinstance(verified, bool):
            raise reader.fail(entry, "verified must be true or false")
        window = self.integer(reader, raw, "window_months", entry)
        return ListEntry(ranges, valid_from, valid_to, window, verified, str(raw["label"]))

    @staticmethod
    def check_list_overlaps(reader: _Reader, meta: Dated, raws: list, entries: list[ListEntry]) -> None:
        by_codes: dict[tuple, list[tuple[int, ListEntry]]] = {}
        for i, e in enumerate(entries):
            for r in e.ranges:
                by_codes.setdefault((r.low, r.high), []).append((i, e))
        for (low, _high), versions in by_codes.items():
            versions.sort(key=lambda v: v[1].valid_from)
            for (_, a), (j, b) in zip(versions, versions[1:], strict=False):
                if b.valid_from <= a.valid_to:
                    raise reader.fail(f"{meta.id} entries[{j}]", f"code {low} listed twice for overlapping dates")

    def load_categories(self) -> dict[str, tuple[CategoryRule, ...]]:
        reader, raw_list = self.entries("categories")
        out: dict[str, list[CategoryRule]] = {}
        keys = _DATED_KEYS | {"category", "age_under", "window_from", "window_months",
                              "requires_flag", "excluded_payers"}
        for raw in raw_list:
            reader.obj(raw, str(raw.get("id", "category")) if isinstance(raw, dict) else "category", keys,
                       {"id", "category", "valid_from", "citation", "verified", "text"})
            meta = self.dated(reader, raw, "category")
            cat = reader.code(raw["category"], codes.CATEGORY_CODES, meta.id, "category")
            window_from = raw.get("window_from")
            if window_from not in (None, "kandas_since"):
                raise reader.fail(meta.id, f"unknown window_from {window_from!r}")
            flag = raw.get("requires_flag")
            if flag not in (None, "pregnant"):
                raise reader.fail(meta.id, f"unknown requires_flag {flag!r}")
            excluded = raw.get("excluded_payers")
            out.setdefault(cat, []).append(CategoryRule(
                meta, cat, self.integer(reader, raw, "age_under", meta.id), window_from,
                self.integer(reader, raw, "window_months", meta.id), flag,
                reader.codes(excluded, codes.PAYER_CODES, meta.id, "payer") if excluded else frozenset(),
            ))
        missing = set(codes.CATEGORY_CODES) - set(out)
        if missing:
            raise reader.fail("categories", f"no rule for categories {sorted(missing)}")
        return {k: tuple(sorted(v, key=lambda r: r.meta.valid_from)) for k, v in out.items()}

    def load_basis(self) -> tuple[BasisRule, ...]:
        reader, raw_list = self.entries("basis")
        out = []
        keys = _DATED_KEYS | {"kind", "grace_months", "min_paid_run", "months_required", "payers"}
        for raw in raw_list:
            reader.obj(raw, str(raw.get("id", "basis")) if isinstance(raw, dict) else "basis", keys,
                       {"id", "kind", "valid_from", "citation", "verified", "text"})
            meta = self.dated(reader, raw, "basis")
            kind = reader.code(raw["kind"], ("fund", "category", "contributions", "esp", "none"), meta.id, "basis kind")
            payers = raw.get("payers")
            out.append(BasisRule(
                meta, kind, self.integer(reader, raw, "grace_months", meta.id, 0),
                self.integer(reader, raw, "min_paid_run", meta.id, 0),
                self.integer(reader, raw, "months_required", meta.id, 0),
                reader.codes(payers, codes.PAYER_CODES, meta.id, "payer") if payers else frozenset(),
            ))
            if kind == "esp" and not (out[-1].payers and out[-1].months_required):
                raise reader.fail(meta.id, "an esp rule needs payers and months_required")
        return tuple(out)

    def load_arrears(self) -> tuple[ArrearsRule, ...]:
        reader, raw_list = self.entries("arrears")
        out = []
        keys = _DATED_KEYS | {"max_months", "rates", "minimum_wage"}
        for raw in raw_list:
            reader.obj(raw, "arrears", keys, keys - {"rule", "valid_to", "note", "reason"})
            meta = self.dated(reader, raw, "arrears")
            rates = {}
            if not isinstance(raw["rates"], dict) or not raw["rates"]:
                raise reader.fail(meta.id, "rates must map payers to {num, den}")
            for payer, rate in raw["rates"].items():
                reader.code(payer, codes.PAYER_CODES, meta.id, "payer")
                reader.obj(rate, f"{meta.id} rates.{payer}", {"num", "den"}, {"num", "den"})
                if not all(isinstance(rate[k], int) and rate[k] > 0 for k in ("num", "den")):
                    raise reader.fail(meta.id, f"rate of {payer} must be positive integers")
                rates[payer] = (rate["num"], rate["den"])
            table = []
            for i, row in enumerate(raw["minimum_wage"]):
                reader.obj(row, f"{meta.id} minimum_wage[{i}]", {"from_year", "to_year", "kzt", "citation"},
                           {"from_year", "to_year", "kzt", "citation"})
                reader.citation(row["citation"], f"{meta.id} minimum_wage[{i}]")
                table.append((row["from_year"], row["to_year"], row["kzt"]))
            table.sort()
            if not table or any(b[0] != a[1] + 1 for a, b in zip(table, table[1:], strict=False)):
                raise reader.fail(meta.id, "minimum_wage years must be contiguous without overlaps")
            out.append(ArrearsRule(meta, self.integer(reader, raw, "max_months", meta.id), rates, tuple(table)))
        return tuple(out)

    def compile_when(self, reader: _Reader, raw: object, entry: str) -> tuple[tuple[str, object], ...]:
        if raw is None:
            return ()
        if not isinstance(raw, dict):
            raise reader.fail(entry, "when must be an object")
        out = []
        for name, arg in raw.items():
            kind = PREDICATES.get(name)
            if kind is None:
                raise reader.fail(entry, f"unknown condition {name!r}")
            out.append((name, self.predicate_arg(reader, kind, arg, entry, name)))
        return tuple(out)

    def predicate_arg(self, reader: _Reader, kind: str, arg: object, entry: str, name: str) -> object:
        if kind == "bool":
            if not isinstance(arg, bool):
                raise reader.fail(entry, f"{name} takes true or false")
            return arg
        if kind == "list":
            if arg not in self.list_names:
                raise reader.fail(entry, f"unknown condition list {arg!r}")
            return arg
        if kind == "package":
            return reader.code(arg, PACKAGES, entry, "package")
        if kind == "sex":
            return reader.code(arg, codes.SEXES, entry, "sex")
        if kind == "statuses":
            return reader.codes(arg, codes.STATUS_CODES, entry, "status")
        if kind == "screenings":
            return reader.codes(arg, codes.SCREENING_CODES, entry, "screening kind")
        if kind == "categories":
            return reader.codes(arg, codes.CATEGORY_CODES, entry, "category")
        if kind == "strings":
            if not isinstance(arg, list) or not all(isinstance(a, str) for a in arg):
                raise reader.fail(entry, f"{name} takes a list of names")
            return frozenset(a.strip().casefold() for a in arg)
        if kind == "when_list":
            if not isinstance(arg, list) or not arg:
                raise reader.fail(entry, f"{name} takes a non-empty list of conditions")
            return tuple(self.compile_when(reader, a, entry) for a in arg)
        raise AssertionError(kind)

    def services(self, reader: _Reader, raw: dict, entry: str) -> frozenset[str]:
        services = raw.get("services")
        chosen = (frozenset(codes.SERVICE_CODES) if services == "*"
                  else reader.codes(services, codes.SERVICE_CODES, entry, "service"))
        except_ = raw.get("except_services")
        if except_ is not None:
            chosen -= reader.codes(except_, codes.SERVICE_CODES, entry, "service")
        return chosen

    def load_rules(self, section: str, effects: tuple[str, ...]) -> tuple[dict[str, tuple[Rule, ...]], dict[str, str]]:
        reader, raw_list = self.entries(section)
        keys = _DATED_KEYS | {"services", "except_services", "when", "effect", "funding", "emergency",
                              "shadowed_by"}
        rules: list[Rule] = []
        shadowed: dict[str, str] = {}
        for raw in raw_list:
            reader.obj(raw, str(raw.get("id", section)) if isinstance(raw, dict) else section, keys,
                       {"id", "valid_from", "citation", "verified", "text", "services", "effect"})
            meta = self.dated(reader, raw, section)
            effect = reader.code(raw["effect"], effects, meta.id, "effect")
            funding = raw.get("funding")
            if (effect == "decide") != (funding is not None):
                raise reader.fail(meta.id, "a deciding rule needs a funding, and only it")
            if funding is not None:
                reader.code(funding, FUNDINGS, meta.id, "funding")
            emergency = raw.get("emergency", False)
            if not isinstance(emergency, bool):
                raise reader.fail(meta.id, "emergency must be true or false")
            if raw.get("shadowed_by") is not None:
                shadowed[meta.id] = raw["shadowed_by"]
            rules.append(Rule(meta, self.services(reader, raw, meta.id),
                              self.compile_when(reader, raw.get("when"), meta.id),
                              effect, funding, emergency, raw.get("shadowed_by")))
        by_service = {s: tuple(r for r in rules if s in r.services) for s in codes.SERVICE_CODES}
        return by_service, shadowed

    def load_emergency_referral(self) -> Rule:
        reader, raw = self.section("emergency_referral")
        reader.obj(raw, "emergency_referral", _DATED_KEYS, {"id", "valid_from", "citation", "verified", "text"})
        meta = self.dated(reader, raw, "emergency_referral")
        return Rule(meta, frozenset(codes.SERVICE_CODES), (), "waive")

    def load_screenings(self) -> tuple[ScreeningRule, ...]:
        reader, raw_list = self.entries("screenings")
        keys = _DATED_KEYS | {"kind", "min_age", "max_age", "sex", "unless_observed", "when"}
        out = []
        for raw in raw_list:
            reader.obj(raw, str(raw.get("id", "screening")) if isinstance(raw, dict) else "screening", keys,
                       {"id", "kind", "valid_from", "citation", "verified", "text"})
            meta = self.dated(reader, raw, "screening")
            kind = reader.code(raw["kind"], codes.SCREENING_CODES, meta.id, "screening kind")
            sex = raw.get("sex")
            if sex is not None:
                reader.code(sex, codes.SEXES, meta.id, "sex")
            unless = raw.get("unless_observed")
            if unless is not None and unless not in self.list_names:
                raise reader.fail(meta.id, f"unknown condition list {unless!r}")
            out.append(ScreeningRule(
                meta, kind, self.integer(reader, raw, "min_age", meta.id),
                self.integer(reader, raw, "max_age", meta.id), sex, unless,
                self.compile_when(reader, raw.get("when"), meta.id)))
        return tuple(out)


def _segments(decisions: dict[str, tuple[Rule, ...]], referrals: dict[str, tuple[Rule, ...]]):
    """Split time at every day a decision or referral rule starts or stops applying."""
    rules = {r for rs in decisions.values() for r in rs} | {r for rs in referrals.values() for r in rs}
    days = {r.meta.valid_from for r in rules}
    days |= {r.meta.valid_to + timedelta(days=1) for r in rules if r.meta.valid_to < FAR_FUTURE}
    starts = tuple(sorted(days))
    segments = []
    for day in starts:
        segment = {}
        for service in codes.SERVICE_CODES:
            live = [r for r in decisions[service] if r.meta.in_force(day)]
            segment[service] = (
                tuple(r for r in live if r.effect == "decide"),
                tuple(r for r in live if r.effect == "note"),
                tuple(r for r in referrals[service] if r.meta.in_force(day)),
            )
        segments.append(segment)
    return starts, tuple(segments)


def load_rule_pack_from(source: Path | Mapping[str, bytes] | PackSource | None) -> RulePack:
    """Load and check a pack: from a folder, from a mapping of file name -> bytes (the files of
    a pack file), or `None`, the pack shipped with the program."""
    if source is None:
        source = ShippedSource()
    elif isinstance(source, Path):
        source = DirectorySource(source)
    elif not isinstance(source, PackSource):
        source = MappingSource(source)
    return _Loader(source).load()


def load_pack_file(data: bytes) -> RulePack:
    """Load and check a pack file (a zip of the pack's JSON files)."""
    return load_rule_pack_from(read_pack_file(data))


@cache
def load_rule_pack() -> RulePack:
    """The shipped rule pack, loaded and checked once per process."""
    return load_rule_pack_from(None)
