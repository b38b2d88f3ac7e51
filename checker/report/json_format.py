"""``--format json``: one JSON object, exactly as SPEC.md shows it."""

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
    data = {
        "version": __version__,
        "findings": [finding_data(f) for f in report.findings],
        "summary": {
            "files": report.files,
            "error": counts["error"],
            "warning": counts["warning"],
            "info": counts["info"],
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
