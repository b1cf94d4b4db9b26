"""Duplicate checks at registration: same IIN refused, same person in another spelling warned."""

from __future__ import annotations

from datetime import date

import pytest

from db.duplicates import find_duplicates
from db.engine import open_database, session_factory
from db.repositories import delete_patient, save_patient
from domain.messages import BadInput
from domain.records import Patient


@pytest.fixture
def session(db_url):
    engine = open_database(db_url)
    with session_factory(engine)() as s:
        yield s
    engine.dispose()


@pytest.fixture
def known(session):
    ids = {
        "nurlan": save_patient(session, Patient(
            "Нұрланов", "Нұрлан", "Серікұлы", iin="850515300006", birth_date=date(1985, 5, 15),
            sex="M")),
        "other_day": save_patient(session, Patient(
            "Нұрланов", "Нұрлан", "Серікұлы", birth_date=date(1985, 5, 16), sex="M")),
        "other_name": save_patient(session, Patient(
            "Нұрланов", "Ерлан", None, birth_date=date(1985, 5, 15), sex="M")),
        "shynar": save_patient(session, Patient(
            "Әбдірахманова", "Шынар", None, "ABDIRAKHMANOVA", "SHYNAR",
            birth_date=date(1978, 11, 30), sex="F")),
    }
    session.commit()
    return ids


@pytest.mark.parametrize("surname,given", [
    ("Нурланов", "Нурлан"), ("Nurlanov", "Nurlan"), ("NURLANOV", "NURLAN"),
    ("Нурланов", "Нурлон"),  # a typo at the desk
    ("Нурлан", "Нурланов"),  # surname and name swapped
])
def test_the_same_person_in_another_spelling_and_same_birth_date_is_a_candidate(
        session, known, surname, given):
    rec = Patient(surname, given, None, birth_date=date(1985, 5, 15), sex="M")
    hits = find_duplicates(session, rec)
    assert [h.id for h in hits] == [known["nurlan"]]
    assert hits[0].as_json()["full_name"] == "Нұрланов Нұрлан Серікұлы"


def test_latin_names_of_the_new_record_count_too(session, known):
    rec = Patient("Абдрахманова", "Шинар", None, "ABDIRAKHMANOVA", "SHYNAR",
                        birth_date=date(1978, 11, 30), sex="F")
    assert [h.id for h in find_duplicates(session, rec)] == [known["shynar"]]


def test_no_warning_for_another_birth_date_or_another_person(session, known):
    assert find_duplicates(session, Patient("Нурланов", "Нурлан", birth_date=date(1990, 1, 1))) == []
    assert find_duplicates(session, Patient("Касымов", "Бакыт", birth_date=date(1985, 5, 15))) == []
    assert find_duplicates(session, Patient("Нурланов", "Нурлан")) == []  # no date: no basis


def test_the_same_iin_is_refused_with_the_holder_named(session, known):
    with pytest.raises(BadInput) as err:
        find_duplicates(session, Patient("Басқа", "Адам", iin="850515300006"))
    assert err.value.field == "iin"
    assert "Нұрланов Нұрлан" in err.value.in_lang("kk") and "15.05.1985" in err.value.in_lang("ru")


def test_editing_a_patient_does_not_warn_about_itself(session, known):
    rec = Patient("Нұрланов", "Нұрлан", "Серікұлы", iin="850515300006",
                        birth_date=date(1985, 5, 15), sex="M", id=known["nurlan"])
    assert find_duplicates(session, rec) == []


def test_tombstoned_patients_are_no_duplicates(session, known):
    delete_patient(session, known["nurlan"])
    session.commit()
    rec = Patient("Нурланов", "Нурлан", None, iin="850515300006", birth_date=date(1985, 5, 15))
    assert find_duplicates(session, rec) == []
