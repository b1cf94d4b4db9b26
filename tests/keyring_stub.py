"""A stand-in for the operating system's keyring in tests: a JSON file named by
`TIRKEU_TEST_KEYRING`, so that a command run in a subprocess sees what the test stored.
Select it with PYTHON_KEYRING_BACKEND=tests.keyring_stub.FileKeyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1

    def _file(self) -> Path:
        return Path(os.environ["TIRKEU_TEST_KEYRING"])

    def _load(self) -> dict:
        try:
            return json.loads(self._file().read_text("utf-8"))
        except FileNotFoundError:
            return {}

    def get_password(self, service, username):
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._file().write_text(json.dumps(data), "utf-8")

    def delete_password(self, service, username):
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._file().write_text(json.dumps(data), "utf-8")
