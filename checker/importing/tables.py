"""Tables of a guide (Excel sheets, Word tables, as grids) → one ItemSource per item.

Each row is read by what its header names say (synonyms from rules/import.yaml):

- an items table: a header row of elements (事项名称, 实施编码, 办理时限 …), one row per item;
- a materials table: a header row with 材料名称, one row per material, joined to its item by a
  实施编码 or 事项名称 column (a merged 事项名称 spanning an item's rows reads on every row); a
  material row naming an item no items table has starts that item from its own element columns;
- element rows: a label and its value, down the first column or in pairs along a row
  ("事项名称 | 结婚登记 | 事项类型 | 行政确认"), for the one item of a sheet or of a Word file.

Title rows above a header are skipped; a column or element row that maps to no key is kept,
to be written as a comment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checker.importing.guide import Cell, ItemSource, MaterialSource
from checker.importing.sections import LABELLED
from checker.importing.synonyms import Synonyms, clean_label, unit_of
from checker.importing.workbook import Grid, blank, header_columns, text

_SKIPPED_HEADERS = {"序号", "编号", "操作"}
_JOIN_KEYS = ("实施编码", "事项名称")
_MATERIAL = "材料:"  # prefix of material columns in a materials table's columns
_COPY_KEYS = ("材料类型", "份数", "原件份数", "复印件份数")


@dataclass
class Table:
    """The header in force: what each column of the rows below holds."""

    kind: str  # "items" or "materials"
    columns: dict[str, int]  # key → column (material keys prefixed)
    extra: dict[int, str]  # unmapped column → its header
    width: int
    units: dict[int, str] = field(default_factory=dict)  # column → the time unit its header gives


@dataclass
class _Pending:
    """A material row waiting to be joined to its item."""

    material: MaterialSource
    join: dict[str, str]  # 实施编码 / 事项名称 given on the row
    elements: dict[str, Cell]  # item elements on the row
    own_item: ItemSource | None  # the item of a one-item sheet or Word file
    where: str


@dataclass
class Reader:
    """Reads grids one after another; ``finish`` joins materials to items."""

    path: str
    synonyms: Synonyms
    items: list[ItemSource] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    _pending: list[_Pending] = field(default_factory=list)

    def read(self, grid: Grid, own_item: ItemSource | None = None, table: Table | None = None) -> Table | None:
        """Read one grid; element rows go to ``own_item`` (a new item per grid when None);
        ``table`` is a header carried over from the grid before (a table split across pages).
        Returns the header in force at the end."""
        sheet_item = own_item or ItemSource(grid.place(self.path))
        rows_items: list[ItemSource] = []  # items of an items table on this grid
        first_material = len(self._pending)  # material rows of this grid start here
        header_at = -2
        for index, row in enumerate(grid.rows):
            header = self._header(row)
            if header is not None:
                table, header_at = header, index
                continue
            if table is not None and index == header_at + 1 and self._sub_header(table, row):
                continue
            if all(blank(v) for v in row) or (table is not None and self._instructions(row)):
                continue
            if table is not None and table.kind == "materials" and self._element_row(grid, index):
                table = None  # the element rows go on below the materials table
            if table is None:
                if own_item is None and self._next_item(grid, index, sheet_item):
                    self.items.append(sheet_item)
                    sheet_item = ItemSource(grid.row_place(self.path, index))
                self._label_row(grid, index, sheet_item)
            elif table.kind == "items":
                item = ItemSource(grid.row_place(self.path, index), _cells(self.path, grid, index, table))
                item.extra = _extra(row, table.extra)
                self.items.append(item)
                rows_items.append(item)
            else:
                single = rows_items[0] if len(rows_items) == 1 else None
                if not self._further_row(grid, index, table, first_material):
                    self._material_row(grid, index, table, sheet_item if sheet_item.elements or own_item else single)
                    self._inherit_join(first_material)
        if own_item is None and sheet_item.elements:
            self.items.append(sheet_item)
        return table

    def finish(self) -> tuple[list[ItemSource], list[str]]:
        """Attach each material row to its item: the grid's own (its element rows, or the one
        row of its items table), else by its 实施编码 when it gives one, else by 事项名称."""
        by_key: dict[tuple[str, str], ItemSource] = {}
        for item in self.items:
            for key in _JOIN_KEYS:
                if key in item.elements and text(item.elements[key].value):
                    by_key.setdefault((key, text(item.elements[key].value)), item)
        for row in self._pending:
            key = "实施编码" if "实施编码" in row.join else "事项名称"
            target = row.own_item or by_key.get((key, row.join.get(key, "")))
            if target is None and row.join:
                target = ItemSource(row.where, dict(row.elements))
                self.items.append(target)
                by_key.update({(key, value): target for key, value in row.join.items()})
            if target is None and len(self.items) == 1:
                target = self.items[0]
            if target is None:
                self.errors.append(f"{row.where}: 材料行没有实施编码或事项名称，无法对应到事项")
                continue
            target.materials.append(row.material)
        self._pending = []
        return self.items, self.errors

    def _header(self, row: list[Any]) -> Table | None:
        """The row as a header: of a materials table (材料名称 and another material column) or
        of an items table (事项名称 or 实施编码 and two more elements); None when neither."""
        materials = _by_own_name(row, header_columns(row, self.synonyms.material))
        if "材料名称" in materials and len(materials) >= 2:
            columns = {_MATERIAL + key: col for key, col in materials.items()}
            for key, col in header_columns(row, self.synonyms.element).items():
                if col not in columns.values():
                    columns[key] = col
            return Table("materials", columns, _unmapped(row, columns), len(row), _units(row))
        elements = _by_own_name(row, header_columns(row, self.synonyms.element))
        if any(key in elements for key in _JOIN_KEYS) and len(elements) >= 3:
            return Table("items", elements, _unmapped(row, elements), len(row), _units(row))
        return None

    def _next_item(self, grid: Grid, index: int, item: ItemSource) -> bool:
        """Whether a label row starts another item on the same sheet: it names a 事项名称 other
        than the one the sheet's item already has (items one below the other)."""
        name = item.elements.get("事项名称")
        row = grid.rows[index]
        col = next((c for c, v in enumerate(row) if not blank(v)), None)
        if name is None or col is None or self.synonyms.element(row[col]) != "事项名称":
            return False
        value_col = _next_value(grid, index, col)
        return value_col is not None and text(row[value_col]) != text(name.value) and not _spans_rows(grid, index, col)

    def _sub_header(self, table: Table, row: list[Any]) -> bool:
        """The second row of a two-row header whose group cells are not merged down ("办理时限"
        over "法定时限 | 承诺时限", "份数" over "原件 | 复印件"): its labels replace the group's
        key in their columns. False when the row holds anything else."""
        labels: dict[int, str] = {}
        for col, value in enumerate(row):
            material = self.synonyms.material(value) if table.kind == "materials" else None
            key = _MATERIAL + material if material else self.synonyms.element(value)
            if key is None and not blank(value):
                return False
            if key is not None:
                labels[col] = key
        if not labels:
            return False
        kept = {key: col for key, col in table.columns.items() if col not in labels and key not in labels.values()}
        table.columns = kept | {key: col for col, key in labels.items()}
        table.extra = {col: name for col, name in table.extra.items() if col not in labels}
        table.units.update(_units(row))
        return True

    def _instructions(self, row: list[Any]) -> bool:
        """A template's 填报说明 row below its header ("填报说明 | 填写规范的事项名称 | …")."""
        first = next((v for v in row if not blank(v)), None)
        return clean_label(first) in self.synonyms.instructions

    def _element_row(self, grid: Grid, index: int) -> bool:
        """Whether a row below a materials table is an element row ("办理方式 | 窗口办理"): its
        first cell names an element and starts no merged range from the row above; or a remark
        ("备注 | …")."""
        row = grid.rows[index]
        col = next((c for c, v in enumerate(row) if not blank(v)), None)
        if col is not None and clean_label(row[col]) in self.synonyms.remarks:
            return True  # "备注 | 两项同一窗口受理" below the materials: kept for a comment
        if col is None or self.synonyms.element(row[col]) is None or self.synonyms.material(row[col]):
            return False
        return not (index and grid.same_cell((index - 1, col), (index, col))) and _next_value(grid, index, col) is not None

    def _further_row(self, grid: Grid, index: int, table: Table, first: int) -> bool:
        """Add a row to the material above when its 材料名称 is the same merged cell (a material
        over two rows: 原件 on one, 复印件 on the next). False when the row is a material of its own."""
        name_col = table.columns.get(_MATERIAL + "材料名称")
        if len(self._pending) <= first or name_col is None or index == 0:
            return False
        material = self._pending[-1].material
        above = material.cells.get("材料名称")
        if above is None or above.grid is not grid or not grid.same_cell((above.row, name_col), (index, name_col)):
            return False
        cells = _cells(self.path, grid, index, table)
        copies: dict[str, Cell] = {}
        for column_key, cell in cells.items():
            key = column_key.removeprefix(_MATERIAL)
            if not column_key.startswith(_MATERIAL) or blank(cell.value) or grid.same_cell(
                (index - 1, cell.col), (index, cell.col)
            ):
                continue
            if key in _COPY_KEYS:
                copies[key] = cell
            elif key not in material.cells or blank(material.cells[key].value):
                material.cells[key] = cell
            elif text(material.cells[key].value) != text(cell.value):
                mine = material.cells[key]
                material.cells[key] = Cell(f"{text(mine.value)}\n{text(cell.value)}", mine.grid, mine.path, mine.row, mine.col)
        if copies:
            material.more_copies.append(copies)
        material.extra += _extra(grid.rows[index], table.extra)
        return True

    def _material_row(self, grid: Grid, index: int, table: Table, own_item: ItemSource | None) -> None:
        cells = _cells(self.path, grid, index, table)
        material = MaterialSource(
            {k.removeprefix(_MATERIAL): v for k, v in cells.items() if k.startswith(_MATERIAL)},
            _extra(grid.rows[index], table.extra),
        )
        elements = {k: v for k, v in cells.items() if not k.startswith(_MATERIAL)}
        join = {k: text(elements[k].value) for k in _JOIN_KEYS if k in elements and text(elements[k].value)}
        self._pending.append(_Pending(material, join, elements, own_item, grid.row_place(self.path, index)))

    def _inherit_join(self, first: int) -> None:
        """A material row without 实施编码 and 事项名称 below one of the same grid belongs to the
        same item (exports write the item once, on its first material row)."""
        if len(self._pending) - 1 > first and not self._pending[-1].join and not self._pending[-1].own_item:
            row, above = self._pending[-1], self._pending[-2]
            row.join, row.elements = above.join, above.elements

    def _label_row(self, grid: Grid, index: int, item: ItemSource) -> None:
        """A row of label and value pairs; the cells of no known label are kept for a comment.

        A label merged down several rows has a value on each (办理时间: 夏令时 …, 冬令时 …): they
        are joined, one per line. A label whose value cell is a sub-label with a value of its own
        ("办理时限 | 法定办结时限 | 20个工作日") gives that sub-label's value; an unknown sub-label
        below a merged label is kept with its value ("咨询地址：…")."""
        row = grid.rows[index]
        col, used, left = 0, [], []  # columns read as labels and values, and the others
        while col < len(row):
            key = self.synonyms.element(row[col]) if not blank(row[col]) else None
            value_col = _next_value(grid, index, col) if key is not None else None
            if key is None and self._in_cell(grid, index, col, item):
                used.append(col)
            elif key is None or value_col is None:
                left.append(col)
            if key is None or value_col is None:
                col += 1
                continue
            label_col, after = col, _next_value(grid, index, value_col)
            value = row[value_col]
            sub_key = self.synonyms.element(value) if after is not None else None
            if after is not None and sub_key is not None:
                key, label_col, value_col, value = sub_key, value_col, after, row[after]
            elif after is not None and _spans_rows(grid, index, col) and self.synonyms.element(row[after]) is None:
                value, value_col = f"{text(value)}：{text(row[after])}", after
            cell = Cell(value, grid, self.path, index, value_col, unit_of(row[label_col]))
            self._put_element(item, key, cell, _spans_rows(grid, index, col, above_only=True))
            used += range(col, value_col + 1)
            col = value_col + 1
        read = {text(row[c]) for c in used}
        cells = [t for t in dict.fromkeys(text(row[c]) for c in left if not blank(row[c])) if t not in read]
        if len(cells) > 1 and self.synonyms.element(cells[0]) is None:
            item.extra.append((cells[0], "\n".join(cells[1:])))
        elif len(cells) == 1 and (index > 0 or used) and self.synonyms.element(cells[0]) is None:
            item.extra.append(("", cells[0]))

    def _in_cell(self, grid: Grid, index: int, col: int, item: ItemSource) -> bool:
        """A label and its value in one cell ("办理时限：20个工作日", as 告知单 tables write them)."""
        value = grid.rows[index][col]
        labelled = LABELLED.match(value) if isinstance(value, str) else None
        key = self.synonyms.element(labelled.group(1)) if labelled else None
        if labelled is None or key is None or grid.same_cell((index, col - 1), (index, col)):
            return False
        self._put_element(item, key, Cell(labelled.group(2).strip(), grid, self.path, index, col), False)
        return True

    @staticmethod
    def _put_element(item: ItemSource, key: str, cell: Cell, merged_label: bool) -> None:
        """The first value of an element wins; one more row of a merged label adds a line."""
        before = item.elements.get(key)
        if before is None:
            item.elements[key] = cell
        elif merged_label and before.grid is cell.grid and text(before.value) != text(cell.value):
            joined = f"{text(before.value)}\n{text(cell.value)}"
            item.elements[key] = Cell(joined, before.grid, before.path, before.row, before.col, before.unit)


def _spans_rows(grid: Grid, index: int, col: int, above_only: bool = False) -> bool:
    """Whether the cell at ``index``, ``col`` is merged with the row above (or below)."""
    rows = (index - 1,) if above_only else (index - 1, index + 1)
    return any(0 <= other < len(grid.rows) and grid.same_cell((other, col), (index, col)) for other in rows)


def _by_own_name(row: list[Any], columns: dict[str, int]) -> dict[str, int]:
    """A column headed by a key's own name wins over an earlier synonym ("申请材料" as a label
    merged down the rows of a 内容信息表, "材料名称" beside it)."""
    own: dict[str, int] = {}
    for col, value in enumerate(row):
        own.setdefault(clean_label(value), col)
    return {key: own.get(key, col) for key, col in columns.items()}


def _units(row: list[Any]) -> dict[int, str]:
    return {col: unit for col, value in enumerate(row) if (unit := unit_of(value)) is not None}


def continues(table: Table | None, grid: Grid, synonyms: Synonyms) -> Table | None:
    """``table`` when ``grid`` goes on with its rows (a Word table split across pages: as wide,
    first row neither a header nor an element label), else None."""
    if table is None or table.kind != "materials" or not grid.rows:
        return None
    first = grid.rows[0]
    if len(first) != table.width or any(synonyms.element(v) for v in first if not blank(v)):
        return None
    return table


def _unmapped(row: list[Any], columns: dict[str, int]) -> dict[int, str]:
    used = set(columns.values())
    return {
        col: text(value)
        for col, value in enumerate(row)
        if col not in used and not blank(value) and clean_label(value) not in _SKIPPED_HEADERS
    }


def _cells(path: str, grid: Grid, index: int, table: Table) -> dict[str, Cell]:
    return {
        key: Cell(grid.value(index, col), grid, path, index, col, table.units.get(col))
        for key, col in table.columns.items()
    }


def _extra(row: list[Any], extra: dict[int, str]) -> list[tuple[str, str]]:
    """The unmapped cells of a row; one that repeats its header (a label merged down) says nothing."""
    return [
        (name, text(row[col]))
        for col, name in extra.items()
        if col < len(row) and not blank(row[col]) and text(row[col]) != name
    ]


def _next_value(grid: Grid, index: int, col: int) -> int | None:
    """The first cell right of ``col`` outside its merged range, when it holds a value."""
    row = grid.rows[index]
    for nxt in range(col + 1, len(row)):
        if not grid.same_cell((index, col), (index, nxt)):
            return nxt if not blank(row[nxt]) else None
    return None
