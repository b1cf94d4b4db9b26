"""Individual identification number (ЖСН / ИИН): parse, validate, decode, generate.

YYMMDD birth date, digit 7 = century and sex, digits 8-11 serial, digit 12
control; Government decrees No. 565 of 11.06.2003 and No. 406 of 22.05.2007.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from operator import mul

from domain.messages import Message

WEIGHTS_FIRST = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WEIGHTS_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
# ASCII digit -> its value, for bytes.translate: digits read without an int() each
DIGIT_VALUES = bytes.maketrans(b"0123456789", bytes(range(10)))

# digit 7 -> (century base year, sex)
CENTURY_SEX = {
    1: (1800, "M"),
    2: (1800, "F"),
    3: (1900, "M"),
    4: (1900, "F"),
    5: (2000, "M"),
    6: (2000, "F"),
}

ERR_EMPTY = Message("ЖСН енгізілмеген.", "ИИН не указан.")
ERR_NOT_DIGITS = Message(
    "ЖСН тек цифрлардан тұруы керек.", "ИИН должен состоять только из цифр."
)
ERR_LENGTH = Message(
    "ЖСН дәл 12 цифрдан тұруы керек (енгізілгені: {n}).",
    "ИИН должен состоять ровно из 12 цифр (введено: {n}).",
)
ERR_CENTURY = Message(
    "ЖСН-нің 7-цифры (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек, ал мұнда {d}.",
    "7-я цифра ИИН (век и пол) должна быть от 1 до 6, а здесь {d}.",
)
ERR_DATE = Message(
    "ЖСН-дегі туған күн ({text}) күнтізбеде жоқ.",
    "Дата рождения в ИИН ({text}) не существует в календаре.",
)
ERR_IMPOSSIBLE = Message(
    "Мұндай ЖСН болуы мүмкін емес: бақылау цифры есептелмейді.",
    "Такой ИИН не может существовать: контрольный разряд не вычисляется.",
)
ERR_CHECKSUM = Message(
    "ЖСН-нің бақылау цифры сәйкес келмейді (күтілгені {expected}, енгізілгені {given}).",
    "Контрольный разряд ИИН не совпадает (ожидается {expected}, введено {given}).",
)


@dataclass(frozen=True, slots=True)
class IinInfo:
    """The result of checking one IIN; facts are present only when it is valid."""

    iin: str
    valid: bool
    birth_date: date | None = None
    sex: str | None = None
    error: Message | None = None
    serial: str | None = None  # digits 8-11, for telling apart people born the same day

    def as_json(self) -> dict[str, object]:
        return {
            "iin": self.iin,
            "valid": self.valid,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "sex": self.sex,
            "error": self.error.as_dict() if self.error else None,
        }


def control_digit(first_eleven: str) -> int | None:
    """The 12th digit for these 11 digits, or None when no valid IIN can have them."""
    if first_eleven.isascii() and first_eleven.isdigit():
        digits = first_eleven.encode().translate(DIGIT_VALUES)
    else:
        digits = [int(c) for c in first_eleven]
    if len(digits) != 11:
        raise ValueError(f"an IIN has 11 digits before its control digit, not {len(digits)}")
    return _control(digits)


def _control(digits: Sequence[int]) -> int | None:
    c = sum(map(mul, digits, WEIGHTS_FIRST)) % 11
    if c == 10:
        c = sum(map(mul, digits, WEIGHTS_SECOND)) % 11
        if c == 10:
            return None
    return c


def _birth(century_digit: int, yy: int, month: int, day: int) -> tuple[date, str] | Message:
    """Birth date and sex from the values of the first seven digits."""
    century = CENTURY_SEX.get(century_digit)
    if century is None:
        return ERR_CENTURY.format(d=century_digit)
    base, sex = century
    year = base + yy
    try:
        return date(year, month, day), sex
    except ValueError:
        return ERR_DATE.format(text=f"{day:02d}.{month:02d}.{year}")


def decode_birth(iin: str) -> tuple[date, str] | Message:
    """Birth date and sex from the first seven digits, or the reason they do not decode."""
    century_digit = int(iin[6])
    if century_digit not in CENTURY_SEX:  # reported before the date digits are even read
        return ERR_CENTURY.format(d=century_digit)
    return _birth(century_digit, int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))


def check_iin(iin: str) -> tuple[date, str] | Message:
    """Birth date and sex of an IIN without surrounding white space, or why it is not valid
    (`parse_iin` without building an `IinInfo`, for checking many)."""
    if not iin:
        return ERR_EMPTY
    if not iin.isascii() or not iin.isdigit():
        return ERR_NOT_DIGITS
    if len(iin) != 12:
        return ERR_LENGTH.format(n=len(iin))
    d = iin.encode().translate(DIGIT_VALUES)  # YYMMDD, century and sex, serial, control
    decoded = _birth(d[6], d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5])
    if isinstance(decoded, Message):
        return decoded
    expected = _control(d[:11])
    if expected is None:
        return ERR_IMPOSSIBLE
    if expected != d[11]:
        return ERR_CHECKSUM.format(expected=expected, given=iin[11])
    return decoded


def parse_iin(text: str) -> IinInfo:
    """Check an IIN as typed (surrounding white space ignored)."""
    iin = (text or "").strip()
    checked = check_iin(iin)
    if isinstance(checked, Message):
        return IinInfo(iin, False, error=checked)
    born, sex = checked
    return IinInfo(iin, True, birth_date=born, sex=sex, serial=iin[7:11])


def is_valid_iin(text: str) -> bool:
    return parse_iin(text).valid


def century_sex_digit(born: date, sex: str) -> int:
    for digit, (base, s) in CENTURY_SEX.items():
        if s == sex and base <= born.year < base + 100:
            return digit
    raise ValueError(f"no IIN century digit for {born.year}")


def make_iin(born: date, sex: str, serial: int) -> str | None:
    """The IIN for this birth date, sex and 4-digit serial, or None when that serial has
    no valid control digit (callers then take the next serial)."""
    first = f"{born:%y%m%d}{century_sex_digit(born, sex)}{serial % 10000:04d}"
    c = control_digit(first)
    return None if c is None else first + str(c)
