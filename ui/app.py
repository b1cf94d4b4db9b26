"""Building and running the desk."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Tirkeu")
        app.setOrganizationName("Tirkeu")
    return app


def build_main_window(db_url: str, lang: str = "kk") -> QMainWindow:
    """The desk on a database (opened and migrated), without starting the event loop."""
    from db.engine import open_database, session_factory, sqlite_path
    from ui import translations
    from ui.main_window import MainWindow

    _application()
    translations.install(lang)
    engine = open_database(db_url)
    path = sqlite_path(str(engine.url))
    label = str(path) if path else engine.url.render_as_string(hide_password=True)
    return MainWindow(engine, label, session_factory(engine), translations.current_lang())


def run_desk(db_url: str | None, lang: str = "kk") -> int:
    """`python main.py [--db URL] [--lang]`: the desk with its event loop."""
    from db.engine import resolve_url
    from ui.crash import install_excepthook

    app = _application()
    install_excepthook()
    window = build_main_window(resolve_url(db_url), lang)
    window.show()
    return app.exec()
