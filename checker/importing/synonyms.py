"""Header and value names of real exports (rules/import.yaml, plus a department's own file)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from checker import datafiles

BUILTIN = "import.yaml"
MAX_LABEL = 40  # characters: a longer cell is a value, never a header
_SECTIONS = ("事项要素", "材料要素", "取值")
_LABEL_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])")
_REQUIRED_MARK = re.compile(r"^[*＊★※]+")  # "*事项名称": templates star their required columns
TRAILING_NOTE = re.compile(r"[（(]([^（）()]*)[)）]$")  # "份数（份）", "是否必要（必要/非必要）"
_UNITS = {"工作日": "工作日", "自然日": "自然日", "日": "自然日", "天": "自然日"}


def clean_label(value: Any) -> str:
    """A header or label as compared: no white space, no leading numbering or required mark, no
    trailing colon."""
    label = re.sub(r"\s+", "", str(value)) if value is not None else ""
    return _LABEL_NUMBERING.sub("", _REQUIRED_MARK.sub("", label)).rstrip(":：")


def unit_of(label: Any) -> str | None:
    """The time unit a header or label gives its numbers: "承诺时限（工作日）" → 工作日."""
    match = TRAILING_NOTE.search(clean_label(label))
    return _UNITS.get(match.group(1)) if match else None


def _short_text(value: Any) -> bool:
    """Whether a cell can be a header or a label (they are short texts; data rows are many)."""
    return isinstance(value, str) and 0 < len(value) <= MAX_LABEL


@dataclass
class Synonyms:
    """Name → key for item elements and material columns; written form → value per key."""

    elements: dict[str, str] = field(default_factory=dict)
    materials: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    on_the_spot: set[str] = field(default_factory=set)
    instructions: set[str] = field(default_factory=set)  # first cells of a template's 填报说明 rows
    note_sheets: set[str] = field(default_factory=set)  # sheets of notes and choices, not of items
    remarks: set[str] = field(default_factory=set)  # first cells of a remark row below the materials

    def element(self, label: Any) -> str | None:
        return _lookup(self.elements, label)

    def material(self, label: Any) -> str | None:
        return _lookup(self.materials, label)

    def value(self, key: str, written: str) -> str | None:
        """The allowed value of ``key`` that ``written`` stands for, or None."""
        return self.values.get(key, {}).get(re.sub(r"\s+", "", written))

    def accepted(self, key: str) -> str:
        return "、".join(dict.fromkeys(self.values.get(key, {}).values()))


def _lookup(names: dict[str, str], label: Any) -> str | None:
    """The key a header or label names; a trailing note in brackets (a unit, the choices) is
    dropped when the label with it is no known name."""
    if not _short_text(label):
        return None
    name = clean_label(label)
    while name not in names and TRAILING_NOTE.search(name):
        name = TRAILING_NOTE.sub("", name)
    return names.get(name)


def load(extra: tuple[str, ...] = ()) -> Synonyms:
    """The built-in synonyms, extended by each file in ``extra``; DataFileError names a bad file."""
    synonyms = Synonyms()
    sources = [(datafiles.builtin_path(BUILTIN), datafiles.read_builtin(BUILTIN))]
    for path in extra:
        try:
            with open(path, encoding="utf-8") as handle:
                sources.append((path, handle.read()))
        except (OSError, UnicodeDecodeError) as err:
            raise datafiles.DataFileError(path, None, f"无法读取：{err}") from None
    for path, text in sources:
        _add(synonyms, datafiles.parse(text, path), path)
    return synonyms


def _add(synonyms: Synonyms, data: Any, path: str) -> None:
    if not isinstance(data, dict):
        raise datafiles.DataFileError(path, None, f"应是映射，含 {'、'.join(_SECTIONS)}、即时办结")
    for section, target in (("事项要素", synonyms.elements), ("材料要素", synonyms.materials)):
        for key, names in _mapping(data.get(section), path, section).items():
            for name in _names(names, path, f"{section}.{key}"):
                target[clean_label(name)] = str(key)
    for key, forms in _mapping(data.get("取值"), path, "取值").items():
        table = synonyms.values.setdefault(str(key), {})
        for value, names in _mapping(forms, path, f"取值.{key}").items():
            for name in [str(value), *_names(names, path, f"取值.{key}.{value}")]:
                written = re.sub(r"\s+", "", name)
                if table.get(written, value) != value:
                    raise datafiles.DataFileError(path, None, f"「取值.{key}」中“{name}”既是{table[written]}又是{value}")
                table[written] = str(value)
    synonyms.on_the_spot.update(re.sub(r"\s+", "", n) for n in _names(data.get("即时办结"), path, "即时办结"))
    synonyms.instructions.update(clean_label(n) for n in _names(data.get("说明行"), path, "说明行"))
    synonyms.note_sheets.update(clean_label(n) for n in _names(data.get("说明工作表"), path, "说明工作表"))
    synonyms.remarks.update(clean_label(n) for n in _names(data.get("备注行"), path, "备注行"))


def _mapping(value: Any, path: str, where: str) -> dict[Any, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise datafiles.DataFileError(path, None, f"「{where}」应是映射")
    return value


def _names(value: Any, path: str, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise datafiles.DataFileError(path, None, f"「{where}」应是名称的列表")
    return [str(v) for v in value]
