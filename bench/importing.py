"""Bench section "import": a registry snapshot of `ctx.patients` rows imported by the program
(`import_s`, `import_peak_mb`) against a raw `sqlite3` `executemany` of the same rows into the
same tables (`import_raw_s`).

The import runs as `main.py import` in a child process, so its peak memory is that of the
import's own process tree (the importer and its parser process), not the bench's.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

from db.engine import open_database
from demo.load import add_organisations
from demo.synth import generate_patients
from formats.registry_row import COLUMNS, to_row

ROOT = Path(__file__).resolve().parent.parent
RAW_CHUNK = 5000


def write_snapshot(path: Path, patients: int, seed: int, on: date) -> Path:
    """A CSV snapshot of generated patients, streamed to disk."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for rec in generate_patients(patients, seed, on):
            row = to_row(rec)
            writer.writerow([row[c] for c in COLUMNS])
    return path


def fresh_database(path: Path) -> str:
    """An empty database at head with the demo organisations (rows refer to their codes)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    url = f"sqlite:///{path}"
    engine = open_database(url)
    try:
        add_organisations(engine)
    finally:
        engine.dispose()
    return url


def run_import(snapshot: Path, db_path: Path) -> tuple[float, float, dict]:
    """Wall seconds and peak resident MB of `main.py import` in a child process, and its JSON.

    The import reads a large file in a parser process of its own, so the peak is that of the
    whole process tree: the resident memory of the importer and its children, summed and
    sampled while it runs (where /proc tells), and never less than the largest single
    process's own high-water mark."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "import", str(snapshot), "--db", str(db_path)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    sampler = _TreeMemory(proc.pid)
    sampler.start()
    out = proc.stdout.read()
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    sampler.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"import exited with {proc.returncode}")
    # ru_maxrss is in kilobytes on Linux: the child's or its largest descendant's
    return seconds, max(usage.ru_maxrss / 1024, sampler.peak_mb), json.loads(out)


class _TreeMemory(threading.Thread):
    """Samples the summed resident memory of a process and its children until stopped."""

    def __init__(self, pid: int, every: float = 0.02):
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_mb = 0.0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.wait(self.every):
            total = sum(_rss_kb(pid) for pid in (self.pid, *_children(self.pid)))
            self.peak_mb = max(self.peak_mb, total / 1024)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _split(value: str) -> list[list[str]]:
    return [item.split("/") for item in value.split(";")] if value else []


def raw_import(snapshot: Path, db_path: Path) -> float:
    """The baseline: the same rows into the same tables with plain `sqlite3` executemany, in
    one transaction, without validation, matching or search keys. Returns wall seconds."""
    started = time.perf_counter()
    con = sqlite3.connect(db_path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("PRAGMA cache_size=-32768")  # as the import itself
        orgs = dict(con.execute("SELECT code, id FROM organisations"))
        con.execute("BEGIN IMMEDIATE")
        tables = _RawTables()
        with open(snapshot, newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            index = {c: i for i, c in enumerate(next(reader))}
            for values in reader:
                tables.add(values, index, orgs)
                if len(tables.rows["patients"]) >= RAW_CHUNK:
                    tables.flush(con)
        tables.flush(con)
        con.execute("COMMIT")
    finally:
        con.close()
    return time.perf_counter() - started


_SYNC = ("uuid", "updated_at", "version", "origin_site", "deleted")
# Each table's own columns after its id and the sync columns, in the order the rows are built.
_COLUMNS = {
    "patients": ("iin", "local_id", "surname", "given_name", "patronymic", "latin_surname",
                 "latin_given_name", "birth_date", "sex", "citizenship", "address", "phone",
                 "attached_org_id", "status", "pregnant", "palliative", "search_key", "created_at"),
    "identity_documents": ("patient_id", "kind", "number", "issued_on", "valid_until", "issuer"),
    "legal_statuses": ("patient_id", "status", "since", "parent_status", "kandas_since",
                       "basis_document_id"),
    "fund_checks": ("patient_id", "insured", "checked_at", "source"),
    "state_categories": ("patient_id", "code", "valid_from", "valid_to"),
    "payment_periods": ("patient_id", "payer", "first_month", "last_month"),
    "conditions": ("patient_id", "icd10", "since", "dispensary"),
    "vhi_contracts": ("patient_id", "insurer", "number", "valid_from", "valid_until"),
}
_RAW_SQL = {
    table: (f"INSERT INTO {table} ({', '.join(('id', *_SYNC, *columns))}) "
            f"VALUES ({','.join('?' * (1 + len(_SYNC) + len(columns)))})")
    for table, columns in _COLUMNS.items()
}


class _RawTables:
    """Rows of the baseline, with ids and unique keys counted up as plainly as possible."""

    NOW = "2026-01-01 00:00:00.000000"

    def __init__(self):
        self.rows: dict[str, list[tuple]] = {t: [] for t in _RAW_SQL}
        self.ids = dict.fromkeys(_RAW_SQL, 0)
        self.serial = 0

    def _sync(self) -> tuple:
        self.serial += 1
        return (f"{self.serial:032x}", self.NOW, 1, "", 0)

    def _next(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def add(self, v: list[str], i: dict[str, int], orgs: dict[str, int]) -> None:
        rows = self.rows
        pid = self._next("patients")

        def g(col: str) -> str | None:
            return v[i[col]] or None

        rows["patients"].append((
            pid, *self._sync(), g("iin"), g("local_id"), v[i["surname"]], v[i["given_name"]],
            g("patronymic"), g("latin_surname"), g("latin_given_name"), g("birth_date"), g("sex"),
            g("citizenship"), g("address"), g("phone"), orgs.get(v[i["attached_org"]]), g("status"),
            v[i["pregnant"]] == "true", v[i["palliative"]] == "true", "", self.NOW))
        basis = None
        if v[i["status_doc_kind"]]:
            basis = self._next("identity_documents")
            rows["identity_documents"].append((
                basis, *self._sync(), pid, v[i["status_doc_kind"]], v[i["status_doc_number"]],
                g("status_doc_issued_on"), g("status_doc_valid_until"), g("status_doc_issuer")))
        rows["legal_statuses"].append((self._next("legal_statuses"), *self._sync(), pid, v[i["status"]],
                                       g("status_since"), g("parent_status"), g("kandas_since"), basis))
        if v[i["fund_insured"]]:
            rows["fund_checks"].append((self._next("fund_checks"), *self._sync(), pid,
                                        v[i["fund_insured"]] == "true", v[i["fund_checked_at"]],
                                        v[i["fund_source"]]))
        for parts in _split(v[i["categories"]]):
            parts += [""] * (3 - len(parts))
            rows["state_categories"].append((self._next("state_categories"), *self._sync(), pid,
                                             parts[0], parts[1] or None, parts[2] or None))
        for parts in _split(v[i["payments"]]):
            rows["payment_periods"].append((self._next("payment_periods"), *self._sync(), pid, *parts[:3]))
        for parts in _split(v[i["conditions"]]):
            parts += [""] * (3 - len(parts))
            rows["conditions"].append((self._next("conditions"), *self._sync(), pid, parts[0],
                                       parts[1] or None, parts[2] == "dispensary"))
        if v[i["vhi_until"]]:
            rows["vhi_contracts"].append((self._next("vhi_contracts"), *self._sync(), pid, "", "", None,
                                          v[i["vhi_until"]]))

    def flush(self, con: sqlite3.Connection) -> None:
        for table, sql in _RAW_SQL.items():
            if self.rows[table]:
                con.executemany(sql, self.rows[table])
                self.rows[table].clear()


def measure(ctx) -> dict:
    work = Path(ctx.workdir)
    on = date.today()
    ctx.progress(f"import: writing a snapshot of {ctx.patients} rows")
    snapshot = write_snapshot(work / "registry-snapshot.csv", ctx.patients, ctx.seed, on)
    try:
        target = work / "import.sqlite"
        fresh_database(target)
        ctx.progress("import: importing in a child process")
        seconds, peak_mb, out = run_import(snapshot, target)
        if out["rejected"] or out["inserted"] != ctx.patients:
            raise RuntimeError(f"import of the snapshot rejected rows: {out['errors'][:3]}")
        baseline = work / "import-raw.sqlite"
        fresh_database(baseline)
        ctx.progress("import: raw sqlite3 executemany baseline")
        raw_seconds = raw_import(snapshot, baseline)
    finally:
        for name in ("registry-snapshot.csv", "import.sqlite", "import-raw.sqlite"):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{work / name}{suffix}").unlink(missing_ok=True)
    return {"import_s": round(seconds, 2), "import_raw_s": round(raw_seconds, 2),
            "import_peak_mb": round(peak_mb, 1)}
