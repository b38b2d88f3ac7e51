"""The shared result cache: concurrent runs agree and leave valid entries; a damaged entry is
ignored and written anew."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from checker.engine import Checked, RunSummary


@pytest.fixture
def corpus(tmp_path) -> Path:
    """The sample corpus twice over: enough documents for the worker processes."""
    for copy in ("一", "二"):
        shutil.copytree(ROOT / "guides", tmp_path / "corpus" / copy)
    return tmp_path


def check(folder: Path, *options: str) -> subprocess.Popen:
    env = {**os.environ, "GUIDELINT_CACHE_DIR": str(folder / "cache"), "NO_COLOR": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "checker", "check", "--format", "json", *options, "corpus"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=folder,
        env=env,
    )


def output(process: subprocess.Popen) -> str:
    stdout, stderr = process.communicate(timeout=300)
    assert process.returncode == 1 and not stderr, stderr
    return stdout


def valid(entry) -> bool:
    """An entry is a chunk of checked documents or a whole run's summary."""
    if isinstance(entry, RunSummary):
        return True
    return isinstance(entry, list) and bool(entry) and all(isinstance(item, Checked) for item in entry)


def entries(folder: Path) -> dict[Path, int]:
    """Each cache entry and its modification time; every one must load as a valid entry."""
    found = {}
    for path in (folder / "cache").rglob("*"):
        if path.is_file():
            assert path.suffix == ".pickle", f"left behind: {path}"
            with open(path, "rb") as handle:
                assert valid(pickle.load(handle)), path
            found[path] = path.stat().st_mtime_ns
    return found


def test_two_runs_sharing_a_cache_agree_and_leave_it_valid(corpus):
    expected = output(check(corpus, "--no-cache"))
    first, second = check(corpus), check(corpus)  # both at once, on an empty cache
    assert output(first) == expected
    assert output(second) == expected
    written = entries(corpus)
    assert len(written) >= 4  # several chunks and the run's summary
    assert output(check(corpus)) == expected
    assert entries(corpus) == written  # read from the cache, nothing rewritten


def test_a_damaged_entry_is_ignored_and_rebuilt(corpus):
    expected = output(check(corpus))
    written = sorted(entries(corpus))
    damaged = {
        written[0]: written[0].read_bytes()[:20],  # truncated
        written[1]: b"\x00garbage\xff" * 10,
        written[2]: b"",
        written[3]: pickle.dumps(["a", "foreign", "object"]),
    }
    for path, data in damaged.items():
        path.write_bytes(data)
    assert output(check(corpus)) == expected
    after = entries(corpus)  # each loads as a valid entry again
    assert all(path.read_bytes() != data for path, data in damaged.items())
    assert set(after) == set(written)
