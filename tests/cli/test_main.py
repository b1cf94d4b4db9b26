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
