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
from functools import cache

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    any_,
    bindparam,
    delete,
    func,
    insert,
    literal_column,
    select,
    text,
    update,
)

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
BIG = 5000  # values bound as one parameter
# A pull applies this many times more rows per desk transaction than a push sends per hub one
# (applying on the desk's own file is cheap; each transaction costs a commit and a few reads).
PULL_FACTOR = 10
ORDER = {name: i for i, name in enumerate(SYNCED)}


def table(name: str):
    return m.Base.metadata.tables[name]


@cache
def data_fields(name: str) -> tuple[str, ...]:
    return tuple(c.name for c in table(name).columns if c.name not in META)


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


def _pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def among(conn: Connection, column, values: Sequence):
    """`column IN values` as one bound parameter (an array on PostgreSQL, a JSON list on
    SQLite): the statement's text stays the same whatever the number of values, so it is
    compiled once and the server parses it once."""
    if _pg(conn):
        from sqlalchemy.dialects.postgresql import ARRAY

        kind = ARRAY(column.type.__class__())
        return column == any_(bindparam(None, list(values), type_=kind, unique=True))
    return column.in_(select(literal_column("value")).select_from(
        func.json_each(bindparam(None, json.dumps(list(values)), unique=True))))


def uuids_of(conn: Connection, name: str, ids: Iterable[int]) -> dict[int, str]:
    t = table(name)
    ids = sorted({i for i in ids if i is not None})
    out: dict[int, str] = {}
    for chunk in _chunks(ids, BIG):
        out.update(conn.execute(select(t.c.id, t.c.uuid).where(among(conn, t.c.id, chunk))).all())
    return out


def ids_of(conn: Connection, name: str, uuids: Iterable[str]) -> dict[str, int]:
    t = table(name)
    uuids = sorted({u for u in uuids if u is not None})
    out: dict[str, int] = {}
    for chunk in _chunks(uuids, BIG):
        out.update((u, i) for i, u in conn.execute(
            select(t.c.id, t.c.uuid).where(among(conn, t.c.uuid, chunk))).all())
    return out


def to_wire(conn: Connection, name: str, rows: Sequence) -> list[dict]:
    """Rows (mappings of one table) as plain values (text dates), uuids for local ids: the
    form two databases' contents are compared in."""
    maps = {col: uuids_of(conn, target, (r[col] for r in rows))
            for col, target in FKS.get(name, {}).items()}
    out = []
    for r in rows:
        wire = {k: plain(v) for k, v in r.items() if k != "id"}
        for col, ids in maps.items():
            wire[col] = ids.get(r[col]) if r[col] is not None else None
        out.append(wire)
    return out


_WIRE_SELECT: dict[str, tuple] = {}


def wire_select(name: str):
    """The table's rows as they travel: every column but the local id, each reference to
    another row as that row's uuid (joined in the same statement)."""
    if name not in _WIRE_SELECT:
        t = table(name)
        source, cols = t, []
        for c in t.columns:
            if c.name == "id":
                continue
            target = FKS.get(name, {}).get(c.name)
            if target is None:
                cols.append(c)
                continue
            ref = table(target).alias(f"ref_{c.name}")
            source = source.outerjoin(ref, ref.c.id == c)
            cols.append(ref.c.uuid.label(c.name))
        _WIRE_SELECT[name] = (t, select(*cols).select_from(source))
    return _WIRE_SELECT[name]


def read_rows(conn: Connection, name: str, uuids: Iterable[str]) -> dict[str, dict]:
    """The rows of `name` with these uuids as they travel (Python values, the uuid of each
    row they refer to), by uuid: one statement per few thousand rows."""
    t, query = wire_select(name)
    uuids = sorted(set(uuids))
    out: dict[str, dict] = {}
    for chunk in _chunks(uuids, BIG):
        result = conn.execute(query.where(among(conn, t.c.uuid, chunk)))
        keys = list(result.keys())
        for r in result.all():
            wire = dict(zip(keys, r, strict=True))
            out[wire["uuid"]] = wire
    return out


def read_where(conn: Connection, name: str, clause) -> list[dict]:
    t, query = wire_select(name)
    return [dict(r) for r in conn.execute(query.where(clause(t))).mappings()]


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
        for chunk in _chunks(also, BIG):
            more = conn.execute(
                select(m.SyncOutboxRecord.id, m.SyncOutboxRecord.tbl, m.SyncOutboxRecord.uuid,
                       m.SyncOutboxRecord.fields, m.SyncOutboxRecord.base, m.SyncOutboxRecord.at)
                .where(among(conn, m.SyncOutboxRecord.uuid, chunk))).all()
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
                                  f"{g['last']}:{plain(row['updated_at'])}", row))
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
        self.stamped = False  # a row applied one by one set its mark for the log lines
        conn.execute(text("SELECT set_config('tirkeu.desk', :d, true), "
                          "set_config('tirkeu.site', :s, true), set_config('tirkeu.clinic', :c, true)"),
                     {"d": desk, "s": site, "c": clinic})

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

    # -- a page of pushed rows, table by table
    def take(self, items: Sequence[PushItem]) -> None:
        """Apply a page: rows this hub already took (same row, same mark) are left out; each
        table's rows are read, matched and written a few statements at a time; the rows
        that meet another row's IIN, code or login go one by one after them."""
        stamps = {item.uuid: f"{self.desk}:{item.stamp}" for item in items}
        seen = set()
        for chunk in _chunks(list(stamps), BIG):
            for uuid, stamp in self.conn.execute(text(
                    "SELECT uuid, stamp FROM sync_changes WHERE uuid = ANY(:u) AND stamp = ANY(:s)"),
                    {"u": list(chunk), "s": [stamps[u] for u in chunk]}):
                if stamps.get(uuid) == stamp:
                    seen.add(uuid)  # this very change was taken before (a repeat after a cut)
        fresh = [item for item in items if item.uuid not in seen]
        by_table: dict[str, list[PushItem]] = defaultdict(list)
        for item in fresh:
            by_table[item.tbl].append(item)
        for name in SYNCED:
            if by_table.get(name):
                self.take_table(name, by_table[name])
        taken = [item.uuid for item in fresh]
        for chunk in _chunks(taken, BIG):
            # each log line of this transaction carries the mark of the change that wrote it
            self.conn.execute(text(
                "UPDATE sync_changes c SET stamp = v.stamp "
                "FROM unnest(CAST(:u AS text[]), CAST(:s AS text[])) AS v(uuid, stamp) "
                "WHERE c.uuid = v.uuid AND c.tx = pg_current_xact_id() AND c.stamp IS NULL"),
                {"u": list(chunk), "s": [stamps[u] for u in chunk]})

    def resolve(self, name: str, uuids: Iterable[str]) -> dict[str, int]:
        """The hub's ids of rows named by uuid: a merged patient stands for the one he was
        merged into, an aliased organisation or account for the one it stands for."""
        t = table(name)
        out: dict[str, int] = {}
        current = {u: u for u in uuids if u}  # asked -> the uuid now looked for
        for _ in range(8):
            if not current:
                break
            wanted = sorted(set(current.values()))
            found: dict[str, int] = {}
            parent: dict[int, int] = {}
            cols = [t.c.uuid, t.c.id] + ([t.c.merged_into_id] if name == "patients" else [])
            for chunk in _chunks(wanted, BIG):
                for row in self.conn.execute(select(*cols).where(among(self.conn, t.c.uuid, chunk))):
                    found[row[0]] = row[1]
                    if name == "patients" and row[2] is not None:
                        parent[row[1]] = row[2]
            checked = set(found.values())
            for _hop in range(8):  # follow tombstones to the record that stays
                need = sorted({p for p in parent.values() if p not in checked})
                if not need:
                    break
                checked.update(need)
                for pid, into in self.conn.execute(select(t.c.id, t.c.merged_into_id).where(
                        among(self.conn, t.c.id, need))):
                    if into is not None:
                        parent[pid] = into
            for u, i in found.items():
                for _hop in range(8):
                    if i not in parent:
                        break
                    i = parent[i]
                found[u] = i
            lacking = {}
            for asked, now in current.items():
                if now in found:
                    out[asked] = found[now]
                else:
                    lacking[asked] = now
            if not lacking:
                break
            aliases = dict(self.conn.execute(text(
                "SELECT uuid, target FROM sync_aliases WHERE uuid = ANY(:u)"),
                {"u": sorted(set(lacking.values()))}).all())
            current = {a: aliases[n] for a, n in lacking.items() if n in aliases}
        return out

    def take_table(self, name: str, items: Sequence[PushItem]) -> None:
        t = table(name)
        fks = FKS.get(name, {})
        fields = data_fields(name)
        batch = {item.uuid for item in items}
        refs = {col: self.resolve(target, {i.row.get(col) for i in items})
                for col, target in fks.items()}
        ready, slow = [], []
        for item in items:
            values = {col: typed(t.c[col], item.row.get(col)) for col in fields}
            for col, target in fks.items():
                ref = item.row.get(col)
                if ref is None:
                    continue
                found = refs[col].get(ref)
                if found is None:
                    if target == name and ref in batch:
                        slow.append(item)  # refers to a row of this very page: after it
                    else:
                        self.missing.append((target, ref))
                    break
                values[col] = found
            else:
                ready.append((item, values))
        rows = {}
        for chunk in _chunks(sorted(batch), BIG):
            for r in self.conn.execute(select(t).where(among(self.conn, t.c.uuid, chunk))
                                       .order_by(t.c.id).with_for_update()).mappings():
                rows[r["uuid"]] = r
        key = NATURAL.get(name)
        if key:
            ready, later = self.free_keys(name, key, ready, rows)
            slow = later + slow
        if self.stamped:
            self.conn.execute(text("SELECT set_config('tirkeu.stamp', '', true)"))
            self.stamped = False
        fresh, merging = [], []
        for item, values in ready:
            row = rows.get(item.uuid)
            if row is None:
                values.update(uuid=item.uuid, version=item.row.get("version") or 1,
                              updated_at=typed(t.c.updated_at, item.row.get("updated_at"))
                              or m.utcnow())
                fresh.append(values)
            else:
                merging.append((item, row, values))
        if fresh:
            self.conn.execute(insert(t), fresh)
        others = self.changed_since_many(
            name, {item.uuid: item.base for item, row, _v in merging if row["version"] > item.base})
        updates: dict[tuple[str, ...], list[dict]] = defaultdict(list)
        told = []
        for item, row, values in merging:
            changes, diverged = self.merge_fields(item, row, values, others.get(item.uuid, {}))
            if changes:
                updates[tuple(sorted(changes))].append(
                    {"b_id": row["id"], **{f"v_{k}": v for k, v in changes.items()}})
            if diverged:
                told.append(row["id"])
        for cols, params in updates.items():
            self.conn.execute(update(t).where(t.c.id == bindparam("b_id"))
                              .values({k: bindparam(f"v_{k}") for k in cols}), params)
        if told:
            # the desk holds other values than the hub now does: it is told to pull the row
            for uuid, version in self.conn.execute(select(t.c.uuid, t.c.version).where(
                    among(self.conn, t.c.id, told))).all():
                self.log(name, uuid, version, "")
        for item in slow:
            self.apply(item)

    def free_keys(self, name: str, key: str, ready: list, rows: dict) -> tuple[list, list]:
        """Rows whose IIN (code, login) is new or changes lock that value; those whose value
        another row holds, or another row of the page also takes, go one by one (later)."""
        t = table(name)
        wanted: dict[object, list[str]] = defaultdict(list)
        for item, values in ready:
            value, row = values.get(key), rows.get(item.uuid)
            if value is not None and (row is None or row[key] != value):
                wanted[value].append(item.uuid)
        if not wanted:
            return ready, []
        self.conn.execute(text(
            "SELECT count(pg_advisory_xact_lock(hashtext(k))) FROM "
            "(SELECT DISTINCT k FROM unnest(CAST(:k AS text[])) AS k ORDER BY k) AS s"),
            {"k": [f"{name}:{v}" for v in wanted]})
        held = set()
        for chunk in _chunks(list(wanted), BIG):
            for uuid, value in self.conn.execute(
                    select(t.c.uuid, t.c[key]).where(among(self.conn, t.c[key], chunk))
                    .order_by(t.c.id).with_for_update()):
                if wanted[value] != [uuid]:
                    held.add(value)
        for value, uuids in wanted.items():
            if len(uuids) > 1:
                held.add(value)
        if not held:
            return ready, []
        now, later = [], []
        for item, values in ready:
            (later if values.get(key) in held else now).append((item, values))
        return now, [item for item, _values in later]

    def changed_since_many(self, name: str, bases: dict[str, int]
                           ) -> dict[str, dict[str, tuple[datetime, str]]]:
        """For each row: the fields other writers changed on the hub after the version the
        desk's change was made on, when and at which site."""
        out: dict[str, dict[str, tuple[datetime, str]]] = {}
        for chunk in _chunks(sorted(bases), BIG):
            for uuid, version, fields, at, site in self.conn.execute(text(
                    "SELECT uuid, version, fields, at, site FROM sync_changes "
                    "WHERE uuid = ANY(:u) AND desk IS DISTINCT FROM :d AND fields <> '' "
                    "ORDER BY seq"), {"u": list(chunk), "d": self.desk}):
                if version <= bases[uuid]:
                    continue
                names = data_fields(name) if fields == "*" else fields.split(",")
                mine = out.setdefault(uuid, {})
                for f in names:
                    mine[f] = (at or datetime.min, site or "")
        return out

    # -- one pushed row (the rows that meet another's IIN, code or login)
    def apply(self, item: PushItem) -> None:
        name, uuid, wire = item.tbl, item.uuid, dict(item.row)
        t = table(name)
        stamp = f"{self.desk}:{item.stamp}"
        self.stamped = True
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
            found = self.resolve(target, [ref]).get(ref)
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
        others = {}
        if row["version"] > item.base:
            others = self.changed_since_many(name, {uuid: item.base}).get(uuid, {})
        changes, diverged = self.merge_fields(item, row, values, others)
        if changes:
            self.conn.execute(update(t).where(t.c.id == row["id"]).values(**changes))
        if diverged:
            version = self.conn.execute(select(t.c.version).where(t.c.id == row["id"])).scalar_one()
            self.log(name, uuid, version, "")

    def merge_fields(self, item: PushItem, row, values: dict,
                     others: dict[str, tuple[datetime, str]]) -> tuple[dict, bool]:
        """Field by field: what the hub's row takes from the pushed one (a field only the desk
        changed; a field both changed goes to the later change, the loser logged), and whether
        the desk is left holding other values than the hub."""
        name, uuid = item.tbl, item.uuid
        t = table(name)
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
        after = {f: changes.get(f, row[f]) for f in values}
        return changes, after != values

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
            for chunk in _chunks(uuids, BIG):
                for uuid, version in self.conn.execute(
                        select(t.c.uuid, t.c.version).where(among(self.conn, t.c.uuid, chunk))).all():
                    self.answer.versions[(name, uuid)] = version


def hub_take(conn: Connection, items: Sequence[PushItem], *, desk: str, site: str,
             clinic: str) -> PushAnswer:
    """Apply pushed rows on the hub (the caller commits). MissingRows when a row refers to one
    the hub does not have (the caller rolls back, sends those too and pushes again)."""
    hub = Hub(conn, desk, site, clinic)
    hub.take(items)
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
    for chunk in _chunks(list(line_ids), BIG):
        conn.execute(delete(m.SyncOutboxRecord).where(among(conn, m.SyncOutboxRecord.id, chunk)))
    with applying(conn):
        for (name, uuid), target in answer.aliases.items():
            rewrite_uuid(conn, name, uuid, target)
        by_table: dict[str, list[dict]] = defaultdict(list)
        for (name, uuid), version in answer.versions.items():
            by_table[name].append({"b_uuid": uuid, "v_version": version})
        for name, params in by_table.items():
            t = table(name)
            # (its time stays: the row did not change, it only learnt its version)
            conn.execute(update(t).where(t.c.uuid == bindparam("b_uuid"))
                         .values(version=bindparam("v_version"), updated_at=t.c.updated_at), params)


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


def _sqlite_value(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat(" ", "microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def insert_rows(conn: Connection, t, columns: Sequence[str], rows: Sequence[dict]) -> None:
    """Insert many rows of one table. On SQLite the values are written as SQLAlchemy stores
    them (dates and times as ISO text, booleans as 0/1), straight through the driver."""
    if _pg(conn):
        conn.execute(insert(t), list(rows))
        return
    kinds = [isinstance(t.c[c].type, (Date, DateTime, Boolean)) for c in columns]
    sql = (f'INSERT INTO "{t.name}" ({", ".join(chr(34) + c + chr(34) for c in columns)}) '
           f'VALUES ({", ".join("?" for _ in columns)})')
    params = [tuple(_sqlite_value(r[c]) if kind else r[c] for c, kind in zip(columns, kinds, strict=True))
              for r in rows]
    conn.exec_driver_sql(sql, params)


class Desk:
    """Applies hub rows to the desk's database, in the caller's transaction (inside `applying`)."""

    def __init__(self, conn: Connection, fetch: Fetch, alias_of: Callable[[str], str | None],
                 children: Callable[[Sequence[str]], dict[str, list[dict]]] | None = None):
        self.conn, self.fetch, self.alias_of = conn, fetch, alias_of
        # a desk that holds only its clinic's patients: a patient new to it comes whole
        self.children = children
        self.patients: set[int] = set()
        self.depth = 0

    def pending(self, name: str, uuids: Sequence[str]) -> dict[str, set[str] | None]:
        """Fields this desk changed and has not pushed yet, by uuid (None: a new row)."""
        out: dict[str, set[str] | None] = {}
        if not uuids or not self.conn.execute(text("SELECT 1 FROM sync_outbox LIMIT 1")).first():
            return out
        for chunk in _chunks(list(uuids), BIG):
            rows = self.conn.execute(
                select(m.SyncOutboxRecord.uuid, m.SyncOutboxRecord.fields)
                .where(m.SyncOutboxRecord.tbl == name,
                       among(self.conn, m.SyncOutboxRecord.uuid, chunk))).all()
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

    def local_rows(self, name: str, uuids: Sequence[str]) -> dict[str, dict]:
        t = table(name)
        out = {}
        for chunk in _chunks(list(uuids), BIG):
            for r in self.conn.execute(select(t).where(among(self.conn, t.c.uuid, chunk))).mappings():
                out[r["uuid"]] = r
        return out

    def _apply(self, name: str, wires: Sequence[dict]) -> None:
        t = table(name)
        maps = self.refs(name, wires)
        uuids = [w["uuid"] for w in wires]
        local = self.local_rows(name, uuids)
        key = NATURAL.get(name)
        if key and self.make_room(name, key, wires, local):
            local = self.local_rows(name, uuids)
        pending = self.pending(name, [u for u in uuids if u in local])
        columns = [c.name for c in t.columns if c.name != "id"]
        kinds = {c.name: c for c in t.columns if isinstance(c.type, (Date, DateTime, Boolean))}
        fresh = []
        updates: dict[tuple[str, ...], list[dict]] = defaultdict(list)
        changed_patients = []
        for w in wires:
            values = {c: w.get(c) for c in columns}
            for c, column in kinds.items():
                if isinstance(values[c], str) or (values[c] is not None
                                                  and isinstance(column.type, Boolean)):
                    values[c] = typed(column, values[c])
            for col, found in maps.items():
                if w.get(col):
                    values[col] = found.get(w[col])
                    if values[col] is None:
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
                updates[tuple(sorted(changes))].append(
                    {"b_id": row["id"], **{f"v_{k}": v for k, v in changes.items()}})
                changed_patients.append(row["id"])
        for cols, params in updates.items():
            keep = {} if "updated_at" in cols else {"updated_at": t.c.updated_at}
            self.conn.execute(update(t).where(t.c.id == bindparam("b_id"))
                              .values({**{k: bindparam(f"v_{k}") for k in cols}, **keep}), params)
        if fresh:
            insert_rows(self.conn, t, columns, fresh)
        if name == "patients":
            self.patients.update(changed_patients)
            if fresh:
                self.patients.update(ids_of(self.conn, name, [v["uuid"] for v in fresh]).values())
            if fresh and self.children is not None:
                # he entered what this desk holds: his older rows come too, not only the new
                got = self.children([v["uuid"] for v in fresh])
                for child in CHILDREN:
                    self.apply(child, got.get(child, []))

    def make_room(self, name: str, key: str, wires: Sequence[dict], local: dict) -> bool:
        """Before rows arrive, the rows of this desk that hold their IIN (code, login) under
        another uuid give it up: the hub's answer for them is applied first, or, for an
        organisation or account the hub merged with another, they take the hub's uuid."""
        t = table(name)
        incoming = {w[key]: w["uuid"] for w in wires if w.get(key) is not None}
        if not incoming:
            return False
        batch = {w["uuid"] for w in wires}
        holders = []
        for chunk in _chunks(list(incoming), BIG):
            holders += self.conn.execute(select(t.c.id, t.c.uuid, t.c[key])
                                         .where(among(self.conn, t.c[key], chunk))).all()
        holders = [h for h in holders if incoming[h[2]] != h[1]]
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
        return bool(holders)

    def add_conflicts(self, wires: Sequence[dict]) -> int:
        t = table(CONFLICTS)
        have = set()
        uuids = [w["uuid"] for w in wires]
        for chunk in _chunks(uuids, BIG):
            have.update(self.conn.execute(select(t.c.uuid).where(
                among(self.conn, t.c.uuid, chunk))).scalars())
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
        for chunk in _chunks(list(uuids), BIG):
            for r in conn.execute(select(t).where(among(conn, t.c.uuid, chunk))).mappings():
                out[r["uuid"]] = {k: v for k, v in r.items() if k != "id"}
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


# ------------------------------------------------------------------------- what a desk holds
#
# On a hub that serves several clinics a desk pulls only what its clinic may see: the rows that
# hang on no patient (organisations, accounts, ...), and the patients of its clinic's scope with
# everything recorded about them. A patient is in a clinic's scope when he, or a record merged
# into him, is attached to an organisation with the clinic's BIN, was registered or changed at
# one of the clinic's sites, has a visit, referral, consent or piece of evidence written there
# (the change log names the site and clinic of every change), or was fetched by a desk of the
# clinic (`sync_scope`). A desk that names no clinic pulls all.

def _scope_sql() -> str:
    # "written at the clinic": the hub's change log names the site and clinic of every change
    children = "\n".join(
        f"   OR EXISTS (SELECT 1 FROM \"{child}\" c JOIN sync_changes l ON l.uuid = c.uuid "
        f"WHERE c.patient_id = p.id AND (l.clinic = :c OR l.site = ANY(sites.list)))"
        for child in CHILDREN)
    return f"""
WITH RECURSIVE up AS (
    SELECT p.uuid AS asked, p.id, p.merged_into_id, 0 AS hop
      FROM patients p WHERE p.uuid = ANY(CAST(:u AS text[]))
    UNION ALL
    SELECT up.asked, p.id, p.merged_into_id, up.hop + 1
      FROM up JOIN patients p ON p.id = up.merged_into_id WHERE up.hop < 8
), grp AS (
    SELECT asked, id, 0 AS hop FROM up WHERE merged_into_id IS NULL OR hop = 8
    UNION ALL
    SELECT grp.asked, p.id, grp.hop + 1
      FROM grp JOIN patients p ON p.merged_into_id = grp.id WHERE grp.hop < 8
), sites AS (
    SELECT coalesce(array_agg(site), CAST('{{}}' AS text[])) AS list
      FROM sync_sites WHERE clinic = :c
)
SELECT DISTINCT grp.asked FROM grp JOIN patients p ON p.id = grp.id CROSS JOIN sites
 WHERE p.attached_org_id IN (SELECT id FROM organisations WHERE bin = :c)
   OR p.origin_site = ANY(sites.list)
   OR EXISTS (SELECT 1 FROM sync_scope s WHERE s.clinic = :c AND s.patient_uuid = p.uuid)
   OR EXISTS (SELECT 1 FROM sync_changes l WHERE l.uuid = p.uuid
              AND (l.clinic = :c OR l.site = ANY(sites.list)))
{children}"""


SCOPE_SQL = _scope_sql()


def in_scope(conn: Connection, clinic: str, uuids: Iterable[str]) -> set[str]:
    """Which of these patients (by uuid; a merged record stands for the one he became) are in
    the clinic's scope on the hub."""
    uuids = sorted({u for u in uuids if u})
    out: set[str] = set()
    for chunk in _chunks(uuids, BIG):
        out.update(conn.execute(text(SCOPE_SQL), {"u": list(chunk), "c": clinic}).scalars())
    return out


def _patient_of(name: str, wire: dict) -> str | None:
    return wire["uuid"] if name == "patients" else wire.get("patient_id")


def scoped(conn: Connection, clinic: str, wires: dict[str, dict[str, dict]]
           ) -> dict[str, dict[str, dict]]:
    """The rows of a pulled page (wire rows by table and uuid) a desk of this clinic holds:
    the patient-bound ones of patients in its scope, the conflicts on them and on its own
    clinic's settings, and every row that hangs on no patient. No clinic: everything."""
    if not clinic:
        return wires
    bound = ("patients", *CHILDREN)
    asked = {_patient_of(name, w) for name in bound for w in wires.get(name, {}).values()}
    lines = list(wires.get(CONFLICTS, {}).values())
    # a conflict names its row: a patient, a row hanging on one, or a clinic's settings
    owner: dict[str, str | None] = {}
    for name in CHILDREN:
        rows = [c["row_uuid"] for c in lines if c["tbl"] == name]
        if rows:
            t = table(name)
            for chunk in _chunks(rows, BIG):
                owner.update(conn.execute(
                    select(t.c.uuid, table("patients").c.uuid)
                    .join(table("patients"), table("patients").c.id == t.c.patient_id)
                    .where(among(conn, t.c.uuid, chunk))).all())
    for c in lines:
        if c["tbl"] == "patients":
            owner[c["row_uuid"]] = c["row_uuid"]
    asked |= {u for u in owner.values() if u}
    allowed = in_scope(conn, clinic, asked) if asked else set()
    out = {}
    for name, rows in wires.items():
        if name in bound:
            out[name] = {u: w for u, w in rows.items() if _patient_of(name, w) in allowed}
        elif name == CONFLICTS:
            out[name] = {u: w for u, w in rows.items()
                         if (w["tbl"] == "clinic_settings" and w["row_uuid"] == clinic)
                         or (w["tbl"] in bound and owner.get(w["row_uuid"]) in allowed)
                         or (w["tbl"] not in bound and w["tbl"] != "clinic_settings")}
        else:
            out[name] = rows
    return out


def note_site(conn: Connection, site: str, clinic: str) -> None:
    """The hub learns (or relearns) which clinic a site belongs to (the caller commits)."""
    if site and clinic:
        conn.execute(text(
            "INSERT INTO sync_sites (site, clinic, at) VALUES (:s, :c, :at) "
            "ON CONFLICT (site) DO UPDATE SET clinic = EXCLUDED.clinic, at = EXCLUDED.at "
            "WHERE sync_sites.clinic IS DISTINCT FROM EXCLUDED.clinic"),
            {"s": site, "c": clinic, "at": m.utcnow()})


def add_to_scope(conn: Connection, clinic: str, patient_uuid: str, *, desk: str = "",
                 site: str = "") -> bool:
    """A desk of the clinic fetched this patient: he belongs to what its desks hold from now on.
    A log line of his tells the clinic's other desks (they fetch his whole record). True when
    he is new to the clinic's scope (the caller commits)."""
    if not clinic:
        return False
    fresh = conn.execute(text(
        "INSERT INTO sync_scope (clinic, patient_uuid, since, desk) VALUES (:c, :u, :at, :d) "
        "ON CONFLICT DO NOTHING RETURNING patient_uuid"),
        {"c": clinic, "u": patient_uuid, "at": m.utcnow(), "d": desk or None}).first()
    if fresh is None:
        return False
    version = conn.execute(select(table("patients").c.version).where(
        table("patients").c.uuid == patient_uuid)).scalar() or 1
    conn.execute(text(
        "INSERT INTO sync_changes (tbl, uuid, version, fields, site, clinic, desk, at) "
        "VALUES ('patients', :u, :v, '', :s, :c, :d, :at)"),
        {"u": patient_uuid, "v": version, "s": site or None, "c": clinic, "d": desk or None,
         "at": m.utcnow()})
    return True


def hub_children(conn: Connection, patient_uuids: Sequence[str]) -> dict[str, list[dict]]:
    """Everything recorded about these patients on the hub, as wire rows by table."""
    ids = sorted(ids_of(conn, "patients", patient_uuids).values())
    out: dict[str, list[dict]] = {name: [] for name in CHILDREN}
    for chunk in _chunks(ids, BIG):
        for name in CHILDREN:
            out[name] += read_where(conn, name, lambda c, chunk=chunk: among(conn, c.c.patient_id, chunk))
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


def _desk(conn: Connection, hub: Connection, whole: bool = False) -> Desk:
    return Desk(conn, lambda name, uuids: hub_rows(hub, name, uuids),
                lambda uuid: hub_alias(hub, uuid),
                (lambda uuids: hub_children(hub, uuids)) if whole else None)


def hub_address(hub_factory) -> str:
    with hub_factory() as hs:
        return hs.get_bind().url.render_as_string(hide_password=True)


def attach(local_factory, hub_factory, *, desk: str, site: str, clinic: str = "") -> bool:
    """Before the first round with a hub (or another hub than before): the hub's register
    of desks takes this desk's site prefix (refused when another desk numbers with it), and
    everything the desk holds goes into its outbox. Every round the hub notes the site's
    clinic (before the desk's changes reach it). True when it was the first round."""
    from db.settings import claim_prefix

    with hub_factory() as hs:
        identity = hub_identity(hs.connection())
        if clinic and hs.connection().execute(text(
                "SELECT clinic FROM sync_sites WHERE site = :s"), {"s": site}).scalar() != clinic:
            note_site(hs.connection(), site, clinic)
            hs.commit()
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


def pull_all(local_factory, hub_factory, *, page: int = CHUNK, batches: int = 3,
             clinic: str = "") -> tuple[int, int]:
    """Pull what the hub holds that this desk has not applied, `page` log lines per local
    transaction (the position moves with the rows it covers, so a cut anywhere resumes
    without a gap or a repeat); with a clinic, only what the clinic's desks hold (`scoped`).
    Returns (rows pulled, conflicts learnt)."""
    with local_factory() as ls:
        state = get_state(ls.connection())
    s1, s2 = state.get("snap_from"), state.get("snap_to")
    if (state.get("scope") or "") not in ("", clinic):
        s1 = s2 = None  # the desk now serves another clinic: it copies that clinic's part
    if (state.get("scope") or "") != clinic:
        with _writing(local_factory) as conn:
            put_state(conn, scope=clinic, **({} if s1 or s2 else {"snap_from": None,
                                                                   "snap_to": None}))
    after = int(state.get("after_seq") or 0)
    pulled = conflicts = done = 0
    had = bool(s2)
    bulk_index = bool(state.get("reindex"))
    if not s1 and not s2:
        s1, pulled, conflicts = copy_all(local_factory, hub_factory, page=page, clinic=clinic)
        bulk_index = True
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
                if name in ORDER or name == CONFLICTS:
                    wanted[name].append(uuid)
            wires = scoped(hc, clinic, {name: hub_rows(hc, name, uuids)
                                        for name, uuids in wanted.items()})
            with _writing(local_factory) as conn:
                with applying(conn):
                    desk = _desk(conn, hc, whole=bool(clinic))
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


def copy_all(local_factory, hub_factory, *, page: int, clinic: str = "") -> tuple[str, int, int]:
    """A desk that has pulled nothing from this hub yet copies the hub's tables as one
    snapshot shows them, `page` rows per local transaction, parents before children; the
    log is then read from that snapshot on. With a clinic, only the rows its desks hold
    (`scoped`, in the same snapshot). A copy cut short starts again (rows it already has are
    compared, not doubled). Returns (the snapshot, rows copied, conflicts learnt)."""
    pulled = conflicts = 0
    with hub_factory() as hs:
        hc = hs.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        snap = hub_snapshot(hc)  # the transaction's own snapshot: what every read sees
        last_seq = hc.execute(text("SELECT coalesce(max(seq), 0) FROM sync_changes")).scalar_one()
        allowed: set[str] = set()  # with a clinic: the patients (uuids) copied
        for name in (*SYNCED, CONFLICTS):
            t, query = wire_select(name)
            query = query.add_columns(t.c.id.label("_id")).order_by(t.c.id).limit(page)
            last = 0
            while True:
                result = hc.execute(query.where(t.c.id > last))
                keys = list(result.keys())
                rows = result.all()
                if not rows:
                    break
                last = rows[-1][-1]
                wires = [dict(zip(keys, r, strict=True)) for r in rows]
                if clinic and name == "patients":
                    allowed |= in_scope(hc, clinic, [w["uuid"] for w in wires])
                    wires = [w for w in wires if w["uuid"] in allowed]
                elif clinic and name in CHILDREN:  # the same snapshot: his patient decides
                    wires = [w for w in wires if w["patient_id"] in allowed]
                elif clinic:
                    wires = list(scoped(hc, clinic, {name: {w["uuid"]: w for w in wires}})[name]
                                 .values())
                if not wires:
                    continue
                with _writing(local_factory) as conn:
                    with applying(conn):
                        desk = _desk(conn, hc)
                        if name == CONFLICTS:
                            conflicts += desk.add_conflicts(wires)
                        else:
                            desk.apply(name, wires)
                    put_state(conn, reindex=True)
                pulled += len(wires)
        with _writing(local_factory) as conn:
            put_state(conn, snap_from=snap, snap_to=None, after_seq=0,
                      last_seq=max(last_seq, int(get_state(conn).get("last_seq") or 0)))
        hs.rollback()
    return snap, pulled, conflicts


def fetch_person(local_factory, hub_factory, iin: str, *, clinic: str = "", desk: str = "",
                 site: str = "") -> bool:
    """Copy one patient and everything that hangs on him from the hub, by IIN. With a clinic,
    the hub first notes that the clinic has seen him: his later changes, wherever they are
    made, reach the clinic's desks, and its other desks get him whole at their next pull."""
    with hub_factory() as hs:
        hc = hs.connection()
        rows = person_rows(hc, iin)
        if rows is None:
            return False
        if clinic and add_to_scope(hc, clinic, rows["patients"][0]["uuid"], desk=desk, site=site):
            hs.commit()  # noted before the desk holds him: no change of his can slip past
            hc = hs.connection()
        with _writing(local_factory) as conn:
            with applying(conn):
                here = _desk(conn, hc)
                for name in SYNCED:
                    here.apply(name, rows.get(name, []))
                here.reindex(bulk_from=10**9)
    return True


def conflict_count(conn: Connection) -> int:
    return conn.execute(text("SELECT count(*) FROM sync_conflicts")).scalar_one()


def conflict_rows(conn: Connection, limit: int) -> list:
    t = table(CONFLICTS)
    return conn.execute(select(t).order_by(t.c.at.desc(), t.c.id.desc()).limit(limit)).mappings().all()


# ------------------------------------------------------------- what else travels each round
#
# Rows that are only ever added (the desk's audit chain, the printed-slip log) go from the desk
# to the hub from the place the last round reached; rule packs and their activations (a handful
# of rows) are compared as sets both ways; the clinic's settings are compared key by key.

SETTINGS_STATE = "settings_agreed"


def _change_lines(conn: Connection, name: str, uuids: Sequence[str], *, desk: str, site: str,
                  clinic: str) -> None:
    """Lines of the hub's change log for rows that are not pulled from it (the hub knows which
    desk, site and clinic every change came from)."""
    if uuids:
        conn.execute(text(
            "INSERT INTO sync_changes (tbl, uuid, version, fields, site, clinic, desk, at) "
            "VALUES (:t, :u, 1, '*', :s, :c, :d, :at)"),
            [{"t": name, "u": u, "s": site, "c": clinic, "d": desk, "at": m.utcnow()} for u in uuids])


def push_audit(local_factory, hub_factory, *, desk: str, site: str, clinic: str,
               page: int = BIG) -> int:
    """The desk's own audit chains (every chain but the database's unnamed one) to the hub,
    each event as it was sealed, so the hub verifies each desk's chain; a repeat stores
    nothing twice. Returns the events sent."""
    t = table("audit_events")
    cols = [c for c in t.columns if c.name != "id"]
    sent = 0
    while True:
        with local_factory() as ls:
            conn = ls.connection()
            after = int(get_state(conn).get("audit_sent") or 0)
            rows = conn.execute(select(t.c.id, *cols).where(t.c.id > after, t.c.chain != "")
                                .order_by(t.c.id).limit(page)).all()
        if not rows:
            return sent
        events = [dict(zip([c.name for c in cols], r[1:], strict=True)) for r in rows]
        heads: dict[str, tuple[int, str]] = {}
        for e in events:
            if e["seq"] is not None and e["seq"] > heads.get(e["chain"], (0, ""))[0]:
                heads[e["chain"]] = (e["seq"], e["hash"])
        with hub_factory() as hs:
            hc = hs.connection()
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            hc.execute(pg_insert(t).on_conflict_do_nothing(index_elements=["chain", "seq"]), events)
            head = table("audit_heads")
            for chain, (seq, digest) in heads.items():
                hc.execute(pg_insert(head).values(chain=chain, seq=seq, hash=digest)
                           .on_conflict_do_update(index_elements=["chain"],
                                                  set_={"seq": seq, "hash": digest},
                                                  where=head.c.seq < seq))
            hs.commit()
        with _writing(local_factory) as conn:
            put_state(conn, audit_sent=rows[-1][0])
        sent += len(rows)


def push_prints(local_factory, hub_factory, *, desk: str, site: str, clinic: str,
                page: int = BIG) -> int:
    """The printed-slip log (first prints and copies) to the hub, from the place the last round
    reached; a line the hub has already stored is not stored twice. Returns the lines sent."""
    t = table("referral_prints")
    sent = 0
    while True:
        with local_factory() as ls:
            conn = ls.connection()
            after = int(get_state(conn).get("prints_sent") or 0)
            result = conn.execute(select(t.c.id, t.c.uuid, t.c.printed_at, t.c.copy, t.c.operator,
                                         t.c.pdf_sha256, table("referrals").c.uuid.label("ref"))
                                  .join(table("referrals"), table("referrals").c.id == t.c.referral_id)
                                  .where(t.c.id > after).order_by(t.c.id).limit(page))
            rows = result.all()
        if not rows:
            return sent
        with hub_factory() as hs:
            hc = hs.connection()
            hub = Hub(hc, desk, site, clinic)
            refs = hub.resolve("referrals", {r.ref for r in rows})
            have = set(hc.execute(select(t.c.uuid).where(
                among(hc, t.c.uuid, [r.uuid for r in rows if r.uuid]))).scalars())
            fresh, last = [], after
            for r in rows:
                if r.ref not in refs:
                    break  # its referral has not reached the hub yet: the next round sends it
                last = r.id
                if r.uuid and r.uuid not in have:
                    fresh.append({"uuid": r.uuid, "referral_id": refs[r.ref],
                                  "printed_at": r.printed_at, "copy": r.copy,
                                  "operator": r.operator, "pdf_sha256": r.pdf_sha256})
            if fresh:
                hc.execute(insert(t), fresh)
                _change_lines(hc, "referral_prints", [f["uuid"] for f in fresh], desk=desk,
                              site=site, clinic=clinic)
            hs.commit()
        if last == after:
            return sent
        with _writing(local_factory) as conn:
            put_state(conn, prints_sent=last)
        sent += len(fresh)
        if last != rows[-1].id:
            return sent


def _packs(conn: Connection) -> tuple[dict[str, dict], dict[str, dict]]:
    packs = table("rule_packs")
    acts = table("rule_pack_activations")
    by_version = {r.version: dict(r._mapping) for r in conn.execute(
        select(packs.c.id, packs.c.uuid, packs.c.version, packs.c.content_hash,
               packs.c.installed_at, packs.c.installed_by, packs.c.note))}
    activations = {}
    for r in conn.execute(select(acts)):
        row = dict(r._mapping)
        activations[row["uuid"] or f"local-{row['id']}"] = row
    return by_version, activations


def _copy_packs(source: Connection, target: Connection, versions: Sequence[str],
                source_packs: dict[str, dict]) -> list[str]:
    packs = table("rule_packs")
    out = []
    for version in versions:
        row = source_packs[version]
        content = source.execute(select(packs.c.content).where(packs.c.id == row["id"])).scalar_one()
        target.execute(insert(packs).values(
            uuid=row["uuid"] or new_uuid_hex(), version=version, content_hash=row["content_hash"],
            content=content, installed_at=row["installed_at"], installed_by=row["installed_by"],
            note=row["note"]))
        out.append(row["uuid"] or version)
    return out


def _copy_activations(target: Connection, rows: Sequence[dict], source_packs: dict[str, dict],
                      target_packs: dict[str, int]) -> list[str]:
    acts = table("rule_pack_activations")
    by_id = {p["id"]: v for v, p in source_packs.items()}
    out = []
    for row in rows:
        version = by_id.get(row["pack_id"]) if row["pack_id"] is not None else None
        target.execute(insert(acts).values(
            uuid=row["uuid"], at=row["at"], version=row["version"],
            pack_id=target_packs.get(version) if version is not None else None,
            content_hash=row["content_hash"], operator=row["operator"]))
        out.append(row["uuid"])
    return out


def new_uuid_hex() -> str:
    return m.new_uuid()


def exchange_rule_packs(local_factory, hub_factory, *, desk: str, site: str,
                        clinic: str) -> tuple[int, int]:
    """Installed rule packs (one per version label) and their activations, both ways: a pack
    installed at the hub or at any desk reaches every desk, and the newest activation (by its
    time) is the active pack everywhere. Returns (rows sent, rows taken)."""
    with hub_factory() as hs, _writing(local_factory) as conn:
        hc = hs.connection()
        hc.execute(text("SELECT pg_advisory_xact_lock(hashtext('sync:rule_packs'))"))
        hub_packs, hub_acts = _packs(hc)
        desk_packs, desk_acts = _packs(conn)
        up = _copy_packs(conn, hc, sorted(set(desk_packs) - set(hub_packs)), desk_packs)
        down = _copy_packs(hc, conn, sorted(set(hub_packs) - set(desk_packs)), hub_packs)
        hub_ids = {v: i for v, i in hc.execute(select(table("rule_packs").c.version,
                                                      table("rule_packs").c.id))}
        desk_ids = {v: i for v, i in conn.execute(select(table("rule_packs").c.version,
                                                         table("rule_packs").c.id))}
        acts = table("rule_pack_activations")
        for row in desk_acts.values():
            if row["uuid"] is None:  # made before the schema named activations
                row["uuid"] = m.new_uuid()
                conn.execute(update(acts).where(acts.c.id == row["id"]).values(uuid=row["uuid"]))
        up += _copy_activations(hc, [r for u, r in desk_acts.items() if r["uuid"] not in hub_acts],
                                desk_packs, hub_ids)
        down += _copy_activations(conn, [r for u, r in hub_acts.items()
                                         if u not in {d["uuid"] for d in desk_acts.values()}],
                                  hub_packs, desk_ids)
        _change_lines(hc, "rule_packs", up, desk=desk, site=site, clinic=clinic)
        hs.commit()
    return len(up), len(down)


def exchange_settings(local_factory, hub_factory, *, clinic: str, desk: str,
                      site: str) -> tuple[int, int, int]:
    """The clinic's settings, key by key, with the hub: a key only one side changed since the
    two last agreed goes to the other; a key both changed goes to the later change, and the
    value that lost is written into the conflict log. Only this clinic's keys travel. Returns
    (keys sent, keys taken, conflicts)."""
    cs = table("clinic_settings")
    sent = taken = 0
    with hub_factory() as hs:
        hc = hs.connection()
        hub = Hub(hc, desk, site, clinic)
        hc.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": f"settings:{clinic}"})
        theirs = {k: (v, at) for k, v, at in hc.execute(
            select(cs.c.key, cs.c.value, cs.c.updated_at).where(cs.c.clinic == clinic))}
        with local_factory() as ls:
            conn = ls.connection()
            mine = {k: (v, at) for k, v, at in conn.execute(
                select(cs.c.key, cs.c.value, cs.c.updated_at).where(cs.c.clinic == clinic))}
            agreed = get_state(conn).get(SETTINGS_STATE) or {}
            agreed = agreed.get(clinic, {}) if isinstance(agreed, dict) else {}
        to_hub, to_desk, now_agreed = {}, {}, {}
        for key in sorted(set(mine) | set(theirs)):
            d, h = mine.get(key), theirs.get(key)
            if d is not None and h is not None and d[0] == h[0]:
                at = max(d[1], h[1])
                now_agreed[key] = plain(at)
                if d[1] != at:
                    to_desk[key] = (h[0], at)
                if h[1] != at:
                    to_hub[key] = (d[0], at)
                continue
            desk_moved = d is not None and agreed.get(key) != plain(d[1])
            hub_moved = h is not None and agreed.get(key) != plain(h[1])
            if d is not None and (h is None or (desk_moved and not hub_moved)):
                win, side = d, "desk"
            elif h is not None and (d is None or (hub_moved and not desk_moved)):
                win, side = h, "hub"
            else:  # both changed it since they last agreed: the later change
                side = "desk" if (d[1], site) > (h[1], "") else "hub"
                win, lose = (d, h) if side == "desk" else (h, d)
                hub_site = hc.execute(text(
                    "SELECT site FROM sync_changes WHERE tbl = 'clinic_settings' AND uuid = :u "
                    "ORDER BY seq DESC LIMIT 1"), {"u": conflict_uuid(clinic, key)}).scalar()
                sites = (site, hub_site) if side == "desk" else (hub_site, site)
                hub.conflict("clinic_settings", clinic, key, _json_value(win[0]),
                             _json_value(lose[0]), sites[0], sites[1], win[1], lose[1], "later")
            (to_hub if side == "desk" else to_desk)[key] = win
            now_agreed[key] = plain(win[1])
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        for key, (value, at) in to_hub.items():
            hc.execute(pg_insert(cs).values(clinic=clinic, key=key, value=value, updated_at=at)
                       .on_conflict_do_update(index_elements=["clinic", "key"],
                                              set_={"value": value, "updated_at": at}))
        _change_lines(hc, "clinic_settings", [conflict_uuid(clinic, k) for k in to_hub],
                      desk=desk, site=site, clinic=clinic)
        hs.commit()
        sent = len(to_hub)
    with _writing(local_factory) as conn:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        for key, (value, at) in to_desk.items():
            conn.execute(sqlite_insert(cs).values(clinic=clinic, key=key, value=value, updated_at=at)
                         .on_conflict_do_update(index_elements=["clinic", "key"],
                                                set_={"value": value, "updated_at": at}))
        taken = len(to_desk)
        state = get_state(conn).get(SETTINGS_STATE)
        state = state if isinstance(state, dict) else {}
        state[clinic] = now_agreed
        put_state(conn, **{SETTINGS_STATE: state})
    return sent, taken, hub.answer.conflicts


def _json_value(raw: str | None) -> object:
    try:
        return json.loads(raw) if raw is not None else None
    except ValueError:
        return raw


def clinic_code(local_factory, fallback: str) -> str:
    """The clinic whose settings this desk keeps (db.settings.clinic_of), else `fallback`."""
    from db.settings import clinic_of

    with local_factory() as ls:
        return clinic_of(ls) or fallback


def exchange_rest(local_factory, hub_factory, *, desk: str, site: str,
                  clinic: str) -> tuple[int, int, int]:
    """Everything but the synced rows: the desk's audit chain and printed-slip log to the hub,
    rule packs both ways, the clinic's settings both ways. Returns (sent, taken, conflicts)."""
    sent = push_audit(local_factory, hub_factory, desk=desk, site=site, clinic=clinic)
    sent += push_prints(local_factory, hub_factory, desk=desk, site=site, clinic=clinic)
    up, down = exchange_rule_packs(local_factory, hub_factory, desk=desk, site=site, clinic=clinic)
    code = clinic_code(local_factory, clinic)
    to_hub, to_desk, conflicts = (0, 0, 0) if not code else exchange_settings(
        local_factory, hub_factory, clinic=code, desk=desk, site=site)
    return sent + up + to_hub, down + to_desk, conflicts
