"""Why a document does not fit its schema: jsonschema's errors, in Chinese, on the YAML nodes."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, ValidationError
from rapidfuzz import fuzz, process

from checker.findings import Span
from checker.load import Node
from checker.schemas import schema

_TYPE_NAMES = {
    "string": "文本",
    "integer": "整数",
    "array": "列表",
    "object": "键值映射",
    "number": "数字",
    "boolean": "是/否",
    "null": "空值",
}


_BOOLEAN_HINT = "（yes、no、true、false、on、off 都会这样读）：是非请写“是”或“否”，文本请加引号"


@cache
def _validator(kind: str) -> Draft202012Validator:
    return Draft202012Validator(schema(kind))


# The key that tells each kind apart, and how the kind is named in messages and in file names.
_MARKS = {
    "guide": ("申请材料", "办事指南", "guide.yaml"),
    "checklist": ("收件材料", "窗口收件清单", "checklist.yaml"),
}


def problems(kind: str, root: Node, data: Any) -> tuple[list[tuple[Span, str]], tuple[str, ...]]:
    """Every schema error of ``data`` (``root`` as plain data), on the offending node, and the
    top-level keys whose value cannot be read (missing, misspelt or of the wrong type).

    One typo, one finding: a misspelt key whose nearest known key is missing is reported as
    the unknown key with its suggestion, not also as the missing one; the keys missing from
    one mapping are one finding, in schema order. A document of the other kind is said to be
    one, instead of a finding for each missing key."""
    misnamed = _other_kind(kind, root)
    if misnamed:
        return [misnamed], tuple(_MARKS[kind][:1])
    errors = list(_validator(kind).iter_errors(data))
    meant = _meant_keys(errors)
    found = []
    broken: set[str] = set()
    for error in errors:
        node = _node_at(root, error.absolute_path)
        path = tuple(error.absolute_path)
        found.extend(_describe(error, node, meant.get(path, {})))
        if len(path) == 1 and isinstance(path[0], str) and error.validator in _UNREADABLE:
            broken.add(path[0])
        elif not path and error.validator == "required":
            broken.update(k for k in error.validator_value if k not in error.instance)
    return sorted(found, key=lambda p: (p[0].line, p[0].column)), tuple(sorted(broken))


# Errors after which a value cannot be read at all (an unknown value or a bad count still can).
_UNREADABLE = {"type", "oneOf"}


def _meant_keys(errors: list[ValidationError]) -> dict[tuple, dict[str, str]]:
    """For each mapping, the missing required keys that an unknown key there is a typo of:
    missing key → the key written instead."""
    missing: dict[tuple, list[str]] = {}
    unknown: dict[tuple, list[str]] = {}
    for error in errors:
        path = tuple(error.absolute_path)
        if error.validator == "required":
            missing[path] = [k for k in error.validator_value if k not in error.instance]
        elif error.validator == "additionalProperties":
            known = error.schema.get("properties", {})
            unknown[path] = [k for k in error.instance if k not in known]
    meant: dict[tuple, dict[str, str]] = {}
    for path, keys in unknown.items():
        for key in keys:
            match = _nearest(key, missing.get(path, []))
            if match and match not in meant.get(path, {}):
                meant.setdefault(path, {})[match] = key
    return meant


def _nearest(word: str, choices: list[str]) -> str | None:
    match = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=50)
    return match[0] if match else None


def _other_kind(kind: str, root: Node) -> tuple[Span, str] | None:
    if kind not in _MARKS:  # a vocabulary file
        return None
    (other,) = (k for k in _MARKS if k != kind)
    own_key, own_name, _ = _MARKS[kind]
    key, name, file = _MARKS[other]
    found = root.value.get(key) if root.kind == "map" else None
    if found is None or own_key in root.value:
        return None
    return (
        found.key_span or found.span,
        f"这份文件有「{key}」而没有「{own_key}」，内容是{name}，文件名却按{own_name}命名：{name}的文件名应以 {file} 结尾",
    )


def _node_at(root: Node, path) -> Node:
    node = root
    for part in path:
        in_map = node.kind == "map" and part in node.value
        in_seq = node.kind == "seq" and isinstance(part, int) and part < len(node.value)
        if in_map or in_seq:
            node = node.value[part]
        else:
            break
    return node


_SHOWN_ITEM = 20  # a longer value is not repeated in the hint
_WRITTEN_LIMIT = re.compile(r"^\s*(\d+)\s*个?\s*(工作日|自然日|日|天)")


def _form_hint(schema: dict[str, Any], value: Any) -> str:
    """How to write what was written as a plain value: a time limit as its mapping
    ("10个工作日" → {时限: 10, 单位: 工作日}), one entry of a list as a list item."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return ""
    if schema.get("type") == "array":
        example = f"（如 “- {value}”）" if len(str(value)) <= _SHOWN_ITEM else ""
        return f"：写成列表，每项一行、以“- ”开头{example}"
    if set(schema.get("properties", {})) == {"时限", "单位"}:
        written = _WRITTEN_LIMIT.match(str(value))
        if written:
            unit = "工作日" if written.group(2) == "工作日" else "自然日"
            return f"：写成 {{时限: {written.group(1)}, 单位: {unit}}}"
        return "：写成 {时限: 天数, 单位: 工作日}（或 单位: 自然日）"
    return ""


def _type_of(value: Any) -> str:
    if isinstance(value, bool):
        return "是非值"
    if isinstance(value, int):
        return "整数"
    if isinstance(value, float):
        return "数字"
    if isinstance(value, str):
        return "文本"
    if isinstance(value, list):
        return "列表"
    if isinstance(value, dict):
        return "键值映射"
    return "空值"


def _describe(error: ValidationError, node: Node, meant: dict[str, str]) -> list[tuple[Span, str]]:
    kind, schema = error.validator, error.schema
    if kind == "required":
        missing = [k for k in schema["required"] if k not in error.instance and k not in meant]
        if not missing:
            return []
        at = node.key_span or Span(node.span.line, node.span.column, node.span.line, node.span.column + 1)
        keys = "、".join(f"「{key}」" for key in missing)
        if len(missing) == 1:
            return [(at, f"缺少必填项{keys}")]
        return [(at, f"缺少 {len(missing)} 个必填项：{keys}")]
    if kind == "additionalProperties":
        known = list(schema.get("properties", {}))
        unused = [k for k in known if k not in node.value]  # a key already written is no fix for a typo
        typo_of = {written: key for key, written in meant.items()}
        return [
            (node.value[key].key_span or node.span, _unknown_key_message(key, unused, typo_of.get(key)))
            for key in error.instance
            if key not in known and key in node.value
        ]
    key = _key_name(error)
    if kind == "type":
        wanted = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        names = "或".join(_TYPE_NAMES.get(str(t), str(t)) for t in wanted)
        if isinstance(error.instance, bool) and "boolean" not in wanted:
            return [(node.span, f"{key}应为{names}，但 YAML 把这个值读作是非值{_BOOLEAN_HINT}")]
        return [(node.span, f"{key}应为{names}，实际是{_type_of(error.instance)}{_form_hint(schema, error.instance)}")]
    if kind == "enum" and schema.get("type") == "string" and not isinstance(error.instance, str):
        return []  # the type error on the same value says it already
    if kind == "enum":
        allowed = "、".join(schema["enum"])
        guess = _nearest(str(error.instance), schema["enum"])
        hint = f"是否应为「{guess}」？可选：" if guess else "应为："
        return [(node.span, f"{key}的值「{error.instance}」不在允许范围内，{hint}{allowed}")]
    if kind == "minimum":
        return [(node.span, f"{key}不能小于 {schema['minimum']}")]
    if kind in ("minLength", "minItems"):
        return [(node.span, f"{key}不能为空")]
    if kind == "pattern":  # the schemas' one pattern is the date's
        return [(node.span, f"{key}的值「{error.instance}」不是日期的写法：请写作 年-月-日，月和日各两位，如 2026-10-15")]
    if kind == "oneOf":
        return [(node.span, f"{key}应为文本或文本列表")]
    return [(node.span, f"{key}不符合格式要求")]  # pragma: no cover - every keyword used is above


def _key_name(error: ValidationError) -> str:
    """「咨询方式」, or 「咨询方式」第 2 项 for an item of a list."""
    path = list(error.absolute_path)
    for index in range(len(path) - 1, -1, -1):
        if isinstance(path[index], str):
            item = path[index + 1] if index + 1 < len(path) else None
            return f"「{path[index]}」" + (f"第 {item + 1} 项" if isinstance(item, int) else "")
    return "该值"


def _unknown_key_message(key: str, known: list[str], missing: str | None) -> str:
    if missing:
        return f"未知的键「{key}」，是否应为「{missing}」？（必填项「{missing}」因此缺少）"
    match = _nearest(key, known)
    if match:
        return f"未知的键「{key}」，是否应为「{match}」？"
    return f"未知的键「{key}」：可用的键见 guidelint schema 输出"
