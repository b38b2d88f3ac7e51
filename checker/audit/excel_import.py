"""A window's Excel checklist (材料名称, 原件份数, 复印件份数, 审查要点) → checklist.yaml.

The header row is found by its names anywhere in the first rows, so title rows, notes and extra
columns (序号, 备注 …) may stand around it in any order. 实施编码, 事项名称 and 窗口 come from the
command line, or from cells above the header such as "实施编码：1111…" or "窗口 | 综合窗口".
Every bad cell is reported with its sheet, row and column; nothing is written then.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any

import yaml

from checker.importing import workbook
from checker.importing.workbook import HEADER_ROWS, Grid, blank, clean_header, text

NAME, ORIGINALS, COPIES, POINTS = "材料名称", "原件份数", "复印件份数", "审查要点"
REQUIRED_COLUMNS = (NAME, ORIGINALS, COPIES)
FIELDS = {"实施编码": "code", "事项名称": "name", "窗口": "window"}
FIELD_OPTIONS = {"code": "--code", "name": "--name", "window": "--window"}
_POINT_SEPARATORS = re.compile(r"[\n\r；;]+")
_ENUMERATION = re.compile(r"^\s*(?:[（(]\s*\d+\s*[)）]|\d+\s*[.、．)）]|[①-⑳])\s*")
_LABEL = re.compile(r"^\s*(实施编码|事项名称|窗口)\s*[:：]\s*(.*)$", re.DOTALL)


class SheetError(Exception):
    """The sheet cannot be turned into a checklist; the message lists every bad cell."""


@dataclass
class Sheet:
    """The checklist's content as read from the sheet."""

    title: str
    fields: dict[str, str]  # code, name, window found above the header
    materials: list[dict[str, Any]]


def read_checklist(path: str, sheet_name: str | None = None) -> Sheet:
    """Read the materials of a checklist sheet; SheetError lists the bad cells."""
    try:
        (grid,) = workbook.read_grids(path, sheet_name)
    except workbook.WorkbookError as err:
        raise SheetError(str(err)) from None
    return _parse(grid)


def _parse(grid: Grid) -> Sheet:
    title, rows = grid.title, grid.rows
    header_at, columns = _find_header(title, rows)
    fields = _fields_above(rows[:header_at])
    errors: list[str] = []
    materials = []
    for index in range(header_at + 1, len(rows)):
        row = rows[index]
        cells = {name: row[col] if col < len(row) else None for name, col in columns.items()}
        if all(blank(v) for v in cells.values()):
            continue

        def where(name: str, at: int = index) -> str:
            return grid.address(at, columns[name])

        name = text(cells[NAME])
        if not name:
            errors.append(f"{where(NAME)}: 材料名称为空，但这一行填了其他列")
            continue
        material: dict[str, Any] = {NAME: name}
        for column in (ORIGINALS, COPIES):
            count = workbook.count(cells[column])
            if count is None:
                problem = "空白（不需要时填 0）" if blank(cells[column]) else workbook.count_problem(cells[column])
                errors.append(f"{where(column)}: {column}应为非负整数，实际是{problem}")
            material[column] = count or 0
        points = _points(cells.get(POINTS))
        if points:
            material[POINTS] = points[0] if len(points) == 1 else points
        materials.append(material)
    if errors:
        raise SheetError("\n".join(errors))
    if not materials:
        raise SheetError(f"{title}!{header_at + 1}: 表头下面没有材料行")
    return Sheet(title, fields, materials)


def _find_header(title: str, rows: list[list[Any]]) -> tuple[int, dict[str, int]]:
    """The index of the header row and the column of each known header name."""
    best = workbook.find_header(rows, _column_name, NAME)
    if best is None:
        raise SheetError(f"{title}: 前 {HEADER_ROWS} 行中没有找到表头（应有“{NAME}”一列）")
    index, columns = best
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise SheetError(f"{title}!{index + 1}: 表头缺少列：{'、'.join(missing)}")
    return index, columns


def _column_name(value: Any) -> str | None:
    name = clean_header(value)
    return name if name in (NAME, ORIGINALS, COPIES, POINTS) else None


def _fields_above(rows: list[list[Any]]) -> dict[str, str]:
    """实施编码, 事项名称, 窗口 written above the header, as "键：值" or as a label cell and its neighbour."""
    found: dict[str, str] = {}
    for row in rows:
        for col, value in enumerate(row):
            cell = text(value)
            match = _LABEL.match(cell)
            if match:
                key, rest = match.group(1), match.group(2).strip()
            elif clean_header(cell) in FIELDS:
                key = clean_header(cell)
                rest = next((text(v) for v in row[col + 1 :] if text(v)), "")
            else:
                continue
            if rest and FIELDS[key] not in found:
                found[FIELDS[key]] = rest
    return found


def _points(value: Any) -> list[str]:
    """审查要点 split at line breaks and semicolons, without their numbering ("1.", "（2）", "③")."""
    points = (_ENUMERATION.sub("", part).strip() for part in _POINT_SEPARATORS.split(text(value)))
    return [p for p in points if p]


def checklist_yaml(sheet: Sheet, source: str, code: str, name: str, window: str) -> str:
    """The checklist document, in SPEC's format, with a comment saying where it came from."""
    data = {"实施编码": code, "事项名称": name, "窗口": window, "收件材料": sheet.materials}
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000, indent=2)
    return (
        f"# 由 guidelint import checklist 从 {os.path.basename(source)}（工作表 {sheet.title}）生成\n{body}"
    )


def resolve_fields(sheet: Sheet, given: dict[str, str | None]) -> dict[str, str]:
    """实施编码, 事项名称, 窗口: the command line's, else the sheet's; SheetError if one is missing."""
    fields = {key: given.get(key) or sheet.fields.get(key) for key in FIELD_OPTIONS}
    missing = [key for key, value in fields.items() if not value]
    if missing:
        label = {value: key for key, value in FIELDS.items()}
        wanted = "、".join(f"{label[key]}（{FIELD_OPTIONS[key]}）" for key in missing)
        raise SheetError(f"{sheet.title}: 表中没有找到{wanted}；请在命令行给出，或在表头之上写“实施编码：…”")
    return fields  # type: ignore[return-value]


def write_new(path: str, text: str, force: bool) -> None:
    """Write ``text`` to ``path``; an existing file is replaced only with ``force``."""
    with open(path, "w" if force else "x", encoding="utf-8") as handle:
        handle.write(text)
