"""`python main.py referral ...` as a user (or an outside check) runs it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from db.engine import open_database, session_factory
from db.referrals import get_referral, prints_of
from tests.helpers import ROOT, run_cli
from tests.reports.pdfcheck import fonts_of, text_of
from tests.reports.sample_clinic import AIGERIM_IIN, CHILD_IIN, FOREIGNER_IIN, fill_clinic


@pytest.fixture
def clinic(db_url):
    return fill_clinic(db_url)


def flat(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", text_of(pdf))


def test_referral_writes_the_pdf_and_prints_number_path_funding(db_url, clinic, tmp_path):
    out = tmp_path / "slip.pdf"
    result = run_cli("referral", "--iin", AIGERIM_IIN, "--service", "planned_inpatient",
                     "--diagnosis", "k80.1", "--to", "H7", "--out", str(out), "--db", db_url)
    assert result.code == 0, result.stderr
    answer = result.json
    assert set(answer) == {"number", "path", "funding"}
    assert re.fullmatch(r"SELF[0-9A-F]{4}-\d{4}-000001", answer["number"])
    assert Path(answer["path"]) == out.resolve()
    assert answer["funding"] in {"tmkkk", "mams", "vhi", "paid"}
    pdf = out.read_bytes()
    text = flat(pdf)
    for expected in (answer["number"], AIGERIM_IIN, "K80.1", "Нұрғалиева Әйгерім Сәкенқызы",
                     "001-3/у", "ЖОЛДАМА / НАПРАВЛЕНИЕ", "Городская клиническая больница №7"):
        assert expected in text, expected
    assert all(f["embedded"] and "DejaVuSans" in f["name"] for f in fonts_of(pdf))
    engine = open_database(db_url)
    with session_factory(engine)() as s:
        entry = get_referral(s, answer["number"])
        assert entry.funding == answer["funding"]
        assert entry.rules and all("id" in r and "citation" in r for r in entry.rules)
        assert entry.rule_pack
        assert len(prints_of(s, answer["number"])) == 1
    engine.dispose()


def test_emergency_referral_of_a_temporary_foreigner(db_url, clinic, tmp_path):
    out = tmp_path / "em.pdf"
    result = run_cli("referral", "--iin", FOREIGNER_IIN, "--service", "emergency_inpatient",
                     "--emergency", "--out", str(out), "--db", db_url, "--lang", "ru")
    assert result.code == 0, result.stderr
    text = flat(out.read_bytes())
    assert "ЭКСТРЕННАЯ МЕДИЦИНСКАЯ ПОМОЩЬ" in text and "ШҰҒЫЛ МЕДИЦИНАЛЫҚ КӨМЕК" in text
    assert "угроз" in text  # free until the threat to life is removed
    assert result.json["funding"] == "tmkkk"


def test_consultation_uses_the_clinic_form_code(db_url, clinic, tmp_path):
    out = tmp_path / "c.pdf"
    result = run_cli("referral", "--iin", CHILD_IIN, "--service", "specialist_consult",
                     "--out", str(out), "--db", db_url)
    assert result.code == 0, result.stderr
    text = flat(out.read_bytes())
    assert "Ж-01" in text and "001-3/у" not in text


@pytest.mark.parametrize(("args", "needle"), [
    (["--iin", "900102300082"], ("табылмады", "не найден")),  # valid IIN, no such patient
    (["--iin", "12345"], ("ЖСН", "ИИН")),
    (["--service", "massage"], ("massage", "massage")),
    (["--diagnosis", "K8"], ("K8", "K8")),
    (["--to", "NOWHERE"], ("NOWHERE", "NOWHERE")),
    (["--out", "{tmp}/missing/dir/x.pdf"], ("PDF", "PDF")),
    (["--out", "{tmp}"], ("PDF", "PDF")),
])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(db_url, clinic, tmp_path, args, needle):
    base = {"--iin": AIGERIM_IIN, "--service": "diagnostics", "--out": str(tmp_path / "x.pdf")}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        base[flag] = value.replace("{tmp}", str(tmp_path))
    argv = ["referral"] + [x for kv in base.items() for x in kv] + ["--db", db_url]
    for lang, expected in zip(("kk", "ru"), needle, strict=True):
        result = run_cli(*argv, "--lang", lang)
        assert result.code == 2, (result.stdout, result.stderr)
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1
        assert expected in result.stderr
    assert not (tmp_path / "x.pdf").exists()
    engine = open_database(db_url)
    with session_factory(engine)() as s:
        from sqlalchemy import func, select

        from db.models import ReferralRecord
        assert s.scalar(select(func.count()).select_from(ReferralRecord)) == 0
    engine.dispose()


WORKER = """
import json, sys
from pathlib import Path
from db.engine import open_database, session_factory
from services.pdf_files import write_pdf
from services.referrals import issue_referral
url, iin, folder, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
engine = open_database(url, create=False)
make = session_factory(engine)
numbers = []
for i in range(n):
    with make.begin() as session:  # one unit of work per referral, as the desk runs it
        issued = issue_referral(session, iin, "diagnostics")
    write_pdf(Path(f"{folder}/{sys.argv[5]}-{i}.pdf"), issued.pdf)
    numbers.append(issued.number)
engine.dispose()
print(json.dumps(numbers))
"""


def test_two_processes_issuing_at_once_get_distinct_numbers(db_url, clinic, tmp_path):
    import json

    procs = [subprocess.Popen([sys.executable, "-c", WORKER, db_url, AIGERIM_IIN, str(tmp_path), "15", tag],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for tag in ("a", "b")]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [e for _, e in outs]
    numbers = [n for out, _ in outs for n in json.loads(out)]
    assert len(numbers) == 30 == len(set(numbers))
    prefix, year = numbers[0].split("-")[:2]
    assert sorted(numbers) == [f"{prefix}-{year}-{i:06d}" for i in range(1, 31)]
    # Every written slip carries its own number.
    for tag, out in zip(("a", "b"), outs, strict=True):
        for i, number in enumerate(json.loads(out[0])):
            assert number in text_of((tmp_path / f"{tag}-{i}.pdf").read_bytes())


def test_two_cli_processes_at_once(db_url, clinic, tmp_path):
    """The same race through the command line, as two desks' scripts would run it."""
    procs = [subprocess.Popen([sys.executable, str(ROOT / "main.py"), "referral", "--iin", AIGERIM_IIN,
                               "--service", "diagnostics", "--out", str(tmp_path / f"{i}.pdf"),
                               "--db", db_url], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for i in range(4)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, [e for _, e in outs]
    import json

    numbers = {json.loads(o)["number"] for o, _ in outs}
    assert len(numbers) == 4


CRASHER = """
import os, sys
from db.engine import open_database, session_factory
from db.referrals import allocate_number
engine = open_database(sys.argv[1])
with session_factory(engine)() as s:
    s.connection(execution_options={"sqlite_begin": "BEGIN IMMEDIATE"})
    print(allocate_number(s, sys.argv[2], int(sys.argv[3])), flush=True)
    os._exit(9)  # the power goes out before the commit
"""


def test_a_crash_mid_issue_leaves_no_number_behind_and_blocks_nobody(db_url, clinic, tmp_path):
    import json

    first = run_cli("referral", "--iin", AIGERIM_IIN, "--service", "diagnostics",
                    "--out", str(tmp_path / "1.pdf"), "--db", db_url)
    assert first.code == 0, first.stderr
    number = first.json["number"]
    site, year = number.split("-")[:2]
    crashed = subprocess.run([sys.executable, "-c", CRASHER, db_url, site, year], cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert crashed.returncode == 9
    assert crashed.stdout.strip() == f"{site}-{year}-000002"  # taken inside the lost transaction
    after = run_cli("referral", "--iin", AIGERIM_IIN, "--service", "diagnostics",
                    "--out", str(tmp_path / "2.pdf"), "--db", db_url)
    assert after.code == 0, after.stderr
    # The committed number is never handed out again; the lost one was never printed.
    assert json.loads(after.stdout)["number"] == f"{site}-{year}-000002" != number
    assert number in text_of((tmp_path / "1.pdf").read_bytes())


def test_a_missing_database_is_bad_input_and_is_not_created(tmp_path):
    db = tmp_path / "none.sqlite"
    result = run_cli("referral", "--iin", AIGERIM_IIN, "--service", "diagnostics",
                     "--out", str(tmp_path / "x.pdf"), "--db", str(db))
    assert result.code == 2 and result.stdout == ""
    assert not db.exists() and not (tmp_path / "x.pdf").exists()
