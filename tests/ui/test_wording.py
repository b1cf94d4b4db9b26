"""The desk's words: the catalogues hold none of the variants receptionists found confusing, and
the words that must be one are one (Cancel, the patient, the form code, the unidentified)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from domain.ages import checked_ago, days_ago
from domain.names import UNKNOWN_NAME, shown_name

I18N = Path(__file__).resolve().parents[2] / "ui" / "i18n"
DOMAIN_TEXT = [Path(__file__).resolve().parents[2] / p for p in (
    "domain/rules/referrals.json", "domain/rules/decisions.json", "db/repositories.py",
    "db/duplicates.py", "services/desk.py", "services/referrals.py")]

BANNED = {
    "kk": ["Науқасты өзгерту", "Науқасты &амп;өзгерту", "0 күн бұрын", "Бас тарту",
           "Скрининг уақыты", "Белгісіз Неизвестный", "001/у", "001-3/е", "001-3у", "пациент"],
    "ru": ["0 дн.", "Неизвестный Белгісіз", "Белгісіз Неизвестный", "001/у", "001-3/е", "001-3у",
           "больн"],
}


def _messages(path: Path) -> list[tuple[str, str]]:
    text = path.read_text("utf-8")
    out = []
    for m in re.finditer(r"<message[^>]*>(.*?)</message>", text, re.S):
        source = re.search(r"<source>(.*?)</source>", m.group(1), re.S)
        translation = re.search(r"<translation[^>]*>(.*?)</translation>", m.group(1), re.S)
        out.append((html.unescape(source.group(1)),
                    html.unescape(translation.group(1)) if translation else ""))
    return out


@pytest.mark.parametrize("path", sorted(I18N.glob("*.ts")), ids=lambda p: p.name)
def test_no_banned_variant_in_the_catalogues(path):
    lang = path.stem.rsplit("_", 1)[1]
    for source, translation in _messages(path):
        shown = translation.replace("&", "")
        for banned in BANNED[lang]:
            assert banned.replace("&амп;", "") not in shown, (source, translation)
        assert translation, f"untranslated: {source}"


@pytest.mark.parametrize("path", sorted(I18N.glob("*.ts")), ids=lambda p: p.name)
def test_one_word_for_cancel_and_edit(path):
    lang = path.stem.rsplit("_", 1)[1]
    words = {"kk": {"Cancel": "Болдырмау", "&Edit data": "Деректерді &өзгерту"},
             "ru": {"Cancel": "Отмена", "&Edit data": "&Изменить данные"}}[lang]
    seen = {}
    for source, translation in _messages(path):
        if source in words:
            seen.setdefault(source, set()).add(translation)
    for source, translation in seen.items():
        assert translation == {words[source]}, (source, translation)


def test_the_issue_button_says_what_it_does():
    for lang, expected in (("kk", "Жолдаманы беру және тіркеу"), ("ru", "Выдать и зарегистрировать направление")):
        found = dict(_messages(I18N / f"slips_{lang}.ts"))
        assert found.get("Issue and register the referral") == expected
        assert "Issue" not in found  # the bare «Беру» / «Выдать» is gone


def test_form_code_is_the_same_everywhere_in_the_rules_and_messages():
    for path in DOMAIN_TEXT:
        text = path.read_text("utf-8")
        assert not re.search(r"001[-‐–]?3?\s*/\s*[еe](?!\w)|001/у|001-3у", text), path


def test_ages_say_today_and_yesterday():
    assert (checked_ago(0).kk, checked_ago(0).ru) == ("бүгін тексерілген", "проверено сегодня")
    assert (checked_ago(1).kk, checked_ago(1).ru) == ("кеше тексерілген", "проверено вчера")
    assert (checked_ago(15).kk, checked_ago(15).ru) == ("15 күн бұрын тексерілген", "проверено 15 дней назад")
    assert days_ago(2).ru == "2 дня назад" and days_ago(21).ru == "21 день назад"


def test_an_unidentified_patient_has_one_word_per_language():
    assert shown_name(UNKNOWN_NAME, "kk") == "Белгісіз"
    assert shown_name(UNKNOWN_NAME, "ru") == "Неизвестный"
    assert shown_name("Нұрланов Асқар", "ru") == "Нұрланов Асқар"


def test_kazakh_ablative_after_a_number():
    from domain.ages import kk_ablative

    assert [kk_ablative(n) for n in (55, 52, 500, 56, 60, 10, 80, 1000, 41, 44, 100, 2000, 0)] == [
        "55-тен", "52-ден", "500-ден", "56-дан", "60-тан", "10-нан", "80-нен", "1000-нан", "41-ден",
        "44-тен", "100-ден", "2000-нан", "0-ден"]
