"""Word guides made from the 办事指南 template (.docx) → one ItemSource.

The element table names each element in its first column (or in label and value pairs along a
row); the materials table has a header row. Tables nested in a cell are read after the table
holding them; a materials table split across pages (the rest in a table of its own, as wide and
without a header) goes on with the header before. Paragraphs outside the tables are read last
(see sections: "承诺办结时限：10个工作日", or a numbered heading with its value in the paragraphs
below); other text is kept for a comment.
Places are ``FILE 表2 第5行`` and ``FILE 正文第5段``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import docx

from checker.importing import sections
from checker.importing.guide import ItemSource
from checker.importing.synonyms import Synonyms
from checker.importing.tables import Reader, continues
from checker.importing.workbook import Grid, WorkbookError, sniff


class TableGrid(Grid):
    """A Word table as a grid; its places are ``FILE 表2 第5行``."""

    def place(self, path: str) -> str:
        return f"{path} {self.title}"

    def address(self, row: int, col: int) -> str:
        return f"{self.title} 第{row + 1}行"

    def where(self, path: str, row: int, col: int) -> str:
        return f"{path} {self.address(row, col)}"

    def row_place(self, path: str, row: int) -> str:
        return f"{path} {self.address(row, 0)}"


class ParagraphGrid(TableGrid):
    """The paragraphs outside tables, one row each ("事项名称：…" as label and value)."""

    def address(self, row: int, col: int) -> str:
        return f"正文第{row + 1}段"


def read_items(path: str, synonyms: Synonyms) -> tuple[list[ItemSource], list[str]]:
    """The item of a Word guide, and the problems that belong to no single item."""
    sniff(path, "Word 文档（.docx）")
    try:
        document = docx.Document(path)
    except Exception as err:  # a damaged package fails deep inside python-docx, in many ways
        raise WorkbookError(f"{path} 不是可读的 Word 文档（.docx）：{err}") from None
    reader = Reader(path, synonyms)
    item = ItemSource(path)
    table = None
    for number, word_table in enumerate(_tables(document.tables), 1):
        grid = _as_sections(_grid(word_table, f"表{number}"), synonyms)
        table = reader.read(grid, item, continues(table, grid, synonyms))
    texts = [paragraph.text for paragraph in document.paragraphs]
    outline = [_outline(paragraph) for paragraph in document.paragraphs]
    reader.read(ParagraphGrid("正文", sections.rows(texts, synonyms, outline)), item)  # after the tables: a table's value wins
    reader.items.insert(0, item)
    items, errors = reader.finish()
    if not (item.elements or item.materials):
        items.remove(item)
    if not items:
        errors.append(f"{path}: 没有找到办事指南的要素表（第一列写“事项名称”等要素名称的表格）")
    return items, errors


def _as_sections(grid: TableGrid, synonyms: Synonyms) -> TableGrid:
    """A table of one text per row (a layout table: "一、事项名称" on a row, its value on the
    next) read like paragraphs; any other table as it is."""
    texts = [list(dict.fromkeys(str(v).strip() for v in row if str(v).strip())) for row in grid.rows]
    if len(texts) < 2 or any(len(cells) > 1 for cells in texts):
        return grid
    return TableGrid(grid.title, sections.rows([cells[0] if cells else "" for cells in texts], synonyms))


def _tables(tables: list[Any]) -> Iterator[Any]:
    """Every table in document order, each followed by the tables nested in its cells."""
    for table in tables:
        yield table
        for row in table.rows:
            seen: list[Any] = []  # the cell elements themselves: lxml reuses ids of freed proxies
            for cell in row.cells:
                if not any(tc is cell._tc for tc in seen):
                    seen.append(cell._tc)
                    yield from _tables(cell.tables)


def _grid(table: Any, title: str) -> TableGrid:
    """Cell texts row by row; a merged cell reads as its value in every position it covers."""
    grid = TableGrid(title, [])
    first_at: dict[Any, tuple[int, int]] = {}  # keyed by the cell element, kept alive
    for row_index, row in enumerate(table.rows):
        cells = []
        for col, cell in enumerate(row.cells):
            cells.append(cell.text)
            origin = first_at.setdefault(cell._tc, (row_index, col))
            if origin != (row_index, col):
                grid.origin[(row_index, col)] = origin
        grid.rows.append(cells)
    return grid


def _outline(paragraph: Any) -> str | None:
    """The family of a paragraph Word numbers itself (list and level) or styles as a heading or
    a list; None for body text."""
    properties = paragraph._p.pPr
    numbering = properties.numPr if properties is not None else None
    if numbering is not None and numbering.numId is not None:
        level = numbering.ilvl.val if numbering.ilvl is not None else 0
        return f"编号{numbering.numId.val}-{level}"
    name = paragraph.style.name if paragraph.style is not None else ""
    if re.match(r"(?i)(heading|标题|list|列表)", name or ""):
        return name
    return None
