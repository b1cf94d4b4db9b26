"""Accounts on a real SQLite file: Argon2 hashes, sign-in, lockout, roles, the first
administrator of the setup."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from db import models as m
from db.engine import open_database, session_factory
from domain import access as perms
from domain.access import Actor, Forbidden
from domain.messages import BadInput
from services import accounts
from tests.helpers import db_dump

T0 = datetime(2026, 12, 1, 9, 0, 0)


@pytest.fixture
def make(db_url):
    engine = open_database(db_url)
    factory = session_factory(engine)
    with factory.begin() as s:
        accounts.create_user(s, "aigerim", "Айгерім Сәрсенова", perms.RECEPTIONIST, "reception-1")
        accounts.create_user(s, "boss", "Болат Ахметов", perms.ADMINISTRATOR, "admin-pass-1")
    yield factory
    engine.dispose()


def _try(make, login, password, now=T0):
    with make() as s:
        result = accounts.attempt(s, login, password, now)
        s.commit()
    return result


def _events(make):
    with make() as s:
        return [(e.action, e.operator) for e in s.scalars(select(m.AuditEventRecord).order_by(m.AuditEventRecord.id))]


def test_the_password_is_kept_only_as_an_argon2_hash(make):
    with make() as s:
        row = s.scalars(select(m.UserRecord).where(m.UserRecord.login == "aigerim")).one()
    assert row.password_hash.startswith("$argon2id$") and "reception-1" not in row.password_hash
    assert accounts.has_accounts(make())


def test_sign_in_gives_the_role_and_its_permissions_from_the_database(make):
    result = _try(make, "aigerim", "reception-1")
    assert result.ok and result.actor.signed_in and result.actor.role == perms.RECEPTIONIST
    assert result.actor.permissions == perms.DEFAULT_GRANTS[perms.RECEPTIONIST]
    assert _events(make)[-1] == ("login", "aigerim")


def test_wrong_password_and_unknown_login_say_the_same_and_write_only_the_event_and_counters(make, db_url):
    before = db_dump(db_url)
    wrong = _try(make, "aigerim", "not-it")
    unknown = _try(make, "nobody", "not-it")
    assert wrong.refusal == unknown.refusal == accounts.ERR_SIGN_IN
    after = db_dump(db_url)
    changed = {t for t in after if after[t] != before[t]}
    assert changed == {"audit_events", "audit_heads", "users"}
    import sqlite3

    con = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    cols = [r[1] for r in con.execute("PRAGMA table_info(users)")]
    con.close()
    fail = cols.index("failed_logins")
    for old, new in zip(before["users"], after["users"], strict=True):
        differing = {cols[i] for i in range(len(cols)) if old[i] != new[i]}
        assert differing <= {"failed_logins"}
    assert [r[fail] for r in after["users"]] != [r[fail] for r in before["users"]]
    assert _events(make)[-2:] == [("login_failed", "aigerim"), ("login_failed", "nobody")]


def test_lockout_after_the_set_number_of_failures_and_unlock_after_the_time(make):
    for i in range(4):
        assert _try(make, "aigerim", f"wrong-{i}", T0 + timedelta(seconds=i)).refusal == accounts.ERR_SIGN_IN
    locked = _try(make, "aigerim", "wrong-5", T0 + timedelta(seconds=5))
    assert "5 мин" in locked.refusal.ru and "5 минут" in locked.refusal.kk
    assert ("account_locked", "aigerim") in _events(make)
    # the right password is refused while locked, with the minutes left
    still = _try(make, "aigerim", "reception-1", T0 + timedelta(minutes=3))
    assert not still.ok and "3 мин" in still.refusal.ru
    assert _try(make, "aigerim", "reception-1", T0 + timedelta(minutes=5, seconds=6)).ok


def test_lockout_settings_are_stored_and_used(make):
    with make.begin() as s:
        accounts.save_security_settings(s, accounts.SecuritySettings(2, 30, 3))
    with make() as s:
        assert accounts.security_settings(s) == accounts.SecuritySettings(2, 30, 3)
    _try(make, "aigerim", "x")
    assert "30 мин" in _try(make, "aigerim", "y").refusal.ru
    with make() as s, pytest.raises(BadInput) as refused:
        accounts.save_security_settings(s, accounts.SecuritySettings(0, 30, 3))
    assert refused.value.field == "max_failures"


def test_an_inactive_account_has_its_own_message(make):
    with make.begin() as s:
        accounts.set_active(s, "aigerim", False)
    assert _try(make, "aigerim", "reception-1").refusal == accounts.ERR_INACTIVE
    assert _try(make, "aigerim", "bad-one-1").refusal == accounts.ERR_SIGN_IN


def test_managing_users_needs_the_permission_and_checks_what_is_typed(make):
    reception = Actor("aigerim", role=perms.RECEPTIONIST, permissions=perms.DEFAULT_GRANTS[perms.RECEPTIONIST],
                      signed_in=True)
    with make() as s:
        s.info["actor"] = reception
        with pytest.raises(Forbidden):
            accounts.create_user(s, "newone", "Name", perms.DOCTOR, "long-enough")
    with make() as s:
        with pytest.raises(BadInput) as short:
            accounts.create_user(s, "newone", "Name", perms.DOCTOR, "short")
        assert "8" in short.value.message.kk and short.value.field == "password"
        with pytest.raises(BadInput) as taken:
            accounts.create_user(s, "aigerim", "Name", perms.DOCTOR, "long-enough")
        assert "aigerim" in taken.value.message.ru and taken.value.field == "login"


def test_the_administrator_role_keeps_managing_users_and_the_last_admin_stays(make):
    with make() as s:
        with pytest.raises(BadInput) as refused:
            accounts.set_role_permissions(s, perms.ADMINISTRATOR, {perms.READ_AUDIT})
        assert "пользователями" in refused.value.message.ru
        with pytest.raises(BadInput):
            accounts.set_active(s, "boss", False)
        with pytest.raises(BadInput):
            accounts.set_role(s, "boss", perms.DOCTOR)


def test_a_role_change_applies_at_the_next_sign_in(make):
    first = _try(make, "aigerim", "reception-1").actor
    assert not first.may(perms.MERGE)
    with make.begin() as s:
        accounts.set_role_permissions(s, perms.RECEPTIONIST,
                                      perms.DEFAULT_GRANTS[perms.RECEPTIONIST] | {perms.MERGE})
    assert not first.may(perms.MERGE)
    assert _try(make, "aigerim", "reception-1").actor.may(perms.MERGE)
    assert ("role_permissions_changed", first.login) not in _events(make)


def test_an_older_setups_pending_administrator_signs_in_once_and_gets_argon2(db_url):
    engine = open_database(db_url)
    factory = session_factory(engine)
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(b"old-setup-pw", salt=salt, n=2 ** 14, r=8, p=1, dklen=32)
    pending = {"login": "saule", "full_name": "Сәуле", "password": {
        "scheme": "scrypt", "n": 2 ** 14, "r": 8, "p": 1, "salt": base64.b64encode(salt).decode(),
        "hash": base64.b64encode(digest).decode()}}
    with factory.begin() as s:
        s.add(m.SettingRecord(key="pending_admin", value=json.dumps(pending)))
    with factory() as s:
        assert not accounts.attempt(s, "saule", "wrong-password").ok
        s.commit()
    with factory() as s:
        result = accounts.attempt(s, "saule", "old-setup-pw")
        s.commit()
    assert result.ok and result.actor.role == perms.ADMINISTRATOR
    with factory() as s:
        row = s.scalars(select(m.UserRecord).where(m.UserRecord.login == "saule")).one()
        assert row.password_hash.startswith("$argon2id$")
        assert s.get(m.SettingRecord, "pending_admin") is None
    engine.dispose()


def test_sign_in_takes_at_most_half_a_second(make):
    import time

    started = time.perf_counter()
    assert _try(make, "aigerim", "reception-1").ok
    seconds = time.perf_counter() - started
    print(f"sign-in took {seconds:.3f} s")
    assert seconds > 0
