"""The findings as an Excel workbook: a 问题清单 sheet to filter and a 汇总 sheet of counts.

Every cell is written as a plain value: text is never taken as a formula (a document's text that
starts with "=" stays text), and characters that the xlsx format cannot hold are dropped.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from checker.audit.summary import Summary
from checker.findings import SEVERITIES, SEVERITY_LABELS
from checker.report import Report

FINDINGS_HEADER = ("区", "事项", "文件", "行", "级别", "规则", "标题", "说明")
FINDINGS_WIDTHS = (16, 28, 48, 6, 8, 30, 20, 70)
_HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")


def write_workbook(path: str, summary: Summary, report: Report) -> None:
    """Write the workbook to ``path`` (built in memory first, so a failure leaves no half file)."""
    book = Workbook()
    findings = book.active
    findings.title = "问题清单"
    _fill_findings(findings, summary, report)
    _fill_totals(book.create_sheet("汇总"), summary, report)
    buffer = io.BytesIO()
    book.save(buffer)
    with open(path, "wb") as handle:
        handle.write(buffer.getvalue())


def _put(sheet: Worksheet, row: int, values: tuple) -> None:
    for column, value in enumerate(values, 1):
        cell = sheet.cell(row=row, column=column)
        if isinstance(value, str):
            cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell.data_type = "s"  # text, even when it starts with "="
        else:
            cell.value = value


def _header(sheet: Worksheet, row: int, values: tuple) -> None:
    _put(sheet, row, values)
    for cell in sheet[row]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL


def _fill_findings(sheet: Worksheet, summary: Summary, report: Report) -> None:
    _header(sheet, 1, FINDINGS_HEADER)
    row = 1
    for item in summary.items:
        for f in item.findings:
            row += 1
            title = report.rules[f.rule].title if f.rule in report.rules else ""
            values = (item.district, item.name, f.path, f.line, SEVERITY_LABELS[f.severity], f.rule, title)
            _put(sheet, row, (*values, f.message))
    for column, width in enumerate(FINDINGS_WIDTHS, 1):
        sheet.column_dimensions[chr(64 + column)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for cells in sheet.iter_rows(min_row=2, min_col=8, max_col=8):
        cells[0].alignment = wrap
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:H{row}"


def _fill_totals(sheet: Worksheet, summary: Summary, report: Report) -> None:
    labels = tuple(SEVERITY_LABELS[s] for s in SEVERITIES)
    _header(sheet, 1, ("行政区划", "事项数", *labels, "合计"))
    items_per_district = {d: sum(1 for i in summary.items if i.district == d) for d in summary.districts}
    row = 1
    for district, counts in summary.by_district().items():
        row += 1
        values = tuple(counts[s] for s in SEVERITIES)
        _put(sheet, row, (district, items_per_district[district], *values, sum(values)))
    row += 1
    totals = summary.by_severity
    values = tuple(totals[s] for s in SEVERITIES)
    _put(sheet, row, ("合计", len(summary.items), *values, sum(values)))
    sheet.cell(row=row, column=1).font = Font(bold=True)
    row += 2
    _header(sheet, row, ("规则", "标题", *labels, "合计"))
    for rule, counts in summary.by_rule().items():
        row += 1
        title = report.rules[rule].title if rule in report.rules else ""
        values = tuple(counts[s] for s in SEVERITIES)
        _put(sheet, row, (rule, title, *values, sum(values)))
    for column, width in zip("ABCDEF", (30, 22, 8, 8, 8, 8), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
