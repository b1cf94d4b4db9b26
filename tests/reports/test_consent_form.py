"""The consent form printed for signing: in the language chosen, filled in with the patient and
the clinic, every scope with its box, the shipped fonts only."""

from __future__ import annotations

from datetime import date

import pytest

from db.engine import open_database, session_factory
from domain.consent import SCOPE_NAMES, SCOPES
from reports.consent_form import BOX, ConsentForm, render_consent_form
from services.consent import consent_form
from tests.reports.pdfcheck import BASE14, fonts_of, reader, text_of
from tests.reports.sample_clinic import AIGERIM_IIN, fill_clinic


def _flat(pdf: bytes) -> str:
    return " ".join(text_of(pdf).split())


@pytest.mark.parametrize("lang, title, clinic, law, other_title", [
    ("kk", "ДЕРБЕС ДЕРЕКТЕРДІ ЖИНАУҒА ЖӘНЕ ӨҢДЕУГЕ КЕЛІСІМ", "«Алматы қалалық №5 емханасы» ШЖҚ КМК",
     "«Дербес деректер және оларды қорғау туралы»", "СОГЛАСИЕ НА СБОР"),
    ("ru", "СОГЛАСИЕ НА СБОР И ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ",
     "КГП на ПХВ «Городская поликлиника №5» г. Алматы", "«О персональных данных и их защите»",
     "ДЕРБЕС ДЕРЕКТЕРДІ"),
])
def test_the_form_from_the_database_names_patient_clinic_and_scopes(db_url, lang, title, clinic, law,
                                                                   other_title):
    ids = fill_clinic(db_url)
    engine = open_database(db_url)
    try:
        with session_factory(engine)() as s:
            pdf = consent_form(s, ids[AIGERIM_IIN], lang, on=date(2026, 12, 1))
    finally:
        engine.dispose()
    text = _flat(pdf)
    for needle in (title, clinic, law, "Нұрғалиева Әйгерім Сәкенқызы", AIGERIM_IIN, "15.05.1985",
                   "Әл-Фараби даңғылы", "123456789012", "01.12.2026"):
        assert needle in text, needle
    for scope in SCOPES:
        assert " ".join(SCOPE_NAMES[scope].in_lang(lang).split()) in text, scope
    assert text.count(BOX) == len(SCOPES)
    assert other_title not in text  # one language per form
    assert len(reader(pdf).pages) == 1
    assert not {f["name"].split("+")[-1] for f in fonts_of(pdf)} & BASE14
    assert all(f["embedded"] for f in fonts_of(pdf))


def test_a_patient_without_an_iin_gets_the_local_number_and_a_long_address_wraps():
    form = ConsentForm(clinic_name="Емхана", patient_name="Белгісіз Әлия", patient_local_id="KAE01-000017",
                       address="Түркістан облысы, " * 12, on=date(2026, 12, 1), lang="kk")
    pdf = render_consent_form(form, invariant=True)
    text = _flat(pdf)
    assert "Жергілікті нөмір KAE01-000017" in text and "ЖСН" not in text.split("Мен,")[0]
    assert len(reader(pdf).pages) == 1
    assert render_consent_form(form, invariant=True) == pdf
