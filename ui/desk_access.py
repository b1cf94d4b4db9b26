"""Who is at the desk: the sign-in page, the lock after idle time (or Ctrl+L), signing out,
and what the signed-in person's role allows the desk's buttons and menu to do.

A database without accounts (an older one) keeps the desk as it was: it acts as the computer's
own user and asks nobody to sign in.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QStackedWidget

from domain import access as perms
from domain.access import Actor, Forbidden
from ui import translations
from ui.crash import report_failure
from ui.views.access_page import AccessPage

SHORTCUT_LOCK = "Ctrl+L"
SHORTCUT_USERS = "Ctrl+Shift+U"
SHORTCUT_EMERGENCY = "F9"
DEFAULT_IDLE_SECONDS = 10 * 60  # until the database says otherwise
IDLE_CHECK_MS = 15_000  # how often the idle time is looked at (at most)
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin}

log = logging.getLogger(__name__)


class _LazyAccounts:
    """`services.accounts` on first use: it brings SQLAlchemy, imported once the window shows."""

    def __getattr__(self, name: str):
        from services import accounts as module

        return getattr(module, name)


accounts = _LazyAccounts()


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class _InputWatch(QObject):
    """Application-wide: notes the time of the last keyboard or mouse input."""

    def __init__(self, owner: DeskAccess):
        super().__init__(owner)
        self.owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.owner.last_input = time.monotonic()
        return False


class DeskAccess(QObject):
    """Attached to the main window: its central widget becomes a stack of the desk and the
    access page, and the window's one emergency button moves to the access page while that
    shows."""

    entered = Signal(object)  # domain.access.Actor: signed in
    locked = Signal()
    left = Signal()  # signed out

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("deskAccess")
        self.window = window
        self.factory = None
        self.required = False  # the database has accounts: somebody must sign in
        self.actor: Actor | None = None  # the signed-in person (None: nobody, or no accounts)
        self.locked_actor: Actor | None = None  # whose desk is locked
        self.now = utcnow  # tests put a clock of their own here
        self.idle_seconds = DEFAULT_IDLE_SECONDS
        self.last_input = time.monotonic()
        self._hidden: list[QDialog] = []

        self.page = AccessPage()
        self.stack = QStackedWidget(objectName="deskStack")
        desk_page = window.takeCentralWidget()
        self.stack.addWidget(desk_page)
        self.stack.addWidget(self.page)
        window.setCentralWidget(self.stack)
        self.page.sign_in_requested.connect(self.sign_in)
        self.page.unlock_requested.connect(self.unlock)
        self.page.switch_user_requested.connect(self.switch_user)

        self.accountStatus = QLabel(objectName="accountStatus")
        self.accountStatus.setVisible(False)
        window.statusBar().addWidget(self.accountStatus)

        menu = window.menu_desk
        self.action_users = QAction(window, objectName="usersAction",
                                    shortcut=QKeySequence(SHORTCUT_USERS))
        self.action_lock = QAction(window, objectName="lockAction", shortcut=QKeySequence(SHORTCUT_LOCK))
        self.action_sign_out = QAction(window, objectName="signOutAction")
        menu.insertAction(window.action_quit, self.action_users)
        menu.insertAction(window.action_quit, self.action_lock)
        menu.insertAction(window.action_quit, self.action_sign_out)
        menu.insertSeparator(window.action_quit)
        self.action_users.triggered.connect(self.open_users)
        self.action_lock.triggered.connect(self.lock)
        self.action_sign_out.triggered.connect(self.sign_out)

        self.idleTimer = QTimer(self, objectName="idleTimer")
        self.idleTimer.timeout.connect(self.check_idle)
        self._watch = _InputWatch(self)
        self.retranslate()
        self._render()

    # ------------------------------------------------------------ state

    @property
    def signed_out(self) -> bool:
        """The desk shows the access page: only the emergency works."""
        return self.required and self.actor is None

    def may(self, permission: str) -> bool:
        if not self.required:
            return True
        return self.actor is not None and self.actor.may(permission)

    def start(self, factory) -> None:
        """The database is open: does it have accounts? (An older setup's first administrator
        becomes one here.) Called before the desk's first task runs."""
        self.factory = factory
        try:
            with factory() as session:
                pending = accounts.has_pending_admin(session)
            if pending:
                with factory() as session:
                    accounts.adopt_pending_admin(session)
                    session.commit()
            with factory() as session:
                self.required = accounts.has_accounts(session)
                self.idle_seconds = accounts.security_settings(session).idle_minutes * 60
        except Exception as exc:  # noqa: BLE001 - a database that cannot say: nobody is let in
            log.warning("the accounts could not be read: %s", exc)
            self.required = True
        if self.required:
            self._set_actor(accounts.signed_out_actor())
            self.page.show_sign_in()
        self._render()

    def _set_actor(self, actor: Actor) -> None:
        info = dict(self.factory.kw.get("info") or {})
        info["actor"] = actor
        self.factory.configure(info=info)
        self.window.operator = actor.login

    def _record(self, action: str, login: str, detail: dict | None = None) -> None:
        try:
            with self.factory() as session:
                accounts.note(session, action, login, detail)
                session.commit()
        except Exception as exc:  # noqa: BLE001 - the trail failing must not keep the desk open
            log.warning("audit event %s not written: %s", action, exc)

    # ------------------------------------------------------------ signing in

    def sign_in(self, login: str, password: str) -> bool:
        if not login:
            self.page.show_message(self.tr("Type your login."))
            self.page.loginUserEdit.setFocus()
            return False
        return self._check(login, password, "login")

    def unlock(self, password: str) -> bool:
        if self.locked_actor is None:
            return False
        return self._check(self.locked_actor.login, password, "unlocked")

    def _check(self, login: str, password: str, action: str) -> bool:
        started = time.perf_counter()
        try:
            with self.factory() as session:
                result = accounts.attempt(session, login, password, self.now(), action=action)
                session.commit()
        except Exception as exc:  # noqa: BLE001 - shown as the desk shows failures
            report_failure(exc, self.window)
            return False
        self.last_sign_in_seconds = time.perf_counter() - started
        if result.actor is None:
            self.page.show_message(translations.text(result.refusal))
            self.page.loginPasswordEdit.setFocus()
            return False
        previous = self.locked_actor
        self.locked_actor = None
        self.actor = result.actor
        self._set_actor(result.actor)
        self._reload_settings()
        if previous is not None and previous.login == result.actor.login:
            self._restore_dialogs()
        else:
            self._drop_dialogs()
            if previous is not None or self.window.current_patient_id is not None:
                self.window.close_patient()
                self.window.searchEdit.clear()
        self.last_input = time.monotonic()
        self._render()
        self.window.searchEdit.setFocus()
        self.entered.emit(result.actor)
        return True

    def _reload_settings(self) -> None:
        try:
            with self.factory() as session:
                self.idle_seconds = accounts.security_settings(session).idle_minutes * 60
        except Exception as exc:  # noqa: BLE001 - the default stands
            log.warning("security settings not read: %s", exc)

    # ------------------------------------------------------------ locking, signing out

    def lock(self) -> None:
        """The desk covered until the same person's password (or another sign-in); open
        dialogs are hidden and come back as they were."""
        if not self.required or self.actor is None:
            return
        who = self.actor
        self._hide_dialogs()
        self.locked_actor, self.actor = who, None
        self._set_actor(accounts.signed_out_actor())
        self._record("screen_locked", who.login)
        self.page.show_locked(who.login, self._who(who))
        self._render()
        self.locked.emit()

    def switch_user(self) -> None:
        """From the lock page: somebody else signs in (the locked person's forms are closed
        when they do)."""
        self.page.show_sign_in()

    def sign_out(self) -> None:
        if not self.required or self.actor is None:
            return
        who = self.actor
        self._hide_dialogs()
        self._drop_dialogs()
        self.actor = self.locked_actor = None
        self._set_actor(accounts.signed_out_actor())
        self._record("logout", who.login)
        self.window.close_patient()
        self.window.searchEdit.clear()
        self.page.show_sign_in()
        self._render()
        self.left.emit()

    def check_idle(self) -> None:
        if self.actor is not None and time.monotonic() - self.last_input >= self.idle_seconds:
            self.lock()

    def _hide_dialogs(self) -> None:
        for dialog in self.window.findChildren(QDialog):
            if dialog.isVisible() and dialog.isWindow():
                dialog.hide()
                self._hidden.append(dialog)

    def _restore_dialogs(self) -> None:
        hidden, self._hidden = self._hidden, []
        for dialog in hidden:
            try:
                dialog.show()
            except RuntimeError:  # deleted meanwhile
                pass

    def _drop_dialogs(self) -> None:
        hidden, self._hidden = self._hidden, []
        for dialog in hidden:
            try:
                dialog.reject()
            except RuntimeError:
                pass

    # ------------------------------------------------------------ the desk's look

    def _who(self, actor: Actor) -> str:
        role = perms.ROLE_NAMES.get(actor.role)
        name = actor.full_name or actor.login
        return f"{name} ({translations.text(role)})" if role else name

    def _render(self) -> None:
        showing_page = self.signed_out
        self._place_emergency(showing_page)
        self.stack.setCurrentIndex(1 if showing_page else 0)
        if showing_page:
            self.page.focus_first()
        self.accountStatus.setVisible(self.required and self.actor is not None)
        if self.actor is not None:
            self.accountStatus.setText(self.tr("Signed in: %1").replace("%1", self._who(self.actor)))
        active = self.required and self.actor is not None
        self.action_lock.setVisible(self.required)
        self.action_sign_out.setVisible(self.required)
        self.action_lock.setEnabled(active)
        self.action_sign_out.setEnabled(active)
        if active:
            self.idleTimer.start(max(50, min(IDLE_CHECK_MS, int(self.idle_seconds * 1000 / 2))))
            QApplication.instance().installEventFilter(self._watch)
        else:
            self.idleTimer.stop()
            QApplication.instance().removeEventFilter(self._watch)
        self.apply()

    def _place_emergency(self, on_page: bool) -> None:
        button = self.window.emergencyButton
        if on_page:
            if button.parentWidget() is not self.page.box:
                self.window.toolbarLayout.removeWidget(button)
                self.page.emergencySlot.addWidget(button)
        elif button.parentWidget() is self.page.box:
            self.page.emergencySlot.removeWidget(button)
            index = self.window.toolbarLayout.indexOf(self.window.languageSwitch)
            self.window.toolbarLayout.insertWidget(index, button)
        button.setVisible(True)

    def _gated(self):
        w = self.window
        card = w.patientCard
        return (
            (w.newPatientButton, perms.REGISTER_PATIENT),
            (w.action_new, perms.REGISTER_PATIENT),
            (w.referralButton, perms.ISSUE_REFERRAL),
            (w.action_referral, perms.ISSUE_REFERRAL),
            (w.action_merge, perms.MERGE),
            (w.action_settings, perms.CHANGE_SETTINGS),
            (w.loadDemoButton, perms.REGISTER_PATIENT),
            (card.editButton, perms.EDIT_PATIENT),
            (card.evidenceButton, perms.EDIT_PATIENT),
            (card.identifyButton, perms.EDIT_PATIENT),
            (self.action_users, perms.MANAGE_USERS),
        )

    def apply(self) -> None:
        """Buttons and menu entries the role lacks: disabled, the reason in the tooltip (the
        use cases refuse them anyway). Called again whenever the desk renders its state."""
        w = self.window
        lost = w.server_lost
        open_desk = not self.signed_out
        needs_server = {w.newPatientButton, w.referralButton, w.loadDemoButton, w.action_new,
                        w.action_referral, w.action_settings}
        gated = set()
        for widget, permission in self._gated():
            gated.add(widget)
            if self.may(permission):
                if widget.property("deniedBy") is not None:
                    widget.setProperty("deniedBy", None)
                    widget.setToolTip(w._offline_reason() if widget in needs_server and lost else "")
                    widget.setEnabled(not (widget in needs_server and lost))
                continue
            widget.setEnabled(False)
            widget.setProperty("deniedBy", permission)
            widget.setToolTip(translations.text(Forbidden(permission).message))
        w.patientCard.may_void = self.may(perms.VOID)
        # Signed out: only the emergency (and leaving, and the language) is at hand.
        for action in w.menu_desk.actions():
            if action in (w.action_emergency, w.action_quit) or action.isSeparator():
                continue
            if not open_desk:
                action.setEnabled(False)
            elif action.property("deniedBy") is not None:
                action.setEnabled(False)
            else:
                action.setEnabled(not (action in needs_server and lost))
        for shortcut in w.findChildren(QShortcut):
            if shortcut.key() != QKeySequence(SHORTCUT_EMERGENCY):
                shortcut.setEnabled(open_desk)

    def changed_language(self) -> None:
        self.retranslate()
        self.page.retranslate()
        self._render()

    def retranslate(self) -> None:
        self.action_users.setText(self.tr("&Users and roles…"))
        self.action_lock.setText(self.tr("&Lock the desk"))
        self.action_sign_out.setText(self.tr("Sign &out"))

    # ------------------------------------------------------------ users

    def open_users(self) -> None:
        from ui.views.users_dialog import UsersDialog

        if not self.may(perms.MANAGE_USERS):
            self.window.statusBar().showMessage(
                translations.text(Forbidden(perms.MANAGE_USERS).message), 8000)
            return
        dialog = self.window._keep(UsersDialog(self.window.tasks, self.window))
        dialog.open()
        dialog.load()


def attach(window) -> DeskAccess:
    return DeskAccess(window)

