"""Backups of the SQLite database: checked copies, names, rotation, the folder setting, and the
backup made before a migration."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command

from db.backup import (
    ERR_BACKUP_DISK_FULL,
    ERR_FOLDER_MISSING,
    BackupSettings,
    backup_database,
    backup_if_due,
    backup_name,
    default_backup_folder,
    latest_backup,
    latest_backup_for,
    list_backups,
    load_backup_settings,
    make_backup,
    parse_backup_name,
    rotate,
    save_backup_folder,
    settings_of_file,
)
from db.engine import (
    SCHEMA_HEAD,
    alembic_config,
    head_revision,
    make_engine,
    open_database,
    session_factory,
)
from db.repositories import save_patient
from domain.messages import BadInput
from domain.records import Patient
from tests.helpers import mounted_tmpfs as _mounted_tmpfs

T0 = datetime(2026, 3, 1, 9, 0, 0)


def _filled(url: str, surnames=("Сейітов", "Омарова")) -> None:
    engine = open_database(url)
    with session_factory(engine).begin() as s:
        for i, surname in enumerate(surnames):
            save_patient(s, Patient(surname=surname, given_name="Ержан",
                                    birth_date=date(1980, 1, 1 + i), sex="M"))
    engine.dispose()


def _rows(path: Path, sql: str = "SELECT surname FROM patients ORDER BY id") -> list[tuple]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_names_round_trip_and_other_names_are_not_backups():
    name = backup_name(datetime(2026, 5, 4, 13, 7, 9), "before-0004")
    assert name == "tirkeu-20260504-130709-before-0004.sqlite"
    assert parse_backup_name(name) == (datetime(2026, 5, 4, 13, 7, 9), "before-0004")
    assert parse_backup_name("tirkeu-20260504-130709.sqlite")[1] == ""
    for other in ("tirkeu.sqlite", "tirkeu-20261399-000000-daily.sqlite", "notes.txt",
                  "tirkeu-20260504-130709-daily.sqlite.bak", ".tirkeu-backup-ab12.tmp"):
        assert parse_backup_name(other) is None, other
    with pytest.raises(ValueError):
        backup_name(T0, "../x")


def test_a_backup_is_a_checked_self_contained_copy_of_a_live_wal_database(tmp_path, db_url):
    _filled(db_url)
    engine = open_database(db_url)  # the desk's connection stays open meanwhile
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM patients").scalar()
        (tmp_path / "out").mkdir()
        made = backup_database(engine, "manual", tmp_path / "out", now=T0)
    finally:
        engine.dispose()
    assert made.path == tmp_path / "out" / "tirkeu-20260301-090000-manual.sqlite"
    assert made.bytes == made.path.stat().st_size > 0
    assert sorted(os.listdir(tmp_path / "out")) == [made.path.name]  # no temporary, no -wal
    assert _rows(made.path) == [("Сейітов",), ("Омарова",)]
    assert _rows(made.path, "PRAGMA journal_mode") == [("delete",)]
    assert _rows(made.path, "PRAGMA integrity_check") == [("ok",)]


def test_the_default_folder_is_made_and_the_time_remembered_per_database(db_url):
    _filled(db_url)
    engine = open_database(db_url)
    try:
        made = backup_database(engine, now=T0)
        assert made.path.parent == default_backup_folder()
        with engine.connect() as conn:
            assert load_backup_settings(conn) == BackupSettings(None, T0)
    finally:
        engine.dispose()
    assert latest_backup(default_backup_folder()) == made
    assert latest_backup_for(db_url) == made


def test_a_chosen_folder_is_stored_in_the_database_and_used(tmp_path, db_url):
    _filled(db_url)
    chosen = tmp_path / "stick"
    chosen.mkdir()
    engine = open_database(db_url)
    try:
        with engine.begin() as conn:
            save_backup_folder(conn, chosen)
        made = backup_database(engine, now=T0)
        assert made.path.parent == chosen
        assert settings_of_file(Path(engine.url.database)).folder == chosen
        assert latest_backup_for(db_url) == made
        # the stick is removed: a calm refusal, and the default folder is not used instead
        chosen.rename(tmp_path / "elsewhere")
        with pytest.raises(BadInput) as err:
            backup_database(engine, now=T0 + timedelta(hours=1))
        assert err.value.message == ERR_FOLDER_MISSING.format(where=f" ({chosen})")
        assert not default_backup_folder().exists()
    finally:
        engine.dispose()


def test_the_daily_backup_is_made_only_when_the_last_is_a_day_old(tmp_path, db_url):
    _filled(db_url)
    engine = open_database(db_url)
    try:
        first = backup_if_due(engine, now=T0)
        assert first is not None and first.tag == "daily"
        assert backup_if_due(engine, now=T0 + timedelta(hours=23)) is None
        second = backup_if_due(engine, now=T0 + timedelta(hours=24))
        assert second is not None and second.path != first.path
    finally:
        engine.dispose()
    assert [b.path for b in list_backups(default_backup_folder())] == [second.path, first.path]


def test_rotation_keeps_the_newest_of_each_kind_and_nothing_else_is_touched(tmp_path, db_url):
    _filled(db_url)
    source = Path(db_url.removeprefix("sqlite:///"))
    folder = tmp_path / "backups"
    folder.mkdir()
    strangers = ["notes.txt", "tirkeu.sqlite", "tirkeu-20200101-000000-daily.sqlite.bak",
                 "tirkeu-2020-01-01-daily.sqlite"]
    for name in strangers:
        (folder / name).write_text("keep me", "utf-8")
    made = {}
    plan = [("daily", 16), ("manual", 3), ("before-0003", 4), ("before-0004", 3),
            ("before-restore", 6)]
    minute = 0
    for tag, n in plan:
        for _ in range(n):
            minute += 1
            made.setdefault(tag, []).append(
                make_backup(source, folder, tag, now=T0 + timedelta(minutes=minute)).path)
    kept = {b.path for b in list_backups(folder)}
    assert kept == (set(made["daily"][-14:]) | set(made["manual"])
                    | set((made["before-0003"] + made["before-0004"])[-5:])
                    | set(made["before-restore"][-5:]))
    for name in strangers:
        assert (folder / name).read_text("utf-8") == "keep me"
    # a clock set back: the file just made is the oldest daily one, and still kept
    late = make_backup(source, folder, "daily", now=T0 - timedelta(days=30))
    assert late.path.exists()
    assert len([b for b in list_backups(folder) if b.tag == "daily"]) == 15
    rotate(folder)
    assert not late.path.exists()
    assert len([b for b in list_backups(folder) if b.tag == "daily"]) == 14


def test_a_full_disk_leaves_no_partial_file(tmp_path, db_url):
    _filled(db_url)
    source = Path(db_url.removeprefix("sqlite:///"))
    con = sqlite3.connect(source)  # a database bigger than the small disk
    con.execute("CREATE TABLE filler (b BLOB)")
    con.execute("INSERT INTO filler VALUES (randomblob(3000000))")
    con.commit()
    con.close()
    with _mounted_tmpfs(tmp_path / "disk", "1m") as disk:
        with pytest.raises(BadInput) as err:
            make_backup(source, disk, "manual", now=T0)
        assert err.value.message == ERR_BACKUP_DISK_FULL.format(where=f" ({disk})")
        assert os.listdir(disk) == []


def _older_database(path: Path) -> None:
    engine = make_engine(f"sqlite:///{path}")
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        command.downgrade(cfg, "-1")
    engine.dispose()


def test_migrate_backs_up_into_the_configured_folder_first(tmp_path):
    path, folder = tmp_path / "old.sqlite", tmp_path / "chosen"
    folder.mkdir()
    _older_database(path)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO settings (key, value, updated_at) VALUES "
                "('backup_folder', ?, '2026-01-01 00:00:00')", (f'"{folder}"',))
    con.commit()
    con.close()
    open_database(f"sqlite:///{path}").dispose()
    made = list_backups(folder)
    assert [b.tag for b in made] == [f"before-{head_revision()}"]
    assert _rows(made[0].path, "SELECT version_num FROM alembic_version") != [(SCHEMA_HEAD,)]
    assert sorted(os.listdir(tmp_path)) == ["chosen", "old.sqlite"]  # nothing beside the file
    assert _rows(path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]


def test_migrate_falls_back_to_the_default_folder_when_the_chosen_one_is_gone(tmp_path):
    path = tmp_path / "old.sqlite"
    _older_database(path)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO settings (key, value, updated_at) VALUES "
                "('backup_folder', ?, '2026-01-01 00:00:00')", (f'"{tmp_path / "gone"}"',))
    con.commit()
    con.close()
    open_database(f"sqlite:///{path}").dispose()
    assert [b.tag for b in list_backups(default_backup_folder())] == [f"before-{head_revision()}"]
    assert not (tmp_path / "gone").exists()


def test_another_database_backed_up_into_the_same_folder_never_rotates_ours_out(tmp_path):
    clinic, demo = tmp_path / "clinic.sqlite", tmp_path / "demo.sqlite"
    _filled(f"sqlite:///{clinic}", ("Клиника",))
    _filled(f"sqlite:///{demo}", ("Демо",))
    folder = tmp_path / "backups"
    folder.mkdir()
    ours = make_backup(clinic, folder, "daily", now=T0)
    for day in range(1, 20):
        make_backup(demo, folder, "daily", now=T0 + timedelta(days=day))
    daily = list_backups(folder)
    assert ours in daily and len(daily) == 15
    assert [_rows(b.path) for b in daily[:14]] == [[("Демо",)]] * 14
    # the newest backup of a database is its own, even when another's are newer
    assert latest_backup_for(f"sqlite:///{clinic}") is None  # not in its (default) folder
    engine = open_database(f"sqlite:///{clinic}")
    with engine.begin() as conn:
        save_backup_folder(conn, folder)
    engine.dispose()
    assert latest_backup_for(f"sqlite:///{clinic}") == ours
