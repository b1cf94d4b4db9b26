"""Helpers of the sync tests: a desk on its own SQLite file, a hub, and the content of a
database table by table (by uuid, without the local ids) to compare them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from db import sync as sync_db
from db.engine import open_database
from db.sync_schema import SYNCED


def desk_factory(path, site: str):
    engine = open_database(f"sqlite:///{path}")
    return sessionmaker(engine, expire_on_commit=False, info={"site_prefix": site})


def hub_factory(url: str):
    engine = open_database(url)
    return sessionmaker(engine, expire_on_commit=False)


def contents(factory) -> dict[str, dict[str, dict]]:
    """Every synced table and the conflict log: wire rows by uuid."""
    out = {}
    with factory() as session:
        conn = session.connection()
        for name in SYNCED:
            t = sync_db.table(name)
            rows = conn.execute(select(t)).mappings().all()
            out[name] = {w["uuid"]: w for w in sync_db.to_wire(conn, name, rows)}
        t = sync_db.table(sync_db.CONFLICTS)
        out[sync_db.CONFLICTS] = {
            r["uuid"]: {k: sync_db.plain(v) for k, v in r.items() if k != "id"}
            for r in conn.execute(select(t)).mappings().all()}
    return out


def differences(a: dict, b: dict, limit: int = 10) -> list[str]:
    """What differs between two `contents`, in words (empty: the same)."""
    out = []
    for name in a.keys() | b.keys():
        ra, rb = a.get(name, {}), b.get(name, {})
        for uuid in sorted(ra.keys() ^ rb.keys())[:limit]:
            out.append(f"{name} {uuid}: only in {'first' if uuid in ra else 'second'}")
        for uuid in sorted(ra.keys() & rb.keys()):
            if ra[uuid] != rb[uuid]:
                diff = {k: (ra[uuid].get(k), rb[uuid].get(k)) for k in ra[uuid].keys() | rb[uuid].keys()
                        if ra[uuid].get(k) != rb[uuid].get(k)}
                out.append(f"{name} {uuid}: {diff}")
            if len(out) >= limit:
                return out
    return out
