"""Desk accounts and the permissions of each role, as stored (services.accounts decides)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from db import models as m


@dataclass(frozen=True, slots=True)
class UserRow:
    id: int
    login: str
    full_name: str
    position: str
    role: str
    password_hash: str | None
    active: bool
    failed_logins: int
    locked_until: datetime | None
    last_login_at: datetime | None


def _row(u: m.UserRecord) -> UserRow:
    return UserRow(u.id, u.login, u.full_name, u.position or "", u.role, u.password_hash,
                   bool(u.active), u.failed_logins or 0, u.locked_until, u.last_login_at)


def user_by_login(session: Session, login: str) -> UserRow | None:
    found = session.scalars(select(m.UserRecord).where(
        m.UserRecord.login == login, m.UserRecord.deleted.is_(False))).first()
    return _row(found) if found is not None else None


def list_users(session: Session) -> list[UserRow]:
    rows = session.scalars(select(m.UserRecord).where(m.UserRecord.deleted.is_(False))
                           .order_by(m.UserRecord.login))
    return [_row(u) for u in rows]


def login_taken(session: Session, login: str) -> bool:
    # Also a removed account's login: the column is unique.
    return session.scalar(select(func.count()).select_from(m.UserRecord)
                          .where(m.UserRecord.login == login)) > 0


def has_accounts(session: Session) -> bool:
    return session.scalar(select(m.UserRecord.id).where(
        m.UserRecord.active.is_(True), m.UserRecord.deleted.is_(False),
        m.UserRecord.password_hash.is_not(None), m.UserRecord.password_hash != "").limit(1)) is not None


def add_user(session: Session, *, login: str, full_name: str, role: str, password_hash: str,
             position: str = "", changed_by: str = "", site: str = "") -> UserRow:
    record = m.UserRecord(login=login, full_name=full_name, role=role, position=position or None,
                          password_hash=password_hash, active=True, failed_logins=0,
                          changed_by=changed_by or None, origin_site=site)
    session.add(record)
    session.flush()
    return _row(record)


def change_user(session: Session, login: str, changed_by: str, **values) -> None:
    """Change an account's own columns (name, role, password hash, active); counters reset with a
    new password."""
    record = session.scalars(select(m.UserRecord).where(m.UserRecord.login == login)).one()
    for key, value in values.items():
        setattr(record, key, value)
    record.version = (record.version or 1) + 1
    record.changed_by = changed_by or None
    session.flush()


def set_counters(session: Session, login: str, *, failed_logins: int,
                 locked_until: datetime | None, last_login_at: datetime | None = None) -> None:
    """The sign-in counters only: the row's other columns, its change time and version stay."""
    values: dict = {"failed_logins": failed_logins, "locked_until": locked_until,
                    "updated_at": m.UserRecord.updated_at}
    if last_login_at is not None:
        values["last_login_at"] = last_login_at
    session.execute(update(m.UserRecord).where(m.UserRecord.login == login).values(**values))


def set_hash_quietly(session: Session, login: str, password_hash: str) -> None:
    """A stronger hash of the same password, made at sign-in: not a change of the account."""
    session.execute(update(m.UserRecord).where(m.UserRecord.login == login)
                    .values(password_hash=password_hash, updated_at=m.UserRecord.updated_at))


# --- role permissions ---------------------------------------------------------------------

def role_permissions(session: Session) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for role, permission in session.execute(select(m.RolePermissionRecord.role,
                                                   m.RolePermissionRecord.permission)):
        out.setdefault(role, set()).add(permission)
    return {role: frozenset(perms) for role, perms in out.items()}


def has_role_permissions(session: Session) -> bool:
    return session.scalar(select(m.RolePermissionRecord.role).limit(1)) is not None


def replace_role_permissions(session: Session, role: str, permissions: frozenset[str]) -> None:
    session.execute(delete(m.RolePermissionRecord).where(m.RolePermissionRecord.role == role))
    if permissions:
        session.execute(insert(m.RolePermissionRecord),
                        [{"role": role, "permission": p} for p in sorted(permissions)])


# --- security settings (the `settings` table, JSON values) -----------------------------------

def read_setting(session: Session, key: str):
    raw = session.scalar(select(m.SettingRecord.value).where(m.SettingRecord.key == key))
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def write_setting(session: Session, key: str, value) -> None:
    text = json.dumps(value, ensure_ascii=False)
    row = session.get(m.SettingRecord, key)
    if row is None:
        session.add(m.SettingRecord(key=key, value=text))
    elif row.value != text:
        row.value = text
    session.flush()


def delete_setting(session: Session, key: str) -> None:
    session.execute(delete(m.SettingRecord).where(m.SettingRecord.key == key))
