"""`setup` without a window (scripted installs) and `self-test`, run as a user runs them."""

from __future__ import annotations

import json
import os

from db.desk_config import config_path, default_db_path
from db.engine import SCHEMA_HEAD
from domain.bin import make_bin
from tests.helpers import run_cli

BIN = make_bin("98014000567")


def test_setup_without_a_window_configures_this_computer():
    done = run_cli("setup", "--clinic", "Көктөбе ауылдық емханасы", "--bin", BIN,
                   "--prefix", "kok1", "--paper", "A5", "--lang", "ru", "--admin", "saule",
                   "--admin-name", "Сәуле Ахметова", env={"TIRKEU_ADMIN_PASSWORD": "kokto-2026"})
    assert done.code == 0, done.stderr
    answer = done.json
    assert answer["site_prefix"] == "KOK1" and answer["bin"] == BIN and answer["admin"] == "saule"
    assert answer["language"] == "ru" and answer["paper"] == "A5"
    stored = json.loads(config_path().read_text("utf-8"))
    assert stored["site_prefix"] == "KOK1" and stored["language"] == "ru" and stored["desk_id"]
    assert default_db_path().exists()
    # The commands now work on the database the setup made, without --db.
    found = run_cli("referral", "--iin", "850515400012", "--service", "specialist_consult",
                    "--out", str(default_db_path().parent / "x.pdf"))
    assert found.code == 2 and "850515400012" in found.stderr  # no such patient, but that database


def test_a_wrong_bin_writes_nothing():
    done = run_cli("setup", "--clinic", "Емхана", "--bin", BIN[:11] + str((int(BIN[11]) + 1) % 10),
                   "--prefix", "E1")
    assert done.code == 2 and "бақылау цифры" in done.stderr
    assert done.stdout == ""
    assert not config_path().exists() and not default_db_path().exists()


def test_setup_suggests_a_prefix_from_the_clinics_name():
    done = run_cli("setup", "--clinic", "Алматы қалалық емханасы", "--bin", BIN)
    assert done.code == 0, done.stderr
    assert done.json["site_prefix"] == "AKE01"


def test_self_test_checks_everything_and_says_so():
    done = run_cli("self-test", env={"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "")})
    assert done.code == 0, done.stderr + done.stdout
    answer = done.json
    assert answer["ok"] is True and answer["frozen"] is False
    assert set(answer["checks"]) == {"rule_pack", "translations", "fonts", "database", "slip", "security",
                                     "qt"}
    assert answer["checks"]["security"]["argon2"] and answer["checks"]["security"]["sqlcipher"] \
        and answer["checks"]["security"]["journal"]
    assert all(check["ok"] for check in answer["checks"].values())
    assert answer["checks"]["database"]["revision"] == SCHEMA_HEAD
    assert answer["checks"]["qt"]["platform"] == "offscreen"
    assert answer["checks"]["slip"]["number"].endswith("-000001")
    assert answer["seconds"] < 20


def test_self_test_fails_when_a_translation_is_missing(tmp_path):
    """Run on a copy of the program whose Russian catalogue is missing: exit 1, named."""
    import shutil
    import subprocess
    import sys

    from tests.helpers import ROOT

    copy = tmp_path / "program"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        ".venv", ".git", "tests", "docs", "build", "dist", ".demo", "*.sqlite", "__pycache__"))
    (copy / "ui" / "i18n" / "slips_ru.qm").unlink()
    proc = subprocess.run([sys.executable, str(copy / "main.py"), "self-test"], capture_output=True,
                          text=True, encoding="utf-8", cwd=copy, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(copy)})
    assert proc.returncode == 1
    answer = json.loads(proc.stdout)
    assert answer["ok"] is False and answer["checks"]["translations"]["missing"] == ["slips_ru"]
    assert "translations" in proc.stderr
