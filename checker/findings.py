"""Findings: the plain data that flows from rules to reporters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from checker.pickling import by_fields

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}  # as every report names them


class Span(NamedTuple):
    """A region of a file: 1-based lines and character columns, end exclusive. A named tuple:
    the loader makes one per YAML node, and a tuple is built three times faster than a frozen
    dataclass."""

    line: int
    column: int
    end_line: int
    end_column: int

    @classmethod
    def point(cls, line: int, column: int = 1) -> Span:
        return cls(line, column, line, column + 1)

    def overlaps(self, other: Span) -> bool:
        return (self.line, self.column) < (other.end_line, other.end_column) and (
            other.line,
            other.column,
        ) < (self.end_line, self.end_column)


@by_fields
@dataclass(frozen=True, slots=True)
class Related:
    """Another place that explains a finding (e.g. the guide's line for a checklist finding);
    ``end_column`` (exclusive, on ``line``) gives its width when known, 0 when not."""

    path: str
    line: int
    column: int
    message: str
    end_column: int = 0


@by_fields
@dataclass(frozen=True, slots=True)
class Fix:
    """Replace the text of ``span`` with ``replacement``; only safe rewrites are offered."""

    span: Span
    replacement: str


@by_fields
@dataclass(frozen=True, slots=True)
class Problem:
    """What a rule reports, before the engine gives it a rule id and a severity."""

    path: str
    span: Span
    message: str
    related: tuple[Related, ...] = ()
    fix: Fix | None = None
    content: str = ""
    severity: str | None = None  # overrides the catalogue's default (a configured severity still wins)


@by_fields
@dataclass(frozen=True, slots=True)
class Finding:
    """One reported problem, as every reporter sees it."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    severity: str
    message: str
    related: tuple[Related, ...] = ()
    fix: Fix | None = field(default=None, compare=False)
    content: str = field(default="", compare=False)

    @property
    def span(self) -> Span:
        return Span(self.line, self.column, self.end_line, self.end_column)

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.rule, self.message)


def make_finding(problem: Problem, rule: str, severity: str) -> Finding:
    s = problem.span
    return Finding(
        path=problem.path,
        line=s.line,
        column=s.column,
        end_line=s.end_line,
        end_column=s.end_column,
        rule=rule,
        severity=severity,
        message=problem.message,
        related=problem.related,
        fix=problem.fix,
        content=problem.content,
    )
