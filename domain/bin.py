"""Business identification number (БСН / БИН) of an organisation: 12 digits whose last one is a
control digit computed exactly as an IIN's (domain.iin.control_digit)."""

from __future__ import annotations

from domain.iin import control_digit
from domain.messages import Message

ERR_BIN_EMPTY = Message("БСН енгізілмеген.", "БИН не указан.")
ERR_BIN_LENGTH = Message(
    "БСН дәл 12 цифрдан тұруы керек (енгізілгені: {n}).",
    "БИН должен состоять ровно из 12 цифр (введено: {n}).",
)
ERR_BIN_CHECKSUM = Message(
    "БСН-нің бақылау цифры сәйкес келмейді: нөмірді құжаттан қайта тексеріңіз.",
    "Контрольный разряд БИН не совпадает: сверьте номер с документом.",
)


def check_bin(text: str) -> Message | None:
    """None for a valid BIN, else why it is not one."""
    value = (text or "").strip()
    if not value:
        return ERR_BIN_EMPTY
    if len(value) != 12 or not (value.isascii() and value.isdigit()):
        return ERR_BIN_LENGTH.format(n=len(value))
    expected = control_digit(value[:11])
    if expected is None or expected != int(value[11]):
        return ERR_BIN_CHECKSUM
    return None


def make_bin(first_eleven: str) -> str | None:
    """The BIN with these 11 digits, or None when none can have them (for tests and demos)."""
    digit = control_digit(first_eleven)
    return None if digit is None else first_eleven + str(digit)
