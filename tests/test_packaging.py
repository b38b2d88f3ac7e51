"""What a regular (non-editable) install ships, and what the pre-commit hook hands to the CLI:
every subpackage, module, vocabulary file and schema; the hook fires on every document name."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from checker.discover import kind_of

try:
    import tomllib
except ImportError:  # Python 3.10: pytest brings tomli
    import tomli as tomllib


def test_every_subpackage_is_listed_for_installation():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "checker").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found <= listed, f"not listed in pyproject.toml: {sorted(found - listed)}"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The files setuptools' build_py puts in the wheel, built from a copy of the checkout (a
    build writes into the tree it builds), as paths relative to the wheel's root."""
    pytest.importorskip("setuptools")
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for folder in ("checker", "rules"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("build")
    command = [
        sys.executable,
        "-c",
        "from setuptools import setup; setup()",
        "-q",
        "build_py",
        "--build-lib",
        str(out),
    ]
    done = subprocess.run(command, cwd=source, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}


def test_the_wheel_ships_every_module_vocabulary_file_and_schema(built):
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "checker").rglob("*.py")}
    data = {f"checker/ruledata/{p.name}" for p in (ROOT / "rules").iterdir() if p.suffix in (".yaml", ".yml")}
    schemas = {p.relative_to(ROOT).as_posix() for p in (ROOT / "checker" / "schemas").glob("*.json")}
    assert data and schemas
    assert modules | data | schemas <= built, sorted((modules | data | schemas) - built)


HOOK = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))[0]
NAMES = [
    "guide.yaml",
    "checklist.yml",
    "guides/西城区/工作居住证/guide.yaml",
    "西城区.guide.yaml",
    "guides/西城区/Checklist.YAML",
    "办事指南.yaml",
    "guides/西城区/临时救助/收件清单.yaml",
    "西城区临时救助办事指南.yml",
    "guidelint.yaml",
    "rules/本局证照.yaml",
    "guides/西城区/guide.yaml.bak",
    "guides/guide/notes.yaml",
    "指南.yaml",
    "收件清单.json",
]


@pytest.mark.parametrize("name", NAMES)
def test_the_pre_commit_hook_fires_exactly_on_the_names_the_cli_checks(name):
    # pre-commit matches `files` with re.search against the staged path
    assert bool(re.search(HOOK["files"], name)) == (kind_of(Path(name).name) is not None)


def test_the_pre_commit_hook_runs_the_check_command():
    assert HOOK["entry"] == "guidelint check" and HOOK["pass_filenames"] is False
    assert HOOK["language"] == "python"
