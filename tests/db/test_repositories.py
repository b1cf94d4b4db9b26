"""Patients and organisations through the repository, on a real SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from sqlalchemy import update

from db import models as m
from db.engine import open_database, session_factory
from db.repositories import (
    delete_patient,
    find_by_iin,
    find_hit_by_iin,
    find_organisation,
    list_organisations,
    load_patient,
    save_organisation,
    save_patient,
    self_organisation,
)
from db.settings import ensure_site_prefix
from domain import records as r
from domain.messages import BadInput


@pytest.fixture
def make(db_url):
    engine = open_database(db_url)
    yield session_factory(engine)
    engine.dispose()


def _patient(**kw) -> r.Patient:
    base = dict(
        surname="Нұрғалиева", given_name="Әйгерім", patronymic="Сәкенқызы",
        latin_surname="NURGALIYEVA", latin_given_name="AIGERIM",
        iin="850515400019", birth_date=date(1985, 5, 15), sex="F", citizenship="KAZ",
        address="Алматы, Абай к-сі 1", phone="+7 701 000 00 00", attached_org="PHC1",
        legal_status=r.LegalStatus("citizen", date(1985, 5, 15), basis=r.IdentityDocument(
            "id_card", "045678912", date(2020, 1, 1), date(2030, 1, 1), "МВД РК")),
        documents=[r.IdentityDocument("id_card", "045678912", date(2020, 1, 1), date(2030, 1, 1),
                                      "МВД РК")],
        fund_checks=[r.FundCheck(True, datetime(2026, 11, 1, 9, 30), "fund_service")],
        categories=[r.CategoryGrant("pregnant", date(2026, 6, 1), None)],
        payments=[r.PaymentPeriod("employee", "2024-01", "2026-10")],
        conditions=[r.Diagnosis("e11.9", date(2019, 3, 1), True)],
        pregnant=True, vhi_until=date(2027, 1, 1),
    )
    base.update(kw)
    return r.Patient(**base)


def test_a_patient_comes_back_with_all_evidence(make):
    with make() as s:
        save_organisation(s, r.Organisation("PHC1", "№1 ЕЕК", "ГП №1", "phc"))
        pid = save_patient(s, _patient(), site="ALM01")
        s.commit()
    with make() as s:
        got = load_patient(s, pid)
    assert got.full_name == "Нұрғалиева Әйгерім Сәкенқызы" and got.iin == "850515400019"
    assert got.attached_org == "PHC1" and got.citizenship == "KAZ"
    assert got.legal_status.status == "citizen" and got.legal_status.basis.number == "045678912"
    assert [d.number for d in got.documents] == ["045678912"]  # the basis is not stored twice
    assert got.fund_checks == [r.FundCheck(True, datetime(2026, 11, 1, 9, 30), "fund_service")]
    assert got.categories == [r.CategoryGrant("pregnant", date(2026, 6, 1), None)]
    assert got.payments == [r.PaymentPeriod("employee", "2024-01", "2026-10")]
    assert got.conditions == [r.Diagnosis("E11.9", date(2019, 3, 1), True)]
    assert got.pregnant and got.vhi_until == date(2027, 1, 1) and got.uuid


def test_an_update_replaces_evidence_and_keeps_history_as_tombstones(make, db_url):
    with make() as s:
        rec = _patient()
        pid = save_patient(s, rec)
        s.commit()
        rec.conditions = [r.Diagnosis("I10", None, True)]
        rec.legal_status = r.LegalStatus("permit_holder", date(2026, 1, 1))
        assert save_patient(s, rec) == pid
        s.commit()
    with make() as s:
        got = load_patient(s, pid)
    assert [c.code for c in got.conditions] == ["I10"]
    assert got.legal_status.status == "permit_holder"
    con = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    assert con.execute("SELECT count(*), sum(deleted) FROM conditions WHERE patient_id = ?",
                       (pid,)).fetchone() == (2, 1)
    assert con.execute("SELECT version, status FROM patients WHERE id = ?", (pid,)).fetchone() == (
        2, "permit_holder")
    con.close()


@pytest.mark.parametrize("lang_text", ["kk", "ru"])
def test_a_second_patient_with_the_same_iin_is_refused_in_both_languages(make, lang_text):
    with make() as s:
        first = save_patient(s, _patient())
        s.commit()
        with pytest.raises(BadInput) as err:
            save_patient(s, _patient(surname="Басқа", given_name="Адам"))
        assert err.value.field == "iin"
        text = err.value.in_lang(lang_text)
        assert "850515400019" in text and "Нұрғалиева" in text
        s.rollback()
        assert find_by_iin(s, "850515400019").id == first


def test_the_database_itself_refuses_a_duplicate_iin(db_url):
    engine = open_database(db_url)
    with session_factory(engine)() as s:
        save_patient(s, _patient())
        s.commit()
    engine.dispose()
    con = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    with pytest.raises(sqlite3.IntegrityError):
        con.execute(
            "INSERT INTO patients (uuid, updated_at, version, origin_site, deleted, iin, surname, "
            "given_name, pregnant, palliative, search_key, created_at) VALUES ('x', "
            "'2026-01-01', 1, '', 0, '850515400019', 'Басқа', 'Адам', 0, 0, '', '2026-01-01')")
    con.close()


def test_bad_identity_is_refused_before_anything_is_written(make):
    with make() as s:
        with pytest.raises(BadInput) as err:
            save_patient(s, _patient(iin="85051540001"))
        assert err.value.field == "iin" and "12" in err.value.in_lang("ru")
        with pytest.raises(BadInput) as err:
            save_patient(s, _patient(surname=" "))
        assert err.value.field == "surname"
        with pytest.raises(BadInput):
            save_patient(s, _patient(id=999))
        s.rollback()
        assert find_by_iin(s, "850515400019") is None


def test_patients_without_an_iin_get_consecutive_local_numbers(make):
    year = date.today().year
    with make() as s:
        a = _patient(iin=None)
        b = _patient(iin=None, given_name="Гүлнұр")
        save_patient(s, a, site="ALM01")
        save_patient(s, b, site="ALM01")
        c = _patient(iin=None)
        save_patient(s, c)
        s.commit()
        assert (a.local_id, b.local_id) == (f"ALM01-{year}-000001", f"ALM01-{year}-000002")
        # no site named: the desk's own prefix, the one referrals are numbered with
        assert c.local_id == f"{ensure_site_prefix(s)}-{year}-000001"
        a.phone = "+7 777 111 22 33"
        save_patient(s, a, site="ALM01")  # an edit keeps the number
        s.commit()
        assert load_patient(s, a.id).local_id == f"ALM01-{year}-000001"


def test_find_hit_by_iin_is_the_list_row_and_ignores_tombstones(make):
    with make() as s:
        pid = save_patient(s, _patient(legal_status=r.LegalStatus("citizen")))
        s.commit()
        hit = find_hit_by_iin(s, "850515400019")
        assert hit.as_json() == {"id": pid, "iin": "850515400019",
                                 "full_name": "Нұрғалиева Әйгерім Сәкенқызы",
                                 "birth_date": "1985-05-15", "sex": "F", "status": "citizen"}
        assert find_hit_by_iin(s, "850515400027") is None
        delete_patient(s, pid)
        s.commit()
        assert find_hit_by_iin(s, "850515400019") is None
        assert find_by_iin(s, "850515400019") is None and load_patient(s, pid) is None
        with pytest.raises(BadInput):
            delete_patient(s, pid)


def test_organisations_by_code_and_the_clinic_itself(make):
    with make() as s:
        save_organisation(s, r.Organisation("SELF", "Емхана", "Поликлиника", "clinic", "123456789012",
                                            is_self=True))
        save_organisation(s, r.Organisation("HOSP", "Аурухана", "Больница", "hospital"))
        save_organisation(s, r.Organisation("HOSP", "Қалалық аурухана", "Городская больница",
                                            "hospital"))
        s.commit()
        assert self_organisation(s).code == "SELF" and self_organisation(s).bin == "123456789012"
        assert find_organisation(s, "HOSP").name_ru == "Городская больница"
        assert find_organisation(s, "NONE") is None
        assert [o.code for o in list_organisations(s)] == ["SELF", "HOSP"]
        # A removed organisation is no longer a referral target.
        s.execute(update(m.OrganisationRecord).where(m.OrganisationRecord.code == "HOSP")
                  .values(deleted=True))
        assert find_organisation(s, "HOSP") is None
