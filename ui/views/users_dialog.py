"""The administrator's accounts: the users (add, new password, role, switch off), what each
role may do, and the sign-in lockout and idle lock."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain import access as perms
from domain.messages import BadInput
from ui.crash import report_failure
from ui.translations import text


def _accounts():
    from services import accounts

    return accounts


class UsersDialog(QDialog):
    def __init__(self, tasks, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.tasks = tasks
        self.users: list = []
        self.grants: dict[str, frozenset[str]] = {}
        self.loaded = False
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(objectName="usersTabs")
        layout.addWidget(self.tabs)

        # --- users
        page = QWidget()
        users = QVBoxLayout(page)
        self.usersTable = QTableWidget(0, 5, objectName="usersTable")
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.verticalHeader().setVisible(False)
        header = self.usersTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        users.addWidget(self.usersTable, 1)

        self.selectedBox = QGroupBox()
        chosen = QHBoxLayout(self.selectedBox)
        self.userPasswordEdit = QLineEdit(objectName="userPasswordEdit")
        self.userPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.resetPasswordButton = QPushButton(objectName="resetPasswordButton")
        self.userRoleCombo = QComboBox(objectName="userRoleCombo")
        self.changeRoleButton = QPushButton(objectName="changeRoleButton")
        self.toggleActiveButton = QPushButton(objectName="toggleActiveButton")
        for w in (self.userPasswordEdit, self.resetPasswordButton, self.userRoleCombo,
                  self.changeRoleButton, self.toggleActiveButton):
            chosen.addWidget(w)
        users.addWidget(self.selectedBox)

        self.newBox = QGroupBox()
        new = QFormLayout(self.newBox)
        self.newLabels = [QLabel() for _ in range(4)]
        self.newUserLoginEdit = QLineEdit(objectName="newUserLoginEdit")
        self.newUserNameEdit = QLineEdit(objectName="newUserNameEdit")
        self.newUserRoleCombo = QComboBox(objectName="newUserRoleCombo")
        self.newUserPasswordEdit = QLineEdit(objectName="newUserPasswordEdit")
        self.newUserPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        for label, w in zip(self.newLabels, (self.newUserNameEdit, self.newUserLoginEdit,
                                             self.newUserRoleCombo, self.newUserPasswordEdit),
                            strict=True):
            label.setBuddy(w)
            new.addRow(label, w)
        self.addUserButton = QPushButton(objectName="addUserButton")
        new.addRow("", self.addUserButton)
        users.addWidget(self.newBox)
        self.tabs.addTab(page, "")

        # --- roles
        page = QWidget()
        roles = QVBoxLayout(page)
        self.rolesNote = QLabel()
        self.rolesNote.setWordWrap(True)
        roles.addWidget(self.rolesNote)
        self.rolesTable = QTableWidget(len(perms.PERMISSIONS), len(perms.ROLES), objectName="rolesTable")
        self.rolesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rolesTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rolesTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for r in range(len(perms.PERMISSIONS)):
            for c in range(len(perms.ROLES)):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.rolesTable.setItem(r, c, item)
        roles.addWidget(self.rolesTable, 1)
        self.saveRolesButton = QPushButton(objectName="saveRolesButton")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.saveRolesButton)
        roles.addLayout(row)
        self.tabs.addTab(page, "")

        # --- security
        page = QWidget()
        security = QFormLayout(page)
        self.securityLabels = [QLabel() for _ in range(3)]
        self.maxFailuresSpin = QSpinBox(objectName="maxFailuresSpin")
        self.maxFailuresSpin.setRange(1, 100)
        self.lockoutMinutesSpin = QSpinBox(objectName="lockoutMinutesSpin")
        self.lockoutMinutesSpin.setRange(1, 1440)
        self.idleMinutesSpin = QSpinBox(objectName="idleMinutesSpin")
        self.idleMinutesSpin.setRange(1, 240)
        for label, w in zip(self.securityLabels, (self.maxFailuresSpin, self.lockoutMinutesSpin,
                                                  self.idleMinutesSpin), strict=True):
            label.setBuddy(w)
            security.addRow(label, w)
        self.saveSecurityButton = QPushButton(objectName="saveSecurityButton")
        security.addRow("", self.saveSecurityButton)
        self.tabs.addTab(page, "")

        self.usersMessage = QLabel(objectName="usersMessage")
        self.usersMessage.setWordWrap(True)
        layout.addWidget(self.usersMessage)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.addUserButton.clicked.connect(self.add_user)
        self.resetPasswordButton.clicked.connect(self.reset_password)
        self.changeRoleButton.clicked.connect(self.change_role)
        self.toggleActiveButton.clicked.connect(self.toggle_active)
        self.saveRolesButton.clicked.connect(self.save_roles)
        self.saveSecurityButton.clicked.connect(self.save_security)
        self.usersTable.itemSelectionChanged.connect(self._on_selected)
        self.retranslate()

    # ------------------------------------------------------------ text

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Users and roles"))
        self.tabs.setTabText(0, self.tr("Users"))
        self.tabs.setTabText(1, self.tr("Roles"))
        self.tabs.setTabText(2, self.tr("Sign-in and lock"))
        self.usersTable.setHorizontalHeaderLabels([
            self.tr("Login"), self.tr("Full name"), self.tr("Role"), self.tr("Active"),
            self.tr("Last sign-in")])
        self.selectedBox.setTitle(self.tr("Selected user"))
        self.userPasswordEdit.setPlaceholderText(self.tr("new password"))
        self.resetPasswordButton.setText(self.tr("Set &password"))
        self.changeRoleButton.setText(self.tr("Change &role"))
        self.newBox.setTitle(self.tr("New user"))
        for label, words in zip(self.newLabels, (self.tr("Full &name"), self.tr("&Login"),
                                                 self.tr("Ro&le"), self.tr("Pass&word")), strict=True):
            label.setText(words)
        self.addUserButton.setText(self.tr("&Add user"))
        self.rolesNote.setText(self.tr(
            "What each role may do. A change applies from the next sign-in. Emergency visits "
            "need no permission."))
        self.saveRolesButton.setText(self.tr("&Save the roles"))
        for label, words in zip(self.securityLabels, (
                self.tr("Wrong passwords before the lockout"), self.tr("Lockout, minutes"),
                self.tr("Lock the desk after idle minutes")), strict=True):
            label.setText(words)
        self.saveSecurityButton.setText(self.tr("Save the &settings"))
        for combo in (self.userRoleCombo, self.newUserRoleCombo):
            current = combo.currentData()
            combo.clear()
            for role in perms.ROLES:
                combo.addItem(text(perms.ROLE_NAMES[role]), role)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current)))
        self.rolesTable.setHorizontalHeaderLabels([text(perms.ROLE_NAMES[r]) for r in perms.ROLES])
        self.rolesTable.setVerticalHeaderLabels([text(perms.PERMISSION_NAMES[p]) for p in perms.PERMISSIONS])
        self._fill_users()
        self._on_selected()

    # ------------------------------------------------------------ loading

    def load(self) -> None:
        def read(session):
            accounts = _accounts()
            return (accounts.list_users(session), accounts.role_permissions(session),
                    accounts.security_settings(session))

        self.tasks.submit(read, self._on_loaded, self._failed, channel="users_dialog")

    def _on_loaded(self, answer) -> None:
        self.users, self.grants, settings = answer
        self._fill_users()
        for r, permission in enumerate(perms.PERMISSIONS):
            for c, role in enumerate(perms.ROLES):
                self.rolesTable.item(r, c).setCheckState(
                    Qt.CheckState.Checked if permission in self.grants.get(role, frozenset())
                    else Qt.CheckState.Unchecked)
        self.maxFailuresSpin.setValue(settings.max_failures)
        self.lockoutMinutesSpin.setValue(settings.lockout_minutes)
        self.idleMinutesSpin.setValue(settings.idle_minutes)
        self.loaded = True
        self._on_selected()

    def _fill_users(self) -> None:
        chosen = self.selected_login()
        self.usersTable.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            # kept in UTC, shown in this computer's time
            last = (user.last_login_at.replace(tzinfo=UTC).astimezone().strftime("%d.%m.%Y %H:%M")
                    if user.last_login_at else "—")
            role = perms.ROLE_NAMES.get(user.role)
            cells = (user.login, user.full_name, text(role) if role else user.role,
                     self.tr("yes") if user.active else self.tr("no"), last)
            for col, value in enumerate(cells):
                self.usersTable.setItem(row, col, QTableWidgetItem(value))
            if user.login == chosen:
                self.usersTable.selectRow(row)

    def selected_login(self) -> str | None:
        rows = self.usersTable.selectionModel().selectedRows() if self.usersTable.selectionModel() else []
        if not rows:
            return None
        item = self.usersTable.item(rows[0].row(), 0)
        return item.text() if item is not None else None

    def select(self, login: str) -> None:
        for row, user in enumerate(self.users):
            if user.login == login:
                self.usersTable.selectRow(row)

    def _user(self, login: str | None):
        return next((u for u in self.users if u.login == login), None)

    def _on_selected(self) -> None:
        user = self._user(self.selected_login())
        for w in (self.userPasswordEdit, self.resetPasswordButton, self.userRoleCombo,
                  self.changeRoleButton, self.toggleActiveButton):
            w.setEnabled(user is not None)
        self.toggleActiveButton.setText(self.tr("Switch o&n") if user is not None and not user.active
                                        else self.tr("Switch o&ff"))
        if user is not None:
            self.userRoleCombo.setCurrentIndex(max(0, self.userRoleCombo.findData(user.role)))

    # ------------------------------------------------------------ changes

    def _run(self, fn, done_text: str, after=None) -> None:
        def done(_result) -> None:
            if after is not None:
                after()
            self.usersMessage.setStyleSheet("")
            self.usersMessage.setText(done_text)
            self.load()

        self.tasks.submit(fn, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, BadInput):
            self.usersMessage.setStyleSheet("color: #c62828; font-weight: bold")
            self.usersMessage.setText(text(exc.message))
            return
        report_failure(exc, self)

    def add_user(self) -> None:
        login = self.newUserLoginEdit.text().strip()
        name = self.newUserNameEdit.text().strip()
        role = self.newUserRoleCombo.currentData()
        password = self.newUserPasswordEdit.text()

        def added() -> None:
            for edit in (self.newUserPasswordEdit, self.newUserLoginEdit, self.newUserNameEdit):
                edit.clear()

        self._run(lambda s: _accounts().create_user(s, login, name, role, password),
                  self.tr("User %1 added").replace("%1", login), added)

    def reset_password(self) -> None:
        login = self.selected_login()
        password = self.userPasswordEdit.text()
        self.userPasswordEdit.clear()
        self._run(lambda s: _accounts().set_password(s, login, password),
                  self.tr("New password of %1 set").replace("%1", login or ""))

    def change_role(self) -> None:
        login = self.selected_login()
        role = self.userRoleCombo.currentData()
        self._run(lambda s: _accounts().set_role(s, login, role),
                  self.tr("Role of %1 changed").replace("%1", login or ""))

    def toggle_active(self) -> None:
        user = self._user(self.selected_login())
        if user is None:
            return
        self._run(lambda s: _accounts().set_active(s, user.login, not user.active),
                  (self.tr("%1 switched on") if not user.active
                   else self.tr("%1 switched off")).replace("%1", user.login))

    def checked_permissions(self, role: str) -> frozenset[str]:
        c = perms.ROLES.index(role)
        return frozenset(p for r, p in enumerate(perms.PERMISSIONS)
                         if self.rolesTable.item(r, c).checkState() == Qt.CheckState.Checked)

    def set_permission(self, role: str, permission: str, on: bool) -> None:
        item = self.rolesTable.item(perms.PERMISSIONS.index(permission), perms.ROLES.index(role))
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def save_roles(self) -> None:
        wanted = {role: self.checked_permissions(role) for role in perms.ROLES}

        def save(session):
            accounts = _accounts()
            for role, permissions in wanted.items():
                accounts.set_role_permissions(session, role, permissions)

        self._run(save, self.tr("Roles saved: they apply from the next sign-in"))

    def save_security(self) -> None:
        settings = _accounts().SecuritySettings(self.maxFailuresSpin.value(),
                                                self.lockoutMinutesSpin.value(),
                                                self.idleMinutesSpin.value())
        self._run(lambda s: _accounts().save_security_settings(s, settings),
                  self.tr("Settings saved"))
