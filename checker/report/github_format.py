"""``--format github``: one GitHub Actions workflow command per finding (inline annotations).

Severity maps to the command: error → ``::error``, warning → ``::warning``, info → ``::notice``.
Values are escaped as the Actions runner expects: ``%``, CR and LF everywhere, and also ``:``
and ``,`` inside properties.
"""

from __future__ import annotations

from checker.baseline import relative_path
from checker.findings import Finding
from checker.report import Report

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _message(f: Finding) -> str:
    seen = "".join(f"\n参见 {r.path}:{r.line}:{r.column}：{r.message}" for r in f.related)
    return f.message + seen


def command(f: Finding, title: str) -> str:
    """The workflow command for one finding."""
    one_line = f.end_line <= f.line  # GitHub takes columns only for one-line annotations
    properties = [("file", relative_path(f.path, ".")), ("line", str(f.line))]
    if one_line:
        properties.append(("col", str(f.column)))
    properties.append(("endLine", str(max(f.end_line, f.line))))
    if one_line:
        properties.append(("endColumn", str(max(f.end_column, f.column + 1))))
    properties.append(("title", title))
    joined = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    return f"::{_COMMANDS[f.severity]} {joined}::{escape_data(_message(f))}"


def render(report: Report) -> str:
    lines = []
    for f in report.findings:
        info = report.rules.get(f.rule)
        title = f"{info.title}（{f.rule}）" if info else f.rule
        lines.append(command(f, title))
    return "".join(line + "\n" for line in lines)
