"""Shared helpers: run the engine on in-memory documents, the way a user's files would run."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import Config
from checker.discover import kind_of
from checker.document import build
from checker.engine import check_documents
from checker.findings import Finding

ROOT = Path(__file__).resolve().parent.parent


def lint(files: dict[str, str], config: Config | None = None, rule: str | None = None) -> list[Finding]:
    """Findings for documents given as file name → YAML text (the file name gives the kind)."""
    docs = [build(name, kind_of(name), text) for name, text in files.items()]
    result = check_documents(docs, config or Config())
    assert not result.crashes, result.crashes
    return [f for f in result.findings if rule is None or f.rule == rule]


@pytest.fixture
def root() -> Path:
    return ROOT
