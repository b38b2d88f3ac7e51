"""``--format sarif``: SARIF 2.1.0 for code scanning (GitHub, GitLab, IDE viewers).

Columns count characters (``columnKind: unicodeCodePoints``). Each result carries a
fingerprint built from rule, path and offending content — not the line — so code scanning
keeps tracking an alert when lines shift; alike findings in one file are told apart by their
order.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from urllib.parse import quote

from checker import __version__
from checker.baseline import offending_content, relative_path
from checker.findings import Finding, Fix, Related
from checker.report import Report

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "guidelint/v1"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for ``path``: relative with forward slashes below the working folder."""
    relative = relative_path(path, os.getcwd())
    if relative.startswith("../") or os.path.isabs(relative):
        return "file://" + quote(os.path.abspath(path).replace(os.sep, "/"), safe="/:")
    return quote(relative, safe="/")


def _location(path: str, line: int, column: int, end_line: int, end_column: int) -> dict:
    line, column = max(line, 1), max(column, 1)
    end_line = max(end_line, line)
    end_column = max(end_column, column + 1) if end_line == line else max(end_column, 1)
    region = {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}
    return {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}, "region": region}}


def _related(index: int, r: Related) -> dict:
    location = _location(r.path, r.line, r.column, r.line, max(r.end_column, r.column + 1))
    return {"id": index, **location, "message": {"text": r.message}}


def _fix(path: str, fix: Fix) -> dict:
    """A safe fix as a SARIF replacement (what ``--fix`` writes)."""
    region = _location(path, *fix.span)["physicalLocation"]["region"]
    change = {
        "artifactLocation": {"uri": artifact_uri(path)},
        "replacements": [{"deletedRegion": region, "insertedContent": {"text": fix.replacement}}],
    }
    return {"description": {"text": "guidelint --fix"}, "artifactChanges": [change]}


def help_markdown(doc: str) -> str:
    """A rule's documentation as Markdown: section names (检查什么 …) become bold headings, and
    wrapped Chinese lines are joined without the space Markdown would put between them."""
    blocks: list[str] = []
    joinable = False
    for line in doc.splitlines():
        text = line.strip()
        if not text:
            joinable = False
        elif not line[0].isspace():
            blocks += ["", f"**{text}**", ""]
            joinable = False
        elif joinable and not text.startswith(("- ", "# ")):
            blocks[-1] += text
        else:
            blocks.append(text)
            joinable = True
    return "\n".join(blocks).strip() + "\n"


def _rule(info) -> dict:
    doc = info.doc or info.title
    return {
        "id": info.id,
        "name": info.id,
        "shortDescription": {"text": info.title},
        "fullDescription": {"text": doc},
        "help": {"text": doc, "markdown": help_markdown(doc)},
        "defaultConfiguration": {"level": _LEVELS[info.severity]},
    }


def fingerprints(report: Report) -> list[str]:
    """One stable fingerprint per finding, in the report's order."""
    seen: Counter = Counter()
    result = []
    for f in report.findings:
        content = offending_content(f, report.source_lines.get(f.path, []))
        identity = "\x1f".join((f.rule, relative_path(f.path, os.getcwd()), content))
        seen[identity] += 1
        digest = hashlib.sha256(f"{identity}\x1f{seen[identity]}".encode()).hexdigest()
        result.append(digest[:32])
    return result


def _result(f: Finding, rule_index: dict[str, int], fingerprint: str) -> dict:
    result: dict[str, object] = {
        "ruleId": f.rule,
        "level": _LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [_location(f.path, f.line, f.column, f.end_line, f.end_column)],
        "partialFingerprints": {FINGERPRINT: fingerprint},
    }
    if f.rule in rule_index:
        result["ruleIndex"] = rule_index[f.rule]
    if f.related:
        result["relatedLocations"] = [_related(i, r) for i, r in enumerate(f.related, 1)]
    if f.fix is not None:
        result["fixes"] = [_fix(f.path, f.fix)]
    return result


def render(report: Report) -> str:
    rules = list(report.rules.values())
    rule_index = {info.id: i for i, info in enumerate(rules)}
    driver = {
        "name": "guidelint",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": [_rule(info) for info in rules],
    }
    results = [
        _result(f, rule_index, fp) for f, fp in zip(report.findings, fingerprints(report), strict=True)
    ]
    run = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
    data = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
