"""The visit's own facts at the desk: a suspected diagnosis, the risk
confirmed, attached here (derived from the records), on a real SQLite file."""

from __future__ import annotations

from datetime import date

import pytest

from db.engine import open_database, session_factory
from db.models import OrganisationRecord
from db.repositories import save_patient
from domain.messages import BadInput
from domain.records import LegalStatus, Patient
from services import desk
from services.referrals import ReferralRequest, decide_for, referral_context, specialty_code

ON = date(2026, 3, 1)


@pytest.fixture
def clinic(db_url):
    engine = open_database(db_url)
    make = session_factory(engine)
    with make.begin() as s:
        s.add_all([OrganisationRecord(code="SELF", name_kk="Емхана", name_ru="Поликлиника",
                                      kind="clinic", bin="123456789012", is_self=True),
                   OrganisationRecord(code="P2", name_kk="Басқа емхана", name_ru="Другая поликлиника",
                                      kind="clinic")])
        s.flush()
        ids = {key: save_patient(s, Patient("Сапарова", "Гүлнар", birth_date=date(1980, 1, 1), sex="F",
                                            legal_status=LegalStatus("citizen"), attached_org=org))
               for key, org in (("here", "SELF"), ("elsewhere", "P2"), ("unknown", None))}
    yield make, ids
    engine.dispose()


def test_attached_here_is_derived_from_the_patients_organisation(clinic):
    make, ids = clinic
    with make() as s:
        seen = {key: desk.open_card(s, pid, ON).attachment for key, pid in ids.items()}
    assert (seen["here"].attached_here, seen["here"].basis) == (True, "here")
    assert (seen["elsewhere"].attached_here, seen["elsewhere"].basis) == (False, "elsewhere")
    assert seen["elsewhere"].patient_org == ("Басқа емхана", "Другая поликлиника")
    assert (seen["unknown"].attached_here, seen["unknown"].basis) == (True, "not_recorded")
    with make() as s:
        assert referral_context(s, ids["elsewhere"]).attachment.basis == "elsewhere"


def test_a_suspicion_changes_the_coverage_and_a_bad_code_is_refused(clinic):
    make, ids = clinic
    with make() as s:
        plain = {r.service: r.decision.funding for r in desk.coverage_for(s, ids["here"], ON).rows}
        suspected = desk.coverage_for(s, ids["here"], ON, desk.VisitInputs(suspected="c50"))
        with pytest.raises(BadInput) as refused:
            desk.coverage_for(s, ids["here"], ON, desk.VisitInputs(suspected="cancer"))
    assert plain["specialist_consult"] == "paid" and plain["diagnostics"] == "paid"
    funded = {r.service: r.decision.funding for r in suspected.rows}
    assert funded["specialist_consult"] == "tmkkk" and funded["diagnostics"] == "tmkkk"
    assert funded["procedures"] == "paid"  # the suspicion reaches consultation and diagnostics only
    assert suspected.visit.suspected == "C50"
    assert refused.value.field == "suspected"


def test_the_derived_attachment_decides_unless_overridden(clinic):
    make, ids = clinic
    with make() as s:
        elsewhere = referral_context(s, ids["elsewhere"])
    request = ReferralRequest("specialist_consult", specialist="Акушер-гинеколог")
    patient = elsewhere.patient
    assert decide_for(patient, request, ON, elsewhere.attachment).referral == "present"
    forced = ReferralRequest("specialist_consult", specialist="акушер-гинеколог", attached_here=True)
    assert decide_for(patient, forced, ON, elsewhere.attachment).referral == "not_needed"


def test_specialists_are_read_in_either_language():
    assert specialty_code("Онколог ") == "oncologist"
    assert specialty_code("hematologist") == "hematologist"
    assert specialty_code("кардиолог") == "кардиолог"
    assert specialty_code("  ") is None


def test_pack_details_are_for_the_date_and_the_release_hides_the_hash():
    details = desk.pack_details(date(2027, 3, 1))
    assert details.content_hash in details.version and details.content_hash not in details.release
    assert "tmkkk.phc_visit_2027" in {d.id for d in details.unconfirmed}
    assert "tmkkk.phc_visit_2027" not in {d.id for d in desk.pack_details(date(2026, 3, 1)).unconfirmed}
    assert all(not d.verified for d in details.unconfirmed)
