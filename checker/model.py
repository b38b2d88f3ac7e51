"""Guide, Checklist, Material …: typed views of a document in which every field keeps its span.

The model is lenient: a value of the wrong type, or not among the values the schema allows,
becomes ``None`` (schema-invalid reports it, once), so rules never have to guard against
malformed input nor judge a typo twice (``必要性: 必须`` is not taken for a material that is not
必要).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from checker.findings import Span
from checker.load import Node
from checker.pickling import by_fields
from checker.schemas import schema

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Located(Generic[T]):
    """A value and where it stands in the file."""

    value: T
    span: Span

    def sub_span(self, start: int, end: int) -> Span:
        """The span of ``value[start:end]`` when the text stands on one line as written
        (plain or quoted without escapes); otherwise the whole value's span."""
        span = self.span
        width = span.end_column - span.column
        if span.line != span.end_line or not isinstance(self.value, str):
            return span
        if width == len(self.value):
            first = span.column
        elif width == len(self.value) + 2:
            first = span.column + 1
        else:
            return span
        return Span(span.line, first + start, span.line, first + end)

    def __reduce__(self):
        """Pickled with its span's numbers inline: models hold thousands of these."""
        s = self.span
        return _located, (self.value, s.line, s.column, s.end_line, s.end_column)


def _located(value: T, line: int, column: int, end_line: int, end_column: int) -> Located[T]:
    return Located(value, Span(line, column, end_line, end_column))


@by_fields
@dataclass(slots=True)
class TimeLimit:
    amount: int
    unit: str
    span: Span


@by_fields
@dataclass(slots=True)
class Step:
    name: Located[str] | None
    limit: Located[int] | None
    note: Located[str] | None
    span: Span


@by_fields
@dataclass(slots=True)
class Material:
    """An entry of a guide's 申请材料."""

    name: Located[str] | None
    originals: Located[int] | None
    copies: Located[int] | None
    medium: Located[str] | None
    source: Located[str] | None
    necessity: Located[str] | None
    applies_when: Located[str] | None
    standards: list[Located[str]]
    instructions: Located[str] | None
    exemption: Located[str] | None
    blank_form: Located[str] | None
    sample: Located[str] | None
    span: Span


@by_fields
@dataclass(slots=True)
class Guide:
    """A 办事指南."""

    name: Located[str] | None
    code: Located[str] | None
    basic_code: Located[str] | None
    item_type: Located[str] | None
    body: Located[str] | None
    region: Located[str] | None
    legal_basis: list[Located[str]]
    conditions: list[Located[str]]
    materials: list[Material]
    channels: list[Located[str]]
    visits: Located[int] | None
    presence_reason: Located[str] | None
    delegation: Located[str] | None
    steps: list[Step]
    legal_limit: TimeLimit | None
    promised_limit: TimeLimit | None
    fee: Located[str] | None
    fee_standard: Located[str] | None
    fee_basis: Located[str] | None
    commitment: Located[str] | None
    place: Located[str] | None
    hours: Located[str] | None
    consult: list[Located[str]]
    complaint: list[Located[str]]
    updated: Located[str] | None
    span: Span
    keys: dict[str, Span] = field(default_factory=dict)


@by_fields
@dataclass(slots=True)
class WindowMaterial:
    """An entry of a checklist's 收件材料."""

    name: Located[str] | None
    originals: Located[int] | None
    copies: Located[int] | None
    review_points: list[Located[str]]
    span: Span


@by_fields
@dataclass(slots=True)
class Checklist:
    """A 窗口收件清单."""

    code: Located[str] | None
    name: Located[str] | None
    window: Located[str] | None
    updated: Located[str] | None
    materials: list[WindowMaterial]
    verifications: list[Located[str]]
    span: Span
    keys: dict[str, Span] = field(default_factory=dict)


def _text(node: Node | None) -> Located[str] | None:
    if node is None or node.kind != "scalar" or node.value is None or isinstance(node.value, bool):
        return None
    value = str(node.value).strip()
    return Located(value, node.span) if value else None


def _choice(node: Node | None, allowed: frozenset[str]) -> Located[str] | None:
    """A value of an enumeration; one the schema does not allow is unknown."""
    text = _text(node)
    return text if text is not None and text.value in allowed else None


def _choices(node: Node | None, allowed: frozenset[str]) -> list[Located[str]]:
    return [t for t in _texts(node) if t.value in allowed]


def _enum(properties: dict, key: str) -> frozenset[str]:
    values = properties[key].get("enum") or properties[key]["items"]["enum"]
    return frozenset(values)


_GUIDE_KEYS = schema("guide")["properties"]
_MATERIAL_KEYS = _GUIDE_KEYS["申请材料"]["items"]["properties"]
ITEM_TYPES, CHANNELS, DELEGATION, FEE, COMMITMENT = (
    _enum(_GUIDE_KEYS, k) for k in ("事项类型", "办理方式", "委托代办", "是否收费", "告知承诺")
)
MEDIA, SOURCES, NECESSITIES = (_enum(_MATERIAL_KEYS, k) for k in ("载体", "来源渠道", "必要性"))


def _int(node: Node | None) -> Located[int] | None:
    if node is None or node.kind != "scalar" or isinstance(node.value, bool):
        return None
    return Located(node.value, node.span) if isinstance(node.value, int) else None


def _texts(node: Node | None) -> list[Located[str]]:
    """A list of strings; a lone string counts as a list of one."""
    if node is None:
        return []
    items = node.value if node.kind == "seq" else [node]
    return [t for t in map(_text, items) if t is not None]


def _maps(node: Node | None) -> list[Node]:
    if node is None or node.kind != "seq":
        return []
    return [item for item in node.value if item.kind == "map"]


def _time_limit(node: Node | None) -> TimeLimit | None:
    if node is None or node.kind != "map":
        return None
    amount, unit = _int(node.get("时限")), _text(node.get("单位"))
    if amount is None or unit is None or unit.value not in ("工作日", "自然日"):
        return None
    return TimeLimit(amount.value, unit.value, node.span)


def _keys(node: Node) -> dict[str, Span]:
    return {k: v.key_span for k, v in node.value.items() if v.key_span is not None}


def material(node: Node) -> Material:
    g = node.get
    return Material(
        name=_text(g("材料名称")),
        originals=_int(g("原件份数")),
        copies=_int(g("复印件份数")),
        medium=_choice(g("载体"), MEDIA),
        source=_choice(g("来源渠道"), SOURCES),
        necessity=_choice(g("必要性"), NECESSITIES),
        applies_when=_text(g("适用情形")),
        standards=_texts(g("受理标准")),
        instructions=_text(g("填报须知")),
        exemption=_text(g("免提交")),
        blank_form=_text(g("空白表格")),
        sample=_text(g("示例样表")),
        span=node.span,
    )


def guide(root: Node) -> Guide:
    g = root.get
    steps = [
        Step(_text(s.get("环节")), _int(s.get("时限")), _text(s.get("说明")), s.span)
        for s in _maps(g("办理流程"))
    ]
    return Guide(
        name=_text(g("事项名称")),
        code=_text(g("实施编码")),
        basic_code=_text(g("基本编码")),
        item_type=_choice(g("事项类型"), ITEM_TYPES),
        body=_text(g("实施主体")),
        region=_text(g("行政区划")),
        legal_basis=_texts(g("设定依据")),
        conditions=_texts(g("受理条件")),
        materials=[material(m) for m in _maps(g("申请材料"))],
        channels=_choices(g("办理方式"), CHANNELS),
        visits=_int(g("到现场次数")),
        presence_reason=_text(g("必须现场办理原因说明")),
        delegation=_choice(g("委托代办"), DELEGATION),
        steps=steps,
        legal_limit=_time_limit(g("法定办结时限")),
        promised_limit=_time_limit(g("承诺办结时限")),
        fee=_choice(g("是否收费"), FEE),
        fee_standard=_text(g("收费标准")),
        fee_basis=_text(g("收费依据")),
        commitment=_choice(g("告知承诺"), COMMITMENT),
        place=_text(g("办理地点")),
        hours=_text(g("办理时间")),
        consult=_texts(g("咨询方式")),
        complaint=_texts(g("监督投诉方式")),
        updated=_text(g("更新日期")),
        span=root.span,
        keys=_keys(root),
    )


def checklist(root: Node) -> Checklist:
    g = root.get
    materials = [
        WindowMaterial(
            name=_text(m.get("材料名称")),
            originals=_int(m.get("原件份数")),
            copies=_int(m.get("复印件份数")),
            review_points=_texts(m.get("审查要点")),
            span=m.span,
        )
        for m in _maps(g("收件材料"))
    ]
    return Checklist(
        code=_text(g("实施编码")),
        name=_text(g("事项名称")),
        window=_text(g("窗口")),
        updated=_text(g("更新日期")),
        materials=materials,
        verifications=_texts(g("受理前核验")),
        span=root.span,
        keys=_keys(root),
    )
