"""The import contract of the layers (domain, db, reports, ui, the workshop), checked on the source, not from memory."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The workshop: command-line adapters, benchmarks, developer scripts. It may use the product
# (and any framework) but the product never imports it.
WORKSHOP = {"cli", "bench", "scripts"}
PRODUCT = {"domain", "formats", "db", "reports", "demo", "services", "ui"}
OURS = PRODUCT | WORKSHOP | {"main", "tests"}
# product package -> the packages of ours it may import
ALLOWED = {
    "domain": {"domain"},
    "formats": {"domain", "formats"},
    "db": {"domain", "formats", "db"},
    "reports": {"domain", "reports"},
    "demo": {"domain", "db", "demo"},
    "services": {"domain", "formats", "db", "reports", "demo", "services"},
    "ui": {"domain", "db", "reports", "services", "ui"},
}
FRAMEWORKS = {"PySide6": {"ui"}, "sqlalchemy": {"db"}, "alembic": {"db"}, "reportlab": {"reports"}}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def package_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def test_every_package_exists():
    for package in ALLOWED:
        assert package_files(package), f"{package}/ has no Python files"


def test_packages_import_only_what_the_layers_allow():
    problems = []
    for package, allowed in ALLOWED.items():
        for path in package_files(package):
            for name in imports_of(path):
                if name in OURS and name not in allowed:
                    problems.append(f"{path.relative_to(ROOT)} imports {name}")
                for framework, owners in FRAMEWORKS.items():
                    if name == framework and package not in owners:
                        problems.append(f"{path.relative_to(ROOT)} imports {framework}")
    assert problems == []


def test_every_top_level_package_is_placed():
    found = {p.parent.name for p in ROOT.glob("*/__init__.py")}
    assert found == PRODUCT | WORKSHOP | {"tests"}


def test_no_product_package_imports_the_workshop():
    problems = [
        f"{path.relative_to(ROOT)} imports {name}"
        for package in PRODUCT
        for path in package_files(package)
        for name in imports_of(path)
        if name in WORKSHOP or name in ("main", "tests")
    ]
    assert problems == []


def test_workshop_commands_live_in_cli():
    main = (ROOT / "main.py").read_text("utf-8")
    assert "services.cmd_" not in main and '"cli.' in main
    assert not list((ROOT / "services").glob("cmd_*.py"))
    assert not list((ROOT / "services").glob("bench*.py"))


def test_domain_imports_only_the_standard_library():
    import sys

    stdlib = set(sys.stdlib_module_names) | {"domain", "__future__"}
    bad = [
        f"{p.relative_to(ROOT)}: {n}"
        for p in package_files("domain")
        for n in imports_of(p)
        if n not in stdlib
    ]
    assert bad == []


def test_the_contract_checker_catches_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from sqlalchemy import select\nimport ui.app\ndef f():\n    from bench import runner\n", "utf-8")
    assert imports_of(bad) == {"sqlalchemy", "ui", "bench"}


def _imported_modules(path: Path) -> set[str]:
    """Full dotted names imported by a file (`from db.engine import x` gives db.engine)."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_the_desk_imports_the_database_only_in_its_composition_root():
    """ui/ gets its values from services/; only ui/app.py opens the database (db.engine)."""
    found = {
        (str(path.relative_to(ROOT)), name)
        for path in package_files("ui")
        for name in _imported_modules(path)
        if name == "db" or name.startswith("db.")
    }
    assert found and {name for _path, name in found} == {"db.engine"}
    assert {path for path, _name in found} == {"ui/app.py"}


ENGINE_OPENERS = {"open_database", "create_engine", "make_engine"}


def engine_openers_called(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    called = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in ENGINE_OPENERS:
                called.append(f"{path.name}:{node.lineno} {name}")
    return called


def test_use_cases_never_open_the_database():
    """A use case receives its session from the caller; only composition roots open engines."""
    assert [c for path in package_files("services") for c in engine_openers_called(path)] == []


def test_the_engine_check_catches_a_use_case_that_opens_one(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from db import engine\ndef f(url):\n    e = engine.open_database(url)\n"
                   "    return make_engine(url)\n", "utf-8")
    assert engine_openers_called(bad) == ["bad.py:3 open_database", "bad.py:4 make_engine"]
