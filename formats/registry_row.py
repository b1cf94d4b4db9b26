"""One row of a registry snapshot: validation and conversion to a `Patient` (pure).

The file format is described in docs/import-format.md. A row arrives as a mapping of column
name to value: text from CSV, or JSON values from JSON Lines. Every rejection carries a reason
in Kazakh and Russian naming the column. The values themselves (codes, dates, months, ICD-10
codes, texts, the IIN) are checked by domain.evidence, as `evaluate` and the desk check them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from itertools import compress

from domain import evidence
from domain.evidence import EvidenceError
from domain.messages import Message
from domain.records import (
    CategoryGrant,
    Diagnosis,
    FundCheck,
    IdentityDocument,
    LegalStatus,
    Patient,
    PaymentPeriod,
)

# column -> maximum length of its text (the database column's size)
TEXT_COLUMNS = evidence.TEXT_LIMITS
FLAG_COLUMNS = ("pregnant", "palliative", "fund_insured")
LIST_COLUMNS = ("categories", "payments", "conditions")
COLUMNS = (
    "iin", "local_id", "surname", "given_name", "patronymic", "latin_surname", "latin_given_name",
    "birth_date", "sex", "citizenship", "status", "parent_status", "status_since", "kandas_since",
    "status_doc_kind", "status_doc_number", "status_doc_issued_on", "status_doc_valid_until",
    "status_doc_issuer", "address", "phone", "attached_org", "fund_insured", "fund_checked_at",
    "fund_source", "categories", "payments", "conditions", "pregnant", "palliative", "vhi_until",
)
REQUIRED = ("surname", "given_name", "status")  # and iin or local_id; birth_date, sex unless iin

COUNTRY_RE = re.compile(r"^[A-Z]{3}$")
PHONE_RE = re.compile(r"^\+?[0-9 ()\-]{5,40}$")
LOCAL_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-/]{0,31}$")
TRUE = {"true", "1", "yes"}
FALSE = {"false", "0", "no"}

E_REQUIRED = Message("«{field}» толтырылмаған.", "Не заполнено поле «{field}».")
E_NO_KEY = Message("ЖСН де («iin»), жергілікті нөмір де («local_id») жоқ.",
                   "Нет ни ИИН («iin»), ни локального номера («local_id»).")
E_IIN_DATE = Message("«birth_date» ({given}) ЖСН-дегі туған күнмен ({decoded}) сәйкес келмейді.",
                     "«birth_date» ({given}) не совпадает с датой рождения в ИИН ({decoded}).")
E_IIN_SEX = Message("«sex» ({given}) ЖСН-дегі жыныспен ({decoded}) сәйкес келмейді.",
                    "«sex» ({given}) не совпадает с полом в ИИН ({decoded}).")
E_DATETIME = Message("«{field}»: «{value}» — ЖЖЖЖ-АА-КК немесе ЖЖЖЖ-АА-ККТсс:мм уақыты емес.",
                     "«{field}»: «{value}» — не время в формате ГГГГ-ММ-ДД или ГГГГ-ММ-ДДТчч:мм.")
E_FLAG = Message("«{field}»: true немесе false болуы керек, берілгені «{value}».",
                 "«{field}»: должно быть true или false, указано «{value}».")
E_TYPE = Message("«{field}»: мәтін күтілген, берілгені {value}.",
                 "«{field}»: ожидался текст, указано {value}.")
E_UNKNOWN = Message("Белгісіз өріс «{field}» (қатесі бар атау болуы мүмкін).",
                    "Неизвестное поле «{field}» (возможно, опечатка в названии).")
E_NOT_OBJECT = Message("Жол JSON нысаны емес: {detail}.", "Строка не является объектом JSON: {detail}.")
E_COUNTRY = Message("«citizenship»: ISO 3166-1 alpha-3 коды болуы керек (мысалы, KAZ), берілгені «{value}».",
                    "«citizenship»: должен быть код ISO 3166-1 alpha-3 (например, KAZ), указано «{value}».")
E_PHONE = Message("«phone»: «{value}» телефон нөміріне ұқсамайды.",
                  "«phone»: «{value}» не похоже на номер телефона.")
E_LOCAL_ID = Message("«local_id»: «{value}» — әріп, цифр және «-» таңбаларынан тұруы керек.",
                     "«local_id»: «{value}» — допустимы только буквы, цифры и «-».")
E_DOC_PAIR = Message("«status_doc_kind» мен «status_doc_number» бірге толтырылады.",
                     "Поля «status_doc_kind» и «status_doc_number» заполняются вместе.")
E_FUND_PAIR = Message("«fund_insured» мен «fund_checked_at» бірге толтырылады: Қордың жауабы "
                      "тексерілген уақытымен ғана сақталады.",
                      "Поля «fund_insured» и «fund_checked_at» заполняются вместе: ответ Фонда "
                      "хранится только со временем проверки.")
E_FUTURE_CHECK = Message("«fund_checked_at»: {value} — болашақтағы уақыт.",
                         "«fund_checked_at»: {value} — время в будущем.")
E_PREGNANT = Message("«pregnant»: жүктілік ер адамға белгіленген.",
                     "«pregnant»: беременность отмечена у мужчины.")
E_ITEM = Message("«{field}»: «{value}» элементін оқу мүмкін емес; күтілетін түрі: {syntax}.",
                 "«{field}»: не удаётся разобрать элемент «{value}»; ожидается: {syntax}.")
E_COLUMNS = Message("Бағандар саны тақырыппен сәйкес емес ({n}, күтілгені {expected}).",
                    "Число полей не совпадает с заголовком ({n}, ожидалось {expected}).")
E_BIRTH_ORDER = Message("«{field}» ({value}) туған күннен ({born}) бұрын.",
                        "«{field}» ({value}) раньше даты рождения ({born}).")

SYNTAX = {
    "categories": "code/valid_from/valid_to",
    "payments": "payer/YYYY-MM/YYYY-MM",
    "conditions": "ICD/since/dispensary",
}
ITEM_SEP, PART_SEP = ";", "/"


class RowError(Exception):
    """A row that cannot be imported, with the reason in both languages."""

    def __init__(self, message: Message):
        super().__init__(message.ru)
        self.message = message


@dataclass(frozen=True, slots=True)
class ParsedRow:
    record: Patient
    key: tuple[str, str]  # ("iin", value) or ("local_id", value): how the row finds its patient


NON_TEXT = frozenset(FLAG_COLUMNS + LIST_COLUMNS)
# column -> the longest text it takes; 0 for a code, date, flag or list column, whose every part
# is checked strictly later; an unknown column is not in it
LIMITS = {column: TEXT_COLUMNS.get(column, 0) for column in COLUMNS}
# a cleaned row starts as a copy of this: with every column present, reading one is a plain
# row[column], which costs less than row.get(column)
ABSENT = dict.fromkeys(COLUMNS)
_day, _month, _period, _clean_text = evidence.day, evidence.month, evidence.period, evidence.clean_text


def _clean(raw: dict) -> dict:
    """The row with every column, None where it is empty; texts stripped, and those of text
    columns checked against their sizes and for control characters. An unknown column or a
    non-text value in a text column is a RowError; a text too long or with a control character
    an EvidenceError."""
    row = ABSENT.copy()
    for field, value in raw.items():
        try:  # one lookup per column: `in` before [] would be two
            limit = LIMITS[field]
        except KeyError:
            raise RowError(E_UNKNOWN.format(field=evidence.excerpt(field))) from None
        if isinstance(value, str):
            value = value.strip()  # the same object when there is nothing to strip
            if not value:  # most columns of most rows are empty
                continue
            # a text column: the full check only when needed (rare), isprintable the cheap look
            if limit and (len(value) > limit or not value.isprintable()):
                _clean_text(value, field, limit)
        elif value is None:
            continue
        elif field not in NON_TEXT:
            raise RowError(E_TYPE.format(field=field, value=repr(value)[:40]))
        row[field] = value
    return row


def parse_datetime(value: str, field: str) -> datetime:
    # the date part is YYYY-MM-DD: fromisoformat would also read 20261101T10 or 2026-W44-1
    # (and it checks that the year, month and day are ASCII digits)
    if value[4:5] != "-" or value[7:8] != "-":
        raise RowError(E_DATETIME.format(field=field, value=value[:40]))
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise RowError(E_DATETIME.format(field=field, value=value[:40])) from None
    if moment.tzinfo is not None:  # stored as naive UTC, as every time in the database
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _flag(value: object, field: str) -> bool:
    """A given flag: a JSON boolean or one of the CSV spellings."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        low = value.lower()
        if low in TRUE:
            return True
        if low in FALSE:
            return False
    raise RowError(E_FLAG.format(field=field, value=str(value)[:40]))


def _items(value: object, field: str) -> list[list[str]]:
    """The items of a given multi-valued column: a CSV string `a/b/c;d/e` or a JSON list whose
    items are such strings or objects."""
    if isinstance(value, str):
        return [list(map(str.strip, item.split(PART_SEP))) for item in value.split(ITEM_SEP) if item.strip()]
    if not isinstance(value, list):
        raise RowError(E_ITEM.format(field=field, value=str(value)[:40], syntax=SYNTAX[field]))
    keys = {"categories": ("code", "valid_from", "valid_to"),
            "payments": ("payer", "first_month", "last_month"),
            "conditions": ("code", "since", "dispensary")}[field]
    out = []
    for item in value:
        if isinstance(item, str):
            out.append([p.strip() for p in item.split(PART_SEP)])
        elif isinstance(item, dict) and set(item) <= set(keys) and keys[0] in item:
            parts = []
            for k in keys:
                v = item.get(k)
                if k == "dispensary":
                    if v not in (None, True, False):
                        raise RowError(E_FLAG.format(field=f"{field}.dispensary", value=str(v)[:40]))
                    parts.append("dispensary" if v else "")
                elif v is None:
                    parts.append("")
                elif isinstance(v, str):
                    parts.append(v.strip())
                else:
                    raise RowError(E_ITEM.format(field=field, value=str(item)[:60], syntax=SYNTAX[field]))
            out.append(parts)
        else:
            raise RowError(E_ITEM.format(field=field, value=str(item)[:60], syntax=SYNTAX[field]))
    return out


def _parts(parts: list[str], field: str) -> list[str]:
    """The three parts of an item, the missing ones at the end empty."""
    if not parts[0] or len(parts) > 3:
        raise RowError(E_ITEM.format(field=field, value=PART_SEP.join(parts)[:60], syntax=SYNTAX[field]))
    return parts if len(parts) == 3 else parts + [""] * (3 - len(parts))


def _categories(value: object) -> list[CategoryGrant]:
    out = []
    for parts in _items(value, "categories"):
        code, start, end = _parts(parts, "categories")
        evidence.category(code, "categories")
        valid_from = _day(start, "categories") if start else None
        valid_to = _day(end, "categories") if end else None
        _period(valid_from, valid_to, "categories")
        out.append(CategoryGrant(code, valid_from, valid_to))
    return out


def _payments(value: object) -> list[PaymentPeriod]:
    out = []
    for parts in _items(value, "payments"):
        payer, first, last = _parts(parts, "payments")
        evidence.payer(payer, "payments")
        if not first:
            raise RowError(E_ITEM.format(field="payments", value=PART_SEP.join(parts)[:60],
                                         syntax=SYNTAX["payments"]))
        first = _month(first, "payments")
        last = _month(last, "payments") if last else first
        _period(first, last, "payments")
        out.append(PaymentPeriod(payer, first, last))
    return out


def _conditions(value: object) -> list[Diagnosis]:
    out = []
    for parts in _items(value, "conditions"):
        code, since, flag = _parts(parts, "conditions")
        code = evidence.icd(code, "conditions")
        if flag not in ("", "dispensary"):
            raise RowError(E_ITEM.format(field="conditions", value=PART_SEP.join(parts)[:60],
                                         syntax=SYNTAX["conditions"]))
        out.append(Diagnosis(code, _day(since, "conditions") if since else None, flag == "dispensary"))
    return out


def _identity(row: dict) -> tuple[str | None, str | None, date, str]:
    """IIN, local number, birth date and sex of a cleaned row; with an IIN, its birth date and
    sex."""
    iin, local_id, born, sex = row["iin"], row["local_id"], row["birth_date"], row["sex"]
    if local_id is not None and not LOCAL_ID_RE.match(local_id):
        raise RowError(E_LOCAL_ID.format(value=local_id[:40]))
    born = born and _day(born, "birth_date")
    sex = sex and evidence.sex(sex.upper(), "sex")
    if iin is not None:
        decoded = evidence.iin(iin, "iin")
        if born is not None and born != decoded[0]:
            raise RowError(E_IIN_DATE.format(given=born, decoded=decoded[0]))
        if sex is not None and sex != decoded[1]:
            raise RowError(E_IIN_SEX.format(given=sex, decoded=decoded[1]))
        born, sex = decoded
    elif local_id is None:
        raise RowError(E_NO_KEY)
    if born is None:
        raise RowError(E_REQUIRED.format(field="birth_date"))
    if sex is None:
        raise RowError(E_REQUIRED.format(field="sex"))
    return iin, local_id, born, sex


def _legal_status(row: dict, born: date) -> LegalStatus:
    status = evidence.status(row["status"], "status")
    kind, number, issuer = row["status_doc_kind"], row["status_doc_number"], row["status_doc_issuer"]
    kind = kind and evidence.document(kind, "status_doc_kind")
    issued, until = row["status_doc_issued_on"], row["status_doc_valid_until"]
    issued = issued and _day(issued, "status_doc_issued_on")
    until = until and _day(until, "status_doc_valid_until")
    if (kind is None) != (number is None) or (kind is None and (issued or until or issuer)):
        raise RowError(E_DOC_PAIR)
    _period(issued, until, "status_doc_valid_until")
    since, parent_status, kandas_since = row["status_since"], row["parent_status"], row["kandas_since"]
    since = since and _day(since, "status_since")
    parent_status = parent_status and evidence.status(parent_status, "parent_status")
    kandas_since = kandas_since and _day(kandas_since, "kandas_since")
    if kandas_since and kandas_since < born:
        raise RowError(E_BIRTH_ORDER.format(field="kandas_since", value=kandas_since, born=born))
    basis = IdentityDocument(kind, number, issued, until, issuer) if kind else None
    return LegalStatus(status, since, parent_status, kandas_since, basis)


@lru_cache(maxsize=4)
def _end_of(day: date) -> datetime:
    return datetime.combine(day, datetime.max.time())


def _fund_checks(row: dict, today: date, now: datetime | None) -> list[FundCheck]:
    insured, at = row["fund_insured"], row["fund_checked_at"]
    if insured is not None:
        insured = _flag(insured, "fund_insured")
    if (insured is None) != (at is None):
        raise RowError(E_FUND_PAIR)
    if insured is None:
        return []
    checked_at = parse_datetime(at, "fund_checked_at")
    if checked_at > (now or _end_of(today)):
        raise RowError(E_FUTURE_CHECK.format(value=at))
    return [FundCheck(insured, checked_at, row["fund_source"] or "import")]


def parse_row(raw: dict, today: date, now: datetime | None = None) -> ParsedRow:
    """Validate one row (column -> value) and build its record; raises RowError.
    `today` bounds birth dates, `now` the Fund's check times (naive UTC; default: end of today).
    The checks run in a fixed order: a row with several problems is refused for the first."""
    try:  # the body itself, not a helper called here: one call less a row
        row = _clean(raw)
        for field in REQUIRED:
            if row[field] is None:
                raise RowError(E_REQUIRED.format(field=field))
        iin, local_id, born, sex = _identity(row)
        evidence.birth_date(born, today, "birth_date")
        citizenship, phone = row["citizenship"], row["phone"]
        if citizenship is not None and not COUNTRY_RE.match(citizenship):
            raise RowError(E_COUNTRY.format(value=citizenship))
        if phone is not None and not PHONE_RE.match(phone):
            raise RowError(E_PHONE.format(value=phone))
        legal_status = _legal_status(row, born)
        fund_checks = _fund_checks(row, today, now)
        categories, payments, conditions = row["categories"], row["payments"], row["conditions"]
        categories = _categories(categories) if categories is not None else []
        payments = _payments(payments) if payments is not None else []
        conditions = _conditions(conditions) if conditions is not None else []
        pregnant, palliative, vhi_until = row["pregnant"], row["palliative"], row["vhi_until"]
        pregnant = pregnant is not None and _flag(pregnant, "pregnant")
        if pregnant and sex == "M":
            raise RowError(E_PREGNANT)
        palliative = palliative is not None and _flag(palliative, "palliative")
        vhi_until = vhi_until and _day(vhi_until, "vhi_until")
        # by name, never by position; at most 15 keywords in the call: CPython compiles a call
        # with 16 or more into building a dict (CALL_FUNCTION_EX), which costs more than the
        # checks of a row, so the scalar rest is set on the new record
        record = Patient(
            surname=row["surname"], given_name=row["given_name"], patronymic=row["patronymic"],
            latin_surname=row["latin_surname"], latin_given_name=row["latin_given_name"],
            birth_date=born, sex=sex, iin=iin, local_id=local_id, citizenship=citizenship,
            legal_status=legal_status, fund_checks=fund_checks, categories=categories,
            payments=payments, conditions=conditions)
        record.address, record.phone, record.attached_org = row["address"], phone, row["attached_org"]
        record.pregnant, record.palliative, record.vhi_until = pregnant, palliative, vhi_until
        return ParsedRow(record, ("iin", iin) if iin else ("local_id", local_id))
    except EvidenceError as err:  # a value domain.evidence refused: the reason names the column
        raise RowError(err.located()) from None


def csv_row(header: list[str], values: list[str]) -> dict[str, str]:
    """Pair a CSV record with the header; a wrong number of fields is a RowError."""
    if len(values) != len(header):
        raise RowError(E_COLUMNS.format(n=len(values), expected=len(header)))
    return dict(compress(zip(header, values, strict=True), values))  # empty means absent


def not_an_object(detail: str) -> RowError:
    return RowError(E_NOT_OBJECT.format(detail=detail[:80]))


# -- writing rows (for snapshots, examples and benchmarks) --------------------------------------


def _fmt_date(d: date | None) -> str:
    return d.isoformat() if d else ""


def to_row(rec: Patient) -> dict[str, str]:
    """The CSV row of a record (the inverse of `parse_row`, for one Fund answer at most)."""
    s = rec.legal_status
    basis = s.basis if s else None
    check = rec.fund_checks[-1] if rec.fund_checks else None
    return {
        "iin": rec.iin or "", "local_id": "" if rec.iin else (rec.local_id or ""),
        "surname": rec.surname, "given_name": rec.given_name, "patronymic": rec.patronymic or "",
        "latin_surname": rec.latin_surname or "", "latin_given_name": rec.latin_given_name or "",
        "birth_date": _fmt_date(rec.birth_date), "sex": rec.sex or "",
        "citizenship": rec.citizenship or "", "status": s.status if s else "",
        "parent_status": (s.parent_status or "") if s else "",
        "status_since": _fmt_date(s.since) if s else "",
        "kandas_since": _fmt_date(s.kandas_since) if s else "",
        "status_doc_kind": basis.kind if basis else "", "status_doc_number": basis.number if basis else "",
        "status_doc_issued_on": _fmt_date(basis.issued_on) if basis else "",
        "status_doc_valid_until": _fmt_date(basis.valid_until) if basis else "",
        "status_doc_issuer": (basis.issuer or "") if basis else "",
        "address": rec.address or "", "phone": rec.phone or "", "attached_org": rec.attached_org or "",
        "fund_insured": ("true" if check.insured else "false") if check else "",
        "fund_checked_at": check.checked_at.isoformat(timespec="seconds") if check else "",
        "fund_source": check.source if check else "",
        "categories": ITEM_SEP.join(
            PART_SEP.join((c.code, _fmt_date(c.valid_from), _fmt_date(c.valid_to))).rstrip(PART_SEP)
            for c in rec.categories),
        "payments": ITEM_SEP.join(PART_SEP.join((p.payer, p.first_month, p.last_month))
                                  for p in rec.payments),
        "conditions": ITEM_SEP.join(
            PART_SEP.join((c.code, _fmt_date(c.since), "dispensary" if c.dispensary else "")).rstrip(PART_SEP)
            for c in rec.conditions),
        "pregnant": "true" if rec.pregnant else "", "palliative": "true" if rec.palliative else "",
        "vhi_until": _fmt_date(rec.vhi_until),
    }
