"""``--format text``: ``path:line:col: severity rule message``, the line, a marker, a summary."""

from __future__ import annotations

import unicodedata

from checker.findings import SEVERITY_LABELS, Finding
from checker.report import Report

_COLORS = {"error": "31", "warning": "33", "info": "36"}


def display_width(text: str) -> int:
    """Terminal columns: wide and full-width characters (汉字, 全角标点) take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def _excerpt(report: Report, f: Finding) -> list[str]:
    source = report.line(f.path, f.line).replace("\t", " ")
    if not source.strip():
        return []
    end = f.end_column if f.end_line == f.line and f.end_column > f.column else len(source) + 1
    start_col = display_width(source[: f.column - 1])
    width = max(1, display_width(source[f.column - 1 : end - 1]))
    gutter = f"{f.line:>5} | "
    marker = " " * (len(gutter) - 2) + "| " + " " * start_col + "^" * width
    return [gutter + source, _paint(marker, _COLORS[f.severity], report.color)]


def render(report: Report) -> str:
    out = []
    for f in report.findings:
        head = f"{f.path}:{f.line}:{f.column}: "
        level = _paint(f.severity, _COLORS[f.severity], report.color)
        out.append(f"{_paint(head, '1', report.color)}{level} {f.rule} {f.message}")
        out.extend(_excerpt(report, f))
        out.extend(f"    ↳ {r.path}:{r.line}:{r.column}: {r.message}" for r in f.related)
    counts = report.counts()
    total = sum(counts.values())
    if total:
        parts = "，".join(f"{SEVERITY_LABELS[s]} {counts[s]}" for s in ("error", "warning", "info") if counts[s])
        fixable = sum(1 for f in report.findings if f.fix is not None)
        line = f"检查了 {report.files} 个文件，发现 {total} 个问题（{parts}）"
        if fixable:
            line += f"；其中 {fixable} 个可用 --fix 自动修复"
        out.append(("\n" if out else "") + line)
    else:
        out.append(f"检查了 {report.files} 个文件，未发现问题")
    return "\n".join(out) + "\n"
