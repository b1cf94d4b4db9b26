"""Issuing and reprinting referrals through the services layer, on a real SQLite file.

The decision is passed in here so that these tests pin the slip and register behaviour; the
command-line tests (test_referral_cli.py) go through the rule pack."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from db.engine import open_database, session_factory
from db.referrals import get_referral, prints_of
from domain.decision import Decision, FiredRule
from domain.messages import BadInput, Message
from services.pdf_files import check_output_path, write_pdf
from services.referrals import (
    ReferralRequest,
    clinic_settings,
    issue_referral,
    preview_referral,
    reprint_referral,
    target_organisations,
    update_clinic_settings,
    verify_referral,
)
from tests.helpers import acting
from tests.reports.pdfcheck import text_of
from tests.reports.sample_clinic import AIGERIM_IIN, FOREIGNER_IIN, fill_clinic

ON = date(2026, 11, 22)


def decision(service: str, funding: str = "mams", emergency: bool = False, notes=()) -> Decision:
    rule = FiredRule("mams.list", "S2 item 4(2)", Message("МӘМС тізіміндегі қызмет", "Услуга из перечня ОСМС"))
    return Decision(service=service, on=ON, funding=funding, emergency=emergency, referral="present",
                    insured=True, status_class="resident", rules=(rule,), rule_pack="2026.11-3f9a2c1b",
                    notes=tuple(notes))


@pytest.fixture
def clinic(db_url):
    return fill_clinic(db_url)


def flat(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", text_of(pdf))


def unit(db_url, fn, by=None):
    """What a composition root does: open the database, run one use case in one unit of work
    (committed when it returns), close the database; `by`: the signed-in person acting (an
    Actor or a login), else the command line's user."""
    engine = open_database(db_url, create=False)
    try:
        with session_factory(engine).begin() as session:
            if by is not None:
                acting(session, by)
            return fn(session)
    finally:
        engine.dispose()


def issue(db_url, key, service, *, out=None, by=None, **kwargs):
    """Issue as the command line does: the path checked first, the PDF written after the commit."""
    path = check_output_path(out) if out is not None else None
    issued = unit(db_url, lambda s: issue_referral(s, key, service, **kwargs), by)
    if path is not None:
        write_pdf(path, issued.pdf)
    return replace(issued, path=path)


def reprint(db_url, number, *, out=None, by=None, **kwargs):
    path = check_output_path(out) if out is not None else None
    copy = unit(db_url, lambda s: reprint_referral(s, number, **kwargs), by)
    if path is not None:
        write_pdf(path, copy.pdf)
    return replace(copy, path=path)


def test_issue_records_the_referral_and_writes_the_pdf(db_url, clinic, tmp_path):
    out = tmp_path / "slip.pdf"
    issued = issue(db_url, AIGERIM_IIN, "planned_inpatient", diagnosis="k80.1",
                   diagnosis_text="Өт тас ауруы", to="H7", on=ON, by="desk1",
                   out=out, decision=decision("planned_inpatient"))
    assert re.fullmatch(r"SELF[0-9A-F]{4}-2026-000001", issued.number)
    assert issued.funding == "mams"
    assert out.read_bytes() == issued.pdf
    assert issued.as_json() == {"number": issued.number, "path": str(out), "funding": "mams"}
    text = flat(issued.pdf)
    for expected in (issued.number, AIGERIM_IIN, "K80.1", "Нұрғалиева Әйгерім Сәкенқызы", "001-3/у",
                     "Жоспарлы стационарлық емдеуге жолдама", "Направление на плановую госпитализацию",
                     "Городская клиническая больница №7", "КГП на ПХВ «Городская поликлиника №5»",
                     "ҚР азаматы / Гражданин РК", "МӘМС / ОСМС", "22.12.2026"):
        assert expected in text, expected
    engine = open_database(db_url)
    with session_factory(engine)() as s:
        entry = get_referral(s, issued.number)
        assert entry.patient_id == clinic[AIGERIM_IIN]
        assert (entry.service, entry.funding, entry.rule_pack) == ("planned_inpatient", "mams", "2026.11-3f9a2c1b")
        assert entry.rules == [{"id": "mams.list", "citation": "S2 item 4(2)",
                                "text": {"kk": "МӘМС тізіміндегі қызмет", "ru": "Услуга из перечня ОСМС"},
                                "verified": True}]
        assert (entry.target_org_code, entry.diagnosis_icd, entry.form_code) == ("H7", "K80.1", "001-3/у")
        assert entry.pdf_sha256 == hashlib.sha256(issued.pdf).hexdigest()
        assert [p.copy for p in prints_of(s, issued.number)] == [False]
    engine.dispose()


def test_numbers_follow_each_other_and_the_year(db_url, clinic):
    first = issue(db_url, AIGERIM_IIN, "diagnostics", on=ON, decision=decision("diagnostics"))
    second = issue(db_url, clinic[AIGERIM_IIN], "diagnostics", on=ON, decision=decision("diagnostics"))
    next_year = issue(db_url, AIGERIM_IIN, "diagnostics", on=date(2027, 1, 3),
                      decision=decision("diagnostics"))
    prefix = first.number.split("-")[0]
    assert [first.number, second.number, next_year.number] == [
        f"{prefix}-2026-000001", f"{prefix}-2026-000002", f"{prefix}-2027-000001"]


def test_reprint_is_the_same_slip_marked_copy_and_is_recorded(db_url, clinic, tmp_path):
    issued = issue(db_url, AIGERIM_IIN, "specialist_consult", diagnosis="E11.9", on=ON,
                   specialist="эндокринолог", decision=decision("specialist_consult"), by="desk1")
    # The patient's data may change later; the copy still shows what was issued.
    engine = open_database(db_url)
    with session_factory(engine)() as s:
        from db.models import PatientRecord as Row
        s.get(Row, clinic[AIGERIM_IIN]).address = "Астана қ., жаңа мекенжай"
        s.commit()
    engine.dispose()
    copy = reprint(db_url, issued.number, by="desk2", out=tmp_path / "copy.pdf")
    original_text, copy_text = flat(issued.pdf), flat(copy.pdf)
    assert "КӨШІРМЕ / КОПИЯ" in copy_text and "КОПИЯ" not in original_text
    assert copy_text.replace("КӨШІРМЕ / КОПИЯ ", "") == original_text
    assert "Астана" not in copy_text
    assert (tmp_path / "copy.pdf").read_bytes() == copy.pdf
    engine = open_database(db_url)
    with session_factory(engine)() as s:
        prints = prints_of(s, issued.number)
    engine.dispose()
    assert [(p.copy, p.operator) for p in prints] == [(False, "desk1"), (True, "desk2")]
    assert prints[1].pdf_sha256 == hashlib.sha256(copy.pdf).hexdigest() != prints[0].pdf_sha256
    assert unit(db_url, lambda s: verify_referral(s, issued.number)) is True


def test_consultation_and_diagnostics_use_the_configured_form_codes(db_url, clinic):
    settings = unit(db_url, clinic_settings)
    settings.form_code_consultation = "КДК-7/у"
    settings.form_code_diagnostics = "ДЗ-3/у"
    unit(db_url, lambda s: update_clinic_settings(s, settings))
    consult = issue(db_url, AIGERIM_IIN, "specialist_consult", on=ON,
                    decision=decision("specialist_consult"))
    diag = issue(db_url, AIGERIM_IIN, "diagnostics", on=ON, decision=decision("diagnostics"))
    assert "КДК-7/у" in flat(consult.pdf) and "001-3/у" not in flat(consult.pdf)
    assert "ДЗ-3/у" in flat(diag.pdf)
    assert "Внутренняя форма организации" in flat(diag.pdf)


def test_emergency_slip_for_a_limited_status_says_free_until_the_threat_is_removed(db_url, clinic):
    issued = issue(db_url, FOREIGNER_IIN, "emergency_inpatient", emergency=True, on=ON,
                   decision=decision("emergency_inpatient", funding="tmkkk", emergency=True))
    text = flat(issued.pdf)
    assert "ШҰҒЫЛ МЕДИЦИНАЛЫҚ КӨМЕК" in text and "ЭКСТРЕННАЯ МЕДИЦИНСКАЯ ПОМОЩЬ" in text
    assert "Бесплатно до устранения угрозы жизни" in text
    assert "Өмірге төнген қауіп жойылғанға дейін тегін" in text
    assert "срок документа истёк" in text  # the passport behind the status has expired
    assert "Ж-03" in text
    assert issued.slip.valid_until == ON


def test_emergency_slip_for_a_citizen_has_no_limited_note(db_url, clinic):
    issued = issue(db_url, AIGERIM_IIN, "emergency_inpatient", emergency=True, on=ON,
                   decision=decision("emergency_inpatient", emergency=True))
    assert "угрозы жизни" not in flat(issued.pdf)
    assert "ЭКСТРЕННАЯ МЕДИЦИНСКАЯ ПОМОЩЬ" in flat(issued.pdf)


def test_the_rule_packs_own_notes_are_used_when_it_gives_them(db_url, clinic):
    note = Message("Ереже жинағының ескертпесі", "Примечание пакета правил")
    issued = issue(db_url, FOREIGNER_IIN, "ambulance", emergency=True, on=ON,
                   decision=decision("ambulance", "tmkkk", True, notes=(note,)))
    text = flat(issued.pdf)
    assert "Примечание пакета правил" in text and "угрозы жизни" not in text


def test_settings_paper_and_doctor_reach_the_slip(db_url, clinic):
    from db.settings import Doctor

    settings = unit(db_url, clinic_settings)
    settings.paper = "A5"
    settings.doctors = [Doctor("Жұмабаева Гүлнар Асқарқызы", "терапевт")]
    unit(db_url, lambda s: update_clinic_settings(s, settings))
    issued = issue(db_url, AIGERIM_IIN, "diagnostics", on=ON, decision=decision("diagnostics"))
    assert issued.slip.paper == "A5"
    assert "Жұмабаева Гүлнар Асқарқызы, терапевт" in flat(issued.pdf)
    named = issue(db_url, AIGERIM_IIN, "diagnostics", on=ON, doctor="Ким Ольга",
                  decision=decision("diagnostics"))
    assert "Ким Ольга" in flat(named.pdf)


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"key": "850515400013"}, "iin"),  # bad control digit
    ({"key": "900102300082"}, "iin"),  # a valid IIN nobody here has
    ({"service": "massage"}, "service"),
    ({"diagnosis": "K8"}, "diagnosis"),
    ({"diagnosis": "К80.1"}, "diagnosis"),  # Cyrillic К
    ({"diagnosis": "K80.Ә"}, "diagnosis"),  # a Kazakh letter in the subcode
    ({"to": "NOWHERE"}, "to"),
    ({"urgency": "soon"}, "urgency"),
])
def test_bad_input_records_nothing(db_url, clinic, tmp_path, kwargs, field):
    key = kwargs.pop("key", AIGERIM_IIN)
    service = kwargs.pop("service", "diagnostics")
    out = tmp_path / "x.pdf"
    with pytest.raises(BadInput) as err:
        issue(db_url, key, service, on=ON, out=out, decision=decision("diagnostics"), **kwargs)
    assert err.value.field == field
    assert not out.exists()
    fine = issue(db_url, AIGERIM_IIN, "diagnostics", on=ON, decision=decision("diagnostics"))
    assert fine.number.endswith("-2026-000001")  # the refused request used no number


@pytest.mark.parametrize("where", ["missing_dir", "is_dir"])
def test_unwritable_output_is_refused_before_anything_is_recorded(db_url, clinic, tmp_path, where):
    out = tmp_path / "no" / "such" / "dir" / "x.pdf" if where == "missing_dir" else tmp_path
    with pytest.raises(BadInput) as err:
        issue(db_url, AIGERIM_IIN, "diagnostics", on=ON, out=out, decision=decision("diagnostics"))
    assert err.value.field == "out"
    fine = issue(db_url, AIGERIM_IIN, "diagnostics", on=ON, decision=decision("diagnostics"))
    assert fine.number.endswith("-2026-000001")


def test_reprint_of_an_unknown_number_is_bad_input(db_url, clinic):
    with pytest.raises(BadInput):
        unit(db_url, lambda s: reprint_referral(s, "SELF-2026-999999"))


def test_preview_is_a_draft_and_uses_no_number(db_url, clinic):
    request = ReferralRequest(service="planned_inpatient", diagnosis="K80.1", to="H7")
    pdf = unit(db_url, lambda s: preview_referral(s, clinic[AIGERIM_IIN], request, on=ON,
                                                  decision=decision("planned_inpatient")))
    text = flat(pdf)
    assert "ЖОБА / ПРОЕКТ" in text and "K80.1" in text and "Нұрғалиева Әйгерім Сәкенқызы" in text
    issued = issue(db_url, AIGERIM_IIN, "planned_inpatient", on=ON,
                   decision=decision("planned_inpatient"))
    assert issued.number.endswith("-2026-000001")


def test_target_organisations_leave_out_the_clinic_itself(db_url, clinic):
    assert sorted(o.code for o in unit(db_url, target_organisations)) == ["H7", "KDC1"]


def test_a_patient_without_an_iin_is_referred_by_id_with_the_local_number(db_url, clinic):
    from db.repositories import save_patient
    from domain.records import LegalStatus, Patient

    engine = open_database(db_url)
    with session_factory(engine)() as s:
        pid = save_patient(s, Patient("Белгісіз", "Әйел", local_id="SELF-2026-000007",
                                            legal_status=LegalStatus("asylum_seeker")))
        s.commit()
    engine.dispose()
    issued = issue(db_url, pid, "emergency_inpatient", emergency=True, on=ON,
                   decision=decision("emergency_inpatient", "tmkkk", True))
    text = flat(issued.pdf)
    assert "SELF-2026-000007" in text and "Жергілікті нөмір / Местный номер" in text
    assert "IIN:SELF-2026-000007" in issued.slip.qr_payload()
    assert "Бесплатно до устранения угрозы жизни" in text  # asylum seekers have the limited package


def test_a_dated_change_of_a_status_package_reaches_the_slip_from_that_day(tmp_path, monkeypatch):
    """The emergency slip's "free until the threat is removed" follows the package of the dated
    status rule in force on the decision's day, not an undated copy."""
    import json
    import shutil
    from pathlib import Path

    import domain
    import domain.rulepack
    from domain.records import LegalStatus, Patient
    from domain.rulepack import load_rule_pack_from
    from services.referrals import FREE_UNTIL_SAFE, _limited, _notes

    rules = tmp_path / "rules"
    shutil.copytree(Path(domain.__file__).resolve().parent / "rules", rules)
    data = json.loads((rules / "statuses.json").read_text("utf-8"))
    old = next(r for r in data["statuses"] if r["id"] == "status.asylum_seeker")
    old["valid_to"] = "2024-05-31"
    data["statuses"].append(dict(old, id="status.asylum_seeker.2024", rule="status.asylum_seeker",
                                 package="full", valid_from="2024-06-01", valid_to=None))
    (rules / "statuses.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    pack = load_rule_pack_from(rules)
    seeker = Patient("Азизов", "Карим", legal_status=LegalStatus("asylum_seeker"))
    before, after = date(2024, 5, 31), date(2024, 6, 1)

    assert _limited(seeker, before, pack) and not _limited(seeker, after, pack)
    assert _limited(seeker, after)  # the shipped pack keeps the limited package
    assert _limited(Patient("Без", "Статуса"), after, pack)  # no status recorded: limited

    monkeypatch.setattr(domain.rulepack, "load_rule_pack", lambda: pack)

    def emergency_on(day):
        return Decision(service="ambulance", on=day, funding="tmkkk", emergency=True, referral="not_needed",
                        insured=False, status_class="asylum_seeker", rules=(), rule_pack=pack.version)

    assert _notes(emergency_on(before), seeker, emergency=True) == (FREE_UNTIL_SAFE,)
    assert _notes(emergency_on(after), seeker, emergency=True) == ()


def test_issuing_holds_the_write_lock_and_records_only_when_the_caller_commits(db_url, clinic):
    engine = open_database(db_url, create=False)
    path = db_url.removeprefix("sqlite:///")
    try:
        with session_factory(engine)() as session:
            issued = issue_referral(session, AIGERIM_IIN, "diagnostics", on=ON,
                                    decision=decision("diagnostics"))
            other = sqlite3.connect(path, timeout=0, isolation_level=None)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")  # another desk waits for the number
            other.close()
            session.rollback()  # the caller's unit of work decides: here it gives up
        with session_factory(engine)() as session:
            assert get_referral(session, issued.number) is None
        again = issue(db_url, AIGERIM_IIN, "diagnostics", on=ON, decision=decision("diagnostics"))
        assert again.number.endswith("-2026-000001")  # the abandoned number was never used up
    finally:
        engine.dispose()
