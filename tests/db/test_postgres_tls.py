"""TLS to the PostgreSQL server: with `sslmode=verify-full` and the clinic's certificate
authority in the URL the connection is encrypted and the server's identity checked; a server whose
certificate another authority signed is refused in calm words, and so is a connection without
TLS to a server that takes TLS only."""

from __future__ import annotations

import pytest

from db.engine import ERR_SERVER, open_database
from domain.messages import BadInput
from tests.helpers import run_cli

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def tls():
    from tests import pg

    if not pg.available():
        pytest.skip("PostgreSQL server binaries are not installed")
    pytest.importorskip("cryptography")
    with pg.tls_server() as server:
        yield server


def _words(message) -> tuple[str, str]:
    return message.kk.split("{where}")[0], message.ru.split("{where}")[0]


def test_the_server_is_reached_over_verified_tls(tls):
    url = f"{tls.url}?sslmode=verify-full&sslrootcert={tls.ca}"
    engine = open_database(url)
    try:
        with engine.connect() as conn:
            encrypted = conn.exec_driver_sql(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").scalar()
            version = conn.exec_driver_sql(
                "SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid()").scalar()
    finally:
        engine.dispose()
    assert encrypted is True
    assert version.startswith("TLSv1.")
    done = run_cli("search", "Омаров", "--db", url)
    assert done.code == 0, done.stderr
    assert done.json == []


def test_a_certificate_of_another_authority_is_refused_in_calm_words(tls):
    url = f"{tls.url}?sslmode=verify-full&sslrootcert={tls.other_ca}"
    with pytest.raises(BadInput) as err:
        open_database(url)
    assert err.value.message.ru.startswith(_words(ERR_SERVER)[1])
    assert "certificate verify failed" in err.value.message.ru
    done = run_cli("search", "Омаров", "--db", url, "--lang", "ru")
    assert done.code == 2
    assert done.stderr.startswith(_words(ERR_SERVER)[1])
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    kk = run_cli("search", "Омаров", "--db", url)
    assert kk.code == 2 and kk.stderr.startswith(_words(ERR_SERVER)[0])


def test_a_connection_without_tls_is_refused(tls):
    with pytest.raises(BadInput) as err:
        open_database(f"{tls.url}?sslmode=disable")
    assert err.value.message.ru.startswith(_words(ERR_SERVER)[1])
    assert "no encryption" in err.value.message.ru or "pg_hba.conf" in err.value.message.ru
