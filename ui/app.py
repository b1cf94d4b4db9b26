"""Building and running the desk."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget


def build_main_window(db_url: str, lang: str = "kk") -> QMainWindow:
    """The desk on a database, without starting the event loop."""
    window = QMainWindow()
    window.setWindowTitle("Тіркеу")
    central = QWidget()
    layout = QVBoxLayout(central)
    search = QLineEdit()
    search.setObjectName("searchEdit")
    layout.addWidget(search)
    layout.addWidget(QLabel(db_url))
    window.setCentralWidget(central)
    return window


def run_desk(db_url: str | None, lang: str = "kk") -> int:
    from db.engine import open_database

    engine = open_database(db_url)
    url = engine.url.render_as_string(hide_password=True)
    engine.dispose()
    app = QApplication.instance() or QApplication(sys.argv)
    window = build_main_window(url, lang)
    window.show()
    return app.exec()
