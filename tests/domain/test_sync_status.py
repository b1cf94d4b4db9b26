"""The sync line of the status bar and the back-off between tries, without a window or a hub."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from domain.sync_status import MAX_RETRY_S, SYNC_EVERY_S, retry_delay, status_line, waiting_words

NOW = datetime(2026, 12, 7, 11, 5)


def test_retries_start_at_five_seconds_and_double_up_to_five_minutes():
    assert [retry_delay(n) for n in range(1, 10)] == [5, 10, 20, 40, 80, 160, 300, 300, 300]
    assert retry_delay(1000) == MAX_RETRY_S
    assert retry_delay(0) == SYNC_EVERY_S  # after a success: the regular pace again


@pytest.mark.parametrize(("state", "kk", "ru"), [
    ({"last_success_at": NOW - timedelta(minutes=3), "waiting": 12},
     "Синхрондалды: 3 мин бұрын · 12 өзгеріс күтуде", "Синхронизировано 3 мин назад · 12 изменений ждут"),
    ({"last_success_at": NOW - timedelta(seconds=20), "waiting": 0},
     "Синхрондалды: жаңа ғана", "Синхронизировано только что"),
    ({"last_success_at": NOW - timedelta(hours=5), "waiting": 1},
     "Синхрондалды: 5 сағ бұрын · 1 өзгеріс күтуде", "Синхронизировано 5 ч назад · 1 изменение ждёт"),
    ({"last_success_at": NOW - timedelta(days=3), "waiting": 2},
     "Синхрондалды: 3 күн бұрын · 2 өзгеріс күтуде", "Синхронизировано 3 дня назад · 2 изменения ждут"),
    ({"last_success_at": NOW - timedelta(hours=1), "unreachable_since": datetime(2026, 12, 7, 10, 42)},
     "Хаб қолжетімсіз: 10:42 бастап", "Хаб недоступен с 10:42"),
    ({"unreachable_since": datetime(2026, 12, 5, 18, 1), "waiting": 21},
     "Хаб қолжетімсіз: 05.12 18:01 бастап · 21 өзгеріс күтуде",
     "Хаб недоступен с 05.12 18:01 · 21 изменение ждёт"),
    ({}, "Хабпен әлі синхрондалған жоқ", "С хабом ещё не синхронизировано"),
])
def test_the_status_line_says_the_state_in_kazakh_and_russian(state, kk, ru):
    values = {"last_success_at": None, "waiting": 0, "unreachable_since": None, **state}
    line = status_line(now=NOW, **values)
    assert (line.kk, line.ru) == (kk, ru)


def test_russian_counts_agree_with_their_number():
    assert [waiting_words(n).ru for n in (1, 3, 5, 11, 14, 22, 111)] == [
        "1 изменение ждёт", "3 изменения ждут", "5 изменений ждут", "11 изменений ждут",
        "14 изменений ждут", "22 изменения ждут", "111 изменений ждут"]
