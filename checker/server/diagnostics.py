"""Findings as LSP diagnostics, and the rule documentation a hover shows."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache

from lsprotocol import types
from pygls.uris import from_fs_path
from pygls.workspace.position_codec import PositionCodec

from checker.findings import Finding, Span
from checker.rules import registry
from checker.server.positions import Lines

SOURCE = "guidelint"
_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


def diagnostic(
    finding: Finding,
    lines: Lines,
    codec: PositionCodec,
    locate: Callable[[str], tuple[str, Lines]],
) -> types.Diagnostic:
    """``locate`` gives the file path and lines of a related finding's path."""
    related = []
    for item in finding.related:
        path, other = locate(item.path)
        end = len(other.line(item.line)) + 1
        where = other.range(Span(item.line, item.column, item.line, max(end, item.column)), codec)
        related.append(
            types.DiagnosticRelatedInformation(types.Location(from_fs_path(path) or path, where), item.message)
        )
    href = rule_documentation_uri(finding.rule)
    return types.Diagnostic(
        range=lines.range(finding.span, codec),
        message=finding.message,
        severity=_SEVERITY.get(finding.severity, types.DiagnosticSeverity.Error),
        code=finding.rule,
        code_description=types.CodeDescription(href) if href else None,
        source=SOURCE,
        related_information=related or None,
    )


@cache
def rule_documentation_uri(rule_id: str) -> str | None:
    """The rule's module, whose docstring is its documentation (``guidelint rules ID``)."""
    module = f"checker.rules.{rule_id.replace('-', '_')}"
    try:
        path = importlib.import_module(module).__file__
    except ImportError:
        return None
    return from_fs_path(path) if path else None


def hover_text(finding: Finding) -> str:
    """Markdown: the rule's title, the finding's message and the rule's documentation."""
    rule = registry().get(finding.rule)
    if rule is None:
        return finding.message
    return f"**{rule.title}**（`{rule.id}`，{finding.severity}）\n\n{finding.message}\n\n---\n\n{rule.doc}"
