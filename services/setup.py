"""The first-run setup of a desk: the clinic, this desk's site prefix, where the data lives, the
paper, the language and the first administrator. The window (ui/views/setup_dialog.py) and
`setup` on the command line ask the same questions and end here.

`check_answers` refuses a wrong answer before anything is written; `apply_setup` stores the
clinic's settings and claims the prefix in the database's register of desks (refused when another
desk of a shared database uses it); the caller commits and then writes this computer's
configuration (`save_desk_config`), so that a refused setup leaves nothing behind.
"""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass, replace

from db.desk_config import DeskConfig, needs_setup, read_config, write_config
from db.engine import Session, take_write_lock
from db.models import SettingRecord
from db.settings import (
    CLINIC_INFO,
    PAPERS,
    SITE_PREFIX_RE,
    ClinicSettings,
    claim_prefix,
    clinics,
    load_settings,
    move_clinic,
    prefixes_in_use,
    save_settings,
    shared,
    suggest_prefix,
)
from domain import access
from domain.bin import check_bin
from domain.messages import LANGS, BadInput, Message
from services.access import require

__all__ = ["PAPERS", "AdminAccount", "SetupAnswers", "apply_setup", "check_answers",
           "needs_setup", "normalise_server_url", "read_config", "shown_hub", "suggest_prefix"]

ERR_NAME = Message("Емхананың атауын жазыңыз.", "Укажите название клиники.")
ERR_PREFIX = Message(
    "Префикс — 1–12 латын әрпі мен цифр, мысалы ALM01: {value}",
    "Префикс — от 1 до 12 латинских букв и цифр, например ALM01: {value}",
)
ERR_SERVER_URL = Message(
    "Сервердің мекенжайы postgresql://пайдаланушы:құпиясөз@сервер/дерекқор түрінде болуы керек.",
    "Адрес сервера должен иметь вид postgresql://пользователь:пароль@сервер/база.",
)
ERR_HUB_URL = Message(
    "Хабтың мекенжайы postgresql://пайдаланушы:құпиясөз@сервер/дерекқор түрінде болуы керек.",
    "Адрес хаба должен иметь вид postgresql://пользователь:пароль@сервер/база.",
)
ERR_HUB_ON_SERVER = Message(
    "Деректері сервердің өзінде тұратын жұмыс орны хабпен синхрондалмайды: хабты тек "
    "«Осы компьютерде» таңдалғанда көрсетіңіз.",
    "Рабочее место, чьи данные на самом сервере, не синхронизируется с хабом: хаб указывается "
    "только при выборе «На этом компьютере».",
)
ERR_PAPER = Message("Қағаз өлшемі A4 не A5 болуы керек.", "Размер бумаги должен быть A4 или A5.")
ERR_LANG = Message("Тіл қазақша (kk) не орысша (ru) болуы керек.",
                   "Язык должен быть казахский (kk) или русский (ru).")
ERR_ADMIN_LOGIN = Message(
    "Әкімшінің логині — 3–32 кіші латын әрпі, цифр, нүкте, сызықша.",
    "Логин администратора — от 3 до 32 строчных латинских букв, цифр, точек, дефисов.",
)
ERR_ADMIN_NAME = Message("Әкімшінің аты-жөнін жазыңыз.", "Укажите ФИО администратора.")
ERR_ADMIN_PASSWORD = Message("Құпиясөз кемінде 8 таңбадан тұруы керек.",
                             "Пароль должен содержать не менее 8 символов.")
ERR_ADMIN_REPEAT = Message("Қайталанған құпиясөз сәйкес келмейді.", "Повтор пароля не совпадает.")

LOGIN_RE = re.compile(r"^[a-z0-9._-]{3,32}$")
MIN_PASSWORD = 8
# An older setup kept the first administrator here (login, name, the password's scrypt hash)
# until the desk had accounts; services.accounts turns it into an account.
PENDING_ADMIN_KEY = "pending_admin"


@dataclass(frozen=True, slots=True)
class AdminAccount:
    login: str
    full_name: str
    password: str = ""
    repeat: str | None = None  # the window asks twice; the command line once


@dataclass(frozen=True, slots=True)
class SetupAnswers:
    clinic_kk: str
    clinic_ru: str
    bin: str
    site_prefix: str
    address: str = ""
    phone: str = ""
    language: str = "kk"
    server_url: str = ""  # empty: the data lives on this computer
    paper: str = "A4"
    admin: AdminAccount | None = None
    # The hub this desk syncs with (a PostgreSQL URL); "": none; None: the one this computer
    # named before, if any.
    hub_url: str | None = None


def normalise_server_url(text: str) -> str:
    """A PostgreSQL URL as typed (postgres://, postgresql://) with the desk's driver."""
    url = (text or "").strip()
    for scheme in ("postgres://", "postgresql://"):
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme):]
    return url


def check_server_url(text: str, field: str = "server_url") -> str:
    url = normalise_server_url(text)
    if not re.match(r"^postgresql\+psycopg2?://[^/\s]+/[^/\s]+$", url):
        raise BadInput(ERR_HUB_URL if field == "hub" else ERR_SERVER_URL, field=field)
    return url


def shown_hub(url: str) -> str:
    """The hub's address as the desk may show it: without its password."""
    from db.engine import shown_url

    return shown_url(url) if url else ""


def check_admin(admin: AdminAccount) -> None:
    if not admin.full_name.strip():
        raise BadInput(ERR_ADMIN_NAME, field="admin_name")
    if not LOGIN_RE.match(admin.login):
        raise BadInput(ERR_ADMIN_LOGIN, field="admin_login")
    if len(admin.password) < MIN_PASSWORD:
        raise BadInput(ERR_ADMIN_PASSWORD, field="admin_password")
    if admin.repeat is not None and admin.repeat != admin.password:
        raise BadInput(ERR_ADMIN_REPEAT, field="admin_repeat")


def check_clinic(answers: SetupAnswers) -> None:
    if not answers.clinic_kk.strip() or not answers.clinic_ru.strip():
        raise BadInput(ERR_NAME, field="clinic_kk" if not answers.clinic_kk.strip() else "clinic_ru")
    problem = check_bin(answers.bin)
    if problem is not None:
        raise BadInput(problem, field="bin")


def check_place(answers: SetupAnswers) -> None:
    if not SITE_PREFIX_RE.match(answers.site_prefix.strip().upper()):
        raise BadInput(ERR_PREFIX.format(value=answers.site_prefix), field="site_prefix")
    if answers.server_url:
        check_server_url(answers.server_url)
    if answers.hub_url:
        check_server_url(answers.hub_url, field="hub")
        if answers.server_url:
            raise BadInput(ERR_HUB_ON_SERVER, field="hub")
    if answers.paper not in PAPERS:
        raise BadInput(ERR_PAPER, field="paper")
    if answers.language not in LANGS:
        raise BadInput(ERR_LANG, field="language")


def check_answers(answers: SetupAnswers) -> SetupAnswers:
    """The answers tidied (prefix in capitals, server URL with its driver), or BadInput naming
    the first wrong one in `field`."""
    answers = replace(answers, clinic_kk=answers.clinic_kk.strip(),
                      clinic_ru=answers.clinic_ru.strip(), bin=answers.bin.strip(),
                      site_prefix=answers.site_prefix.strip().upper(),
                      address=answers.address.strip(), phone=answers.phone.strip(),
                      server_url=normalise_server_url(answers.server_url),
                      hub_url=None if answers.hub_url is None else normalise_server_url(answers.hub_url))
    check_clinic(answers)
    check_place(answers)
    if answers.admin is not None:
        check_admin(answers.admin)
    return answers


def first_administrator(session: Session, admin: AdminAccount) -> None:
    """The first administrator's account (Argon2 hash of the password), made by the setup."""
    from services.accounts import create_first_administrator

    create_first_administrator(session, admin.login, admin.full_name, admin.password)


def host_name() -> str:
    try:
        return socket.gethostname()[:60]
    except OSError:
        return ""


def taken_prefixes(session: Session, desk_id: str) -> list[str]:
    """Prefixes other desks of this database number with (none on this computer's own file)."""
    return sorted(prefixes_in_use(session, desk_id))


def apply_setup(session: Session, answers: SetupAnswers, desk_id: str) -> ClinicSettings:
    """Store the clinic's settings and claim the desk's prefix; the caller commits. Refused
    (BadInput, nothing stored) for a wrong answer or a prefix another desk uses, and
    (Forbidden) for a person without the right to change settings."""
    require(session, access.CHANGE_SETTINGS)
    answers = check_answers(answers)
    take_write_lock(session)
    prefix = claim_prefix(session, answers.site_prefix, desk_id, host_name())
    adopt_clinic(session, answers.bin)
    session.info[CLINIC_INFO] = answers.bin  # the desk's clinic: its code is its BIN
    settings = load_settings(session)
    settings.org_name_kk, settings.org_name_ru = answers.clinic_kk, answers.clinic_ru
    settings.org_bin, settings.paper = answers.bin, answers.paper
    settings.org_address, settings.org_phone = answers.address, answers.phone
    stored = session.get(SettingRecord, "site_prefix")
    if not shared(session) or stored is None or not settings.site_prefix:
        # This computer's file numbers with the desk's prefix; on a shared database the first
        # desk's prefix is also the default of the server's own tools.
        settings.site_prefix = prefix
    save_settings(session, settings)
    if answers.admin is not None:
        first_administrator(session, answers.admin)
    session.flush()
    return settings


def adopt_clinic(session: Session, code: str) -> None:
    """Before the clinic `code` is set up: the settings stored without a code (a database
    upgraded from a version without clinics, whose BIN was not known) are this clinic's; on
    this computer's own file, which has one clinic, so are the settings of the clinic it had (a
    BIN corrected at a new setup). On a shared database another code is another clinic."""
    if code in clinics(session):
        return
    known = clinics(session)
    if "" in known:
        move_clinic(session, "", code)
    elif not shared(session) and len(known) == 1:
        move_clinic(session, known[0], code)


def save_desk_config(answers: SetupAnswers, desk_id: str, database: str = "") -> DeskConfig:
    """This computer's configuration after a setup that was stored (see apply_setup)."""
    where = database or answers.server_url
    previous = read_config()
    config = DeskConfig(database=where, site_prefix=answers.site_prefix.upper(),
                        desk_id=desk_id, language=answers.language, clinic=answers.bin.strip(),
                        hub=(previous.hub if previous is not None else "") if answers.hub_url is None
                        else answers.hub_url,
                        # the same database stays marked encrypted (db/encryption.py)
                        encrypted=bool(previous and previous.encrypted and previous.database == where))
    write_config(config)
    return config


def remember_clinic(session: Session) -> str | None:
    """A desk set up before clinics had codes names none: its clinic is its database's only
    one, written into this computer's configuration so that it stays this desk's clinic when
    other clinics join the database. The caller gives a session on the desk's own database."""
    config = read_config()
    if config is None or config.clinic:
        return None
    known = clinics(session)
    if len(known) != 1 or not known[0]:
        return None
    config.clinic = known[0]
    write_config(config)
    return known[0]


def desk_id() -> str:
    """This computer's desk id: kept from an earlier setup, else a new one."""
    from db.desk_config import new_desk_id

    config = read_config()
    return config.desk_id if config is not None and config.desk_id else new_desk_id()
