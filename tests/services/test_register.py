"""Voiding referrals and visits entered by mistake, and finding referrals in the register,
through the services layer on a real SQLite file."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from db.models import AuditEventRecord, ReferralRecord, VisitRecord
from db.referrals import get_referral, prints_of
from db.visits import active_referral_services, record_visit, visit_by_id
from domain.messages import BadInput
from services.referrals import reprint_referral, verify_referral
from services.register import search_referrals, show_referral, void_referral, void_visit
from tests.reports.pdfcheck import text_of
from tests.reports.sample_clinic import AIGERIM_IIN, CHILD_IIN, FOREIGNER_IIN, fill_clinic
from tests.services.test_referrals import ON, decision, issue, unit


@pytest.fixture
def clinic(db_url):
    return fill_clinic(db_url)


def flat(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", text_of(pdf))


def planned(db_url, iin=AIGERIM_IIN, service="planned_inpatient", on=ON, **kw):
    return issue(db_url, iin, service, on=on, by="Айгүл", decision=decision(service), **kw)


# --- voiding a referral ---------------------------------------------------------------------------

def test_void_keeps_the_line_with_when_who_why_and_writes_an_audit_line(db_url, clinic):
    number = planned(db_url).number
    at = datetime(2026, 11, 22, 15, 40)
    done = unit(db_url, lambda s: void_referral(s, number, "  басқа науқасқа берілді ", at=at), by="Айгүл")
    assert (done.key, done.reason, done.by, done.at) == (number, "басқа науқасқа берілді", "Айгүл", at)

    def look(s):
        entry = get_referral(s, number)
        rows = s.scalar(select(func.count()).select_from(ReferralRecord))
        audit = s.scalars(select(AuditEventRecord).where(AuditEventRecord.action == "referral.voided")).all()
        return entry, rows, audit

    entry, rows, audit = unit(db_url, look)
    assert rows == 1  # never deleted
    assert (entry.voided_at, entry.voided_by, entry.void_reason) == (at, "Айгүл", "басқа науқасқа берілді")
    assert len(audit) == 1 and audit[0].operator == "Айгүл"
    assert json.loads(audit[0].detail) == {"number": number, "reason": "басқа науқасқа берілді"}
    assert unit(db_url, lambda s: verify_referral(s, number))  # the issued slip is untouched


def test_the_number_of_a_voided_referral_is_never_used_again(db_url, clinic):
    first = planned(db_url).number
    unit(db_url, lambda s: void_referral(s, first, "қате енгізілді"), by="Айгүл")
    second = planned(db_url).number
    assert second != first
    assert int(second.rsplit("-", 1)[1]) == int(first.rsplit("-", 1)[1]) + 1


def test_a_second_void_is_refused_calmly_in_both_languages(db_url, clinic):
    number = planned(db_url).number
    unit(db_url, lambda s: void_referral(s, number, "қате", at=datetime(2026, 11, 22, 9, 5)), by="Айгүл")
    with pytest.raises(BadInput) as err:
        unit(db_url, lambda s: void_referral(s, number, "тағы"), by="Бауыржан")
    assert number in err.value.message.kk and "бұрын жойылған" in err.value.message.kk
    assert "уже аннулировано" in err.value.message.ru and "22.11.2026 09:05" in err.value.message.ru
    assert "Айгүл" in err.value.message.ru
    entry = unit(db_url, lambda s: get_referral(s, number))
    assert entry.void_reason == "қате" and entry.voided_by == "Айгүл"  # the first void stands


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_a_void_without_a_reason_is_refused_and_changes_nothing(db_url, clinic, reason):
    number = planned(db_url).number
    with pytest.raises(BadInput) as err:
        unit(db_url, lambda s: void_referral(s, number, reason), by="Айгүл")
    assert err.value.field == "reason"
    assert "себеб" in err.value.message.kk and "причину" in err.value.message.ru
    assert unit(db_url, lambda s: get_referral(s, number)).voided_at is None


def test_a_reason_with_control_characters_or_too_long_is_refused(db_url, clinic):
    number = planned(db_url).number
    for bad in ("қате\x00", "ә" * 501):
        with pytest.raises(BadInput) as err:
            unit(db_url, lambda s, bad=bad: void_referral(s, number, bad), by="Айгүл")
        assert err.value.field == "reason"
    assert unit(db_url, lambda s: get_referral(s, number)).voided_at is None
    # a line break inside the reason is kept: it is written as the receptionist typed it
    unit(db_url, lambda s: void_referral(s, number, "қате науқас\nдұрысы — Иванов"), by="Айгүл")
    assert unit(db_url, lambda s: get_referral(s, number)).void_reason == "қате науқас\nдұрысы — Иванов"


def test_voiding_an_unknown_number_is_refused(db_url, clinic):
    with pytest.raises(BadInput) as err:
        unit(db_url, lambda s: void_referral(s, "ZZZ-2026-000001", "қате"), by="Айгүл")
    assert "ZZZ-2026-000001" in err.value.message.ru


def test_a_voided_referral_no_longer_counts_as_a_referral_on_file(db_url, clinic):
    number = planned(db_url, service="specialist_consult").number
    patient = clinic[AIGERIM_IIN]
    assert unit(db_url, lambda s: active_referral_services(s, patient, ON)) == {"specialist_consult"}
    unit(db_url, lambda s: void_referral(s, number, "қате"), by="Айгүл")
    assert unit(db_url, lambda s: active_referral_services(s, patient, ON)) == set()


def test_a_reprint_of_a_voided_referral_is_marked_voided_with_its_reason_and_recorded(db_url, clinic):
    number = planned(db_url).number
    valid_copy = unit(db_url, lambda s: reprint_referral(s, number), by="Айгүл")
    assert "КӨШІРМЕ / КОПИЯ" in flat(valid_copy.pdf)
    assert "ЖОЙЫЛДЫ" not in flat(valid_copy.pdf) and "АННУЛИРОВАНО" not in flat(valid_copy.pdf)
    unit(db_url, lambda s: void_referral(s, number, "басқа науқасқа берілді"), by="Айгүл")
    voided_copy = unit(db_url, lambda s: reprint_referral(s, number), by="Айгүл")
    text = flat(voided_copy.pdf)
    assert "ЖОЙЫЛДЫ / АННУЛИРОВАНО" in text
    assert "басқа науқасқа берілді" in text and "КОПИЯ" in text
    prints = unit(db_url, lambda s: prints_of(s, number))
    assert [p.copy for p in prints] == [False, True, True]
    assert prints[-1].pdf_sha256 != prints[1].pdf_sha256
    # on screen the register shows the same marks, and nothing is recorded for looking
    assert "ЖОЙЫЛДЫ / АННУЛИРОВАНО" in flat(unit(db_url, lambda s: show_referral(s, number)))
    assert len(unit(db_url, lambda s: prints_of(s, number))) == 3


# --- voiding a visit ----------------------------------------------------------------------------

def _visit(db_url, patient_id, at=datetime(2026, 11, 22, 10, 0)) -> int:
    return unit(db_url, lambda s: record_visit(s, patient_id, "phc_visit", at=at, emergency=False,
                                               operator="Айгүл", funding="tmkkk", rule_pack="p"))


def test_void_a_visit_keeps_it_marked_and_refuses_a_second_void(db_url, clinic):
    visit_id = _visit(db_url, clinic[CHILD_IIN])
    at = datetime(2026, 11, 22, 11, 30)
    unit(db_url, lambda s: void_visit(s, visit_id, "басқа науқасқа жазылды", at=at), by="Айгүл")
    row = unit(db_url, lambda s: visit_by_id(s, visit_id))
    assert (row.voided_at, row.voided_by, row.void_reason) == (at, "Айгүл", "басқа науқасқа жазылды")
    assert unit(db_url, lambda s: s.scalar(select(func.count()).select_from(VisitRecord))) == 1
    audit = unit(db_url, lambda s: s.scalars(
        select(AuditEventRecord.detail).where(AuditEventRecord.action == "visit.voided")).all())
    assert len(audit) == 1 and json.loads(audit[0])["reason"] == "басқа науқасқа жазылды"
    with pytest.raises(BadInput) as err:
        unit(db_url, lambda s: void_visit(s, visit_id, "тағы"), by="Бауыржан")
    assert "уже аннулировано" in err.value.message.ru and "22.11.2026 11:30" in err.value.message.ru
    assert unit(db_url, lambda s: visit_by_id(s, visit_id)).voided_by == "Айгүл"


def test_void_a_visit_needs_a_reason_and_an_existing_visit(db_url, clinic):
    visit_id = _visit(db_url, clinic[CHILD_IIN])
    with pytest.raises(BadInput) as err:
        unit(db_url, lambda s: void_visit(s, visit_id, " "), by="Айгүл")
    assert err.value.field == "reason"
    assert unit(db_url, lambda s: visit_by_id(s, visit_id)).voided_at is None
    with pytest.raises(BadInput) as err:
        unit(db_url, lambda s: void_visit(s, visit_id + 100, "қате"), by="Айгүл")
    assert err.value.field == "visit" and "не найдено" in err.value.message.ru


# --- the register query ---------------------------------------------------------------------------

@pytest.fixture
def filled(db_url, clinic):
    """Four referrals: two days, three patients, three services; the second voided."""
    a = planned(db_url, on=ON - timedelta(days=3)).number
    b = planned(db_url, iin=FOREIGNER_IIN, service="diagnostics", on=ON - timedelta(days=3),
                to="KDC1").number
    c = planned(db_url, iin=CHILD_IIN, service="specialist_consult").number
    d = planned(db_url, service="diagnostics").number
    unit(db_url, lambda s: void_referral(s, b, "қате науқас"), by="Айгүл")
    return a, b, c, d


def numbers(page):
    return [line.number for line in page.lines]


def test_search_by_each_filter_and_the_total(db_url, filled):
    a, b, c, d = filled
    everything = unit(db_url, lambda s: search_referrals(s))
    assert numbers(everything) == [d, c, b, a] and everything.total == 4  # newest first
    assert numbers(unit(db_url, lambda s: search_referrals(s, number=c[-6:]))) == [c]
    assert numbers(unit(db_url, lambda s: search_referrals(s, number=c.lower()))) == [c]
    assert numbers(unit(db_url, lambda s: search_referrals(s, iin=AIGERIM_IIN))) == [d, a]
    assert numbers(unit(db_url, lambda s: search_referrals(s, iin=AIGERIM_IIN[:6]))) == [d, a]
    assert numbers(unit(db_url, lambda s: search_referrals(s, date_from=ON, date_to=ON))) == [d, c]
    assert numbers(unit(db_url, lambda s: search_referrals(
        s, date_to=ON - timedelta(days=1)))) == [b, a]
    assert numbers(unit(db_url, lambda s: search_referrals(s, service="diagnostics"))) == [d, b]
    assert numbers(unit(db_url, lambda s: search_referrals(
        s, service="diagnostics", iin=AIGERIM_IIN))) == [d]
    assert numbers(unit(db_url, lambda s: search_referrals(s, number="%"))) == []  # no wildcard


def test_search_shows_voided_lines_marked_and_can_leave_them_out(db_url, filled):
    a, b, c, d = filled
    page = unit(db_url, lambda s: search_referrals(s))
    voided = {line.number: line for line in page.lines if line.voided_at}
    assert list(voided) == [b] and voided[b].void_reason == "қате науқас"
    assert voided[b].patient_ident == FOREIGNER_IIN and voided[b].patient_name == "Иванов Пётр Сергеевич"
    assert voided[b].target_kk == "Консультативтік-диагностикалық орталық"
    assert voided[b].target_ru == "Консультативно-диагностический центр"
    kept = unit(db_url, lambda s: search_referrals(s, include_voided=False))
    assert numbers(kept) == [d, c, a] and kept.total == 3


def test_search_limit_keeps_the_total_and_counts_copies(db_url, filled):
    a, b, c, d = filled
    unit(db_url, lambda s: reprint_referral(s, a))
    unit(db_url, lambda s: reprint_referral(s, a))
    page = unit(db_url, lambda s: search_referrals(s, limit=2))
    assert numbers(page) == [d, c] and page.total == 4
    copies = {line.number: line.copies for line in unit(db_url, lambda s: search_referrals(s)).lines}
    assert copies == {a: 2, b: 0, c: 0, d: 0}


def test_search_refuses_a_period_that_ends_before_it_starts_and_an_unknown_service(db_url, filled):
    with pytest.raises(BadInput) as err:
        unit(db_url, lambda s: search_referrals(s, date_from=ON, date_to=ON - timedelta(days=1)))
    assert "22.11.2026" in err.value.message.ru
    with pytest.raises(BadInput):
        unit(db_url, lambda s: search_referrals(s, service="no_such_service"))


def test_emergency_slip_carries_the_time_of_issue(db_url, clinic):
    before = datetime.now().replace(second=0, microsecond=0)
    issued = issue(db_url, FOREIGNER_IIN, "emergency_inpatient", emergency=True, on=date.today(),
                   decision=decision("emergency_inpatient", funding="tmkkk", emergency=True))
    after = datetime.now()
    text = flat(issued.pdf)
    shown = re.search(r"Берілген күні / Дата выдачи: \d\d\.\d\d\.\d{4} (\d\d:\d\d)", text)
    assert shown, text
    at = datetime.combine(date.today(), datetime.strptime(shown.group(1), "%H:%M").time())
    assert before <= at <= after
    entry = unit(db_url, lambda s: get_referral(s, issued.number))
    assert entry.issued_at.strftime("%H:%M") == shown.group(1)  # the register says the same time
    copy = unit(db_url, lambda s: reprint_referral(s, issued.number))
    assert f"Дата выдачи: {date.today():%d.%m.%Y} {shown.group(1)}" in flat(copy.pdf)  # a copy keeps the time of issue
    plain = planned(db_url)
    assert not re.search(r"Дата выдачи: \S+ \d\d:\d\d", flat(plain.pdf))


def test_search_finds_a_patient_without_an_iin_by_the_local_number(db_url, filled):
    from db.visits import register_unidentified

    patient, local_id = unit(db_url, lambda s: register_unidentified(
        s, sex="M", approx_age=40, known="", operator="Айгүл", at=datetime(2026, 11, 22, 9, 0),
        site="ALM05"))
    number = issue(db_url, patient, "emergency_inpatient", emergency=True, on=ON,
                   decision=decision("emergency_inpatient", funding="tmkkk", emergency=True)).number
    page = unit(db_url, lambda s: search_referrals(s, iin=local_id.lower()))
    assert numbers(page) == [number] and page.lines[0].patient_ident == local_id
    assert numbers(unit(db_url, lambda s: search_referrals(s, iin=local_id[:-1]))) == []  # whole only


@pytest.mark.parametrize("typed", ["9", "99", "0103045001", "010304500126"])
def test_iin_prefixes_ending_in_nine_or_whole_find_exactly_their_patients(db_url, clinic, typed):
    number = planned(db_url, iin=CHILD_IIN, service="specialist_consult").number  # 010304500126
    other = planned(db_url, iin=FOREIGNER_IIN).number  # 900102300072
    found = numbers(unit(db_url, lambda s: search_referrals(s, iin=typed)))
    assert found == ([number] if CHILD_IIN.startswith(typed) else
                     [other] if FOREIGNER_IIN.startswith(typed) else [])
