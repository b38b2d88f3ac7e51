"""Shared helpers: run the engine on in-memory documents, the way a user's files would run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from checker.config import Config
from checker.discover import kind_of
from checker.document import build
from checker.engine import check_documents
from checker.findings import Finding

ROOT = Path(__file__).resolve().parent.parent
# git with a fixed identity and no user or system configuration, for test repositories.
GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.com",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.com",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def lint(files: dict[str, str], config: Config | None = None, rule: str | None = None) -> list[Finding]:
    """Findings for documents given as file name → YAML text (the file name gives the kind)."""
    docs = [build(name, kind_of(name), text) for name, text in files.items()]
    result = check_documents(docs, config or Config())
    assert not result.crashes, result.crashes
    return [f for f in result.findings if rule is None or f.rule == rule]


@pytest.fixture(autouse=True, scope="session")
def cache_outside_the_checkout(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Every run of the tool in a test, subprocesses included, caches in a temporary folder."""
    os.environ["GUIDELINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture
def root() -> Path:
    return ROOT


# Property tests: "ci" (the default) stays within seconds; HYPOTHESIS_PROFILE=thorough digs deep.
settings.register_profile("ci", max_examples=100, deadline=None, print_blob=True)
settings.register_profile(
    "thorough",
    max_examples=2500,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
