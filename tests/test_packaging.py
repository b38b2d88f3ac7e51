"""A regular (non-editable) install ships every subpackage: pyproject lists them one by one."""

from __future__ import annotations

import pytest
from conftest import ROOT

tomllib = pytest.importorskip("tomllib")  # Python 3.11+


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
