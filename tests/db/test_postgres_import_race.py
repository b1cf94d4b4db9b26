"""On PostgreSQL a desk keeps registering patients while another process imports a registry
snapshot: the import's rows take their ids from the tables' own sequences, so a registration
meanwhile gets an id of its own at once instead of waiting for the import and then failing on
the primary key."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from datetime import date

import pytest
from sqlalchemy import func, select

from db import models as m
from db.engine import open_database, session_factory
from demo.load import fill
from demo.synth import generate_patients
from domain.records import LegalStatus, Patient
from formats.registry_row import to_row
from services import desk
from tests import pg
from tests.db.test_import import write_csv
from tests.helpers import ROOT

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
ON = date(2026, 11, 22)
NEW_IIN = "900101400003"


def _register(make, iin: str | None, got: dict) -> None:
    started = time.monotonic()
    try:
        with make.begin() as s:
            got["id"] = desk.save_registration(
                s, Patient("Сейітова", "Дана", iin=iin, birth_date=date(1990, 1, 1), sex="F",
                           legal_status=LegalStatus("citizen")),
                today=ON)
    except Exception as exc:  # noqa: BLE001 - the assertions report it
        got["error"] = exc
    got["seconds"] = time.monotonic() - started


def test_a_registration_during_an_import_is_saved_at_once(postgres_url, tmp_path):
    with pg.own_database(postgres_url, "importrace") as url:
        engine = open_database(url)
        try:
            fill(engine, 30, seed=11, on=ON)
            rows = [to_row(p) for p in generate_patients(8000, seed=3, on=ON)]
            snap = write_csv(tmp_path / "snap.csv", [r for r in rows if r["iin"] != NEW_IIN])
            proc = subprocess.Popen(
                [sys.executable, str(ROOT / "main.py"), "import", str(snap), "--db", url],
                cwd=ROOT, env=dict(os.environ, PYTHONUNBUFFERED="1"), stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, text=True)
            try:
                for line in proc.stderr:  # a first chunk of rows is written, not committed
                    if "%)" in line:
                        break
                assert proc.poll() is None, "the import ended before the desk could register"
                got: dict[str, object] = {}
                make = session_factory(engine)
                registration = threading.Thread(target=_register, args=(make, NEW_IIN, got))
                registration.start()
                registration.join(60)
                import_running = proc.poll() is None
                out, err = proc.communicate(timeout=120)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.communicate()
            assert proc.returncode == 0, err
            assert "error" not in got, got.get("error")
            assert import_running, f"the registration waited for the import ({got['seconds']:.1f} s)"
            # the import stored every row, the desk's patient kept its own id and rows
            result = json.loads(out)
            assert result["rejected"] == 0 and result["inserted"] > 7900
            later: dict[str, object] = {}
            _register(make, None, later)  # and the desks go on numbering after the import
            assert "error" not in later, later.get("error")
            with make() as s:
                patients = s.scalar(select(func.count()).select_from(m.PatientRecord))
                mine = s.get(m.PatientRecord, got["id"])
                assert (mine.iin, mine.surname) == (NEW_IIN, "Сейітова")
                assert [d.status for d in mine.legal_statuses] == ["citizen"]
                assert later["id"] == s.scalar(select(func.max(m.PatientRecord.id)))
            assert patients == 30 + result["inserted"] + 2
        finally:
            engine.dispose()
