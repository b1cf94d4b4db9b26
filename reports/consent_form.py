"""The consent form to the processing of personal data, printed blank for the patient to tick
and sign: in Kazakh or in Russian, as the patient chooses, filled in with the patient and the
clinic. The signed paper is kept by the clinic; its number is then recorded at the desk."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from html import escape as _html_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from domain.consent import SCOPE_NAMES, SCOPE_TEXTS, SCOPES
from domain.messages import Message
from reports.fonts import BOLD, REGULAR, register_fonts

GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
BOX = "\u2610"  # ☐, ticked by hand
BLANK = "_" * 28

TITLE = Message("ДЕРБЕС ДЕРЕКТЕРДІ ЖИНАУҒА ЖӘНЕ ӨҢДЕУГЕ КЕЛІСІМ",
                "СОГЛАСИЕ НА СБОР И ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ")
L_NUMBER = Message("Нысан №", "Бланк №")
L_DATE = Message("Күні", "Дата")
L_BIN = Message("БСН", "БИН")
L_NAME = Message("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество")
L_IIN = Message("ЖСН", "ИИН")
L_LOCAL = Message("Жергілікті нөмір", "Местный номер")
L_BIRTH = Message("Туған күні", "Дата рождения")
L_ADDRESS = Message("Мекенжайы", "Адрес")
L_PHONE = Message("Телефоны", "Телефон")
INTRO = Message(
    "Мен, төменде қол қоюшы, «Дербес деректер және оларды қорғау туралы» Қазақстан "
    "Республикасының Заңына сәйкес {clinic} медициналық ұйымына келісім беремін "
    "(келісетін тармақтарды белгілеңіз):",
    "Я, нижеподписавшийся(аяся), в соответствии с Законом Республики Казахстан «О персональных "
    "данных и их защите» даю согласие медицинской организации {clinic} "
    "(отметьте пункты, с которыми согласны):",
)
TERMS = (
    Message("Келісім мен оны жазбаша өтінішпен қайтарып алғанға дейін күшінде болады. Қайтарып "
            "алу бұған дейін заңды түрде өңделген деректерге әсер етпейді.",
            "Согласие действует до его отзыва моим письменным заявлением. Отзыв не затрагивает "
            "данные, обработанные законно до него."),
    Message("Мен өз деректерімді көруге, түзетуді талап етуге және олардың көшірмесін алуға "
            "құқылы екенімді білемін.",
            "Мне известно, что я вправе знакомиться со своими данными, требовать их исправления "
            "и получать их копию."),
    Message("Шұғыл медициналық көмек келісімсіз көрсетіледі.",
            "Экстренная медицинская помощь оказывается без согласия."),
)
L_PATIENT_SIGN = Message("Науқас (заңды өкілі)", "Пациент (законный представитель)")
L_SIGN = Message("қолы", "подпись")
L_FULL_NAME = Message("аты-жөні", "Ф. И. О.")
L_REPRESENTATIVE = Message(
    "Заңды өкілі (бала немесе әрекетке қабілетсіз адам үшін): аты-жөні, құжаты",
    "Законный представитель (за ребёнка или недееспособного): Ф. И. О., документ")
L_STAFF_SIGN = Message("Қабылдаған қызметкер", "Принял(а) работник")
FOOTER = Message("Қол қойылған нысан медициналық ұйымда сақталады.",
                 "Подписанный бланк хранится в медицинской организации.")
DASH = "—"


def escape(text: str) -> str:
    return _html_escape(text, quote=False)


@dataclass(frozen=True, slots=True)
class ConsentForm:
    """What the form shows, as plain values (assembled by the services from the database)."""

    clinic_name: str
    patient_name: str
    on: date
    lang: str = "kk"
    clinic_bin: str | None = None
    clinic_address: str | None = None
    patient_iin: str | None = None
    patient_local_id: str | None = None
    birth_date: date | None = None
    address: str | None = None
    phone: str | None = None
    form_number: str | None = None  # blank: written on the paper by hand


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("value", fontName=REGULAR, fontSize=10, leading=13)
    return {
        "value": base,
        "label": ParagraphStyle("label", parent=base, fontSize=8, leading=10, textColor=GREY),
        "strong": ParagraphStyle("strong", parent=base, fontName=BOLD),
        "org": ParagraphStyle("org", parent=base, fontSize=9, leading=11.5),
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=13.5, leading=17,
                                alignment=TA_CENTER, spaceBefore=6, spaceAfter=2),
        "centre": ParagraphStyle("centre", parent=base, alignment=TA_CENTER),
        "box": ParagraphStyle("box", fontName=REGULAR, fontSize=16, leading=18),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
    }


def _table(data, widths, commands) -> Table:
    table = Table(data, colWidths=widths)
    # A table's own font is Helvetica (no Kazakh letters) unless set.
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), *commands]))
    return table


def _story(form: ConsentForm, width: float) -> list:
    lang = form.lang
    st = _styles()

    def t(msg: Message) -> str:
        return escape(msg.in_lang(lang))

    story: list = [Paragraph(f"<b>{escape(form.clinic_name)}</b>", st["org"])]
    if form.clinic_bin:
        story.append(Paragraph(f"{t(L_BIN)}: {escape(form.clinic_bin)}", st["org"]))
    if form.clinic_address:
        story.append(Paragraph(escape(form.clinic_address), st["org"]))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(t(TITLE), st["title"]))
    number = escape(form.form_number) if form.form_number else "_" * 12
    story.append(Paragraph(f"{t(L_NUMBER)} {number}&nbsp;&nbsp;&nbsp;&nbsp;"
                           f"{t(L_DATE)}: {form.on:%d.%m.%Y}", st["centre"]))
    story.append(Spacer(1, 4 * mm))

    id_label, id_value = (L_IIN, form.patient_iin) if form.patient_iin or not form.patient_local_id \
        else (L_LOCAL, form.patient_local_id)
    rows = [(L_NAME, form.patient_name, True), (id_label, id_value, True),
            (L_BIRTH, form.birth_date.strftime("%d.%m.%Y") if form.birth_date else None, False),
            (L_ADDRESS, form.address, False), (L_PHONE, form.phone, False)]
    data = [[Paragraph(t(label), st["label"]),
             Paragraph(escape(value) if value else DASH, st["strong"] if strong else st["value"])]
            for label, value, strong in rows]
    story.append(_table(data, [width * 0.3, width * 0.7],
                        [("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                         ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    story.append(Spacer(1, 5 * mm))

    clinic = form.clinic_name if "«" in form.clinic_name else f"«{form.clinic_name}»"
    if form.clinic_bin:
        clinic += f" ({L_BIN.in_lang(lang)} {form.clinic_bin})"
    story.append(Paragraph(escape(INTRO.in_lang(lang).format(clinic=clinic)), st["value"]))
    story.append(Spacer(1, 2 * mm))
    scopes = [[Paragraph(BOX, st["box"]),
               Paragraph(f"<b>{t(SCOPE_NAMES[s])}</b><br/>{t(SCOPE_TEXTS[s])}", st["value"])]
              for s in SCOPES]
    story.append(_table(scopes, [12 * mm, width - 12 * mm],
                        [("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    story.append(Spacer(1, 3 * mm))
    for term in TERMS:
        story.append(Paragraph(t(term), st["small"]))
    story.append(Spacer(1, 5 * mm))

    def signed(label: Message) -> list:
        blanks = f"{'_' * 22} ({t(L_SIGN)})&nbsp;&nbsp;&nbsp;&nbsp;{BLANK} ({t(L_FULL_NAME)})"
        return [Paragraph(f"{t(label)}:<br/><br/>{blanks}", st["value"])]

    signatures = [signed(L_PATIENT_SIGN),
                  [Paragraph(f"{t(L_REPRESENTATIVE)}:<br/><br/>{'_' * 70}", st["value"])],
                  signed(L_STAFF_SIGN),
                  [Paragraph(f"{t(L_DATE)}: {form.on:%d.%m.%Y}", st["value"])]]
    story.append(KeepTogether([
        _table(signatures, [width], [("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
        Spacer(1, 2 * mm), Paragraph(t(FOOTER), st["label"])]))
    return story


def render_consent_form(form: ConsentForm, *, invariant: bool = False) -> bytes:
    """The form as A4 PDF bytes (`invariant`: byte-identical for the same form)."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm,
                            title=TITLE.in_lang(form.lang), author=form.clinic_name, creator="Tirkeu",
                            invariant=1 if invariant else 0, initialFontName=REGULAR)
    doc.build(_story(form, doc.width))
    return out.getvalue()
