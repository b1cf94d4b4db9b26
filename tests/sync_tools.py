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
    # a desk attached to a hub keeps an audit chain of its own, named by its site prefix
    return sessionmaker(engine, expire_on_commit=False,
                        info={"site_prefix": site, "audit_chain": site})


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


class CablePuller:
    """A TCP relay between the desks and the hub that the test can cut like a pulled network
    cable: `cut()` drops every open connection and refuses new ones until `plug()`."""

    def __init__(self, target_port: int):
        import socket
        import threading

        self.target = ("127.0.0.1", target_port)
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.plugged = True
        self.closed = False
        self.open: set = set()
        self.lock = threading.Lock()
        self.cuts = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket
        import threading

        while not self.closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.plugged:
                client.close()
                continue
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.open.update((client, server))
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, a, b) -> None:
        try:
            while True:
                data = a.recv(65536)
                if not data:
                    break
                b.sendall(data)
        except OSError:
            pass
        for s in (a, b):
            self._drop(s)

    def _drop(self, s) -> None:
        import socket

        with self.lock:
            self.open.discard(s)
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        s.close()

    def cut(self) -> None:
        self.plugged = False
        self.cuts += 1
        with self.lock:
            sockets = list(self.open)
        for s in sockets:
            self._drop(s)

    def plug(self) -> None:
        self.plugged = True

    def close(self) -> None:
        self.closed = True
        self.cut()
        self.listener.close()
