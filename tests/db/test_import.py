"""`import FILE`: a registry snapshot goes in whole or not at all, row by row validated."""

from __future__ import annotations

import csv
import getpass
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from db.engine import open_database, session_factory
from db.import_source import ParserProcess, ParseSettings
from db.importer import import_file
from db.repositories import find_by_iin
from db.rows import TABLE_COLS
from demo.load import fill
from demo.synth import generate_patients
from domain.messages import BadInput
from formats.registry_row import COLUMNS, to_row
from tests.helpers import ROOT, run_cli

ON = date(2026, 11, 22)
EXAMPLES = ROOT / "docs" / "examples"


def write_csv(path: Path, rows: list[dict], header: tuple[str, ...] = COLUMNS) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for row in rows:
            w.writerow([row.get(c, "") for c in header])
    return path


def db_digest(path: Path) -> str:
    """Everything stored, including versions and timestamps."""
    con = sqlite3.connect(path)
    try:
        h = hashlib.sha256()
        tables = [t for (t,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
        for table in tables:
            for row in con.execute(f"SELECT * FROM {table} ORDER BY 1"):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "reg.sqlite"
    engine = open_database(str(path))
    fill(engine, 30, seed=11, on=ON)
    yield engine, path
    engine.dispose()


def test_examples_import_cleanly_and_read_back(demo_db):
    engine, _ = demo_db
    out = import_file(engine, EXAMPLES / "registry.csv", today=ON)
    assert out["rejected"] == 0 and out["errors"] == [], out["errors"]
    assert out["read"] == out["inserted"] == 7
    out = import_file(engine, EXAMPLES / "registry.jsonl", today=ON)
    assert out["rejected"] == 0 and out["read"] == 4
    with session_factory(engine)() as s:
        p = find_by_iin(s, "850515300006")
        assert p.full_name == "Нұрланов Нұрлан Серікұлы" and p.attached_org == "PHC-01"
        assert [(c.code, c.dispensary) for c in p.conditions] == [("I10", True), ("E11", True)]
        assert p.payments[0].payer == "employee" and p.fund_checks[-1].insured is True
        assert p.legal_status.basis.kind == "id_card"
        ivanova = find_by_iin(s, "580308401018")
        assert {c.code for c in ivanova.categories} == {"pensioner", "disabled"} and ivanova.palliative
        worker = find_by_iin(s, "880404301016")
        assert worker.vhi_until == date(2027, 2, 1) and worker.legal_status.status == "eaeu_worker"


def test_generated_rows_survive_the_round_trip(demo_db, tmp_path):
    engine, _ = demo_db
    people = list(generate_patients(400, seed=21, on=ON))
    path = write_csv(tmp_path / "snap.csv", [to_row(p) for p in people])
    out = import_file(engine, path, today=ON)
    assert out["rejected"] == 0, out["errors"][:3]
    assert out["inserted"] + out["updated"] == 400
    with session_factory(engine)() as s:
        for want in people[:60]:
            if not want.iin:
                continue
            got = find_by_iin(s, want.iin)
            assert got.full_name == want.full_name and got.birth_date == want.birth_date
            assert got.legal_status.status == want.legal_status.status
            assert got.categories == want.categories
            assert got.payments == sorted(want.payments, key=lambda x: x.first_month)
            assert [(c.code, c.since, c.dispensary) for c in got.conditions] == \
                [(c.code, c.since, c.dispensary) for c in want.conditions]


def test_a_second_import_changes_nothing(demo_db, tmp_path):
    engine, path = demo_db
    rows = [to_row(p) for p in generate_patients(300, seed=5, on=ON)]
    snap = write_csv(tmp_path / "snap.csv", rows)
    first = import_file(engine, snap, today=ON)
    assert first["inserted"] > 0
    before = db_digest(path)
    second = import_file(engine, snap, today=ON)
    assert second["unchanged"] == 300 - second["rejected"] and second["inserted"] == second["updated"] == 0
    assert db_digest(path) == before


def test_updates_by_iin_bump_version_and_replace_evidence(demo_db, tmp_path):
    engine, path = demo_db
    base = {"iin": "850515300006", "surname": "Нурланов", "given_name": "Нурлан", "status": "citizen",
            "address": "Алматы қ., Абай даңғылы, 1", "categories": "disabled/2024-01-01/2026-12-31",
            "conditions": "I10//dispensary", "fund_insured": "true", "fund_checked_at": "2026-11-01"}
    import_file(engine, write_csv(tmp_path / "a.csv", [base]), today=ON)
    con = sqlite3.connect(path)
    (pid, v1, t1), = con.execute("SELECT id, version, updated_at FROM patients WHERE iin = '850515300006'")
    con.close()
    changed = dict(base, address="Астана қ., Республика даңғылы, 2", categories="pensioner/2026-05-15",
                   fund_checked_at="2026-11-20")
    time.sleep(0.01)
    out = import_file(engine, write_csv(tmp_path / "b.csv", [changed]), today=ON)
    assert (out["inserted"], out["updated"], out["unchanged"]) == (0, 1, 0)
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM patients WHERE iin = '850515300006'").fetchone() == (1,)
        (v2, t2, address), = con.execute("SELECT version, updated_at, address FROM patients WHERE id = ?", (pid,))
        assert v2 == v1 + 1 and t2 > t1 and address.startswith("Астана")
        cats = con.execute("SELECT code, deleted FROM state_categories WHERE patient_id = ? ORDER BY id",
                           (pid,)).fetchall()
        assert cats == [("disabled", 1), ("pensioner", 0)]  # the old grant is a tombstone
        # the Fund's answers are history: both are kept
        assert con.execute("SELECT count(*) FROM fund_checks WHERE patient_id = ? AND deleted = 0",
                           (pid,)).fetchone() == (2,)
        assert con.execute("SELECT count(*) FROM conditions WHERE patient_id = ? AND deleted = 0",
                           (pid,)).fetchone() == (1,)
    finally:
        con.close()


def test_imported_rows_name_who_imported_them(demo_db, tmp_path):
    engine, path = demo_db
    row = {"iin": "850515300006", "surname": "Нурланов", "given_name": "Нурлан", "status": "citizen",
           "categories": "disabled/2024-01-01/2026-12-31"}
    import_file(engine, write_csv(tmp_path / "a.csv", [row]), today=ON)  # as a command: cli:<user>
    con = sqlite3.connect(path)
    assert set(con.execute("SELECT changed_by FROM patients UNION SELECT changed_by FROM state_categories "
                           "UNION SELECT changed_by FROM legal_statuses")) == {(f"cli:{getpass.getuser()}",)}
    con.close()
    import_file(engine, write_csv(tmp_path / "b.csv", [dict(row, categories="pensioner/2026-05-15")]),
                today=ON, changed_by="admin")
    con = sqlite3.connect(path)
    try:
        (pid, who, version), = con.execute(
            "SELECT id, changed_by, version FROM patients WHERE iin = '850515300006'")
        assert (who, version) == ("admin", 2)
        cats = con.execute("SELECT code, deleted, changed_by, version FROM state_categories "
                           "WHERE patient_id = ? ORDER BY id", (pid,)).fetchall()
        assert cats == [("disabled", 1, "admin", 2), ("pensioner", 0, "admin", 1)]
    finally:
        con.close()


def test_local_id_rows_update_by_local_number_and_the_later_duplicate_wins(demo_db, tmp_path):
    engine, path = demo_db
    a = {"local_id": "ALM01-2026-000001", "surname": "Ахмади", "given_name": "Фатима", "status": "asylum_seeker",
         "birth_date": "1994-02-10", "sex": "F", "address": "first"}
    b = dict(a, address="second")
    out = import_file(engine, write_csv(tmp_path / "d.csv", [a, b]), today=ON)
    assert out["read"] == 2 and out["inserted"] == 1 and out["updated"] == 1
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT address FROM patients WHERE local_id = 'ALM01-2026-000001'").fetchall() == \
            [("second",)]
    finally:
        con.close()


GOOD = {"iin": "850515300006", "surname": "Нұрланов", "given_name": "Нұрлан", "status": "citizen",
        "birth_date": "1985-05-15", "sex": "M"}
BAD_ROWS = [
    ({"surname": ""}, "«surname»"),
    ({"given_name": "  "}, "«given_name»"),
    ({"status": ""}, "«status»"),
    ({"iin": "", "local_id": ""}, "ни ИИН"),
    ({"iin": "850515300007"}, "Контрольный разряд"),
    ({"iin": "85051530000"}, "ровно из 12"),
    ({"iin": "85051530000X"}, "только из цифр"),
    ({"iin": "851315300006"}, "не существует в календаре"),
    ({"iin": "850515700006"}, "7-я цифра"),
    ({"birth_date": "1985-05-16"}, "не совпадает с датой рождения"),
    ({"sex": "F"}, "не совпадает с полом"),
    ({"sex": "X", "iin": "", "local_id": "L-1"}, "«sex»"),
    ({"iin": "", "local_id": "L-2", "birth_date": ""}, "«birth_date»"),
    ({"iin": "", "local_id": "L-3", "birth_date": "2099-01-01"}, "невозможная дата рождения"),
    ({"iin": "", "local_id": "L-4", "birth_date": "1985-02-30"}, "не существующая дата"),
    ({"iin": "", "local_id": "L-5", "birth_date": "15.05.1985"}, "ГГГГ-ММ-ДД"),
    ({"iin": "", "local_id": "bad id!"}, "«local_id»"),
    ({"status": "tourist"}, "«tourist» — неизвестный код"),
    ({"parent_status": "visitor"}, "«parent_status»"),
    ({"citizenship": "Kazakhstan"}, "слишком длинное значение"),
    ({"citizenship": "kz1"}, "ISO 3166-1"),
    ({"status_doc_kind": "id_card"}, "заполняются вместе"),
    ({"status_doc_kind": "diploma", "status_doc_number": "1"}, "«status_doc_kind»"),
    ({"status_doc_kind": "id_card", "status_doc_number": "1", "status_doc_issued_on": "2030-01-01",
      "status_doc_valid_until": "2020-01-01"}, "начало периода позже конца"),
    ({"fund_insured": "true"}, "«fund_checked_at»"),
    ({"fund_insured": "maybe", "fund_checked_at": "2026-01-01"}, "true или false"),
    ({"fund_insured": "true", "fund_checked_at": "2026-13-01"}, "«fund_checked_at»"),
    ({"fund_insured": "true", "fund_checked_at": "2027-01-01"}, "в будущем"),
    ({"categories": "pensioner/2020-01-01;veteran"}, "«veteran» — неизвестный код"),
    ({"categories": "disabled/2026-01-01/2025-01-01"}, "начало периода позже конца"),
    ({"categories": "disabled/2026-01-01/2025-01-01/x"}, "не удаётся разобрать"),
    ({"payments": "employer/2024-01/2024-05"}, "«employer» — неизвестный код"),
    ({"payments": "employee/2024-13/2024-05"}, "месяц"),
    ({"payments": "employee/2024-06/2024-05"}, "начало периода позже конца"),
    ({"payments": "employee"}, "не удаётся разобрать"),
    ({"conditions": "I10;hypertension"}, "МКБ-10"),
    ({"conditions": "I10.12345"}, "МКБ-10"),
    ({"conditions": "I10/2020-01-01/yes"}, "не удаётся разобрать"),
    ({"conditions": "I10/yesterday"}, "«conditions»"),
    ({"pregnant": "true"}, "беременность"),
    ({"palliative": "sometimes"}, "«palliative»"),
    ({"vhi_until": "2027-02-29"}, "«vhi_until»"),
    ({"kandas_since": "1980-01-01"}, "раньше даты рождения"),
    ({"attached_org": "PHC-99"}, "организации «PHC-99» нет"),
    ({"phone": "call me"}, "«phone»"),
    ({"surname": "Ж" * 101}, "слишком длинное"),
]


def test_every_kind_of_bad_row_is_listed_with_its_line_and_both_languages(demo_db, tmp_path):
    engine, path = demo_db
    rows = [dict(GOOD, **change) for change, _ in BAD_ROWS]
    rows.append({"iin": "750120301016", "surname": "Жақсылықов", "given_name": "Асқар", "status": "citizen"})
    snap = write_csv(tmp_path / "bad.csv", rows)
    out = import_file(engine, snap, today=ON)
    assert out["read"] == len(rows) and out["rejected"] == len(BAD_ROWS) and out["inserted"] == 1
    by_line = {e["line"]: e["reason"] for e in out["errors"]}
    for i, (change, needle) in enumerate(BAD_ROWS):
        reason = by_line[i + 2]  # the header is line 1
        assert needle in reason["ru"], (change, reason)
        assert reason["kk"] and reason["kk"] != reason["ru"]
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM patients WHERE iin = '850515300006'").fetchone() == (0,)
    finally:
        con.close()


def test_csv_record_with_wrong_field_count_and_multiline_line_numbers(demo_db, tmp_path):
    engine, _ = demo_db
    text = ("iin,surname,given_name,status,address\n"
            '850515300006,Нұрланов,Нұрлан,citizen,"Алматы,\nАбай 1"\n'
            "750120301016,Қасымов,Асқар\n"
            "880404301016,Петросян,Армен,eaeu_worker,\n")
    path = tmp_path / "multi.csv"
    path.write_text(text, encoding="utf-8")
    out = import_file(engine, path, today=ON)
    assert out["inserted"] == 2 and out["rejected"] == 1
    assert out["errors"][0]["line"] == 4 and "Число полей" in out["errors"][0]["reason"]["ru"]


def test_jsonl_bad_lines_are_rejected_rows(demo_db, tmp_path):
    engine, _ = demo_db
    lines = [json.dumps(GOOD, ensure_ascii=False), "{not json", "[1, 2]",
             json.dumps(dict(GOOD, iin=850515300006)), json.dumps(dict(GOOD, nickname="Нұрик")),
             json.dumps(dict(GOOD, pregnant="true", sex=None, iin="991231401018", given_name="Әсел",
                             birth_date=None)),
             json.dumps(dict(GOOD, conditions=[{"code": "I10", "dispensary": "yes"}])), ""]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    out = import_file(engine, path, today=ON)
    assert out["read"] == 7 and out["inserted"] == 2 and out["rejected"] == 5
    reasons = {e["line"]: e["reason"]["ru"] for e in out["errors"]}
    assert "не является объектом JSON" in reasons[2] and "не является объектом JSON" in reasons[3]
    assert "ожидался текст" in reasons[4] and "Неизвестное поле «nickname»" in reasons[5]
    assert "dispensary" in reasons[7]


@pytest.mark.parametrize("parallel", [False, True], ids=["in-process", "parser-process"])
def test_json_lines_python_cannot_decode_are_rejected_alone(demo_db, tmp_path, parallel):
    """An over-deep line, a number of 5,000 digits and a \\ud800 escape used to end the whole
    import with exit 1 (or fail after committing); each is now one rejected row."""
    engine, path = demo_db
    good = [json.dumps(to_row(p), ensure_ascii=False)
            for p in generate_patients(3000 if parallel else 20, seed=9, on=ON)]
    bad = ["[" * 100_000 + "]" * 100_000, '{"surname": ' + "9" * 5000 + "}",
           '{"surname": "X\\ud800", "given_name": "Y", "status": "citizen", "local_id": "A-1"}',
           json.dumps(dict(GOOD, **{"\ud800": 1}))]
    lines = good[:10] + bad + good[10:]
    target = tmp_path / "odd.jsonl"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = import_file(engine, target, today=ON, parallel=parallel)
    assert out["rejected"] == 4 and out["read"] == len(lines)
    assert out["inserted"] + out["updated"] + out["unchanged"] == len(good)
    reasons = {e["line"]: e["reason"]["ru"] for e in out["errors"]}
    assert "слишком глубоко" in reasons[11] and "слишком длинное" in reasons[12]
    assert "неполный символ" in reasons[13] and "неполный символ" in reasons[14]
    json.dumps(out, ensure_ascii=False).encode("utf-8")  # the summary itself is printable text


@pytest.mark.parametrize("name,content,needle", [
    ("missing.csv", None, "Не удаётся прочитать"),
    ("empty.csv", b"", "пуст"),
    ("blank.csv", b"\n\n  \n", "пуст"),
    ("binary.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "не текстовый"),
    ("latin1.csv", "iin,surname,given_name,status\n850515300006,Müller,Jörg,citizen\n".encode("latin-1"),
     "UTF-8"),
    ("header.csv", b"iin,surname,given_name,status,nickname\n", "«nickname»"),
    ("nostatus.csv", b"iin,surname,given_name\n", "«status»"),
    ("nokey.csv", b"surname,given_name,status\n", "ни «iin»"),
    ("dup.csv", b"iin,surname,given_name,status,iin\n", "повторяется"),
    ("plain.jsonl", "Нұрланов Нұрлан 850515300006\n".encode(), "не объект JSON"),
    ("array.jsonl", b"[1, 2, 3]\n", "не объект JSON"),
])
def test_unusable_files_are_exit_2_and_write_nothing(demo_db, tmp_path, name, content, needle):
    engine, path = demo_db
    engine.dispose()
    target = tmp_path / name
    if content is not None:
        target.write_bytes(content)
    before = db_digest(path)
    r = run_cli("import", str(target), "--db", str(path), "--lang", "ru")
    assert r.code == 2, r.stderr
    assert needle in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert db_digest(path) == before


def test_a_directory_is_exit_2(tmp_path, db_url):
    r = run_cli("import", str(tmp_path), "--db", db_url.removeprefix("sqlite:///"), "--lang", "kk")
    assert r.code == 2 and "Файлды оқу мүмкін емес" in r.stderr


@pytest.mark.parametrize("parallel", [False, True], ids=["in-process", "parser-process"])
def test_binary_garbage_past_the_start_rolls_everything_back(demo_db, tmp_path, parallel):
    engine, path = demo_db
    good = write_csv(tmp_path / "g.csv", [to_row(p) for p in generate_patients(3000, seed=8, on=ON)])
    data = good.read_bytes() + b"\x00\x01\x02garbage\xff\xfe\n" * 10
    target = tmp_path / "tail.csv"
    target.write_bytes(data)
    before = db_digest(path)
    with pytest.raises(BadInput) as caught:
        import_file(engine, target, today=ON, parallel=parallel)
    assert caught.value.field == "file" and "UTF-8" in caught.value.message.ru
    assert db_digest(path) == before


def _snapshot(path: Path, n: int, seed: int) -> Path:
    return write_csv(path, [to_row(p) for p in generate_patients(n, seed=seed, on=ON)])


def _children(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _alive(pid: int) -> bool:
    try:  # a zombie (ended, not yet reaped by init) counts as gone
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_an_import_killed_halfway_leaves_the_previous_data_intact(demo_db, tmp_path):
    engine, path = demo_db
    engine.dispose()
    before = db_digest(path)
    snap = _snapshot(tmp_path / "big.csv", 60_000, seed=3)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "import", str(snap), "--db", str(path)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        seen = ""
        for line in proc.stderr:
            seen = line
            if "(40 %)" in line or "(45 %)" in line or "(50 %)" in line:
                break
        assert "%" in seen, seen
        parsers = _children(proc.pid)  # a file this large is read by a parser process
        assert parsers
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 30
        while any(_alive(pid) for pid in parsers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in parsers), "a helper process outlived the importer"
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM patients").fetchone() == (30,)
    finally:
        con.close()
    assert db_digest(path) == before
    # and the database still takes the same import afterwards
    r = run_cli("import", str(snap), "--db", str(path))
    assert r.code == 0 and r.json["read"] == 60_000


def test_cli_output_contract_and_progress(demo_db, tmp_path):
    engine, path = demo_db
    engine.dispose()
    snap = _snapshot(tmp_path / "s.csv", 2000, seed=4)
    r = run_cli("import", str(snap), "--db", str(path))
    assert r.code == 0, r.stderr
    out = r.json
    assert set(out) >= {"read", "inserted", "updated", "unchanged", "rejected", "errors"}
    assert out["read"] == 2000 == out["inserted"] + out["updated"] + out["unchanged"] + out["rejected"]
    assert "import:" in r.stderr and "(100 %)" in r.stderr


def test_many_bad_rows_are_counted_but_the_list_is_capped(demo_db, tmp_path):
    engine, _ = demo_db
    rows = [dict(GOOD, iin="850515300007")] * 1500
    out = import_file(engine, write_csv(tmp_path / "bad.csv", rows), today=ON)
    assert out["rejected"] == 1500 and len(out["errors"]) == 1000 and out["errors_not_listed"] == 500


def test_a_database_locked_by_another_writer_is_exit_2_and_unchanged(demo_db, tmp_path):
    engine, path = demo_db
    engine.dispose()
    snap = _snapshot(tmp_path / "s.csv", 50, seed=6)
    before = db_digest(path)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another desk in the middle of a write
        r = run_cli("import", str(snap), "--db", str(path), "--lang", "ru")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert r.code == 2 and "занята" in r.stderr, r.stderr
    assert db_digest(path) == before


def test_a_snapshot_of_what_demo_stored_is_all_unchanged(tmp_path):
    path = tmp_path / "same.sqlite"
    engine = open_database(str(path))
    try:
        fill(engine, 400, seed=17, on=ON)
        before = db_digest(path)
        snap = write_csv(tmp_path / "same.csv", [to_row(p) for p in generate_patients(400, seed=17, on=ON)])
        out = import_file(engine, snap, today=ON)
    finally:
        engine.dispose()
    assert (out["unchanged"], out["inserted"], out["updated"], out["rejected"]) == (400, 0, 0, 0)
    assert db_digest(path) == before


def test_spreadsheet_csv_with_bom_semicolons_and_crlf(demo_db, tmp_path):
    engine, _ = demo_db
    text = ("\ufeffiin;surname;given_name;status;categories\r\n"
            "850515300006;Нұрланов;Нұрлан;citizen;pensioner/2020-01-01;disabled/2024-01-01\r\n"
            "750120301016; Қасымов ;Асқар;citizen;\r\n")
    path = tmp_path / "excel.csv"
    path.write_bytes(text.encode("utf-8"))
    out = import_file(engine, path, today=ON)
    # the unquoted `;` inside the categories makes that record one field too long
    assert out["inserted"] == 1 and out["rejected"] == 1 and out["errors"][0]["line"] == 2
    quoted = text.replace("pensioner/2020-01-01;disabled/2024-01-01", '"pensioner/2020-01-01;disabled/2024-01-01"')
    path.write_bytes(quoted.encode("utf-8"))
    out = import_file(engine, path, today=ON)
    assert out["rejected"] == 0 and out["inserted"] == 1 and out["unchanged"] == 1
    with session_factory(engine)() as s:
        assert find_by_iin(s, "750120301016").surname == "Қасымов"
        assert {c.code for c in find_by_iin(s, "850515300006").categories} == {"pensioner", "disabled"}


def _table_contents(path: Path) -> dict[str, list[tuple]]:
    """Every stored row, without the values that differ by nature between two runs (the
    random part of uuids and the clock)."""
    con = sqlite3.connect(path)
    try:
        out = {}
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'"):
            names = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
            keep = [n for n in names if n not in ("uuid", "updated_at", "created_at")
                    and (table, n) != ("sync_outbox", "at")]
            out[table] = con.execute(f"SELECT {', '.join(keep)} FROM {table} ORDER BY 1").fetchall()
        return out
    finally:
        con.close()


def test_the_parser_process_stores_exactly_what_the_in_process_reader_does(tmp_path):
    """New rows, unchanged and changed patients, duplicates inside a chunk and across a chunk
    boundary, and bad rows, through both readers: the same counts and the same database."""
    path = tmp_path / "base.sqlite"
    engine = open_database(str(path))
    fill(engine, 300, seed=17, on=ON)
    engine.dispose()
    stored = [to_row(p) for p in generate_patients(300, seed=17, on=ON)]
    changed = [dict(r, address="Жаңа мекенжай", categories="pensioner/2026-01-01") for r in stored[:40]]
    # people with an IIN only: generated local numbers repeat across seeds
    new = [r for r in map(to_row, generate_patients(4800, seed=29, on=ON)) if r["iin"]][:4500]
    rows = stored[40:] + changed + new[:1990] + [dict(new[0], address="again, same chunk")]
    rows += new[1990:2010] + [dict(new[1995], address="again, next chunk")] + new[2010:]
    rows += [dict(GOOD, iin="850515300007")] * 5
    snap = write_csv(tmp_path / "mixed.csv", rows)
    results, contents = [], []
    for parallel in (False, True):
        target = tmp_path / f"{parallel}.sqlite"
        target.write_bytes(path.read_bytes())
        engine = open_database(str(target))
        try:
            results.append(import_file(engine, snap, today=ON, parallel=parallel))
        finally:
            engine.dispose()
        contents.append(_table_contents(target))
    assert results[0] == results[1]
    out = results[0]
    assert (out["unchanged"], out["rejected"]) == (260, 5)
    assert out["updated"] == 40 + 2 and out["inserted"] == 4500
    assert [e["line"] for e in out["errors"]] == list(range(len(rows) - 3, len(rows) + 2))
    assert contents[0] == contents[1]
    assert len(contents[0]["patients"]) == 300 + 4500


def test_a_parser_that_fails_reports_its_traceback(tmp_path):
    settings = ParseSettings(today=ON, site="", now=datetime(2026, 11, 22), org_ids={}, next_ids={},
                             sqlite=True)
    source = ParserProcess(tmp_path / "gone.csv", "csv", settings)
    try:
        with pytest.raises(RuntimeError, match="FileNotFoundError"):
            list(source)
    finally:
        source.close()


def test_a_parser_left_halfway_stops_by_itself(tmp_path):
    """The importer gives up after one chunk (an error of its own): closing the pipe is enough
    for the parser to stop, it need not be killed."""
    snap = _snapshot(tmp_path / "long.csv", 12_000, seed=9)
    settings = ParseSettings(today=ON, site="", now=datetime(2026, 11, 22), org_ids={},
                             next_ids=dict.fromkeys(TABLE_COLS, 1), sqlite=True)
    source = ParserProcess(snap, "csv", settings)
    first = next(iter(source))
    assert first.read == 2000
    started = time.monotonic()
    source.close()
    assert time.monotonic() - started < 4.5  # ended on its own, before close() would terminate it
    assert source._process.exitcode == 0
