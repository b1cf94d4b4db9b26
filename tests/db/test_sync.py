"""Sync between desks' own SQLite files and a PostgreSQL hub: what travels, how conflicts are
decided and logged, the same IIN made one patient, a repeated push, an interrupted pull."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select, text

from db import models as m
from db import sync as sync_db
from db.repositories import find_by_iin, load_patient
from domain import records as r
from services import sync
from services.desk import emergency_for_patient, save_registration
from tests import pg
from tests.helpers import acting
from tests.sync_tools import contents, desk_factory, differences, hub_factory

pytestmark = pytest.mark.postgres

TODAY = date(2026, 12, 7)


@pytest.fixture
def hub(postgres_url):
    with pg.own_database(postgres_url, "sync") as url:
        factory = hub_factory(url)
        yield factory
        factory.kw["bind"].dispose()


@pytest.fixture
def desks(tmp_path):
    made = [desk_factory(tmp_path / f"desk{i}.sqlite", f"DSK{i}") for i in range(3)]
    yield made
    for factory in made:
        factory.kw["bind"].dispose()


def sync_round(desk, hub, i):
    return sync.run_round(desk, hub, desk_id=f"desk-{i}", site=f"DSK{i}", clinic="040640001234")


def sync_all(desks, hub, rounds=2):
    for _ in range(rounds):
        for i, desk in enumerate(desks):
            sync_round(desk, hub, i)


def register(desk, **facts) -> int:
    facts.setdefault("birth_date", date(1985, 5, 15))
    facts.setdefault("sex", "M")
    with desk() as s:
        pid = save_registration(acting(s, "t"), r.Patient(**facts), today=TODAY)
        s.commit()
    return pid


def edit(desk, pid, **changes):
    with desk() as s:
        rec = load_patient(s, pid)
        save_registration(acting(s, "t"), replace(rec, **changes), today=TODAY)
        s.commit()


def assert_converged(desks, hub):
    want = contents(hub)
    for i, desk in enumerate(desks):
        assert differences(want, contents(desk)) == [], f"desk {i}"
    return want


def test_a_patient_registered_at_one_desk_reaches_the_others_with_his_evidence(desks, hub):
    a, b, c = desks
    pid = register(a, surname="Нұрланов", given_name="Асқар", iin="850515300006",
                   documents=[r.IdentityDocument("id_card", "012345678")],
                   legal_status=r.LegalStatus("citizen"),
                   payments=[r.PaymentPeriod("employee", "2024-01", "2026-10")])
    with a() as s:
        assert sync.state(s).waiting > 0
    sync_all(desks, hub, rounds=1)
    with a() as s:
        assert sync.state(s).waiting == 0 and sync.state(s).last_success_at is not None
    for desk in (b, c):
        with desk() as s:
            got = find_by_iin(s, "850515300006")
            assert got.full_name == "Нұрланов Асқар"
            assert got.documents == [r.IdentityDocument("id_card", "012345678")]
            assert got.legal_status.status == "citizen"
            assert got.payments == [r.PaymentPeriod("employee", "2024-01", "2026-10")]
            # the desk's search finds him by name too
            from db.search import search_patients
            assert [h.iin for h in search_patients(s, "Нұрланов Асқар")] == ["850515300006"]
    # nothing pulled went back into an outbox
    for desk in (b, c):
        with desk() as s:
            assert sync.state(s).waiting == 0
    assert assert_converged(desks, hub)["patients"]
    assert pid


def test_fields_changed_on_two_desks_are_both_kept_and_the_same_field_goes_to_the_later(desks, hub):
    a, b, _c = desks
    pid_a = register(a, surname="Сейітқали", given_name="Нұрлан", iin="010304500126",
                     birth_date=date(2001, 3, 4))
    sync_all(desks, hub, rounds=1)
    with b() as s:
        pid_b = find_by_iin(s, "010304500126").id
    edit(a, pid_a, phone="+77010000001", address="Алматы, Абай 1")
    edit(b, pid_b, phone="+77010000002", patronymic="Серікұлы")  # later: its phone wins
    sync_all(desks, hub)
    want = assert_converged(desks, hub)
    with a() as s:
        got = load_patient(s, pid_a)
        assert (got.phone, got.address, got.patronymic) == (
            "+77010000002", "Алматы, Абай 1", "Серікұлы")
        lines = sync.conflicts(s)
    phone = [c for c in lines if c.field == "phone"]
    assert len(phone) == 1
    assert (phone[0].kept, phone[0].lost) == ("+77010000002", "+77010000001")
    assert (phone[0].kept_site, phone[0].lost_site) == ("DSK1", "DSK0")
    assert {c.field for c in lines} == {"phone"}  # address and patronymic were no conflict
    assert len(want["sync_conflicts"]) == 1


def test_the_same_iin_registered_at_two_desks_becomes_one_patient(desks, hub):
    a, b, c = desks
    pa = register(a, surname="Нұрғалиева", given_name="Әйгерім", iin="850515400012", sex="F",
                  phone="+77010000003", documents=[r.IdentityDocument("id_card", "111")])
    pb = register(b, surname="Нургалиева", given_name="Айгерим", iin="850515400012", sex="F",
                  address="Астана", documents=[r.IdentityDocument("passport", "N222")])
    with a() as s:
        emergency_for_patient(s, pa, operator="t", at=datetime(2026, 12, 7, 9, 0))
        s.commit()
    with b() as s:
        emergency_for_patient(s, pb, operator="t", at=datetime(2026, 12, 7, 9, 5))
        s.commit()
    sync_all(desks, hub)
    want = assert_converged(desks, hub)
    live = [p for p in want["patients"].values() if not p["deleted"]]
    assert [p["iin"] for p in live] == ["850515400012"]
    keep = live[0]
    gone = [p for p in want["patients"].values() if p["merged_into_id"] == keep["uuid"]]
    assert len(gone) == 1 and gone[0]["deleted"] and gone[0]["iin"] is None
    # both visits and both documents follow the one that stays; facts only one knew fill in
    assert {v["patient_id"] for v in want["visits"].values()} == {keep["uuid"]}
    docs = {(d["kind"], d["number"]) for d in want["identity_documents"].values()
            if d["patient_id"] == keep["uuid"] and not d["deleted"]}
    assert docs == {("id_card", "111"), ("passport", "N222")}
    assert keep["phone"] == "+77010000003" and keep["address"] == "Астана"
    names = {(c["field"], c["reason"]) for c in want["sync_conflicts"].values()}
    assert ("surname", "same_iin") in names and ("given_name", "same_iin") in names
    with c() as s:
        assert find_by_iin(s, "850515400012").id is not None


def test_a_push_repeated_after_a_cut_changes_nothing(desks, hub):
    a = desks[0]
    pid = register(a, surname="Ахметов", given_name="Ерлан", iin="850515300006")
    sync_round(a, hub, 0)
    edit(a, pid, phone="+77011112233")
    with a() as s:
        line_ids, items = sync_db.read_outbox(s.connection(), 100)
    assert items
    with hub() as h:  # the push reaches the hub and commits, but the answer is lost
        sync_db.hub_take(h.connection(), items, desk="desk-0", site="DSK0", clinic="")
        h.commit()
    before = contents(hub)
    with hub() as h:
        log = h.execute(text("SELECT count(*) FROM sync_changes")).scalar()
    with hub() as h:  # the desk, not told, pushes the same again
        sync_db.hub_take(h.connection(), items, desk="desk-0", site="DSK0", clinic="")
        h.commit()
    with hub() as h:
        assert h.execute(text("SELECT count(*) FROM sync_changes")).scalar() == log
    assert differences(before, contents(hub)) == []
    sync_round(a, hub, 0)  # the round pushes it a third time: still one patient, one phone
    assert differences(before, contents(hub)) == []
    with hub() as h:
        assert h.scalar(select(func.count()).select_from(m.PatientRecord)) == 1


def test_a_pull_cut_between_pages_resumes_without_gap_or_repeat(desks, hub, monkeypatch):
    a, b, _c = desks
    from domain.iin import make_iin

    made = 0
    for serial in range(1, 100):
        iin = make_iin(date(1985, 5, 15), "M", serial)
        if iin and made < 12:
            register(a, surname="Тестов", given_name=f"Пациент{made}", iin=iin)
            made += 1
    sync_round(a, hub, 0)
    calls = {"n": 0}
    real = sync_db.Desk.apply

    def cut(self, name, wires):
        if name == "patients" and wires:
            calls["n"] += 1
            if calls["n"] == 3:
                raise ConnectionError("cable pulled")
        return real(self, name, wires)

    monkeypatch.setattr(sync_db.Desk, "apply", cut)
    with pytest.raises(ConnectionError):
        sync_db.pull_all(b, hub, page=4)
    with b() as s:
        n = s.scalar(select(func.count()).select_from(m.PatientRecord))
    assert 0 < n < 12  # pages before the cut stayed, the cut page left nothing
    monkeypatch.setattr(sync_db.Desk, "apply", real)
    sync_db.pull_all(b, hub, page=4)
    assert differences(contents(hub), contents(b)) == []


def test_a_transaction_that_commits_late_is_not_passed_over(desks, hub):
    """A change logged with a smaller sequence but committed after a reader passed a larger one
    still reaches the reader."""
    a = desks[0]
    with hub() as slow:
        slow.add(m.OrganisationRecord(code="LATE", name_kk="Кеш", name_ru="Поздно", kind="clinic"))
        slow.flush()  # its log line takes its sequence now; the commit comes later
        with hub() as quick:
            quick.add(m.OrganisationRecord(code="QUICK", name_kk="Тез", name_ru="Быстро",
                                           kind="clinic"))
            quick.commit()
        sync_db.pull_all(a, hub)
        with a() as s:
            assert set(s.scalars(select(m.OrganisationRecord.code))) == {"QUICK"}
        slow.commit()
    sync_db.pull_all(a, hub)
    with a() as s:
        assert set(s.scalars(select(m.OrganisationRecord.code))) == {"QUICK", "LATE"}


def test_a_second_desk_with_the_same_prefix_is_refused(desks, hub):
    from domain.messages import BadInput

    sync.run_round(desks[0], hub, desk_id="desk-0", site="SAME1", clinic="")
    with pytest.raises(BadInput) as err:
        sync.run_round(desks[1], hub, desk_id="desk-1", site="SAME1", clinic="")
    assert err.value.field == "site_prefix"


def test_an_unreachable_hub_is_said_calmly_and_loses_nothing(desks, tmp_path):
    from domain.messages import BadInput

    a = desks[0]
    register(a, surname="Оспанов", given_name="Бауыржан", iin="850515300006")
    from sqlalchemy.orm import sessionmaker

    from db.engine import make_engine

    nowhere = sessionmaker(make_engine("postgresql+psycopg://postgres@127.0.0.1:9/none"))
    with pytest.raises(BadInput) as err:
        sync.run_round(a, nowhere, desk_id="desk-0", site="DSK0", clinic="")
    nowhere.kw["bind"].dispose()
    assert err.value.field == "hub"
    assert "Хаб қолжетімсіз" in err.value.message.kk
    with a() as s:
        st = sync.state(s)
        assert st.waiting >= 1 and st.unreachable_since is not None
        assert st.last_error is not None and st.last_error.ru.startswith("Хаб недоступен")


def test_the_sync_command_runs_a_round_and_says_calmly_when_the_hub_is_away(desks, hub, tmp_path):
    from tests.helpers import run_cli

    path = tmp_path / "cli.sqlite"
    a = desk_factory(path, "CLI01")
    register(a, surname="Оспанов", given_name="Бауыржан", iin="850515300006")
    a.kw["bind"].dispose()
    url = hub.kw["bind"].url.render_as_string(hide_password=False)
    done = run_cli("sync", "--db", str(path), "--hub", url)
    assert done.code == 0, done.stderr
    out = done.json
    assert set(out) == {"pushed", "pulled", "conflicts", "waiting", "last_seq"}
    assert out["pushed"] >= 1 and out["waiting"] == 0 and out["last_seq"] > 0
    with hub() as h:
        assert find_by_iin(h, "850515300006") is not None
    register(desk_factory(path, "CLI01"), surname="Омаров", given_name="Ерлан",
             iin="010304500126", birth_date=date(2001, 3, 4))
    away = run_cli("sync", "--db", str(path), "--hub", "postgresql+psycopg://postgres@127.0.0.1:9/x")
    assert away.code == 2
    assert away.stderr.strip().startswith("Хаб қолжетімсіз")
    assert "Traceback" not in away.stderr and "127.0.0.1" not in away.stderr
    again = run_cli("sync", "--db", str(path), "--hub", url, "--lang", "ru")
    assert again.code == 0 and again.json["waiting"] == 0
    with hub() as h:
        assert find_by_iin(h, "010304500126") is not None


# ------------------------------------------------------- settings, rule packs, audit, prints


def _set_org_name(desk, clinic: str, name: str) -> None:
    from db.settings import load_settings, save_settings

    with desk() as s:
        s.info["clinic"] = clinic
        settings = load_settings(s)
        settings.org_name_kk = name
        settings.site_prefix = s.info["site_prefix"]
        save_settings(s, settings)
        s.commit()


def _org_name(desk, clinic: str) -> str:
    from db.settings import load_settings

    with desk() as s:
        s.info["clinic"] = clinic
        return load_settings(s).org_name_kk


def test_a_clinic_setting_reaches_the_clinics_desks_only_and_a_double_change_is_logged(
        desks, hub):
    a, b, other = desks
    mine, theirs = "040640001234", "990340005678"
    _set_org_name(a, mine, "Бірінші емхана")
    _set_org_name(other, theirs, "Басқа емхана")

    def rounds():
        for _ in range(2):
            sync_round(a, hub, 0)
            sync_round(b, hub, 1)
            sync.run_round(other, hub, desk_id="desk-2", site="DSK2", clinic=theirs)

    rounds()
    assert _org_name(b, mine) == "Бірінші емхана"
    with other() as s:  # the other clinic's desk holds none of this clinic's settings
        assert s.execute(text("SELECT count(*) FROM clinic_settings WHERE clinic = :c"),
                         {"c": mine}).scalar() == 0
    with b() as s:
        assert s.execute(text("SELECT count(*) FROM clinic_settings WHERE clinic = :c"),
                         {"c": theirs}).scalar() == 0
    with hub() as h:  # the hub keeps both clinics apart
        names = dict(h.execute(text("SELECT clinic, value FROM clinic_settings "
                                    "WHERE key = 'org_name_kk'")).all())
        assert {k: json.loads(v) for k, v in names.items()} == {
            mine: "Бірінші емхана", theirs: "Басқа емхана"}
    # both desks change the same setting before either hears of the other: the later wins
    _set_org_name(a, mine, "Ерте атау")
    _set_org_name(b, mine, "Кеш атау")
    rounds()
    assert _org_name(a, mine) == _org_name(b, mine) == "Кеш атау"
    with a() as s:
        lost = [c for c in sync.conflicts(s) if c.table == "clinic_settings"]
    assert [(c.field, c.kept, c.lost, c.kept_site, c.lost_site) for c in lost] == [
        ("org_name_kk", "Кеш атау", "Ерте атау", "DSK1", "DSK0")]
    assert _org_name(other, theirs) == "Басқа емхана"


def test_a_rule_pack_installed_at_the_hub_becomes_active_on_the_desks(desks, hub):
    from pathlib import Path

    from services import rulepacks

    pack = Path(__file__).resolve().parents[2] / "docs" / "examples" / "rulepack-2027-narrow-phc.zip"
    a, b, _c = desks
    sync_all(desks[:2], hub, rounds=1)
    with hub() as h:
        rulepacks.install_pack(acting(h, "admin"), pack.read_bytes())
        rulepacks.activate(acting(h, "admin"), "2026.12.narrow")
        h.commit()
    sync_all(desks[:2], hub, rounds=1)
    for desk in (a, b):
        with desk() as s:
            assert rulepacks.active_pack(s).label == "2026.12.narrow"
    # a desk goes back to the shipped pack later: every desk follows the newest activation
    with b() as s:
        rulepacks.activate(acting(s, "admin"), "shipped")
        s.commit()
    sync_all(desks[:2], hub, rounds=2)
    from domain.rulepack import load_rule_pack

    for desk in (a, b, hub):
        with desk() as s:
            assert rulepacks.active_pack(s).label == load_rule_pack().label
    with hub() as h:  # one pack, however many desks sent it
        assert h.execute(text("SELECT count(*) FROM rule_packs")).scalar() == 1
        assert h.execute(text("SELECT count(*) FROM rule_pack_activations")).scalar() == 2


def test_each_desks_audit_chain_and_printed_slips_reach_the_hub_and_verify(desks, hub):
    from db import audit
    from services.referrals import issue_referral, reprint_referral

    a, b, _c = desks
    pa = register(a, surname="Жұмабаев", given_name="Ерлан", iin="850515300006",
                  legal_status=r.LegalStatus("citizen"),
                  payments=[r.PaymentPeriod("employee", "2024-01", "2026-11")])
    with a() as s:
        issued = issue_referral(acting(s, "t"), pa, "specialist_consult", diagnosis="J06.9",
                                on=TODAY)
        s.commit()
    with a() as s:
        reprint_referral(acting(s, "t"), issued.number)
        s.commit()
    register(b, surname="Омаров", given_name="Ерлан", iin="010304500126",
             birth_date=date(2001, 3, 4))
    with hub() as h:  # the hub's own writers keep the unnamed chain
        audit.add_event(h, "test", "hub", operator="admin")
        h.commit()
    sync_all(desks[:2], hub, rounds=1)
    with hub() as h:
        verdict = audit.verify(h)
        assert verdict.ok, verdict.problems
        assert {"DSK0", "DSK1", ""} <= set(verdict.chains)
        with a() as s:
            assert verdict.chains["DSK0"] == audit.verify(s).chains["DSK0"] > 0
        prints = h.execute(text(
            "SELECT r.number, p.copy FROM referral_prints p JOIN referrals r "
            "ON r.id = p.referral_id ORDER BY p.printed_at")).all()
        assert [tuple(p) for p in prints] == [(issued.number, False), (issued.number, True)]
    # the answer of a push was lost: the desk sends its chain and prints again
    with a() as s:
        sync_db.put_state(s.connection(), audit_sent=0, prints_sent=0)
        s.commit()
    register(a, surname="Ахметов", given_name="Дәурен", iin="850515400012", sex="F")
    sync_round(a, hub, 0)
    with hub() as h:
        verdict = audit.verify(h)
        assert verdict.ok, verdict.problems
        with a() as s:
            assert verdict.chains["DSK0"] == audit.verify(s).chains["DSK0"]
        assert h.execute(text("SELECT count(*) FROM referral_prints")).scalar() == 2
