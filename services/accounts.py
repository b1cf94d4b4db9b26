"""Desk accounts: signing in, the lockout after wrong passwords, the accounts an administrator
keeps, the permissions of each role, and the security settings (lockout, idle lock).

Passwords are kept only as Argon2 hashes. A failed sign-in writes nothing but its audit event and
the account's counters; `attempt` never raises, so the caller commits what it wrote (the counters
and the trail) also when the answer is a refusal.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from db import users as store
from db.engine import take_write_lock
from db.passwords import (
    MIN_PASSWORD,
    dummy_verify,
    hash_password,
    needs_rehash,
    verify_legacy_scrypt,
    verify_password,
)
from domain.access import (
    ADMINISTRATOR,
    DEFAULT_GRANTS,
    MANAGE_USERS,
    PERMISSION_NAMES,
    PERMISSIONS,
    ROLES,
    Actor,
)
from domain.messages import BadInput, Message
from services.access import operator, require
from services.audit import record

ERR_SIGN_IN = Message("Логин немесе құпиясөз қате.", "Неверный логин или пароль.")
ERR_LOCKED = Message(
    "Құпиясөз тым көп рет қате терілді: есептік жазба {minutes} минутқа бұғатталды.",
    "Слишком много неверных попыток: учётная запись заблокирована на {minutes} мин.",
)
ERR_INACTIVE = Message("Бұл есептік жазба өшірілген. Әкімшіге хабарласыңыз.",
                       "Эта учётная запись отключена. Обратитесь к администратору.")
ERR_PASSWORD_SHORT = Message(f"Құпиясөз кемінде {MIN_PASSWORD} таңбадан тұруы керек.",
                             f"Пароль должен содержать не менее {MIN_PASSWORD} символов.")
ERR_LOGIN_SHAPE = Message(
    "Логин — 3–32 кіші латын әрпі, цифр, нүкте, сызықша.",
    "Логин — от 3 до 32 строчных латинских букв, цифр, точек, дефисов.",
)
ERR_LOGIN_TAKEN = Message("«{login}» логині бос емес: басқасын таңдаңыз.",
                          "Логин «{login}» уже занят: выберите другой.")
ERR_NAME = Message("Аты-жөнін жазыңыз.", "Укажите ФИО.")
ERR_ROLE = Message("Мұндай рөл жоқ: {role}.", "Такой роли нет: {role}.")
ERR_NO_USER = Message("Мұндай пайдаланушы жоқ: {login}.", "Такого пользователя нет: {login}.")
ERR_KEEP_ADMIN_RIGHT = Message(
    "Әкімші рөлінен «{what}» рұқсатын алып тастауға болмайды: ешкім пайдаланушыларды басқара "
    "алмай қалады.",
    "Нельзя убрать у роли администратора право «{what}»: иначе никто не сможет управлять "
    "пользователями.",
)
ERR_LAST_ADMIN = Message(
    "Бұл — жалғыз белсенді әкімші: алдымен басқа әкімші қосыңыз.",
    "Это единственный действующий администратор: сначала добавьте другого администратора.",
)
ERR_SETTING = Message("{name}: {low}-ден {high}-ге дейінгі сан болуы керек.",
                      "{name}: должно быть число от {low} до {high}.")

LOGIN_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")
LEGACY_PREFIX = "legacy-scrypt:"  # an older setup's scrypt hash, until its first sign-in
PENDING_ADMIN_KEY = "pending_admin"
NO_LOGIN = "—"  # the operator of what is done at a signed-out desk (emergencies only)

MAX_FAILURES_KEY = "login.max_failures"
LOCKOUT_MINUTES_KEY = "login.lockout_minutes"
IDLE_MINUTES_KEY = "lock.idle_minutes"


@dataclass(frozen=True, slots=True)
class SecuritySettings:
    max_failures: int = 5
    lockout_minutes: int = 5
    idle_minutes: int = 10


_LIMITS = {  # field: (key, low, high, kk name, ru name)
    "max_failures": (MAX_FAILURES_KEY, 1, 100, "Қате құпиясөз саны", "Число неверных паролей"),
    "lockout_minutes": (LOCKOUT_MINUTES_KEY, 1, 1440, "Бұғаттау ұзақтығы (мин)",
                        "Длительность блокировки (мин)"),
    "idle_minutes": (IDLE_MINUTES_KEY, 1, 240, "Әрекетсіз бұғаттау (мин)",
                     "Блокировка при бездействии (мин)"),
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def signed_out_actor() -> Actor:
    """Who acts at a desk nobody is signed in to: nobody, allowed nothing (emergencies need no
    permission)."""
    return Actor(login=NO_LOGIN, full_name="", role="", permissions=frozenset(), signed_in=False)


# ------------------------------------------------------------------ settings

def security_settings(session: Any) -> SecuritySettings:
    values = {}
    defaults = SecuritySettings()
    for name, (key, low, high, _kk, _ru) in _LIMITS.items():
        value = store.read_setting(session, key)
        ok = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
        values[name] = value if ok else getattr(defaults, name)
    return SecuritySettings(**values)


def save_security_settings(session: Any, settings: SecuritySettings) -> None:
    from domain.access import CHANGE_SETTINGS

    require(session, CHANGE_SETTINGS)
    take_write_lock(session)
    for name, (_key, low, high, kk, ru) in _LIMITS.items():
        value = getattr(settings, name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise BadInput(Message(ERR_SETTING.kk.format(name=kk, low=low, high=high),
                                   ERR_SETTING.ru.format(name=ru, low=low, high=high)), field=name)
    before = security_settings(session)
    for name, (key, *_rest) in _LIMITS.items():
        store.write_setting(session, key, getattr(settings, name))
    if before != settings:
        record(session, "security_settings_changed", "settings",
               detail={"before": _as_dict(before), "after": _as_dict(settings)})


def _as_dict(s: SecuritySettings) -> dict:
    return {"max_failures": s.max_failures, "lockout_minutes": s.lockout_minutes,
            "idle_minutes": s.idle_minutes}


# ------------------------------------------------------------------ roles

def ensure_roles(session: Any) -> None:
    """A database without role permissions gets the default grants."""
    if not store.has_role_permissions(session):
        for role, perms in DEFAULT_GRANTS.items():
            store.replace_role_permissions(session, role, perms)


def role_permissions(session: Any) -> dict[str, frozenset[str]]:
    """Each role's permissions as stored (the default grants while none are)."""
    stored = store.role_permissions(session)
    if not stored:
        return dict(DEFAULT_GRANTS)
    return {role: stored.get(role, frozenset()) for role in ROLES} | stored


def set_role_permissions(session: Any, role: str, permissions) -> None:
    require(session, MANAGE_USERS)
    take_write_lock(session)
    if role not in ROLES:
        raise BadInput(ERR_ROLE.format(role=role), field="role")
    wanted = frozenset(p for p in permissions if p in PERMISSIONS)
    if role == ADMINISTRATOR and MANAGE_USERS not in wanted:
        what = PERMISSION_NAMES[MANAGE_USERS]
        raise BadInput(Message(ERR_KEEP_ADMIN_RIGHT.kk.format(what=what.kk),
                               ERR_KEEP_ADMIN_RIGHT.ru.format(what=what.ru)), field="permissions")
    ensure_roles(session)
    before = role_permissions(session).get(role, frozenset())
    if before == wanted:
        return
    store.replace_role_permissions(session, role, wanted)
    record(session, "role_permissions_changed", "role", entity_uuid=None,
           detail={"role": role, "added": sorted(wanted - before), "removed": sorted(before - wanted)})


# ------------------------------------------------------------------ accounts

@dataclass(frozen=True, slots=True)
class Account:
    login: str
    full_name: str
    role: str
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    position: str = ""


def has_accounts(session: Any) -> bool:
    """Whether the desk asks who signs in: an active account with a password exists."""
    return store.has_accounts(session)


def has_pending_admin(session: Any) -> bool:
    """An older setup's first administrator waits to become an account."""
    return isinstance(store.read_setting(session, PENDING_ADMIN_KEY), dict)


def adopt_pending_admin(session: Any) -> bool:
    """The first administrator an older setup kept as a pending setting becomes an account
    (its scrypt hash is checked at the first sign-in and replaced by an Argon2 one). True when
    one was adopted; the caller commits."""
    take_write_lock(session)
    pending = store.read_setting(session, PENDING_ADMIN_KEY)
    if not isinstance(pending, dict):
        return False
    login = str(pending.get("login", ""))
    password = pending.get("password")
    if not _login_ok(login) or not isinstance(password, dict):
        return False
    if not store.login_taken(session, login):
        ensure_roles(session)
        store.add_user(session, login=login, full_name=str(pending.get("full_name") or login),
                       role=ADMINISTRATOR,
                       password_hash=LEGACY_PREFIX + json.dumps(password, separators=(",", ":")),
                       changed_by=operator(session))
        record(session, "user_created", "user", detail={"login": login, "role": ADMINISTRATOR,
                                                        "from": "setup"})
    store.delete_setting(session, PENDING_ADMIN_KEY)
    session.flush()
    return True


def _login_ok(login: str) -> bool:
    return 3 <= len(login) <= 32 and set(login) <= LOGIN_CHARS


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise BadInput(ERR_PASSWORD_SHORT, field="password")


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise BadInput(ERR_ROLE.format(role=role), field="role")


def _account(row: store.UserRow) -> Account:
    return Account(row.login, row.full_name, row.role, row.active, row.locked_until,
                   row.last_login_at, row.position)


def _existing(session: Any, login: str) -> store.UserRow:
    row = store.user_by_login(session, login)
    if row is None:
        raise BadInput(ERR_NO_USER.format(login=login), field="login")
    return row


def list_users(session: Any) -> list[Account]:
    return [_account(row) for row in store.list_users(session)]


def create_user(session: Any, login: str, full_name: str, role: str, password: str,
                position: str = "") -> Account:
    require(session, MANAGE_USERS)
    take_write_lock(session)
    login = (login or "").strip()
    if not _login_ok(login):
        raise BadInput(ERR_LOGIN_SHAPE, field="login")
    if not (full_name or "").strip():
        raise BadInput(ERR_NAME, field="full_name")
    _check_role(role)
    _check_password(password)
    if store.login_taken(session, login):
        raise BadInput(ERR_LOGIN_TAKEN.format(login=login), field="login")
    ensure_roles(session)
    row = store.add_user(session, login=login, full_name=full_name.strip(), role=role,
                         position=position.strip(), password_hash=hash_password(password),
                         changed_by=operator(session))
    record(session, "user_created", "user", detail={"login": login, "role": role})
    return _account(row)


def set_password(session: Any, login: str, password: str) -> None:
    require(session, MANAGE_USERS)
    take_write_lock(session)
    _existing(session, login)
    _check_password(password)
    store.change_user(session, login, operator(session), password_hash=hash_password(password),
                      failed_logins=0, locked_until=None)
    record(session, "password_reset", "user", detail={"login": login})


def _active_admins(session: Any) -> list[str]:
    return [r.login for r in store.list_users(session)
            if r.active and r.role == ADMINISTRATOR and r.password_hash]


def set_active(session: Any, login: str, active: bool) -> None:
    require(session, MANAGE_USERS)
    take_write_lock(session)
    row = _existing(session, login)
    if row.active == active:
        return
    if not active and _active_admins(session) == [login]:
        raise BadInput(ERR_LAST_ADMIN, field="active")
    store.change_user(session, login, operator(session), active=active)
    record(session, "user_activated" if active else "user_deactivated", "user",
           detail={"login": login})


def set_role(session: Any, login: str, role: str) -> None:
    require(session, MANAGE_USERS)
    take_write_lock(session)
    row = _existing(session, login)
    _check_role(role)
    if row.role == role:
        return
    if row.role == ADMINISTRATOR and _active_admins(session) == [login]:
        raise BadInput(ERR_LAST_ADMIN, field="role")
    store.change_user(session, login, operator(session), role=role)
    record(session, "role_changed", "user", detail={"login": login, "before": row.role, "after": role})


# ------------------------------------------------------------------ signing in

@dataclass(frozen=True, slots=True)
class Attempt:
    """A sign-in's answer: the actor, or the refusal's words (and, when locked, until when)."""

    actor: Actor | None
    refusal: Message | None = None
    locked_until: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.actor is not None


class SignInRefused(BadInput):
    def __init__(self, attempt: Attempt):
        super().__init__(attempt.refusal or ERR_SIGN_IN, field="password")
        self.attempt = attempt


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds() / 60))


def _matches(stored: str | None, password: str) -> bool:
    if stored and stored.startswith(LEGACY_PREFIX):
        try:
            legacy = json.loads(stored[len(LEGACY_PREFIX):])
        except ValueError:
            return False
        return isinstance(legacy, dict) and verify_legacy_scrypt(legacy, password)
    return verify_password(stored, password)


def _actor_of(session: Any, row: store.UserRow) -> Actor:
    perms = role_permissions(session).get(row.role, frozenset())
    return Actor(login=row.login, full_name=row.full_name, role=row.role, permissions=perms,
                 signed_in=True)


def attempt(session: Any, login: str, password: str, now: datetime | None = None,
            action: str = "login") -> Attempt:
    """Check a sign-in (`action` "unlocked" when the password unlocks a locked desk). Never
    raises for a refusal: the counters and the audit event it wrote are to be committed either
    way."""
    now = now or utcnow()
    login = (login or "").strip()
    take_write_lock(session)  # a sign-in always writes (its event, the counters)
    adopt_pending_admin(session)
    row = store.user_by_login(session, login) if login else None
    if row is None or not row.password_hash:
        dummy_verify(password)
        record(session, "login_failed", "user", by=login[:100], at=now, detail={"reason": "unknown"})
        return Attempt(None, ERR_SIGN_IN)
    if row.locked_until is not None and now < row.locked_until:
        dummy_verify(password)
        record(session, "login_failed", "user", by=login, at=now, detail={"reason": "locked"})
        return Attempt(None, ERR_LOCKED.format(minutes=_minutes_left(row.locked_until, now)),
                       row.locked_until)
    if not _matches(row.password_hash, password):
        settings = security_settings(session)
        failures = row.failed_logins + 1
        if failures >= settings.max_failures:
            until = now + timedelta(minutes=settings.lockout_minutes)
            store.set_counters(session, login, failed_logins=0, locked_until=until)
            record(session, "login_failed", "user", by=login, at=now, detail={"reason": "password"})
            record(session, "account_locked", "user", by=login, at=now,
                   detail={"failures": failures, "minutes": settings.lockout_minutes})
            return Attempt(None, ERR_LOCKED.format(minutes=settings.lockout_minutes), until)
        store.set_counters(session, login, failed_logins=failures, locked_until=None)
        record(session, "login_failed", "user", by=login, at=now, detail={"reason": "password"})
        return Attempt(None, ERR_SIGN_IN)
    if not row.active:
        record(session, "login_failed", "user", by=login, at=now, detail={"reason": "inactive"})
        return Attempt(None, ERR_INACTIVE)
    if row.password_hash.startswith(LEGACY_PREFIX) or needs_rehash(row.password_hash):
        store.set_hash_quietly(session, login, hash_password(password))
    store.set_counters(session, login, failed_logins=0, locked_until=None, last_login_at=now)
    record(session, action, "user", by=login, at=now)
    return Attempt(_actor_of(session, row))


def authenticate(session: Any, login: str, password: str, now: datetime | None = None) -> Actor:
    """The signed-in actor, or `SignInRefused` (kk/ru words). Commit the session also after a
    refusal: it wrote the attempt's audit event and the counters."""
    result = attempt(session, login, password, now)
    if result.actor is None:
        raise SignInRefused(result)
    return result.actor


def note(session: Any, action: str, login: str, detail: dict | None = None) -> None:
    """An event of the desk's session (logout, screen_locked, unlocked) in the trail."""
    take_write_lock(session)
    record(session, action, "user", by=login, detail=detail)


def record_emergency_without_login(session: Any, entry: dict) -> Any:
    """An emergency visit recorded at a desk nobody is signed in to: the visit, and the event
    saying it was made without a sign-in."""
    from db.visits import visit_by_uuid
    from services import desk

    take_write_lock(session)
    first_time = visit_by_uuid(session, entry["id"]) is None
    outcome = desk.write_journaled(session, entry)
    if first_time:
        record(session, "emergency_without_login", "visit", entity_uuid=entry["id"],
               by=entry.get("operator") or NO_LOGIN,
               detail={"kind": entry.get("kind"), "at": entry.get("at")})
    return outcome


def create_first_administrator(session: Any, login: str, full_name: str, password: str) -> None:
    """The administrator the first-run setup names (run as the computer's own user, before any
    account exists; a setup run again sets that account's name and password)."""
    take_write_lock(session)
    ensure_roles(session)
    if not _login_ok(login):
        raise BadInput(ERR_LOGIN_SHAPE, field="admin_login")
    _check_password(password)
    row = store.user_by_login(session, login)
    if row is None:
        store.add_user(session, login=login, full_name=full_name.strip() or login,
                       role=ADMINISTRATOR, password_hash=hash_password(password),
                       changed_by=operator(session))
        record(session, "user_created", "user", detail={"login": login, "role": ADMINISTRATOR,
                                                        "from": "setup"})
    else:
        store.change_user(session, login, operator(session), full_name=full_name.strip() or login,
                          role=ADMINISTRATOR, active=True, password_hash=hash_password(password),
                          failed_logins=0, locked_until=None)
        record(session, "password_reset", "user", detail={"login": login, "from": "setup"})
    store.delete_setting(session, PENDING_ADMIN_KEY)


