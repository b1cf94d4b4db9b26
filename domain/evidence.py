"""Patient evidence values: one rule and one Kazakh/Russian message per problem.

`evaluate` cases, registry import rows and the registration form check the same values with
these functions, so what one refuses the others refuse too. Each function returns the value
normalised or raises `EvidenceError` with the message and the caller's name of the field; the
caller adds where the value was (`located`) in its own way. A message quotes at most a short
excerpt of a bad value, with invisible characters spelled out.
"""

from __future__ import annotations

import re
from datetime import date

from domain import codes
from domain.icd import is_valid_icd, normalize_icd
from domain.iin import check_iin
from domain.messages import Message

EXCERPT = 40
EARLIEST_BIRTH = date(1880, 1, 1)
EARLIEST_MONTH_YEAR = 1900  # contributions are no older; a smaller year is a typing slip
# free-text evidence -> its longest value (the database column's size)
TEXT_LIMITS = {
    "iin": 12, "local_id": 32, "surname": 100, "given_name": 100, "patronymic": 100,
    "latin_surname": 100, "latin_given_name": 100, "citizenship": 3, "address": 300,
    "phone": 40, "attached_org": 32, "status_doc_number": 40, "status_doc_issuer": 200,
    "fund_source": 32,
}
NAME_LIMIT = 100
# free texts where a line break (or tab) is part of the value, as in a multi-line address
MULTILINE = frozenset({"address", "status_doc_issuer"})
SEXES = codes.SEXES

E_ICD = Message("«{code}» — АХЖ-10 коды емес (мысалы, I10, A15.0).",
                "«{code}» — не код МКБ-10 (например, I10, A15.0).")
E_DATE = Message("«{value}» — ЖЖЖЖ-АА-КК пішіміндегі нақты күн емес.",
                 "«{value}» — не существующая дата в формате ГГГГ-ММ-ДД.")
E_MONTH = Message("«{value}» — ЖЖЖЖ-АА пішіміндегі нақты ай емес.",
                  "«{value}» — не существующий месяц в формате ГГГГ-ММ.")
E_ORDER = Message("{start} — {end}: кезеңнің басы соңынан кейін.",
                  "{start} — {end}: начало периода позже конца.")
E_CODE = Message("«{value}» — белгісіз код. Рұқсат етілгендері: {allowed}.",
                 "«{value}» — неизвестный код. Допустимы: {allowed}.")
E_SEX = Message("«{value}» — жынысы M немесе F болуы керек.", "«{value}» — пол должен быть M или F.")
E_LONG = Message("«{value}» — тым ұзын мән ({n} таңба, ең көбі {limit}).",
                 "«{value}» — слишком длинное значение ({n} символов, не более {limit}).")
E_CHAR = Message("«{value}» — мәтінде рұқсат етілмеген таңба бар ({char}).",
                 "«{value}» — в тексте недопустимый символ ({char}).")
E_TEXT = Message("«{value}» — мәтін болуы керек.", "«{value}» — должно быть текстом.")
E_FLAG = Message("true немесе false болуы керек, берілгені «{value}».",
                 "должно быть true или false, указано «{value}».")
E_BIRTH_RANGE = Message("{value} — мүмкін емес туған күн (болашақта немесе 1880 жылдан бұрын).",
                        "{value} — невозможная дата рождения (в будущем или до 1880 года).")

# control characters (C0, DEL, C1), lone surrogates and the line/paragraph separators: never
# part of a name or a code, and a surrogate cannot even be written out as UTF-8
_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_FORBIDDEN_IN_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])", re.ASCII)
# values already read: a registry snapshot repeats dates and months row after row; bounded
_KNOWN_DATES: dict[str, date] = {}
_KNOWN_MONTHS: set[str] = set()
_KNOWN_ICD: dict[str, str] = {}
_MAX_KNOWN = 16384
_SETS: dict[tuple[str, ...], frozenset[str]] = {}


class EvidenceError(ValueError):
    """A value refused: `message` says why (without the field), `field` is the caller's name."""

    def __init__(self, message: Message, field: str):
        super().__init__(message.ru)
        self.message = message
        self.field = field

    def located(self, where: str | None = None) -> Message:
        """The message preceded by the field (or `where`), as `evaluate` and import show it."""
        where = self.field if where is None else where
        return Message(f"«{where}»: {self.message.kk}", f"«{where}»: {self.message.ru}")


def excerpt(value: object, limit: int = EXCERPT) -> str:
    """At most `limit` characters of a value for a message, "…" when cut; invisible characters
    as \\uXXXX so a message can always be printed."""
    text = value if isinstance(value, str) else repr(value)
    cut = text[:limit]
    if _FORBIDDEN.search(cut):
        cut = _FORBIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", cut)
    return cut + "…" if len(text) > limit else cut


def age_on(born: date | None, on: date) -> int | None:
    """Whole years of age on `on`; None when the birth date is unknown."""
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def icd(value: object, field: str) -> str:
    """An ICD-10 code (A15, A15.0; ASCII only, any case, surrounding spaces) -> upper-case."""
    try:
        return _KNOWN_ICD[value]
    except (KeyError, TypeError):
        pass
    if not is_valid_icd(value):
        raise EvidenceError(E_ICD.format(code=excerpt(value.strip() if isinstance(value, str) else value)), field)
    code = normalize_icd(value)
    if len(_KNOWN_ICD) < _MAX_KNOWN:
        _KNOWN_ICD[value] = code
    return code


def flag(value: object, field: str) -> bool:
    """A JSON boolean, exactly (not 0/1, not "true")."""
    if value is not True and value is not False:
        raise EvidenceError(E_FLAG.format(value=excerpt(value)), field)
    return value


def suspected(value: object, field: str = "suspected") -> str:
    """The one ICD-10 code a visit suspects (a string, not a list or an object) -> upper-case."""
    if not isinstance(value, str):
        raise EvidenceError(E_ICD.format(code=excerpt(value)), field)
    return icd(value, field)


def day(value: object, field: str) -> date:
    """A real date written YYYY-MM-DD in ASCII digits."""
    try:
        return _KNOWN_DATES[value]
    except (KeyError, TypeError):
        pass
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if len(_KNOWN_DATES) < _MAX_KNOWN:
                _KNOWN_DATES[value] = parsed
            return parsed
    raise EvidenceError(E_DATE.format(value=excerpt(value)), field)


def month(value: object, field: str) -> str:
    """A month YYYY-MM (ASCII digits, month 01-12, year from 1900)."""
    try:
        if value in _KNOWN_MONTHS:
            return value
    except TypeError:  # a JSON list or object
        pass
    if not (isinstance(value, str) and _MONTH.fullmatch(value) and int(value[:4]) >= EARLIEST_MONTH_YEAR):
        raise EvidenceError(E_MONTH.format(value=excerpt(value)), field)
    if len(_KNOWN_MONTHS) < _MAX_KNOWN:
        _KNOWN_MONTHS.add(value)
    return value


def period(start, end, field: str) -> None:
    """A period's bounds (dates, or months as YYYY-MM) in order; either may be open (None)."""
    if start is not None and end is not None and start > end:
        raise EvidenceError(E_ORDER.format(start=start, end=end), field)


def allowed(values: tuple[str, ...]) -> str:
    return ", ".join(values) if len(values) <= 12 else ", ".join(values[:12]) + ", …"


def code(value: object, allowed_codes: tuple[str, ...], field: str) -> str:
    """One of `allowed_codes`, exactly (codes are case-sensitive)."""
    known = _SETS.get(allowed_codes)
    if known is None:
        known = _SETS[allowed_codes] = frozenset(allowed_codes)
    if not isinstance(value, str) or value not in known:
        raise EvidenceError(E_CODE.format(value=excerpt(value), allowed=allowed(allowed_codes)), field)
    return value


def _code_kind(allowed_codes: tuple[str, ...], default_field: str):
    """The check of one kind of code, its set built once (import checks several a row)."""
    known = frozenset(allowed_codes)

    def check(value: object, field: str = default_field) -> str:
        if value.__class__ is not str or value not in known:
            raise EvidenceError(E_CODE.format(value=excerpt(value), allowed=allowed(allowed_codes)), field)
        return value

    return check


status = _code_kind(codes.STATUS_CODES, "status")
category = _code_kind(codes.CATEGORY_CODES, "categories")
payer = _code_kind(codes.PAYER_CODES, "payments")
document = _code_kind(codes.DOCUMENT_CODES, "documents")


def sex(value: object, field: str = "sex") -> str:
    """M or F, exactly."""
    if value not in SEXES:
        raise EvidenceError(E_SEX.format(value=excerpt(value)), field)
    return value


def clean_text(value: str, field: str, limit: int, multiline: bool | None = None) -> str:
    """An already stripped text: at most `limit` characters, no control characters or lone
    surrogates; tabs and line breaks only when `multiline` (default: the field is in MULTILINE)."""
    if len(value) > limit:
        raise EvidenceError(E_LONG.format(value=excerpt(value), n=len(value), limit=limit), field)
    if not value.isprintable():  # rare: then find whether it is a forbidden character or a space
        if multiline is None:
            multiline = field in MULTILINE
        bad = (_FORBIDDEN_IN_LINES if multiline else _FORBIDDEN).search(value)
        if bad is not None:
            raise EvidenceError(E_CHAR.format(value=excerpt(value), char=f"U+{ord(bad.group()):04X}"), field)
    return value


def text(value: object, field: str, limit: int | None = None, multiline: bool | None = None) -> str | None:
    """A free text stripped, None when blank; its limit is `limit`, else that of TEXT_LIMITS."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise EvidenceError(E_TEXT.format(value=excerpt(value)), field)
    value = value.strip()
    if not value:
        return None
    return clean_text(value, field, limit if limit is not None else TEXT_LIMITS.get(field, NAME_LIMIT), multiline)


def name(value: object, field: str) -> str | None:
    """A surname, given name or patronymic (Cyrillic or Latin), stripped; None when blank."""
    return text(value, field, NAME_LIMIT, multiline=False)


def iin(value: str, field: str = "iin") -> tuple[date, str]:
    """Birth date and sex of a valid IIN (given without surrounding spaces)."""
    decoded = check_iin(value)
    if isinstance(decoded, Message):
        raise EvidenceError(decoded, field)
    return decoded


def birth_date(born: date, today: date, field: str = "birth_date") -> date:
    """A birth date neither in the future nor before 1880."""
    if not EARLIEST_BIRTH <= born <= today:
        raise EvidenceError(E_BIRTH_RANGE.format(value=born), field)
    return born
