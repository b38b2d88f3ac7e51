"""``--format junit``: JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure).

One test suite; one test case per checked file; one ``<failure>`` per finding in that file.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checker.findings import SEVERITY_LABELS, Finding
from checker.report import Report

# Characters XML 1.0 does not allow, even escaped.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _INVALID.sub("\ufffd", text)


def _details(report: Report, f: Finding) -> str:
    info = report.rules.get(f.rule)
    lines = [
        f"{f.path}:{f.line}:{f.column}: {SEVERITY_LABELS[f.severity]} {f.rule}（{info.title if info else f.rule}）"
    ]
    lines.append(f.message)
    source = report.line(f.path, f.line).strip()
    if source:
        lines.append(f"第 {f.line} 行：{source}")
    lines.extend(f"参见 {r.path}:{r.line}:{r.column}：{r.message}" for r in f.related)
    return "\n".join(lines)


def render(report: Report) -> str:
    by_file: dict[str, list[Finding]] = {path: [] for path in report.paths}
    for f in report.findings:
        by_file.setdefault(f.path, []).append(f)
    failed = sum(1 for findings in by_file.values() if findings)
    counts = {"tests": str(len(by_file)), "failures": str(failed), "errors": "0", "skipped": "0"}
    suites = ET.Element("testsuites", {"name": "guidelint", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "guidelint", **counts})
    for path in sorted(by_file):
        case = ET.SubElement(
            suite, "testcase", {"classname": "guidelint", "name": _clean(path), "file": _clean(path)}
        )
        for f in by_file[path]:
            message = f"{f.line}:{f.column} {f.rule} {f.message}"
            failure = ET.SubElement(case, "failure", {"type": f.rule, "message": _clean(message)})
            failure.text = _clean(_details(report, f))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
