"""Signing in at the desk, the lock, the emergency without a sign-in and the administrator's
users dialog, through the real widgets on real SQLite files."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from sqlalchemy import select

from db import models as m
from db.engine import open_database, session_factory
from demo.load import fill
from tests.ui.conftest import type_text, visible_dialog, wait_ready


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """A small demo database (accounts reception, doctor, admin with the password "demo")."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    engine = open_database(f"sqlite:///{path}")
    fill(engine, 30, 1)
    engine.dispose()
    return path


@pytest.fixture
def demo_url(demo_template, tmp_path):
    import shutil

    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, target)
    return f"sqlite:///{target}"


def _window(qtbot, url, lang="kk", login=None):
    from ui.app import build_main_window

    w = build_main_window(url, lang, login=login)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.tasks.busy(), timeout=10_000)
    return w


def _rows(url, model, *where):
    engine = open_database(url)
    try:
        with session_factory(engine)() as s:
            return list(s.scalars(select(model).where(*where).order_by(model.id)))
    finally:
        engine.dispose()


def _emergency_buttons(w):
    return [b for b in w.findChildren(QPushButton, "emergencyButton") if b.isVisible()]


def _sign_in(qtbot, w, login, password):
    page = w.access.page
    page.loginUserEdit.clear()
    qtbot.keyClicks(page.loginUserEdit, login)
    qtbot.keyClick(page.loginUserEdit, Qt.Key.Key_Return)
    assert page.loginPasswordEdit.hasFocus() or not w.isActiveWindow()
    qtbot.keyClicks(page.loginPasswordEdit, password)
    qtbot.mouseClick(page.loginButton, Qt.MouseButton.LeftButton)


def test_a_database_with_accounts_opens_on_the_sign_in_page(qtbot, demo_url):
    w = _window(qtbot, demo_url)
    user = w.findChild(QLineEdit, "loginUserEdit")
    password = w.findChild(QLineEdit, "loginPasswordEdit")
    assert user.isVisible() and password.isVisible() and w.findChild(QPushButton, "loginButton").isVisible()
    assert password.echoMode() == QLineEdit.EchoMode.Password
    assert not w.searchEdit.isVisible() and not w.resultsView.isVisible()
    assert len(_emergency_buttons(w)) == 1 and w.findChild(QPushButton, "emergencyButton").isEnabled()
    assert not w.action_new.isEnabled() and not w.action_settings.isEnabled()

    _sign_in(qtbot, w, "reception", "wrong-one")
    assert w.access.page.loginMessage.text() == "Логин немесе құпиясөз қате."
    assert not w.searchEdit.isVisible()
    events = _rows(demo_url, m.AuditEventRecord, m.AuditEventRecord.action == "login_failed")
    assert [e.operator for e in events] == ["reception"]

    _sign_in(qtbot, w, "reception", "demo")
    assert w.searchEdit.isVisible() and not user.isVisible()
    assert w.operator == "reception"
    assert "Сәрсенбаева" in w.access.accountStatus.text() and "Тіркеуші" in w.access.accountStatus.text()
    assert len(_emergency_buttons(w)) == 1
    # a receptionist may not merge or change settings: disabled, the reason in the tooltip
    assert not w.action_merge.isEnabled() and "біріктіру" in w.action_merge.toolTip()
    assert not w.action_settings.isEnabled() and w.newPatientButton.isEnabled()
    assert not w.access.action_users.isEnabled()


def test_login_argument_signs_in_and_a_wrong_pair_stays_on_the_sign_in_page(qtbot, demo_url):
    w = _window(qtbot, demo_url, "ru", login=("reception", "demo"))
    wait_ready(qtbot, w)
    assert w.searchEdit.isVisible() and w.access.actor.login == "reception"
    assert w.access.factory.kw["info"]["actor"].login == "reception"  # every service sees it
    assert "Регистратор" in w.access.accountStatus.text()
    w2 = _window(qtbot, demo_url, "ru", login=("reception", "nope"))
    assert w2.access.page.isVisible() and w2.access.page.loginMessage.text() == "Неверный логин или пароль."


def test_emergency_from_the_sign_in_page_needs_no_sign_in(qtbot, demo_url):
    w = _window(qtbot, demo_url)
    button = w.findChild(QPushButton, "emergencyButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(w, "emergencyDialog")
    assert dialog is not None
    dialog.emergencySex.setCurrentIndex(1)
    type_text(dialog.emergencyKnown, "әкелінді")
    with qtbot.waitSignal(w.emergency_recorded, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.registerButton, Qt.MouseButton.LeftButton)
    outcome = blocker.args[0]
    [visit] = _rows(demo_url, m.VisitRecord, m.VisitRecord.patient_id == outcome.patient_id)
    assert visit.emergency and visit.operator == "—"
    [event] = _rows(demo_url, m.AuditEventRecord, m.AuditEventRecord.action == "emergency_without_login")
    assert event.entity_uuid == visit.uuid and event.operator == "—"
    result = visible_dialog(w, "emergencyResult")
    assert result is not None and not result.referralButton.isVisible()  # a referral needs a sign-in
    assert w.access.page.isVisible() and w.current_patient_id is None  # no card shown signed out


def test_the_idle_lock_keeps_an_open_form_and_asks_the_password_again(qtbot, demo_url):
    w = _window(qtbot, demo_url, login=("doctor", "demo"))
    wait_ready(qtbot, w)
    w.searchEdit.setFocus()
    qtbot.keyClick(w.searchEdit, Qt.Key.Key_F4)
    form = visible_dialog(w, "registrationDialog")
    type_text(form.surnameEdit, "Бекова")
    w.access.idle_seconds = 0.2
    w.access.last_input -= 1
    w.access._render()  # the idle timer at the new interval
    qtbot.waitUntil(lambda: w.access.page.isVisible(), timeout=5_000)
    assert not form.isVisible() and not w.searchEdit.isVisible()
    assert "Ахметов" in w.access.page.intro.text()
    assert w.access.page.loginUserEdit.isReadOnly() and w.access.page.loginUserEdit.text() == "doctor"
    assert w.access.factory.kw["info"]["actor"].permissions == frozenset()  # the session expired
    assert len(_emergency_buttons(w)) == 1
    # the emergency works on the lock page too
    qtbot.mouseClick(w.emergencyButton, Qt.MouseButton.LeftButton)
    emergency = visible_dialog(w, "emergencyDialog")
    with qtbot.waitSignal(w.emergency_recorded, timeout=10_000):
        qtbot.mouseClick(emergency.registerButton, Qt.MouseButton.LeftButton)
    visible_dialog(w, "emergencyResult").close()
    assert len(_rows(demo_url, m.AuditEventRecord,
                     m.AuditEventRecord.action == "emergency_without_login")) == 1
    # a wrong password does not unlock; the right one brings the form back as it was
    w.access.idle_seconds = 600
    qtbot.keyClicks(w.access.page.loginPasswordEdit, "wrong")
    qtbot.keyClick(w.access.page.loginPasswordEdit, Qt.Key.Key_Return)
    assert w.access.page.isVisible() and w.access.page.loginMessage.isVisible()
    qtbot.keyClicks(w.access.page.loginPasswordEdit, "demo")
    qtbot.keyClick(w.access.page.loginPasswordEdit, Qt.Key.Key_Return)
    assert w.searchEdit.isVisible() and form.isVisible() and form.surnameEdit.text() == "Бекова"
    actions = [e.action for e in _rows(demo_url, m.AuditEventRecord, m.AuditEventRecord.operator == "doctor")]
    assert actions[-4:] == ["login", "screen_locked", "login_failed", "unlocked"]
    form.reject()


def test_ctrl_l_locks_and_someone_else_signs_in_then_signs_out(qtbot, demo_url):
    w = _window(qtbot, demo_url, login=("reception", "demo"))
    wait_ready(qtbot, w)
    w.activateWindow()
    w.access.action_lock.trigger()
    assert w.access.page.isVisible() and w.access.page.switchUserButton.isVisible()
    assert w.access.action_lock.shortcut().toString() == "Ctrl+L"
    qtbot.mouseClick(w.access.page.switchUserButton, Qt.MouseButton.LeftButton)
    assert not w.access.page.loginUserEdit.isReadOnly()
    _sign_in(qtbot, w, "admin", "demo")
    assert w.access.actor.login == "admin" and w.operator == "admin"
    assert w.access.action_users.isEnabled() and w.action_merge.isEnabled()
    w.access.action_sign_out.trigger()
    assert w.access.page.isVisible() and w.access.actor is None
    logins = [(e.action, e.operator) for e in _rows(demo_url, m.AuditEventRecord)
              if e.action in ("login", "logout", "screen_locked")]
    assert logins == [("login", "reception"), ("screen_locked", "reception"), ("login", "admin"),
                      ("logout", "admin")]


def test_the_users_dialog_adds_a_user_who_signs_in_and_roles_apply_at_the_next_sign_in(qtbot, demo_url):
    from domain import access as perms

    w = _window(qtbot, demo_url, login=("admin", "demo"))
    wait_ready(qtbot, w)
    w.access.action_users.trigger()
    dialog = visible_dialog(w, "usersDialog")
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    assert {dialog.usersTable.item(r, 0).text() for r in range(dialog.usersTable.rowCount())} == \
        {"admin", "doctor", "reception"}
    type_text(dialog.newUserNameEdit, "Дана Серікова")
    qtbot.keyClicks(dialog.newUserLoginEdit, "dana")
    dialog.newUserRoleCombo.setCurrentIndex(dialog.newUserRoleCombo.findData(perms.RECEPTIONIST))
    qtbot.keyClicks(dialog.newUserPasswordEdit, "short")
    qtbot.mouseClick(dialog.addUserButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "8" in dialog.usersMessage.text(), timeout=10_000)
    qtbot.keyClicks(dialog.newUserPasswordEdit, "-enough")
    qtbot.mouseClick(dialog.addUserButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.usersTable.rowCount() == 4, timeout=10_000)
    # the roles editor: receptionists may merge from the next sign-in
    dialog.tabs.setCurrentIndex(1)
    dialog.set_permission(perms.RECEPTIONIST, perms.MERGE, True)
    qtbot.mouseClick(dialog.saveRolesButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "келесі" in dialog.usersMessage.text(), timeout=10_000)
    dialog.close()

    w2 = _window(qtbot, demo_url, login=("dana", "short-enough"))
    assert w2.access.actor is not None and w2.access.actor.full_name == "Дана Серікова"
    assert w2.access.actor.may(perms.MERGE) and w2.action_merge.isEnabled()
    changes = [json.loads(e.detail) for e in _rows(demo_url, m.AuditEventRecord,
                                                   m.AuditEventRecord.action == "role_permissions_changed")]
    assert changes == [{"role": perms.RECEPTIONIST, "added": [perms.MERGE], "removed": []}]


def test_the_administrator_cannot_take_user_management_from_administrators(qtbot, demo_url):
    from domain import access as perms

    w = _window(qtbot, demo_url, "ru", login=("admin", "demo"))
    w.access.action_users.trigger()
    dialog = visible_dialog(w, "usersDialog")
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    dialog.set_permission(perms.ADMINISTRATOR, perms.MANAGE_USERS, False)
    qtbot.mouseClick(dialog.saveRolesButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "пользователями" in dialog.usersMessage.text(), timeout=10_000)
    dialog.close()
    assert _window(qtbot, demo_url, login=("admin", "demo")).access.actor.may(perms.MANAGE_USERS)


def test_a_locked_account_says_for_how_long_at_the_desk(qtbot, demo_url):
    from datetime import datetime

    w = _window(qtbot, demo_url, "ru")
    w.access.now = lambda: datetime(2026, 12, 1, 10, 0)
    for _ in range(5):
        _sign_in(qtbot, w, "reception", "bad")
    assert "заблокирована на 5 мин" in w.access.page.loginMessage.text()
    _sign_in(qtbot, w, "reception", "demo")
    assert w.access.actor is None and "5 мин" in w.access.page.loginMessage.text()
    w.access.now = lambda: datetime(2026, 12, 1, 10, 6)
    _sign_in(qtbot, w, "reception", "demo")
    assert w.access.actor is not None and w.searchEdit.isVisible()


def test_a_database_without_accounts_opens_the_desk_as_before(qtbot, window):
    assert window.searchEdit.isVisible() and not window.access.required
    assert not window.access.page.isVisible() and window.operator
    assert not window.access.action_lock.isVisible()
