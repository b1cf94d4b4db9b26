"""A password in a database URL is never printed, whatever the scheme or however it is typed:
not in error lines, not in JSON output, not in the desk's title, not in the crash log."""

from __future__ import annotations

import pytest

from tests.cli.test_setup_and_self_test import BIN
from tests.helpers import ROOT, run_cli

SECRET = "Zq7secretPW"
# (a free loopback port nobody listens on: connecting is refused at once)
URLS = [
    f"postgres://clinic:{SECRET}@127.0.0.1:9/clinic",  # the scheme mistyped
    f"postgresql+psycopg://clinic:{SECRET}@127.0.0.1:9/clinic",
    f"postgresql://clinic:{SECRET}@127.0.0.1:9/clinic?sslmode=verify-full",
    f"mysql://clinic:{SECRET}@127.0.0.1/clinic",
    f"clinic:{SECRET}@127.0.0.1",  # no scheme at all
    f"postgresql+psycopg://clinic:{SECRET[:5]}@{SECRET[5:]}@127.0.0.1:9/clinic",  # `@` unescaped
    f"postgresql+psycopg://clinic:{SECRET[:5]}/{SECRET[5:]}@127.0.0.1:9/clinic",  # `/` unescaped
    f"postgresql+psycopg://clinic@127.0.0.1:9/clinic?password={SECRET}",
]
COMMANDS = [
    ("search", "Омаров"),
    ("setup", "--clinic", "Емхана", "--bin", BIN, "--prefix", "A"),
]
# every command opens the database the same way: two more, for the first URLs only
MORE_COMMANDS = [("rules", "list"), ("demo", "--patients", "1")]


def _no_secret(text: str) -> None:
    assert SECRET not in text
    assert SECRET[:5] not in text.replace("clinic", "")  # no piece of it either
    assert SECRET[5:] not in text


@pytest.mark.slow
@pytest.mark.parametrize("url", URLS)
def test_no_command_prints_the_password_of_a_database_url(url):
    for command in COMMANDS + (MORE_COMMANDS if url in URLS[:2] else []):
        done = run_cli(*command, "--db", url, "--lang", "ru", timeout=120)
        assert done.code == 2, (command, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        assert done.stderr.strip(), command  # something was said ...
        _no_secret(done.stdout)
        _no_secret(done.stderr)  # ... and it was not the password
    # the same URL given through the environment
    done = run_cli("search", "Омаров", env={"TIRKEU_DB": url}, timeout=120)
    assert done.code == 2
    _no_secret(done.stdout + done.stderr)
    # nothing was created in the working folder for a URL mistaken for a file
    assert not [p for p in ROOT.iterdir() if SECRET[5:] in p.name]


def test_self_test_output_names_no_password():
    done = run_cli("self-test", "--db", URLS[1], env={"TIRKEU_DB": URLS[5]}, timeout=300)
    _no_secret(done.stdout + done.stderr)


def test_the_desk_title_and_the_crash_log_name_no_password():
    from db.engine import make_engine, shown_url
    from services.errors import write_crash_log
    from ui.app import _label

    for url in URLS[1:3] + URLS[5:]:
        engine = make_engine(url)  # no connection is made yet
        try:
            label = _label(engine)
        finally:
            engine.dispose()
        assert "127.0.0.1" in label
        _no_secret(label)
        _no_secret(shown_url(url))
    try:
        raise RuntimeError(f"could not connect to {URLS[5]}")
    except RuntimeError as exc:
        log = write_crash_log(exc)
    _no_secret(log.read_text("utf-8"))
