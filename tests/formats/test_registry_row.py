"""One registry row: every reason a row is refused, word for word in both languages, which
reason wins when a row has several problems, and the record an accepted row becomes."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date, datetime

import pytest

from demo.synth import generate_patients
from domain.records import CategoryGrant, Diagnosis, FundCheck, PaymentPeriod
from formats.registry_row import (
    TEXT_COLUMNS,
    RowError,
    csv_row,
    not_an_object,
    parse_row,
    to_row,
)

ON = date(2026, 11, 22)
GOOD = {"iin": "850515300006", "surname": "Нұрланов", "given_name": "Нұрлан", "status": "citizen",
        "birth_date": "1985-05-15", "sex": "M"}
LOCAL = {"local_id": "ALM01-2026-000042", "surname": "Ахмади", "given_name": "Фатима",
         "status": "asylum_seeker", "birth_date": "1994-02-10", "sex": "F"}

STATUSES = ("citizen, kandas, refugee, permanent_foreigner, permanent_stateless, temporary_foreigner, "
            "temporary_stateless, eaeu_worker, eaeu_family, asylum_seeker")
DOCUMENTS = ("id_card, passport, birth_certificate, marriage_certificate, residence_permit, "
             "stateless_certificate, kandas_certificate, refugee_certificate, asylum_certificate, "
             "temporary_permit, employment_contract, vhi_contract")
CATEGORIES = ("child, childcare_under3, parental_leave, registered_unemployed, kandas_nonworking, "
              "nonworking_pregnant, carer_disabled_child, carer_group1, pensioner, prisoner, "
              "pretrial_detainee, mother_heroine, …")
PAYERS = "employee, individual_entrepreneur, self_payer, civil_contract, esp, self_employed"


def refusal(row: dict, today: date = ON, now: datetime | None = None) -> tuple[str, str]:
    with pytest.raises(RowError) as caught:
        parse_row(row, today, now)
    message = caught.value.message
    assert str(caught.value) == message.ru
    return message.kk, message.ru


def cut(value):
    """The excerpt of a value a message quotes."""
    return value if len(value) <= 40 else value[:40] + "…"


def long(field, value, limit):
    return (f"«{field}»: «{cut(value)}» — тым ұзын мән ({len(value)} таңба, ең көбі {limit}).",
            f"«{field}»: «{cut(value)}» — слишком длинное значение ({len(value)} символов, не более {limit}).")


def code(field, value, allowed):
    return (f"«{field}»: «{value}» — белгісіз код. Рұқсат етілгендері: {allowed}.",
            f"«{field}»: «{value}» — неизвестный код. Допустимы: {allowed}.")


def sex(value):
    return (f"«sex»: «{value}» — жынысы M немесе F болуы керек.", f"«sex»: «{value}» — пол должен быть M или F.")


def order(field, start, end):
    return (f"«{field}»: {start} — {end}: кезеңнің басы соңынан кейін.",
            f"«{field}»: {start} — {end}: начало периода позже конца.")


def icd(value):
    return (f"«conditions»: «{value}» — АХЖ-10 коды емес (мысалы, I10, A15.0).",
            f"«conditions»: «{value}» — не код МКБ-10 (например, I10, A15.0).")


def kk_date(field, value):
    return f"«{field}»: «{value}» — ЖЖЖЖ-АА-КК пішіміндегі нақты күн емес."


def ru_date(field, value):
    return f"«{field}»: «{value}» — не существующая дата в формате ГГГГ-ММ-ДД."


def item(field, value, syntax):
    return (f"«{field}»: «{value}» элементін оқу мүмкін емес; күтілетін түрі: {syntax}.",
            f"«{field}»: не удаётся разобрать элемент «{value}»; ожидается: {syntax}.")


DOC_PAIR = ("«status_doc_kind» мен «status_doc_number» бірге толтырылады.",
            "Поля «status_doc_kind» и «status_doc_number» заполняются вместе.")
FUND_PAIR = ("«fund_insured» мен «fund_checked_at» бірге толтырылады: Қордың жауабы тексерілген "
             "уақытымен ғана сақталады.",
             "Поля «fund_insured» и «fund_checked_at» заполняются вместе: ответ Фонда хранится "
             "только со временем проверки.")
CAT_SYNTAX, PAY_SYNTAX, ICD_SYNTAX = "code/valid_from/valid_to", "payer/YYYY-MM/YYYY-MM", "ICD/since/dispensary"

# (base row, change, Kazakh reason, Russian reason)
REFUSED = [
    (GOOD, {"nickname": "x"}, "Белгісіз өріс «nickname» (қатесі бар атау болуы мүмкін).",
     "Неизвестное поле «nickname» (возможно, опечатка в названии)."),
    (GOOD, {"n" * 50: "x"}, f"Белгісіз өріс «{'n' * 40}…» (қатесі бар атау болуы мүмкін).",
     f"Неизвестное поле «{'n' * 40}…» (возможно, опечатка в названии)."),
    (GOOD, {"surname": "Ж" * 101}, *long("surname", "Ж" * 101, 100)),
    (GOOD, {"iin": "8505153000061"}, *long("iin", "8505153000061", 12)),
    (GOOD, {"iin": 850515300006}, "«iin»: мәтін күтілген, берілгені 850515300006.",
     "«iin»: ожидался текст, указано 850515300006."),
    (GOOD, {"surname": True}, "«surname»: мәтін күтілген, берілгені True.",
     "«surname»: ожидался текст, указано True."),
    (GOOD, {"status": ["citizen"]}, "«status»: мәтін күтілген, берілгені ['citizen'].",
     "«status»: ожидался текст, указано ['citizen']."),
    (GOOD, {"address": "x" * 301}, *long("address", "x" * 301, 300)),
    (GOOD, {"surname": ""}, "«surname» толтырылмаған.", "Не заполнено поле «surname»."),
    (GOOD, {"given_name": "  "}, "«given_name» толтырылмаған.", "Не заполнено поле «given_name»."),
    (GOOD, {"status": None}, "«status» толтырылмаған.", "Не заполнено поле «status»."),
    (GOOD, {"iin": "", "local_id": ""}, "ЖСН де («iin»), жергілікті нөмір де («local_id») жоқ.",
     "Нет ни ИИН («iin»), ни локального номера («local_id»)."),
    (GOOD, {"iin": "850515300007"},
     "«iin»: ЖСН-нің бақылау цифры сәйкес келмейді (күтілгені 6, енгізілгені 7).",
     "«iin»: Контрольный разряд ИИН не совпадает (ожидается 6, введено 7)."),
    (GOOD, {"iin": "85051530000"}, "«iin»: ЖСН дәл 12 цифрдан тұруы керек (енгізілгені: 11).",
     "«iin»: ИИН должен состоять ровно из 12 цифр (введено: 11)."),
    (GOOD, {"iin": "85051530000X"}, "«iin»: ЖСН тек цифрлардан тұруы керек.",
     "«iin»: ИИН должен состоять только из цифр."),
    (GOOD, {"iin": "８５０５１５３０００６"}, "«iin»: ЖСН тек цифрлардан тұруы керек.",
     "«iin»: ИИН должен состоять только из цифр."),
    (GOOD, {"iin": "851315300006"}, "«iin»: ЖСН-дегі туған күн (15.13.1985) күнтізбеде жоқ.",
     "«iin»: Дата рождения в ИИН (15.13.1985) не существует в календаре."),
    (GOOD, {"iin": "850230300006"}, "«iin»: ЖСН-дегі туған күн (30.02.1985) күнтізбеде жоқ.",
     "«iin»: Дата рождения в ИИН (30.02.1985) не существует в календаре."),
    (GOOD, {"iin": "850515700006"},
     "«iin»: ЖСН-нің 7-цифры (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек, ал мұнда 7.",
     "«iin»: 7-я цифра ИИН (век и пол) должна быть от 1 до 6, а здесь 7."),
    (GOOD, {"iin": "850515000006"},
     "«iin»: ЖСН-нің 7-цифры (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек, ал мұнда 0.",
     "«iin»: 7-я цифра ИИН (век и пол) должна быть от 1 до 6, а здесь 0."),
    (GOOD, {"iin": "850515301501"},
     "«iin»: Мұндай ЖСН болуы мүмкін емес: бақылау цифры есептелмейді.",
     "«iin»: Такой ИИН не может существовать: контрольный разряд не вычисляется."),
    (GOOD, {"birth_date": "1985-05-16"},
     "«birth_date» (1985-05-16) ЖСН-дегі туған күнмен (1985-05-15) сәйкес келмейді.",
     "«birth_date» (1985-05-16) не совпадает с датой рождения в ИИН (1985-05-15)."),
    (GOOD, {"sex": "F"}, "«sex» (F) ЖСН-дегі жыныспен (M) сәйкес келмейді.",
     "«sex» (F) не совпадает с полом в ИИН (M)."),
    (LOCAL, {"sex": "X"}, *sex("X")),
    (LOCAL, {"sex": "male"}, *sex("MALE")),
    (LOCAL, {"birth_date": ""}, "«birth_date» толтырылмаған.", "Не заполнено поле «birth_date»."),
    (LOCAL, {"sex": " "}, "«sex» толтырылмаған.", "Не заполнено поле «sex»."),
    (LOCAL, {"birth_date": "2099-01-01"},
     "«birth_date»: 2099-01-01 — мүмкін емес туған күн (болашақта немесе 1880 жылдан бұрын).",
     "«birth_date»: 2099-01-01 — невозможная дата рождения (в будущем или до 1880 года)."),
    (LOCAL, {"birth_date": "2026-11-23"},
     "«birth_date»: 2026-11-23 — мүмкін емес туған күн (болашақта немесе 1880 жылдан бұрын).",
     "«birth_date»: 2026-11-23 — невозможная дата рождения (в будущем или до 1880 года)."),
    (LOCAL, {"birth_date": "1879-12-31"},
     "«birth_date»: 1879-12-31 — мүмкін емес туған күн (болашақта немесе 1880 жылдан бұрын).",
     "«birth_date»: 1879-12-31 — невозможная дата рождения (в будущем или до 1880 года)."),
    (LOCAL, {"birth_date": "1985-02-30"}, kk_date("birth_date", "1985-02-30"),
     ru_date("birth_date", "1985-02-30")),
    (LOCAL, {"birth_date": "15.05.1985"}, kk_date("birth_date", "15.05.1985"),
     ru_date("birth_date", "15.05.1985")),
    (LOCAL, {"birth_date": "19850515"}, kk_date("birth_date", "19850515"),
     ru_date("birth_date", "19850515")),
    (LOCAL, {"birth_date": "1985-W20-3"}, kk_date("birth_date", "1985-W20-3"),
     ru_date("birth_date", "1985-W20-3")),
    (LOCAL, {"birth_date": "1985-05-15T00:00"}, kk_date("birth_date", "1985-05-15T00:00"),
     ru_date("birth_date", "1985-05-15T00:00")),
    (LOCAL, {"birth_date": "１９８５-05-15"}, kk_date("birth_date", "１９８５-05-15"),
     ru_date("birth_date", "１９８５-05-15")),
    (LOCAL, {"birth_date": "1" * 50}, kk_date("birth_date", "1" * 40 + "…"), ru_date("birth_date", "1" * 40 + "…")),
    (LOCAL, {"local_id": "bad id!"}, "«local_id»: «bad id!» — әріп, цифр және «-» таңбаларынан тұруы керек.",
     "«local_id»: «bad id!» — допустимы только буквы, цифры и «-»."),
    (LOCAL, {"local_id": "-ALM01"}, "«local_id»: «-ALM01» — әріп, цифр және «-» таңбаларынан тұруы керек.",
     "«local_id»: «-ALM01» — допустимы только буквы, цифры и «-»."),
    (GOOD, {"status": "tourist"}, *code("status", "tourist", STATUSES)),
    (GOOD, {"status": "Citizen"}, *code("status", "Citizen", STATUSES)),
    (GOOD, {"parent_status": "visitor"},
     *code("parent_status", "visitor", STATUSES)),
    (GOOD, {"citizenship": "Kazakhstan"}, *long("citizenship", "Kazakhstan", 3)),
    (GOOD, {"citizenship": "kz1"},
     "«citizenship»: ISO 3166-1 alpha-3 коды болуы керек (мысалы, KAZ), берілгені «kz1».",
     "«citizenship»: должен быть код ISO 3166-1 alpha-3 (например, KAZ), указано «kz1»."),
    (GOOD, {"citizenship": "KZ"},
     "«citizenship»: ISO 3166-1 alpha-3 коды болуы керек (мысалы, KAZ), берілгені «KZ».",
     "«citizenship»: должен быть код ISO 3166-1 alpha-3 (например, KAZ), указано «KZ»."),
    (GOOD, {"phone": "call me"}, "«phone»: «call me» телефон нөміріне ұқсамайды.",
     "«phone»: «call me» не похоже на номер телефона."),
    (GOOD, {"phone": "1234"}, "«phone»: «1234» телефон нөміріне ұқсамайды.",
     "«phone»: «1234» не похоже на номер телефона."),
    (GOOD, {"status_doc_kind": "id_card"}, *DOC_PAIR),
    (GOOD, {"status_doc_number": "N1"}, *DOC_PAIR),
    (GOOD, {"status_doc_issuer": "ХҚКО"}, *DOC_PAIR),
    (GOOD, {"status_doc_issued_on": "2020-01-01"}, *DOC_PAIR),
    (GOOD, {"status_doc_valid_until": "2030-01-01"}, *DOC_PAIR),
    (GOOD, {"status_doc_kind": "diploma", "status_doc_number": "1"},
     *code("status_doc_kind", "diploma", DOCUMENTS)),
    (GOOD, {"status_doc_kind": "id_card", "status_doc_number": "1", "status_doc_issued_on": "2030-01-01",
            "status_doc_valid_until": "2020-01-01"},
     *order("status_doc_valid_until", "2030-01-01", "2020-01-01")),
    (GOOD, {"status_doc_kind": "id_card", "status_doc_number": "1", "status_doc_issued_on": "2020/01/01"},
     kk_date("status_doc_issued_on", "2020/01/01"), ru_date("status_doc_issued_on", "2020/01/01")),
    (GOOD, {"status_doc_kind": "id_card", "status_doc_number": "1", "status_doc_valid_until": "2030-02-29"},
     kk_date("status_doc_valid_until", "2030-02-29"), ru_date("status_doc_valid_until", "2030-02-29")),
    (GOOD, {"status_since": "2020-02-30"}, kk_date("status_since", "2020-02-30"),
     ru_date("status_since", "2020-02-30")),
    (GOOD, {"kandas_since": "2020-00-10"}, kk_date("kandas_since", "2020-00-10"),
     ru_date("kandas_since", "2020-00-10")),
    (GOOD, {"kandas_since": "1980-01-01"}, "«kandas_since» (1980-01-01) туған күннен (1985-05-15) бұрын.",
     "«kandas_since» (1980-01-01) раньше даты рождения (1985-05-15)."),
    (GOOD, {"fund_insured": "true"}, *FUND_PAIR),
    (GOOD, {"fund_insured": False}, *FUND_PAIR),
    (GOOD, {"fund_checked_at": "2026-01-01"}, *FUND_PAIR),
    (GOOD, {"fund_insured": "maybe", "fund_checked_at": "2026-01-01"},
     "«fund_insured»: true немесе false болуы керек, берілгені «maybe».",
     "«fund_insured»: должно быть true или false, указано «maybe»."),
    (GOOD, {"fund_insured": 1, "fund_checked_at": "2026-01-01"},
     "«fund_insured»: true немесе false болуы керек, берілгені «1».",
     "«fund_insured»: должно быть true или false, указано «1»."),
    (GOOD, {"fund_insured": "true", "fund_checked_at": "2026-13-01"},
     "«fund_checked_at»: «2026-13-01» — ЖЖЖЖ-АА-КК немесе ЖЖЖЖ-АА-ККТсс:мм уақыты емес.",
     "«fund_checked_at»: «2026-13-01» — не время в формате ГГГГ-ММ-ДД или ГГГГ-ММ-ДДТчч:мм."),
    (GOOD, {"fund_insured": "true", "fund_checked_at": "yesterday"},
     "«fund_checked_at»: «yesterday» — ЖЖЖЖ-АА-КК немесе ЖЖЖЖ-АА-ККТсс:мм уақыты емес.",
     "«fund_checked_at»: «yesterday» — не время в формате ГГГГ-ММ-ДД или ГГГГ-ММ-ДДТчч:мм."),
    (GOOD, {"fund_insured": "true", "fund_checked_at": "2026-01-01T25:00"},
     "«fund_checked_at»: «2026-01-01T25:00» — ЖЖЖЖ-АА-КК немесе ЖЖЖЖ-АА-ККТсс:мм уақыты емес.",
     "«fund_checked_at»: «2026-01-01T25:00» — не время в формате ГГГГ-ММ-ДД или ГГГГ-ММ-ДДТчч:мм."),
    (GOOD, {"fund_insured": "true", "fund_checked_at": "2027-01-01"},
     "«fund_checked_at»: 2027-01-01 — болашақтағы уақыт.", "«fund_checked_at»: 2027-01-01 — время в будущем."),
    (GOOD, {"fund_insured": "true", "fund_checked_at": "2026-11-23T06:00+05:00"},
     "«fund_checked_at»: 2026-11-23T06:00+05:00 — болашақтағы уақыт.",
     "«fund_checked_at»: 2026-11-23T06:00+05:00 — время в будущем."),
    (GOOD, {"categories": "pensioner/2020-01-01;veteran"},
     *code("categories", "veteran", CATEGORIES)),
    (GOOD, {"categories": "disabled/2026-01-01/2025-01-01"},
     *order("categories", "2026-01-01", "2025-01-01")),
    (GOOD, {"categories": "disabled/2026-01-01/2025-01-01/x"},
     *item("categories", "disabled/2026-01-01/2025-01-01/x", CAT_SYNTAX)),
    (GOOD, {"categories": "/2026-01-01"}, *item("categories", "/2026-01-01", CAT_SYNTAX)),
    (GOOD, {"categories": "disabled/2026-01-32"}, kk_date("categories", "2026-01-32"),
     ru_date("categories", "2026-01-32")),
    (GOOD, {"categories": "disabled//2026-1-1"}, kk_date("categories", "2026-1-1"),
     ru_date("categories", "2026-1-1")),
    (GOOD, {"categories": 7}, *item("categories", "7", CAT_SYNTAX)),
    (GOOD, {"payments": "employer/2024-01/2024-05"},
     *code("payments", "employer", PAYERS)),
    (GOOD, {"payments": "employee/2024-13/2024-05"},
     "«payments»: «2024-13» — ЖЖЖЖ-АА пішіміндегі нақты ай емес.",
     "«payments»: «2024-13» — не существующий месяц в формате ГГГГ-ММ."),
    (GOOD, {"payments": "employee/2024-00"}, "«payments»: «2024-00» — ЖЖЖЖ-АА пішіміндегі нақты ай емес.",
     "«payments»: «2024-00» — не существующий месяц в формате ГГГГ-ММ."),
    (GOOD, {"payments": "employee/1899-12"}, "«payments»: «1899-12» — ЖЖЖЖ-АА пішіміндегі нақты ай емес.",
     "«payments»: «1899-12» — не существующий месяц в формате ГГГГ-ММ."),
    (GOOD, {"payments": "employee/2024-1"}, "«payments»: «2024-1» — ЖЖЖЖ-АА пішіміндегі нақты ай емес.",
     "«payments»: «2024-1» — не существующий месяц в формате ГГГГ-ММ."),
    (GOOD, {"payments": "employee/2024-01/2024-05-01"},
     "«payments»: «2024-05-01» — ЖЖЖЖ-АА пішіміндегі нақты ай емес.",
     "«payments»: «2024-05-01» — не существующий месяц в формате ГГГГ-ММ."),
    (GOOD, {"payments": "employee/2024-06/2024-05"}, *order("payments", "2024-06", "2024-05")),
    (GOOD, {"payments": "employee"}, *item("payments", "employee", PAY_SYNTAX)),
    (GOOD, {"payments": "employee//2024-05"}, *item("payments", "employee//2024-05", PAY_SYNTAX)),
    (GOOD, {"conditions": "I10;hypertension"}, *icd("hypertension")),
    (GOOD, {"conditions": "I10.12345"}, *icd("I10.12345")),
    (GOOD, {"conditions": "I10/2020-01-01/yes"}, *item("conditions", "I10/2020-01-01/yes", ICD_SYNTAX)),
    (GOOD, {"conditions": "I10/yesterday"}, kk_date("conditions", "yesterday"), ru_date("conditions", "yesterday")),
    (GOOD, {"conditions": [{"code": "I10", "dispensary": "yes"}]},
     "«conditions.dispensary»: true немесе false болуы керек, берілгені «yes».",
     "«conditions.dispensary»: должно быть true или false, указано «yes»."),
    (GOOD, {"conditions": [{"code": "I10", "since": 2020}]},
     *item("conditions", "{'code': 'I10', 'since': 2020}", ICD_SYNTAX)),
    (GOOD, {"conditions": [{"since": "2020-01-01"}]}, *item("conditions", "{'since': '2020-01-01'}", ICD_SYNTAX)),
    (GOOD, {"conditions": [{"code": "I10", "note": "x"}]},
     *item("conditions", "{'code': 'I10', 'note': 'x'}", ICD_SYNTAX)),
    (GOOD, {"conditions": [5]}, *item("conditions", "5", ICD_SYNTAX)),
    (GOOD, {"conditions": {"code": "I10"}}, *item("conditions", "{'code': 'I10'}", ICD_SYNTAX)),
    (GOOD, {"payments": [{"payer": "esp"}]}, *item("payments", "esp//", PAY_SYNTAX)),
    (GOOD, {"conditions": ["I10", ""]}, *item("conditions", "", ICD_SYNTAX)),
    (GOOD, {"pregnant": "true"}, "«pregnant»: жүктілік ер адамға белгіленген.",
     "«pregnant»: беременность отмечена у мужчины."),
    (GOOD, {"pregnant": True}, "«pregnant»: жүктілік ер адамға белгіленген.",
     "«pregnant»: беременность отмечена у мужчины."),
    (GOOD, {"pregnant": "maybe"}, "«pregnant»: true немесе false болуы керек, берілгені «maybe».",
     "«pregnant»: должно быть true или false, указано «maybe»."),
    (GOOD, {"palliative": "sometimes"}, "«palliative»: true немесе false болуы керек, берілгені «sometimes».",
     "«palliative»: должно быть true или false, указано «sometimes»."),
    (GOOD, {"palliative": ["x"]}, "«palliative»: true немесе false болуы керек, берілгені «['x']».",
     "«palliative»: должно быть true или false, указано «['x']»."),
    (GOOD, {"palliative": 0}, "«palliative»: true немесе false болуы керек, берілгені «0».",
     "«palliative»: должно быть true или false, указано «0»."),
    (GOOD, {"vhi_until": "2027-02-29"}, kk_date("vhi_until", "2027-02-29"), ru_date("vhi_until", "2027-02-29")),
]


@pytest.mark.parametrize("base,change,kk,ru", REFUSED, ids=[repr(c)[:50] for _, c, _, _ in REFUSED])
def test_each_reason_for_refusing_a_row_word_for_word(base, change, kk, ru):
    assert refusal(dict(base, **change)) == (kk, ru)


# (base row, change, the Russian reason of the problem checked first)
FIRST_WINS = [
    (GOOD, {"surname": "Ж" * 101, "nickname": "x"}, long("surname", "Ж" * 101, 100)[1]),
    ({"nickname": "x", **GOOD}, {"surname": "Ж" * 101}, "Неизвестное поле «nickname» (возможно, опечатка в названии)."),
    (GOOD, {"given_name": "", "iin": 1}, "«iin»: ожидался текст, указано 1."),
    (GOOD, {"given_name": "", "iin": "1"}, "Не заполнено поле «given_name»."),
    (GOOD, {"surname": "", "status": ""}, "Не заполнено поле «surname»."),
    (GOOD, {"status": "", "iin": "", "local_id": ""}, "Не заполнено поле «status»."),
    (GOOD, {"local_id": "bad id!", "iin": "1"}, "«local_id»: «bad id!» — допустимы только буквы, цифры и «-»."),
    (GOOD, {"birth_date": "1985-13-01", "iin": "1"}, ru_date("birth_date", "1985-13-01")),
    (GOOD, {"birth_date": "1985-13-01", "sex": "X"}, ru_date("birth_date", "1985-13-01")),
    (GOOD, {"sex": "X", "iin": "1"}, sex("X")[1]),
    (GOOD, {"iin": "850515300007", "birth_date": "1990-01-01"},
     "«iin»: Контрольный разряд ИИН не совпадает (ожидается 6, введено 7)."),
    (GOOD, {"iin": "850515000006", "birth_date": "1990-01-01"},
     "«iin»: 7-я цифра ИИН (век и пол) должна быть от 1 до 6, а здесь 0."),
    (GOOD, {"iin": "851315300007"}, "«iin»: Дата рождения в ИИН (15.13.1985) не существует в календаре."),
    (GOOD, {"birth_date": "1985-05-16", "sex": "F"},
     "«birth_date» (1985-05-16) не совпадает с датой рождения в ИИН (1985-05-15)."),
    (GOOD, {"sex": "F", "citizenship": "kz1"}, "«sex» (F) не совпадает с полом в ИИН (M)."),
    (LOCAL, {"birth_date": "", "sex": ""}, "Не заполнено поле «birth_date»."),
    (LOCAL, {"local_id": "", "birth_date": ""}, "Нет ни ИИН («iin»), ни локального номера («local_id»)."),
    (LOCAL, {"birth_date": "2099-01-01", "citizenship": "kz1"},
     "«birth_date»: 2099-01-01 — невозможная дата рождения (в будущем или до 1880 года)."),
    (GOOD, {"citizenship": "kz1", "phone": "call me"},
     "«citizenship»: должен быть код ISO 3166-1 alpha-3 (например, KAZ), указано «kz1»."),
    (GOOD, {"phone": "call me", "status": "tourist"}, "«phone»: «call me» не похоже на номер телефона."),
    (GOOD, {"status": "tourist", "status_doc_kind": "diploma"},
     code("status", "tourist", STATUSES)[1]),
    (GOOD, {"status_doc_kind": "diploma", "status_doc_issued_on": "2020-02-30"},
     code("status_doc_kind", "diploma", DOCUMENTS)[1]),
    (GOOD, {"status_doc_issued_on": "2020-02-30", "status_doc_valid_until": "2020-02-31"},
     ru_date("status_doc_issued_on", "2020-02-30")),
    (GOOD, {"status_doc_valid_until": "2020-02-31"}, ru_date("status_doc_valid_until", "2020-02-31")),
    (GOOD, {"status_doc_issued_on": "2030-01-01", "status_doc_valid_until": "2020-01-01"}, DOC_PAIR[1]),
    (GOOD, {"status_doc_kind": "id_card", "status_since": "2020-02-30"}, DOC_PAIR[1]),
    (GOOD, {"status_doc_kind": "id_card", "status_doc_number": "1", "status_doc_issued_on": "2030-01-01",
            "status_doc_valid_until": "2020-01-01", "status_since": "x"},
     order("status_doc_valid_until", "2030-01-01", "2020-01-01")[1]),
    (GOOD, {"status_since": "x", "parent_status": "visitor"}, ru_date("status_since", "x")),
    (GOOD, {"parent_status": "visitor", "kandas_since": "x"},
     code("parent_status", "visitor", STATUSES)[1]),
    (GOOD, {"kandas_since": "x", "fund_insured": "true"}, ru_date("kandas_since", "x")),
    (GOOD, {"kandas_since": "1980-01-01", "fund_insured": "true"},
     "«kandas_since» (1980-01-01) раньше даты рождения (1985-05-15)."),
    (GOOD, {"fund_insured": "maybe"}, "«fund_insured»: должно быть true или false, указано «maybe»."),
    (GOOD, {"fund_insured": "true", "categories": "veteran"}, FUND_PAIR[1]),
    (GOOD, {"categories": "veteran", "payments": "employer"},
     code("categories", "veteran", CATEGORIES)[1]),
    (GOOD, {"categories": "veteran/2020-02-30"}, code("categories", "veteran", CATEGORIES)[1]),
    (GOOD, {"categories": "disabled/2026-01-01/2025-01-01;veteran"},
     order("categories", "2026-01-01", "2025-01-01")[1]),
    (GOOD, {"categories": "disabled/2026-01-01/2025-01-01/x;veteran"},
     item("categories", "disabled/2026-01-01/2025-01-01/x", CAT_SYNTAX)[1]),
    (GOOD, {"categories": [{"code": "disabled"}, 5, {"code": "veteran"}]}, item("categories", "5", CAT_SYNTAX)[1]),
    (GOOD, {"payments": "employer", "conditions": "hypertension"},
     code("payments", "employer", PAYERS)[1]),
    (GOOD, {"payments": "employer"}, code("payments", "employer", PAYERS)[1]),
    (GOOD, {"payments": "esp/2024-13/2024-00"}, "«payments»: «2024-13» — не существующий месяц в формате ГГГГ-ММ."),
    (GOOD, {"conditions": "hypertension/x/yes", "pregnant": "maybe"},
     icd("hypertension")[1]),
    (GOOD, {"conditions": "I10/x/yes"}, item("conditions", "I10/x/yes", ICD_SYNTAX)[1]),
    (GOOD, {"pregnant": "maybe", "palliative": "maybe"}, "«pregnant»: должно быть true или false, указано «maybe»."),
    (GOOD, {"pregnant": "yes", "palliative": "maybe"}, "«pregnant»: беременность отмечена у мужчины."),
    (GOOD, {"palliative": "maybe", "vhi_until": "x"}, "«palliative»: должно быть true или false, указано «maybe»."),
]


@pytest.mark.parametrize("base,change,ru", FIRST_WINS, ids=[repr(c)[:50] for _, c, _ in FIRST_WINS])
def test_the_problem_checked_first_is_the_one_reported(base, change, ru):
    assert refusal(dict(base, **change))[1] == ru


def test_an_iin_gives_the_birth_date_and_sex():
    got = parse_row({"iin": " 991231400014 ", "surname": "Әлиева", "given_name": "Әсел", "status": "citizen"}, ON)
    assert got.key == ("iin", "991231400014")
    assert (got.record.iin, got.record.birth_date, got.record.sex) == ("991231400014", date(1999, 12, 31), "F")
    got = parse_row(dict(GOOD, birth_date="", sex="m"), ON)
    assert (got.record.birth_date, got.record.sex) == (date(1985, 5, 15), "M")
    got = parse_row(dict(GOOD, iin="000101500011", birth_date="2000-01-01"), ON)
    assert (got.record.birth_date, got.record.sex) == (date(2000, 1, 1), "M")


def test_the_key_is_the_iin_and_a_local_number_is_kept_beside_it():
    got = parse_row(dict(GOOD, local_id="ALM01-7"), ON)
    assert got.key == ("iin", "850515300006") and got.record.local_id == "ALM01-7"
    got = parse_row(LOCAL, ON)
    assert got.key == ("local_id", "ALM01-2026-000042") and got.record.iin is None
    assert (got.record.birth_date, got.record.sex) == (date(1994, 2, 10), "F")
    assert parse_row(dict(LOCAL, sex="f", local_id="a/1-B"), ON).key == ("local_id", "a/1-B")


def test_a_full_csv_row_becomes_this_record():
    row = dict(GOOD, patronymic="Серікұлы", latin_surname="NURLANOV", latin_given_name="NURLAN",
               citizenship="KAZ", parent_status="kandas", status_since="2000-01-01", kandas_since="1999-01-01",
               status_doc_kind="id_card", status_doc_number="012345678", status_doc_issued_on="2020-01-01",
               status_doc_valid_until="2030-01-01", status_doc_issuer="ҚР ІІМ", address="Алматы, Абай 1",
               phone="+7 (701) 123-45-67", attached_org="PHC-01", fund_insured="FALSE",
               fund_checked_at="2026-11-01 10:30", fund_source="phone",
               categories="pensioner/2020-01-01;disabled//2027-05-01;child",
               payments="employee/2021-01/2026-10;esp/2020-01", conditions="i10/2019-03-01/dispensary;E11//dispensary;a15.0",
               pregnant="no", palliative="Yes", vhi_until="2027-02-01")
    rec = parse_row(row, ON).record
    assert (rec.surname, rec.given_name, rec.patronymic, rec.latin_surname, rec.latin_given_name) == \
        ("Нұрланов", "Нұрлан", "Серікұлы", "NURLANOV", "NURLAN")
    assert (rec.citizenship, rec.address, rec.phone, rec.attached_org) == \
        ("KAZ", "Алматы, Абай 1", "+7 (701) 123-45-67", "PHC-01")
    s = rec.legal_status
    assert (s.status, s.since, s.parent_status, s.kandas_since) == \
        ("citizen", date(2000, 1, 1), "kandas", date(1999, 1, 1))
    b = s.basis
    assert (b.kind, b.number, b.issued_on, b.valid_until, b.issuer) == \
        ("id_card", "012345678", date(2020, 1, 1), date(2030, 1, 1), "ҚР ІІМ")
    assert rec.documents == []
    assert rec.fund_checks == [FundCheck(False, datetime(2026, 11, 1, 10, 30), "phone")]
    assert rec.categories == [CategoryGrant("pensioner", date(2020, 1, 1)),
                              CategoryGrant("disabled", None, date(2027, 5, 1)), CategoryGrant("child")]
    assert rec.payments == [PaymentPeriod("employee", "2021-01", "2026-10"), PaymentPeriod("esp", "2020-01", "2020-01")]
    assert rec.conditions == [Diagnosis("I10", date(2019, 3, 1), True), Diagnosis("E11", None, True),
                              Diagnosis("A15.0")]
    assert (rec.pregnant, rec.palliative, rec.vhi_until) == (False, True, date(2027, 2, 1))
    assert (rec.id, rec.uuid) == (None, None)


def test_a_bare_row_has_no_optional_evidence():
    rec = parse_row(GOOD, ON).record
    assert rec.legal_status.basis is None and rec.legal_status.since is None
    assert rec.legal_status.parent_status is None and rec.legal_status.kandas_since is None
    assert rec.fund_checks == rec.categories == rec.payments == rec.conditions == rec.documents == []
    assert (rec.patronymic, rec.citizenship, rec.phone, rec.attached_org, rec.vhi_until) == (None,) * 5
    assert rec.pregnant is False and rec.palliative is False and rec.local_id is None


def test_json_values_booleans_nulls_and_lists_of_objects():
    row = dict(LOCAL, patronymic=None, pregnant=True, palliative=False, fund_insured=True,
               fund_checked_at="2026-11-20", fund_source=None,
               categories=[{"code": "disabled", "valid_from": "2024-05-01", "valid_to": None},
                           " pensioner / 2019-03-08 ", {"code": "child", "valid_to": " 2030-01-01 "}],
               payments=[{"payer": "employee", "first_month": "2021-01", "last_month": "2026-10"},
                         {"payer": "esp", "first_month": "2020-01"}],
               conditions=[{"code": "I10", "since": "2019-03-01", "dispensary": True},
                           {"code": "e11", "dispensary": False}, " A15.0 / / dispensary "])
    rec = parse_row(row, ON).record
    assert rec.patronymic is None and rec.pregnant is True and rec.palliative is False
    assert rec.fund_checks == [FundCheck(True, datetime(2026, 11, 20), "import")]
    assert rec.categories == [CategoryGrant("disabled", date(2024, 5, 1)),
                              CategoryGrant("pensioner", date(2019, 3, 8)), CategoryGrant("child", None, date(2030, 1, 1))]
    assert rec.payments == [PaymentPeriod("employee", "2021-01", "2026-10"), PaymentPeriod("esp", "2020-01", "2020-01")]
    assert rec.conditions == [Diagnosis("I10", date(2019, 3, 1), True), Diagnosis("E11"),
                              Diagnosis("A15.0", None, True)]
    for value, want in [("1", True), ("YES", True), ("True", True), ("0", False), ("No", False), (False, False)]:
        assert parse_row(dict(LOCAL, palliative=value), ON).record.palliative is want
    assert parse_row(dict(LOCAL, categories=[], conditions=None), ON).record.categories == []


def test_values_are_stripped_and_blank_means_absent():
    row = dict(
        GOOD, surname="  Нұрланов\t", given_name="\u00a0Нұрлан ", patronymic="   ", phone=" ",
        birth_date=" 1985-05-15 ", sex=" m ", status=" citizen ", citizenship=" KAZ ",
        categories=" pensioner / 2020-01-01 ; ; disabled ", payments=" esp / 2020-01 / 2020-03 ",
        conditions=" i10 / / dispensary ", fund_insured=" true ", fund_checked_at=" 2026-11-01 ")
    rec = parse_row(row, ON).record
    assert (rec.surname, rec.given_name, rec.patronymic, rec.phone, rec.sex, rec.citizenship) == \
        ("Нұрланов", "Нұрлан", None, None, "M", "KAZ")
    assert rec.legal_status.status == "citizen"
    assert rec.categories == [CategoryGrant("pensioner", date(2020, 1, 1)), CategoryGrant("disabled")]
    assert rec.payments == [PaymentPeriod("esp", "2020-01", "2020-03")]
    assert rec.conditions == [Diagnosis("I10", None, True)]
    assert rec.fund_checks == [FundCheck(True, datetime(2026, 11, 1), "import")]
    # the length limit counts what is left after stripping
    assert parse_row(dict(GOOD, surname=" " + "Ж" * 100 + " "), ON).record.surname == "Ж" * 100


AT_LIMIT = {
    "iin": "850515300006", "local_id": "A" * 32, "citizenship": "KAZ", "phone": "1" * 40,
    "attached_org": "P" * 32, "status_doc_number": "9" * 40,
}


def stored(rec, column: str):
    if column.startswith("status_doc_"):
        return getattr(rec.legal_status.basis, column.removeprefix("status_doc_"))
    if column == "fund_source":
        return rec.fund_checks[0].source
    return getattr(rec, column)


@pytest.mark.parametrize("column,limit", sorted(TEXT_COLUMNS.items()))
def test_each_text_column_takes_its_limit_and_not_one_character_more(column, limit):
    partners = {"status_doc_kind": "id_card", "status_doc_number": "1",
                "fund_insured": "true", "fund_checked_at": "2026-11-01"}
    at_limit = AT_LIMIT.get(column, "ы" * limit)
    assert stored(parse_row({**GOOD, **partners, column: at_limit}, ON).record, column) == at_limit
    assert refusal({**GOOD, column: "1" * (limit + 1)}) == long(column, "1" * (limit + 1), limit)


def test_fund_check_times_are_naive_utc_and_bounded_by_now():
    def checked(at, **kw):
        row = dict(GOOD, fund_insured="true", fund_checked_at=at)
        return parse_row(row, ON, **kw).record.fund_checks[0].checked_at

    assert checked("2026-11-01") == datetime(2026, 11, 1)
    assert checked("2026-11-01T10:30:15") == datetime(2026, 11, 1, 10, 30, 15)
    assert checked("2026-11-01 10:30") == datetime(2026, 11, 1, 10, 30)
    assert checked("2026-11-01T10:30+05:00") == datetime(2026, 11, 1, 5, 30)
    assert checked("2026-11-22T23:59:59") == datetime(2026, 11, 22, 23, 59, 59)
    assert checked("2026-11-22T10:00", now=datetime(2026, 11, 22, 10)) == datetime(2026, 11, 22, 10)
    assert refusal(dict(GOOD, fund_insured="true", fund_checked_at="2026-11-22T10:01"),
                   now=datetime(2026, 11, 22, 10))[1] == "«fund_checked_at»: 2026-11-22T10:01 — время в будущем."


def test_birth_dates_are_bounded_by_today_and_1880():
    assert parse_row(dict(LOCAL, birth_date="2026-11-22"), ON).record.birth_date == ON
    assert parse_row(dict(LOCAL, birth_date="1880-01-01"), ON).record.birth_date == date(1880, 1, 1)
    assert refusal(dict(LOCAL, birth_date="2026-11-22"), today=date(2026, 11, 21))[1] == \
        "«birth_date»: 2026-11-22 — невозможная дата рождения (в будущем или до 1880 года)."


def test_csv_row_pairs_values_with_the_header():
    assert csv_row(["iin", "surname", "address"], ["850515300006", "", " "]) == {"iin": "850515300006", "address": " "}
    for values in (["1"], ["1", "2", "3"]):
        with pytest.raises(RowError) as caught:
            csv_row(["iin", "surname"], values)
        assert caught.value.message.kk == f"Бағандар саны тақырыппен сәйкес емес ({len(values)}, күтілгені 2)."
        assert caught.value.message.ru == f"Число полей не совпадает с заголовком ({len(values)}, ожидалось 2)."


def test_a_line_that_is_not_an_object():
    err = not_an_object("Expecting value" + "x" * 100)
    assert err.message.ru == f"Строка не является объектом JSON: Expecting value{'x' * 65}."
    assert err.message.kk == f"Жол JSON нысаны емес: Expecting value{'x' * 65}."


def test_written_rows_read_back_as_the_same_records_field_by_field():
    for rec in generate_patients(3000, seed=3, on=ON):
        row = to_row(rec)
        want = replace(rec, documents=[], fund_checks=rec.fund_checks[-1:],
                       local_id=None if rec.iin else rec.local_id)
        got = parse_row(csv_row(list(row), list(row.values())), ON)
        assert got.key == (("iin", rec.iin) if rec.iin else ("local_id", rec.local_id))
        for f in fields(want):
            assert getattr(got.record, f.name) == getattr(want, f.name), (rec.iin or rec.local_id, f.name)
