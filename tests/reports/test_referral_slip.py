"""The referral slip as a reader and a printer see it: text, fonts, layout, golden bytes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfbase.pdfmetrics import stringWidth

from domain.messages import Message
from reports.fonts import BOLD, REGULAR, register_fonts
from reports.referral_slip import render_referral
from reports.slip_data import SlipData
from tests.reports.conftest import planned_slip
from tests.reports.pdfcheck import BASE14, fonts_of, reader, text_of, text_positions

GOLDEN = Path(__file__).parent / "golden"
KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"


def test_text_carries_number_iin_icd_kazakh_name_both_languages_and_form_code(slip):
    text = re.sub(r"\s+", " ", text_of(render_referral(slip)))
    for expected in ("ALM05-2026-000042", "850515400001", "K80.1", "Нұрғалиева Әйгерім Сәкенқызы",
                     "001-3/у", "ҚР ДСМ-175/2020", "ЖОЛДАМА", "НАПРАВЛЕНИЕ",
                     "Тегі, аты, әкесінің аты", "Фамилия, имя, отчество",
                     "Жоспарлы стационарлық көмек", "Плановая госпитализация",
                     "МӘМС", "ОСМС", "22.11.2026", "22.12.2026", "15.05.1985",
                     "Городская клиническая больница №7", "Сейітқали Бауыржан Ерланұлы",
                     "123456789012", "М.О. / М.П.", "Пакет правил: 2026.11 "):
        assert expected in text, expected
    assert "3f9a2c1b" not in text  # the pack's content hash is the register's, not the reader's
    assert "КОПИЯ" not in text
    assert "ЭКСТРЕННАЯ" not in text


def test_every_kazakh_letter_survives_the_round_trip(slip):
    pdf = render_referral(replace(slip, diagnosis_text=KAZAKH_LETTERS))
    assert KAZAKH_LETTERS in text_of(pdf)


def test_fonts_are_embedded_and_no_base14_font_is_used(slip):
    for variant in (slip, slip.as_copy(), replace(slip, emergency=True, paper="A5")):
        fonts = fonts_of(render_referral(variant))
        assert fonts, "no font resources at all"
        for font in fonts:
            base = font["name"].lstrip("/").split("+")[-1]
            assert base not in BASE14, font
            assert base.startswith("DejaVuSans"), font
            assert font["embedded"], font


def test_copy_is_marked_in_both_languages_and_keeps_the_content(slip):
    original = text_of(render_referral(slip))
    copy = text_of(render_referral(slip.as_copy()))
    assert "КӨШІРМЕ / КОПИЯ" in copy
    for line in ("ALM05-2026-000042", "850515400001", "K80.1", "Нұрғалиева Әйгерім Сәкенқызы"):
        assert line in original and line in copy


def test_emergency_slip_states_emergency_care_and_its_funding_note(slip):
    note = Message("Өмірге төнген қауіп жойылғанға дейін тегін",
                   "Бесплатно до устранения угрозы жизни")
    emergency = replace(slip, emergency=True, urgency="emergency", notes=(note,),
                        funding_code="tmkkk", funding=Message("ТМККК (тегін)", "ГОБМП (бесплатно)"))
    text = text_of(render_referral(emergency))
    assert "ШҰҒЫЛ МЕДИЦИНАЛЫҚ КӨМЕК" in text
    assert "ЭКСТРЕННАЯ МЕДИЦИНСКАЯ ПОМОЩЬ" in text
    assert note.kk in text and note.ru in text
    assert "шұғыл / экстренная" in text
    assert "ГОБМП (бесплатно)" in text


def test_emergency_slip_shows_the_time_of_issue_and_a_planned_one_does_not(slip):
    emergency = replace(slip, emergency=True, urgency="emergency", issued_time="03:07")
    text = re.sub(r"\s+", " ", text_of(render_referral(emergency)))
    assert "Берілген күні / Дата выдачи: 22.11.2026 03:07" in text
    assert "Жарамдылық мерзімі / Действительно до: 22.12.2026" in text
    planned = re.sub(r"\s+", " ", text_of(render_referral(replace(slip, issued_time="03:07"))))
    assert "03:07" not in planned and "Дата выдачи: 22.11.2026 " in planned


def test_a_voided_slip_says_so_in_both_languages_with_its_reason(slip):
    voided = slip.as_voided("Басқа науқасқа берілді <қате>")
    text = re.sub(r"\s+", " ", text_of(render_referral(voided)))
    assert "ЖОЙЫЛДЫ / АННУЛИРОВАНО" in text
    assert "Басқа науқасқа берілді <қате>" in text  # the reason as typed, markup and all
    assert "Направление аннулировано" in text and "КӨШІРМЕ / КОПИЯ" in text
    plain = text_of(render_referral(slip.as_copy()))
    assert "ЖОЙЫЛДЫ" not in plain and "АННУЛИРОВАНО" not in plain


def test_non_emergency_notes_are_printed_too(slip):
    note = Message("Жолдама көрсетілгенде МӘМС төлейді", "Оплачивает ОСМС при наличии направления")
    text = text_of(render_referral(replace(slip, notes=(note,))))
    assert note.kk in text and note.ru in text


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("A5", A5)])
def test_paper_size_follows_the_setting(slip, paper, size):
    box = reader(render_referral(replace(slip, paper=paper))).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(size[0]), round(size[1]))


def test_unknown_paper_size_is_refused(slip):
    with pytest.raises(ValueError):
        render_referral(replace(slip, paper="Letter"))


def test_patient_without_iin_shows_the_local_number(slip):
    text = text_of(render_referral(replace(slip, patient_iin=None, patient_local_id="ALM05-2026-000007")))
    assert "ALM05-2026-000007" in text
    assert "Жергілікті нөмір" in text and "Местный номер" in text


def test_markup_characters_typed_by_people_are_printed_as_typed(slip):
    text = text_of(render_referral(replace(slip, diagnosis_text="<b>A & B</b> > C")))
    assert "<b>A & B</b> > C" in text


def test_qr_payload_carries_number_iin_date_and_service(slip):
    payload = slip.qr_payload().splitlines()
    assert payload == ["TIRKEU-REF", "N:ALM05-2026-000042", "IIN:850515400001", "D:2026-11-22",
                       "S:planned_inpatient"]


def _long_slip(paper: str) -> SlipData:
    word = "Қарағандыоблысыныңорталықауруханасыныңкардиологиялықбөлімшесі"  # one unbreakable token
    return planned_slip(
        paper=paper,
        patient_name="Нұрғалиева-Сейітқалиқызы Әйгерім-Гүлнұр Сәкенқызы " * 3,
        address="Қарағанды облысы, Қарқаралы ауданы, Егіндібұлақ ауылдық округі, "
                "Абай көшесі, 123-үй, 45-пәтер, " * 8,
        diagnosis_text="Созылмалы обструктивті өкпе ауруы, өршу кезеңі, тыныс жетіспеушілігі II дәреже; "
                       "Хроническая обструктивная болезнь лёгких, обострение " * 12 + word,
        specialist=word,
    )


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_long_names_addresses_and_diagnoses_wrap_inside_the_page(paper):
    register_fonts()
    slip = _long_slip(paper)
    pdf = render_referral(slip)
    width = (A4 if paper == "A4" else A5)[0]
    margin_pt = (12 if paper == "A4" else 9) * 72 / 25.4
    runs = text_positions(pdf)
    assert runs
    for _page, x, _y, text, size, bold in runs:
        right = x + stringWidth(text, BOLD if bold else REGULAR, size)
        assert x >= margin_pt - 1, (x, text)
        assert right <= width - margin_pt + 2, (right, text)
    text = re.sub(r"\s+", " ", text_of(pdf))
    assert "Абай көшесі, 123-үй, 45-пәтер" in text
    assert "обострение" in text
    # The signature places and the codes are pushed onward, never drawn over the table.
    assert len(reader(pdf).pages) >= 2
    assert "М.О. / М.П." in text_of(pdf)


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_body_lines_never_share_a_baseline_within_a_column(paper):
    slip = _long_slip(paper)
    runs = text_positions(render_referral(slip))
    lines: dict[tuple[int, float], set[float]] = {}
    for page, x, y, *_rest in runs:
        lines.setdefault((page, round(x, 1)), set()).add(round(y, 1))
    for (_page, _x), ys in lines.items():
        ordered = sorted(ys)
        gaps = [b - a for a, b in zip(ordered, ordered[1:], strict=False)]
        assert all(g >= 5 for g in gaps), gaps


def test_invariant_mode_gives_identical_bytes(slip):
    assert render_referral(slip, invariant=True) == render_referral(slip, invariant=True)
    assert b"D:20000101000000" in render_referral(slip, invariant=True)


@pytest.mark.parametrize("name", ["planned_a4", "emergency_a5_copy"])
def test_golden_files(name, tmp_path):
    slip = planned_slip()
    if name == "emergency_a5_copy":
        slip = replace(slip, paper="A5", copy=True, emergency=True, urgency="emergency",
                       issued_time="14:35", notes=(Message("Өмірге төнген қауіп жойылғанға дейін тегін",
                                      "Бесплатно до устранения угрозы жизни"),))
    pdf = render_referral(slip, invariant=True)
    golden = GOLDEN / f"{name}.pdf"
    if os.environ.get("TIRKEU_UPDATE_GOLDEN") == "1":
        golden.write_bytes(pdf)
    actual = tmp_path / f"{name}.pdf"
    actual.write_bytes(pdf)
    assert golden.read_bytes() == pdf, f"differs from {golden.name}; new output in {actual}"


def test_slip_is_small(slip):
    assert len(render_referral(slip)) <= 100 * 1024


@pytest.mark.skipif(not (shutil.which("zbarimg") and shutil.which("pdftoppm")),
                    reason="needs zbarimg and pdftoppm to read the printed codes back")
@pytest.mark.parametrize(("paper", "dpi"), [("A4", 200), ("A4", 600), ("A5", 300)])
def test_printed_qr_and_barcode_read_back(slip, tmp_path, paper, dpi):
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(render_referral(replace(slip, paper=paper)))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(str(p) for p in tmp_path.glob("page*.png"))
    found = subprocess.run(["zbarimg", "-q", "--raw", *pages], capture_output=True, text=True).stdout
    assert slip.qr_payload() in found
    assert found.count("ALM05-2026-000042") >= 2  # in the QR payload and as the Code128 symbol


@pytest.mark.skipif(not (shutil.which("zbarimg") and shutil.which("pdftoppm")),
                    reason="needs zbarimg and pdftoppm to read the printed codes back")
def test_qr_codes_of_many_slips_read_back(tmp_path):
    slips = [planned_slip(number=f"{site}-{year}-{seq:06d}", patient_iin=iin, service_code=service)
             for site, year, seq, iin, service in [
                 ("A1", 2026, 1, "850515400012", "diagnostics"),
                 ("SELF7F3A", 2027, 999999, "010304500126", "rehabilitation"),
                 ("KZ123456789", 2026, 314, "900102300072", "specialist_consult"),
                 ("B", 2030, 42, "850515400001", "home_hospital")]]
    for i, slip in enumerate(slips):
        (tmp_path / f"{i}.pdf").write_bytes(render_referral(slip))
        subprocess.run(["pdftoppm", "-r", "200", "-png", str(tmp_path / f"{i}.pdf"),
                        str(tmp_path / f"p{i}")], check=True)
        pages = sorted(str(p) for p in tmp_path.glob(f"p{i}*.png"))
        found = subprocess.run(["zbarimg", "-q", "--raw", *pages], capture_output=True,
                               text=True).stdout
        assert slip.qr_payload() in found, slip.number


def test_a_rule_prints_its_citation_in_both_languages_without_source_tags(slip):
    from domain.rulepack import load_rule_pack

    pack = load_rule_pack()
    rule = pack.fired["tmkkk.phc_visit_2027"]
    text = re.sub(r"\s+", " ", text_of(render_referral(replace(slip, rules=(rule,)))))
    assert rule.citation.kk != rule.citation.ru
    for shown in (rule.text.kk, rule.text.ru, "№ 1086 қаулысы", "№ 1086 (перечень ГОБМП с 2027 года)"):
        assert shown in text, shown
    assert not re.search(r"\[(S\d|L)|\bS[0-4]\b", text)


def test_a_slip_keeps_both_renderings_when_stored_and_reads_an_older_one():
    from domain.decision import FiredRule
    from reports.slip_data import slip_from_json, slip_to_json

    bilingual = FiredRule("mams.list", Message("ҚР Үкіметінің қаулысы", "Постановление Правительства"),
                          Message("МӘМС", "ОСМС"), False, Message("себеп", "причина"))
    slip = replace(planned_slip(), rules=(bilingual,))
    stored = slip_to_json(slip)
    assert stored["rules"][0]["citation"] == {"kk": "ҚР Үкіметінің қаулысы", "ru": "Постановление Правительства"}
    assert slip_from_json(stored).rules[0].citation == bilingual.citation
    stored["rules"][0]["citation"] = "S2 item 4(2)"  # a slip stored before the renderings: reprinted as it was
    assert slip_from_json(stored).rules[0].citation == Message("S2 item 4(2)", "S2 item 4(2)")
