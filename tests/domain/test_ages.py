"""The age of a backup in words, in Kazakh and Russian."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.ages import JUST_NOW, ago, russian_plural


@pytest.mark.parametrize("delta, kk, ru", [
    (timedelta(seconds=-5), JUST_NOW.kk, JUST_NOW.ru),
    (timedelta(seconds=59), "жаңа ғана", "только что"),
    (timedelta(minutes=1), "1 минут бұрын", "1 минуту назад"),
    (timedelta(minutes=22), "22 минут бұрын", "22 минуты назад"),
    (timedelta(minutes=45), "45 минут бұрын", "45 минут назад"),
    (timedelta(hours=1), "1 сағат бұрын", "1 час назад"),
    (timedelta(hours=3), "3 сағат бұрын", "3 часа назад"),
    (timedelta(hours=11, minutes=59), "11 сағат бұрын", "11 часов назад"),
    (timedelta(hours=21), "21 сағат бұрын", "21 час назад"),
    (timedelta(hours=47), "47 сағат бұрын", "47 часов назад"),
    (timedelta(days=2), "2 күн бұрын", "2 дня назад"),
    (timedelta(days=3, hours=5), "3 күн бұрын", "3 дня назад"),
    (timedelta(days=5), "5 күн бұрын", "5 дней назад"),
    (timedelta(days=21), "21 күн бұрын", "21 день назад"),
    (timedelta(days=112), "112 күн бұрын", "112 дней назад"),
])
def test_ago(delta, kk, ru):
    words = ago(delta)
    assert (words.kk, words.ru) == (kk, ru)


def test_russian_plural_forms():
    forms = ("день", "дня", "дней")
    assert [russian_plural(n, forms) for n in (1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111)] == [
        "день", "дня", "дня", "дней", "дней", "дней", "дней", "день", "дня", "дней", "день", "дней"]
