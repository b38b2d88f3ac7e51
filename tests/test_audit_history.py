"""The audit history: runs appended per transaction, trend per district, failures that lose nothing."""

from __future__ import annotations

import sqlite3

import pytest
from audit_corpus import RULES, guidelint, make_corpus

from checker.audit import history
from checker.audit.summary import Item, Summary
from checker.findings import Finding


def _summary(**per_district: int) -> Summary:
    """One item per district with that many errors."""
    items = []
    for district, count in per_district.items():
        path = f"{district}/guide.yaml"
        findings = [Finding(path, n + 1, 1, n + 1, 2, "fee-incomplete", "error", "m") for n in range(count)]
        items.append(Item(f"code-{district}", district, district, "主体", [path], findings))
    return Summary(items, files=len(items))


def _record(path, summary: Summary, when: str = "2026-11-26T09:00:00+08:00", **kwargs) -> history.Trend:
    return history.record(str(path), summary, when, "0.1.0", ["guides/"], **kwargs)


def _runs(path) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT id, started_at, files, items FROM runs ORDER BY id").fetchall()


def test_two_runs_give_a_two_point_trend_per_district(tmp_path):
    db = tmp_path / "audit.db"
    first = _record(db, _summary(西城区=3, 东城区=1), "2026-11-01T09:00:00+08:00")
    assert [run.id for run in first.runs] == [1]
    trend = _record(db, _summary(西城区=1, 东城区=2), "2026-11-26T09:00:00+08:00")
    assert [run.started_at for run in trend.runs] == [
        "2026-11-01T09:00:00+08:00",
        "2026-11-26T09:00:00+08:00",
    ]
    assert trend.totals == {"东城区": [1, 2], "西城区": [3, 1]}  # most findings now first
    assert trend.errors == {"东城区": [1, 2], "西城区": [3, 1]}


def test_schema_is_versioned_and_counts_are_stored_per_district_rule_severity(tmp_path):
    db = tmp_path / "audit.db"
    _record(db, _summary(西城区=2))
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION
        rows = connection.execute("SELECT run_id, district, rule, severity, count FROM counts").fetchall()
    assert rows == [(1, "西城区", "fee-incomplete", "error", 2)]
    assert _runs(db) == [(1, "2026-11-26T09:00:00+08:00", 1, 1)]


def test_a_district_without_findings_this_time_shows_zero(tmp_path):
    db = tmp_path / "audit.db"
    _record(db, _summary(西城区=2))
    trend = _record(db, _summary(西城区=0, 东城区=0))
    assert trend.totals == {"东城区": [0, 0], "西城区": [2, 0]}


def test_an_existing_empty_file_is_migrated(tmp_path):
    db = tmp_path / "audit.db"
    db.write_bytes(b"")
    _record(db, _summary(西城区=1))
    assert len(_runs(db)) == 1


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path):
    db = tmp_path / "audit.db"
    _record(db, _summary(西城区=1))
    with sqlite3.connect(db) as connection:
        connection.execute(f"PRAGMA user_version = {history.SCHEMA_VERSION + 1}")
    before = db.read_bytes()
    with pytest.raises(history.HistoryError, match="较新版本"):
        _record(db, _summary(西城区=1))
    assert db.read_bytes() == before


def test_a_locked_database_gives_a_clear_error_and_keeps_earlier_runs(tmp_path):
    db = tmp_path / "audit.db"
    _record(db, _summary(西城区=1))
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another audit is writing
    try:
        with pytest.raises(history.HistoryError, match=r"正被其他程序使用.*locked"):
            _record(db, _summary(西城区=5), timeout=0.2)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert len(_runs(db)) == 1
    assert len(_record(db, _summary(西城区=5)).runs) == 2  # usable again once released


def test_a_file_that_is_not_a_database_is_reported_and_left_as_it_was(tmp_path):
    db = tmp_path / "audit.db"
    db.write_text("这不是数据库，而是一份会议纪要。\n" * 200, encoding="utf-8")
    before = db.read_bytes()
    with pytest.raises(history.HistoryError, match="不是可用的历史数据库"):
        _record(db, _summary(西城区=1))
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.db"]


def test_a_corrupt_page_is_reported_and_earlier_runs_survive(tmp_path):
    db = tmp_path / "audit.db"
    _record(db, _summary(西城区=1))
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, after the header
    db.write_bytes(bytes(data))
    with pytest.raises(history.HistoryError):
        _record(db, _summary(西城区=1))
    assert db.read_bytes() == bytes(data)


def test_a_foreign_database_with_a_runs_table_is_not_touched(tmp_path):
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE runs (x)")
    with pytest.raises(history.HistoryError, match="不是 guidelint 的历史数据库"):
        _record(db, _summary(西城区=1))


def test_cli_runs_twice_and_reports_a_corrupt_history_with_exit_2(tmp_path):
    corpus = make_corpus(tmp_path / "guides")
    db = tmp_path / "audit.db"
    for _ in range(2):
        result = guidelint("audit", str(corpus), "--select", RULES, "--history", str(db))
        assert result.returncode == 1, result.stderr  # one error in the corpus
    assert [row[0] for row in _runs(db)] == [1, 2]
    bad = tmp_path / "notes.db"
    bad.write_text("not sqlite", encoding="utf-8")
    result = guidelint("audit", str(corpus), "--select", RULES, "--history", str(bad))
    assert result.returncode == 2
    assert "不是可用的历史数据库" in result.stderr and "Traceback" not in result.stderr
    assert bad.read_text(encoding="utf-8") == "not sqlite"


def test_a_run_over_another_scope_is_not_compared_with_whole_corpus_runs(tmp_path):
    db = tmp_path / "audit.db"
    _record(db, _summary(西城区=3, 东城区=1), "2026-11-01T09:00:00+08:00")
    _record(db, _summary(西城区=2, 东城区=1), "2026-11-08T09:00:00+08:00")
    only = history.record(
        str(db), _summary(西城区=2), "2026-11-09T09:00:00+08:00", "0.1.0", ["guides/西城区"]
    )
    assert len(only.runs) == 1 and only.totals == {"西城区": [2]}  # 东城区 does not fall to 0
    assert [run.paths for run in only.other_scopes] == [["guides"]]
    again = _record(db, _summary(西城区=1, 东城区=1), "2026-11-26T09:00:00+08:00", label="2026年11月找茬日")
    assert [run.started_at[:10] for run in again.runs] == ["2026-11-01", "2026-11-08", "2026-11-26"]
    assert again.totals == {"东城区": [1, 1, 1], "西城区": [3, 2, 1]}
    assert again.runs[-1].label == "2026年11月找茬日"
    assert [run.paths for run in again.other_scopes] == [["guides/西城区"]]


def test_scopes_are_normalised():
    assert history.scope_of(["guides/", "./guides"]) == history.scope_of(["guides"])
    assert history.scope_of(["b", "a"]) == history.scope_of(["a", "b"])
    assert history.scope_of(["guides/西城区"]) != history.scope_of(["guides"])


def test_items_that_got_better_or_worse_since_the_last_run_of_the_scope(tmp_path):
    db = tmp_path / "audit.db"
    _record(db, _summary(西城区=3, 东城区=1, 海淀区=2))
    trend = _record(db, _summary(西城区=1, 东城区=4, 海淀区=2))
    assert [(c.key, c.before.total(), c.now.total(), c.delta) for c in trend.items] == [
        ("code-东城区", 1, 4, 3),  # worse first
        ("code-西城区", 3, 1, -2),
    ]  # 海淀区 unchanged: not listed


def test_a_version_1_database_is_migrated_in_place_keeping_its_runs(tmp_path):
    db = tmp_path / "audit.db"
    with sqlite3.connect(db) as connection:  # what the previous release wrote
        connection.executescript(history.MIGRATIONS[0])
        connection.execute("PRAGMA user_version = 1")
        connection.execute(
            "INSERT INTO runs (started_at, version, paths, files, items) VALUES "
            "('2026-10-01T09:00:00+08:00', '0.0.9', '[\"guides/\"]', 4, 2)"
        )
        connection.execute("INSERT INTO counts VALUES (1, '西城区', 'fee-incomplete', 'error', 5)")
    inode = db.stat().st_ino
    trend = _record(db, _summary(西城区=2))
    assert db.stat().st_ino == inode  # the same file, altered, not rewritten
    assert trend.totals == {"西城区": [5, 2]}  # the old run has the same (normalised) scope
    assert trend.items is None  # the old run kept no per-item counts: no item list is invented
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION == 3
        assert connection.execute("SELECT version, label, scope FROM runs WHERE id = 1").fetchone() == (
            "0.0.9", "", '["guides"]',
        )  # fmt: skip


def test_two_items_under_one_code_are_added_up_in_the_item_counts(tmp_path):
    db = tmp_path / "audit.db"
    twice = _summary(西城区=2)
    twice.items.append(
        Item("code-西城区", "西城区副本", "西城区", "主体", ["b/guide.yaml"], twice.items[0].findings[:1])
    )
    _record(db, twice)
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT item, severity, count FROM item_counts").fetchall() == [
            ("code-西城区", "error", 3)
        ]
