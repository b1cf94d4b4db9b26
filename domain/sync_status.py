"""The desk's sync with its hub in words and in time: the status-bar line a receptionist reads
(«Синхрондалды: 3 мин бұрын · 12 өзгеріс күтуде»), and when the next try is due.

Pure: the desk's sync panel gives the state and the clock; nothing here waits or connects.
"""

from __future__ import annotations

from datetime import UTC, datetime

from domain.ages import russian_plural
from domain.messages import Message

FIRST_RETRY_S = 5  # after the first failed round
MAX_RETRY_S = 5 * 60  # the longest wait between tries while the hub is unreachable
SYNC_EVERY_S = 60  # the wait between rounds while the hub answers
AFTER_SAVE_S = 3  # a round this long after the desk saved something (a burst of saves: one)


HUB_SILENT = Message("Хаб жауап бермейді; өзгерістер осы компьютерде сақталып, кейін жіберіледі.",
                     "Хаб не отвечает; изменения сохранены на этом компьютере и будут отправлены позже.")
ROUND_FAILED = Message("Синхрондау сәтсіз аяқталды; толығы журналда. Кейін қайталанады.",
                       "Синхронизация не удалась; подробности в журнале. Будет повторена позже.")


def as_local(at: datetime | None) -> datetime | None:
    """A time as the database keeps it (UTC; naive means UTC) on this computer's clock."""
    if at is None:
        return None
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().replace(tzinfo=None)


def retry_delay(failures: int) -> int:
    """Seconds until the next round: SYNC_EVERY_S after a success (`failures` 0); after failed
    rounds 5 s, doubling with each, never more than 5 minutes."""
    if failures <= 0:
        return SYNC_EVERY_S
    if failures >= 16:  # 5 · 2^15 s is far past the cap; no need for big numbers
        return MAX_RETRY_S
    return min(FIRST_RETRY_S * 2 ** (failures - 1), MAX_RETRY_S)


def _short_ago(last: datetime, now: datetime) -> Message:
    seconds = max(0, int((now - last).total_seconds()))
    if seconds < 60:
        return Message("жаңа ғана", "только что")
    if seconds < 3600:
        n = seconds // 60
        return Message(f"{n} мин бұрын", f"{n} мин назад")
    if seconds < 48 * 3600:
        n = seconds // 3600
        return Message(f"{n} сағ бұрын", f"{n} ч назад")
    n = seconds // 86400
    return Message(f"{n} күн бұрын", f"{n} {russian_plural(n, ('день', 'дня', 'дней'))} назад")


def waiting_words(n: int) -> Message:
    """«12 өзгеріс күтуде» / «12 изменений ждут»."""
    ru = russian_plural(n, ("изменение ждёт", "изменения ждут", "изменений ждут"))
    return Message(f"{n} өзгеріс күтуде", f"{n} {ru}")


def _since(at: datetime, now: datetime) -> str:
    return at.strftime("%H:%M") if at.date() == now.date() else at.strftime("%d.%m %H:%M")


def status_line(*, last_success_at: datetime | None, waiting: int,
                unreachable_since: datetime | None, now: datetime) -> Message:
    """The one line of the status bar: whether the hub answers, how long since the last
    round that went through, and how many of the desk's changes wait to be sent."""
    if unreachable_since is not None:
        since = _since(unreachable_since, now)
        line = Message(f"Хаб қолжетімсіз: {since} бастап", f"Хаб недоступен с {since}")
    elif last_success_at is None:
        line = Message("Хабпен әлі синхрондалған жоқ", "С хабом ещё не синхронизировано")
    else:
        ago = _short_ago(last_success_at, now)
        line = Message(f"Синхрондалды: {ago.kk}", f"Синхронизировано {ago.ru}")
    if waiting > 0:
        more = waiting_words(waiting)
        line = Message(f"{line.kk} · {more.kk}", f"{line.ru} · {more.ru}")
    return line
