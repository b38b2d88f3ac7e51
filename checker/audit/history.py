"""The history of audit runs in a SQLite database, and the trend per district it gives.

Tables ``runs(id, started_at, version, paths, files, items)`` and
``counts(run_id, district, rule, severity, count)``. The schema's version is kept in
``PRAGMA user_version``; an older database is migrated step by step, inside the same
transaction that appends the run, so a failure leaves the file as it was. An existing file is
never deleted or recreated: a locked or unreadable database is reported as HistoryError.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from checker.audit.summary import Summary

# MIGRATIONS[n] brings a database from version n to version n + 1.
MIGRATIONS = (
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


@dataclass
class Trend:
    """Findings per district in each of the latest runs, oldest run first."""

    runs: list[Run]
    totals: dict[str, list[int]]  # district → all findings per run
    errors: dict[str, list[int]]  # district → errors per run


def record(
    path: str,
    summary: Summary,
    started_at: str,
    version: str,
    paths: list[str],
    timeout: float = LOCK_TIMEOUT,
) -> Trend:
    """Append this run to the database at ``path`` (created when absent) and return the trend."""
    connection = _connect(path, timeout)
    try:
        with _failures(path):
            connection.execute("BEGIN IMMEDIATE")
            try:
                _migrate(connection, path)
                listed = json.dumps(paths, ensure_ascii=False)
                run_id = connection.execute(
                    "INSERT INTO runs (started_at, version, paths, files, items) VALUES (?, ?, ?, ?, ?)",
                    (started_at, version, listed, summary.files, len(summary.items)),
                ).lastrowid
                connection.executemany(
                    "INSERT INTO counts (run_id, district, rule, severity, count) VALUES (?, ?, ?, ?, ?)",
                    [(run_id, *row) for row in summary.counts()],
                )
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
            return _trend(connection, [item.district for item in summary.items])
    finally:
        connection.close()


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
        for statement in MIGRATIONS[step].split(";"):
            if statement.strip():
                connection.execute(statement)
    if version != SCHEMA_VERSION:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    found = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return found.fetchone() is not None


def _trend(connection: sqlite3.Connection, districts: list[str]) -> Trend:
    rows = connection.execute(
        "SELECT id, started_at, files, items FROM runs ORDER BY id DESC LIMIT ?", (SHOWN_RUNS,)
    ).fetchall()
    runs = [Run(*row) for row in reversed(rows)]
    index = {run.id: i for i, run in enumerate(runs)}
    totals = {district: [0] * len(runs) for district in districts}  # this run's, even at zero
    errors = {district: [0] * len(runs) for district in districts}
    counts = connection.execute(
        "SELECT run_id, district, severity, SUM(count) FROM counts WHERE run_id >= ? "
        "GROUP BY run_id, district, severity",
        (runs[0].id if runs else 0,),
    )
    for run_id, district, severity, count in counts:
        totals.setdefault(district, [0] * len(runs))[index[run_id]] += count
        errors.setdefault(district, [0] * len(runs))
        if severity == "error":
            errors[district][index[run_id]] += count
    order = sorted(totals, key=lambda d: (-totals[d][-1] if runs else 0, d))
    return Trend(runs, {d: totals[d] for d in order}, {d: errors[d] for d in order})
