from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from sqlalchemy import inspect

from db.engine import (
    ERR_NOT_DB,
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
)
from domain.messages import BadInput


def test_empty_database_migrates_to_head_and_back(db_url):
    engine = open_database(db_url)
    assert current_revision(engine) == head_revision()
    assert {"patients", "identity_documents", "legal_statuses", "fund_checks", "state_categories",
            "payment_periods", "conditions", "organisations", "referrals"} <= set(
        inspect(engine).get_table_names())
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_sqlite_settings_are_applied(db_url):
    engine = open_database(db_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    engine.dispose()


def test_upgrade_of_an_older_database_copies_it_aside_first(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        command.downgrade(cfg, "-1")
    engine.dispose()
    if head_revision() == "0001":
        pytest.skip("only one schema revision so far: nothing older to upgrade from")
    open_database(f"sqlite:///{path}").dispose()
    from db.backup import default_backup_folder, list_backups

    assert [b.tag for b in list_backups(default_backup_folder())] == [f"before-{head_revision()}"]


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    open_database(f"sqlite:///{path}").dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(BadInput) as err:
        open_database(f"sqlite:///{path}")
    assert "9999_from_the_future" in err.value.message.ru
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a database", "utf-8")
    with pytest.raises(BadInput) as err:
        open_database(str(path))
    assert err.value.message == ERR_NOT_DB.format(where=f" ({path})")
    assert path.read_text("utf-8") == "not a database"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]  # no -wal or -shm left beside it


def test_the_fast_start_up_head_is_the_migrations_head():
    from db.engine import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()
