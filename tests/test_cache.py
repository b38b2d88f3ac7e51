"""The shared result cache: concurrent runs agree and leave valid entries; a damaged entry is
ignored and written anew."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import msgpack
import pytest
from conftest import ROOT

from checker import plain
from checker.cache import GITIGNORE
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


def valid(data: bytes) -> bool:
    """An entry is a chunk of checked documents or a whole run's summary, as plain msgpack."""
    value = msgpack.unpackb(data)
    for hint in (RunSummary, list[Checked]):
        try:
            return bool(plain.decoder(hint)(value))
        except plain.Invalid:
            continue
    return False


def entries(folder: Path) -> dict[Path, int]:
    """Each cache entry and its modification time; every one must load as a valid entry."""
    found = {}
    for path in (folder / "cache").rglob("*"):
        if path.is_file() and path.name != ".gitignore":
            assert path.suffix == ".msgpack", f"left behind: {path}"
            assert valid(path.read_bytes()), path
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


class Planted:
    """A pickle that would create a file if it were ever unpickled."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def test_planted_entries_run_nothing_and_change_no_finding(corpus):
    expected = output(check(corpus, "--no-cache"))
    assert output(check(corpus)) == expected
    written = sorted(entries(corpus))
    marker = corpus / "planted-code-ran"
    hostile = [
        pickle.dumps(Planted(marker)),
        b"\x00garbage\xff" * 10,
        msgpack.packb({"findings": "not a list"}),
        msgpack.packb([["x"] * 11]),  # a list of the wrong shape
        msgpack.packb([[["a.yaml", 1, 1, 1, 2, "no-such-rule", "error", "planted", [], None, ""]]]),
    ]
    for index, path in enumerate(written):
        path.write_bytes(hostile[index % len(hostile)])
    assert output(check(corpus)) == expected
    assert not marker.exists()
    assert len(entries(corpus)) == len(written)  # every planted entry was rewritten as data


def test_the_cache_folder_ignores_itself_in_git(corpus):
    output(check(corpus))
    assert (corpus / "cache" / ".gitignore").read_text(encoding="utf-8") == GITIGNORE
    assert GITIGNORE.splitlines()[-1] == "*"
