"""The import contract of ARCHITECTURE.md §Layers, checked on the source, not from memory."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OURS = {"domain", "db", "reports", "ui", "services", "main"}
# package -> the packages of ours it may import
ALLOWED = {
    "domain": {"domain"},
    "db": {"domain", "db"},
    "reports": {"domain", "reports"},
    "services": {"domain", "db", "reports", "services"},
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
    bad.write_text("from sqlalchemy import select\nimport ui.app\n", "utf-8")
    assert imports_of(bad) == {"sqlalchemy", "ui"}
