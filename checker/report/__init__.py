"""Output formats behind one interface: ``renderer(name)(report) -> str``, for each format
registered in ``FORMATS`` (its module is imported when first used)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import import_module

from checker.findings import Finding

FORMATS = {
    "text": "text_format",
    "json": "json_format",
    "sarif": "sarif_format",
    "github": "github_format",
    "junit": "junit_format",
}
FORMAT_NAMES = tuple(FORMATS)


@dataclass(frozen=True)
class RuleInfo:
    id: str
    title: str
    severity: str
    doc: str


class SourceLines(Mapping[str, list[str]]):
    """Each file's lines, split when first asked for: most reports never look at them."""

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self._lines: dict[str, list[str]] = {}

    def __getitem__(self, path: str) -> list[str]:
        if path not in self._lines:
            self._lines[path] = self._texts[path].splitlines()
        return self._lines[path]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


@dataclass
class Report:
    """Everything a reporter may use: findings and plain facts, nothing of YAML."""

    findings: list[Finding]
    files: int
    source_lines: Mapping[str, list[str]] = field(default_factory=dict)
    rules: dict[str, RuleInfo] = field(default_factory=dict)
    color: bool = False
    paths: list[str] = field(default_factory=list)  # every file checked, with findings or not
    quiet: bool = False  # the findings only, no summary (-q)
    show_fixes: bool = False  # each fixable finding with the text its fix writes (--show-fixes)

    def counts(self) -> Counter:
        return Counter(f.severity for f in self.findings)

    def line(self, path: str, number: int) -> str:
        lines = self.source_lines.get(path, [])
        return lines[number - 1] if 0 < number <= len(lines) else ""


def renderer(name: str) -> Callable[[Report], str]:
    return import_module(f"{__name__}.{FORMATS[name]}").render
