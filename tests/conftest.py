"""Suite-wide settings: Qt offscreen, and no test ever touches the user's real data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Point the user data, config and log directories at a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("TIRKEU_DB", raising=False)
    monkeypatch.delenv("TIRKEU_DB_KEY", raising=False)
    # No test reads or writes the real keyring of the machine (tests that need one install
    # the file-backed stand-in of tests/keyring_stub.py).
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    from db import encryption

    encryption.forget_all()
    yield
    encryption.forget_all()


@pytest.fixture
def db_url(tmp_path) -> str:
    """A fresh SQLite file URL (the database is created on first open)."""
    return f"sqlite:///{tmp_path / 'tirkeu.sqlite'}"


@pytest.fixture(scope="session")
def postgres_url():
    """A real PostgreSQL server for this test session (skipped where none is installed)."""
    from tests import pg

    if not pg.available():
        pytest.skip("PostgreSQL server binaries are not installed")
    with pg.server() as url:
        yield url
