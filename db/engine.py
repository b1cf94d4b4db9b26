"""Database engine from a URL, SQLite settings for rural power cuts, and start-up migrations.

SQLite is the default: a file in the user's data directory (`TIRKEU_DB` or `--db` override).
Before migrations change a SQLite file, the file is copied aside.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from domain.messages import BadInput, Message

APP_NAME = "tirkeu"
ENV_VAR = "TIRKEU_DB"
BUSY_TIMEOUT_MS = 10_000
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration. A database already there opens without loading Alembic at all (a few
# hundred ms of start-up); a test keeps this equal to the migrations' real head.
SCHEMA_HEAD = "0004"

ERR_URL = Message(
    "Дерекқор мекенжайы түсініксіз: {url}", "Непонятный адрес базы данных: {url}"
)
ERR_UNREADABLE = Message(
    "Дерекқорды ашу мүмкін емес ({path}): {reason}",
    "Не удаётся открыть файл базы данных ({path}): {reason}",
)
ERR_NOT_DB = Message(
    "Бұл файл Тіркеу дерекқоры емес: {path}", "Этот файл не является базой данных Тіркеу: {path}"
)
ERR_NEWER = Message(
    "Дерекқор бағдарламаның жаңа нұсқасымен жасалған (схема {rev}). Бағдарламаны жаңартыңыз; "
    "дерекқор өзгертілмеді.",
    "База данных создана более новой версией программы (схема {rev}). Обновите программу; "
    "база данных не изменена.",
)


def default_db_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "tirkeu.sqlite"


def resolve_url(arg: str | None = None) -> str:
    """`--db` wins, then `TIRKEU_DB`, then the file in the user's data directory.
    A plain file path is taken as a SQLite file."""
    raw = arg or os.environ.get(ENV_VAR) or str(default_db_path())
    if "://" not in raw:
        return "sqlite:///" + str(Path(raw).expanduser().resolve())
    return raw


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


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


def _sqlite_on_begin(conn) -> None:
    # `conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")` takes the write lock up front,
    # for counters that several desks increment at once.
    conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))


def make_engine(url: str, **kwargs) -> Engine:
    try:
        engine = create_engine(url, **kwargs)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise BadInput(ERR_URL.format(url=url), field="db") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


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


def _check_sqlite_file(path: Path, create: bool) -> None:
    if path.exists():
        if path.is_dir():
            raise BadInput(ERR_UNREADABLE.format(path=path, reason="directory"), field="db")
        try:
            with open(path, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise BadInput(ERR_UNREADABLE.format(path=path, reason=exc.strerror), field="db") from exc
        if head and head != b"SQLite format 3\x00":
            raise BadInput(ERR_NOT_DB.format(path=path), field="db")
        return
    if not create:
        raise BadInput(ERR_UNREADABLE.format(path=path, reason="no such file"), field="db")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInput(ERR_UNREADABLE.format(path=path, reason=exc.strerror), field="db") from exc
    if not os.access(path.parent, os.W_OK):
        raise BadInput(ERR_UNREADABLE.format(path=path, reason="not writable"), field="db")


def backup_sqlite(path: Path, tag: str) -> Path:
    """A consistent copy of a (possibly WAL-mode) SQLite file beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{tag}-{stamp}.bak")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def migrate(engine: Engine) -> Path | None:
    """Bring the schema to head. Returns the backup file made first, if any.
    Refuses a database of a newer schema than this program knows."""
    try:
        current = current_revision(engine)
    except DatabaseError as exc:
        path = sqlite_path(str(engine.url))
        raise BadInput(ERR_NOT_DB.format(path=path or engine.url), field="db") from exc
    if current == SCHEMA_HEAD:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if current == head:
        return None
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several kinds for an unknown revision
            raise BadInput(ERR_NEWER.format(rev=current), field="db") from exc
    backup = None
    path = sqlite_path(str(engine.url))
    if path is not None and path.exists() and path.stat().st_size > 0:
        if inspect(engine).get_table_names():
            backup = backup_sqlite(path, f"before-{head}")
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def open_database(url: str | None = None, *, create: bool = True, run_migrations: bool = True) -> Engine:
    """Engine for the URL (resolved as `resolve_url` does), migrated to head."""
    url = resolve_url(url)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path, create)
    engine = make_engine(url)
    try:
        if run_migrations:
            migrate(engine)
    except OperationalError as exc:
        engine.dispose()
        raise BadInput(
            ERR_UNREADABLE.format(path=path or url, reason=str(exc.orig)), field="db"
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine
