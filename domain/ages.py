"""How long ago something happened, in words a receptionist reads: "3 сағат бұрын", "3 часа назад"."""

from __future__ import annotations

from datetime import timedelta

from domain.messages import Message

JUST_NOW = Message("жаңа ғана", "только что")
# Russian forms for 1, for 2-4 and for 5 and more (and 11-14).
_UNITS = {
    "minute": ("минут", ("минуту", "минуты", "минут")),
    "hour": ("сағат", ("час", "часа", "часов")),
    "day": ("күн", ("день", "дня", "дней")),
}


def russian_plural(n: int, forms: tuple[str, str, str]) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def ago(delta: timedelta) -> Message:
    """Minutes under an hour, hours under two days, days after that (rounded down)."""
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 60:
        return JUST_NOW
    if seconds < 3600:
        n, unit = seconds // 60, "minute"
    elif seconds < 48 * 3600:
        n, unit = seconds // 3600, "hour"
    else:
        n, unit = seconds // 86400, "day"
    kk, ru = _UNITS[unit]
    return Message(f"{n} {kk} бұрын", f"{n} {russian_plural(n, ru)} назад")


TODAY = Message("бүгін", "сегодня")
YESTERDAY = Message("кеше", "вчера")


def days_ago(days: int | None) -> Message:
    """A whole-day age: «бүгін» / «сегодня», «кеше» / «вчера», then «N күн бұрын» / «N дней назад»."""
    n = max(0, days or 0)
    if n == 0:
        return TODAY
    if n == 1:
        return YESTERDAY
    return Message(f"{n} күн бұрын", f"{n} {russian_plural(n, _UNITS['day'][1])} назад")


def checked_ago(days: int | None) -> Message:
    """How fresh a check is: «бүгін тексерілген» / «проверено сегодня», «15 күн бұрын тексерілген»."""
    when = days_ago(days)
    return Message(f"{when.kk} тексерілген", f"проверено {when.ru}")


# The Kazakh ablative ("from, of") after a number follows the sound its last spoken word ends
# with: бестен (5), алтыдан (6), оннан (10), елуден (50), жүзден (100), мыңнан (1000).
_KK_UNITS = {0: "ден", 1: "ден", 2: "ден", 3: "тен", 4: "тен", 5: "тен", 6: "дан", 7: "ден",
             8: "ден", 9: "дан"}
_KK_TENS = {1: "нан", 2: "дан", 3: "дан", 4: "тан", 5: "ден", 6: "тан", 7: "тен", 8: "нен", 9: "нан"}


def kk_ablative(n: int) -> str:
    """«55-тен», «500-ден», «1000-нан»: a number with its Kazakh ablative ending."""
    n = abs(n)
    if n % 10 or n == 0:
        ending = _KK_UNITS[n % 10]
    elif n % 100:
        ending = _KK_TENS[(n // 10) % 10]
    elif n % 1000:
        ending = "ден"  # жүз
    else:
        ending = "нан"  # мың, миллион
    return f"{n}-{ending}"
