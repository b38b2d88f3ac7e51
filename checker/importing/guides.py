"""``guidelint import guide``: Excel and Word files → the guides' data, item by item."""

from __future__ import annotations

import os
from dataclasses import dataclass

from checker.importing import word_guides
from checker.importing.guide import Built, ItemSource, build
from checker.importing.synonyms import Synonyms, clean_label
from checker.importing.tables import Reader
from checker.importing.workbook import WorkbookError, read_grids

__all__ = ["Imported", "WorkbookError", "read_file"]

_SAVE_AS = {
    ".xls": "旧版 Excel 格式（.xls）：请用 Excel 另存为 .xlsx 后再导入",
    ".doc": "旧版 Word 格式（.doc）：请用 Word 另存为 .docx 后再导入",
    ".et": "WPS 表格格式：请另存为 .xlsx 后再导入",
    ".wps": "WPS 文字格式：请另存为 .docx 后再导入",
}


@dataclass
class Imported:
    """One item of a source file: where it was read and its guide data (or its errors)."""

    item: ItemSource
    built: Built


def read_file(path: str, synonyms: Synonyms) -> tuple[list[Imported], list[str]]:
    """The items of one file, and the problems that belong to no single item; WorkbookError
    when the file cannot be read at all."""
    extension = os.path.splitext(path)[1].lower()
    if extension in _SAVE_AS:
        raise WorkbookError(f"{path}: {_SAVE_AS[extension]}")
    if extension in (".xlsx", ".xlsm"):
        items, errors = _read_workbook(path, synonyms)
    elif extension == ".docx":
        items, errors = word_guides.read_items(path, synonyms)
    else:
        raise WorkbookError(f"{path}: 不支持的文件类型「{extension or '无扩展名'}」；只能导入 .xlsx 和 .docx")
    return [Imported(item, build(item, synonyms)) for item in items], errors


def _read_workbook(path: str, synonyms: Synonyms) -> tuple[list[ItemSource], list[str]]:
    reader = Reader(path, synonyms)
    for grid in read_grids(path, all_sheets=True):
        if not grid.hidden and clean_label(grid.title) not in synonyms.note_sheets:  # not items: notes, choices
            reader.read(grid)
    items, errors = reader.finish()
    if not items and not errors:
        errors.append(f"{path}: 没有找到事项（应有“事项名称”等表头的事项表，或第一列写要素名称的工作表）")
    return items, errors
