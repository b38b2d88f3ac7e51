"""``--format text``: ``path:line:col: severity rule message``, the line, a marker, a summary.

A finding that ``--fix`` can repair carries ``[*]`` after its rule, as in ruff; the summary
ends with how many can be fixed.
"""

from __future__ import annotations

import unicodedata

from checker.findings import SEVERITIES, SEVERITY_LABELS, Finding
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


def _fix_text(report: Report, f: Finding) -> str:
    """What the finding's fix writes: ``将「户口本」改为「居民户口簿」``."""
    if f.fix is None:
        return ""
    span = f.fix.span
    old = report.line(f.path, span.line)[span.column - 1 : span.end_column - 1]
    return f"将「{old}」改为「{f.fix.replacement}」" if old else f"改为「{f.fix.replacement}」"


def render(report: Report) -> str:
    out = []
    for f in report.findings:
        head = f"{f.path}:{f.line}:{f.column}: "
        level = _paint(f.severity, _COLORS[f.severity], report.color)
        marker = " [*]" if f.fix is not None else ""
        out.append(f"{_paint(head, '1', report.color)}{level} {f.rule}{marker} {f.message}")
        out.extend(_excerpt(report, f))
        out.extend(f"    ↳ {r.path}:{r.line}:{r.column}: {r.message}" for r in f.related)
        if report.show_fixes and f.fix is not None:
            out.append(f"    修复：{_fix_text(report, f)}")
    if report.quiet:
        return "".join(line + "\n" for line in out)
    counts = report.counts()
    total = sum(counts.values())
    if total:
        parts = "，".join(f"{SEVERITY_LABELS[s]} {counts[s]}" for s in SEVERITIES if counts[s])
        fixable = sum(1 for f in report.findings if f.fix is not None)
        out.append(("\n" if out else "") + f"检查了 {report.files} 个文件，发现 {total} 个问题（{parts}）")
        if fixable:
            out.append(f"[*] {fixable} 个问题可用 --fix 修复")
    else:
        out.append(f"检查了 {report.files} 个文件，未发现问题")
    return "\n".join(out) + "\n"
