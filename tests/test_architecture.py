"""ARCHITECTURE's import rules, read from the code (ast), so a shortcut fails the suite."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "checker"


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, at any depth (also inside functions)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).glob("*.py"))


def reaches(names: set[str], forbidden: str) -> bool:
    return any(name == forbidden or name.startswith(forbidden + ".") for name in names)


@pytest.mark.parametrize("path", modules("rules"), ids=lambda p: p.stem)
@pytest.mark.parametrize("forbidden", ["checker.cli", "checker.report", "checker.config", "click"])
def test_rules_never_import_the_command_line_reports_or_config(path, forbidden):
    assert not reaches(imported(path), forbidden), f"{path.name} imports {forbidden}"


@pytest.mark.parametrize("path", modules("report"), ids=lambda p: p.stem)
@pytest.mark.parametrize("forbidden", ["yaml", "checker.load", "checker.model", "checker.document", "click"])
def test_reporters_see_findings_and_nothing_of_yaml(path, forbidden):
    assert not reaches(imported(path), forbidden), f"{path.name} imports {forbidden}"


@pytest.mark.parametrize(
    "path", [p for p in sorted(PACKAGE.rglob("*.py")) if p.name not in ("cli.py", "__main__.py")],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_only_the_command_line_knows_the_terminal_and_exit_codes(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert not reaches(imported(path), "click"), f"{path.name} imports click"
    exits = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "exit"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "sys"
    ]
    assert not exits, f"{path.name} calls sys.exit at lines {exits}"


def test_the_check_reads_imports_it_would_have_to_reject(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from checker.report.text_format import render\n", encoding="utf-8")
    assert reaches(imported(sample), "checker.report")
