"""A patient's data export as a readable PDF, in Kazakh or Russian: the same content as the JSON
export (services.patient_export), each section a table, codes given with their names."""

from __future__ import annotations

import io
from datetime import date, datetime
from html import escape as _html_escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from domain import codes
from domain.consent import SCOPE_NAMES
from domain.messages import Message
from reports.fonts import BOLD, REGULAR, register_fonts

GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
DASH = "—"

TITLE = Message("Науқастың дербес деректерінің үзінді көшірмесі", "Выписка персональных данных пациента")
L_EXPORTED = Message("Дайындалған уақыты: {at}; дайындаған: {by}", "Подготовлено: {at}; подготовил(а): {by}")
L_BIN = Message("БСН", "БИН")
NOTHING = Message("Жазба жоқ.", "Записей нет.")
YES, NO = Message("иә", "да"), Message("жоқ", "нет")
VOIDED = Message("жойылған", "аннулировано")
WITHDRAWN = Message("қайтарып алынған {day}", "отозвано {day}")

S_IDENTITY = Message("Жеке деректер", "Личные данные")
S_DOCUMENTS = Message("Құжаттар", "Документы")
S_STATUSES = Message("Құқықтық мәртебе", "Правовой статус")
S_EVIDENCE = Message("Сақтандыру туралы мәліметтер", "Сведения о страховании")
S_CONDITIONS = Message("Аурулар (АХЖ-10)", "Заболевания (МКБ-10)")
S_VISITS = Message("Келулер", "Посещения")
S_REFERRALS = Message("Жолдамалар", "Направления")
S_CONSENTS = Message("Деректерді өңдеуге келісімдер", "Согласия на обработку данных")

IDENTITY_FIELDS = (
    ("surname", Message("Тегі", "Фамилия")), ("given_name", Message("Аты", "Имя")),
    ("patronymic", Message("Әкесінің аты", "Отчество")),
    ("latin_surname", Message("Тегі (латынша)", "Фамилия (латиницей)")),
    ("latin_given_name", Message("Аты (латынша)", "Имя (латиницей)")),
    ("iin", Message("ЖСН", "ИИН")), ("local_id", Message("Жергілікті нөмір", "Местный номер")),
    ("birth_date", Message("Туған күні", "Дата рождения")), ("sex", Message("Жынысы", "Пол")),
    ("citizenship", Message("Азаматтығы", "Гражданство")), ("address", Message("Мекенжайы", "Адрес")),
    ("phone", Message("Телефоны", "Телефон")),
    ("attached_org", Message("Тіркелген МСАК ұйымы", "Организация ПМСП прикрепления")),
    ("attached_since", Message("Тіркелген күні", "Прикреплён с")),
    ("pregnant", Message("Жүкті", "Беременность")), ("palliative", Message("Паллиативтік көмек", "Паллиативная помощь")),
    ("registered_at", Message("Тіркелген уақыты", "Зарегистрирован")),
)
SEXES = {"M": Message("ер", "мужской"), "F": Message("әйел", "женский")}
H_DOCUMENTS = (Message("Түрі", "Вид"), Message("Нөмірі", "Номер"), Message("Берілген күні", "Выдан"),
               Message("Жарамды", "Действителен до"), Message("Кім берді", "Кем выдан"))
H_STATUSES = (Message("Мәртебе", "Статус"), Message("Бастап", "С"), Message("Негіздеме құжаты", "Документ-основание"))
C_FUND = Message("Қордың жауаптары", "Ответы Фонда")
C_CATEGORIES = Message("Мемлекет сақтандыратын санаттар", "Категории, застрахованные государством")
C_PAYMENTS = Message("Жарналар", "Взносы")
C_VHI = Message("Ерікті сақтандыру", "Добровольное страхование")
H_FUND = (Message("Сақтандырылған", "Застрахован"), Message("Тексерілген уақыты", "Проверено"),
          Message("Дереккөз", "Источник"), Message("Санат", "Категория"))
H_CATEGORIES = (Message("Санат", "Категория"), Message("Бастап", "С"), Message("Дейін", "По"))
H_PAYMENTS = (Message("Төлеуші", "Плательщик"), Message("Бірінші ай", "Первый месяц"), Message("Соңғы ай", "Последний месяц"))
H_VHI = (Message("Сақтандырушы", "Страховщик"), Message("Шарт", "Договор"), Message("Бастап", "С"), Message("Дейін", "По"))
H_CONDITIONS = (Message("Код", "Код"), Message("Бастап", "С"), Message("Диспансерлік есеп", "Диспансерный учёт"))
H_VISITS = (Message("Уақыты", "Время"), Message("Қызмет", "Услуга"), Message("Қаржыландыру", "Оплата"),
            Message("Тіркеуші", "Оператор"), Message("Белгі", "Отметка"))
H_REFERRALS = (Message("Нөмірі", "Номер"), Message("Берілген", "Выдано"), Message("Қызмет", "Услуга"),
               Message("Қаржыландыру", "Оплата"), Message("Қайда / диагноз", "Куда / диагноз"), Message("Белгі", "Отметка"))
H_CONSENTS = (Message("Келісім", "Согласие"), Message("Берілген күні", "Дата"), Message("Нысан №", "Бланк №"),
              Message("Қабылдаған", "Принял"), Message("Белгі", "Отметка"))
EMERGENCY = Message("шұғыл", "экстренно")
_STATUSES = codes.by_code(codes.STATUSES)
_SERVICES = codes.by_code(codes.SERVICES)
_DOCS = codes.by_code(codes.DOCUMENT_KINDS)
_CATEGORIES = codes.by_code(codes.CATEGORIES)
_PAYERS = codes.by_code(codes.PAYERS)


def escape(text: str) -> str:
    return _html_escape(text, quote=False)


def _date(text: str | None) -> str:
    if not text:
        return DASH
    if "T" in text:
        return datetime.fromisoformat(text).strftime("%d.%m.%Y %H:%M")
    return date.fromisoformat(text).strftime("%d.%m.%Y")


def _named(table: dict, code: str | None, lang: str) -> str:
    if not code:
        return DASH
    entry = table.get(code)
    return f"{entry.name.in_lang(lang)}" if entry is not None else code


def _org(org: dict | None, lang: str) -> str:
    if not org:
        return DASH
    return org["name_ru"] if lang == "ru" else org["name_kk"]


def render_patient_export(data: dict, lang: str) -> bytes:
    """The export document (services.patient_export) as A4 PDF bytes in `lang`."""
    register_fonts()
    base = ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", parent=base, fontName=BOLD)
    label = ParagraphStyle("label", parent=base, textColor=GREY)
    title = ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18)
    section = ParagraphStyle("section", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=3)
    plain = ParagraphStyle("plain", fontName=REGULAR, fontSize=9, leading=12)
    caption_style = ParagraphStyle("caption", parent=plain, fontName=BOLD, spaceBefore=3, spaceAfter=2)

    def t(msg: Message) -> str:
        return msg.in_lang(lang)

    def p(text: object, style=base) -> Paragraph:
        return Paragraph(escape(str(text)) if text not in (None, "") else DASH, style)

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=14 * mm, title=t(TITLE), creator="Tirkeu",
                            initialFontName=REGULAR)
    width = doc.width
    ident = data["identity"]

    def table(heads: tuple[Message, ...], rows: list[list[object]], widths: list[float]) -> list:
        if not rows:
            return [Paragraph(escape(t(NOTHING)), plain)]
        cells = [[p(t(h), head) for h in heads]] + [[p(c) for c in row] for row in rows]
        tbl = Table(cells, colWidths=[width * w for w in widths], repeatRows=1)
        tbl.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("GRID", (0, 0), (-1, -1), 0.3, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        return [tbl]

    clinic = data["clinic"]
    clinic_name = clinic["name_ru"] if lang == "ru" else clinic["name_kk"]
    if clinic.get("bin"):
        clinic_name += f", {t(L_BIN)} {clinic['bin']}"
    exported = _date(data["exported_at"])
    story: list = [Paragraph(escape(t(TITLE)), title), Paragraph(escape(clinic_name), plain),
                   Paragraph(escape(t(L_EXPORTED).format(at=exported, by=data["exported_by"])), plain),
                   Spacer(1, 3 * mm)]

    story.append(Paragraph(escape(t(S_IDENTITY)), section))
    rows = []
    for key, name in IDENTITY_FIELDS:
        value = ident.get(key)
        if key in ("birth_date", "attached_since", "registered_at"):
            value = _date(value)
        elif key == "sex":
            value = t(SEXES[value]) if value in SEXES else value
        elif key == "citizenship":
            value = codes.citizenship_name(value, lang)
        elif key == "attached_org":
            value = _org(value, lang)
        elif key in ("pregnant", "palliative"):
            value = t(YES if value else NO)
        rows.append([p(t(name), label), p(value)])
    tbl = Table(rows, colWidths=[width * 0.32, width * 0.68])
    tbl.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                             ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(tbl)

    story.append(Paragraph(escape(t(S_DOCUMENTS)), section))
    story += table(H_DOCUMENTS, [[_named(_DOCS, d["kind"], lang), d["number"], _date(d["issued_on"]),
                                  _date(d["valid_until"]), d["issuer"]] for d in data["documents"]],
                   [0.26, 0.18, 0.14, 0.14, 0.28])

    story.append(Paragraph(escape(t(S_STATUSES)), section))
    story += table(H_STATUSES, [[_named(_STATUSES, s["status"], lang), _date(s["since"]), s["basis_document"]]
                                for s in data["statuses"]], [0.5, 0.2, 0.3])

    story.append(Paragraph(escape(t(S_EVIDENCE)), section))
    ev = data["evidence"]
    parts = [
        (C_FUND, H_FUND, [[t(YES if f["insured"] else NO), _date(f["checked_at"]),
                           codes.source_name(f["source"]).in_lang(lang) or f["source"],
                           _named(_CATEGORIES, f["category"], lang)] for f in ev["fund_checks"]],
         [0.16, 0.2, 0.32, 0.32]),
        (C_CATEGORIES, H_CATEGORIES, [[_named(_CATEGORIES, c["code"], lang), _date(c["valid_from"]),
                                       _date(c["valid_to"])] for c in ev["categories"]], [0.6, 0.2, 0.2]),
        (C_PAYMENTS, H_PAYMENTS, [[_named(_PAYERS, pp["payer"], lang), pp["first_month"], pp["last_month"]]
                                  for pp in ev["payments"]], [0.6, 0.2, 0.2]),
        (C_VHI, H_VHI, [[v["insurer"], v["number"], _date(v["valid_from"]), _date(v["valid_until"])]
                        for v in ev["vhi_contracts"]], [0.4, 0.2, 0.2, 0.2]),
    ]
    if not any(rows for _, _, rows, _ in parts):
        story.append(Paragraph(escape(t(NOTHING)), plain))
    for caption, heads, rows, widths in parts:
        if rows:
            story.append(Paragraph(escape(t(caption)), caption_style))
            story += table(heads, rows, widths)

    story.append(Paragraph(escape(t(S_CONDITIONS)), section))
    story += table(H_CONDITIONS, [[c["icd10"], _date(c["since"]), t(YES if c["dispensary"] else NO)]
                                  for c in data["conditions"]], [0.3, 0.3, 0.4])

    story.append(Paragraph(escape(t(S_VISITS)), section))
    story += table(H_VISITS, [[_date(v["at"]), _named(_SERVICES, v["service"], lang),
                               t(codes.FUNDINGS[v["funding"]]) if v["funding"] in codes.FUNDINGS else v["funding"],
                               v["operator"],
                               "; ".join(x for x in (t(EMERGENCY) if v["emergency"] else "",
                                                     t(VOIDED) if v["voided_at"] else "") if x)]
                              for v in data["visits"]], [0.17, 0.35, 0.14, 0.16, 0.18])

    story.append(Paragraph(escape(t(S_REFERRALS)), section))
    story += table(H_REFERRALS, [[r["number"], _date(r["issued_at"]), _named(_SERVICES, r["service"], lang),
                                  t(codes.FUNDINGS[r["funding"]]) if r["funding"] in codes.FUNDINGS else r["funding"],
                                  " / ".join(x for x in (_org(r["target"], lang) if r["target"] else r["target_text"],
                                                         r["diagnosis_icd"]) if x),
                                  t(VOIDED) if r["voided_at"] else ""]
                                 for r in data["referrals"]], [0.18, 0.15, 0.22, 0.12, 0.2, 0.13])

    story.append(Paragraph(escape(t(S_CONSENTS)), section))
    story += table(H_CONSENTS, [[t(SCOPE_NAMES[c["scope"]]) if c["scope"] in SCOPE_NAMES else c["scope"],
                                 _date(c["given_on"]), c["form_number"], c["operator"],
                                 t(WITHDRAWN).format(day=_date(c["withdrawn_on"])) if c["withdrawn_on"] else ""]
                                for c in data["consents"]], [0.36, 0.14, 0.14, 0.16, 0.2])
    doc.build(story)
    return out.getvalue()
