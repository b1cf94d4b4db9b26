from __future__ import annotations

import pytest

from tests.helpers import run_cli


def test_iin_command_prints_the_contract_json():
    r = run_cli("iin", "850515300006")
    assert r.code == 0, r.stderr
    assert r.json == {"iin": "850515300006", "valid": True, "birth_date": "1985-05-15",
                      "sex": "M", "error": None}


def test_invalid_iin_is_a_result_with_reasons_in_both_languages():
    r = run_cli("iin", "850515300007")
    assert r.code == 0
    out = r.json
    assert out["valid"] is False and out["birth_date"] is None
    assert set(out["error"]) == {"kk", "ru"}


@pytest.mark.parametrize("lang,needle", [("kk", "Дерекқор"), ("ru", "базы данных")])
def test_unreadable_database_is_exit_2_with_one_line(tmp_path, lang, needle):
    target = tmp_path / "adir"
    target.mkdir()
    r = run_cli("demo", "--patients", "10", "--db", str(target), "--lang", lang)
    assert r.code == 2
    assert needle in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_unknown_option_is_exit_2():
    r = run_cli("iin")
    assert r.code == 2


@pytest.mark.parametrize("lang,needle", [("kk", "міндетті"), ("ru", "обязательные")])
def test_argument_errors_speak_the_chosen_language(lang, needle):
    r = run_cli("search", "--lang", lang)
    assert r.code == 2 and r.stdout == ""
    assert needle in r.stderr and "required" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_an_argument_error_quotes_only_an_excerpt_of_a_huge_value():
    r = run_cli("bench", "--section", "x" * 100_000, "--lang", "ru")
    assert r.code == 2 and "недопустимое значение" in r.stderr
    assert len(r.stderr) < 600 and len(r.stderr.strip().splitlines()) == 1


def test_an_argument_that_is_not_utf8_is_refused_before_anything_runs(tmp_path):
    import subprocess
    import sys

    from tests.helpers import ROOT

    db = tmp_path / "x.sqlite"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "referral", "--iin", "850515300006", "--service",
         "specialist_consult", "--out", str(tmp_path).encode() + b"/\xff\xfe.pdf", "--db", str(db)],
        capture_output=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2
    err = proc.stderr.decode("utf-8")
    assert "UTF-8" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not db.exists()  # nothing was opened, nothing written


def test_a_bad_message_value_is_cut_to_one_short_line():
    from services.errors import MAX_LINE, one_line

    line = one_line("Неверный код: " + "Z" * 10_000 + "\nвторая строка")
    assert len(line) == MAX_LINE and line.endswith("…") and "\n" not in line
