"""Bytes → text → a tree of nodes that keep their positions; faults become data, never exceptions."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from checker import syntax
from checker.findings import Related, Span
from checker.pickling import by_fields

try:  # libyaml is much faster and gives character columns, as the pure loader does
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on the platform's PyYAML build
    from yaml import SafeLoader as _SafeLoader


_WILDCARD = tuple(_SafeLoader.yaml_implicit_resolvers.get(None, ()))
_RESOLVERS = {
    first: tuple(resolvers) + _WILDCARD
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
    if first is not None
}
_DEFAULT_TAGS = {
    yaml.ScalarNode: _SafeLoader.DEFAULT_SCALAR_TAG,
    yaml.SequenceNode: _SafeLoader.DEFAULT_SEQUENCE_TAG,
    yaml.MappingNode: _SafeLoader.DEFAULT_MAPPING_TAG,
}


class _Loader(_SafeLoader):
    """The safe loader with PyYAML's tag resolution made cheap: it runs for every node, and a
    safe load has no path resolvers to track, so each scalar costs one dict lookup by its first
    character (most of our values start with a Chinese character that no resolver claims)."""

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode and implicit[0]:
            for tag, pattern in _RESOLVERS.get(value[:1], _WILDCARD):
                if pattern.match(value):
                    return tag
        return _DEFAULT_TAGS[kind]

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        """No path resolvers: nothing to track."""

    def ascend_resolver(self) -> None:
        """No path resolvers: nothing to track."""


MAX_DEPTH = 64
MAX_NODES = 100_000
_STR = "tag:yaml.org,2002:str"
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_SCALAR_TAGS = {
    "tag:yaml.org,2002:int": _CONSTRUCTOR.construct_yaml_int,
    "tag:yaml.org,2002:float": _CONSTRUCTOR.construct_yaml_float,
    "tag:yaml.org,2002:bool": _CONSTRUCTOR.construct_yaml_bool,
    "tag:yaml.org,2002:null": _CONSTRUCTOR.construct_yaml_null,
}
_MERGE = "tag:yaml.org,2002:merge"
_NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_COLLECTION_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:omap"}
_TEXT_TAGS = {_STR, "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary"}
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")  # YAML's line breaks, as libyaml counts lines
_BREAKS = ("\n", "\r", "\x85", "\u2028", "\u2029")
# A comment whose text touches its "#" after a value: most likely text the editor meant to keep.
_MAYBE_CUT = re.compile(r"[ \t]#[^\s#]")
_CUT = re.compile(r"[ \t]+(?P<hash>#)(?P<after>[^\s#][^\r\n\x85\u2028\u2029]*)")


@dataclass(slots=True)
class Node:
    """A YAML node: ``value`` is a dict of key → Node, a list of Node, or a plain scalar."""

    kind: str  # "map", "seq" or "scalar"
    value: Any
    span: Span
    key_span: Span | None = None
    style: str | None = None

    def get(self, key: str) -> Node | None:
        return self.value.get(key) if self.kind == "map" else None

    def plain(self) -> Any:
        """The node as plain Python data (for schema validation)."""
        if self.kind == "map":
            return {k: v.plain() for k, v in self.value.items()}
        if self.kind == "seq":
            return [v.plain() for v in self.value]
        return self.value


@by_fields
@dataclass(frozen=True, slots=True)
class Fault:
    """A problem found while loading, reported by the rule named ``rule``."""

    rule: str
    span: Span
    message: str
    related: tuple[Related, ...] = ()
    severity: str | None = None  # the rule's default unless given


@dataclass(slots=True)
class Written:
    """A plain scalar that YAML read as a number: where it stands (keys, and 0 for a list's
    items), and the text as written (``- 13912345678`` is an int to YAML, a phone number to its
    editor)."""

    shape: tuple[str | int, ...]
    node: Node
    text: str


@dataclass(slots=True)
class Loaded:
    text: str | None
    root: Node | None
    faults: list[Fault] = field(default_factory=list)
    numbers: list[Written] = field(default_factory=list)


class _Abort(Exception):
    def __init__(self, fault: Fault) -> None:
        self.fault = fault


def decode(data: bytes) -> tuple[str | None, Fault | None]:
    """Decode UTF-8 (with or without BOM); say clearly what else the bytes look like."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00
        return None, Fault("parse-error", Span.point(1), "文件是 UTF-32 编码，请另存为 UTF-8 编码")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None, Fault("parse-error", Span.point(1), "文件是 UTF-16 编码，请另存为 UTF-8 编码")
    if b"\x00" in data[:8192]:
        if _looks_like(data[:8192], ("utf-32-le", "utf-32-be"), 4):
            return None, Fault(
                "parse-error", Span.point(1), "文件似乎是 UTF-32 编码（无 BOM），请另存为 UTF-8 编码"
            )
        if _looks_like(data[:8192], ("utf-16-le", "utf-16-be"), 2):
            return None, Fault(
                "parse-error", Span.point(1), "文件似乎是 UTF-16 编码（无 BOM），请另存为 UTF-8 编码"
            )
        return None, Fault("parse-error", Span.point(1), "不是文本文件（含有二进制内容），无法检查")
    body = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as err:
        lines = _LINE_BREAK.split(body[: err.start].decode("utf-8"))
        line, column = len(lines), len(lines[-1]) + 1
        hint = "文件不是有效的 UTF-8 文本"
        if _looks_like_gb18030(data):
            hint = "文件似乎是 GBK/GB18030 编码，请另存为 UTF-8 编码后再检查"
        return None, Fault(
            "parse-error", Span.point(line, column), f"{hint}（第 {line} 行有无法按 UTF-8 解码的字节）"
        )
    return text, None


def _looks_like_gb18030(data: bytes) -> bool:
    """Chinese text saved as GBK/GB18030: the bytes decode so, and what is not ASCII is mostly
    Chinese characters and full-width punctuation (random bytes decode to rare symbols)."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return False
    wide = [ch for ch in text if ord(ch) > 0x7F]
    chinese = sum(1 for ch in wide if any(low <= ch <= high for low, high in _CHINESE))
    return bool(wide) and chinese >= 0.8 * len(wide)


def _looks_like(head: bytes, encodings: tuple[str, str], width: int) -> bool:
    """Text saved as UTF-16 or UTF-32 without a byte-order mark: one byte order gives readable text."""
    for encoding in encodings:
        text = head[: len(head) // width * width].decode(encoding, "replace")
        readable = sum(1 for ch in text if (ch.isprintable() and ch != "\ufffd") or ch in "\t\r\n")
        if text and readable >= 0.95 * len(text):
            return True
    return False


# CJK unified ideographs, CJK punctuation, full-width forms.
_CHINESE = (("\u4e00", "\u9fff"), ("\u3000", "\u303f"), ("\uff00", "\uffef"))


# Text that could nest deeper than MAX_DEPTH: many brackets, or a line that opens with a long run
# of indentation and block indicators. Only such text pays for the exact depth check.
_MAYBE_DEEP = re.compile(rf"^[ \t?:-]{{{2 * MAX_DEPTH},}}", re.MULTILINE)


def _nesting_fault(text: str) -> Fault | None:
    """Refuse nesting beyond MAX_DEPTH before composing: libyaml's composer recurses in C and
    would crash the process on a few thousand levels."""
    if text.count("[") + text.count("{") <= MAX_DEPTH and not _MAYBE_DEEP.search(text):
        return None
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    return Fault(
                        "parse-error",
                        Span.point(mark.line + 1, mark.column + 1),
                        f"嵌套超过 {MAX_DEPTH} 层，已停止解析",
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return None  # composing reports the syntax error with its location
    return None


def _blank(text: str) -> bool:
    """Only blank lines and comments, whatever ends the lines (LF, CRLF, or CR as in old Mac files)."""
    lines = (line.strip(" \t") for line in text.splitlines())
    return all(not line or line.startswith("#") for line in lines)


def load_text(text: str) -> Loaded:
    """Parse one YAML document into nodes; every fault is recorded, nothing is raised."""
    if _blank(text):  # libyaml would stop at a tab on a blank line instead
        return Loaded(text, None, [Fault("parse-error", Span.point(1), "文件为空：顶层应为键值映射")])
    deep = _nesting_fault(text)
    if deep is not None:
        return Loaded(text, None, [deep])
    marks = _Marks(text)
    try:
        raw = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        return Loaded(text, None, [_syntax_fault(err, text, marks)])
    except yaml.YAMLError as err:  # reader errors: control characters and the like
        return Loaded(text, None, [_reader_fault(err, text)])
    except UnicodeError:
        return Loaded(text, None, [Fault("parse-error", Span.point(1), "文本含有无法编码的字符")])
    except RecursionError:
        return Loaded(text, None, [Fault("parse-error", Span.point(1), "嵌套层级过深，无法解析")])
    if raw is None:
        return Loaded(text, None, [Fault("parse-error", Span.point(1), "文件为空：顶层应为键值映射")])
    builder = _Builder(marks)
    try:
        root = builder.build(raw, 0)
    except _Abort as abort:
        return Loaded(text, None, [*builder.faults, abort.fault])
    if root.kind != "map":
        what = "列表" if root.kind == "seq" else "单个值"
        builder.faults.append(
            Fault("parse-error", root.span, f"顶层是{what}，应为键值映射（如“事项名称: …”）")
        )
        return Loaded(text, None, builder.faults)
    return Loaded(text, root, builder.faults, builder.numbers)


# libyaml's messages, with what an editor most likely did wrong.
_HINTS = {
    "found character that cannot start any token": "出现了不能作为开头的字符（常见原因：用 Tab 缩进，或值以 @、` 开头未加引号）",
    "mapping values are not allowed": "此处不能出现“键: 值”（常见原因：缩进不齐，或值中含“: ”未加引号）",
    "did not find expected key": "缩进不齐，或缺少冒号",
    "did not find expected '-' indicator": "列表项的缩进不齐",
    "could not find expected ':'": "缺少冒号“:”",
    "found unexpected end of stream": "引号或括号没有闭合",
    "found undefined alias": "引用了未定义的锚点（&名称）",
    "but found another document": "一个文件只能有一份文档（请删除“---”分隔的第二部分）",
    "found unknown escape character": "双引号内有无效的转义字符（反斜杠）",
    "exceeded maximum nesting depth": "嵌套层级过深",
}


def _syntax_fault(err: yaml.MarkedYAMLError, text: str, marks: _Marks) -> Fault:
    """The syntax error at its cause when the lines around it show one, else where libyaml
    stopped, with what it most likely means."""
    mark = err.problem_mark or err.context_mark
    if mark is not None:
        near = [m.line + 1 for m in (err.problem_mark, err.context_mark) if m is not None]
        cause = syntax.explain(_LINE_BREAK.split(text), [*near, near[0] - 1])
        if cause is not None:
            line, column, why = cause
            return Fault("parse-error", Span.point(line, column), f"YAML 语法错误：{why}")
    span = marks.point(mark) if mark else Span.point(1)
    return Fault("parse-error", span, f"YAML 语法错误：{_explain(err)}")


def _explain(err: yaml.MarkedYAMLError) -> str:
    problem = err.problem or err.context or "无法解析"
    for english, hint in _HINTS.items():
        if problem.startswith(english) or english in (err.context or ""):
            return f"{hint}（{problem}）"
    return problem


def _reader_fault(err: yaml.YAMLError, text: str) -> Fault:
    """Reader errors (control characters) know their offset only: in UTF-8 bytes from libyaml,
    in characters from the pure-Python reader."""
    position = getattr(err, "position", None)
    if not isinstance(position, int):
        return Fault("parse-error", Span.point(1), f"YAML 无法读取：{err}")
    if _SafeLoader is yaml.SafeLoader:
        before = text[:position]
    else:
        before = text.encode("utf-8", "surrogatepass")[:position].decode("utf-8", "ignore")
    lines = _LINE_BREAK.split(before)
    span = Span.point(len(lines), len(lines[-1]) + 1)
    character = getattr(err, "character", None)
    code = f"#x{ord(character):04x}" if isinstance(character, str) else f"#x{character or 0:04x}"
    return Fault(
        "parse-error", span, f"含有不允许的控制字符 {code}（常见于从 Word 或网页复制的文字），请删除"
    )


class _Marks:
    """libyaml's marks as 1-based positions inside the text. At the end of a text without a final
    line break libyaml reports a line after the last one: such a mark is the end of the last line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.open_end = not text.endswith(_BREAKS)
        self._end: tuple[int, int] | None = None

    def position(self, mark: yaml.Mark) -> tuple[int, int]:
        line, column = mark.line + 1, mark.column + 1
        if self.open_end and column == 1 and line > 1:
            if self._end is None:
                lines = _LINE_BREAK.split(self.text)
                self._end = (len(lines), len(lines[-1]) + 1)
            if line > self._end[0]:
                return self._end
        return line, column

    def point(self, mark: yaml.Mark) -> Span:
        return Span.point(*self.position(mark))

    def span(self, node: yaml.Node) -> Span:
        start, end = node.start_mark, node.end_mark
        if self.open_end:
            return Span(*self.position(start), *self.position(end))
        return Span(start.line + 1, start.column + 1, end.line + 1, end.column + 1)


class _Builder:
    """Turns PyYAML's composed nodes into ``Node``s, capping depth and alias expansion."""

    def __init__(self, marks: _Marks) -> None:
        self.faults: list[Fault] = []
        self.count = 0
        self.marks = marks
        self.shape: list[str | int] = []
        self.numbers: list[Written] = []
        self.cuts = "#" in marks.text and _MAYBE_CUT.search(marks.text) is not None

    def build(self, raw: yaml.Node, depth: int, key_span: Span | None = None) -> Node:
        self.count += 1
        if self.count > MAX_NODES:
            raise _Abort(
                Fault(
                    "parse-error",
                    self.marks.span(raw),
                    f"节点超过 {MAX_NODES} 个（可能是别名炸弹），已拒绝展开",
                )
            )
        if depth > MAX_DEPTH:
            raise _Abort(Fault("parse-error", self.marks.span(raw), f"嵌套超过 {MAX_DEPTH} 层，已停止解析"))
        kind = type(raw)  # most nodes are scalars: the cheapest test first
        if kind is yaml.ScalarNode:
            node = Node("scalar", self._scalar(raw), self.marks.span(raw), key_span, raw.style)
            if not raw.style:
                if raw.tag in _NUMBER_TAGS:
                    self.numbers.append(Written(tuple(self.shape), node, raw.value))
                if self.cuts:
                    self._cut_by_comment(raw)
            return node
        if raw.tag not in _COLLECTION_TAGS:
            self._unsupported_tag(raw)
        if kind is yaml.MappingNode:
            return self._mapping(raw, depth, key_span)
        self.shape.append(0)  # a shape, not an address: every item of a list stands at 0
        items = [self.build(item, depth + 1) for item in raw.value]
        self.shape.pop()
        return Node("seq", items, self.marks.span(raw), key_span)

    def _cut_by_comment(self, raw: yaml.ScalarNode) -> None:
        """``在有效期内 #含临时身份证``: a space then ``#`` starts a comment, so the value stops
        there; a ``#`` straight before text is more likely part of the value than a comment."""
        end = raw.end_mark
        cut = _CUT.match(self.marks.text, end.index)
        if cut is None or cut["after"].lower().startswith("guidelint"):
            return
        line, column = self.marks.position(end)
        column += cut.start("hash") - end.index
        span = Span(line, column, line, column + 1 + len(cut["after"]))
        after = cut["after"]
        message = (
            f"「{raw.value}」后的“#{after}”被 YAML 当作注释，值到“{raw.value}”为止：如果“{after}”"
            "是值的一部分，请给整个值加引号，或去掉 # 前的空格"
        )
        self.faults.append(Fault("parse-error", span, message, severity="warning"))

    def _mapping(self, raw: yaml.MappingNode, depth: int, key_span: Span | None) -> Node:
        values: dict[str, Node] = {}
        merged: list[yaml.Node] = []
        for key, value in raw.value:
            span = self.marks.span(key)
            if key.tag == _MERGE and isinstance(key, yaml.ScalarNode):
                merged.append(value)
                continue
            if not isinstance(key, yaml.ScalarNode):
                self.faults.append(Fault("parse-error", span, "键必须是单个值，不能是列表或映射"))
                continue
            # a key as written: "true:" or "null:" is the text true or null, never True or None
            name = key.value if key.tag in _SCALAR_TAGS else str(self._scalar(key))
            if name in values:
                first = values[name].key_span or span
                self.faults.append(
                    Fault(
                        "duplicate-key",
                        span,
                        f"键「{name}」重复出现（第 {first.line} 行已有）：YAML 只保留最后一个，"
                        "前面的内容会丢失；请合并为一个",
                        (Related("", first.line, first.column, f"「{name}」第一次出现"),),
                    )
                )
            self.shape.append(name)
            values[name] = self.build(value, depth + 1, span)
            self.shape.pop()
        for source in merged:
            self._merge(values, source, depth)
        return Node("map", values, self.marks.span(raw), key_span)

    def _merge(self, values: dict[str, Node], source: yaml.Node, depth: int) -> None:
        """``<<: *anchor`` (or a list of anchors): the anchored mapping's keys, where this mapping
        does not set them itself; each keeps the place where it is written, at the anchor."""
        sources = source.value if isinstance(source, yaml.SequenceNode) else [source]
        for item in sources:
            if not isinstance(item, yaml.MappingNode):
                self.faults.append(
                    Fault("parse-error", self.marks.span(item), "合并键“<<”的值应为映射（如 <<: *材料模板）")
                )
                continue
            node = self._mapping(item, depth + 1, None)
            for name, value in node.value.items():
                values.setdefault(name, value)

    def _scalar(self, raw: yaml.ScalarNode) -> Any:
        if raw.tag == _STR:
            return raw.value
        construct = _SCALAR_TAGS.get(raw.tag)
        if construct is not None:
            try:
                return construct(raw)
            except (ValueError, yaml.YAMLError):
                return raw.value
        if raw.tag not in _TEXT_TAGS:
            self._unsupported_tag(raw)
        return raw.value

    def _unsupported_tag(self, raw: yaml.Node) -> None:
        self.faults.append(
            Fault(
                "parse-error",
                self.marks.span(raw),
                f"不支持的 YAML 标签 {raw.tag}：已按普通数据读取，不会执行",
            )
        )
