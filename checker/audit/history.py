"""The history of audit runs in a SQLite database, and the trend it gives.

Tables ``runs(id, started_at, version, paths, files, items, label, scope, per_item)``,
``counts(run_id, district, rule, severity, count)`` and
``item_counts(run_id, item, name, district, severity, count)``. A trend compares a run only
with earlier runs over the same scope (the paths checked, normalised): a run over one district
after whole-corpus runs would otherwise show every other district falling to zero. Runs over
other scopes are counted and named, not mixed in.

The schema's version is kept in ``PRAGMA user_version``; an older database is migrated step by
step in place, inside the same transaction that appends the run, so a failure leaves the file as
it was. An existing file is never deleted or recreated: a locked or unreadable database is
reported as HistoryError.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from checker.audit.summary import Summary


def scope_of(paths: list[str]) -> str:
    """The paths checked as one comparable text: normalised, with / separators, sorted, unique."""
    normal = sorted({os.path.normpath(p).replace(os.sep, "/") for p in paths})
    return json.dumps(normal, ensure_ascii=False)


def _add_scopes(connection: sqlite3.Connection) -> None:
    """Version 1 → 2, for the runs already recorded: their scope from the paths they list."""
    for run_id, paths in connection.execute("SELECT id, paths FROM runs").fetchall():
        try:
            listed = json.loads(paths)
        except ValueError:
            listed = [paths]
        connection.execute("UPDATE runs SET scope = ? WHERE id = ?", (scope_of(listed), run_id))


# MIGRATIONS[n] brings a database from version n to version n + 1: SQL statements, or a function.
MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        version TEXT NOT NULL,
        paths TEXT NOT NULL,
        files INTEGER NOT NULL,
        items INTEGER NOT NULL
    );
    CREATE TABLE counts (
        run_id INTEGER NOT NULL REFERENCES runs(id),
        district TEXT NOT NULL,
        rule TEXT NOT NULL,
        severity TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (run_id, district, rule, severity)
    );
    """,
    """
    ALTER TABLE runs ADD COLUMN label TEXT NOT NULL DEFAULT '';
    ALTER TABLE runs ADD COLUMN scope TEXT NOT NULL DEFAULT '';
    ALTER TABLE runs ADD COLUMN per_item INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE item_counts (
        run_id INTEGER NOT NULL REFERENCES runs(id),
        item TEXT NOT NULL,
        name TEXT NOT NULL,
        district TEXT NOT NULL,
        severity TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (run_id, item, severity)
    );
    """,
    _add_scopes,
)
SCHEMA_VERSION = len(MIGRATIONS)
LOCK_TIMEOUT = 10.0  # seconds to wait for another writer
SHOWN_RUNS = 20  # runs shown in the trend


class HistoryError(Exception):
    """The history database cannot be used; the message says why, in Chinese."""


@dataclass(frozen=True)
class Run:
    id: int
    started_at: str
    files: int
    items: int
    label: str = ""
    scope: str = ""

    @property
    def paths(self) -> list[str]:
        return json.loads(self.scope) if self.scope else []


@dataclass(frozen=True)
class ItemChange:
    """An item whose findings went up or down since the last run over the same scope."""

    key: str
    name: str
    district: str
    before: Counter
    now: Counter

    @property
    def delta(self) -> int:
        return self.now.total() - self.before.total()


@dataclass
class Trend:
    """Findings per district in each of the latest runs over this run's scope, oldest first."""

    runs: list[Run]
    totals: dict[str, list[int]]  # district → all findings per run
    errors: dict[str, list[int]]  # district → errors per run
    other_scopes: list[Run] = field(default_factory=list)  # latest run of each other scope
    items: list[ItemChange] | None = None  # None: the previous run kept no per-item counts


def record(
    path: str,
    summary: Summary,
    started_at: str,
    version: str,
    paths: list[str],
    timeout: float = LOCK_TIMEOUT,
    label: str = "",
) -> Trend:
    """Append this run to the database at ``path`` (created when absent) and return the trend
    over the runs of the same scope."""
    connection = _connect(path, timeout)
    try:
        with _failures(path):
            connection.execute("BEGIN IMMEDIATE")
            try:
                _migrate(connection, path)
                listed, scope = json.dumps(paths, ensure_ascii=False), scope_of(paths)
                run_id = connection.execute(
                    "INSERT INTO runs (started_at, version, paths, files, items, label, scope, per_item) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
                    (started_at, version, listed, summary.files, len(summary.items), label, scope),
                ).lastrowid
                connection.executemany(
                    "INSERT INTO counts (run_id, district, rule, severity, count) VALUES (?, ?, ?, ?, ?)",
                    [(run_id, *row) for row in summary.counts()],
                )
                connection.executemany(
                    "INSERT INTO item_counts (run_id, item, name, district, severity, count) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [(run_id, *row) for row in _item_rows(summary)],
                )
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
            return _trend(connection, [item.district for item in summary.items], scope)
    finally:
        connection.close()


def _item_rows(summary: Summary) -> list[tuple[str, str, str, str, int]]:
    """(item, name, district, severity, count) rows; two items under one key (a duplicated
    实施编码) are added up, not one dropped."""
    tally: dict[str, Counter] = {}
    names: dict[str, tuple[str, str]] = {}
    for item in summary.items:
        names.setdefault(item.key, (item.name, item.district))
        tally.setdefault(item.key, Counter()).update(item.counts)
    return [
        (key, *names[key], severity, n)
        for key, counts in tally.items()
        for severity, n in sorted(counts.items())
    ]


def _connect(path: str, timeout: float) -> sqlite3.Connection:
    with _failures(path):
        return sqlite3.connect(path, timeout=timeout, isolation_level=None)


@contextmanager
def _failures(path: str) -> Iterator[None]:
    """Turn sqlite3's errors into HistoryError with a message for the user."""
    try:
        yield
    except sqlite3.Error as error:
        raise HistoryError(_explain(path, error)) from None


def _explain(path: str, error: sqlite3.Error) -> str:
    text = str(error)
    if "locked" in text or "busy" in text:
        return f"历史数据库 {path} 正被其他程序使用（{text}）；请稍后重试。本次结果未写入，已有记录未改动"
    if "unable to open" in text:
        return f"无法打开历史数据库 {path}（{text}）：请检查路径和权限"
    return f"{path} 不是可用的历史数据库（{text}）；文件未改动。请指定另一个 --history 文件"


def _migrate(connection: sqlite3.Connection, path: str) -> None:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise HistoryError(
            f"历史数据库 {path} 由较新版本的 guidelint 写入（格式版本 {version}，"
            f"本版本支持到 {SCHEMA_VERSION}）；请升级 guidelint"
        )
    if version == 0 and _has_table(connection, "runs"):
        raise HistoryError(f"{path} 已有名为 runs 的表，但不是 guidelint 的历史数据库；文件未改动")
    for step in range(version, SCHEMA_VERSION):
        migration = MIGRATIONS[step]
        if callable(migration):
            migration(connection)
            continue
        for statement in migration.split(";"):
            if statement.strip():
                connection.execute(statement)
    if version != SCHEMA_VERSION:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    found = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return found.fetchone() is not None


def _trend(connection: sqlite3.Connection, districts: list[str], scope: str) -> Trend:
    columns = "id, started_at, files, items, label, scope"
    rows = connection.execute(
        f"SELECT {columns} FROM runs WHERE scope = ? ORDER BY id DESC LIMIT ?", (scope, SHOWN_RUNS)
    ).fetchall()
    runs = [Run(*row) for row in reversed(rows)]
    others = connection.execute(
        f"SELECT {columns} FROM runs WHERE id IN (SELECT MAX(id) FROM runs WHERE scope != ? GROUP BY scope) "
        "ORDER BY id DESC",
        (scope,),
    ).fetchall()
    index = {run.id: i for i, run in enumerate(runs)}
    totals = {district: [0] * len(runs) for district in districts}  # this run's, even at zero
    errors = {district: [0] * len(runs) for district in districts}
    marks = ",".join("?" * len(runs))
    counts = connection.execute(
        f"SELECT run_id, district, severity, SUM(count) FROM counts WHERE run_id IN ({marks}) "
        "GROUP BY run_id, district, severity",
        list(index),
    )
    for run_id, district, severity, count in counts:
        totals.setdefault(district, [0] * len(runs))[index[run_id]] += count
        errors.setdefault(district, [0] * len(runs))
        if severity == "error":
            errors[district][index[run_id]] += count
    order = sorted(totals, key=lambda d: (-totals[d][-1] if runs else 0, d))
    items = _item_changes(connection, runs[-2].id, runs[-1].id) if len(runs) >= 2 else []
    return Trend(
        runs, {d: totals[d] for d in order}, {d: errors[d] for d in order}, [Run(*r) for r in others], items
    )


def _item_changes(connection: sqlite3.Connection, before: int, now: int) -> list[ItemChange] | None:
    """Items whose findings changed between two runs, the most worsened first, then the most
    improved; None when the earlier run was recorded before items were counted."""
    if not connection.execute("SELECT per_item FROM runs WHERE id = ?", (before,)).fetchone()[0]:
        return None
    names: dict[str, tuple[str, str]] = {}
    counts: dict[int, dict[str, Counter]] = {before: {}, now: {}}
    for run_id, item, name, district, severity, count in connection.execute(
        "SELECT run_id, item, name, district, severity, count FROM item_counts WHERE run_id IN (?, ?)",
        (before, now),
    ):
        names.setdefault(item, (name, district))
        counts[run_id].setdefault(item, Counter())[severity] += count
    changes = [
        ItemChange(key, *names[key], counts[before].get(key, Counter()), counts[now].get(key, Counter()))
        for key in names
    ]
    changed = [c for c in changes if c.before != c.now]
    return sorted(changed, key=lambda c: (-c.delta, c.district, c.key))
