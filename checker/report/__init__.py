"""Output formats behind one interface: ``FORMATS[name](report) -> str``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module

from checker.findings import Finding

FORMAT_NAMES = ("text", "json", "sarif", "github", "junit")


@dataclass(frozen=True)
class RuleInfo:
    id: str
    title: str
    severity: str
    doc: str


@dataclass
class Report:
    """Everything a reporter may use: findings and plain facts, nothing of YAML."""

    findings: list[Finding]
    files: int
    source_lines: dict[str, list[str]] = field(default_factory=dict)  # files with findings
    rules: dict[str, RuleInfo] = field(default_factory=dict)
    color: bool = False
    paths: list[str] = field(default_factory=list)  # every file checked, with findings or not

    def counts(self) -> Counter:
        return Counter(f.severity for f in self.findings)

    def line(self, path: str, number: int) -> str:
        lines = self.source_lines.get(path, [])
        return lines[number - 1] if 0 < number <= len(lines) else ""


def renderer(name: str) -> Callable[[Report], str]:
    module = "json_format" if name == "json" else f"{name}_format"
    return import_module(f"{__name__}.{module}").render
