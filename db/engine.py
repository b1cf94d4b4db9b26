"""Database engine from a URL, SQLite settings for rural power cuts, and start-up migrations.

SQLite is the default: a file in the user's data directory (`TIRKEU_DB` or `--db` override).
Before migrations change a SQLite file, it is backed up into its backup folder (db/backup.py).

The SQLite file (and its -wal/-shm) is only ever opened by SQLite: on POSIX, closing any other
descriptor of the file drops every lock this process holds on it, SQLite's included, and another
process may then checkpoint and delete the WAL under a running desk. Checks before opening use
`os.stat`/`os.access` only; what the file holds is SQLite's to say.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from db import audit as _audit  # noqa: F401 - seals every audit event a session flushes
from db import encryption
from db import stamps as _stamps  # noqa: F401 - names who changed each row, raises its version
from db.desk_config import default_db_path, needs_setup, read_config  # noqa: F401 - also here
from db.private import owner_only
from domain.messages import BadInput, Message

APP_NAME = "tirkeu"
ENV_VAR = "TIRKEU_DB"
BUSY_TIMEOUT_MS = 10_000
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration. A database already there opens without loading Alembic at all (a few
# hundred ms of start-up); a test keeps this equal to the migrations' real head.
SCHEMA_HEAD = "0013"

ERR_URL = Message(
    "Дерекқор мекенжайы түсініксіз: {url}", "Непонятный адрес базы данных: {url}"
)
# `{where}` is " (PATH)" when the file is known, else empty.
ERR_UNREADABLE = Message(
    "Дерекқорды ашу мүмкін емес{where}: {reason}",
    "Не удаётся открыть файл базы данных{where}: {reason}",
)
ERR_NOT_DB = Message(
    "Бұл файл Тіркеу дерекқоры емес{where}.",
    "Этот файл не является базой данных Тіркеу{where}.",
)
ERR_DAMAGED = Message(
    "Дерекқор файлы зақымдалған{where}. Онымен жұмыс істеуге болмайды: соңғы сақтық "
    "көшірмесін қалпына келтіріңіз немесе әкімшіге хабарласыңыз. Ештеңе жазылмады.",
    "Файл базы данных повреждён{where}. Работать с ним нельзя: восстановите последнюю "
    "резервную копию или обратитесь к администратору. Ничего не записано.",
)
ERR_DISK_FULL = Message(
    "Дискіде орын жоқ{where}: дерекқорға жазу мүмкін емес. Соңғы әрекет сақталмады; "
    "дискіде орын босатып, қайталаңыз.",
    "На диске нет места{where}: записать в базу данных нельзя. Последнее действие не "
    "сохранено; освободите место на диске и повторите.",
)
ERR_READ_ONLY = Message(
    "Дерекқор тек оқу үшін ашық{where}: файлға немесе оның қалтасына жазуға рұқсат жоқ. "
    "Іздеуге болады, бірақ өзгерістер сақталмайды.",
    "База данных открыта только для чтения{where}: нет права записи в файл или его папку. "
    "Искать можно, но изменения не сохраняются.",
)
ERR_READ_ONLY_UPGRADE = Message(
    "Дерекқорды бағдарламаның осы нұсқасына жаңарту керек, бірақ файлға немесе оның "
    "қалтасына жазуға рұқсат жоқ{where}. Жазу рұқсатын беріп, қайта ашыңыз; дерекқор өзгертілмеді.",
    "Базу данных нужно обновить для этой версии программы, но нет права записи в файл или "
    "его папку{where}. Дайте право записи и откройте снова; база данных не изменена.",
)
ERR_FOLDER_READ_ONLY = Message(
    "Қалтаға жазуға рұқсат жоқ{where}: дерекқорды құру мүмкін емес.",
    "Нет права записи в папку{where}: создать базу данных нельзя.",
)
ERR_BUSY = Message(
    "Дерекқорды басқа бағдарлама немесе жұмыс орны пайдаланып жатыр{where}, ол {seconds} "
    "секунд ішінде босамады. Біраздан кейін қайталаңыз; ештеңе жазылмады.",
    "База данных занята другой программой или рабочим местом{where} и не освободилась за "
    "{seconds} секунд. Повторите немного позже; ничего не записано.",
)
ERR_IO = Message(
    "Дискіні оқу немесе жазу қатесі{where}: {reason}. Дискіні тексеріңіз; соңғы әрекет "
    "сақталмады.",
    "Ошибка чтения или записи диска{where}: {reason}. Проверьте диск; последнее действие "
    "не сохранено.",
)
ERR_NETWORK_SHARE = Message(
    "Дерекқор желілік қалтада орналасқан{where}. Желілік қалталарда WAL журналы жұмыс "
    "істемейді, деректер жоғалуы мүмкін. Дерекқорды осы компьютердің дискісінде сақтаңыз; "
    "бірнеше компьютерге ортақ деректер үшін емхананың PostgreSQL серверін пайдаланыңыз.",
    "База данных лежит в сетевой папке{where}. В сетевых папках журнал WAL не работает, "
    "данные могут потеряться. Храните базу данных на диске этого компьютера; чтобы несколько "
    "компьютеров работали с общими данными, используйте сервер PostgreSQL клиники.",
)
ERR_SERVER = Message(
    "Дерекқор серверіне қосылу мүмкін емес{where}: {reason}. Желіні және сервердің қосулы "
    "екенін тексеріңіз.",
    "Не удаётся подключиться к серверу базы данных{where}: {reason}. Проверьте сеть и что "
    "сервер запущен.",
)
ERR_TIMED_OUT = Message(
    "Дерекқор сервері әрекетті тым ұзақ орындады, сондықтан ол тоқтатылды{where}. Ештеңе "
    "сақталмады; қайталаңыз, ал қайта-қайта болса, әкімшіге хабарласыңыз.",
    "Сервер базы данных выполнял действие слишком долго, и оно остановлено{where}. Ничего не "
    "сохранено; повторите, а если это повторяется, обратитесь к администратору.",
)
ERR_SESSION_CLOSED = Message(
    "Дерекқор серверімен байланыс ұзақ күтуден кейін үзілді{where}. Ештеңе сақталмады; "
    "әрекетті қайталаңыз.",
    "Сервер базы данных закрыл соединение после долгого ожидания{where}. Ничего не сохранено; "
    "повторите действие.",
)
ERR_SERVER_RESTARTING = Message(
    "Дерекқор сервері қайта қосылып жатыр немесе тоқтатылды{where}. Ештеңе сақталмады; бір "
    "минуттан кейін қайталаңыз, ал сервер жауап бермесе, әкімшіге хабарласыңыз.",
    "Сервер базы данных перезапускается или остановлен{where}. Ничего не сохранено; повторите "
    "через минуту, а если сервер не отвечает, обратитесь к администратору.",
)
ERR_SERVER_BUSY = Message(
    "Бұл деректерді басқа жұмыс орны өзгертіп жатыр және олар уақытында босамады{where}. "
    "Ештеңе сақталмады; біраздан кейін қайталаңыз.",
    "Эти данные сейчас изменяет другое рабочее место, и они не освободились вовремя{where}. "
    "Ничего не сохранено; повторите немного позже.",
)
ERR_KEY_NEEDED = Message(
    "Дерекқор шифрланған{where}: оны ашу үшін кілті керек (TIRKEU_DB_KEY айнымалысы немесе "
    "жүйенің кілттер қоймасы). Ештеңе өзгертілмеді.",
    "База данных зашифрована{where}: чтобы открыть её, нужен ключ (переменная TIRKEU_DB_KEY "
    "или хранилище ключей системы). Ничего не изменено.",
)
ERR_NOT_DB_OR_KEY = Message(
    "Бұл файл Тіркеу дерекқоры емес немесе шифрланған{where}. Шифрланған дерекқорды ашу үшін "
    "оның кілті керек (TIRKEU_DB_KEY). Ештеңе өзгертілмеді.",
    "Этот файл не является базой данных Тіркеу или зашифрован{where}. Чтобы открыть "
    "зашифрованную базу данных, нужен её ключ (TIRKEU_DB_KEY). Ничего не изменено.",
)
ERR_WRONG_KEY = Message(
    "Бұл кілт дерекқорды ашпайды{where}. Ештеңе өзгертілмеді; кілтті тексеріп, қайталаңыз.",
    "Этот ключ не открывает базу данных{where}. Ничего не изменено; проверьте ключ и "
    "повторите.",
)
ERR_NOT_ENCRYPTED = Message(
    "Дерекқор шифрланбаған{where}, бірақ кілт берілді. Кілтті алып тастаңыз немесе дерекқорды "
    "«encrypt» пәрменімен шифрлаңыз. Ештеңе өзгертілмеді.",
    "База данных не зашифрована{where}, а ключ указан. Уберите ключ или зашифруйте базу "
    "данных командой «encrypt». Ничего не изменено.",
)
# The field of the refusals above: the desk asks for the key again when it sees it.
KEY_FIELD = "db_key"

ERR_NEWER = Message(
    "Дерекқор бағдарламаның жаңа нұсқасымен жасалған (схема {rev}). Бағдарламаны жаңартыңыз; "
    "дерекқор өзгертілмеді.",
    "База данных создана более новой версией программы (схема {rev}). Обновите программу; "
    "база данных не изменена.",
)


def resolve_url(arg: str | None = None) -> str:
    """`--db` wins, then `TIRKEU_DB`, then the database chosen at setup on this computer, then
    the file in the user's data directory. A plain file path is taken as a SQLite file."""
    raw = arg or os.environ.get(ENV_VAR)
    if not raw:
        config = read_config()
        raw = (config.database if config is not None else "") or str(default_db_path())
    note_secret(raw)
    if "://" not in raw:
        if _LOOKS_LIKE_CREDENTIALS.match(raw):
            # `user:password@host` without a scheme: a server address typed wrong, not a file
            raise BadInput(ERR_URL.format(url=_without_password(raw)), field="db")
        return "sqlite:///" + str(Path(raw).expanduser().resolve())
    return raw


# `name:secret@host...` with no folder separator before the `@` (a Windows drive `C:\` has one)
_LOOKS_LIKE_CREDENTIALS = re.compile(r"^[^/\\:@\s]+:[^/\\@\s]*@[^/\\@\s]+")


def same_database(a: str, b: str) -> bool:
    """Whether two URLs (or SQLite paths) name the same database, whatever the driver."""
    ua, ub = make_url(resolve_url(a)), make_url(resolve_url(b))
    if ua.get_backend_name() != ub.get_backend_name():
        return False
    if ua.get_backend_name() == "sqlite":
        pa, pb = sqlite_path(str(ua)), sqlite_path(str(ub))
        return pa is not None and pb is not None and os.path.abspath(pa) == os.path.abspath(pb)
    return ((ua.host or "localhost"), ua.port or 5432, ua.database) == (
        (ub.host or "localhost"), ub.port or 5432, ub.database)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def database_file(bind) -> Path | None:
    """The SQLite file an engine (or connection) works on, or None."""
    return sqlite_path(bind.url.render_as_string(hide_password=False))


def _sqlite_on_connect(dbapi_conn, _record) -> None:
    # Let SQLAlchemy emit BEGIN itself (see _sqlite_on_begin) so transactions and SAVEPOINTs
    # behave; the driver's own implicit transactions would not cover SELECTs.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def _sqlite_on_connect_read_only(dbapi_conn, _record) -> None:
    # No journal mode change: that is a write, refused on a read-only connection.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def _sqlite_on_begin(conn) -> None:
    # `conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")` takes the write lock up front,
    # for counters that several desks increment at once.
    conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))


def take_write_lock(session: Session) -> None:
    """Begin the session's transaction with the write lock (`BEGIN IMMEDIATE` on SQLite), once
    per transaction. A use case that writes calls it before its first statement: a transaction
    that reads first and writes later cannot wait for another desk's lock — SQLite refuses the
    upgrade at once — while one that asks up front waits its turn for the busy timeout."""
    transaction = session.get_transaction()
    if transaction is not None and (session.info.get("write_lock") is transaction
                                    or transaction._connections):
        # taken already, or the caller's transaction has begun (it chose how): nothing to ask
        return
    session.connection(execution_options={"sqlite_begin": "BEGIN IMMEDIATE"})
    session.info["write_lock"] = session.get_transaction()


# PostgreSQL: how long to wait for a server, and how soon to notice one that went silent
# (libpq's own parameters; one given in the database URL wins). `tcp_user_timeout` needs
# libpq 12 or later and is left out with an older one.
PG_CONNECTION_DEFAULTS = {
    "connect_timeout": "5",  # seconds
    "keepalives": "1",
    "keepalives_idle": "30",  # seconds of silence before the first probe
    "keepalives_interval": "10",  # seconds between probes
    "keepalives_count": "3",  # unanswered probes before the connection counts as lost
    "tcp_user_timeout": "30000",  # milliseconds sent data may stay unacknowledged
}
# PostgreSQL: the server's limits for every session of the program, sent when it connects
# (`options=-c name=value`). A query parameter of the database URL of the same name wins; so
# does a `-c` setting of the same name in the URL's own `options`.
PG_SESSION_DEFAULTS = {
    "statement_timeout": "30s",  # one statement; a hung query ends instead of holding locks
    "lock_timeout": "10s",  # waiting for a row another desk holds
    "idle_in_transaction_session_timeout": "60s",  # a desk that went quiet mid-transaction
}
# A duration as PostgreSQL reads it: milliseconds, or a number with a unit.
_PG_DURATION = re.compile(r"\d+(ms|s|min|h|d)?")


def _libpq_version() -> int:
    try:
        import psycopg
    except ImportError:  # the psycopg2 driver: assume a current libpq
        return 120000
    return psycopg.pq.version()


def _pg_connect_args(url) -> tuple[object, dict[str, str]]:
    """The URL without the server settings given as query parameters (libpq does not know
    them), and the connection arguments that add what the URL does not say."""
    query = dict(url.query)
    args = {name: value for name, value in PG_CONNECTION_DEFAULTS.items() if name not in query}
    if "tcp_user_timeout" in args and _libpq_version() < 120000:
        del args["tcp_user_timeout"]
    options = query.pop("options", "")
    if isinstance(options, tuple):
        options = " ".join(options)
    settings = []
    for name, default in PG_SESSION_DEFAULTS.items():
        value = query.pop(name, default)
        if isinstance(value, tuple):
            value = value[-1]
        value = value.strip()
        if not _PG_DURATION.fullmatch(value):
            raise ValueError(f"{name}: not a duration")
        if f"{name}=" not in options:  # set in the URL's own options: that one stays
            settings.append(f"-c {name}={value}")
    joined = " ".join(part for part in (options, *settings) if part)
    if joined:
        args["options"] = joined
    return url.set(query=query), args


def _without_password(url: str) -> str:
    """The URL as a message may show it (also one that does not parse, whatever its scheme):
    no password. Whatever stands between the start (or `://`) and the last `@` is the user's
    part; only the name before its first colon is kept."""
    url = _without_query_password(url)
    head, sep, rest = url.partition("://")
    if not sep:
        head, rest = "", url
    # A password typed unescaped may hold `/`, `?`, `#` or `@`: the last `@` ends it.
    at = rest.rfind("@")
    if at < 0 or ":" not in rest[:at]:
        return url
    user = rest[:at].split(":", 1)[0]
    return _without_query_password(f"{head}{sep}{user}:***@{rest[at + 1:]}")


# Passwords of the database URLs this process was given, and their pieces: a password typed
# with an unescaped `@` or `/` is read by the driver as part of the host or the database, and
# its error ("could not translate host name ...") would quote it.
_secrets: set[str] = set()
_SECRET_PIECE = re.compile(r"[^@/?#:&=]{4,}")


def note_secret(url: str) -> None:
    """Remember the password of `url` (never shown; see `hide_secrets`)."""
    from urllib.parse import unquote

    _head, sep, rest = url.partition("://")
    if not sep:
        rest = url
    found = [m.group(1) for m in _QUERY_PASSWORD.finditer(url) if m.group(1)]
    at = rest.rfind("@")
    if at >= 0 and ":" in rest[:at]:
        found.append(rest[:at].split(":", 1)[1])
    for password in found:
        for variant in {password, unquote(password)}:
            if len(variant) >= 3:
                _secrets.add(variant)
            _secrets.update(_SECRET_PIECE.findall(variant))


def hide_secrets(text: str) -> str:
    """The text without any password (or piece of one) of the URLs this process was given."""
    for secret in sorted(_secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, "***")
    return text


_QUERY_PASSWORD = re.compile(r"(?i)[?&](?:ssl)?password=([^&#]*)")


def _without_query_password(url: str) -> str:
    """libpq also takes a password as a query parameter (`?password=`, `?sslpassword=`)."""
    return _QUERY_PASSWORD.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + "***", url)


def shown_url(url) -> str:
    """A database URL (a string or SQLAlchemy URL) as it may be printed or shown: a SQLite file
    by its path, anything else without its password."""
    text_url = url if isinstance(url, str) else url.render_as_string(hide_password=False)
    try:
        path = sqlite_path(text_url)
    except (ArgumentError, ValueError):
        return _without_password(text_url)
    if path is not None:
        return str(path)
    # Not SQLAlchemy's own rendering: a password typed with an unescaped `@` is parsed as part
    # of the host there, and would be shown.
    return _without_password(text_url)


def lift_statement_timeout(conn: Connection) -> None:
    """No statement timeout for the rest of this transaction on PostgreSQL (migrations and
    bulk loads, whose statements over every patient may rightly take minutes); the lock and
    idle timeouts still apply."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL statement_timeout = 0")
@contextmanager
def separate_read(session: Session) -> Iterator[Session]:
    """A session of its own on the same database, for reading before a short write: its read
    ends with the block, so the caller's transaction can then take the write lock up front
    (see `take_write_lock`) instead of holding it while the reading is done. A caller whose
    transaction has begun (it may hold writes not committed yet), or an in-memory database
    (one connection for all), is read through its own session."""
    transaction = session.get_transaction()
    bind = session.get_bind()
    if (transaction is not None and transaction._connections) or (
            bind.dialect.name == "sqlite" and sqlite_path(str(bind.url)) is None):
        yield session
        return
    with Session(bind) as reader:
        yield reader


_KEY_OF_FILE = object()


def make_engine(url: str, *, read_only: str | None = None, key: object = _KEY_OF_FILE,
                **kwargs) -> Engine:
    """`read_only` opens a SQLite file through a URI with these parameters (e.g. "mode=ro");
    the engine's URL stays the plain file URL. A SQLite file with a key (`key`, else the one
    this process knows for the file: db/encryption.py) is opened through SQLCipher, the key
    set before anything else. A PostgreSQL engine gets the timeouts and
    keepalives of `PG_CONNECTION_DEFAULTS` and `PG_SESSION_DEFAULTS` (overridable in the URL)
    and checks a pooled connection before handing it out. No engine puts the parameters of a
    statement into its errors: they may be a patient's IIN or name, and errors reach logs."""
    kwargs.setdefault("hide_parameters", True)
    note_secret(url)
    try:
        path = sqlite_path(url)
    except ArgumentError:
        path = None
    if key is _KEY_OF_FILE:
        key = encryption.key_for(path) if path is not None else None
    if read_only is not None and path is None:
        raise ValueError("read_only is for SQLite files")
    if path is not None and (read_only is not None or key is not None):
        if read_only is not None:
            target_file, uri = f"{Path(os.path.abspath(path)).as_uri()}?{read_only}", True
        else:
            target_file, uri = str(path), False
        if key is not None:
            kwargs["module"] = encryption.cipher_module()
        # A connection may be made on the desk's opening thread and used on the GUI thread.
        kwargs["creator"] = lambda: encryption.connect(target_file, key, uri=uri)
    try:
        target = make_url(url)
        if target.get_backend_name() == "postgresql" and target.get_driver_name() in (
                "psycopg", "psycopg2"):
            target, args = _pg_connect_args(target)
            kwargs["connect_args"] = {**args, **kwargs.get("connect_args", {})}
            kwargs.setdefault("pool_pre_ping", True)
        engine = create_engine(target, **kwargs)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise BadInput(ERR_URL.format(url=_without_password(url)), field="db") from exc
    if engine.dialect.name == "sqlite":
        on_connect = _sqlite_on_connect if read_only is None else _sqlite_on_connect_read_only
        event.listen(engine, "connect", on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions on the engine. On the database chosen at this computer's setup, they carry the
    desk's own site prefix (`session.info["site_prefix"]`): desks sharing a server each number
    with their own (db.settings.ensure_site_prefix); and the desk's clinic
    (`session.info["clinic"]`): clinics sharing a server each keep their own settings
    (db.settings.load_settings)."""
    info = {}
    config = read_config()
    if config is not None and (config.site_prefix or config.clinic):
        try:
            here = engine.url.render_as_string(hide_password=False)
            if same_database(config.database or str(default_db_path()), here):
                if config.site_prefix:
                    info["site_prefix"] = config.site_prefix
                if config.clinic:
                    info["clinic"] = config.clinic
                if config.hub and config.site_prefix:
                    # a desk that sends its audit trail to a hub keeps a chain of its own
                    info["audit_chain"] = config.site_prefix
        except (ArgumentError, ValueError):
            pass  # a configured URL that does not parse names no database
    return sessionmaker(engine, expire_on_commit=False, info=info)


def _total_changes(connection: Connection) -> int | None:
    """Rows SQLite has inserted, changed or deleted on this connection since it opened (None on
    another database)."""
    try:
        return connection.connection.driver_connection.total_changes
    except AttributeError:
        return None


def after_writes(factory: sessionmaker[Session], callback) -> None:
    """Call `callback()` after each commit of a session of `factory` that wrote something (on
    the thread that committed): the desk's background sync starts soon after the desk saves.
    A write is a flush of objects, or on SQLite any row the transaction changed, also through
    plain statements (an audit event, a bulk update). Only the outermost commit counts: a
    savepoint released inside a transaction is not yet on the disk."""
    wrote, began = "wrote", "changes_at_begin"

    def begun(session, _transaction, connection) -> None:
        if began not in session.info:
            session.info[began] = _total_changes(connection)

    def flushed(session, _context) -> None:
        session.info[wrote] = True

    def committing(session) -> None:
        if session.in_nested_transaction():
            return
        before = session.info.get(began)
        if before is not None and _total_changes(session.connection()) != before:
            session.info[wrote] = True

    def committed(session) -> None:
        if session.in_nested_transaction():
            return
        if session.info.pop(wrote, False):
            callback()

    def ended(session, transaction) -> None:
        if transaction.parent is None:  # the outermost transaction: committed or rolled back
            session.info.pop(wrote, None)
            session.info.pop(began, None)

    event.listen(factory, "after_begin", begun)
    event.listen(factory, "after_flush", flushed)
    event.listen(factory, "before_commit", committing)
    event.listen(factory, "after_commit", committed)
    event.listen(factory, "after_transaction_end", ended)


def alembic_config(engine: Engine | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _where(place: object | None) -> str:
    return f" ({place})" if place not in (None, "") else ""


def _place(url: str) -> str:
    return shown_url(url)


# Primary SQLite result codes (extended codes keep these in the low byte).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26


def _first_line(exc: BaseException) -> str:
    return hide_secrets((str(exc).strip().splitlines() or [type(exc).__name__])[0][:200])


def _busy_seconds() -> int:
    return max(1, round(BUSY_TIMEOUT_MS / 1000))


def _describe_sqlite(exc: sqlite3.Error, where: str) -> Message | None:
    code = getattr(exc, "sqlite_errorcode", None)  # set by SQLite on every error it raises
    if code is None:
        return None
    primary = code & 0xFF
    if primary == _SQLITE_NOTADB:
        return ERR_NOT_DB.format(where=where)
    if primary == _SQLITE_CORRUPT:
        return ERR_DAMAGED.format(where=where)
    if primary == _SQLITE_FULL:
        return ERR_DISK_FULL.format(where=where)
    if primary == _SQLITE_READONLY:
        return ERR_READ_ONLY.format(where=where)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return ERR_BUSY.format(where=where, seconds=_busy_seconds())
    if primary == _SQLITE_IOERR:
        return ERR_IO.format(where=where, reason=_first_line(exc))
    if primary == _SQLITE_CANTOPEN:
        return ERR_UNREADABLE.format(where=where, reason=_first_line(exc))
    return None


def _describe_server(exc: BaseException, where: str) -> Message | None:
    # PostgreSQL (psycopg) reports SQLSTATE codes; a failed connection has none.
    sqlstate = getattr(exc, "sqlstate", "")
    if sqlstate == "53100":
        return ERR_DISK_FULL.format(where=where)
    if sqlstate == "25006":
        return ERR_READ_ONLY.format(where=where)
    if sqlstate in ("55P03", "40P01"):  # lock timeout, deadlock
        return ERR_SERVER_BUSY.format(where=where)
    if sqlstate == "57014":  # statement timeout, or a query cancelled
        return ERR_TIMED_OUT.format(where=where)
    if sqlstate in ("25P03", "57P05"):  # idle in transaction, idle session: the server hung up
        return ERR_SESSION_CLOSED.format(where=where)
    if sqlstate in ("57P01", "57P02", "57P03"):  # shut down, crashed, starting or stopping
        return ERR_SERVER_RESTARTING.format(where=where)
    # (psycopg raises subclasses too: ConnectionTimeout when connect_timeout runs out)
    operational = any(kind.__name__ == "OperationalError" for kind in type(exc).__mro__)
    if operational and (sqlstate is None or sqlstate.startswith("08")):
        return ERR_SERVER.format(where=where, reason=_first_line(exc))
    return None


def describe_failure(exc: BaseException, where: object | None = None) -> Message | None:
    """The words for a real database fault (not a database, damaged, disk full, read-only,
    busy, disk error, unreachable server), or None for anything else. `where` (a file path or
    a server address) is named in the text when given. The desk and the commands both use it."""
    place = _where(where)
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, BadInput) and exc.field == "db":
            return exc.message
        cause = exc.orig if isinstance(exc, DBAPIError) else exc
        if cause is not None and encryption.is_sqlite_error(cause):
            found = _describe_sqlite(cause, place)
        elif cause is not None and hasattr(cause, "sqlstate"):
            found = _describe_server(cause, place)
        else:
            found = None
        if found is not None:
            return found
        exc, seen = exc.__cause__, seen + 1
    return None


def _as_bad_input(exc: BaseException, where: object) -> BadInput:
    described = describe_failure(exc, where)
    if described is None:
        orig = exc.orig if isinstance(exc, DBAPIError) else exc
        described = ERR_UNREADABLE.format(where=_where(where), reason=_first_line(orig))
    return BadInput(described, field="db")


# Filesystems where SQLite's locks and WAL shared memory do not work across computers.
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "fuse.sshfs", "fuse.gvfsd-fuse", "afs",
    "ncpfs", "ceph", "glusterfs", "fuse.glusterfs",
})


def _unescape_mountinfo(field: str) -> str:
    # The kernel writes space, tab, newline and backslash as octal escapes.
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[tuple[str, str]]:
    """(mount point, filesystem type) of each line of /proc/self/mountinfo, in file order."""
    mounts = []
    for line in text.splitlines():
        fields = line.split(" ")
        if len(fields) < 10 or "-" not in fields[6:]:
            continue
        separator = fields.index("-", 6)
        if separator + 1 >= len(fields):
            continue
        mounts.append((_unescape_mountinfo(fields[4]), fields[separator + 1]))
    return mounts


def filesystem_type(path: str, mounts: list[tuple[str, str]]) -> str | None:
    """The filesystem type of the mount holding the absolute `path` (the longest mount point
    that contains it; of equal ones the last, which is mounted on top)."""
    best, best_len = None, -1
    for point, fstype in mounts:
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= best_len:
            best, best_len = fstype, len(point)
    return best


def _read_mountinfo() -> str | None:
    try:
        return Path("/proc/self/mountinfo").read_text("utf-8", errors="replace")
    except OSError:
        return None


def network_share(path: Path | str) -> str | None:
    """What kind of network folder holds `path` ("unc", "nfs4", "cifs", ...), or None."""
    text = str(path)
    if text.startswith("\\\\") or (os.name == "nt" and text.startswith("//")):
        return "unc"
    if not sys.platform.startswith("linux"):
        return None
    mountinfo = _read_mountinfo()
    if mountinfo is None:
        return None
    fstype = filesystem_type(os.path.realpath(text), parse_mountinfo(mountinfo))
    return fstype if fstype in NETWORK_FILESYSTEMS else None


def _exists(path: Path) -> bool:
    try:
        os.stat(path)
    except FileNotFoundError:
        return False
    return True


def _check_sqlite_path(path: Path, create: bool) -> str | None:
    """Refuse what SQLite cannot safely use; None for read-write, else the URI parameters
    of a read-only open. Only stat and access calls: no descriptor of the file is opened."""
    where = _where(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise BadInput(ERR_UNREADABLE.format(where=where, reason=exc.strerror), field="db") from exc
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise BadInput(ERR_UNREADABLE.format(where=where, reason="directory"), field="db")
    if st is None and not create:
        raise BadInput(ERR_UNREADABLE.format(where=where, reason="no such file"), field="db")
    if network_share(path if st is not None else _nearest_existing(path.parent)):
        raise BadInput(ERR_NETWORK_SHARE.format(where=where), field="db")
    folder = path.parent
    if st is None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BadInput(ERR_UNREADABLE.format(where=where, reason=exc.strerror), field="db") from exc
        if not os.access(folder, os.W_OK | os.X_OK):
            raise BadInput(ERR_FOLDER_READ_ONLY.format(where=_where(folder)), field="db")
        return None
    if not os.access(path, os.R_OK):
        raise BadInput(ERR_UNREADABLE.format(where=where, reason="permission denied"), field="db")
    # SQLite writes the -wal and -shm files beside the database.
    folder_writable = os.access(folder, os.W_OK | os.X_OK)
    if folder_writable and os.access(path, os.W_OK):
        return None
    if not folder_writable and not _exists(Path(f"{path}-wal")):
        # A WAL database cannot be opened read-only when its -shm cannot be created. With no
        # -wal in a folder nobody can write to, the file is all there is and cannot change.
        return "mode=ro&immutable=1"
    return "mode=ro"


def _nearest_existing(folder: Path) -> Path:
    while not _exists(folder) and folder.parent != folder:
        folder = folder.parent
    return folder


# Files (device, inode) that passed `PRAGMA quick_check` in this process: the desk's use
# cases reopen the database on every action and need not read it all again.
_checked: set[tuple[int, int]] = set()
# `PRAGMA quick_check` reads every page: measured 0.6-0.9 s on a 133 MB database of 100,000
# patients, 110-160 ms at 16 MB (12,000). Up to this size (some 6,000 patients) it stays well
# under 100 ms and runs on every open; above it only where `full_check` asks (the desk's
# start-up, import, demo, referrals: before writing), not on every search.
QUICK_CHECK_ALWAYS_BYTES = 8 * 1024 * 1024


def _quick_check(engine: Engine, path: Path, full_check: bool) -> None:
    try:
        st = os.stat(path)
    except FileNotFoundError:  # created on first connect
        return
    key = (st.st_dev, st.st_ino)
    if st.st_size == 0 or key in _checked:
        return
    if not full_check and st.st_size > QUICK_CHECK_ALWAYS_BYTES:
        return
    with engine.connect() as conn:
        found = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check")]
    if found != ["ok"]:
        raise BadInput(ERR_DAMAGED.format(where=_where(path)), field="db")
    _checked.add(key)


def check_file(engine: Engine) -> None:
    """`PRAGMA quick_check` of the engine's SQLite file, if not done in this process yet; BadInput
    with the damaged words when it fails. The desk runs it in the background after start-up, so
    a large database is usable at once and its damage still noticed."""
    path = sqlite_path(str(engine.url))
    if path is not None:
        _quick_check(engine, path, True)


def is_known_revision(revision: str) -> bool:
    """Whether `revision` is one of this program's migrations (not a newer program's)."""
    if revision == SCHEMA_HEAD:
        return True
    from alembic.script import ScriptDirectory

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown revision
        return False


def _known_revision_or_refuse(current: str) -> None:
    if not is_known_revision(current):
        raise BadInput(ERR_NEWER.format(rev=current), field="db")


def migrate(engine: Engine) -> Path | None:
    """Bring the schema to head. Returns the backup file made first, if any.
    Refuses a database of a newer schema than this program knows."""
    try:
        current = current_revision(engine)
    except DBAPIError as exc:
        raise _as_bad_input(exc, _place(str(engine.url))) from exc
    if current == SCHEMA_HEAD:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if current == head:
        return None
    if current is not None:
        _known_revision_or_refuse(current)
    backup = None
    path = sqlite_path(str(engine.url))
    if path is not None and path.exists() and path.stat().st_size > 0:
        if inspect(engine).get_table_names():
            from db.backup import migration_backup

            backup = migration_backup(engine, head).path
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        lift_statement_timeout(conn)  # building an index of a large table takes its time
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def open_database(url: str | None = None, *, create: bool = True, run_migrations: bool = True,
                  full_check: bool = True) -> Engine:
    """Engine for the URL (resolved as `resolve_url` does), migrated to head.

    A SQLite file is checked with `PRAGMA quick_check` (once per process). With `full_check`
    False (frequent reading commands such as search) a large file is not read through; its
    damage is then reported when a query meets it. A file this user may not write to is
    opened read-only: searching works, writing fails with the read-only message.

    An encrypted file opens with the key this process knows for it (db/encryption.py), else the
    one in the keyring; without one, or with a wrong one, BadInput (field `KEY_FIELD`) says so
    and nothing is changed."""
    url = resolve_url(url)
    path = sqlite_path(url)
    read_only = _check_sqlite_path(path, create) if path is not None else None
    if path is None:
        return _open(url, None, read_only, None, run_migrations, full_check)
    key = encryption.key_for(path)
    if key is None and _configured_encrypted(path):
        key = encryption.keyring_key(path)
        if key is None:
            raise BadInput(ERR_KEY_NEEDED.format(where=_where(path)), field=KEY_FIELD)
    if key is not None:
        _check_key(path, key, read_only)
        return _open(url, path, read_only, key, run_migrations, full_check)
    try:
        return _open(url, path, read_only, None, run_migrations, full_check)
    except BadInput as exc:
        if not _not_a_database(exc) or not _may_be_encrypted(path):
            raise
        stored = encryption.keyring_key(path)
        if stored is None:
            raise BadInput(ERR_NOT_DB_OR_KEY.format(where=_where(path)), field=KEY_FIELD) from exc
    _check_key(path, stored, read_only)
    return _open(url, path, read_only, stored, run_migrations, full_check)


def use_key(url: str | None, key: str) -> None:
    """Open the SQLite database at `url` (resolved as `resolve_url` does) with `key` for the
    rest of this process (the key the desk asked for)."""
    path = sqlite_path(resolve_url(url))
    if path is not None:
        encryption.remember_key(path, key)


def _open(url: str, path: Path | None, read_only: str | None, key: str | None,
          run_migrations: bool, full_check: bool) -> Engine:
    engine = make_engine(url, read_only=read_only, key=key)
    place = _place(url)
    try:
        if path is not None:
            _quick_check(engine, path, full_check)
        if path is not None and read_only is None and not _exists(path):
            with owner_only(), engine.connect():
                pass  # SQLite creates the file (its -wal and -shm take the same mode)
        if run_migrations and read_only is None:
            migrate(engine)
        elif run_migrations:
            current = current_revision(engine)
            if current != SCHEMA_HEAD:
                if current is not None:
                    _known_revision_or_refuse(current)
                raise BadInput(ERR_READ_ONLY_UPGRADE.format(where=_where(place)), field="db")
    except DBAPIError as exc:
        engine.dispose()
        raise _as_bad_input(exc, place) from exc
    except Exception as exc:
        engine.dispose()
        if encryption.is_sqlite_error(exc):
            raise _as_bad_input(exc, place) from exc
        raise
    except BaseException:
        engine.dispose()
        raise
    return engine


_SQLITE_NOTADB_CODE = 26


def _not_a_database(exc: BaseException | None) -> bool:
    """Whether SQLite said "file is not a database" somewhere in the failure's causes."""
    seen = 0
    while exc is not None and seen < 6:
        cause = exc.orig if isinstance(exc, DBAPIError) else exc
        if cause is not None and encryption.is_sqlite_error(cause):
            code = getattr(cause, "sqlite_errorcode", None)
            return code is not None and code & 0xFF == _SQLITE_NOTADB_CODE
        exc, seen = exc.__cause__, seen + 1
    return False


def _may_be_encrypted(path: Path) -> bool:
    """Whether a file SQLite does not read may be an encrypted database: SQLCipher writes whole
    pages (of 512 bytes or a multiple). Its size says so without opening it."""
    try:
        size = os.stat(path).st_size
    except OSError:
        return False
    return size >= 1024 and size % 512 == 0


def _configured_encrypted(path: Path) -> bool:
    """Whether this computer's configuration says its database, the file `path`, is encrypted."""
    config = read_config()
    if config is None or not config.encrypted:
        return False
    try:
        return same_database(config.database or str(default_db_path()), str(path))
    except (ArgumentError, ValueError):
        return False


def _readable_with(path: Path, key: str | None, params: str) -> bool | None:
    """Whether the file opens with `key` (None: as a plain file): True, False for "not a
    database", None for any other failure (left to the real opening to describe)."""
    uri = f"{Path(os.path.abspath(path)).as_uri()}?{params}"
    try:
        con = encryption.connect(uri, key, uri=True)
    except Exception as exc:  # noqa: BLE001 - SQLite's and SQLCipher's errors alike
        if encryption.is_sqlite_error(exc):
            return None
        raise
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return True
    except Exception as exc:  # noqa: BLE001
        if not encryption.is_sqlite_error(exc):
            raise
        return False if _not_a_database(exc) else None
    finally:
        con.close()


def _check_key(path: Path, key: str, read_only: str | None) -> None:
    """Refuse a key that does not open the file (and a plain file given a key) before anything
    is opened for writing; a key that does is remembered for the file in this process, so its
    backups and every later engine use it too."""
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        size = 0
    if size > 0:
        params = read_only or "mode=ro"
        opened = _readable_with(path, key, params)
        if opened is False:
            plain = _readable_with(path, None, params)
            message = ERR_NOT_ENCRYPTED if plain else ERR_WRONG_KEY
            raise BadInput(message.format(where=_where(path)), field=KEY_FIELD)
    encryption.remember_key(path, key)


ERR_NOT_SERVER = Message(
    "Бұл мекенжай PostgreSQL серверінің дерекқоры емес.",
    "Этот адрес не указывает на базу данных сервера PostgreSQL.",
)


def probe_server(url: str, desk_id: str) -> dict[str, object]:
    """The setup's connection test of a PostgreSQL URL: connects (within the connect timeout),
    changes nothing, and says which schema the server has (None: empty, the desk creates it)
    and which prefixes other desks use there. BadInput with the reason when it cannot connect,
    or when the server's data is of a newer program."""
    from db.settings import prefixes_in_use

    engine = make_engine(url)
    place = _place(url)
    try:
        if engine.dialect.name != "postgresql":
            raise BadInput(ERR_NOT_SERVER, field="server_url")
        revision = current_revision(engine)
        if revision is not None and revision != SCHEMA_HEAD:
            _known_revision_or_refuse(revision)
        taken: list[str] = []
        if revision is not None:
            with Session(engine) as session:
                taken = sorted(prefixes_in_use(session, desk_id))
        return {"revision": revision, "taken": taken}
    except DBAPIError as exc:
        raise _as_bad_input(exc, place) from exc
    finally:
        engine.dispose()
