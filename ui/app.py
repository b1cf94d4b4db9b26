"""Building and running the desk."""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Tirkeu")
        app.setOrganizationName("Tirkeu")
    return app


def _label(engine) -> str:
    from db.engine import shown_url

    return shown_url(engine.url)  # a file by its path, a server never with its password


def build_main_window(db_url: str, lang: str = "kk", login: tuple[str, str] | None = None) -> QMainWindow:
    """The desk on a database (opened and migrated), without starting the event loop. A database
    with accounts opens on the sign-in page; `login=(user, password)` signs in at once (a wrong
    pair leaves the sign-in page showing why)."""
    from db.engine import open_database, session_factory
    from ui import translations
    from ui.main_window import MainWindow

    _application()
    translations.install(lang)
    engine = open_database(db_url, full_check=False)  # checked in the background
    factory = session_factory(engine)
    remember_clinic(engine, factory)
    window = MainWindow(engine, _label(engine), factory, translations.current_lang())
    attach_sync(window, engine, factory)
    if login is not None and window.access.signed_out:
        user, password = login
        window.access.page.loginUserEdit.setText(user)
        window.access.sign_in(user, password)
    return window


def remember_clinic(engine, factory) -> None:
    """A desk set up before clinics had codes learns its clinic from its database (see
    services.setup.remember_clinic); never in the way of opening the desk."""
    from db.engine import default_db_path, read_config, same_database

    config = read_config()
    url = engine.url.render_as_string(hide_password=False)
    if config is None or config.clinic or not same_database(config.database or str(default_db_path()), url):
        return
    from services.setup import remember_clinic as remember

    try:
        with factory() as session:
            remember(session)
    except Exception:  # noqa: BLE001 - asked again at the next start
        logging.getLogger(__name__).warning("the desk's clinic could not be noted", exc_info=True)


def hub_link(engine):
    """What the desk on `engine` syncs with: a HubLink when this computer's desk works on its
    own file, names a hub (desk.json `hub`) and the program can sync; else None. Nothing here
    connects to the hub: the first round opens it on a worker. A desk pointed straight at a
    server has no hub."""
    from db.engine import (
        default_db_path,
        open_database,
        read_config,
        same_database,
        session_factory,
        shown_url,
        sqlite_path,
    )
    from ui.sync_panel import HubLink, sync_available

    config = read_config()
    url = engine.url.render_as_string(hide_password=False)
    if (config is None or not config.hub or sqlite_path(url) is None or not sync_available()
            or not same_database(config.database or str(default_db_path()), url)):
        return None
    hub = config.hub
    return HubLink(label=shown_url(hub),
                   # the first desk that syncs makes the hub's tables, as each desk does its file's
                   open_hub=lambda: session_factory(open_database(hub)),
                   local_factory=session_factory(engine),  # the rounds' own writes start no round
                   desk_id=config.desk_id, site=config.site_prefix, clinic=config.clinic)


def attach_sync(window, engine, desk_factory) -> None:
    """The background sync of the desk, when it has a hub (`hub_link`)."""
    from db.engine import after_writes
    from ui.sync_panel import SyncController

    link = hub_link(engine)
    if link is None:
        return
    controller = SyncController(link, window.syncStatus, window)
    after_writes(desk_factory, controller.desk_saved)
    window.attach_sync(controller)


def apply_setup(answers, desk_id: str, local_db: str | None = None, actor=None):
    """The setup's answers stored (the chosen database created and migrated as needed), then
    this computer's configuration written: a refusal leaves both as they were. `actor`: the
    person signed in at the desk that opened the setup again (None on a first start)."""
    from db.engine import open_database, session_factory, sqlite_path
    from services.setup import apply_setup as apply
    from services.setup import save_desk_config

    url = answers.server_url or local_db or None
    engine = open_database(url)
    try:
        with session_factory(engine)() as session:
            if actor is not None:
                session.info["actor"] = actor
            apply(session, answers, desk_id)
            session.commit()
        where = engine.url.render_as_string(hide_password=False)
    finally:
        engine.dispose()
    return save_desk_config(answers, desk_id, where if (answers.server_url or local_db
                                                         or sqlite_path(where) is None) else "")


def probe_server(url: str, desk_id: str) -> dict:
    from db.engine import probe_server as probe

    return probe(url, desk_id)


def build_setup_dialog(parent=None, initial=None, local_db: str | None = None, actor=None):
    """The setup dialog wired to this program's database: `make run`'s demo desk never sees it,
    a fresh computer does before the desk, and Settings opens it again."""
    from services.setup import desk_id
    from ui.views.setup_dialog import SetupDialog

    _application()
    return SetupDialog(parent, apply=lambda answers, desk: apply_setup(answers, desk, local_db, actor),
                       probe=probe_server, desk_id=desk_id(), initial=initial)


class _Opener(QObject):
    """Opens (and migrates) the database on a thread while the window is already shown."""

    opened = Signal(object)
    failed = Signal(object)

    thread: threading.Thread | None = None

    def start(self, url: str | None) -> None:
        self.thread = threading.Thread(target=self._run, args=(url,), name="open-database", daemon=True)
        self.thread.start()

    def join(self, timeout: float) -> None:
        # Leaving while the thread still holds Qt objects aborts the process at exit.
        if self.thread is not None:
            self.thread.join(timeout)

    def _run(self, url: str | None) -> None:
        try:
            from db.engine import open_database, session_factory

            engine = open_database(url, full_check=False)  # checked in the background
            factory = session_factory(engine)
            remember_clinic(engine, factory)
            self.opened.emit((engine, _label(engine), factory))
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, shown there
            self.failed.emit(exc)


def _ask_key(parent, db_url: str | None, wrong: bool, retry, give_up):
    """The key dialog (ui/views/key_dialog.py): a key given is used for the database for the
    rest of the run, then `retry`; `give_up` when the dialog is closed without one."""
    from db.engine import use_key
    from ui.views.key_dialog import KeyDialog

    dialog = KeyDialog(parent, wrong=wrong)

    def given(key: str) -> None:
        use_key(db_url, key)
        retry()

    dialog.key_given.connect(given)
    dialog.rejected.connect(give_up)
    # the emergency works before the key: it waits in the desk's journal meanwhile
    dialog.emergency_requested.connect(lambda: parent.emergency_before_opening(dialog))
    dialog.note_emergency(len(parent.journal().pending()))  # asked again: still waiting
    parent.emergency_journaled.connect(dialog.note_emergency)
    dialog.finished.connect(lambda _r: parent.emergency_journaled.disconnect(dialog.note_emergency))
    dialog.open()
    return dialog


def run_desk(db_url: str | None, lang: str | None = "kk") -> int:
    """`python main.py [--db URL] [--lang]`: the desk with its event loop. The window appears
    first; the database (and SQLAlchemy with it) is opened on a thread meanwhile, and what is
    typed before it is ready is answered once it is. Without `lang`, the language the
    receptionist chose last time (Kazakh at first)."""
    from domain.messages import BadInput
    from ui import translations
    from ui.crash import install_excepthook, report_failure
    from ui.main_window import MainWindow

    app = _application()
    install_excepthook()
    translations.install(lang or translations.remembered_lang())
    from services.first_run import needs_setup

    if needs_setup(db_url):
        # A fresh computer: the setup first (Esc leaves, nothing written), then the desk on the
        # database it chose, in the language it chose.
        setup = build_setup_dialog()
        setup.show()
        if setup.exec() != QDialog.DialogCode.Accepted:
            return 0
        translations.remember_lang(setup.result_value.language)
        translations.install(setup.result_value.language)
    window = MainWindow(None, db_url or "", None, translations.current_lang())
    exit_code = {"value": 0}
    keys_given = {"count": 0}

    def key_given() -> None:
        keys_given["count"] += 1
        opener.start(db_url)

    def failed(exc: BaseException) -> None:
        # db.engine.KEY_FIELD (not imported here: SQLAlchemy loads on the opener's thread)
        if isinstance(exc, BadInput) and exc.field == "db_key":
            # An encrypted database and no key (or a wrong one): ask, then open again.
            _ask_key(window, db_url, keys_given["count"] > 0, key_given,
                     lambda: failed(BadInput(exc.message, field="db")))
            return
        if isinstance(exc, BadInput):
            # The database cannot be used: say why (stderr and a dialog) and leave with 2,
            # as every command does for bad input.
            print(exc.in_lang(translations.current_lang()), file=sys.stderr, flush=True)
            exit_code["value"] = 2
            if QApplication.platformName() != "offscreen":
                QMessageBox.critical(window, "Tirkeu", exc.in_lang(translations.current_lang()))
            app.exit(2)
            return
        report_failure(exc, window)

    opener = _Opener()
    opener.opened.connect(lambda args: window.attach_database(*args))
    opener.opened.connect(lambda args: attach_sync(window, args[0], args[2]))
    opener.failed.connect(failed)
    window.show()
    # Open the database once the window is on screen: the opener's imports compete with the
    # GUI thread for the interpreter, so they wait until the first paint is done.
    QTimer.singleShot(0, lambda: opener.start(db_url))
    code = app.exec()
    opener.join(30)
    window.tasks.wait()
    return exit_code["value"] or code
