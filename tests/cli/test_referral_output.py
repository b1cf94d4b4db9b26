"""`referral --out FILE` never destroys data, and records the referral and writes its PDF as one
unit: both or neither, with an exit code that says which."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from db.backup import make_backup
from services.pdf_files import ERR_EXISTS, ERR_LINK, ERR_NOT_PDF, PDF_MAGIC
from tests.helpers import (
    ROOT,
    db_dump,
    mounted_tmpfs,
    referral_numbers,
    remount_read_only,
    run_cli,
)
from tests.reports.pdfcheck import text_of
from tests.reports.sample_clinic import AIGERIM_IIN, fill_clinic

OLD_PDF = b"%PDF-1.4\n% an older slip\n"


@pytest.fixture
def clinic(db_url):
    return fill_clinic(db_url)


@pytest.fixture
def db_file(db_url) -> Path:
    return Path(db_url.removeprefix("sqlite:///"))


def referral(db_url, out, *extra, lang="kk"):
    return run_cli("referral", "--iin", AIGERIM_IIN, "--service", "diagnostics", "--out", str(out),
                   "--db", db_url, "--lang", lang, *extra)


def assert_refused(result, db_file, before, *needles):
    assert result.code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr
    assert db_dump(db_file) == before  # no referral, counter unchanged, nothing at all


def no_temporary_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.startswith(".tirkeu-")]


# --- never the database, a link, or a file that is not a PDF -------------------------------------

@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_the_database_and_its_companions_are_never_written_even_with_force(
        db_url, clinic, db_file, suffix):
    before, raw = db_dump(db_file), db_file.read_bytes()
    target = Path(f"{db_file}{suffix}")
    existed = target.exists()
    result = referral(db_url, target, "--force", lang="ru")
    assert_refused(result, db_file, before, "базы данных")
    assert db_file.read_bytes() == raw
    assert target.exists() == existed


def test_a_hard_link_to_the_database_is_refused(db_url, clinic, db_file, tmp_path):
    link = tmp_path / "looks-harmless.pdf"
    os.link(db_file, link)
    before, raw = db_dump(db_file), db_file.read_bytes()
    assert_refused(referral(db_url, link, "--force"), db_file, before, "дерекқор")
    assert db_file.read_bytes() == raw


def test_a_backup_of_the_database_is_never_replaced(db_url, clinic, db_file):
    backup = make_backup(db_file, db_file.parent / "backups", "manual", create_folder=True).path
    raw = backup.read_bytes()
    before = db_dump(db_file)
    result = referral(db_url, backup, "--force", lang="ru")
    assert_refused(result, db_file, before, "это не PDF")
    assert backup.read_bytes() == raw


def test_a_document_that_is_not_a_pdf_is_never_replaced(db_url, clinic, db_file, tmp_path):
    letter = tmp_path / "letter.pdf"  # named .pdf, but it is not one
    letter.write_text("Құрметті әріптес...", "utf-8")
    before = db_dump(db_file)
    result = referral(db_url, letter, "--force")
    assert_refused(result, db_file, before, ERR_NOT_PDF.kk.split("{path}")[0][:10])
    assert letter.read_text("utf-8") == "Құрметті әріптес..."


@pytest.mark.parametrize("dangling", [False, True])
def test_a_symbolic_link_is_never_followed_or_replaced(db_url, clinic, db_file, tmp_path, dangling):
    victim = tmp_path / "elsewhere.pdf"
    if not dangling:
        victim.write_bytes(OLD_PDF)
    link = tmp_path / "slip.pdf"
    link.symlink_to(victim)
    before = db_dump(db_file)
    result = referral(db_url, link, "--force", lang="ru")
    assert_refused(result, db_file, before, ERR_LINK.ru.split(":")[0])
    assert link.is_symlink() and os.readlink(link) == str(victim)
    assert victim.read_bytes() == OLD_PDF if not dangling else not victim.exists()


def test_a_pipe_is_refused(db_url, clinic, db_file, tmp_path):
    fifo = tmp_path / "slip.pdf"
    os.mkfifo(fifo)
    before = db_dump(db_file)
    assert_refused(referral(db_url, fifo, "--force", lang="ru"), db_file, before, "не обычный файл")


def test_a_planted_link_at_a_guessable_temporary_name_is_not_used(db_url, clinic, db_file, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", "utf-8")
    for name in (".slip.pdf.part", "slip.pdf.part", "slip.pdf.tmp", ".slip.pdf.tmp"):
        (tmp_path / name).symlink_to(victim)
    result = referral(db_url, tmp_path / "slip.pdf")
    assert result.code == 0, result.stderr
    assert victim.read_text("utf-8") == "keep me"
    assert (tmp_path / "slip.pdf").read_bytes().startswith(PDF_MAGIC)
    assert no_temporary_files(tmp_path)


# --- asking before replacing a PDF ---------------------------------------------------------------

def test_an_existing_pdf_is_not_replaced_without_a_terminal_or_force(db_url, clinic, db_file, tmp_path):
    out = tmp_path / "slip.pdf"
    out.write_bytes(OLD_PDF)
    before = db_dump(db_file)
    for lang in ("kk", "ru"):
        result = referral(db_url, out, lang=lang)
        assert_refused(result, db_file, before, "--force",
                       getattr(ERR_EXISTS, lang).split("{path}")[-1][:12])
    assert out.read_bytes() == OLD_PDF


def test_force_replaces_an_existing_pdf(db_url, clinic, db_file, tmp_path):
    out = tmp_path / "slip.pdf"
    out.write_bytes(OLD_PDF)
    result = referral(db_url, out, "--force")
    assert result.code == 0, result.stderr
    assert result.json["number"] in text_of(out.read_bytes())
    assert referral_numbers(db_file) == [result.json["number"]]
    assert no_temporary_files(tmp_path)


def referral_on_a_terminal(db_url, out, answer: bytes, lang: str):
    """The command with its stdin on a real terminal (a pseudo-terminal) answering `answer`."""
    main, terminal = pty.openpty()
    try:
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "referral", "--iin", AIGERIM_IIN, "--service",
             "diagnostics", "--out", str(out), "--db", db_url, "--lang", lang],
            stdin=terminal, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
        os.close(terminal)
        terminal = None
        os.write(main, answer)
        stdout, stderr = proc.communicate(timeout=300)
    finally:
        if terminal is not None:
            os.close(terminal)
        os.close(main)
    return proc.returncode, stdout.decode("utf-8"), stderr.decode("utf-8")


@pytest.mark.parametrize(("lang", "answer", "question"), [
    ("kk", "иә", "ауыстыру керек пе?"), ("kk", "И", "ауыстыру керек пе?"),
    ("ru", "да", "Заменить"), ("ru", "yes", "Заменить")])
def test_on_a_terminal_the_user_is_asked_and_yes_replaces(db_url, clinic, db_file, tmp_path,
                                                          lang, answer, question):
    out = tmp_path / "slip.pdf"
    out.write_bytes(OLD_PDF)
    code, stdout, stderr = referral_on_a_terminal(db_url, out, answer.encode() + b"\n", lang)
    assert code == 0, stderr
    assert question in stderr
    number = json.loads(stdout)["number"]
    assert number in text_of(out.read_bytes())
    assert referral_numbers(db_file) == [number]


@pytest.mark.parametrize(("lang", "answer"), [("kk", "жоқ\n"), ("kk", "\n"), ("ru", "нет\n"),
                                              ("ru", "")])
def test_on_a_terminal_anything_but_yes_keeps_the_file_and_records_nothing(
        db_url, clinic, db_file, tmp_path, lang, answer):
    out = tmp_path / "slip.pdf"
    out.write_bytes(OLD_PDF)
    before = db_dump(db_file)
    code, stdout, stderr = referral_on_a_terminal(db_url, out, answer.encode() + b"\x04", lang)
    assert code == 2 and stdout == ""
    assert ("ауыстырылмады" if lang == "kk" else "не заменён") in stderr
    assert "Traceback" not in stderr
    assert out.read_bytes() == OLD_PDF
    assert db_dump(db_file) == before


# --- both or neither -----------------------------------------------------------------------------

def test_a_full_disk_records_nothing_and_the_number_is_not_used_up(db_url, clinic, db_file, tmp_path):
    first = referral(db_url, tmp_path / "1.pdf")
    assert first.code == 0, first.stderr
    before = db_dump(db_file)
    with mounted_tmpfs(tmp_path / "small", "16k") as disk:
        result = referral(db_url, disk / "2.pdf", lang="ru")
        assert_refused(result, db_file, before, "нет места на диске")
        assert list(disk.iterdir()) == []  # neither the slip nor a temporary file
    after = referral(db_url, tmp_path / "3.pdf")
    assert after.code == 0, after.stderr
    number = first.json["number"]
    assert after.json["number"] == re.sub(r"\d{6}$", "000002", number)
    assert referral_numbers(db_file) == sorted([number, after.json["number"]])


def test_a_read_only_folder_records_nothing(db_url, clinic, db_file, tmp_path):
    before = db_dump(db_file)
    with mounted_tmpfs(tmp_path / "ro", "1m") as disk:
        remount_read_only(disk)
        result = referral(db_url, disk / "slip.pdf")
        assert_refused(result, db_file, before, "тек оқуға")
        assert list(disk.iterdir()) == []


def test_a_rename_that_fails_after_the_commit_says_so_with_exit_1(db_url, clinic, db_file, tmp_path,
                                                                  monkeypatch, capsys):
    """The one case that cannot be undone: the referral is committed, then the PDF cannot take
    its name. The number is printed with no path, the line says how to get the slip, exit 1."""
    import main
    import services.pdf_files as pdf_files

    def refuse(src, dst):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(pdf_files.os, "replace", refuse)
    out = tmp_path / "slip.pdf"
    code = main.main(["referral", "--iin", AIGERIM_IIN, "--service", "diagnostics", "--out",
                      str(out), "--db", db_url, "--lang", "ru"])
    captured = capsys.readouterr()
    assert code == 1
    answer = json.loads(captured.out)
    assert answer["path"] is None and answer["funding"]
    assert referral_numbers(db_file) == [answer["number"]]
    line = captured.err.strip()
    assert len(line.splitlines()) == 1
    assert f"Направление {answer['number']} записано" in line and "перепечатать" in line
    assert not out.exists() and no_temporary_files(tmp_path)
