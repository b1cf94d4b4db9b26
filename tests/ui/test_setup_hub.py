"""Naming the hub a desk syncs with: in the first-run setup (tried before it goes on, stored in
desk.json, never shown with its password, kept when the setup is opened again from Settings),
and with `setup --hub URL` on the command line."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from db.desk_config import config_path, read_config
from domain.messages import BadInput
from services.setup import SetupAnswers, check_answers
from tests import pg
from tests.ui.test_setup_dialog import (  # noqa: F401
    BIN,
    fill_clinic_page,
    focused,
    key,
    setup_dialog,
    type_into_focus,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def hub(postgres_url):
    with pg.own_database(postgres_url, "hub") as url:
        yield url


def with_password(url: str) -> str:
    """The hub's URL as an administrator types it: with a password (the test server trusts)."""
    return url.replace("postgresql+psycopg://postgres@", "postgresql://postgres:s3cret@")


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def finish_admin_page(qtbot, dialog) -> None:
    assert dialog.page() == 2, dialog.setupErrorLabel.text()
    type_into_focus(qtbot, "Сәуле Ахметова")
    key(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "saule")
    key(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "kokto-2026")
    key(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "kokto-2026")
    with qtbot.waitSignal(dialog.configured, timeout=30_000):
        key(qtbot, Qt.Key.Key_Return)


@pytest.mark.postgres
def test_the_setup_names_the_hub_after_trying_it(qtbot, setup_dialog, hub, tmp_path):  # noqa: F811
    dialog = setup_dialog
    fill_clinic_page(qtbot, dialog)
    assert dialog.page() == 1 and dialog.setupHubUrlEdit.isEnabled()
    dialog.setupHubUrlEdit.setFocus()
    type_into_focus(qtbot, with_password(hub))
    key(qtbot, Qt.Key.Key_Return)  # Next tries the hub first, then goes on
    qtbot.waitUntil(lambda: dialog.page() == 2, timeout=20_000)
    assert dialog.setupHubResult.text() == "Хаб жауап береді. Онда жұмыс орнының деректері әлі жоқ: " \
        "оларды бірінші синхрондау жасайды. Жұмыс орны онымен баптау сақталған бойда " \
        "синхрондала бастайды."
    finish_admin_page(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    config = read_config()
    assert config.hub == with_password(hub).replace("postgresql://", "postgresql+psycopg://")
    assert config.database == ""  # the data stays on this computer

    # Opened again (from Settings): the hub is shown without its password and kept as it was.
    from ui.app import build_setup_dialog

    again = build_setup_dialog(initial=SetupAnswers("К", "К", BIN, "KOK7", hub_url=config.hub))
    qtbot.addWidget(again)
    assert "s3cret" not in again.setupHubUrlEdit.text() and "***" in again.setupHubUrlEdit.text()
    assert again.answers().hub_url == config.hub
    again.setupHubUrlEdit.clear()  # cleared: the desk no longer syncs
    assert again.answers().hub_url == ""
    again.setupServerRadio.setChecked(True)  # a desk on the server itself has no hub
    assert not again.setupHubUrlEdit.isEnabled() and again.answers().hub_url == ""
    again.reject()


def test_a_hub_that_does_not_answer_keeps_the_page_and_writes_nothing(qtbot, setup_dialog):  # noqa: F811
    dialog = setup_dialog
    fill_clinic_page(qtbot, dialog)
    dialog.setupHubUrlEdit.setFocus()
    type_into_focus(qtbot, f"postgresql://desk:pw@127.0.0.1:{closed_port()}/tirkeu")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
    assert dialog.page() == 1
    assert "қосылу мүмкін емес" in dialog.setupErrorLabel.text()
    assert "pw" not in dialog.setupErrorLabel.text()
    assert focused() is dialog.setupHubUrlEdit
    assert not config_path().exists()
    dialog.setupHubUrlEdit.clear()  # without a hub the desk is set up as before
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.page() == 2, dialog.setupErrorLabel.text()


def test_a_hub_is_a_postgresql_address_and_only_for_a_desk_on_its_own_file():
    base = SetupAnswers("Емхана", "Клиника", BIN, "ALM01")
    assert check_answers(base).hub_url is None  # not asked: the earlier one is kept
    assert check_answers(SetupAnswers(**{**_fields(base), "hub_url": "postgres://d:p@h/t"})).hub_url \
        == "postgresql+psycopg://d:p@h/t"
    with pytest.raises(BadInput) as bad:
        check_answers(SetupAnswers(**{**_fields(base), "hub_url": "hub.kz"}))
    assert bad.value.field == "hub" and "Хабтың мекенжайы" in bad.value.message.kk
    with pytest.raises(BadInput) as both:
        check_answers(SetupAnswers(**{**_fields(base), "hub_url": "postgres://d:p@h/t",
                                      "server_url": "postgres://d:p@s/t"}))
    assert both.value.field == "hub"


def _fields(answers) -> dict:
    return {name: getattr(answers, name) for name in answers.__dataclass_fields__}


def run_setup(tmp_path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "--db", str(tmp_path / "desk.sqlite"),
                           "setup", "--clinic", "Көктөбе емханасы", "--bin", BIN, "--prefix", "KOK1",
                           *extra], cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.postgres
def test_setup_on_the_command_line_names_the_hub(tmp_path, hub):
    done = run_setup(tmp_path, "--hub", with_password(hub))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["hub"].endswith(hub.rsplit("@", 1)[1]) and "s3cret" not in done.stdout
    assert "***" in out["hub"]
    assert read_config().hub.endswith("postgres:s3cret@" + hub.rsplit("@", 1)[1])
    again = run_setup(tmp_path)  # a setup again without --hub keeps it
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["hub"] == out["hub"]
    none = run_setup(tmp_path, "--hub", "")
    assert json.loads(none.stdout)["hub"] is None and read_config().hub == ""


def test_setup_refuses_a_hub_that_does_not_answer(tmp_path):
    done = run_setup(tmp_path, "--hub", f"postgresql://d:pw@127.0.0.1:{closed_port()}/tirkeu")
    assert done.returncode == 2
    assert "pw" not in done.stderr and done.stderr.strip()
    assert not config_path().exists()
