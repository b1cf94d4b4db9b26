"""Offline-first sync of a desk's own database (SQLite) with a hub (PostgreSQL): the rows on the
wire, the hub's side of a push, a desk's side of a pull, and the desk's sync state.

Rows travel as dicts of plain values (text dates, the uuid of each row they refer to instead of
the local id, which differs between databases). The hub decides every conflict and every desk
takes the hub's answer, so all desks end the same (docs/sync.md tells the rules).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Boolean, Connection, Date, DateTime, delete, insert, select, text, update

from db import models as m
from db.search import index_patient, refresh_index
from db.sync_schema import META, SYNCED

FKS: dict[str, dict[str, str]] = {
    "patients": {"attached_org_id": "organisations", "merged_into_id": "patients"},
    "identity_documents": {"patient_id": "patients"},
    "legal_statuses": {"patient_id": "patients", "basis_document_id": "identity_documents"},
    "fund_checks": {"patient_id": "patients"},
    "state_categories": {"patient_id": "patients"},
    "payment_periods": {"patient_id": "patients"},
    "conditions": {"patient_id": "patients"},
    "vhi_contracts": {"patient_id": "patients"},
    "visits": {"patient_id": "patients"},
    "referrals": {"patient_id": "patients", "target_org_id": "organisations"},
    "consents": {"patient_id": "patients"},
}
# Rows that hang on a patient: they follow him when two records of one person become one.
CHILDREN = tuple(name for name, fks in FKS.items() if fks.get("patient_id") == "patients")
# What names a row outside its uuid: the same IIN, code or login at two sites is one person,
# organisation or account.
NATURAL = {"patients": "iin", "organisations": "code", "users": "login"}
# The facts of a person that a second record of him may add to the first.
PERSON_FACTS = ("surname", "given_name", "patronymic", "latin_surname", "latin_given_name",
                "birth_date", "sex", "citizenship", "address", "phone", "attached_org_id",
                "attached_since", "attachment_source", "status")
CONFLICTS = "sync_conflicts"
CHUNK = 500
ORDER = {name: i for i, name in enumerate(SYNCED)}


def table(name: str):
    return m.Base.metadata.tables[name]


def data_fields(name: str) -> list[str]:
    return [c.name for c in table(name).columns if c.name not in META]


def _chunks(items: Sequence, n: int = CHUNK) -> Iterable[Sequence]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat(" ", "microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def typed(column, value: object) -> object:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date) and isinstance(value, str):
        return date.fromisoformat(value)
    if isinstance(kind, Boolean):
        return bool(value)
    return value


def as_time(value: str | datetime | None) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value) if value else datetime.min


# --------------------------------------------------------------------------------- wire rows


def uuids_of(conn: Connection, name: str, ids: Iterable[int]) -> dict[int, str]:
    t = table(name)
    ids = sorted({i for i in ids if i is not None})
    out: dict[int, str] = {}
    for chunk in _chunks(ids):
        out.update(conn.execute(select(t.c.id, t.c.uuid).where(t.c.id.in_(chunk))).all())
    return out


def ids_of(conn: Connection, name: str, uuids: Iterable[str]) -> dict[str, int]:
    t = table(name)
    uuids = sorted({u for u in uuids if u is not None})
    out: dict[str, int] = {}
    for chunk in _chunks(uuids):
        out.update((u, i) for i, u in conn.execute(
            select(t.c.id, t.c.uuid).where(t.c.uuid.in_(chunk))).all())
    return out


def to_wire(conn: Connection, name: str, rows: Sequence) -> list[dict]:
    """Rows (mappings of one table) as they travel: plain values, uuids for local ids."""
    maps = {col: uuids_of(conn, target, (r[col] for r in rows))
            for col, target in FKS.get(name, {}).items()}
    out = []
    for r in rows:
        wire = {k: plain(v) for k, v in r.items() if k != "id"}
        for col, ids in maps.items():
            wire[col] = ids.get(r[col]) if r[col] is not None else None
        out.append(wire)
    return out


def read_rows(conn: Connection, name: str, uuids: Iterable[str]) -> dict[str, dict]:
    """The rows of `name` with these uuids, as wire rows by uuid."""
    t = table(name)
    uuids = sorted(set(uuids))
    out: dict[str, dict] = {}
    for chunk in _chunks(uuids):
        rows = conn.execute(select(t).where(t.c.uuid.in_(chunk))).mappings().all()
        for wire in to_wire(conn, name, rows):
            out[wire["uuid"]] = wire
    return out


def read_where(conn: Connection, name: str, clause) -> list[dict]:
    t = table(name)
    rows = conn.execute(select(t).where(clause(t))).mappings().all()
    return to_wire(conn, name, rows)


def content(wire: dict, name: str) -> dict:
    """The facts of a wire row (what two copies of it must agree on)."""
    return {f: wire.get(f) for f in data_fields(name)}


# ------------------------------------------------------------------------- the desk's state


def get_state(conn: Connection) -> dict[str, object]:
    rows = conn.execute(select(m.SyncStateRecord.key, m.SyncStateRecord.value)).all()
    out = {}
    for key, value in rows:
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value
    return out


def put_state(conn: Connection, **values: object) -> None:
    t = table("sync_state")
    for key, value in values.items():
        data = json.dumps(value, ensure_ascii=False)
        done = conn.execute(update(t).where(t.c.key == key).values(value=data)).rowcount
        if not done:
            conn.execute(insert(t).values(key=key, value=data))


def outbox_size(conn: Connection) -> int:
    return conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one()


class applying:
    """Rows written inside this block are the hub's, not this desk's: the outbox triggers stay
    quiet (the guard row is part of the caller's transaction, so a crash leaves nothing)."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def __enter__(self):
        self.conn.execute(text("INSERT INTO sync_applying (id) VALUES (1)"))
        return self

    def __exit__(self, *exc):
        if exc[0] is None:
            self.conn.execute(text("DELETE FROM sync_applying"))


def enqueue_everything(conn: Connection) -> int:
    """Put every row of the desk in the outbox (a desk attached to a hub for the first time,
    or to another hub): the hub then learns what the desk held before. Each row counts as
    changed when it was last changed, not now, so it does not win over newer changes."""
    n = 0
    for name in SYNCED:
        n += conn.execute(text(
            f"INSERT INTO sync_outbox (tbl, uuid, fields, base, at) "
            f"SELECT '{name}', uuid, '*', 0, strftime('%Y-%m-%d %H:%M:%f', updated_at) "
            f"FROM \"{name}\" ORDER BY id")).rowcount
    return n


# ------------------------------------------------------------------------------- the push


@dataclass
class PushItem:
    tbl: str
    uuid: str
    base: int
    fields: dict[str, datetime]  # field -> when this desk last changed it
    stamp: str  # the desk's own mark of this change (replays carry the same)
    row: dict


def read_outbox(conn: Connection, limit: int, upto: int | None = None,
                also: Iterable[str] = ()) -> tuple[list[int], list[PushItem]]:
    """The oldest `limit` outbox lines (up to line `upto`), and every line of the rows `also`
    (uuids): their ids and the rows they name, one item per row."""
    lines = conn.execute(text(
        "SELECT id, tbl, uuid, fields, base, at FROM sync_outbox WHERE id <= :upto "
        "ORDER BY id LIMIT :n"), {"n": limit, "upto": upto if upto is not None else 2**62}).all()
    also = sorted(set(also))
    if also:
        known = {line[0] for line in lines}
        for chunk in _chunks(also):
            more = conn.execute(
                select(m.SyncOutboxRecord.id, m.SyncOutboxRecord.tbl, m.SyncOutboxRecord.uuid,
                       m.SyncOutboxRecord.fields, m.SyncOutboxRecord.base, m.SyncOutboxRecord.at)
                .where(m.SyncOutboxRecord.uuid.in_(chunk))).all()
            lines += [line for line in more if line[0] not in known]
    groups: dict[tuple[str, str], dict] = {}
    for line_id, tbl, uuid, fields, base, at in lines:
        g = groups.setdefault((tbl, uuid), {"base": base, "fields": {}, "last": line_id})
        g["base"] = min(g["base"], base)
        g["last"] = max(g["last"], line_id)
        when = as_time(at)
        names = data_fields(tbl) if fields == "*" else [f for f in fields.split(",") if f]
        for name in names:
            if when >= g["fields"].get(name, datetime.min):
                g["fields"][name] = when
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, uuid in groups:
        by_table[tbl].append(uuid)
    items = []
    for tbl, uuids in by_table.items():
        rows = read_rows(conn, tbl, uuids)
        for uuid in uuids:
            row = rows.get(uuid)
            if row is None:
                continue  # removed from the file by hand: nothing to send
            g = groups[(tbl, uuid)]
            items.append(PushItem(tbl, uuid, g["base"], g["fields"],
                                  f"{g['last']}:{row['updated_at']}", row))
    items.sort(key=lambda i: ORDER[i.tbl])
    return [line[0] for line in lines], items


class MissingRows(Exception):
    """The hub lacks rows a pushed row refers to: the desk sends them too and pushes again."""

    def __init__(self, rows: list[tuple[str, str]]):
        super().__init__(f"{len(rows)} rows missing")
        self.rows = rows


@dataclass
class PushAnswer:
    versions: dict[tuple[str, str], int] = field(default_factory=dict)
    aliases: dict[tuple[str, str], str] = field(default_factory=dict)
    conflicts: int = 0


def conflict_uuid(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()[:32]


def _text(value: object) -> str | None:
    return None if value is None else json.dumps(plain(value), ensure_ascii=False)


class Hub:
    """The hub's side of a push, in the caller's transaction on the hub."""

    def __init__(self, conn: Connection, desk: str, site: str, clinic: str):
        self.conn, self.desk, self.site, self.clinic = conn, desk, site, clinic
        self.answer = PushAnswer()
        self.missing: list[tuple[str, str]] = []
        conn.execute(text("SELECT set_config('tirkeu.desk', :d, true), "
                          "set_config('tirkeu.site', :s, true), set_config('tirkeu.clinic', :c, true)"),
                     {"d": desk, "s": site, "c": clinic})

    # -- references
    def local_id(self, name: str, uuid: str) -> int | None:
        t = table(name)
        for _ in range(8):
            if name == "patients":
                row = self.conn.execute(select(t.c.id, t.c.merged_into_id)
                                        .where(t.c.uuid == uuid)).first()
                if row is not None:
                    if row[1] is None:
                        return row[0]
                    uuid = self.conn.execute(select(t.c.uuid).where(t.c.id == row[1])).scalar_one()
                    continue
            else:
                found = self.conn.execute(select(t.c.id).where(t.c.uuid == uuid)).scalar()
                if found is not None:
                    return found
            target = self.conn.execute(text("SELECT target FROM sync_aliases WHERE uuid = :u"),
                                       {"u": uuid}).scalar()
            if target is None:
                return None
            uuid = target
        return None

    def conflict(self, name: str, row_uuid: str, fld: str, kept, lost, kept_site, lost_site,
                 kept_at, lost_at, reason: str) -> None:
        uuid = conflict_uuid(name, row_uuid, fld, _text(kept), _text(lost), str(lost_at), reason)
        t = table(CONFLICTS)
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        done = self.conn.execute(pg_insert(t).values(
            uuid=uuid, at=m.utcnow(), tbl=name, row_uuid=row_uuid, field=fld, kept=_text(kept),
            lost=_text(lost), kept_site=kept_site, lost_site=lost_site, kept_at=kept_at,
            lost_at=lost_at, desk=self.desk, reason=reason,
        ).on_conflict_do_nothing(index_elements=["uuid"]).returning(t.c.uuid)).first()
        if done is not None:
            self.answer.conflicts += 1
            self.log(CONFLICTS, uuid, 1, "*")

    def log(self, name: str, uuid: str, version: int, fields: str, stamp: str | None = None) -> None:
        self.conn.execute(text(
            "INSERT INTO sync_changes (tbl, uuid, version, fields, site, clinic, desk, stamp, at) "
            "VALUES (:t, :u, :v, :f, :s, :c, :d, :st, :at)"),
            {"t": name, "u": uuid, "v": version, "f": fields, "s": self.site, "c": self.clinic,
             "d": self.desk, "st": stamp, "at": m.utcnow()})

    # -- one pushed row
    def apply(self, item: PushItem) -> None:
        name, uuid, wire = item.tbl, item.uuid, dict(item.row)
        t = table(name)
        stamp = f"{self.desk}:{item.stamp}"
        seen = self.conn.execute(text(
            "SELECT set_config('tirkeu.stamp', :s, true), EXISTS (SELECT 1 FROM sync_changes "
            "WHERE uuid = :u AND stamp = :s)"), {"s": stamp, "u": uuid}).first()[1]
        if seen:
            return  # this very change was taken before (a push repeated after a cut)
        values = {}
        for col in data_fields(name):
            values[col] = typed(t.c[col], wire.get(col))
        for col, target in FKS.get(name, {}).items():
            ref = wire.get(col)
            if ref is None:
                values[col] = None
                continue
            found = self.local_id(target, ref)
            if found is None:
                self.missing.append((target, ref))
                return
            values[col] = found
        row = self.conn.execute(select(t).where(t.c.uuid == uuid).with_for_update()).mappings().first()
        key = NATURAL.get(name)
        if key and values.get(key) is not None and (row is None or row[key] != values[key]):
            self.conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"),
                              {"k": f"{name}:{values[key]}"})
            holder = self.conn.execute(select(t).where(t.c[key] == values[key], t.c.uuid != uuid)
                                       .with_for_update()).mappings().first()
            if holder is not None:
                if name == "patients" and holder["deleted"] and holder["merged_into_id"] is None:
                    # a deleted record keeps its IIN only until the person is registered again
                    self.conn.execute(update(t).where(t.c.id == holder["id"]).values(iin=None))
                elif name == "patients":
                    self.merge_person(item, row, holder, values)
                    return
                elif row is None:
                    self.alias(item, holder, values)
                    return
                else:
                    self.conflict(name, uuid, key, row[key], values[key], None, self.site,
                                  row["updated_at"], item.fields.get(key), f"same_{key}")
                    values[key] = row[key]
        if row is None:
            values.update(uuid=uuid, version=wire.get("version") or 1,
                          updated_at=typed(t.c.updated_at, wire.get("updated_at")) or m.utcnow())
            self.conn.execute(insert(t).values(**values))
            return
        self.merge_fields(item, row, values)

    def changed_since(self, uuid: str, base: int, name: str) -> dict[str, tuple[datetime, str]]:
        """Fields other writers changed on the hub after `base`: when and at which site."""
        out: dict[str, tuple[datetime, str]] = {}
        rows = self.conn.execute(text(
            "SELECT fields, at, site FROM sync_changes WHERE uuid = :u AND version > :b "
            "AND desk IS DISTINCT FROM :d AND fields <> '' ORDER BY seq"),
            {"u": uuid, "b": base, "d": self.desk}).all()
        for fields, at, site in rows:
            names = data_fields(name) if fields == "*" else fields.split(",")
            for f in names:
                out[f] = (at or datetime.min, site or "")
        return out

    def merge_fields(self, item: PushItem, row, values: dict) -> None:
        name, uuid = item.tbl, item.uuid
        t = table(name)
        others = self.changed_since(uuid, item.base, name) if row["version"] > item.base else {}
        changes = {}
        for f, desk_at in item.fields.items():
            if f in META or f not in values or values[f] == row[f]:
                continue
            if f in others:
                hub_at, hub_site = others[f]
                if (desk_at, self.site) > (hub_at, hub_site):
                    changes[f] = values[f]
                    self.conflict(name, uuid, f, values[f], row[f], self.site, hub_site, desk_at,
                                  hub_at, "later")
                else:
                    self.conflict(name, uuid, f, row[f], values[f], hub_site, self.site, hub_at,
                                  desk_at, "later")
                continue
            changes[f] = values[f]
        if changes:
            pushed_at = typed(t.c.updated_at, item.row.get("updated_at"))
            changes["updated_at"] = max(row["updated_at"], pushed_at or row["updated_at"])
            self.conn.execute(update(t).where(t.c.id == row["id"]).values(**changes))
        after = {f: changes.get(f, row[f]) for f in values}
        if after != values:
            # the desk holds other values than the hub now does: it is told to pull the row
            version = self.conn.execute(select(t.c.version).where(t.c.id == row["id"])).scalar_one()
            self.log(name, uuid, version, "")

    def merge_person(self, item: PushItem, row, holder, values: dict) -> None:
        """The same IIN on two records: the one the hub had first stays; the other becomes a
        tombstone pointing at it (its local number stays findable), its visits, referrals and
        evidence follow, and what only it knew fills the gaps of the first."""
        t = table("patients")
        gone = dict(values, deleted=True, iin=None, merged_into_id=holder["id"])
        if row is None:
            gone.update(uuid=item.uuid, version=item.row.get("version") or 1,
                        updated_at=typed(t.c.updated_at, item.row.get("updated_at")) or m.utcnow())
            self.conn.execute(insert(t).values(**gone))
        else:
            self.conn.execute(update(t).where(t.c.id == row["id"]).values(
                deleted=True, iin=None, merged_into_id=holder["id"], updated_at=m.utcnow()))
            for child in CHILDREN:
                ct = table(child)
                self.conn.execute(update(ct).where(ct.c.patient_id == row["id"])
                                  .values(patient_id=holder["id"], updated_at=m.utcnow()))
        fill = {}
        for f in PERSON_FACTS:
            mine, theirs = holder[f], values.get(f)
            if theirs in (None, ""):
                continue
            if mine in (None, ""):
                fill[f] = theirs
            elif mine != theirs:
                lost_at = item.fields.get(f)
                self.conflict("patients", holder["uuid"], f, mine, theirs, holder["origin_site"],
                              self.site, holder["updated_at"], lost_at, "same_iin")
        for f in ("pregnant", "palliative"):
            if values.get(f) and not holder[f]:
                fill[f] = True
        if fill:
            fill["updated_at"] = m.utcnow()
            self.conn.execute(update(t).where(t.c.id == holder["id"]).values(**fill))

    def alias(self, item: PushItem, holder, values: dict) -> None:
        """An organisation or account created on two desks under one code or login: the second
        stands for the first; differing facts are logged, the first's kept."""
        self.conn.execute(text("INSERT INTO sync_aliases (uuid, tbl, target) VALUES (:u, :t, :g) "
                               "ON CONFLICT (uuid) DO NOTHING"),
                          {"u": item.uuid, "t": item.tbl, "g": holder["uuid"]})
        self.answer.aliases[(item.tbl, item.uuid)] = holder["uuid"]
        for f in data_fields(item.tbl):
            if f in ("origin_site", "changed_by", "deleted") or f not in values:
                continue
            if values[f] not in (None, "") and holder[f] != values[f]:
                self.conflict(item.tbl, holder["uuid"], f, holder[f], values[f],
                              holder["origin_site"], self.site, holder["updated_at"],
                              item.fields.get(f), f"same_{NATURAL[item.tbl]}")

    def versions(self, items: Sequence[PushItem]) -> None:
        by_table: dict[str, list[str]] = defaultdict(list)
        for item in items:
            by_table[item.tbl].append(item.uuid)
        for name, uuids in by_table.items():
            t = table(name)
            for chunk in _chunks(uuids):
                for uuid, version in self.conn.execute(
                        select(t.c.uuid, t.c.version).where(t.c.uuid.in_(chunk))).all():
                    self.answer.versions[(name, uuid)] = version


def hub_take(conn: Connection, items: Sequence[PushItem], *, desk: str, site: str,
             clinic: str) -> PushAnswer:
    """Apply pushed rows on the hub (the caller commits). MissingRows when a row refers to one
    the hub does not have (the caller rolls back, sends those too and pushes again)."""
    hub = Hub(conn, desk, site, clinic)
    for item in items:
        hub.apply(item)
    if hub.missing:
        raise MissingRows(sorted(set(hub.missing)))
    hub.versions(items)
    return hub.answer


def enqueue(conn: Connection, rows: Iterable[tuple[str, str]]) -> int:
    """Outbox lines for these rows as new (their parents the hub lacked)."""
    n = 0
    for name, uuid in rows:
        if name not in ORDER:
            continue
        n += conn.execute(text(
            f"INSERT INTO sync_outbox (tbl, uuid, fields, base, at) "
            f"SELECT '{name}', uuid, '*', 0, strftime('%Y-%m-%d %H:%M:%f', updated_at) "
            f"FROM \"{name}\" WHERE uuid = :u"), {"u": uuid}).rowcount
    return n


def after_push(conn: Connection, line_ids: Sequence[int], answer: PushAnswer) -> None:
    """The desk's side once the hub committed a push: the lines go, the rows take the hub's
    versions (the base of their next change), aliased rows take the hub's uuid."""
    for chunk in _chunks(list(line_ids)):
        conn.execute(delete(m.SyncOutboxRecord).where(m.SyncOutboxRecord.id.in_(chunk)))
    with applying(conn):
        for (name, uuid), target in answer.aliases.items():
            rewrite_uuid(conn, name, uuid, target)
        for (name, uuid), version in answer.versions.items():
            t = table(name)
            conn.execute(update(t).where(t.c.uuid == uuid).values(version=version))


def rewrite_uuid(conn: Connection, name: str, old: str, new: str) -> None:
    t = table(name)
    if conn.execute(select(t.c.id).where(t.c.uuid == new)).first() is None:
        conn.execute(update(t).where(t.c.uuid == old).values(uuid=new))
    conn.execute(update(m.SyncOutboxRecord).where(m.SyncOutboxRecord.uuid == old)
                 .values(uuid=new))
    conn.execute(text("INSERT INTO sync_aliases (uuid, tbl, target) VALUES (:u, :t, :g) "
                      "ON CONFLICT (uuid) DO NOTHING"), {"u": old, "t": name, "g": new})


# ------------------------------------------------------------------------------- the pull


class PushFirst(Exception):
    """A pulled row meets a row of this desk the hub has not had yet (same IIN, code or
    login): the desk pushes first, so the hub decides, and pulls the page again."""


PAGE_FROM = (
    "SELECT seq, tbl, uuid FROM sync_changes WHERE seq > :after "
    "AND tx >= pg_snapshot_xmin(CAST(:s1 AS pg_snapshot)) "
    "AND NOT pg_visible_in_snapshot(tx, CAST(:s1 AS pg_snapshot)) "
    "AND pg_visible_in_snapshot(tx, CAST(:s2 AS pg_snapshot)) ORDER BY seq LIMIT :n")
PAGE_ALL = (
    "SELECT seq, tbl, uuid FROM sync_changes WHERE seq > :after "
    "AND pg_visible_in_snapshot(tx, CAST(:s2 AS pg_snapshot)) ORDER BY seq LIMIT :n")


def hub_snapshot(conn: Connection) -> str:
    return conn.execute(text("SELECT CAST(pg_current_snapshot() AS text)")).scalar_one()


def hub_identity(conn: Connection) -> str:
    return conn.execute(text(
        "SELECT CAST(system_identifier AS text) || '/' || current_database() "
        "FROM pg_control_system()")).scalar_one()


def hub_page(conn: Connection, s1: str | None, s2: str, after: int, n: int) -> list[tuple]:
    """The next log lines of the batch between snapshots s1 and s2: the changes of the
    transactions that had committed at s2 but not at s1, whatever order they committed in."""
    sql = PAGE_ALL if not s1 else PAGE_FROM
    return conn.execute(text(sql), {"after": after, "s1": s1, "s2": s2, "n": n}).all()


Fetch = Callable[[str, Sequence[str]], dict[str, dict]]


class Desk:
    """Applies hub rows to the desk's database, in the caller's transaction (inside `applying`)."""

    def __init__(self, conn: Connection, fetch: Fetch, alias_of: Callable[[str], str | None]):
        self.conn, self.fetch, self.alias_of = conn, fetch, alias_of
        self.patients: set[int] = set()
        self.depth = 0

    def pending(self, name: str, uuids: Sequence[str]) -> dict[str, set[str] | None]:
        """Fields this desk changed and has not pushed yet, by uuid (None: a new row)."""
        out: dict[str, set[str] | None] = {}
        for chunk in _chunks(list(uuids)):
            rows = self.conn.execute(
                select(m.SyncOutboxRecord.uuid, m.SyncOutboxRecord.fields)
                .where(m.SyncOutboxRecord.tbl == name, m.SyncOutboxRecord.uuid.in_(chunk))).all()
            for uuid, fields in rows:
                if fields == "*":
                    out[uuid] = None
                elif uuid not in out or out[uuid] is not None:
                    out.setdefault(uuid, set()).update(f for f in fields.split(",") if f)
        return out

    def refs(self, name: str, wires: Sequence[dict]) -> dict[str, dict[str, int]]:
        maps = {}
        for col, target in FKS.get(name, {}).items():
            wanted = {w[col] for w in wires if w.get(col)}
            found = ids_of(self.conn, target, wanted)
            lacking = sorted(wanted - set(found))
            if lacking:
                fetched = self.fetch(target, lacking)
                self.apply(target, list(fetched.values()))
                found = ids_of(self.conn, target, wanted)
            maps[col] = found
        return maps

    def apply(self, name: str, wires: Sequence[dict]) -> None:
        if not wires:
            return
        self.depth += 1
        if self.depth > 20:
            raise RuntimeError("sync: references nest too deep")
        try:
            self._apply(name, wires)
        finally:
            self.depth -= 1

    def _apply(self, name: str, wires: Sequence[dict]) -> None:
        t = table(name)
        maps = self.refs(name, wires)
        uuids = [w["uuid"] for w in wires]
        local = {}
        for chunk in _chunks(uuids):
            for r in self.conn.execute(select(t).where(t.c.uuid.in_(chunk))).mappings().all():
                local[r["uuid"]] = r
        key = NATURAL.get(name)
        if key:
            self.make_room(name, key, wires, local)
            local = {}
            for chunk in _chunks(uuids):
                for r in self.conn.execute(select(t).where(t.c.uuid.in_(chunk))).mappings().all():
                    local[r["uuid"]] = r
        pending = self.pending(name, [u for u in uuids if u in local])
        fresh = []
        for w in wires:
            values = {c.name: typed(c, w.get(c.name)) for c in t.columns if c.name != "id"}
            for col, found in maps.items():
                values[col] = found.get(w[col]) if w.get(col) else None
                if w.get(col) and values[col] is None:
                    raise RuntimeError(f"sync: {name}.{col} refers to a row the hub lacks")
            row = local.get(w["uuid"])
            if row is None:
                fresh.append(values)
                continue
            mine = pending.get(w["uuid"], set())
            if mine is None:
                continue  # a row this desk made and has not pushed: the hub hears it first
            changes = {k: v for k, v in values.items() if k not in mine and row[k] != v}
            if mine and "updated_at" in changes:
                del changes["updated_at"]
            if changes:
                self.conn.execute(update(t).where(t.c.id == row["id"]).values(**changes))
                if name == "patients":
                    self.patients.add(row["id"])
        if fresh:
            self.conn.execute(insert(t), fresh)
            if name == "patients":
                self.patients.update(ids_of(self.conn, name, [v["uuid"] for v in fresh]).values())

    def make_room(self, name: str, key: str, wires: Sequence[dict], local: dict) -> None:
        """Before rows arrive, the rows of this desk that hold their IIN (code, login) under
        another uuid give it up: the hub's answer for them is applied first, or, for an
        organisation or account the hub merged with another, they take the hub's uuid."""
        t = table(name)
        incoming = {w[key]: w["uuid"] for w in wires if w.get(key) is not None}
        if not incoming:
            return
        batch = {w["uuid"] for w in wires}
        holders = []
        for chunk in _chunks(list(incoming)):
            holders += self.conn.execute(select(t.c.id, t.c.uuid, t.c[key])
                                         .where(t.c[key].in_(chunk))).all()
        for row_id, uuid, value in holders:
            if incoming[value] == uuid:
                continue
            if uuid in batch:
                # its new value comes in this batch: it lets go of the old one for now
                self.conn.execute(update(t).where(t.c.id == row_id).values({key: None}))
                continue
            target = self.alias_of(uuid) if name != "patients" else None
            if target == incoming[value]:
                rewrite_uuid(self.conn, name, uuid, target)
                continue
            answer = self.fetch(name, [uuid])
            if uuid not in answer or answer[uuid].get(key) == value:
                raise PushFirst()
            if uuid in self.pending(name, [uuid]):
                raise PushFirst()  # its own change of the row waits: the hub decides first
            # The hub changed the row after this desk last pulled it, so its whole new state
            # comes later in the log; here it only gives up what the hub no longer gives it.
            hub_value = answer[uuid].get(key)
            if hub_value is not None and self.conn.execute(
                    select(t.c.id).where(t.c[key] == hub_value)).first() is not None:
                hub_value = None
            self.conn.execute(update(t).where(t.c.id == row_id).values({key: hub_value}))

    def add_conflicts(self, wires: Sequence[dict]) -> int:
        t = table(CONFLICTS)
        have = set()
        uuids = [w["uuid"] for w in wires]
        for chunk in _chunks(uuids):
            have.update(self.conn.execute(select(t.c.uuid).where(t.c.uuid.in_(chunk))).scalars())
        fresh = [{c.name: typed(c, w.get(c.name)) for c in t.columns if c.name != "id"}
                 for w in wires if w["uuid"] not in have]
        if fresh:
            self.conn.execute(insert(t), fresh)
        return len(fresh)

    def reindex(self, bulk_from: int = 200) -> bool:
        """The search index of the patients that changed; a large page leaves that to one
        pass at the end of the pull (True)."""
        if len(self.patients) > bulk_from:
            return True
        for pid in sorted(self.patients):
            index_patient(self.conn, pid)
        return False


def reindex_all(conn: Connection) -> int:
    return refresh_index(conn)


def hub_rows(conn: Connection, name: str, uuids: Sequence[str]) -> dict[str, dict]:
    if name == CONFLICTS:
        t = table(CONFLICTS)
        out = {}
        for chunk in _chunks(list(uuids)):
            for r in conn.execute(select(t).where(t.c.uuid.in_(chunk))).mappings().all():
                out[r["uuid"]] = {k: plain(v) for k, v in r.items() if k != "id"}
        return out
    return read_rows(conn, name, uuids)


def hub_alias(conn: Connection, uuid: str) -> str | None:
    return conn.execute(text("SELECT target FROM sync_aliases WHERE uuid = :u"), {"u": uuid}).scalar()


def person_rows(conn: Connection, iin: str) -> dict[str, list[dict]] | None:
    """A patient by IIN with everything that hangs on him, as wire rows by table (the hub)."""
    t = table("patients")
    pid = conn.execute(select(t.c.id).where(t.c.iin == iin, t.c.deleted.is_(False))).scalar()
    if pid is None:
        return None
    out = {"patients": read_where(conn, "patients", lambda p: p.c.id == pid)}
    for child in CHILDREN:
        out[child] = read_where(conn, child, lambda c: c.c.patient_id == pid)
    return out


# ------------------------------------------------------------------------------- a round


@contextmanager
def _writing(factory):
    """A session on the desk's file holding the write lock from its first statement."""
    from db.engine import take_write_lock

    with factory() as session:
        take_write_lock(session)
        yield session.connection()
        session.commit()


def _desk(conn: Connection, hub: Connection) -> Desk:
    return Desk(conn, lambda name, uuids: hub_rows(hub, name, uuids),
                lambda uuid: hub_alias(hub, uuid))


def hub_address(hub_factory) -> str:
    with hub_factory() as hs:
        return hs.get_bind().url.render_as_string(hide_password=True)


def attach(local_factory, hub_factory, *, desk: str, site: str) -> bool:
    """Before the first round with a hub (or another hub than before): the hub's register
    of desks takes this desk's site prefix (refused when another desk numbers with it), and
    everything the desk holds goes into its outbox. True when it was the first round."""
    from db.settings import claim_prefix

    with hub_factory() as hs:
        identity = hub_identity(hs.connection())
        with local_factory() as ls:
            state = get_state(ls.connection())
        if state.get("hub_id") == identity and state.get("claimed") == site:
            return False
        import socket

        claim_prefix(hs, site, desk, socket.gethostname())
        hs.commit()
    with _writing(local_factory) as conn:
        first = get_state(conn).get("hub_id") != identity
        if first:
            enqueue_everything(conn)
            put_state(conn, hub_id=identity, snap_from=None, snap_to=None, after_seq=0)
        put_state(conn, claimed=site)
    return first


def push_all(local_factory, hub_factory, *, desk: str, site: str, clinic: str,
             page: int = CHUNK) -> tuple[int, int]:
    """Push the outbox as it stands, `page` lines per hub transaction; each page's lines go
    only once the hub committed it. Returns (rows pushed, conflicts the hub logged)."""
    from sqlalchemy.exc import IntegrityError, OperationalError

    pushed = conflicts = 0
    with local_factory() as ls:
        upto = ls.connection().execute(text("SELECT max(id) FROM sync_outbox")).scalar()
    if upto is None:
        return 0, 0
    also: set[str] = set()
    while True:
        with local_factory() as ls:
            line_ids, items = read_outbox(ls.connection(), page, upto, also)
        if not line_ids:
            break
        answer = None
        for _attempt in range(6):
            with hub_factory() as hs:
                try:
                    answer = hub_take(hs.connection(), items, desk=desk, site=site, clinic=clinic)
                    hs.commit()
                    break
                except MissingRows as missing:
                    hs.rollback()
                    with _writing(local_factory) as conn:
                        enqueue(conn, missing.rows)
                    also.update(uuid for _name, uuid in missing.rows)
                except (IntegrityError, OperationalError) as exc:
                    # another writer took the same IIN, or a deadlock: the page is tried again
                    hs.rollback()
                    if getattr(getattr(exc, "orig", None), "sqlstate", "") not in (
                            "23505", "40P01", "40001"):
                        raise
            with local_factory() as ls:
                line_ids, items = read_outbox(ls.connection(), page, upto, also)
        if answer is None:
            raise RuntimeError("sync: the hub kept refusing a page")
        with _writing(local_factory) as conn:
            after_push(conn, line_ids, answer)
        pushed += len(items)
        conflicts += answer.conflicts
        also = set()
    return pushed, conflicts


def pull_all(local_factory, hub_factory, *, page: int = CHUNK, batches: int = 3) -> tuple[int, int]:
    """Pull what the hub holds that this desk has not applied, `page` log lines per local
    transaction (the position moves with the rows it covers, so a cut anywhere resumes
    without a gap or a repeat). Returns (rows pulled, conflicts learnt)."""
    with local_factory() as ls:
        state = get_state(ls.connection())
    s1, s2 = state.get("snap_from"), state.get("snap_to")
    after = int(state.get("after_seq") or 0)
    pulled = conflicts = done = 0
    had = bool(s2)
    bulk_index = bool(state.get("reindex"))
    while True:
        with hub_factory() as hs:
            hc = hs.connection()
            if not s2:
                s2, after, had = hub_snapshot(hc), 0, False
            lines = hub_page(hc, s1, s2, after, page)
            if not lines:
                with _writing(local_factory) as conn:
                    put_state(conn, snap_from=s2, snap_to=None, after_seq=0)
                s1, s2, done = s2, None, done + 1
                if not had or done >= batches:
                    break
                continue
            had = True
            wanted: dict[str, list[str]] = defaultdict(list)
            for _seq, name, uuid in lines:
                wanted[name].append(uuid)
            wires = {name: hub_rows(hc, name, uuids) for name, uuids in wanted.items()}
            with _writing(local_factory) as conn:
                with applying(conn):
                    desk = _desk(conn, hc)
                    for name in SYNCED:
                        desk.apply(name, list(wires.get(name, {}).values()))
                    conflicts += desk.add_conflicts(list(wires.get(CONFLICTS, {}).values()))
                    bulk_index = desk.reindex() or bulk_index
                after = lines[-1][0]
                last = max(after, int(get_state(conn).get("last_seq") or 0))
                put_state(conn, snap_to=s2, after_seq=after, last_seq=last, reindex=bulk_index)
            hs.rollback()
        pulled += sum(len(w) for w in wires.values())
    if bulk_index:
        with _writing(local_factory) as conn:
            reindex_all(conn)
            put_state(conn, reindex=False)
    return pulled, conflicts


def fetch_person(local_factory, hub_factory, iin: str) -> bool:
    """Copy one patient and everything that hangs on him from the hub, by IIN."""
    with hub_factory() as hs:
        hc = hs.connection()
        rows = person_rows(hc, iin)
        if rows is None:
            return False
        with _writing(local_factory) as conn:
            with applying(conn):
                desk = _desk(conn, hc)
                for name in SYNCED:
                    desk.apply(name, rows.get(name, []))
                desk.reindex(bulk_from=10**9)
    return True


def conflict_count(conn: Connection) -> int:
    return conn.execute(text("SELECT count(*) FROM sync_conflicts")).scalar_one()


def conflict_rows(conn: Connection, limit: int) -> list:
    t = table(CONFLICTS)
    return conn.execute(select(t).order_by(t.c.at.desc(), t.c.id.desc()).limit(limit)).mappings().all()
