"""Rule packs in the field: install (checked), list, show the active one, activate or roll back,
and the pack every decision of this database uses.

The active pack is the database's (the newest row of `rule_pack_activations`; none: the shipped
pack), so every desk on a shared database decides with the same one. Each use case asks which one
it is with one small query and keeps the loaded packs for the rest of the process, so a desk
notices another desk's activation at its next card without a restart. The shipped pack is never
stored and never lost: it is always listed as "shipped" and can be activated to roll back.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import date, datetime

from db import rulepacks as store
from db.engine import Session, take_write_lock
from domain import access
from domain.messages import BadInput, Message
from domain.rulepack import RulePack, RulePackError, load_pack_file, load_rule_pack
from services import audit
from services.access import operator as operator_of
from services.access import require

log = logging.getLogger(__name__)

SHIPPED = "shipped"

ERR_REFUSED = Message("Ережелер жинағы қабылданбады: {file}: {entry}: {problem}. Ештеңе өзгертілмеді.",
                      "Свод правил отклонён: {file}: {entry}: {problem}. Ничего не изменено.")
ERR_SAME_VERSION = Message(
    "{version} нұсқасы басқа мазмұнмен орнатылған ({installed}, жаңасы {new}); жаңа жинаққа "
    "pack.json ішінде басқа нұсқа беріңіз. Ештеңе өзгертілмеді.",
    "Версия {version} уже установлена с другим содержимым ({installed}, новое {new}); дайте новому "
    "своду другую версию в pack.json. Ничего не изменено.")
ERR_UNKNOWN = Message("{version} ережелер жинағы орнатылмаған.", "Свод правил {version} не установлен.")
ERR_BROKEN = Message(
    "{version} ережелер жинағын бағдарламаның осы нұсқасы қабылдамайды: {problem}. Белсендірілмеді.",
    "Свод правил {version} не принимается этой версией программы: {problem}. Не активирован.")


def refused(err: RulePackError) -> BadInput:
    return BadInput(ERR_REFUSED.format(file=err.file, entry=err.entry, problem=err.problem), field="file")


# ---------------------------------------------------------------- the active pack

_lock = threading.Lock()
_loaded: dict[tuple[str, str], RulePack] = {}
_broken: dict[tuple[str, str], str] = {}  # a stored pack this program refuses -> why


def _load_stored(session: Session, pack_id: int, key: tuple[str, str]) -> RulePack | None:
    with _lock:
        if key in _loaded:
            return _loaded[key]
        if key in _broken:
            return None
    content = store.pack_content(session, pack_id)
    try:
        if content is None:
            raise RulePackError("pack", key[0], "no longer stored")
        pack = load_pack_file(content)
        if (pack.label, pack.content_hash) != key:
            raise RulePackError("pack", key[0], f"stored content is {pack.version}")
    except RulePackError as err:
        log.error("the active rule pack %s-%s cannot be loaded, the shipped one decides: %s",
                  key[0], key[1], err)
        with _lock:
            _broken[key] = str(err)
        return None
    with _lock:
        return _loaded.setdefault(key, pack)


def active_pack(session: Session) -> RulePack:
    """The pack this database's decisions use now (one small query; packs loaded once per
    process). An installed pack this program cannot load falls back to the shipped one (the
    decisions then name the shipped version, and `rules show` says why)."""
    act = store.active(session)
    if act is None or act.pack_id is None:
        return load_rule_pack()
    pack = _load_stored(session, act.pack_id, (act.version, act.content_hash))
    return pack if pack is not None else load_rule_pack()


def active_pack_if_any(session: Session) -> RulePack:
    """`active_pack` of a database that may be of an older schema (not migrated): the shipped
    pack when it has no rule pack tables."""
    return active_pack(session) if store.available(session) else load_rule_pack()


def pack_spec(session: Session, version: str | None) -> bytes | None:
    """The stored pack file of an installed version (None: the shipped pack), for work done in
    other processes. `version` None is the active pack."""
    if version is None:
        act = store.active(session)
        return store.pack_content(session, act.pack_id) if act and act.pack_id else None
    pack_id = _find(session, version)
    return None if pack_id is None else store.pack_content(session, pack_id)


def _find(session: Session, version: str) -> int | None:
    """The stored id of an installed pack named by its label or label-hash; None: the shipped
    pack. BadInput when no such pack is installed."""
    shipped = load_rule_pack()
    if version in (SHIPPED, shipped.label, shipped.version):
        return None
    label, _, digest = version.partition("-") if "-" in version else (version, "", "")
    found = store.pack_by_version(session, label)
    if found is None or (digest and found.content_hash != digest):
        raise BadInput(ERR_UNKNOWN.format(version=version), field="version")
    return found.id


def installed_pack(session: Session, version: str) -> RulePack:
    """An installed pack (or the shipped one) by its version, loaded and checked."""
    pack_id = _find(session, version)
    if pack_id is None:
        return load_rule_pack()
    found = next(p for p in store.installed_packs(session) if p.id == pack_id)
    pack = _load_stored(session, pack_id, (found.version, found.content_hash))
    if pack is None:
        raise BadInput(ERR_BROKEN.format(version=version, problem=_broken[(found.version, found.content_hash)]),
                       field="version")
    return pack


# ---------------------------------------------------------------- use cases

def _unconfirmed(pack: RulePack, on: date) -> list[dict]:
    return [{"id": d.id, "valid_from": d.valid_from.isoformat(),
             "kk": d.reason.kk if d.reason else "", "ru": d.reason.ru if d.reason else ""}
            for d in pack.unconfirmed_on(on)]


def install_pack(session: Session, data: bytes, *, note: str = "") -> dict:
    """Check a pack file and store it, without activating it. Refused (nothing written):
    a person without the right to install rule packs (Forbidden); anything the loader refuses,
    and a version already installed, or shipped, with other content (BadInput). The same pack
    installed again changes nothing."""
    require(session, access.INSTALL_RULES)
    try:
        pack = load_pack_file(data)
    except RulePackError as err:
        raise refused(err) from None
    take_write_lock(session)
    shipped = load_rule_pack()
    answer = {"version": pack.label, "hash": pack.content_hash, "rule_pack": pack.version,
              "rules": len(pack.entries),
              "unconfirmed": sorted(d.id for d in pack.entries.values() if not d.verified)}
    if pack.label == shipped.label:
        if pack.content_hash != shipped.content_hash:
            raise BadInput(ERR_SAME_VERSION.format(version=pack.label, installed=shipped.content_hash,
                                                   new=pack.content_hash), field="file")
        return {**answer, "installed": False, "shipped": True}
    existing = store.pack_by_version(session, pack.label)
    if existing is not None:
        if existing.content_hash != pack.content_hash:
            raise BadInput(ERR_SAME_VERSION.format(version=pack.label, installed=existing.content_hash,
                                                   new=pack.content_hash), field="file")
        return {**answer, "installed": False, "shipped": False}
    store.add_pack(session, version=pack.label, content_hash=pack.content_hash, content=data,
                   installed_by=operator_of(session), note=note)
    audit.record(session, audit.RULES_INSTALLED, "rule_packs",
                 detail={"version": pack.label, "hash": pack.content_hash})
    return {**answer, "installed": True, "shipped": False}


@dataclass(frozen=True, slots=True)
class PackLine:
    version: str
    hash: str
    installed_at: datetime | None
    installed_by: str
    active: bool
    shipped: bool
    range_from: date | None
    last_change: date | None
    error: str | None = None  # an installed pack this program refuses

    def as_json(self) -> dict:
        return {"version": self.version, "hash": self.hash,
                "installed_at": self.installed_at.isoformat(timespec="seconds") if self.installed_at else None,
                "installed_by": self.installed_by, "active": self.active, "shipped": self.shipped,
                "range": {"from": self.range_from.isoformat() if self.range_from else None,
                          "last_change": self.last_change.isoformat() if self.last_change else None},
                **({"error": self.error} if self.error else {})}


def list_packs(session: Session) -> list[PackLine]:
    """The shipped pack first, then every installed one, oldest first; the active one marked."""
    shipped = load_rule_pack()
    act = store.active(session)
    active_id = act.pack_id if act else None
    lines = [PackLine(shipped.label, shipped.content_hash, None, "", active_id is None, True,
                      shipped.range_from, shipped.change_days()[-1])]
    for p in store.installed_packs(session):
        pack = _load_stored(session, p.id, (p.version, p.content_hash))
        lines.append(PackLine(
            p.version, p.content_hash, p.installed_at, p.installed_by, p.id == active_id, False,
            pack.range_from if pack else None, pack.change_days()[-1] if pack else None,
            None if pack else _broken.get((p.version, p.content_hash))))
    return lines


def show_active(session: Session, today: date) -> dict:
    """The active pack: version, hash, first day, the days its entries change, and the
    unconfirmed rules in force `today` with their reasons."""
    act = store.active(session)
    pack = active_pack(session)
    out = {"version": pack.label, "hash": pack.content_hash, "rule_pack": pack.version,
           "shipped": pack is load_rule_pack(), "first_day": pack.range_from.isoformat(),
           "dates": [d.isoformat() for d in pack.change_days()],
           "today": today.isoformat(), "unconfirmed": _unconfirmed(pack, today),
           "activated_at": act.at.isoformat(timespec="seconds") if act else None,
           "activated_by": act.operator if act else None}
    if act is not None and act.pack_id is not None and pack is load_rule_pack():
        out["fallback"] = _broken.get((act.version, act.content_hash), "")
    return out


def unconfirmed_rules(session: Session, today: date) -> tuple[str, list[dict]]:
    pack = active_pack(session)
    return pack.version, _unconfirmed(pack, today)


def activate(session: Session, version: str) -> dict:
    """Make an installed pack (or the shipped one: "shipped" or its version) the one every desk
    of the database decides with; the history of activations is kept. Needs the right to
    install rule packs (Forbidden otherwise, nothing changed)."""
    require(session, access.INSTALL_RULES)
    take_write_lock(session)
    pack_id = _find(session, version)
    pack = installed_pack(session, version)  # refused when this program cannot load it
    act = store.active(session)
    changed = (act.pack_id if act else None) != pack_id
    if changed:
        store.record_activation(session, pack_id=pack_id, version=pack.label,
                                content_hash=pack.content_hash, operator=operator_of(session))
        audit.record(session, audit.RULES_ACTIVATED, "rule_packs",
                     detail={"version": pack.label, "hash": pack.content_hash,
                             "shipped": pack_id is None})
    return {"version": pack.label, "hash": pack.content_hash, "rule_pack": pack.version,
            "shipped": pack_id is None, "changed": changed}


def history(session: Session) -> list[store.Activation]:
    return store.activations(session)


# ---------------------------------------------------------------- for the settings window

ERR_READ = Message("Файлды оқу мүмкін емес: {path} ({detail}).", "Не удалось прочитать файл: {path} ({detail}).")


@dataclass(frozen=True, slots=True)
class Overview:
    packs: list[PackLine]
    active: str  # rule_pack version
    unconfirmed: list[dict]  # in force today, with their kk/ru reasons


def overview(session: Session, today: date) -> Overview:
    pack = active_pack(session)
    return Overview(list_packs(session), pack.version, _unconfirmed(pack, today))


def install_pack_file(session: Session, path: str) -> dict:
    """`install_pack` of a file chosen in the settings window."""
    from pathlib import Path

    require(session, access.INSTALL_RULES)  # before the file is even read
    try:
        data = Path(path).read_bytes()
    except (OSError, ValueError) as exc:
        raise BadInput(ERR_READ.format(path=path, detail=type(exc).__name__), field="file") from None
    return install_pack(session, data)


def preview(session: Session, version: str, on: date, *, progress=None, cancelled=None):
    """What activating the installed `version` would change on `on`, for every patient."""
    from services.rulepack_diff import diff

    installed_pack(session, version)  # refused when unknown or not loadable
    return diff(session, pack_spec(session, None), pack_spec(session, version), on,
                progress=progress, cancelled=cancelled)
