"""Make the saved database of one released schema for the upgrade tests:

    .venv/bin/python -m scripts.schema_fixture 0006     # writes tests/db/schemas/0006.sqlite

It checks nothing out: the current migrations build an empty SQLite file at that revision
(`alembic upgrade REV`), and a few patients, referrals, settings and counters are written with
plain SQL. The SQL is made from the tables as they are at that revision (their columns read
back from the file), so a new migration needs no new code here: run this for the new head and
commit the file. Fixed values and a fixed clock make the file the same on every run.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "db" / "schemas"
SITE = "FIX01"
WHEN = "2026-03-02 10:15:00.000000"

# Patients: (IIN or None, surname, given name, birth date, sex); the one without an IIN has a
# site-prefixed local number, as the desk gives it.
PATIENTS = [
    ("850515300006", "Нұрланов", "Асқар", "1985-05-15", "M"),
    ("850515400012", "Нұрғалиева", "Әйгерім", "1985-05-15", "F"),
    ("010304500126", "Сейітқали", "Нұрлан", "2001-03-04", "M"),
    (None, "Белгісіз", "Әйел", None, "F"),
]
REFERRALS = [  # (number, patient index, service, funding)
    (f"{SITE}-2026-000001", 0, "specialist_consult", "tmkkk"),
    (f"{SITE}-2026-000002", 1, "diagnostics", "mams"),
    (f"{SITE}-2026-000003", 1, "planned_inpatient", "tmkkk"),
]
SEQUENCES = [("referral", SITE, 2026, 3), ("local_id", SITE, 2026, 1)]
SETTINGS = {"site_prefix": SITE, "org_name_kk": "Тексеру емханасы", "org_bin": "040640001234",
            "paper": "A5"}


def _filler(column_type: str, name: str, n: int) -> object:
    """A value for a NOT NULL column without a default that the rows below do not name."""
    kind = column_type.upper()
    if name == "uuid":
        return f"{n:032x}"
    if "INT" in kind or "BOOL" in kind:
        return 0
    if "DATETIME" in kind or "TIMESTAMP" in kind:
        return WHEN
    if "DATE" in kind:
        return WHEN[:10]
    if "JSON" in kind:
        return "{}"
    return "" if "TEXT" in kind else name[:1]


class Writer:
    def __init__(self, con: sqlite3.Connection):
        self.con = con
        self.n = 0

    def columns(self, table: str) -> list[tuple[str, str, bool, bool, bool]]:
        """(name, type, not null, has default, primary key) of each column."""
        return [(row[1], row[2], bool(row[3]), row[4] is not None, bool(row[5]))
                for row in self.con.execute(f'PRAGMA table_info("{table}")')]

    def insert(self, table: str, values: dict[str, object]) -> int:
        row = {}
        for name, column_type, not_null, has_default, primary in self.columns(table):
            if name in values:
                row[name] = values[name]
            elif not_null and not has_default and not primary:
                self.n += 1
                row[name] = _filler(column_type, name, self.n)
        names = ", ".join(f'"{k}"' for k in row)
        marks = ", ".join("?" for _ in row)
        cur = self.con.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(row.values()))
        return cur.lastrowid


def _tables(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def fill(path: Path) -> None:
    con = sqlite3.connect(path)
    w = Writer(con)
    common = {"updated_at": WHEN, "version": 1, "origin_site": SITE, "deleted": 0}
    org = w.insert("organisations", {**common, "code": "SELF", "name_kk": "Тексеру емханасы",
                                     "name_ru": "Проверочная поликлиника", "kind": "clinic",
                                     "bin": "040640001234", "is_self": 1, "uuid": "0" * 31 + "1"})
    patient_ids = []
    for i, (iin, surname, given, born, sex) in enumerate(PATIENTS):
        local = None if iin else f"{SITE}-2026-000001"
        patient_ids.append(w.insert("patients", {
            **common, "iin": iin, "local_id": local, "surname": surname, "given_name": given,
            "birth_date": born, "sex": sex, "status": "citizen" if iin else None,
            "attached_org_id": org, "pregnant": 0, "palliative": 0, "created_at": WHEN,
            "search_key": f"{surname} {given}".lower(), "uuid": f"{i + 1:032x}"}))
    for i, (number, who, service, funding) in enumerate(REFERRALS):
        w.insert("referrals", {
            **common, "number": number, "issued_at": WHEN, "valid_until": "2026-04-01",
            "patient_id": patient_ids[who], "service": service, "funding": funding,
            "rules": json.dumps([{"id": "fixture"}]), "rule_pack": "2026.01", "emergency": 0,
            "urgency": "planned", "form_code": "Ж-01", "operator": "fixture",
            "pdf_sha256": f"{i:064x}", "uuid": f"{100 + i:032x}"})
    for name, site, year, last in SEQUENCES:
        w.insert("sequences", {"name": name, "site": site, "year": year, "last_value": last})
    per_clinic = "clinic_settings" in _tables(con)  # from 0009 the clinic's own are kept apart
    for key, value in SETTINGS.items():
        row = {"key": key, "value": json.dumps(value, ensure_ascii=False), "updated_at": WHEN}
        if per_clinic and key != "site_prefix":
            w.insert("clinic_settings", {**row, "clinic": SETTINGS["org_bin"]})
        else:
            w.insert("settings", row)
    con.commit()
    con.execute("PRAGMA page_size=512")  # a page per table and index: small pages, small file
    con.execute("VACUUM")
    con.close()


def build(revision: str, out: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from alembic import command

    from db.engine import alembic_config, make_engine

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{tmp}")
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=DELETE")  # one file, nothing beside it
    con.close()
    fill(tmp)
    tmp.replace(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", help="the schema revision, e.g. 0006")
    parser.add_argument("--out", default=None, help="the file (default tests/db/schemas/REV.sqlite)")
    args = parser.parse_args(argv)
    out = build(args.revision, Path(args.out) if args.out else FOLDER / f"{args.revision}.sqlite")
    print(f"{out} ({out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
