"""The desk's list of the day (visits, emergencies, referrals, registrations) as a PDF table."""

from __future__ import annotations

import io
from datetime import date
from html import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from domain import codes
from domain.messages import Message
from domain.names import shown_name
from reports.fonts import BOLD, REGULAR, register_fonts

TITLE = Message("Тіркеу орнының күндік тізімі", "Список регистратуры за день")
HEADS = (Message("Уақыты", "Время"), Message("Түрі", "Вид"), Message("Науқас", "Пациент"),
         Message("ЖСН / жергілікті нөмір", "ИИН / локальный номер"), Message("Қызмет", "Услуга"),
         Message("Қаржыландыру", "Оплата"), Message("Жолдама нөмірі", "Номер направления"))
KINDS = {"visit": Message("келу", "посещение"), "emergency": Message("шұғыл", "экстренно"),
         "referral": Message("жолдама", "направление"), "registration": Message("тіркеу", "регистрация")}
VOIDED = Message("күшін жойған", "аннулировано")
TOTALS = Message("Барлығы: {total}; шұғыл: {emergency}; жолдама: {referral}; тіркелген: {registration}",
                 "Всего: {total}; экстренных: {emergency}; направлений: {referral}; зарегистрировано: {registration}")
NOTHING = Message("Бұл күні жазба жоқ.", "За этот день записей нет.")
_SERVICES = codes.by_code(codes.SERVICES)


def render_day_list(rows, day: date, lang: str, clinic: str = "") -> bytes:
    """A landscape A4 table of the day's rows (domain words in `lang`), with the totals."""
    register_fonts()
    small = ParagraphStyle("cell", fontName=REGULAR, fontSize=8, leading=10)
    head = ParagraphStyle("head", parent=small, fontName=BOLD)
    title = ParagraphStyle("title", fontName=BOLD, fontSize=13, leading=16)
    plain = ParagraphStyle("plain", fontName=REGULAR, fontSize=9, leading=12)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, invariant=1,
                            title=TITLE.in_lang(lang))
    story = [Paragraph(escape(f"{TITLE.in_lang(lang)} — {day:%d.%m.%Y}"), title)]
    if clinic:
        story.append(Paragraph(escape(clinic), plain))
    story.append(Spacer(1, 4 * mm))
    if not rows:
        story.append(Paragraph(escape(NOTHING.in_lang(lang)), plain))
    else:
        data = [[Paragraph(escape(h.in_lang(lang)), head) for h in HEADS]]
        for r in rows:
            service = _SERVICES[r.service].name.in_lang(lang) if r.service in _SERVICES else ""
            funding = codes.FUNDINGS[r.funding].in_lang(lang) if r.funding in codes.FUNDINGS else ""
            kind = KINDS[r.kind].in_lang(lang)
            if r.voided:
                kind += f" ({VOIDED.in_lang(lang)})"
            cells = (r.at.strftime("%H:%M"), kind, shown_name(r.patient_name, lang), r.iin or r.local_id or "",
                     service, funding, r.referral_number or "")
            data.append([Paragraph(escape(c), small) for c in cells])
        widths = [17 * mm, 26 * mm, 50 * mm, 42 * mm, 59 * mm, 32 * mm, 44 * mm]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(table)
        story.append(Spacer(1, 3 * mm))
        count = {k: sum(1 for r in rows if r.kind == k) for k in KINDS}
        story.append(Paragraph(escape(TOTALS.format(total=len(rows), **count).in_lang(lang)), plain))
    doc.build(story)
    return out.getvalue()
