"""Kazakh and Russian through Qt Linguist: every string translated, switched live."""

from __future__ import annotations

import ast
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import lrelease  # noqa: F401 - the .qm files are built by the fixture
from ui import translations

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "ui" / "i18n"
SLIPS_FILES = {"referral_dialog.py", "settings_dialog.py", "pdf_preview.py"}


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            yield name, message


def test_no_translation_is_unfinished_or_empty():
    files = sorted(I18N.glob("*.ts"))
    assert {p.name for p in files} >= {"desk_kk.ts", "desk_ru.ts"}
    problems = []
    for path in files:
        for context, message in _messages(path):
            tr = message.find("translation")
            forms = [f.text for f in tr.iter("numerusform")] or [tr.text]
            if tr.get("type") in ("unfinished", "obsolete", "vanished") or not all((f or "").strip() for f in forms):
                problems.append(f"{path.name}: {context}: {message.find('source').text}")
    assert problems == []


def test_the_ts_files_hold_every_string_of_the_desk(tmp_path):
    """lupdate run afresh finds nothing the committed .ts files lack."""
    sources = [str(p) for p in sorted((ROOT / "ui").rglob("*.py")) if p.name not in SLIPS_FILES]
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(lrelease()).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    wanted = {(c, m.find("source").text) for c, m in _messages(fresh)}
    for lang in ("kk", "ru"):
        have = {(c, m.find("source").text) for c, m in _messages(I18N / f"desk_{lang}.ts")}
        assert wanted - have == set(), lang


def test_kazakh_and_russian_have_the_same_sources():
    kk = {(c, m.find("source").text) for c, m in _messages(I18N / "desk_kk.ts")}
    ru = {(c, m.find("source").text) for c, m in _messages(I18N / "desk_ru.ts")}
    assert kk == ru


def test_kazakh_is_the_default_and_switching_is_live(qtbot, window, desk_db):
    _url, ids = desk_db
    with qtbot.waitSignal(window.card_shown, timeout=5000):
        window.open_patient(ids["askar"])
    assert window.languageSwitch.currentData() == "kk"
    kk = {
        "emergency": window.emergencyButton.text(),
        "title": window.windowTitle(),
        "header": window.results_model.headerData(0, Qt.Orientation.Horizontal),
        "coverage": window.patientCard.coverage_model.headerData(0, Qt.Orientation.Horizontal),
        "service": window.patientCard.coverage_model.index(0, 0).data(),
        "age": window.patientCard.fields["age"].text(),
    }
    assert kk["emergency"] == "ШҰҒЫЛ (F9)"
    window.languageSwitch.setCurrentIndex(window.languageSwitch.findData("ru"))
    ru = {
        "emergency": window.emergencyButton.text(),
        "title": window.windowTitle(),
        "header": window.results_model.headerData(0, Qt.Orientation.Horizontal),
        "coverage": window.patientCard.coverage_model.headerData(0, Qt.Orientation.Horizontal),
        "service": window.patientCard.coverage_model.index(0, 0).data(),
        "age": window.patientCard.fields["age"].text(),
    }
    assert ru["emergency"] == "ЭКСТРЕННО (F9)"
    assert ru["header"] == "ИИН" and ru["coverage"] == "Услуга"
    assert ru["service"] == "Скорая помощь, санавиация"
    assert "лет" in ru["age"]
    for key in kk:
        assert kk[key] != ru[key], key
    window.languageSwitch.setCurrentIndex(window.languageSwitch.findData("kk"))
    assert window.emergencyButton.text() == kk["emergency"]


def test_qt_dialogs_follow_the_language(qtbot, window):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    window.set_language("ru")
    assert "qtbase_ru" in [t for t in translations.install("ru")]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    window.set_language("kk")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") not in ("Cancel", "Отмена")


def test_open_dialogs_are_retranslated(qtbot, window):
    qtbot.mouseClick(window.newPatientButton, Qt.MouseButton.LeftButton)
    from tests.ui.conftest import visible_dialog

    dialog = visible_dialog(window, "registrationDialog")
    before = dialog.windowTitle()
    window.set_language("ru")
    assert dialog.windowTitle() == "Новый пациент" != before


def test_the_chosen_language_is_remembered_for_the_next_start(qtbot, window):
    import os
    from pathlib import Path

    from ui import translations

    assert translations.remembered_lang() == "kk"
    window.languageSwitch.setCurrentIndex(window.languageSwitch.findData("ru"))
    assert translations.remembered_lang() == "ru"
    assert (Path(os.environ["XDG_CONFIG_HOME"]) / "tirkeu" / "desk.ini").exists()
    window.languageSwitch.setCurrentIndex(window.languageSwitch.findData("kk"))
    assert translations.remembered_lang() == "kk"


def _calls_in_classes(tree: ast.AST):
    """Every call with the name of the class it is written in (None outside classes)."""
    def walk(node, cls):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from walk(child, child.name)
            else:
                if isinstance(child, ast.Call):
                    yield child, cls
                yield from walk(child, cls)
    yield from walk(tree, None)


def _text(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _receiver_classes(tree: ast.AST, function: str, param: str) -> set[str]:
    """The classes whose `self` is passed as `param` of the module function `function`: the
    context `param.tr(...)` is looked up in (Qt uses the receiver's class, not the caller's)."""
    defs = [d for d in tree.body if isinstance(d, ast.FunctionDef) and d.name == function]
    if not defs:
        return set()
    position = [a.arg for a in defs[0].args.args].index(param)
    found = set()
    for call, cls in _calls_in_classes(tree):
        if isinstance(call.func, ast.Name) and call.func.id == function:
            arg = call.args[position] if position < len(call.args) else None
            found.add(cls if isinstance(arg, ast.Name) and arg.id == "self" and cls else "?")
    return found


def _lookups() -> tuple[list[tuple[str, str, str, str | None, int]], list[str]]:
    """(where, context, source, disambiguation, n) of every tr/translate call in ui/, in the
    context Qt looks it up in at run time, and the calls whose context cannot be told."""
    found, unknown = [], []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = {id(n): f.name for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
                     for n in ast.walk(f)}
        for call, cls in _calls_in_classes(tree):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            if name == "translate" and call.args:
                contexts, args = {_text(call.args[0])}, call.args[1:]
            elif name == "tr" and isinstance(call.func, ast.Attribute):
                receiver, args = call.func.value, call.args
                if isinstance(receiver, ast.Name) and receiver.id == "self":
                    contexts = {cls}
                elif isinstance(receiver, ast.Name) and id(call) in functions:
                    contexts = _receiver_classes(tree, functions[id(call)], receiver.id) or {None}
                else:
                    contexts = {None}
            else:
                continue
            source = _text(args[0]) if args else None
            disambiguation = _text(args[1]) if len(args) > 1 else None
            n = 1 if len(args) > 2 else -1
            for context in contexts:
                if source is None or context in (None, "?"):
                    unknown.append(where)
                else:
                    found.append((where, context, source, disambiguation, n))
    return found, unknown


def test_every_string_of_the_ui_is_translated_in_the_context_qt_looks_it_up_in(qapp):
    """Loads the built .qm files the desk loads and asks them what Qt will ask at run time;
    a string filed under another context (e.g. `parent.tr` filed under "parent") shows in
    English otherwise, while lupdate and the .ts files agree with each other."""
    lookups, unknown = _lookups()
    assert unknown == []
    assert len(lookups) > 200
    assert ("ReferralDialog", "Save referral as PDF") in {(c, s) for _w, c, s, _d, _n in lookups}
    for lang in ("kk", "ru"):
        translators = []
        for qm in translations.qm_files(lang):
            translator = QTranslator()
            assert translator.load(str(qm))
            translators.append(translator)
        assert {p.stem for p in translations.qm_files(lang)} == {f"desk_{lang}", f"slips_{lang}"}
        missing = [f"{where}: {context}: {source}" for where, context, source, disambiguation, n
                   in lookups
                   if not any(t.translate(context, source, disambiguation, n) for t in translators)]
        assert missing == [], lang
