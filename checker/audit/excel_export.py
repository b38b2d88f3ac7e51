"""The findings as an Excel workbook: a 问题清单 sheet an office works through and hands back,
and a 汇总 sheet of counts per district, implementing body and rule.

Each finding row carries the item's codes, the source line, the finding's own advice, whether
it may turn the applicant away, and empty 整改状态 (a list to choose from), 责任人 and 完成时限
columns for the office. Its 问题标识 is the finding's stable key (rule, file and offending
content, as a baseline keys it — not the line), so a returned sheet is matched to a later run
(checker/audit/excel_returned.py) even after lines shift.

Every cell is written as a plain value: text is never taken as a formula (a document's text that
starts with "=" stays text), and characters that the xlsx format cannot hold are dropped.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from checker.audit.summary import Summary, causes_failed_visit
from checker.baseline import offending_content
from checker.findings import SEVERITIES, SEVERITY_LABELS, Finding
from checker.report import Report
from checker.report.advice import finding_advice

FINDINGS_SHEET = "问题清单"
KEY_COLUMN, STATUS_COLUMN = "问题标识", "整改状态"
STATUSES = ("未整改", "整改中", "已整改", "不予整改")
DONE = "已整改"
FINDINGS_HEADER = (
    "区", "事项", "实施主体", "实施编码", "文件", "行", "级别", "规则", "标题", "说明", "原文", "修改建议",
    "可能办不成事", STATUS_COLUMN, "责任人", "完成时限", KEY_COLUMN,
)  # fmt: skip
FINDINGS_WIDTHS = (16, 28, 26, 30, 48, 6, 8, 30, 20, 70, 40, 40, 8, 10, 10, 12, 18)
_WRAPPED = ("说明", "原文", "修改建议")
_HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
_OFFICE_FILL = PatternFill("solid", fgColor="FFF4D6")  # the columns the office fills in


def finding_key(finding: Finding, lines: Mapping[str, list[str]]) -> str:
    """The finding's stable key as a short text: rule, file and offending content, not the line."""
    content = offending_content(finding, lines.get(finding.path, []))
    return hashlib.sha1("\0".join((finding.path, finding.rule, content)).encode("utf-8")).hexdigest()[:16]


def write_workbook(path: str, summary: Summary, report: Report) -> None:
    """Write the workbook to ``path`` (built in memory first, so a failure leaves no half file)."""
    book = Workbook()
    findings = book.active
    findings.title = FINDINGS_SHEET
    _fill_findings(findings, summary, report)
    _fill_totals(book.create_sheet("汇总"), summary, report)
    buffer = io.BytesIO()
    book.save(buffer)
    with open(path, "wb") as handle:
        handle.write(buffer.getvalue())


def _put(sheet: Worksheet, row: int, values: tuple, first: int = 1) -> None:
    """Write ``values`` into ``row`` from column ``first`` on."""
    for column, value in enumerate(values, first):
        cell = sheet.cell(row=row, column=column)
        if isinstance(value, str):
            cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell.data_type = "s"  # text, even when it starts with "="
        else:
            cell.value = value


def _header(sheet: Worksheet, row: int, values: tuple, first: int = 1) -> None:
    _put(sheet, row, values, first)
    for column in range(first, first + len(values)):
        cell = sheet.cell(row=row, column=column)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL


def _fill_findings(sheet: Worksheet, summary: Summary, report: Report) -> None:
    _header(sheet, 1, FINDINGS_HEADER)
    row = 1
    for item in summary.items:
        for f in item.findings:
            row += 1
            title = report.rules[f.rule].title if f.rule in report.rules else ""
            source = report.line(f.path, f.line).strip()
            risk = "是" if causes_failed_visit(f) else ""
            values = (
                item.district, item.name, item.body, item.code, f.path, f.line, SEVERITY_LABELS[f.severity],
                f.rule, title, f.message, source, finding_advice(f), risk, "", "", "", finding_key(f, report.source_lines),
            )  # fmt: skip
            _put(sheet, row, values)
    last = get_column_letter(len(FINDINGS_HEADER))
    for column, width in enumerate(FINDINGS_WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for name in _WRAPPED:
        column = FINDINGS_HEADER.index(name) + 1
        for cells in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            cells[0].alignment = wrap
    status = get_column_letter(FINDINGS_HEADER.index(STATUS_COLUMN) + 1)
    choices = DataValidation(
        type="list", formula1=f'"{",".join(STATUSES)}"', allow_blank=True, showErrorMessage=True,
        errorTitle="整改状态", error=f"请从列表中选择：{'、'.join(STATUSES)}",
    )  # fmt: skip
    choices.add(f"{status}2:{status}{max(row, 2)}")
    sheet.add_data_validation(choices)
    for name in (STATUS_COLUMN, "责任人", "完成时限"):
        sheet.cell(row=1, column=FINDINGS_HEADER.index(name) + 1).fill = _OFFICE_FILL
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}{row}"


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
    row = max(row, _fill_bodies(sheet, summary, labels)) + 2
    _header(sheet, row, ("规则", "标题", *labels, "合计"))
    for rule, counts in summary.by_rule().items():
        row += 1
        title = report.rules[rule].title if rule in report.rules else ""
        values = tuple(counts[s] for s in SEVERITIES)
        _put(sheet, row, (rule, title, *values, sum(values)))
    for column, width in zip("ABCDEFGHIJKLM", (30, 22, 8, 8, 8, 8, 4, 36, 8, 8, 8, 8, 8), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"


BODIES_COLUMN = 8  # the per-body table starts in column H, beside the per-district one


def _fill_bodies(sheet: Worksheet, summary: Summary, labels: tuple[str, ...]) -> int:
    """Counts per 实施主体 beside the per-district table; returns the last row written."""
    items_per_body = {
        b: sum(1 for i in summary.items if i.body == b) for b in {i.body for i in summary.items}
    }
    row = 1
    _header(sheet, row, ("实施主体", "事项数", *labels, "合计"), BODIES_COLUMN)
    for body, counts in summary.by_body().items():
        row += 1
        values = tuple(counts[s] for s in SEVERITIES)
        _put(sheet, row, (body, items_per_body[body], *values, sum(values)), BODIES_COLUMN)
    return row
