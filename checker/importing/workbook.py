"""Excel workbooks as plain grids: opening with a clear message, merged cells, formulas, addresses.

Both importers (``import checklist`` and ``import guide``) read workbooks through this module: a
merged range reads as its top-left value in every cell it covers, a formula without a computed
value is marked as such (not read as empty), and every cell has its ``Sheet!C7`` address.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

HEADER_ROWS = 20  # header rows are looked for in this many rows
MAX_COUNT = 999  # a count (份数, 次数) above this is a typo or a number Excel made up (1e30)
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .doc and encrypted Office files
_COUNT = re.compile(r"^\s*(\d+)\s*份?\s*$")
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[ >/]")
_MERGE_TAG = re.compile(rb"<(?:\w+:)?mergeCell[ >/]")
_CARRIAGE_RETURN = re.compile(r"_x000D_\n?")


class WorkbookError(Exception):
    """The workbook cannot be read at all; the message says why and what to do."""


class Formula:
    """A formula cell whose computed value is not stored in the file."""

    def __init__(self, formula: str) -> None:
        self.formula = formula

    def __str__(self) -> str:
        return self.formula


@dataclass
class Grid:
    """One sheet's values, row by row; merged ranges are filled with their top-left value."""

    title: str
    rows: list[list[Any]]
    origin: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)  # merged cell → top-left
    hidden: bool = False  # a hidden sheet (exports keep their drop-down choices in one)

    def value(self, row: int, col: int) -> Any:
        cells = self.rows[row] if row < len(self.rows) else []
        return cells[col] if col < len(cells) else None

    def address(self, row: int, col: int) -> str:
        """``Sheet!C7`` for 0-based ``row`` and ``col``."""
        return f"{self.title}!{get_column_letter(col + 1)}{row + 1}"

    def place(self, path: str) -> str:
        """The sheet's place in messages: ``FILE!Sheet``."""
        return f"{path}!{self.title}"

    def where(self, path: str, row: int, col: int) -> str:
        """A cell's place in messages: ``FILE!Sheet!C7``."""
        return f"{path}!{self.address(row, col)}"

    def row_place(self, path: str, row: int) -> str:
        """A row's place in messages: ``FILE!Sheet!7``."""
        return f"{self.place(path)}!{row + 1}"

    def same_cell(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        """Whether two positions belong to one merged range."""
        return self.origin.get(a, a) == self.origin.get(b, b)


def sniff(path: str, kind: str) -> None:
    """Raise WorkbookError for a file that is not an Office Open XML package (``kind``: Excel 工作簿)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as err:
        raise WorkbookError(f"{path}: 无法读取：{err.strerror or err}") from None
    if head == _OLE_SIGNATURE:
        raise WorkbookError(
            f"{path}: 是加密（设有打开密码）的文件或旧版 Office 格式（.xls/.doc）；"
            "请取消密码，或用 Office 另存为 .xlsx/.docx 后再导入"
        )
    if not zipfile.is_zipfile(path):
        raise WorkbookError(f"{path} 不是可读的 {kind}：文件不是 Office Open XML（zip）格式")


def read_grids(path: str, sheet_name: str | None = None, *, all_sheets: bool = False) -> list[Grid]:
    """The sheets of a workbook as grids: the named one, the first one, or ``all_sheets``."""
    sniff(path, "Excel 工作簿（.xlsx）")
    has_formulas, has_merges = _package_has(path)
    try:  # merged ranges are known only to the full reader; the streaming one is faster
        book = load_workbook(path, data_only=True, read_only=not has_merges)
    except Exception as err:  # a damaged package fails deep inside openpyxl, in many ways
        raise WorkbookError(f"{path} 不是可读的 Excel 工作簿（.xlsx）：{err}") from None
    try:
        if sheet_name is not None and sheet_name not in book.sheetnames:
            names = "、".join(book.sheetnames)
            raise WorkbookError(f"{path} 中没有工作表「{sheet_name}」；现有：{names}")
        if all_sheets:
            sheets = list(book.worksheets)
        else:
            sheets = [book[sheet_name] if sheet_name else book.worksheets[0]]
        grids = [_grid(sheet) for sheet in sheets]
    finally:
        book.close()
    if has_formulas:
        _mark_formulas(path, grids)
    return grids


def _grid(sheet: Any) -> Grid:
    streamed = not hasattr(sheet, "merged_cells")
    if streamed:
        sheet.reset_dimensions()  # exporters often write a wrong <dimension>: read what is there
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    grid = Grid(sheet.title, rows, hidden=getattr(sheet, "sheet_state", "visible") != "visible")
    for merged in () if streamed else sheet.merged_cells.ranges:
        top, left = merged.min_row - 1, merged.min_col - 1
        value = grid.value(top, left)
        for row in range(top, min(merged.max_row, len(rows))):
            cells = rows[row]
            for col in range(left, merged.max_col):
                if col >= len(cells):
                    cells.extend([None] * (col + 1 - len(cells)))
                cells[col] = value
                grid.origin[(row, col)] = (top, left)
    return grid


def _package_has(path: str) -> tuple[bool, bool]:
    """Whether any sheet holds a formula, and a merged range (its raw XML is scanned)."""
    formulas = merges = False
    try:
        with zipfile.ZipFile(path) as package:
            for name in package.namelist():
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    xml = package.read(name)
                    formulas = formulas or bool(_FORMULA_TAG.search(xml))
                    merges = merges or bool(_MERGE_TAG.search(xml))
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError) as err:  # RuntimeError: encrypted entries
        raise WorkbookError(f"{path} 不是可读的 Excel 工作簿（.xlsx）：{err}") from None
    return formulas, merges


def _mark_formulas(path: str, grids: list[Grid]) -> None:
    """Replace the empty values of formula cells without a stored result by a Formula."""
    book = load_workbook(path, read_only=True, data_only=False)
    try:
        for grid in grids:
            for row_index, row in enumerate(book[grid.title].iter_rows(values_only=True)):
                for col, value in enumerate(row):
                    if isinstance(value, str) and value.startswith("=") and blank(grid.value(row_index, col)):
                        grid.rows[row_index][col] = Formula(value)
    finally:
        book.close()


def clean_header(value: Any) -> str:
    """A header cell without any white space (Excel headers wrap: "原件\\n份数")."""
    return re.sub(r"\s+", "", str(value)) if value is not None else ""


def find_header(
    rows: list[list[Any]], key_of: Callable[[Any], str | None], needed: str
) -> tuple[int, dict[str, int]] | None:
    """The header row among the first HEADER_ROWS rows: it has the ``needed`` key and the most
    keys (``key_of`` maps a header cell to its key, or None); each key's first column. None when
    no row has ``needed``."""
    best: tuple[int, dict[str, int]] | None = None
    for index, row in enumerate(rows[:HEADER_ROWS]):
        columns = header_columns(row, key_of)
        if needed in columns and (best is None or len(columns) > len(best[1])):
            best = (index, columns)
    return best


def header_columns(row: list[Any], key_of: Callable[[Any], str | None]) -> dict[str, int]:
    """Each key's first column in a header row."""
    columns: dict[str, int] = {}
    for col, value in enumerate(row):
        key = key_of(value)
        if key is not None and key not in columns:
            columns[key] = col
    return columns


def blank(value: Any) -> bool:
    """An empty cell (a formula without a value is not empty: it must be reported)."""
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str:
    """A cell as trimmed text; a whole float (3.0) as an integer; the ``_x000D_`` that exporters
    write for a carriage return (and openpyxl does not decode) as a line break."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:  # 1e30 stays 1e+30
        value = int(value)
    return _CARRIAGE_RETURN.sub("\n", str(value)).strip()


def shown(value: Any) -> str:
    """A bad value as quoted in a message."""
    if isinstance(value, Formula):
        return f"公式 {value.formula}，文件中没有计算结果（请在 Excel 中打开并保存后再导入）"
    if blank(value):
        return "空白"
    return f"「{text(value)}」"


def count_problem(value: Any) -> str:
    """Why ``value`` is not a count, as quoted in a message."""
    match = _COUNT.match(value) if isinstance(value, str) else None
    number = int(match.group(1)) if match else value if isinstance(value, int | float) else None
    if not isinstance(value, bool) and number is not None and number > MAX_COUNT:
        return f"{shown(value)}（大于 {MAX_COUNT}，不像是份数或次数）"
    return shown(value)


def count(value: Any) -> int | None:
    """A number of copies or visits (3, 3.0, "3", "3份", "无" for 0); None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return value if 0 <= value <= MAX_COUNT else None
    if isinstance(value, str):
        match = _COUNT.match(value)
        if match and int(match.group(1)) <= MAX_COUNT:
            return int(match.group(1))
        if value.strip() == "无":
            return 0
    return None
