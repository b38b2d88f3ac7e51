"""The published JSON Schemas, and validation that maps each error back to its YAML node.

Most documents are valid: a validator compiled to Python code (fastjsonschema, generated
into ``compiled_guide.py`` and ``compiled_checklist.py``) says so in a fraction of jsonschema's
time. Only a document it rejects is validated again with jsonschema,
whose errors carry the paths and keywords the messages are made from (see ``explain``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import import_module, resources
from typing import Any

import fastjsonschema

from checker.findings import Span
from checker.load import Node

KINDS = ("guide", "checklist")


def schema_text(kind: str) -> str:
    """The schema as published (for ``guidelint schema KIND``)."""
    return resources.files(__package__).joinpath(f"{kind}.schema.json").read_text("utf-8")


@cache
def schema(kind: str) -> dict[str, Any]:
    return json.loads(schema_text(kind))


@cache
def _fast_validator(kind: str) -> Callable[[Any], Any]:
    """The schema compiled to Python code, shipped as ``compiled_KIND.py`` (see ``generate``)."""
    return import_module(f"{__name__}.compiled_{kind}").validate


@dataclass(slots=True)
class Validation:
    """What the schema says of one document: each problem with the span of the offending key or
    value, and the top-level keys whose value cannot be read (rules on those parts stand down)."""

    problems: list[tuple[Span, str]] = field(default_factory=list)
    unreadable: tuple[str, ...] = ()


def validate(kind: str, root: Node) -> Validation:
    """Validate one document against its schema, and its dates against the calendar."""
    data = root.plain()
    dates = _impossible_dates(root)
    try:
        _fast_validator(kind)(data)
    except fastjsonschema.JsonSchemaException:
        from checker.schemas.explain import problems

        found, unreadable = problems(kind, root, data)
        return Validation(sorted(found + dates, key=lambda p: (p[0].line, p[0].column)), unreadable)
    return Validation(dates)


def _impossible_dates(root: Node) -> list[tuple[Span, str]]:
    """更新日期 that has the form of a date but is none (2026-13-45, 2026-02-30): YAML readers
    elsewhere fail on it, the schema's pattern cannot tell."""
    node = root.get("更新日期")
    if node is None or not isinstance(node.value, str) or not _DATE_FORM.match(node.value):
        return []
    try:
        date.fromisoformat(node.value)
    except ValueError:
        return [(node.span, f"「更新日期」的值「{node.value}」不是真实存在的日期：请按 2026-10-15 的格式写")]
    return []


_DATE_FORM = re.compile(r"^\d{4}-\d{2}-\d{2}$")
