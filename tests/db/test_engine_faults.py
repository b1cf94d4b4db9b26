"""Real faults of the machine get their own words, and commands exit 2 with one line:
not a database, damaged, disk full, read-only, busy, network folder, unreachable server."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

import db.engine as engine_mod
from db.engine import (
    ERR_BUSY,
    ERR_DAMAGED,
    ERR_DISK_FULL,
    ERR_NETWORK_SHARE,
    ERR_NOT_DB,
    ERR_READ_ONLY,
    ERR_READ_ONLY_UPGRADE,
    ERR_SERVER,
    describe_failure,
    filesystem_type,
    network_share,
    open_database,
    parse_mountinfo,
)
from demo.load import fill
from domain.messages import BadInput
from services.errors import LAST_BACKUP, NO_BACKUP, run_guarded
from tests.helpers import ROOT, mounted_tmpfs, run_cli


def _words(message) -> str:
    """The fixed part of a message's Russian text (before the place is named)."""
    return message.ru.split("{where}")[0]


def _filled(path: Path, patients: int = 40) -> str:
    """A real demo database at `path`; returns one patient's IIN."""
    engine = open_database(str(path))
    try:
        fill(engine, patients, 1)
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT iin FROM patients WHERE iin IS NOT NULL LIMIT 1").fetchone()[0]
    finally:
        con.close()


def _integrity(path: Path) -> list:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()


# --- not a database -------------------------------------------------------------------------

def test_random_bytes_are_not_a_database_and_stay_untouched(tmp_path):
    path = tmp_path / "photo.sqlite"
    data = random.Random(7).randbytes(20_000)
    path.write_bytes(data)
    with pytest.raises(BadInput) as err:
        open_database(str(path))
    assert err.value.message == ERR_NOT_DB.format(where=f" ({path})")
    assert path.read_bytes() == data
    result = run_cli("search", "x", "--db", str(path), "--lang", "ru")
    assert result.code == 2
    assert result.stderr.strip() == ERR_NOT_DB.format(where=f" ({path})").ru
    assert path.read_bytes() == data


# --- damaged --------------------------------------------------------------------------------

def _damage_middle_page(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("VACUUM")  # every page in use, none on the free list
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    assert pages > 10
    with open(path, "r+b") as fh:  # no engine is open: the test itself plays the bad disk
        fh.seek(page_size * (pages // 2))
        fh.write(random.Random(3).randbytes(page_size))


def test_a_damaged_file_is_refused_by_search_with_the_damaged_words(tmp_path):
    path = tmp_path / "clinic.sqlite"
    iin = _filled(path)
    assert run_cli("search", iin, "--db", str(path)).code == 0
    _damage_middle_page(path)
    before = path.read_bytes()
    result = run_cli("search", iin, "--db", str(path), "--lang", "ru")
    assert result.code == 2, result.stderr
    # one line: the damage, then what to do (no backup of this database exists)
    assert result.stderr.strip() == ERR_DAMAGED.format(where=f" ({path})").ru + " " + NO_BACKUP.ru
    assert path.read_bytes() == before
    with pytest.raises(BadInput) as err:  # the desk's way in
        open_database(str(path))
    assert err.value.message == ERR_DAMAGED.format(where=f" ({path})")


def test_damage_met_by_a_query_gets_the_damaged_words(tmp_path, monkeypatch):
    # A large file is not read through by searches; damage is then named when a query meets it.
    path = tmp_path / "clinic.sqlite"
    _filled(path)
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'patients'").fetchone()[0]
    con.close()
    with open(path, "r+b") as fh:
        fh.seek(page_size * (root - 1))
        fh.write(b"\xff" * page_size)
    monkeypatch.setattr(engine_mod, "QUICK_CHECK_ALWAYS_BYTES", 0)
    engine = open_database(str(path), full_check=False)
    try:
        with pytest.raises(Exception) as err, engine.connect() as conn:
            conn.execute(text("SELECT * FROM patients")).all()
    finally:
        engine.dispose()
    assert describe_failure(err.value) == ERR_DAMAGED.format(where="")

    def command():
        raise err.value

    assert run_guarded(command, "ru") == 2  # a command meeting it exits 2, not "internal error"


# --- disk full ------------------------------------------------------------------------------

def test_a_real_sqlite_full_error_gets_the_disk_full_words(db_url):
    engine = open_database(db_url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE filler (data BLOB)")
        with pytest.raises(OperationalError) as err, engine.begin() as conn:
            # SQLite's own limit on the file size raises the very error a full disk does.
            conn.exec_driver_sql("PRAGMA max_page_count = 1")
            conn.exec_driver_sql("INSERT INTO filler VALUES (zeroblob(1000000))")
    finally:
        engine.dispose()
    assert "full" in str(err.value.orig)
    assert describe_failure(err.value, "x.sqlite") == ERR_DISK_FULL.format(where=" (x.sqlite)")


def test_a_full_disk_stops_the_demo_with_the_disk_full_words_and_the_file_is_intact(tmp_path):
    with mounted_tmpfs(tmp_path / "disk", "600k") as disk:
        path = disk / "clinic.sqlite"
        open_database(str(path)).dispose()
        result = run_cli("demo", "--patients", "3000", "--db", str(path), "--lang", "ru")
        assert result.code == 2, result.stderr
        assert result.stderr.strip().splitlines()[-1] == ERR_DISK_FULL.format(where="").ru
        assert _integrity(path) == [("ok",)]
        con = sqlite3.connect(path)
        try:
            assert con.execute("SELECT count(*) FROM patients").fetchone() == (0,)
        finally:
            con.close()
        # Still a working database once there is room again.
        engine = open_database(str(path))
        engine.dispose()


# --- read-only ------------------------------------------------------------------------------

def test_a_read_only_folder_still_serves_search_and_refuses_writes_clearly(tmp_path):
    # As root chmod does not stop writes, so the folder is a real read-only filesystem.
    with mounted_tmpfs(tmp_path / "disk", "8m") as disk:
        path, empty = disk / "clinic.sqlite", disk / "empty.sqlite"
        iin = _filled(path)
        open_database(str(empty)).dispose()
        assert not Path(f"{path}-wal").exists()
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        before = path.read_bytes(), empty.read_bytes()

        found = run_cli("search", iin, "--db", str(path))
        assert found.code == 0, found.stderr
        assert [hit["iin"] for hit in found.json] == [iin]

        refused = run_cli("demo", "--patients", "5", "--db", str(empty), "--lang", "ru")
        assert refused.code == 2
        assert refused.stderr.strip().splitlines()[-1] == ERR_READ_ONLY.format(where="").ru
        assert (path.read_bytes(), empty.read_bytes()) == before

        engine = open_database(str(path))  # the desk opens it too, read-only
        try:
            with pytest.raises(OperationalError) as err, engine.begin() as conn:
                conn.execute(text("UPDATE patients SET sex = sex"))
        finally:
            engine.dispose()
        assert describe_failure(err.value) == ERR_READ_ONLY.format(where="")


def test_a_read_only_file_needing_an_upgrade_is_refused_untouched(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    open_database(str(path)).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0001'")
    con.commit()
    con.close()
    before = path.read_bytes()
    # As root, access() says yes to everything; the read-only open itself is real SQLite.
    real_access = os.access
    monkeypatch.setattr(engine_mod.os, "access",
                        lambda p, mode, **kw: real_access(p, mode, **kw) and not mode & os.W_OK)
    with pytest.raises(BadInput) as err:
        open_database(str(path))
    assert err.value.message == ERR_READ_ONLY_UPGRADE.format(where=f" ({path})")
    assert path.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root writes read-only files anyway")
def test_a_read_only_file_serves_search(tmp_path):
    path = tmp_path / "clinic.sqlite"
    iin = _filled(path)
    path.chmod(0o444)
    found = run_cli("search", iin, "--db", str(path))
    assert found.code == 0, found.stderr
    assert [hit["iin"] for hit in found.json] == [iin]


# --- busy -----------------------------------------------------------------------------------

def test_a_write_lock_held_past_the_busy_timeout_gets_the_busy_words(db_url, monkeypatch):
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 300)
    engine = open_database(db_url)
    holder = sqlite3.connect(engine_mod.sqlite_path(db_url), isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(OperationalError) as err, engine.begin() as conn:
            conn.execute(text("UPDATE patients SET sex = sex"))
        holder.execute("ROLLBACK")
    finally:
        holder.close()
        engine.dispose()
    message = describe_failure(err.value)
    assert message == ERR_BUSY.format(where="", seconds=1)
    assert "занята" in message.ru


# --- network folders ------------------------------------------------------------------------

MOUNTINFO = textwrap.dedent(r"""
    22 1 0:21 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
    30 22 0:40 / /srv/clinic rw,relatime shared:7 - nfs4 fs1:/export/clinic rw,vers=4.2
    31 22 0:41 / /mnt/Общие\040папки rw,relatime - cifs //server/share rw,vers=3.1.1
    32 22 0:42 / /home/nurse/remote rw,nosuid,nodev - fuse.sshfs nurse@host:/data rw
    33 30 0:43 / /srv/clinic/local rw - ext4 /dev/sdb1 rw
    34 22 0:44 / /mnt/box rw - smb3 //nas/box rw
    35 34 0:45 / /mnt/box rw - tmpfs tmpfs rw
    garbage line
""").strip()


def test_mountinfo_lines_are_parsed_with_escapes_and_optional_fields():
    mounts = parse_mountinfo(MOUNTINFO)
    assert ("/", "ext4") in mounts
    assert ("/srv/clinic", "nfs4") in mounts
    assert ("/mnt/Общие папки", "cifs") in mounts
    assert ("/home/nurse/remote", "fuse.sshfs") in mounts
    assert len(mounts) == 7


def test_the_mount_holding_a_file_is_the_longest_and_topmost():
    mounts = parse_mountinfo(MOUNTINFO)
    assert filesystem_type("/srv/clinic/tirkeu.sqlite", mounts) == "nfs4"
    assert filesystem_type("/srv/clinic/local/tirkeu.sqlite", mounts) == "ext4"
    assert filesystem_type("/srv/clinical/tirkeu.sqlite", mounts) == "ext4"
    assert filesystem_type("/mnt/Общие папки/t.sqlite", mounts) == "cifs"
    assert filesystem_type("/home/nurse/remote/a/b.sqlite", mounts) == "fuse.sshfs"
    assert filesystem_type("/mnt/box/t.sqlite", mounts) == "tmpfs"  # mounted over the share


def test_unc_paths_are_network_shares():
    assert network_share(r"\\server\share\tirkeu.sqlite") == "unc"
    assert network_share(r"\\?\UNC\server\share\tirkeu.sqlite") == "unc"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/mountinfo")
def test_a_database_on_a_network_folder_is_refused_before_it_is_created(tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    fake = f"22 1 0:21 / / rw - ext4 /dev/sda1 rw\n40 22 0:50 / {share} rw - nfs4 fs1:/x rw\n"
    monkeypatch.setattr(engine_mod, "_read_mountinfo", lambda: fake)
    path = share / "clinic.sqlite"
    with pytest.raises(BadInput) as err:
        open_database(str(path))
    assert err.value.message == ERR_NETWORK_SHARE.format(where=f" ({path})")
    assert "PostgreSQL" in err.value.message.ru and "WAL" in err.value.message.kk
    assert list(share.iterdir()) == []
    assert network_share(tmp_path / "elsewhere.sqlite") is None


# --- server ---------------------------------------------------------------------------------

def test_an_unreachable_server_is_named_as_such_without_its_password():
    pytest.importorskip("psycopg")
    with pytest.raises(BadInput) as err:
        open_database("postgresql+psycopg://tirkeu:secret@127.0.0.1:1/tirkeu?connect_timeout=3")
    message = err.value.message
    assert message.ru.startswith(_words(ERR_SERVER))
    assert "127.0.0.1" in message.ru and "secret" not in message.ru
    assert err.value.field == "db"


def test_other_errors_are_not_database_faults():
    assert describe_failure(ValueError("no")) is None
    try:
        sqlite3.connect(":memory:").execute("SELECT * FROM nowhere")
    except sqlite3.Error as exc:
        assert describe_failure(exc) is None


# --- the file is opened by SQLite alone -----------------------------------------------------

AUDIT = textwrap.dedent("""
    import sys
    path = sys.argv[1]
    opened = []
    def hook(event, args):
        if event == "open" and str(args[0]).startswith(path):
            opened.append(str(args[0]))
    sys.addaudithook(hook)
    from sqlalchemy import text
    from db.engine import open_database
    for _ in range(3):
        engine = open_database(path)
        with engine.begin() as conn:
            conn.execute(text("UPDATE patients SET sex = sex"))
        open_database(path, create=False, full_check=False).dispose()
        engine.dispose()
    print(opened)
""")


def test_opening_the_database_never_opens_its_files_outside_sqlite(tmp_path):
    path = tmp_path / "clinic.sqlite"
    open_database(str(path)).dispose()
    done = subprocess.run([sys.executable, "-c", AUDIT, str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_desk_opens_a_damaged_file_and_then_says_it_is_damaged(tmp_path, qtbot, monkeypatch):
    """A large database is read through for damage after the window is usable, not before."""
    from PySide6.QtWidgets import QMessageBox

    from ui.app import build_main_window

    path = tmp_path / "clinic.sqlite"
    _filled(path)
    _damage_middle_page(path)
    monkeypatch.setattr(engine_mod, "QUICK_CHECK_ALWAYS_BYTES", 0)  # "large": not checked at open
    monkeypatch.setattr(engine_mod, "_checked", set())
    window = build_main_window(str(path), "ru", login=("admin", "demo"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "damagedDialog")), timeout=20_000)
    box = window.findChildren(QMessageBox, "damagedDialog")[0]
    assert box.text() == ERR_DAMAGED.format(where=f" ({path})").ru
    assert "не найдена" in box.informativeText()  # no backup to offer: says so
    assert box.findChild(QPushButton, "restoreBackupButton") is None
    assert window.findChildren(QMessageBox, "crashDialog") == []
    window.tasks.wait()


def _backed_up_then_damaged(path: Path) -> tuple[str, Path]:
    iin = _filled(path)
    backup = run_cli("backup", "--db", str(path))
    assert backup.code == 0, backup.stderr
    _damage_middle_page(path)
    return iin, Path(backup.json["path"])


def test_a_command_meeting_damage_names_the_last_backup_in_one_line(tmp_path):
    path = tmp_path / "clinic.sqlite"
    iin, backup = _backed_up_then_damaged(path)
    result = run_cli("search", iin, "--db", str(path), "--lang", "ru")
    assert result.code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(ERR_DAMAGED.format(where=f" ({path})").ru)
    assert str(backup) in line and LAST_BACKUP.ru.split("{")[0] in line


def test_the_desk_offers_the_last_backup_of_a_damaged_database_and_restores_it(tmp_path, qtbot,
                                                                              monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from ui.app import build_main_window

    path = tmp_path / "clinic.sqlite"
    iin, backup = _backed_up_then_damaged(path)
    monkeypatch.setattr(engine_mod, "QUICK_CHECK_ALWAYS_BYTES", 0)
    monkeypatch.setattr(engine_mod, "_checked", set())
    window = build_main_window(str(path), "kk", login=("admin", "demo"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "damagedDialog")), timeout=20_000)
    box = window.findChildren(QMessageBox, "damagedDialog")[0]
    assert backup.name in box.informativeText()
    button = box.findChild(QPushButton, "restoreBackupButton")
    with qtbot.waitSignal(window.backup_restored, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window.tasks.wait()
    assert _integrity(path) == [("ok",)]
    # the damaged file is kept aside, and the desk answers from the restored database
    kept = [p for p in backup.parent.iterdir() if "before-restore" in p.name]
    assert len(kept) == 1
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        window.searchEdit.setText(iin)
    assert window.results_model.rowCount() == 1
    assert window.findChildren(QMessageBox, "crashDialog") == []
    window.tasks.wait()
