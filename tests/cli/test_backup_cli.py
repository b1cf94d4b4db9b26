"""`backup` and `restore` as a user runs them: real files, real processes."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path

import pytest

from db.backup import (
    ERR_BACKUP_DISK_FULL,
    ERR_FOLDER_MISSING,
    ERR_FOLDER_UNWRITABLE,
    ERR_RESTORE_DAMAGED,
    ERR_RESTORE_NOT_TIRKEU,
    ERR_SERVER_BACKUP,
    ERR_SERVER_RESTORE,
    default_backup_folder,
    list_backups,
)
from db.engine import ERR_NEWER, open_database, session_factory
from db.repositories import save_patient
from domain.records import Patient
from tests.helpers import ROOT, run_cli
from tests.helpers import mounted_tmpfs as _mounted_tmpfs


def _add(path: Path, *surnames: str) -> None:
    engine = open_database(str(path))
    with session_factory(engine).begin() as s:
        for i, surname in enumerate(surnames):
            save_patient(s, Patient(surname=surname, given_name="Гүлмира",
                                    birth_date=date(1975, 1 + i % 12, 1 + i % 28), sex="F"))
    engine.dispose()


def _rows(path: Path, sql: str = "SELECT surname FROM patients ORDER BY id") -> list[tuple]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _content(path: Path, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every ordinary table (virtual tables are read through their own tables)."""
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [t for (t,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name") if t not in skip]
        return {t: con.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    finally:
        con.close()


@pytest.fixture
def clinic(tmp_path) -> Path:
    path = tmp_path / "clinic.sqlite"
    _add(path, "Ахметова", "Бекова")
    return path


def _backup(path: Path, *extra: str) -> Path:
    made = run_cli("backup", "--db", str(path), *extra)
    assert made.code == 0, made.stderr
    assert set(made.json) == {"path", "bytes", "created_at"}
    out = Path(made.json["path"])
    assert out.stat().st_size == made.json["bytes"]
    datetime.fromisoformat(made.json["created_at"])
    return out


def test_backup_change_restore_round_trip(clinic):
    saved = _backup(clinic)
    assert saved.parent == default_backup_folder()
    _add(clinic, "Жаңа")
    con = sqlite3.connect(clinic)
    con.execute("UPDATE patients SET surname = 'Өзгерген' WHERE surname = 'Ахметова'")
    con.commit()
    con.close()
    changed = _rows(clinic)
    assert changed == [("Өзгерген",), ("Бекова",), ("Жаңа",)]

    done = run_cli("restore", str(saved), "--db", str(clinic))
    assert done.code == 0, done.stderr
    assert done.json["restored"] == str(saved)
    kept = Path(done.json["kept_aside"])
    assert kept.name.endswith("-before-restore.sqlite") and kept.parent == saved.parent
    assert _rows(clinic) == _rows(saved) == [("Ахметова",), ("Бекова",)]
    assert _rows(kept) == changed
    assert _rows(clinic, "PRAGMA journal_mode") == [("wal",)]
    assert _rows(clinic, "PRAGMA integrity_check") == [("ok",)]
    # every table but the settings (which keep this database's backup folder) and the audit
    # trail equals the backup; the trail is the backup's with the restore added
    trail = ("settings", "audit_events", "audit_heads")
    assert _content(clinic, skip=trail) == _content(saved, skip=trail)
    events = "SELECT action FROM audit_events ORDER BY id"
    assert _rows(clinic, events) == _rows(saved, events) + [("backup.restored",)]
    # and the desk opens it as usual
    open_database(str(clinic)).dispose()


def test_backup_to_a_chosen_folder(clinic, tmp_path):
    out = tmp_path / "stick"
    out.mkdir()
    saved = _backup(clinic, "--to", str(out))
    assert saved.parent == out and saved.name.endswith("-manual.sqlite")
    assert _rows(saved) == [("Ахметова",), ("Бекова",)]


def _refused(clinic: Path, file: Path, expected: str) -> None:
    before = (os.stat(clinic).st_mtime_ns, _content(clinic))
    backups_before = list_backups(default_backup_folder())
    result = run_cli("restore", str(file), "--db", str(clinic), "--lang", "ru")
    assert result.code == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.strip() == expected
    assert len(result.stderr.strip().splitlines()) == 1
    assert (os.stat(clinic).st_mtime_ns, _content(clinic)) == before
    assert list_backups(default_backup_folder()) == backups_before  # nothing kept aside either


def test_restore_refuses_a_damaged_copy_and_leaves_the_database_alone(clinic, tmp_path):
    _add(clinic, *[f"Науқас{i}" for i in range(300)])  # enough pages to damage the middle of
    saved = _backup(clinic)
    copy = tmp_path / "damaged.sqlite"
    con, out = sqlite3.connect(saved), sqlite3.connect(copy)
    con.backup(out)
    page_size, pages = out.execute("PRAGMA page_size").fetchone()[0], out.execute(
        "PRAGMA page_count").fetchone()[0]
    con.close()
    out.close()
    assert pages > 20
    with open(copy, "r+b") as fh:  # no connection to the copy exists: the test plays a bad disk
        for page in (pages // 3, pages // 2, pages - 3):
            fh.seek(page_size * page)
            fh.write(random.Random(page).randbytes(page_size))
    _refused(clinic, copy, ERR_RESTORE_DAMAGED.format(where=f" ({copy})").ru)


def test_restore_refuses_a_file_that_is_not_sqlite(clinic, tmp_path):
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(random.Random(1).randbytes(50_000))
    _refused(clinic, photo, ERR_RESTORE_NOT_TIRKEU.format(where=f" ({photo})").ru)


def test_restore_refuses_another_programs_database(clinic, tmp_path):
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (t TEXT)")
    con.commit()
    con.close()
    _refused(clinic, other, ERR_RESTORE_NOT_TIRKEU.format(where=f" ({other})").ru)


def test_restore_refuses_a_newer_schema(clinic, tmp_path):
    saved = _backup(clinic)
    newer = tmp_path / "newer.sqlite"
    src, dst = sqlite3.connect(saved), sqlite3.connect(newer)
    src.backup(dst)
    src.close()
    dst.execute("UPDATE alembic_version SET version_num = 'ffff'")
    dst.commit()
    dst.close()
    _refused(clinic, newer, ERR_NEWER.format(rev="ffff").ru)


HOLDER = textwrap.dedent("""
    import sys
    from sqlalchemy import text
    from db.engine import open_database

    engine = open_database(sys.argv[1])
    conn = engine.connect()  # held open for the whole life of this process
    def names():
        found = [r[0] for r in conn.execute(text("SELECT surname FROM patients ORDER BY id"))]
        conn.commit()
        return ",".join(found)
    print(names(), flush=True)
    sys.stdin.readline()
    print(names(), flush=True)
    conn.execute(text("UPDATE patients SET given_name = 'Кейін' WHERE id = 1"))
    conn.commit()
    print("wrote", flush=True)
    conn.close()
    engine.dispose()
""")


def test_restore_while_another_process_holds_the_database(clinic):
    saved = _backup(clinic)
    _add(clinic, "Кейінгі")
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(clinic)], cwd=ROOT,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, encoding="utf-8") as holder:
        try:
            assert holder.stdout.readline().strip() == "Ахметова,Бекова,Кейінгі"
            done = run_cli("restore", str(saved), "--db", str(clinic))
            assert done.code == 0, done.stderr
            holder.stdin.write("\n")
            holder.stdin.flush()
            assert holder.stdout.readline().strip() == "Ахметова,Бекова"  # the restored data
            assert holder.stdout.readline().strip() == "wrote"  # and it can still write
            assert holder.wait(30) == 0, holder.stderr.read()
        finally:
            if holder.poll() is None:
                holder.kill()
    assert _rows(clinic, "SELECT given_name FROM patients WHERE id = 1") == [("Кейін",)]
    assert _rows(clinic, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(Path(done.json["kept_aside"])) == [("Ахметова",), ("Бекова",), ("Кейінгі",)]


def test_backup_to_a_missing_folder_is_a_calm_refusal(clinic, tmp_path):
    gone = tmp_path / "removed-stick"
    result = run_cli("backup", "--to", str(gone), "--db", str(clinic), "--lang", "ru")
    assert result.code == 2
    assert result.stderr.strip() == ERR_FOLDER_MISSING.format(where=f" ({gone})").ru
    assert not gone.exists()


def test_backup_to_a_read_only_folder_is_a_calm_refusal(clinic, tmp_path):
    with _mounted_tmpfs(tmp_path / "disk", "4m") as disk:
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        result = run_cli("backup", "--to", str(disk), "--db", str(clinic), "--lang", "ru")
        assert result.code == 2
        assert result.stderr.strip() == ERR_FOLDER_UNWRITABLE.format(where=f" ({disk})").ru
        assert os.listdir(disk) == []


def test_backup_on_a_full_disk_leaves_no_partial_file(clinic, tmp_path):
    con = sqlite3.connect(clinic)
    con.execute("CREATE TABLE filler (b BLOB)")
    con.execute("INSERT INTO filler VALUES (randomblob(3000000))")
    con.commit()
    con.close()
    with _mounted_tmpfs(tmp_path / "disk", "1m") as disk:
        result = run_cli("backup", "--to", str(disk), "--db", str(clinic), "--lang", "kk")
        assert result.code == 2, result.stderr
        assert result.stderr.strip() == ERR_BACKUP_DISK_FULL.format(where=f" ({disk})").kk
        assert os.listdir(disk) == []


def test_a_server_database_is_backed_up_and_restored_on_the_server():
    url = "postgresql+psycopg://desk@127.0.0.1:1/clinic"  # never connected to
    result = run_cli("restore", "some.dump", "--db", url, "--lang", "ru")
    assert (result.code, result.stderr.strip()) == (2, ERR_SERVER_RESTORE.ru)
    result = run_cli("backup", "--db", url, "--lang", "ru")
    assert (result.code, result.stderr.strip()) == (2, ERR_SERVER_BACKUP.ru)
