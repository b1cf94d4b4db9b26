"""Files that hold patients' data are readable by their owner only (the database and its WAL,
backups, the emergency journal, the desk configuration, the crash log), and the crash log holds
no IIN, name or birth date and rotates."""

from __future__ import annotations

import logging
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from db.backup import backup_database, migration_backup
from db.desk_config import DeskConfig, config_path, write_config
from db.engine import open_database, session_factory
from db.models import PatientRecord
from db.repositories import save_patient
from domain.records import Patient
from services import errors
from services.errors import ScrubbingFormatter, log_dir, write_crash_log
from services.journal import EmergencyJournal

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

IIN = "850515400012"
SURNAME, GIVEN = "Сейітова", "Әйгерім"


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def loose_umask():
    """The usual umask of a desktop session: files readable by everyone unless we say not."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_database_its_log_and_its_backups_are_owner_only(tmp_path, loose_umask):
    path = tmp_path / "clinic.sqlite"
    engine = open_database(f"sqlite:///{path}")
    try:
        with session_factory(engine).begin() as s:
            save_patient(s, Patient(SURNAME, GIVEN, iin=IIN, birth_date=date(1985, 5, 15), sex="F"))
        # the desk's connection is open: the write-ahead log and its index are on disk
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM patients").scalar()
            for suffix in ("", "-wal", "-shm"):
                assert _mode(Path(f"{path}{suffix}")) == 0o600, suffix
        (tmp_path / "copies").mkdir()
        manual = backup_database(engine, "manual", tmp_path / "copies")
        before = migration_backup(engine, "9999")
    finally:
        engine.dispose()
    assert _mode(manual.path) == 0o600
    assert before is not None and _mode(before.path) == 0o600
    # a file created by anything else keeps the usual mode: the umask was put back
    other = tmp_path / "other.txt"
    other.write_text("x")
    assert _mode(other) == 0o644


def test_the_journal_and_the_desk_configuration_are_owner_only(tmp_path, loose_umask):
    journal = EmergencyJournal(tmp_path / "journal" / "emergency.jsonl")
    entry = journal.append({"surname": SURNAME})
    assert _mode(journal.path) == 0o600
    journal.mark_written(entry["id"])  # emptied through a new file: still owner-only
    assert _mode(journal.path) == 0o600
    write_config(DeskConfig(database="postgresql+psycopg://desk:secret@server/clinic"))
    assert _mode(config_path()) == 0o600


def test_a_duplicate_iin_error_leaves_no_iin_or_name_in_the_crash_log(tmp_path, loose_umask):
    engine = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite'}")
    try:
        with session_factory(engine).begin() as s:
            save_patient(s, Patient(SURNAME, GIVEN, iin=IIN, birth_date=date(1985, 5, 15), sex="F"))
        with session_factory(engine)() as s:
            s.add(PatientRecord(iin=IIN, surname=SURNAME, given_name=GIVEN,
                                birth_date=date(1985, 5, 15), search_key=""))
            with pytest.raises(IntegrityError) as err:
                s.flush()
    finally:
        engine.dispose()
    # the statement's parameters are not even in the error
    assert IIN not in str(err.value) and SURNAME not in str(err.value)
    assert "UNIQUE" in str(err.value)
    path = write_crash_log(err.value, "20261207-101010")
    logged = path.read_text("utf-8")
    assert "IntegrityError" in logged and "20261207-101010" in logged
    for personal in (IIN, SURNAME, GIVEN, "1985-05-15"):
        assert personal not in logged
    assert _mode(path) == 0o600


def test_the_crash_log_scrubs_what_an_exception_message_carries(tmp_path):
    try:
        raise ValueError(f"patient {SURNAME} {GIVEN} IIN {IIN} born 15.05.1985 / 1985-05-15")
    except ValueError as exc:
        path = write_crash_log(exc)
    logged = path.read_text("utf-8")
    assert "ValueError" in logged and "<IIN>" in logged
    for personal in (IIN, SURNAME, GIVEN, "15.05.1985", "1985-05-15"):
        assert personal not in logged
    # and so does the program's log
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "searched %s", (IIN,), None)
    assert ScrubbingFormatter("%(message)s").format(record) == "searched <IIN>"


def test_the_crash_log_rotates_at_its_size_limit_keeping_three(monkeypatch, loose_umask):
    monkeypatch.setattr(errors, "CRASH_LOG_BYTES", 2000)
    log = log_dir() / "crash.log"
    for n in range(40):
        try:
            raise RuntimeError(f"failure number {n}")
        except RuntimeError as exc:
            write_crash_log(exc)
    names = sorted(p.name for p in log_dir().iterdir())
    assert names == ["crash.log", "crash.log.1", "crash.log.2", "crash.log.3"]
    assert log.stat().st_size < 2000 + 1000  # one entry past the limit at most
    assert "failure number 39" in log.read_text("utf-8")
    assert "failure number 39" not in (log_dir() / "crash.log.1").read_text("utf-8")
    for name in names:
        assert _mode(log_dir() / name) == 0o600
