"""Which failures the desk treats as "the server is unreachable right now" (a state it waits out)
and which not (a bug, bad data, a busy SQLite file)."""

from __future__ import annotations

import socket
import sqlite3

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from db.faults import is_connection_lost


def _failure(engine, sql: str) -> BaseException:
    try:
        with engine.connect() as conn:
            conn.execute(text(sql))
    except DBAPIError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError("the statement did not fail")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nobody listens once the socket is closed


def test_a_refused_connection_is_a_lost_server():
    engine = create_engine(f"postgresql+psycopg://postgres@127.0.0.1:{_closed_port()}/x",
                           connect_args={"connect_timeout": 2})
    assert is_connection_lost(_failure(engine, "SELECT 1"))


@pytest.mark.postgres
def test_an_error_in_a_statement_is_not(postgres_url):
    assert not is_connection_lost(_failure(create_engine(postgres_url), "SELEC 1"))
    assert not is_connection_lost(_failure(create_engine(postgres_url), "SELECT 1/0"))


@pytest.mark.postgres
def test_a_connection_the_server_ends_is_lost(postgres_url):
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as victim:
            pid = victim.execute(text("SELECT pg_backend_pid()")).scalar()
            with engine.connect() as admin:
                admin.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            with pytest.raises(DBAPIError) as caught:
                victim.execute(text("SELECT 1"))
        assert is_connection_lost(caught.value)
    finally:
        engine.dispose()


def test_sqlite_faults_are_never_a_lost_server(tmp_path):
    path = tmp_path / "x.sqlite"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    try:
        engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0.1})
        exc = _failure(engine, "INSERT INTO t VALUES (1)")
        assert "locked" in str(exc)
        assert not is_connection_lost(exc)
    finally:
        holder.close()
    assert not is_connection_lost(ValueError("x"))


def test_a_server_that_never_answers_is_lost_after_the_connect_timeout():
    # a socket that listens but never accepts: the connect times out (psycopg's ConnectionTimeout)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(0)
        port = silent.getsockname()[1]
        engine = create_engine(f"postgresql+psycopg://postgres@127.0.0.1:{port}/x",
                               connect_args={"connect_timeout": 1})
        assert is_connection_lost(_failure(engine, "SELECT 1"))
