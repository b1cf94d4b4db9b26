"""`export-patient`: the file and its audit event, both or neither; exit 2 and nothing written
for an unknown IIN or an output the rules of file writing refuse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import db_dump, run_cli
from tests.reports.pdfcheck import text_of
from tests.reports.sample_clinic import AIGERIM_IIN, fill_clinic


@pytest.fixture
def clinic(db_url) -> Path:
    fill_clinic(db_url)
    return Path(db_url.removeprefix("sqlite:///"))


def export(db_file: Path, out, *extra: str, iin: str = AIGERIM_IIN, lang: str = "kk"):
    return run_cli("export-patient", "--iin", iin, "--out", str(out), "--db", str(db_file),
                   "--lang", lang, *extra)


def exports_in(db_file: Path) -> list[tuple]:
    import sqlite3

    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        return con.execute("SELECT operator, patient_uuid FROM audit_events WHERE action = 'export'").fetchall()
    finally:
        con.close()


def assert_refused(result, db_file: Path, before: dict, needle: str) -> None:
    assert result.code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert needle in result.stderr, result.stderr
    assert db_dump(db_file) == before


def test_json_then_pdf_are_written_and_each_export_is_audited(clinic, tmp_path):
    out = tmp_path / "aigerim.json"
    result = export(clinic, out)
    assert result.code == 0, result.stderr
    assert result.json == {"path": str(out), "format": "json"}
    data = json.loads(out.read_text("utf-8"))
    assert data["identity"]["iin"] == AIGERIM_IIN and data["exported_by"].startswith("cli")
    pdf = tmp_path / "aigerim.pdf"
    result = export(clinic, pdf, "--format", "pdf", lang="ru")
    assert result.code == 0, result.stderr
    assert result.json == {"path": str(pdf), "format": "pdf"}
    assert "Выписка персональных данных пациента" in text_of(pdf.read_bytes())
    assert len(exports_in(clinic)) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tirkeu-")]


def test_an_unknown_iin_is_exit_2_with_nothing_written(clinic, tmp_path):
    before = db_dump(clinic)
    out = tmp_path / "nobody.json"
    assert_refused(export(clinic, out, iin="020202500074", lang="ru"), clinic, before,
                   "Пациент с этим ИИН не найден")
    assert_refused(export(clinic, out, iin="12345"), clinic, before, "ЖСН дұрыс емес")
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(clinic.name)] == []


@pytest.mark.parametrize("name, needle", [
    ("notes.txt", ".json"),  # not a .json/.pdf name
    ("report", ".json"),
    ("missing/out.json", "Папки"),
])
def test_an_output_that_is_not_json_or_pdf_or_has_no_folder_is_refused(clinic, tmp_path, name, needle):
    before = db_dump(clinic)
    out = tmp_path / name
    assert_refused(export(clinic, out, lang="ru"), clinic, before, needle)
    assert not out.exists()


def test_the_database_file_is_never_written_even_with_force(clinic):
    before, raw = db_dump(clinic), clinic.read_bytes()
    assert_refused(export(clinic, clinic, "--force", lang="ru"), clinic, before, ".json")
    # named as an export, the database is still refused (by name and by the file itself)
    disguised = clinic.with_name("tirkeu.json")
    clinic.rename(disguised)
    try:
        assert_refused(export(disguised, disguised, "--force", lang="ru"), disguised, before,
                       "базы данных")
        assert disguised.read_bytes() == raw
    finally:
        disguised.rename(clinic)


def test_a_file_of_another_kind_is_never_replaced_and_an_earlier_export_only_with_force(clinic, tmp_path):
    before = db_dump(clinic)
    settings = tmp_path / "settings.json"
    settings.write_text('{"keep": true}\n', encoding="utf-8")
    assert_refused(export(clinic, settings, "--force", lang="ru"), clinic, before, "это не JSON")
    assert settings.read_text("utf-8") == '{"keep": true}\n'
    done = tmp_path / "export.json"
    assert export(clinic, done).code == 0
    first = done.read_bytes()
    before = db_dump(clinic)
    assert_refused(export(clinic, done), clinic, before, "--force")
    assert done.read_bytes() == first
    assert export(clinic, done, "--force").code == 0
    assert len(exports_in(clinic)) == 2
