"""The published JSON Schemas, and validation that maps each error back to its YAML node.

Most documents are valid: a validator compiled to Python code (fastjsonschema, generated
into ``compiled_guide.py`` and ``compiled_checklist.py``) says so in a fraction of jsonschema's
time. Only a document it rejects is validated again with jsonschema,
whose errors carry the paths and keywords the messages are made from (see ``explain``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
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


def validate(kind: str, root: Node) -> list[tuple[Span, str]]:
    """Schema problems of one document, each with the span of the offending key or value."""
    data = root.plain()
    try:
        _fast_validator(kind)(data)
    except fastjsonschema.JsonSchemaException:
        from checker.schemas.explain import problems

        return problems(kind, root, data)
    return []
