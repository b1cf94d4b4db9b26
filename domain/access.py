"""Who may do what at the desk: roles, permissions and the person acting.

A role's permissions are data (the database's `role_permissions`, which an administrator can
change); `DEFAULT_GRANTS` is what a new database starts with. Emergency care needs no
permission and no login: it is never refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.messages import BadInput, Message

REGISTER_PATIENT = "register_patient"
EDIT_PATIENT = "edit_patient"
ISSUE_REFERRAL = "issue_referral"
VOID = "void"
MERGE = "merge"
CHANGE_SETTINGS = "change_settings"
MANAGE_USERS = "manage_users"
INSTALL_RULES = "install_rules"
READ_AUDIT = "read_audit"
EXPORT_DATA = "export_data"
BACKUP_RESTORE = "backup_restore"

PERMISSIONS: tuple[str, ...] = (
    REGISTER_PATIENT, EDIT_PATIENT, ISSUE_REFERRAL, VOID, MERGE, CHANGE_SETTINGS, MANAGE_USERS,
    INSTALL_RULES, READ_AUDIT, EXPORT_DATA, BACKUP_RESTORE,
)

# What each permission lets a person do, in the words of the refusal and of the roles editor.
PERMISSION_NAMES: dict[str, Message] = {
    REGISTER_PATIENT: Message("науқасты тіркеу", "регистрировать пациентов"),
    EDIT_PATIENT: Message("науқас деректерін өзгерту", "изменять данные пациентов"),
    ISSUE_REFERRAL: Message("жолдама беру", "выдавать направления"),
    VOID: Message("жолдама мен қабылдауды жою", "аннулировать направления и приёмы"),
    MERGE: Message("жазбаларды біріктіру", "объединять записи"),
    CHANGE_SETTINGS: Message("баптауларды өзгерту", "изменять настройки"),
    MANAGE_USERS: Message("пайдаланушыларды басқару", "управлять пользователями"),
    INSTALL_RULES: Message("ереже жинағын орнату", "устанавливать пакеты правил"),
    READ_AUDIT: Message("әрекеттер журналын оқу", "читать журнал действий"),
    EXPORT_DATA: Message("деректерді экспорттау", "выгружать данные"),
    BACKUP_RESTORE: Message("сақтық көшірме жасау және қалпына келтіру",
                            "создавать резервные копии и восстанавливать"),
}

RECEPTIONIST = "receptionist"
DOCTOR = "doctor"
ADMINISTRATOR = "administrator"
ROLES: tuple[str, ...] = (RECEPTIONIST, DOCTOR, ADMINISTRATOR)
ROLE_NAMES: dict[str, Message] = {
    RECEPTIONIST: Message("Тіркеуші", "Регистратор"),
    DOCTOR: Message("Дәрігер", "Врач"),
    ADMINISTRATOR: Message("Әкімші", "Администратор"),
}

DEFAULT_GRANTS: dict[str, frozenset[str]] = {
    RECEPTIONIST: frozenset({REGISTER_PATIENT, EDIT_PATIENT, ISSUE_REFERRAL}),
    DOCTOR: frozenset({REGISTER_PATIENT, EDIT_PATIENT, ISSUE_REFERRAL, VOID, EXPORT_DATA}),
    ADMINISTRATOR: frozenset(PERMISSIONS),
}

FORBIDDEN = Message(
    "Сіздің рөліңізге бұл рұқсат етілмеген: {what}. Әкімшіге хабарласыңыз.",
    "Вашей роли это не разрешено: {what}. Обратитесь к администратору.",
)


@dataclass(frozen=True)
class Actor:
    """The person acting: a signed-in desk account, or the operating-system user running a
    command without the desk (`cli:<name>`, who holds the database file and may do anything)."""

    login: str
    full_name: str = ""
    role: str = ADMINISTRATOR
    permissions: frozenset[str] = field(default_factory=lambda: frozenset(PERMISSIONS))
    signed_in: bool = False

    def may(self, permission: str) -> bool:
        return permission in self.permissions


class Forbidden(BadInput):
    """Refused because the acting person's role does not allow it; nothing was written."""

    def __init__(self, permission: str):
        what = PERMISSION_NAMES.get(permission, Message(permission, permission))
        super().__init__(Message(FORBIDDEN.kk.format(what=what.kk), FORBIDDEN.ru.format(what=what.ru)),
                         field="permission")
        self.permission = permission


def command_line_actor(os_user: str) -> Actor:
    """The actor of a command run without the desk."""
    return Actor(login=f"cli:{os_user}" if os_user else "cli", full_name=os_user)
