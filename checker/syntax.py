"""Why YAML could not read a file, told from the source lines around libyaml's error.

libyaml reports where the scanner gave up, often a line after the cause and in English terms
("did not find expected key"). Editors make a handful of mistakes that explain nearly all such
errors: a value that opens with a quote or a bracket and goes on after it, a full-width colon
or no space after the colon, tabs for indentation, and a value that starts with a character YAML
reserves (``*`` alias, ``&`` anchor, ``%``, ``@``, backtick). Each is recognised on the line
where it stands and explained in Chinese with the fix.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Indentation, list dashes, then an optional "key: " with a half-width colon and a space.
_LINE = re.compile(r"^(?P<lead>[ \t]*(?:-[ \t]+)*)(?:(?P<key>[^\s\"'#\[\]{}&*!|>%@`-][^:#]*?):[ \t]+)?(?P<value>.*)$")
_FULL_WIDTH_COLON = re.compile(r"^(?P<lead>[ \t]*(?:-[ \t]+)*)(?P<key>[^\s:：#\"'\[\]{}]+)：")
_NO_SPACE = re.compile(r"^(?P<lead>[ \t]*(?:-[ \t]+)*)(?P<key>[^\s:：#\"'\[\]{},]+):(?=[^\s/])")
_CLOSING = {"[": "]", "{": "}"}
_RESERVED = {
    "*": "YAML 把开头的 * 当作别名（引用 & 定义的锚点，锚点名只能用英文字母和数字）",
    "&": "YAML 把开头的 & 当作锚点的定义（锚点名只能用英文字母和数字）",
    "%": "YAML 把开头的 % 当作指令",
    "@": "YAML 保留 @ 作开头",
    "`": "YAML 保留反引号 ` 作开头",
    "!": "YAML 把开头的 ! 当作标签",
}

_SHOWN = 60  # longer values are not repeated in the message
Cause = tuple[int, str]  # 1-based column, explanation


def explain(lines: list[str], candidates: list[int]) -> tuple[int, int, str] | None:
    """The first recognised cause on the candidate lines (1-based, nearest first): its line,
    column and explanation."""
    for number in candidates:
        if 0 < number <= len(lines):
            for diagnose in _DIAGNOSES:
                cause = diagnose(lines[number - 1])
                if cause is not None:
                    return number, cause[0], cause[1]
    return None


def _tab(line: str) -> Cause | None:
    indent = line[: len(line) - len(line.lstrip(" \t-"))]
    if "\t" not in indent:
        return None
    return indent.index("\t") + 1, "用 Tab 缩进：YAML 只允许用空格缩进，请把 Tab 换成空格"


def _wrong_colon(line: str) -> Cause | None:
    """A key followed by a full-width colon, or by a colon without a space."""
    for pattern, colon, what in (
        (_FULL_WIDTH_COLON, "：", "用了全角冒号：键和值之间应为半角冒号加空格"),
        (_NO_SPACE, ":", "冒号后缺少空格：键和值之间应为冒号加空格"),
    ):
        match = pattern.match(line)
        if match is not None:
            key = match["key"]
            return match.end("key") + 1, f"「{key}{colon}」{what}，写成“{key}: …”"
    return None


def _opening_then_text(line: str) -> Cause | None:
    """A value that opens with a quote or bracket and goes on after it closes."""
    match = _LINE.match(line)
    value = match["value"].rstrip() if match else ""
    if match is None or not value or value[0] not in "\"'[{":
        return None
    opening = value[0]
    close = _closing_at(value)
    rest = value[close + 1 :].strip() if close > 0 else ""
    if not rest or rest.startswith("#"):
        return None
    column = match.start("value") + 1
    if opening in "\"'":
        what = "值以引号开头，引号后还有文字：YAML 只把引号里的部分当作值"
    else:
        what = f"值以“{opening}”开头：YAML 把它当作{'列表' if opening == '[' else '映射'}的开始"
    return column, f"{what}。请给整个值加引号，写成 {_quoted(value)}，或改用中文标点（“”【】）"


def _closing_at(value: str) -> int:
    """Where the quote or bracket that opens ``value`` closes (-1: it does not)."""
    opening = value[0]
    if opening in "\"'":
        return value.find(opening, 1)
    depth = 0
    for index, char in enumerate(value):
        depth += (char == opening) - (char == _CLOSING[opening])
        if depth == 0:
            return index
    return -1


def _reserved_start(line: str) -> Cause | None:
    match = _LINE.match(line)
    value = match["value"] if match else ""
    if match is None or not value or value[0] not in _RESERVED:
        return None
    return match.start("value") + 1, f"{_RESERVED[value[0]]}。值是文字的，请加引号，写成 {_quoted(value.rstrip())}"


def _quoted(value: str) -> str:
    if len(value) > _SHOWN:
        return "引号包住的整个值"
    if "'" not in value:
        return f"'{value}'"
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


_DIAGNOSES: tuple[Callable[[str], Cause | None], ...] = (
    _tab,
    _wrong_colon,
    _opening_then_text,
    _reserved_start,
)
