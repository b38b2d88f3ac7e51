"""The rule registry, built from the modules of this package.

A rule module defines ``ID``, ``SCOPE`` (document, guide, checklist, pair, corpus or meta),
its documentation as the module docstring, ``BAD`` and ``GOOD`` examples (file name → YAML,
merged over a clean base document unless ``RAW_EXAMPLES`` is true), ``OPTIONS`` (name → Option)
when it has any, and ``check(subject, ctx)`` yielding Problems. Severity, title and the options'
defaults come from ``rules/catalogue.yaml``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from checker import datafiles
from checker.findings import SEVERITIES, Problem

SCOPES = ("document", "guide", "checklist", "pair", "corpus", "meta")


@dataclass(frozen=True)
class Option:
    """A rule option as its module declares it in ``OPTIONS``: the type of its value and what it
    means. Its default is in rules/catalogue.yaml; guidelint.yaml's ``rule-options`` may set it."""

    kind: type
    meaning: str

    def fits(self, value: object) -> bool:
        if isinstance(value, bool):  # YAML's yes/no is never a number
            return self.kind is bool
        if self.kind is float:
            return isinstance(value, (int, float))
        return isinstance(value, self.kind)


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    title: str
    scope: str
    doc: str
    bad: dict[str, str]
    good: dict[str, str]
    raw_examples: bool
    check: Callable[..., Iterable[Problem]] | None
    options: dict[str, Any] = field(default_factory=dict)  # the defaults, by name
    declared: dict[str, Option] = field(default_factory=dict)


@cache
def catalogue() -> dict[str, dict[str, Any]]:
    data = datafiles.parse(datafiles.read_builtin("catalogue.yaml"), datafiles.builtin_path("catalogue.yaml"))
    return data["rules"]


@cache
def registry() -> dict[str, Rule]:
    """All rules by id, in the catalogue's order."""
    entries = catalogue()
    found = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        rule_id = getattr(module, "ID", None)
        if rule_id is None:
            continue
        entry = entries.get(rule_id)
        if entry is None:
            raise RuntimeError(f"rule {rule_id} has no entry in rules/catalogue.yaml")
        if module.SCOPE not in SCOPES or entry["severity"] not in SEVERITIES:
            raise RuntimeError(f"rule {rule_id}: bad scope or severity")
        declared: dict[str, Option] = getattr(module, "OPTIONS", {})
        defaults = entry.get("options", {})
        if set(declared) != set(defaults) or not all(o.fits(defaults[n]) for n, o in declared.items()):
            raise RuntimeError(f"rule {rule_id}: the options in rules/catalogue.yaml differ from OPTIONS")
        found[rule_id] = Rule(
            id=rule_id,
            severity=entry["severity"],
            title=entry["title"],
            scope=module.SCOPE,
            doc=(module.__doc__ or "").strip(),
            bad=getattr(module, "BAD", {}),
            good=getattr(module, "GOOD", {}),
            raw_examples=getattr(module, "RAW_EXAMPLES", False),
            check=getattr(module, "check", None),
            options=defaults,
            declared=declared,
        )
    return {rule_id: found[rule_id] for rule_id in entries if rule_id in found}
