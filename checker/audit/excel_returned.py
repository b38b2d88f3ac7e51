"""A 问题清单 handed back by an office: which findings it marks 已整改 that a new run still finds.

Rows are matched by 问题标识, the finding's stable key (rule, file and offending content, not
the line), so fixes elsewhere in a file do not unmatch them. Columns are found by their header
names among the first rows, in any order: an office may add, move or hide columns.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from checker.audit.excel_export import DONE, FINDINGS_SHEET, KEY_COLUMN, STATUS_COLUMN

HEADER_ROWS = 20  # rows searched for the header
_SHOWN = ("事项", "规则", "说明", "责任人", "文件")


class ReturnedError(Exception):
    """The returned workbook cannot be read; the message says why and where."""


@dataclass(frozen=True)
class Marked:
    """One row of the returned sheet: where it is, its key and status, and what it says."""

    sheet: str
    row: int
    key: str
    status: str
    fields: dict[str, str]  # 事项, 规则, 说明, 责任人, 文件 as the office left them


def read_returned(path: str) -> list[Marked]:
    """The rows of the returned 问题清单 (or of the first sheet that has its columns)."""
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as err:
        raise ReturnedError(f"无法读取交回的问题清单 {path}：{err}") from None
    try:
        names = sorted(book.sheetnames, key=lambda name: name != FINDINGS_SHEET)
        for name in names:
            rows = list(book[name].iter_rows(values_only=True))
            found = _header(rows)
            if found is not None:
                return _marked(name, rows, *found)
    finally:
        book.close()
    raise ReturnedError(
        f"{path} 中没有「{KEY_COLUMN}」和「{STATUS_COLUMN}」两列：请交回 guidelint audit --xlsx 写出的问题清单"
    )


def still_found(marked: list[Marked], keys: set[str]) -> list[Marked]:
    """The rows marked done whose finding this run still reports."""
    return [m for m in marked if m.status == DONE and m.key in keys]


def none_checked(marked: list[Marked], checked: set[str]) -> str | None:
    """A file the returned rows name, when none of the files they name was checked in this run
    (run from another folder, or with the paths spelt otherwise): then no row can be matched."""
    files = [m.fields["文件"] for m in marked if m.fields["文件"]]
    if files and not checked.intersection(files):
        return files[0]
    return None


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _header(rows: list[tuple]) -> tuple[int, dict[str, int]] | None:
    for number, row in enumerate(rows[:HEADER_ROWS]):
        columns = {_text(v): i for i, v in enumerate(row) if _text(v)}
        if KEY_COLUMN in columns and STATUS_COLUMN in columns:
            return number, columns
    return None


def _marked(sheet: str, rows: list[tuple], header: int, columns: dict[str, int]) -> list[Marked]:
    def cell(row: tuple, name: str) -> str:
        i = columns.get(name)
        return _text(row[i]) if i is not None and i < len(row) else ""

    out = []
    for number, row in enumerate(rows[header + 1 :], header + 2):
        key = cell(row, KEY_COLUMN)
        if key:
            fields = {name: cell(row, name) for name in _SHOWN}
            out.append(Marked(sheet, number, key, cell(row, STATUS_COLUMN), fields))
    return out
