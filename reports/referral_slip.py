"""The referral slip (жолдама / направление) as a PDF, laid out with platypus templates.

Every label is printed in Kazakh and Russian on the same slip. Flowing text lives in Paragraphs
inside Tables and Frames, so long names, addresses and diagnoses wrap instead of overprinting;
only the page furniture (footer, the copy watermark) is drawn at fixed places.
"""

from __future__ import annotations

import io
from datetime import date
from html import escape as _html_escape
from itertools import groupby
from math import cos, radians, sin

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from domain.messages import Message
from domain.rulepack import release_of
from reports.fonts import BOLD, REGULAR, register_fonts
from reports.qr import fast_encoder
from reports.slip_data import PAPER_SIZES, SlipData, SlipOrganisation

PAGES = {"A4": A4, "A5": A5}
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
COPY_RED = colors.HexColor("#b00020")
EMERGENCY_FILL = colors.HexColor("#fde7e9")

COPY_MARK = Message("КӨШІРМЕ", "КОПИЯ")
DRAFT_MARK = Message("ЖОБА", "ПРОЕКТ")
VOID_MARK = Message("ЖОЙЫЛДЫ", "АННУЛИРОВАНО")
VOID_TEXT = Message("Жолдама жойылды, ол бойынша көмек көрсетілмейді.",
                    "Направление аннулировано, помощь по нему не оказывается.")
L_REASON = Message("Себебі", "Причина")
DRAFT_TEXT = Message("Алдын ала қарау: жолдама әлі берілген жоқ, нөмірі берілгенде қойылады.",
                     "Предварительный просмотр: направление ещё не выдано, номер присваивается при выдаче.")
REFERRAL = Message("ЖОЛДАМА", "НАПРАВЛЕНИЕ")
EMERGENCY_TITLE = Message("ШҰҒЫЛ МЕДИЦИНАЛЫҚ КӨМЕК", "ЭКСТРЕННАЯ МЕДИЦИНСКАЯ ПОМОЩЬ")
EMERGENCY_TEXT = Message(
    "Шұғыл көмек науқастың мәртебесі мен сақтандыруына қарамастан көрсетіледі.",
    "Экстренная помощь оказывается независимо от статуса и страхования пациента.",
)
SEXES = {"M": Message("ер", "муж."), "F": Message("әйел", "жен.")}
URGENCY = {
    "planned": Message("жоспарлы", "плановая"),
    "urgent": Message("кезек күттірмейтін", "неотложная"),
    "emergency": Message("шұғыл", "экстренная"),
}

# Labels: (Kazakh, Russian).
L_FORM = Message("Нысан", "Форма")
L_NUMBER = Message("№", "№")
L_DATE = Message("Берілген күні", "Дата выдачи")
L_VALID = Message("Жарамдылық мерзімі", "Действительно до")
L_BIN = Message("БСН", "БИН")
L_PHONE = Message("Тел.", "Тел.")
L_IIN = Message("ЖСН", "ИИН")
L_LOCAL_ID = Message("Жергілікті нөмір", "Местный номер")
L_NAME = Message("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество")
L_BIRTH_SEX = Message("Туған күні, жынысы", "Дата рождения, пол")
L_ADDRESS_PHONE = Message("Мекенжайы, телефоны", "Адрес, телефон")
L_ATTACHED = Message("Тіркелген МСАК ұйымы", "Организация ПМСП прикрепления")
L_STATUS = Message("Құқықтық мәртебесі", "Правовой статус")
L_FUNDING = Message("Қаржыландыру көзі және негіздемесі", "Источник финансирования и основание")
L_SERVICE = Message("Қызмет", "Услуга")
L_TARGET = Message("Жолданатын ұйым", "Куда направляется")
L_SPECIALIST = Message("Маман", "Специалист")
L_DIAGNOSIS = Message("Диагноз (АХЖ-10)", "Диагноз (МКБ-10)")
L_URGENCY = Message("Шұғылдығы", "Срочность")
L_DOCTOR = Message("Жолдаған дәрігер", "Направивший врач")
L_SIGNATURE = Message("Қолы", "Подпись")
L_STAMP = Message("М.О.", "М.П.")
L_HEAD = Message("Бөлім меңгерушісі", "Заведующий отделением")
L_PACK = Message("Ереже жинағы", "Пакет правил")
L_PAGE = Message("бет", "стр.")
L_CODE = Message("Жолдама нөмірі", "Номер направления")
DASH = "—"
_RULE_SIZE = 7.5  # the deciding rules under the funding, smaller than the values


def escape(text: str) -> str:
    """Paragraph markup escaping (&, <, >) for text typed by people."""
    return _html_escape(text, quote=False)


def both(msg: Message, sep: str = " / ") -> str:
    """A label in Kazakh and Russian; a label that reads the same in both is printed once."""
    return msg.kk if msg.kk == msg.ru else f"{msg.kk}{sep}{msg.ru}"


def _esc(text: str | None) -> str:
    return escape(text) if text else DASH


def _date(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else DASH


class _Styles:
    """Paragraph styles scaled to the paper: A5 slips use smaller type."""

    def __init__(self, paper: str):
        k = 1.0 if paper == "A4" else 0.82
        self.scale = k
        self.label = ParagraphStyle("label", fontName=REGULAR, fontSize=7.2 * k, leading=8.6 * k,
                                    textColor=GREY)
        self.value = ParagraphStyle("value", fontName=REGULAR, fontSize=9.5 * k, leading=11.8 * k)
        self.strong = ParagraphStyle("strong", parent=self.value, fontName=BOLD)
        self.org = ParagraphStyle("org", fontName=REGULAR, fontSize=8.2 * k, leading=10 * k)
        self.org_name = ParagraphStyle("orgname", parent=self.org, fontName=BOLD, fontSize=9 * k,
                                       leading=11 * k)
        self.form = ParagraphStyle("form", parent=self.org, alignment=TA_RIGHT)
        self.title = ParagraphStyle("title", fontName=BOLD, fontSize=15 * k, leading=19 * k,
                                    alignment=TA_CENTER, spaceBefore=4 * k, spaceAfter=1 * k)
        self.subtitle = ParagraphStyle("subtitle", fontName=REGULAR, fontSize=10 * k,
                                       leading=12.5 * k, alignment=TA_CENTER, spaceAfter=3 * k)
        self.copy = ParagraphStyle("copy", fontName=BOLD, fontSize=12 * k, leading=15 * k,
                                   alignment=TA_CENTER, textColor=COPY_RED)
        self.void = ParagraphStyle("void", fontName=BOLD, fontSize=18 * k, leading=22 * k,
                                   alignment=TA_CENTER, textColor=COPY_RED, borderColor=COPY_RED,
                                   borderWidth=1.5, borderPadding=(3 * k, 6 * k, 3 * k, 6 * k),
                                   spaceBefore=4 * k, spaceAfter=6 * k)
        self.emergency = ParagraphStyle("emergency", fontName=BOLD, fontSize=10.5 * k,
                                        leading=13 * k, alignment=TA_CENTER, textColor=COPY_RED)
        self.note = ParagraphStyle("note", fontName=REGULAR, fontSize=8.6 * k, leading=10.6 * k,
                                   alignment=TA_CENTER)
        self.small = ParagraphStyle("small", fontName=REGULAR, fontSize=7 * k, leading=8.4 * k,
                                    textColor=GREY)
        self.code = ParagraphStyle("code", fontName=BOLD, fontSize=9 * k, leading=11 * k,
                                   alignment=TA_CENTER)


def _table_style(commands: list[tuple]) -> TableStyle:
    # A table sets its cells' font even for Paragraph cells; its default is Helvetica (base-14).
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def _org_block(org: SlipOrganisation, st: _Styles) -> list[Flowable]:
    out = [Paragraph(_esc(org.name_kk), st.org_name)]
    if org.name_ru and org.name_ru != org.name_kk:
        out.append(Paragraph(_esc(org.name_ru), st.org_name))
    if org.bin:
        out.append(Paragraph(f"{both(L_BIN)}: {_esc(org.bin)}", st.org))
    if org.address:
        out.append(Paragraph(_esc(org.address), st.org))
    if org.phone:
        out.append(Paragraph(f"{both(L_PHONE)} {_esc(org.phone)}", st.org))
    return out


def _form_block(slip: SlipData, st: _Styles) -> list[Flowable]:
    return [
        Paragraph(f"<b>{L_FORM.kk} № {_esc(slip.form_code)}</b>", st.form),
        Paragraph(_esc(slip.form_order.kk), st.form),
        Spacer(1, 2),
        Paragraph(f"<b>{L_FORM.ru} № {_esc(slip.form_code)}</b>", st.form),
        Paragraph(_esc(slip.form_order.ru), st.form),
    ]


def _qr(slip: SlipData, st: _Styles) -> QrCode:
    side = 24 * mm * st.scale
    return _QrCode(slip.qr_payload(), width=side, height=side, qrLevel="M", qrBorder=2)


def _header(slip: SlipData, st: _Styles, width: float) -> Table:
    if slip.draft:  # a draft carries no machine-readable number
        row, widths = [_org_block(slip.referring_org, st), _form_block(slip, st)], [0.56, 0.44]
    else:
        row = [_org_block(slip.referring_org, st), _form_block(slip, st), _qr(slip, st)]
        widths = [0.49, 0.33, 0.18]
    table = Table([row], colWidths=[width * w for w in widths])
    table.setStyle(_table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (-1, 0), (-1, 0), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _title(slip: SlipData, st: _Styles) -> list[Flowable]:
    out: list[Flowable] = []
    if slip.voided:
        out.append(Paragraph(both(VOID_MARK), st.void))
        reason = (f"<br/>{both(L_REASON)}: <b>{_esc(slip.void_reason)}</b>"
                  if slip.void_reason else "")
        out.append(Paragraph(f"{escape(VOID_TEXT.kk)} / {escape(VOID_TEXT.ru)}{reason}", st.note))
    if slip.copy:
        out.append(Paragraph(both(COPY_MARK), st.copy))
    if slip.draft:
        out.append(Paragraph(both(DRAFT_MARK), st.copy))
    out.append(Paragraph(f"{both(REFERRAL)} № {escape(slip.number)}", st.title))
    out.append(Paragraph(f"{_esc(slip.title.kk)}<br/>{_esc(slip.title.ru)}", st.subtitle))
    valid = _date(slip.valid_until)
    if slip.emergency and slip.issued_time:
        # An emergency slip says when in the day it was issued (date and time, one A4 line);
        # each half of the line stays whole when it wraps on A5.
        def whole(html: str) -> str:
            return html.replace(" ", "&nbsp;")

        first = whole(f"{both(L_DATE)}: <b>{_date(slip.issued_on)} {escape(slip.issued_time)}</b>")
        second = whole(f"{both(L_VALID)}: <b>{valid}</b>")
        out.append(Paragraph(f"{first}&nbsp;&nbsp;&nbsp; {second}", st.note))
    else:
        out.append(Paragraph(
            f"{both(L_DATE)}: <b>{_date(slip.issued_on)}</b>"
            f"&nbsp;&nbsp;&nbsp;&nbsp;{both(L_VALID)}: <b>{valid}</b>", st.note))
    out.append(Spacer(1, 3 * st.scale))
    return out


def _bi(msg: Message | None) -> str:
    if msg is None:
        return DASH
    return _esc(msg.kk) if msg.kk == msg.ru else f"{_esc(msg.kk)} / {_esc(msg.ru)}"


def _target_text(org: SlipOrganisation | None) -> str:
    if org is None:
        return DASH
    parts = [_bi(Message(org.name_kk, org.name_ru))]
    if org.address:
        parts.append(_esc(org.address))
    return "<br/>".join(parts)


def _rules_text(slip: SlipData) -> str:
    if not slip.rules:
        return DASH
    lines = []
    for rule in slip.rules:
        # the citation as the desk renders it, in both languages (one text when they agree)
        kk, ru = rule.citation.kk, rule.citation.ru
        citation = _esc(kk) if kk == ru else f"{_esc(kk)} / {_esc(ru)}"
        lines.append(f"{_esc(rule.text.kk)} / {_esc(rule.text.ru)} "
                     f"<font color='#555555'>({citation})</font>")
    return "<br/>".join(lines)


def _diagnosis_text(slip: SlipData) -> str:
    parts = []
    if slip.diagnosis_icd:
        parts.append(f"<b>{escape(slip.diagnosis_icd)}</b>")
    if slip.diagnosis_text:
        parts.append(escape(slip.diagnosis_text))
    return " ".join(parts) if parts else DASH


def _doctor_text(slip: SlipData) -> str:
    name = _esc(slip.doctor_name)
    if slip.doctor_position:
        return f"{name}, {escape(slip.doctor_position)}"
    return name


def _birth_and_sex(slip: SlipData) -> str:
    sex = SEXES.get(slip.sex or "")
    return f"{_date(slip.birth_date)}, {_bi(sex) if sex else DASH}"


def _address_and_phone(slip: SlipData) -> str:
    address = _esc(slip.address)
    if slip.phone:
        return f"{address}; {both(L_PHONE)} {escape(slip.phone)}"
    return address


def _funding_text(slip: SlipData, st: _Styles) -> str:
    funding = f"<b>{_bi(slip.funding)}</b>"
    if not slip.rules:
        return funding
    return f"{funding}<br/><font size='{_RULE_SIZE * st.scale:.1f}'>{_rules_text(slip)}</font>"


def _rows(slip: SlipData, st: _Styles) -> list[tuple[Message, str, bool]]:
    """(label, value markup, emphasised) for the body table, in the order the rulebook gives for a slip."""
    id_label = L_IIN if slip.patient_iin or not slip.patient_local_id else L_LOCAL_ID
    return [
        (id_label, _esc(slip.patient_id_text), True),
        (L_NAME, _esc(slip.patient_name), True),
        (L_BIRTH_SEX, _birth_and_sex(slip), False),
        (L_ADDRESS_PHONE, _address_and_phone(slip), False),
        (L_ATTACHED, _bi(slip.attached_org), False),
        (L_STATUS, _bi(slip.legal_status), False),
        (L_FUNDING, _funding_text(slip, st), False),
        (L_SERVICE, _bi(slip.service), True),
        (L_TARGET, _target_text(slip.target_org), False),
        (L_SPECIALIST, _esc(slip.specialist), False),
        (L_DIAGNOSIS, _diagnosis_text(slip), False),
        (L_URGENCY, _bi(URGENCY.get(slip.urgency, URGENCY["planned"])), slip.emergency),
        (L_DOCTOR, _doctor_text(slip), False),
    ]


def _body(slip: SlipData, st: _Styles, width: float) -> Table:
    data = []
    for label, value, strong in _rows(slip, st):
        data.append([
            Paragraph(escape(both(label)), st.label),
            Paragraph(value, st.strong if strong else st.value),
        ])
    table = Table(data, colWidths=[width * 0.27, width * 0.73], repeatRows=0, splitByRow=1)
    table.setStyle(_table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2 * st.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6 * st.scale),
    ]))
    return table


def _emergency_box(slip: SlipData, st: _Styles, width: float) -> list[Flowable]:
    if not slip.emergency:
        return []
    cells: list[Flowable] = [
        Paragraph(f"{EMERGENCY_TITLE.kk}<br/>{EMERGENCY_TITLE.ru}", st.emergency),
        Paragraph(f"{escape(EMERGENCY_TEXT.kk)}<br/>{escape(EMERGENCY_TEXT.ru)}", st.note),
    ]
    for note in slip.notes:
        cells.append(Paragraph(f"<b>{escape(note.kk)}<br/>{escape(note.ru)}</b>", st.note))
    box = Table([[cells]], colWidths=[width])
    box.setStyle(_table_style([
        ("BOX", (0, 0), (-1, -1), 1, COPY_RED),
        ("BACKGROUND", (0, 0), (-1, -1), EMERGENCY_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return [Spacer(1, 4 * st.scale), box]


def _notes(slip: SlipData, st: _Styles) -> list[Flowable]:
    # Emergency notes are inside the emergency box; other funding notes follow the table.
    if slip.emergency or not slip.notes:
        return []
    return [Spacer(1, 3)] + [Paragraph(f"{escape(n.kk)} / {escape(n.ru)}", st.note) for n in slip.notes]


def _signatures(slip: SlipData, st: _Styles, width: float) -> Table:
    line = "_" * 22

    def cell(label: Message) -> Paragraph:
        return Paragraph(f"{escape(label.kk)} / {escape(label.ru)}<br/><br/>{line}", st.value)

    table = Table([[cell(Message(f"{L_DOCTOR.kk}, {L_SIGNATURE.kk.lower()}",
                                 f"{L_DOCTOR.ru}, {L_SIGNATURE.ru.lower()}")),
                    cell(Message(f"{L_HEAD.kk}, {L_SIGNATURE.kk.lower()}",
                                 f"{L_HEAD.ru}, {L_SIGNATURE.ru.lower()}")),
                    Paragraph(f"{both(L_STAMP)}", st.label)]],
                  colWidths=[width * 0.38, width * 0.38, width * 0.24],
                  rowHeights=[None])
    table.setStyle(_table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOX", (2, 0), (2, 0), 0.4, RULE),
        ("LEFTPADDING", (2, 0), (2, 0), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 14 * st.scale),
    ]))
    return table


class _QrCode(QrCode):
    """ReportLab's QR flowable, drawn as one filled path instead of one rectangle operator per
    run of modules: the same picture with a fraction of the PDF operators and time."""

    def __init__(self, value: str, **kw: object):
        super().__init__(value, **kw)
        self.qr = fast_encoder(self.qr)

    def draw(self) -> None:
        self.qr.make()
        count = self.qr.getModuleCount()
        cell = self.width / (count + self.qrBorder * 2.0)
        path = self.canv.beginPath()
        for r, row in enumerate(self.qr.modules):
            y = self.height - (r + self.qrBorder + 1) * cell
            c = 0
            for dark, run in groupby(bool(m) for m in row):
                length = len(list(run))
                if dark:
                    # A little taller than a module, so that rows meet without hairline gaps.
                    path.rect((c + self.qrBorder) * cell, y, length * cell, cell * 1.05)
                c += length
        # Non-zero winding: the overlapping strips must stay black (even-odd would punch holes).
        self.canv.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)


def _barcode(slip: SlipData, st: _Styles) -> list[Flowable]:
    if slip.draft:
        return [Paragraph(f"{escape(DRAFT_TEXT.kk)}<br/>{escape(DRAFT_TEXT.ru)}", st.note)]
    bar_width = 0.3 * mm if slip.paper == "A4" else 0.25 * mm
    barcode = Code128(slip.number, barHeight=9 * mm * st.scale, barWidth=bar_width,
                      humanReadable=0, quiet=0)
    barcode.hAlign = "CENTER"
    return [barcode, Spacer(1, 3 * st.scale)]


def _story(slip: SlipData, st: _Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [_header(slip, st, width)]
    story += _title(slip, st)
    story += _barcode(slip, st)
    story += _emergency_box(slip, st, width)
    if slip.emergency:
        story.append(Spacer(1, 4 * st.scale))
    story.append(_body(slip, st, width))
    story += _notes(slip, st)
    # The signature places move to the next page whole rather than split.
    story.append(KeepTogether([Spacer(1, 8 * st.scale), _signatures(slip, st, width)]))
    return story


def _page_furniture(slip: SlipData, st: _Styles):
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        page_w, page_h = doc.pagesize
        canvas.saveState()
        mark = (DRAFT_MARK if slip.draft else VOID_MARK if slip.voided
                else COPY_MARK if slip.copy else None)
        if mark is not None:
            # A watermark, so that a copy or a draft cannot be passed off as the original.
            canvas.setFillColor(COPY_RED, alpha=0.12)
            # as large as a copy's mark, smaller when a longer one would leave the page
            label = both(mark)
            room = min(page_w / cos(radians(35)), page_h / sin(radians(35)))  # the line at 35°
            fit = 0.9 * room / stringWidth(label, BOLD, 1)
            canvas.setFont(BOLD, min(54 * st.scale, fit))
            canvas.translate(page_w / 2, page_h / 2)
            canvas.rotate(35)
            canvas.drawCentredString(0, 0, label)
            canvas.rotate(-35)
            canvas.translate(-page_w / 2, -page_h / 2)
        canvas.setFillColor(GREY)
        canvas.setFont(REGULAR, 6.5 * st.scale)
        footer = f"{slip.number} · {both(L_PAGE)} {doc.page}"
        canvas.drawRightString(page_w - doc.rightMargin, doc.bottomMargin / 2, footer)
        canvas.drawString(doc.leftMargin, doc.bottomMargin / 2,
                          f"{both(L_PACK)}: {release_of(slip.rule_pack)} · Тіркеу")
        canvas.restoreState()

    return draw


def render_referral(slip: SlipData, *, invariant: bool = False) -> bytes:
    """The slip as PDF bytes. `invariant=True` fixes the creation date and document id, so the
    same slip gives byte-identical output (golden files, the register's content hash)."""
    if slip.paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {slip.paper!r}")
    register_fonts()
    st = _Styles(slip.paper)
    page = PAGES[slip.paper]
    margin = (12 if slip.paper == "A4" else 9) * mm
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin,
        bottomMargin=margin, title=f"{REFERRAL.kk} / {REFERRAL.ru} {slip.number}",
        author=slip.referring_org.name_ru or slip.referring_org.name_kk,
        subject=f"{slip.service_code} {slip.patient_id_text}", creator="Tirkeu",
        invariant=1 if invariant else 0,
        # The canvas's initial font would otherwise be Helvetica, a base-14 font without Kazakh.
        initialFontName=REGULAR,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="slip", frames=[frame], onPage=_page_furniture(slip, st))])
    doc.build(_story(slip, st, doc.width))
    return buf.getvalue()



# A slip of made-up content, rendered once per process by `warm_up`.
_SAMPLE = SlipData(
    number="T-2026-000000", issued_on=date(2026, 1, 1), form_code="001-3/у",
    form_order=Message("Бұйрық", "Приказ"), title=Message("Жолдама", "Направление"),
    referring_org=SlipOrganisation("Емхана", "Поликлиника", "000000000000", "Алматы", "+7"),
    patient_name="Әбілқасымова Ұлжан Ғалымқызы", service_code="diagnostics",
    service=Message("Диагностика", "Диагностика"), funding_code="tmkkk",
    funding=Message("ТМККК", "ГОБМП"), rule_pack="warm-up", patient_iin="900101400003",
    birth_date=date(1990, 1, 1), sex="F", address="Алматы", diagnosis_icd="I10",
    diagnosis_text="Қан қысымы", doctor_name="Дәрігер", doctor_position="Терапевт",
)
_warmed = False


def warm_up() -> None:
    """Pay the first slip's cost of a process (the fonts read and parsed, the layout, QR and
    barcode code loaded: some 300 ms, against some 50 ms for every slip after it) by rendering
    a sample once. A referral calls it before it takes its number, so the number's counter is
    never locked while fonts load."""
    global _warmed
    if not _warmed:
        render_referral(_SAMPLE, invariant=True)
        _warmed = True
