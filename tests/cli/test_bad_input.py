"""Bad input to every command: exit 2, one readable line in Kazakh or Russian quoting at most a
short excerpt, and nothing written — the database is dumped table by table before the command
and again after its process has exited. Where part of the input is good (an import with some
bad rows), the bad rows are rejected alone, each with its reason, and the summary says so."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, db_dump, mounted_tmpfs, remount_read_only, run_cli
from tests.reports.sample_clinic import AIGERIM_IIN, fill_clinic

GOOD_ROW = {"iin": "850515300006", "surname": "Нұрланов", "given_name": "Нұрлан",
            "birth_date": "1985-05-15", "sex": "M", "status": "citizen"}
LOCAL = ('"surname": "Әлиева", "given_name": "Дана", "status": "citizen", "local_id": "L-1", '
         '"birth_date": "1990-01-01", "sex": "F"')
MAX_LINE = 400


@pytest.fixture
def clinic(db_url):
    fill_clinic(db_url)
    return Path(db_url.removeprefix("sqlite:///"))


def assert_one_line(result, *needles):
    assert result.code == 2, (result.code, result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and len(lines[0]) <= MAX_LINE
    for needle in needles:
        assert needle in lines[0], lines[0]


def patients(db_file: Path) -> list[tuple]:
    return db_dump(db_file)["patients"]


def iins(db_file: Path) -> set[str]:
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT iin FROM patients WHERE iin IS NOT NULL")}
    finally:
        con.close()


# --- evaluate ------------------------------------------------------------------------------------

DEEP_LIST = "[" * 10_000 + "]" * 10_000
DEEP_OBJECT = '{"a":' * 10_000 + "1" + "}" * 10_000
DEEP_IN_A_FIELD = '{"patient": {"status": "citizen", "birth_date": ' + "[" * 980 + "]" * 980 + "}}"


@pytest.mark.parametrize(("text", "needle"), [
    ("5", "На входе должен быть"),
    ("[1, 2]", "[0]: должен быть объектом JSON"),
    ('"a case"', "На входе должен быть"),
    ('{"patient": {"status": 5, "birth_date": []}, "service": 7}', "patient.status"),
    ('{"patient": "citizen"}', "patient: должен быть объектом JSON"),
    ('{"patient": {"status": "citizen", "pregnant": "yes"}}', "patient.pregnant"),
    ('{"patient": {"status": "citizen", "\\u001b[2J": 1}}', "\\u001b[2J"),
    (DEEP_LIST, "слишком глубоко"),
    (DEEP_OBJECT, "слишком глубоко"),
    (DEEP_IN_A_FIELD, "«patient.birth_date»: «[[[[[[[[[["),
    ("9" * 5000, "слишком длинное"),
])
def test_evaluate_refuses_json_of_the_wrong_shape(tmp_path, text, needle):
    db = tmp_path / "never.sqlite"
    result = run_cli("evaluate", "-", "--db", str(db), "--lang", "ru", stdin=text)
    assert_one_line(result, needle)
    assert "\x1b" not in result.stderr
    assert not db.exists()


# --- import: rows of the wrong shape are rejected alone --------------------------------------------

def write_jsonl(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", "utf-8", errors="surrogatepass")
    return path


def test_import_rejects_lines_that_are_not_objects_each_with_its_reason(clinic, tmp_path):
    src = write_jsonl(tmp_path / "rows.jsonl", json.dumps(GOOD_ROW, ensure_ascii=False),
                      "[1, 2, 3]", "42", '"Нұрланов"', "null", "{broken")
    result = run_cli("import", str(src), "--db", str(clinic), "--lang", "ru")
    assert result.code == 0, result.stderr
    summary = result.json
    assert (summary["read"], summary["inserted"], summary["rejected"]) == (6, 1, 5)
    assert [e["line"] for e in summary["errors"]] == [2, 3, 4, 5, 6]
    assert all("не является объектом JSON" in e["reason"]["ru"] for e in summary["errors"])
    assert "850515300006" in iins(clinic)


def test_import_of_a_file_where_no_line_is_a_patient_is_refused_whole(clinic, tmp_path):
    src = write_jsonl(tmp_path / "rows.jsonl", "[1, 2, 3]", "42", '"x"')
    before = db_dump(clinic)
    result = run_cli("import", str(src), "--db", str(clinic), "--lang", "ru")
    assert_one_line(result, "не объект JSON")
    assert db_dump(clinic) == before


def test_import_where_every_row_is_refused_lists_why_and_exits_2(clinic, tmp_path):
    """Objects, but none a patient that can be taken: nothing is done, so not exit 0; the
    reasons are still listed row by row on stdout."""
    src = write_jsonl(tmp_path / "rows.jsonl", '{"surname": "Нұрланов"}', "[1]",
                      '{"nickname": "Нұрик", ' + LOCAL + "}")
    before = db_dump(clinic)
    result = run_cli("import", str(src), "--db", str(clinic), "--lang", "ru")
    assert result.code == 2, result.stderr
    summary = result.json
    assert (summary["read"], summary["inserted"], summary["rejected"]) == (3, 0, 3)
    assert [e["line"] for e in summary["errors"]] == [1, 2, 3]
    last = result.stderr.strip().splitlines()[-1]
    assert last == "Ни одна строка файла не загружена (отклонено строк: 3; причины в ответе); ничего не записано."
    assert db_dump(clinic) == before


ODD_KEYS = {
    "a lone surrogate key, deep": '{"x": ' + "[" * 980 + "]" * 980 + ', "\\ud800": 1, ' + LOCAL + "}",
    "a lone surrogate key": '{"\\udc00": "x", ' + LOCAL + "}",
    "a repeated key": '{"surname": "\\ud800", ' + LOCAL + "}",
    "a repeated key, last": "{" + LOCAL + ', "local_id": "L-2"}',
    "a repeated key, spaced": '{"sex" : "M", ' + LOCAL + "}",
    "a repeated key in a list": '{"categories": [{"code": "pensioner", "code": "disabled"}], ' + LOCAL + "}",
    "a NUL in a key": '{"a\\u0000b": 1, ' + LOCAL + "}",
    "a number as key": '{"1": 1, ' + LOCAL + "}",
    "a very long key": '{"' + "k" * 100_000 + '": 1, ' + LOCAL + "}",
    "an escape sequence key": '{"\\u001b[31m": 1, ' + LOCAL + "}",
    "a deep item": '{"categories": [' + "[" * 990 + "]" * 990 + "], " + LOCAL + "}",
}


@pytest.mark.parametrize("name", list(ODD_KEYS))
def test_import_rejects_a_row_with_an_odd_key_alone_and_prints_its_summary(clinic, tmp_path, name):
    src = write_jsonl(tmp_path / "rows.jsonl", json.dumps(GOOD_ROW, ensure_ascii=False),
                      ODD_KEYS[name])
    before = patients(clinic)
    result = run_cli("import", str(src), "--db", str(clinic), "--lang", "ru")
    assert result.code == 0, result.stderr
    assert "Traceback" not in result.stderr
    summary = result.json
    assert (summary["read"], summary["inserted"], summary["rejected"]) == (2, 1, 1), summary
    [error] = summary["errors"]
    assert error["line"] == 2 and error["reason"]["kk"] and error["reason"]["ru"]
    assert len(error["reason"]["ru"]) < 200
    assert len(patients(clinic)) == len(before) + 1  # the good row, and only it


def test_a_repeated_key_is_named_in_the_reason(clinic, tmp_path):
    src = write_jsonl(tmp_path / "rows.jsonl", json.dumps(GOOD_ROW), ODD_KEYS["a repeated key, last"])
    result = run_cli("import", str(src), "--db", str(clinic))
    assert result.json["errors"][0]["reason"]["ru"] == "В строке поле «local_id» повторяется; строка пропущена."


def test_the_same_odd_rows_in_a_large_file_read_by_the_parser_process(clinic, tmp_path):
    filler = [json.dumps({"local_id": f"F-{i}", "surname": "Сәрсенов", "given_name": "Ерлан",
                          "birth_date": "1990-01-01", "sex": "M", "status": "citizen",
                          "address": "Алматы қ., " + "Абай даңғылы " * 10}, ensure_ascii=False)
              for i in range(9000)]
    src = write_jsonl(tmp_path / "big.jsonl", json.dumps(GOOD_ROW), *ODD_KEYS.values(), *filler)
    assert src.stat().st_size > 2 * 1024 * 1024  # the parser runs in a process of its own
    result = run_cli("import", str(src), "--db", str(clinic), "--lang", "ru")
    assert result.code == 0, result.stderr
    summary = result.json
    assert summary["rejected"] == len(ODD_KEYS)
    assert [e["line"] for e in summary["errors"]] == list(range(2, 2 + len(ODD_KEYS)))
    assert summary["inserted"] == 1 + len(filler)


# --- import: files refused whole -------------------------------------------------------------------

CSV = ("iin,surname,given_name,birth_date,sex,status\n"
       "850515300006,Нұрланов,Нұрлан,1985-05-15,M,citizen\n"
       "580308401018,Иванова,Людмила,1958-03-08,F,citizen\n")


@pytest.mark.parametrize(("name", "data", "needle"), [
    ("cp1251", CSV.replace("Нұрланов,Нұрлан", "Петров,Пётр").encode("cp1251"), "не в кодировке UTF-8"),
    ("utf16", CSV.encode("utf-16"), "UTF-16"),
    ("utf16-no-bom", CSV.encode("utf-16-le"), "UTF-16"),
    ("unterminated", (CSV + '880404301016,"Петросян,Армен,1988-04-04,M,citizen\n'
                      "900101300011,Ким,Сергей,1990-01-01,M,citizen\n").encode(), "кавычки (запись, начинающаяся в строке 4)"),
    ("junk-after-quote", (CSV + '880404301016,"Петросян"ян,Армен,1988-04-04,M,citizen\n').encode(),
     "строке 4"),
])
def test_import_refuses_a_file_it_cannot_read_truthfully_and_writes_nothing(clinic, tmp_path, name, data, needle):
    src = tmp_path / f"{name}.csv"
    src.write_bytes(data)
    before = db_dump(clinic)
    result = run_cli("import", str(src), "--db", str(clinic), "--lang", "ru")
    assert_one_line(result, needle)
    assert db_dump(clinic) == before  # not even the good rows before the bad one


def test_a_refused_import_creates_no_database(tmp_path):
    src = tmp_path / "cp1251.csv"
    src.write_bytes(CSV.replace("Нұрланов,Нұрлан", "Петров,Пётр").encode("cp1251"))
    db = tmp_path / "new.sqlite"
    result = run_cli("import", str(src), "--db", str(db))
    assert_one_line(result, "UTF-8")
    assert not db.exists()


def test_a_stray_quote_inside_a_field_is_only_a_character(clinic, tmp_path):
    src = tmp_path / "quote.csv"
    src.write_text(CSV.replace("Иванова", 'Иван"ова'), "utf-8")
    result = run_cli("import", str(src), "--db", str(clinic))
    assert result.code == 0, result.stderr
    assert (result.json["inserted"], result.json["rejected"]) == (2, 0)


# --- search --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("query", "needle"), [
    ("\x01", "U+0001"), ("Нұр\x7fлан", "U+007F"), ("Нұрлан\nНұрланов", "U+000A"), ("a\tb", "U+0009"),
    ('"Нұрлан"', "«\"»"), ("Нұр*", "«*»"), ("^Нұрлан", "«^»"), ("surname:Нұрлан", "«:»"),
    ("(Нұрлан)", "«(»"), ("Нұрлан)", "«)»"), ("{Нұрлан}", "«{»"), ("NEAR(a b)", "«(»"),
    ("Нұрлан + Нұрланов", "«+»"),
])
def test_search_refuses_control_and_syntax_characters_naming_them(clinic, query, needle):
    before = db_dump(clinic)
    for lang, words in (("kk", "Іздеу сөзінде"), ("ru", "В поисковом запросе")):
        result = run_cli("search", query, "--db", str(clinic), "--lang", lang)
        assert_one_line(result, words, needle)
        assert "\x01" not in result.stderr and "\x7f" not in result.stderr
    assert db_dump(clinic) == before


NAMED = [
    {"local_id": "N-1", "surname": "O'Brien", "given_name": "Sean", "birth_date": "1980-02-03",
     "sex": "M", "status": "citizen"},
    {"local_id": "N-2", "surname": "Абай-Құнанбай", "given_name": "Ерлан", "birth_date": "1981-02-03",
     "sex": "M", "status": "citizen"},
    {"local_id": "N-3", "surname": "Near", "given_name": "Orla", "birth_date": "1982-02-03",
     "sex": "F", "status": "citizen"},
    {"local_id": "N-4", "surname": "Not", "given_name": "Andrea", "birth_date": "1983-02-03",
     "sex": "F", "status": "citizen"},
]


@pytest.mark.parametrize(("query", "expected"), [
    ("O'Brien", "O'Brien Sean"), ("O’Brien Sean", "O'Brien Sean"),
    ("Абай-Құнанбай", "Абай-Құнанбай Ерлан"), ("Абай-Құнанбай Ерлан 03.02.1981", "Абай-Құнанбай Ерлан"),
    ("NEAR", "Near Orla"), ("Near OR", "Near Orla"), ("NOT", "Not Andrea"),
    ("NOT AND", "Not Andrea"), ("Not, Andrea", "Not Andrea"),
])
def test_search_takes_hyphens_apostrophes_and_operator_words_as_names(clinic, tmp_path, query, expected):
    src = write_jsonl(tmp_path / "named.jsonl", *(json.dumps(r, ensure_ascii=False) for r in NAMED))
    assert run_cli("import", str(src), "--db", str(clinic)).code == 0
    result = run_cli("search", query, "--db", str(clinic))
    assert result.code == 0, result.stderr
    assert "fts5" not in result.stderr.lower()
    assert expected in [hit["full_name"] for hit in result.json]


# --- referral ------------------------------------------------------------------------------------

def referral(db_file: Path, out: str, lang: str = "ru"):
    return run_cli("referral", "--iin", AIGERIM_IIN, "--service", "diagnostics", "--out", out,
                   "--db", str(db_file), "--lang", lang)


@pytest.mark.parametrize(("where", "needle"), [
    ("{tmp}", "папка"),
    ("{tmp}/", "папка"),
    ("{tmp}/missing/slip.pdf", "Папки для PDF-файла нет"),
    ("{tmp}/note.txt/slip.pdf", "Папки для PDF-файла нет"),
    ("", "Не указано имя PDF-файла"),
    (" ", "Не указано имя PDF-файла"),
])
def test_referral_refuses_an_out_path_it_cannot_write(clinic, tmp_path, where, needle):
    (tmp_path / "note.txt").write_text("a file, not a folder", "utf-8")
    before = db_dump(clinic)
    result = referral(clinic, where.replace("{tmp}", str(tmp_path)))
    assert_one_line(result, needle)
    assert db_dump(clinic) == before
    assert (tmp_path / "note.txt").read_text("utf-8") == "a file, not a folder"


def test_referral_refuses_a_read_only_folder(clinic, tmp_path):
    before = db_dump(clinic)
    with mounted_tmpfs(tmp_path / "ro", "1m") as disk:
        remount_read_only(disk)
        result = referral(clinic, str(disk / "slip.pdf"))
        assert_one_line(result, "только для чтения")
    assert db_dump(clinic) == before


def test_referral_with_an_out_name_that_is_not_utf8_records_nothing(clinic, tmp_path):
    before = db_dump(clinic)
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "referral", "--iin", AIGERIM_IIN, "--service",
         "diagnostics", "--out", str(tmp_path).encode() + b"/\xd0\xff\xfe.pdf", "--db", str(clinic),
         "--lang", "ru"],
        capture_output=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2 and proc.stdout == b""
    err = proc.stderr.decode("utf-8")
    assert "UTF-8" in err and "ничего не записано" in err and len(err.strip().splitlines()) == 1
    assert db_dump(clinic) == before
    assert [p for p in tmp_path.iterdir() if p.suffix == ".pdf"] == []


# --- demo ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("count", ["0", "-5", "100000000"])
def test_demo_refuses_a_patient_count_and_creates_no_database(tmp_path, count):
    db = tmp_path / "demo.sqlite"
    result = run_cli("demo", "--patients", count, "--db", str(db), "--lang", "ru")
    assert_one_line(result)
    assert not db.exists()
