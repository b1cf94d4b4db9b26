"""Encryption at rest: a database made encrypted by `encrypt` cannot be read without its key
(the plain `sqlite3` module says "file is not a database"), opens with it, refuses a wrong or
missing key in calm words with nothing changed, goes back to a plain file with `decrypt`, and its
backups are encrypted with the same key."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

from db import encryption
from db.backup import ERR_RESTORE_KEY, ERR_RESTORE_KEY_MISMATCH
from db.cipher import ERR_KEY_SHORT
from db.desk_config import DeskConfig, write_config
from db.engine import (
    ERR_KEY_NEEDED,
    ERR_NOT_DB_OR_KEY,
    ERR_NOT_ENCRYPTED,
    ERR_WRONG_KEY,
    KEY_FIELD,
    open_database,
    session_factory,
)
from db.repositories import save_patient
from domain.messages import BadInput
from domain.records import Patient
from tests.helpers import run_cli

KEY = "kilt-Almaty-2026"
IIN = "850515400012"


def _plain_database(path: Path) -> None:
    engine = open_database(f"sqlite:///{path}")
    with session_factory(engine).begin() as s:
        save_patient(s, Patient("Сейітова", "Әйгерім", iin=IIN, birth_date=date(1985, 5, 15),
                                sex="F"))
        save_patient(s, Patient("Омаров", "Ержан", birth_date=date(1980, 1, 1), sex="M"))
    engine.dispose()
    encryption.forget_all()


def _plain_rows(path: Path) -> list[tuple]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return con.execute("SELECT surname FROM patients ORDER BY id").fetchall()
    finally:
        con.close()


def _unreadable_by_sqlite3(path: Path) -> None:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            con.execute("SELECT count(*) FROM patients").fetchall()
    finally:
        con.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def encrypted(tmp_path) -> tuple[Path, dict]:
    path = tmp_path / "clinic.sqlite"
    _plain_database(path)
    env = {"TIRKEU_DB_KEY": KEY}
    done = run_cli("encrypt", "--db", str(path), env=env)
    assert done.code == 0, done.stderr
    result = done.json
    assert result["database"] == str(path) and result["encrypted"] is True
    return path, result


def test_an_encrypted_database_is_unreadable_without_its_key_and_opens_with_it(encrypted):
    path, result = encrypted
    _unreadable_by_sqlite3(path)
    assert KEY.encode() not in path.read_bytes()
    assert "Сейітова".encode() not in path.read_bytes()
    # the plain file as it was is kept aside in the backup folder, owner-only
    kept = Path(result["kept_aside"])
    assert kept.name.endswith("-before-encrypt.sqlite")
    assert _plain_rows(kept) == [("Сейітова",), ("Омаров",)]
    if os.name == "posix":
        assert _mode(path) == 0o600 and _mode(kept) == 0o600

    found = run_cli("search", IIN, "--db", str(path), env={"TIRKEU_DB_KEY": KEY})
    assert found.code == 0, found.stderr
    assert [hit["iin"] for hit in found.json] == [IIN]
    assert "Сейітова" in found.json[0]["full_name"]


def test_a_wrong_or_missing_key_is_refused_in_calm_words_and_changes_nothing(encrypted):
    path, _ = encrypted
    before = path.read_bytes()
    wrong = run_cli("search", IIN, "--db", str(path), env={"TIRKEU_DB_KEY": "not-the-key-1"})
    assert wrong.code == 2 and wrong.stdout == ""
    assert wrong.stderr.strip() == ERR_WRONG_KEY.format(where=f" ({path})").kk
    assert "Traceback" not in wrong.stderr
    wrong_ru = run_cli("search", IIN, "--db", str(path), "--lang", "ru",
                       env={"TIRKEU_DB_KEY": "not-the-key-1"})
    assert wrong_ru.code == 2
    assert wrong_ru.stderr.strip() == ERR_WRONG_KEY.format(where=f" ({path})").ru

    missing = run_cli("search", IIN, "--db", str(path), "--lang", "ru")
    assert missing.code == 2
    assert missing.stderr.strip() == ERR_NOT_DB_OR_KEY.format(where=f" ({path})").ru
    # a command that would write (and migrate) is refused the same way
    demo = run_cli("demo", "--patients", "5", "--db", str(path), env={"TIRKEU_DB_KEY": "nope-nope"})
    assert demo.code == 2
    assert demo.stderr.strip() == ERR_WRONG_KEY.format(where=f" ({path})").kk
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_a_wrong_key_in_process_is_bad_input_of_the_key_field(encrypted):
    path, _ = encrypted
    encryption.remember_key(path, "wrong-wrong")
    with pytest.raises(BadInput) as err:
        open_database(f"sqlite:///{path}")
    assert err.value.field == KEY_FIELD
    assert err.value.message == ERR_WRONG_KEY.format(where=f" ({path})")
    encryption.remember_key(path, KEY)
    engine = open_database(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM patients").scalar() == 2
    finally:
        engine.dispose()


def test_a_desk_configured_encrypted_asks_for_the_key_before_opening(encrypted):
    path, _ = encrypted
    write_config(DeskConfig(database=str(path), site_prefix="A", encrypted=True))
    with pytest.raises(BadInput) as err:
        open_database(None)
    assert err.value.field == KEY_FIELD
    assert err.value.message == ERR_KEY_NEEDED.format(where=f" ({path})")


def test_a_plain_database_given_a_key_is_refused(tmp_path):
    path = tmp_path / "plain.sqlite"
    _plain_database(path)
    before = path.read_bytes()
    done = run_cli("search", IIN, "--db", str(path), "--lang", "ru", env={"TIRKEU_DB_KEY": KEY})
    assert done.code == 2
    assert done.stderr.strip() == ERR_NOT_ENCRYPTED.format(where=f" ({path})").ru
    assert path.read_bytes() == before


def test_decrypt_brings_back_a_plain_file(encrypted):
    path, _ = encrypted
    wrong = run_cli("decrypt", "--db", str(path), env={"TIRKEU_DB_KEY": "wrong-key-22"})
    assert wrong.code == 2
    assert wrong.stderr.strip() == ERR_WRONG_KEY.format(where=f" ({path})").kk
    _unreadable_by_sqlite3(path)

    done = run_cli("decrypt", "--db", str(path), env={"TIRKEU_DB_KEY": KEY})
    assert done.code == 0, done.stderr
    assert done.json["encrypted"] is False
    assert _plain_rows(path) == [("Сейітова",), ("Омаров",)]
    kept = Path(done.json["kept_aside"])
    assert kept.name.endswith("-before-decrypt.sqlite")
    _unreadable_by_sqlite3(kept)  # the copy of the encrypted database stays encrypted
    found = run_cli("search", IIN, "--db", str(path))
    assert found.code == 0 and [hit["iin"] for hit in found.json] == [IIN]


def test_a_short_key_is_refused(tmp_path):
    path = tmp_path / "plain.sqlite"
    _plain_database(path)
    done = run_cli("encrypt", "--db", str(path), "--lang", "ru", env={"TIRKEU_DB_KEY": "short"})
    assert done.code == 2
    assert done.stderr.strip() == ERR_KEY_SHORT.format(n=encryption.MIN_KEY_LENGTH).ru
    assert _plain_rows(path) == [("Сейітова",), ("Омаров",)]


def test_backups_of_an_encrypted_database_are_encrypted_and_restore_with_the_key(encrypted):
    path, _ = encrypted
    env = {"TIRKEU_DB_KEY": KEY}
    (path.parent / "copies").mkdir()
    made = run_cli("backup", "--to", str(path.parent / "copies"), "--db", str(path), env=env)
    assert made.code == 0, made.stderr
    copy = Path(made.json["path"])
    _unreadable_by_sqlite3(copy)
    if os.name == "posix":
        assert _mode(copy) == 0o600

    # the data changes after the copy ...
    encryption.remember_key(path, KEY)
    engine = open_database(f"sqlite:///{path}")
    with session_factory(engine).begin() as s:
        save_patient(s, Patient("Кейін", "Қосылған", birth_date=date(1990, 2, 2), sex="M"))
    engine.dispose()
    encryption.forget_all()

    # ... without the key the copy is not taken, and the database is left alone
    refused = run_cli("restore", str(copy), "--db", str(path), "--lang", "ru")
    assert refused.code == 2
    assert refused.stderr.strip() == ERR_RESTORE_KEY.format(where=f" ({copy})").ru

    restored = run_cli("restore", str(copy), "--db", str(path), env=env)
    assert restored.code == 0, restored.stderr
    found = run_cli("search", "Кейін", "--db", str(path), env=env)
    assert found.code == 0 and found.json == []
    found = run_cli("search", IIN, "--db", str(path), env=env)
    assert [hit["iin"] for hit in found.json] == [IIN]
    _unreadable_by_sqlite3(path)


def test_a_plain_backup_is_not_restored_into_an_encrypted_database(encrypted):
    path, result = encrypted
    plain_copy = Path(result["kept_aside"])
    before = path.read_bytes()
    done = run_cli("restore", str(plain_copy), "--db", str(path), env={"TIRKEU_DB_KEY": KEY})
    assert done.code == 2
    assert done.stderr.strip() == ERR_RESTORE_KEY_MISMATCH.format(where=f" ({plain_copy})").kk
    assert path.read_bytes() == before


def test_the_key_kept_in_the_keyring_opens_the_database(tmp_path):
    path = tmp_path / "clinic.sqlite"
    _plain_database(path)
    store = tmp_path / "keyring.json"
    stub = {"PYTHON_KEYRING_BACKEND": "tests.keyring_stub.FileKeyring",
            "TIRKEU_TEST_KEYRING": str(store)}
    done = run_cli("encrypt", "--keyring", "--db", str(path), env={**stub, "TIRKEU_DB_KEY": KEY})
    assert done.code == 0, done.stderr
    assert done.json["keyring"] is True
    assert json.loads(store.read_text("utf-8")) == {f"tirkeu\n{path}": KEY}
    _unreadable_by_sqlite3(path)
    # no key in the environment: the keyring's is found
    found = run_cli("search", IIN, "--db", str(path), env=stub)
    assert found.code == 0, found.stderr
    assert [hit["iin"] for hit in found.json] == [IIN]
    # and without the keyring there is none
    assert run_cli("search", IIN, "--db", str(path)).code == 2


def test_a_database_another_desk_has_open_is_not_converted(tmp_path):
    from db.cipher import encrypt_sqlite
    from db.engine import ERR_BUSY

    path = tmp_path / "clinic.sqlite"
    _plain_database(path)
    desk = open_database(f"sqlite:///{path}")  # another desk, idle, its connection open
    try:
        with desk.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM patients").scalar()
            with pytest.raises(BadInput) as err:
                encrypt_sqlite(path, KEY)
        assert err.value.message.ru.startswith(ERR_BUSY.ru.split("{where}")[0])
    finally:
        desk.dispose()
    assert _plain_rows(path) == [("Сейітова",), ("Омаров",)]
    encrypt_sqlite(path, KEY)  # once it is closed
    _unreadable_by_sqlite3(path)


def test_the_desk_configuration_follows_its_database_being_encrypted(tmp_path):
    from db.desk_config import read_config

    path = tmp_path / "clinic.sqlite"
    _plain_database(path)
    write_config(DeskConfig(database=str(path), site_prefix="A"))
    assert run_cli("encrypt", env={"TIRKEU_DB_KEY": KEY}).code == 0  # the configured database
    assert read_config().encrypted is True
    assert "encrypted" not in str(read_config().database) and KEY not in config_text()
    assert run_cli("decrypt", env={"TIRKEU_DB_KEY": KEY}).code == 0
    assert read_config().encrypted is False
    assert _plain_rows(path) == [("Сейітова",), ("Омаров",)]


def config_text() -> str:
    from db.desk_config import config_path

    return config_path().read_text("utf-8")
