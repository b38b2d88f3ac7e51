"""Numbers where the schema wants text: read them as the text that was written.

Editors write YAML as people do: ``- 13912345678``, ``材料名称: 2020``, ``实施编码: 1111010700001``.
YAML reads such a plain scalar as a number; where its text is the number's own spelling nothing
was lost, and the value is taken as that text. Where YAML changed it (``0101234567`` read as an
octal number, ``1.50`` as 1.5, ``1e3``, ``12:30`` as 750 in YAML 1.1) the value is still checked
as written, and a finding says so at that place and asks for quotes: another program reading
the file gets the changed number. Fields whose type is integer (份数, 到现场次数, 时限) stay numbers.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from checker.findings import Span
from checker.load import Written
from checker.schemas import schema


def read_as_written(kind: str, numbers: list[Written]) -> list[tuple[Span, str]]:
    """Turn the numbers that stand where text is expected back into their text; the problems
    are the ones YAML changed."""
    problems = []
    for number in numbers:
        if not _wants_text(kind, number.shape):
            continue
        value, written = number.node.value, number.text
        number.node.value = written
        if str(value) != written:
            problems.append((number.node.span, _changed_message(written, value)))
    return problems


def _changed_message(written: str, value: Any) -> str:
    shown = int(value) if isinstance(value, float) and value.is_integer() else value
    return (
        f"「{written}」没有加引号，YAML 把它读作数字 {shown}，其他读取这份文件的系统得到的不是原文："
        f'请加引号写成 "{written}"'
    )


@cache
def _wants_text(kind: str, shape: tuple[str | int, ...]) -> bool:
    """Whether the schema wants text (and no number) at ``shape`` (list positions as 0)."""
    node: dict[str, Any] | None = schema(kind)
    for part in shape:
        node = _child(node, part) if node is not None else None
    if node is None:
        return False
    types = _types(node)
    return "string" in types and not types & {"integer", "number"}


def _child(node: dict[str, Any], part: str | int) -> dict[str, Any] | None:
    for alternative in node.get("oneOf", ()):
        found = _child(alternative, part)
        if found is not None:
            return found
    if isinstance(part, str):
        return node.get("properties", {}).get(part)
    return node.get("items") if node.get("type") == "array" else None


def _types(node: dict[str, Any]) -> set[str]:
    if "oneOf" in node:
        return {t for alternative in node["oneOf"] for t in _types(alternative)}
    declared = node.get("type", [])
    return set(declared) if isinstance(declared, list) else {declared}
