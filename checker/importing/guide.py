"""One item as read from a workbook or a Word file → the guide's data in SPEC's format.

Readers collect cells by key (with the place each came from); this module maps their values.
A required element the source lacks is left out (``check`` reports it as schema-invalid); a
value that cannot be read is an error at its place, and the item is not written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from checker.importing import values
from checker.importing.synonyms import Synonyms
from checker.importing.values import Unreadable
from checker.importing.workbook import Formula, Grid, blank, count, count_problem, shown

ELEMENT_ORDER = (
    "事项名称", "实施编码", "基本编码", "事项类型", "实施主体", "行政区划", "设定依据", "受理条件",
    "申请材料", "办理方式", "到现场次数", "必须现场办理原因说明", "委托代办", "法定办结时限",
    "承诺办结时限", "是否收费", "收费标准", "收费依据", "告知承诺", "办理地点", "办理时间",
    "咨询方式", "监督投诉方式", "更新日期",
)  # fmt: skip
MATERIAL_ORDER = (
    "材料名称", "原件份数", "复印件份数", "载体", "来源渠道", "必要性", "适用情形", "受理标准",
    "填报须知", "免提交", "空白表格", "示例样表",
)  # fmt: skip
_CODES = ("实施编码", "基本编码")
_LISTS = ("设定依据", "受理条件", "咨询方式", "监督投诉方式")
_CHOICES = ("事项类型", "委托代办", "是否收费", "告知承诺")
_MATERIAL_CHOICES = ("载体", "来源渠道", "必要性")


@dataclass
class Cell:
    """A source value and where it stands (``FILE!Sheet!C7``, ``FILE 表2 第5行``)."""

    value: Any
    grid: Grid
    path: str
    row: int
    col: int
    unit: str | None = None  # the time unit its header or label gives: "承诺时限（工作日）"

    @property
    def where(self) -> str:  # computed when a message needs it: most cells never do
        return self.grid.where(self.path, self.row, self.col)


@dataclass
class MaterialSource:
    cells: dict[str, Cell] = field(default_factory=dict)
    extra: list[tuple[str, str]] = field(default_factory=list)  # unmapped (header, text)
    more_copies: list[dict[str, Cell]] = field(default_factory=list)  # 材料类型, 份数 of its further rows


@dataclass
class ItemSource:
    """An item's cells by element key, its materials, and what maps to no key."""

    where: str
    elements: dict[str, Cell] = field(default_factory=dict)
    materials: list[MaterialSource] = field(default_factory=list)
    extra: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Built:
    data: dict[str, Any]
    comments: list[tuple[str, str]]  # the item's unmapped elements
    material_comments: list[list[tuple[str, str]]]  # per material
    errors: list[str]


def build(item: ItemSource, synonyms: Synonyms) -> Built:
    """The guide's data, in SPEC's key order, and every cell that could not be read."""
    errors: list[str] = []
    data: dict[str, Any] = {}

    def put(
        target: dict[str, Any], key: str, cell: Cell, read: Callable[[Any], Any], notes: list[tuple[str, str]]
    ) -> None:
        """Read a cell into ``target``; a value read once its trailing note in brackets is set
        aside ("20个工作日（不含公示时间）") keeps the whole text in ``notes``."""
        if blank(cell.value):
            return
        if isinstance(cell.value, Formula):
            errors.append(f"{cell.where}: {key}是{shown(cell.value)}")
            return
        try:
            value = read(cell.value)
        except Unreadable as err:
            main = values.without_note(cell.value)
            try:
                value = read(main) if main is not None else None
            except Unreadable:
                value = None
            if value is None:
                errors.append(f"{cell.where}: {err}")
                return
            notes.append((key, values.plain(cell.value)))
        if value not in ("", []):
            target[key] = value

    comments, listed = _listed_materials(item, synonyms)
    for key, cell in item.elements.items():
        put(data, key, cell, _element_reader(key, synonyms, cell.unit), comments)
    materials, material_comments = [], []
    for material in item.materials:
        entry: dict[str, Any] = {}
        notes = list(material.extra)
        for key, cell in material.cells.items():
            if key not in ("份数", "材料类型", "原件份数", "复印件份数"):
                put(entry, key, cell, _material_reader(key, synonyms), notes)
        _put_all_copies(entry, material, errors)
        if not entry:  # a row of item cells only (an item without materials on a joint sheet)
            comments += notes
            continue
        if "材料名称" not in entry:
            name = material.cells.get("材料名称")
            where = name.where if name else next(iter(material.cells.values())).where
            errors.append(f"{where}: 材料名称为空，但这一行填了其他列")
        materials.append({key: entry[key] for key in MATERIAL_ORDER if key in entry})
        material_comments.append(notes)
    for listed_name in listed:
        materials.append({"材料名称": listed_name})
        material_comments.append([])
    if materials:
        data["申请材料"] = materials
    ordered = {key: data[key] for key in ELEMENT_ORDER if key in data}
    return Built(ordered, comments, material_comments, errors)


def _listed_materials(item: ItemSource, synonyms: Synonyms) -> tuple[list[tuple[str, str]], list[str]]:
    """The item's unmapped cells, and the material names of a 申请材料 cell that lists them
    ("申请材料 | 1.居民身份证 2.户口簿", two or more) when the item has no materials table."""
    if item.materials:
        return list(item.extra), []
    comments: list[tuple[str, str]] = []
    names: list[str] = []
    for label, value in item.extra:
        entries = values.entries(value) if not names and label and synonyms.material(label) == "材料名称" else []
        if len(entries) > 1:  # one line ("见附表", "申请材料见下表：") is no list of materials
            names = entries
        else:
            comments.append((label, value))
    return comments, names


def _element_reader(key: str, synonyms: Synonyms, unit: str | None) -> Callable[[Any], Any]:
    if key in _CODES:
        return _code
    if key in _LISTS:
        return values.entries
    if key in _CHOICES:
        return lambda value: values.allowed(synonyms, key, value)
    if key == "办理方式":
        return lambda value: values.channels(synonyms, value)
    if key == "到现场次数":
        return values.visits
    if key in ("法定办结时限", "承诺办结时限"):
        return lambda value: values.time_limit(synonyms, value, key, unit)
    if key == "更新日期":
        return values.update_date
    return values.plain


def _material_reader(key: str, synonyms: Synonyms) -> Callable[[Any], Any]:
    if key in _MATERIAL_CHOICES:
        return lambda value: values.allowed(synonyms, key, value)
    if key == "受理标准":
        return values.text_or_list
    return values.plain


def _code(value: Any) -> str:
    """A code as text; one Excel stored as a number has lost its digits when it is not whole."""
    if isinstance(value, float) and not (value.is_integer() and abs(value) < 2**53):
        raise Unreadable(f"编码被 Excel 存成了数字（{value!r}），位数已丢失；请把该列设为文本后重新录入")
    if isinstance(value, float):
        return str(int(value))
    return values.plain(value)


def _put_all_copies(entry: dict[str, Any], material: MaterialSource, errors: list[str]) -> None:
    """The counts of a material over several rows (原件 on one, 复印件 on the next) add up."""
    _put_copies(entry, material.cells, errors)
    for cells in material.more_copies:
        part: dict[str, Any] = {"载体": entry.get("载体")}
        _put_copies(part, cells, errors)
        for key in ("原件份数", "复印件份数"):
            if key in part:
                entry[key] = entry.get(key, 0) + part[key]


def _put_copies(entry: dict[str, Any], cells: dict[str, Cell], errors: list[str]) -> None:
    """原件份数 and 复印件份数: from their own columns, else from 材料类型 and 份数."""
    own = [key for key in ("原件份数", "复印件份数") if key in cells]
    for key in own:
        cell = cells[key]
        if blank(cell.value):
            continue
        number = count(cell.value)
        if number is None:
            errors.append(f"{cell.where}: {key}应为非负整数，实际是{count_problem(cell.value)}")
        else:
            entry[key] = number
    if own:
        return
    kind_cell, number_cell = cells.get("材料类型"), cells.get("份数")
    number_value = number_cell.value if number_cell else None
    if (kind_cell is None or blank(kind_cell.value)) and values.names_kind(number_value):
        kind_cell, number_cell, number_value = number_cell, None, None  # 份数 "原件1份": a 告知单's one column
    if number_cell and not blank(number_value) and count(number_value) is None:
        errors.append(f"{number_cell.where}: 份数应为非负整数，实际是{count_problem(number_value)}")
        return
    try:
        found = values.copies(kind_cell.value if kind_cell else None, number_value, entry.get("载体"))
    except Unreadable as err:
        place = kind_cell or number_cell
        errors.append(f"{place.where if place else '申请材料'}: {err}")
        return
    if found is not None:
        entry["原件份数"], entry["复印件份数"] = found
