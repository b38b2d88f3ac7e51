"""The cache and the worker processes change how fast a run is, never what it finds."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from checker.cache import Cache
from checker.discover import Source
from checker.engine import CHUNK_SIZE, Input, chunks


def check(folder, cache_dir, *args: str) -> dict:
    env = {**os.environ, "GUIDELINT_CACHE_DIR": str(cache_dir)}
    done = subprocess.run(
        [sys.executable, "-m", "checker", "check", str(folder), "--format", "json", *args],
        capture_output=True, text=True, env=env, timeout=600,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def corpus(root, tmp_path):
    """The sample corpus four times over (180 documents: enough for worker processes)."""
    for copy in range(4):
        shutil.copytree(root / "guides", tmp_path / "corpus" / f"第{copy}批")
    return tmp_path / "corpus"


def test_warm_and_partly_warm_runs_find_what_a_cold_run_finds(corpus, tmp_path):
    cache = tmp_path / "cache"
    cold = check(corpus, cache, "--no-cache")
    assert check(corpus, cache) == cold  # fills the cache
    entries = sorted(p.name for p in cache.rglob("*.msgpack"))
    assert check(corpus, cache) == cold  # from the cache
    assert sorted(p.name for p in cache.rglob("*.msgpack")) == entries  # nothing new written

    guide = corpus / "第2批" / "西城区" / "结婚登记" / "guide.yaml"
    text = guide.read_text("utf-8")
    guide.write_text(text.replace("材料名称: 男方居民身份证", "材料名称: 男方身份证"), encoding="utf-8")
    edited = check(corpus, cache)
    assert edited == check(corpus, tmp_path / "other-cache", "--no-cache")
    assert any(
        f["path"].endswith("第2批/西城区/结婚登记/guide.yaml") and f["rule"] == "nonstandard-name"
        for f in edited["findings"]
    )
    new = set(p.name for p in cache.rglob("*.msgpack")) - set(entries)
    assert 1 <= len(new) <= 3  # the edited file's chunk (perhaps split anew) and the run's summary


def test_jobs_do_not_change_the_findings_or_their_order(corpus, tmp_path):
    one = check(corpus, tmp_path / "c1", "--no-cache", "--jobs", "1")
    two = check(corpus, tmp_path / "c2", "--no-cache", "--jobs", "2")
    assert one == two
    assert len(one["findings"]) > 4 * 34  # and the copies share codes: duplicate-code


def _inputs(count: int) -> list[Input]:
    cache = Cache("unused", "fingerprint")
    return [
        Input(Source(f"{i}/guide.yaml", "guide"), b"", None, cache.key(f"{i}/guide.yaml", "guide", b"x"))
        for i in range(count)
    ]


def test_one_file_more_or_less_changes_one_chunk():
    items = _inputs(40 * CHUNK_SIZE)
    before = [tuple(i.key for i in chunk) for chunk in chunks(items)]
    assert len(before) > 10
    assert max(map(len, before)) <= 4 * CHUNK_SIZE
    del items[len(items) // 2]
    after = [tuple(i.key for i in chunk) for chunk in chunks(items)]
    assert len(set(before) - set(after)) == 1
    assert len(set(after) - set(before)) == 1


def test_a_file_that_cannot_be_read_keeps_its_chunk_out_of_the_cache():
    from checker.engine import _chunk_key

    items = _inputs(3)
    cache = Cache("unused", "fingerprint")
    assert _chunk_key(items, cache)
    items[1].key = ""
    assert _chunk_key(items, cache) == ""


def test_the_default_number_of_jobs_leaves_the_cores_that_others_keep_busy(tmp_path, monkeypatch):
    from checker import engine

    for running, busy in (("1/300", 0), ("3/300", 2), ("9/300", 8)):
        loadavg = tmp_path / "loadavg"
        loadavg.write_text(f"0.50 0.40 0.30 {running} 4242\n", encoding="ascii")
        assert engine._busy_elsewhere(str(loadavg)) == busy
    assert engine._busy_elsewhere(str(tmp_path / "missing")) == 0  # no /proc/loadavg: all cores
    (tmp_path / "odd").write_text("nonsense\n", encoding="ascii")
    assert engine._busy_elsewhere(str(tmp_path / "odd")) == 0
    monkeypatch.setattr(engine.os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    for busy, jobs in ((0, 4), (2, 2), (8, 1)):
        monkeypatch.setattr(engine, "_busy_elsewhere", lambda busy=busy: busy)
        assert engine.default_jobs() == jobs
