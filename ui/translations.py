"""Qt Linguist translations: every `ui/i18n/*_<lang>.qm` plus Qt's own `qtbase_<lang>.qm`,
swapped live (installing a translator sends QEvent.LanguageChange to every widget)."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator

from domain.messages import DEFAULT_LANG, LANGS, Message

I18N_DIR = Path(__file__).resolve().parent / "i18n"
LOCALES = {"kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
           "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan)}
# Language names are shown in their own language, so that anyone can find theirs.
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский"}

_installed: list[QTranslator] = []
_current = DEFAULT_LANG


def _settings() -> QSettings:
    # An explicit file in the user's config directory (looked up on each call, so tests that
    # point XDG_CONFIG_HOME elsewhere never touch the real one).
    path = platformdirs.user_config_path("tirkeu", appauthor=False) / "desk.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def remembered_lang() -> str:
    """The language the receptionist chose last time on this computer (Kazakh at first)."""
    from services.first_run import read_config

    config = read_config()  # the language chosen at setup, until another is chosen
    lang = _settings().value("language", config.language if config is not None else DEFAULT_LANG)
    return lang if lang in LANGS else DEFAULT_LANG


def remember_lang(lang: str) -> None:
    if lang in LANGS:
        settings = _settings()
        settings.setValue("language", lang)
        settings.sync()


def current_lang() -> str:
    return _current


def text(message: Message | None) -> str:
    """A bilingual message in the language the desk shows now."""
    return message.in_lang(_current) if message else ""


def qm_files(lang: str) -> list[Path]:
    return sorted(I18N_DIR.glob(f"*_{lang}.qm"))


def install(lang: str) -> list[str]:
    """Replace the installed translators by those of ``lang``; returns what was loaded."""
    global _current
    if lang not in LANGS:
        lang = DEFAULT_LANG
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(str(p.parent), p.stem) for p in qm_files(lang)] + [(qt_dir, f"qtbase_{lang}")]
    _current = lang
    QLocale.setDefault(LOCALES[lang])
    for directory, stem in candidates:
        translator = QTranslator(app)
        if translator.load(stem, directory):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(stem)
    # Widgets get LanguageChange as posted events; deliver them now so the switch is complete
    # when this returns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return loaded
