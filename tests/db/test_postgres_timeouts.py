"""PostgreSQL never leaves a desk waiting for ever: connect timeout, keepalives and the server's
statement, lock and idle timeouts have defaults the URL can override, and what they end is said
in calm words."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
import threading
import time
from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db.engine import (
    ERR_SERVER,
    ERR_SERVER_BUSY,
    ERR_SERVER_RESTARTING,
    ERR_SESSION_CLOSED,
    ERR_TIMED_OUT,
    ERR_URL,
    describe_failure,
    make_engine,
    open_database,
    session_factory,
)
from db.models import SequenceRecord
from db.repositories import save_patient
from domain.messages import BadInput
from domain.records import LegalStatus, Patient
from services.referrals import issue_referral
from tests import pg
from tests.helpers import ROOT

pytestmark = pytest.mark.postgres
ON = date(2026, 11, 22)


def _with(url: str, query: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{query}"


def _shown(engine, name: str) -> str:
    with engine.connect() as conn:
        return conn.exec_driver_sql(f"SHOW {name}").scalar()


def _libpq_parameters(engine) -> dict[str, str]:
    raw = engine.raw_connection()
    try:
        return raw.driver_connection.info.get_parameters()
    finally:
        raw.close()


def _failure(run) -> BaseException:
    try:
        run()
    except DBAPIError as exc:
        return exc
    raise AssertionError("no database error")


@pytest.fixture
def url(postgres_url):
    with pg.own_database(postgres_url, "timeouts") as own:
        yield own


def test_the_defaults_reach_the_server_and_the_driver(postgres_url):
    engine = make_engine(postgres_url)
    try:
        assert _shown(engine, "statement_timeout") == "30s"
        assert _shown(engine, "lock_timeout") == "10s"
        assert _shown(engine, "idle_in_transaction_session_timeout") == "1min"
        got = _libpq_parameters(engine)
        assert {k: got.get(k) for k in ("connect_timeout", "keepalives", "keepalives_idle",
                                        "keepalives_interval", "keepalives_count")} == {
            "connect_timeout": "5", "keepalives": "1", "keepalives_idle": "30",
            "keepalives_interval": "10", "keepalives_count": "3"}
        assert got.get("tcp_user_timeout") == "30000"
        assert engine.pool._pre_ping
    finally:
        engine.dispose()


def test_parameters_in_the_url_win_over_the_defaults(postgres_url):
    own = _with(postgres_url, "statement_timeout=2s&lock_timeout=750ms&connect_timeout=3"
                "&keepalives_idle=7&options=-c%20idle_in_transaction_session_timeout%3D5s")
    engine = open_database(own)
    try:
        assert _shown(engine, "statement_timeout") == "2s"
        assert _shown(engine, "lock_timeout") == "750ms"
        assert _shown(engine, "idle_in_transaction_session_timeout") == "5s"
        got = _libpq_parameters(engine)
        assert got["connect_timeout"] == "3" and got["keepalives_idle"] == "7"
        assert got["keepalives_count"] == "3"
    finally:
        engine.dispose()


def test_a_timeout_that_is_not_a_duration_is_a_bad_url_named_without_its_password(postgres_url):
    own = _with(postgres_url.replace("postgres@", "postgres:secret@"),
                "statement_timeout=5s%20-c%20fsync%3Doff")
    with pytest.raises(BadInput) as err:
        open_database(own)
    assert err.value.message == ERR_URL.format(url=own.replace(":secret@", ":***@"))
    assert "secret" not in err.value.message.ru


def test_a_statement_past_the_statement_timeout_is_stopped_in_calm_words(postgres_url):
    engine = open_database(_with(postgres_url, "statement_timeout=300ms"))
    started = time.monotonic()
    try:
        with Session(engine) as s:
            exc = _failure(lambda: s.execute(text("SELECT pg_sleep(5)")))
    finally:
        engine.dispose()
    assert time.monotonic() - started < 3
    assert describe_failure(exc) == ERR_TIMED_OUT.format(where="")
    assert "сохранено" in ERR_TIMED_OUT.ru and "сақталмады" in ERR_TIMED_OUT.kk


def test_a_row_held_past_the_lock_timeout_is_busy_in_calm_words(url):
    engine = open_database(_with(url, "lock_timeout=300ms"))
    make = session_factory(engine)
    try:
        with make.begin() as s:
            pid = save_patient(s, Patient("Сейітова", "Дана", iin="900101400003"))
        holder = make()
        holder.execute(text("SELECT id FROM patients WHERE id = :id FOR UPDATE"), {"id": pid})
        try:
            with make() as s:
                exc = _failure(lambda: s.execute(
                    text("UPDATE patients SET phone = '1' WHERE id = :id"), {"id": pid}))
        finally:
            holder.close()
    finally:
        engine.dispose()
    assert describe_failure(exc) == ERR_SERVER_BUSY.format(where="")


def _desk_with_a_referral(url: str) -> int:
    engine = open_database(url)
    make = session_factory(engine)
    try:
        with make.begin() as s:
            pid = save_patient(s, Patient("Сейітова", "Дана", iin="900101400003",
                                          birth_date=date(1990, 1, 1), sex="F",
                                          legal_status=LegalStatus("citizen")))
        with make.begin() as s:  # the counter row of the year exists from now on
            issue_referral(s, pid, "diagnostics", on=ON)
    finally:
        engine.dispose()
    return pid


def test_a_desk_gone_quiet_holding_the_referral_counter_is_ended_by_the_server(url):
    """One desk locks the referral counter and then sits idle in its transaction (a frozen
    program, a pulled cable). Another desk's referral waits only until the server ends the idle
    session, then gets its number; the idle desk is told in calm words."""
    pid = _desk_with_a_referral(url)
    own = _with(url, "idle_in_transaction_session_timeout=1s")
    quiet_engine, desk_engine = open_database(own), open_database(own)
    quiet = Session(quiet_engine)
    got: dict[str, object] = {}

    def other_desk() -> None:
        try:
            with session_factory(desk_engine).begin() as s:
                got["number"] = issue_referral(s, pid, "diagnostics", on=ON).number
        except Exception as exc:  # noqa: BLE001 - the assertions below report it
            got["error"] = exc
        got["at"] = time.monotonic()

    try:
        quiet.execute(select(SequenceRecord).where(SequenceRecord.name == "referral")
                      .with_for_update())
        started = time.monotonic()
        desk = threading.Thread(target=other_desk)
        desk.start()
        desk.join(15)
        assert not desk.is_alive(), "the other desk still waits"
        assert "error" not in got, got.get("error")
        assert got["number"].endswith("-2026-000002")
        assert 0.8 <= got["at"] - started < 8
        exc = _failure(lambda: quiet.execute(text("SELECT 1")))
        assert describe_failure(exc) == ERR_SESSION_CLOSED.format(where="")
    finally:
        quiet.close()
        quiet_engine.dispose()
        desk_engine.dispose()


def test_a_session_ended_by_the_administrator_is_told_in_calm_words_and_the_pool_recovers(url):
    engine = open_database(url)
    admin = open_database(url)
    try:
        with engine.connect() as conn:  # back in the pool afterwards
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        s = Session(engine)
        s.execute(text("SELECT 1"))
        with admin.connect() as conn:
            conn.exec_driver_sql(f"SELECT pg_terminate_backend({pid})")
        time.sleep(0.2)
        exc = _failure(lambda: s.execute(text("SELECT 1")))
        s.close()
        assert describe_failure(exc) == ERR_SERVER_RESTARTING.format(where="")
        with engine.connect() as conn:  # a fresh connection, not the dead one
            assert conn.exec_driver_sql("SELECT 1").scalar() == 1
    finally:
        engine.dispose()
        admin.dispose()


SILENT_SERVER = textwrap.dedent("""
    import sys, time
    from db.engine import open_database
    from domain.messages import BadInput
    started = time.monotonic()
    try:
        open_database(sys.argv[1])
    except BadInput as exc:
        print(round(time.monotonic() - started, 2), exc.message.ru)
""")


def test_a_server_that_never_answers_is_unreachable_after_the_connect_timeout():
    """A port that takes the connection but never speaks (a hung server, a dead link behind a
    router): the desk says the server is unreachable after the default 5 s."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)  # never accepted: the handshake completes, nothing is ever said
        port = listener.getsockname()[1]
        url = f"postgresql+psycopg://tirkeu:secret@127.0.0.1:{port}/tirkeu"
        try:
            out = subprocess.run([sys.executable, "-c", SILENT_SERVER, url], cwd=ROOT,
                                 capture_output=True, text=True, timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("still waiting for the silent server after 30 s")
    assert out.returncode == 0, out.stderr
    seconds, words = out.stdout.split(" ", 1)
    assert 4 <= float(seconds) < 12, out.stdout
    assert words.startswith(ERR_SERVER.ru.split("{where}")[0]) and "secret" not in words
