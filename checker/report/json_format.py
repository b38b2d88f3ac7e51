"""``--format json``: one JSON object, exactly as SPEC.md shows it, one finding per line (easy
to grep and to diff, and written by json's C encoder, which an indented dump would not use)."""

from __future__ import annotations

import json

from checker import __version__
from checker.findings import Finding
from checker.report import Report


def finding_data(f: Finding) -> dict:
    return {
        "path": f.path,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "rule": f.rule,
        "severity": f.severity,
        "message": f.message,
        "related": [
            {"path": r.path, "line": r.line, "column": r.column, "message": r.message} for r in f.related
        ],
    }


def render(report: Report) -> str:
    counts = report.counts()
    summary = {
        "files": report.files,
        "error": counts["error"],
        "warning": counts["warning"],
        "info": counts["info"],
    }
    findings = ",\n".join(f"    {json.dumps(finding_data(f), ensure_ascii=False)}" for f in report.findings)
    return (
        f'{{\n  "version": {json.dumps(__version__)},\n'
        f'  "findings": [{f"{chr(10)}{findings}{chr(10)}  " if findings else ""}],\n'
        f'  "summary": {json.dumps(summary)}\n}}\n'
    )
