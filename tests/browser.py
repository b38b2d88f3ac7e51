"""Headless Chromium for the page tests: open a page, dump its DOM after its scripts ran, or
screenshot or print it. Skipped only where Chromium is absent outside CI; under CI (``CI`` set)
a missing Chromium fails."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--enable-logging=stderr", "--v=0",
)  # fmt: skip


@pytest.fixture(scope="module")
def chromium() -> str:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("CI must run the browser tests: install Debian's chromium (see .ci/run)")
        pytest.skip("chromium is not installed (Debian: apt-get install chromium); CI runs these tests")
    return CHROMIUM


def open_page(chromium: str, profile: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={profile}", *extra, url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Uncaught" not in result.stderr, result.stderr[-2000:]  # no script error on the page
    return result
