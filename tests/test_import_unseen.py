"""guidelint import guide on files shaped like real ones the importer was not written against.

Each file below is built here, independently of test_import_guide.py, after what published
exports and Word guides look like:

- the provincial 实施清单 export and the 政务服务事项内容信息表 (one table of elements with the
  materials inside it, a 申请材料 label merged down their rows): 360docs.net/doc/7919048908.html
  ("政务服务事项梳理规范表式及范例") and max.book118.com/html/2016/1031/60902567.shtm (公主岭市
  政务服务事项梳理表式, "A1表：政务服务事项内容信息表");
- the 办事指南 template written as paragraphs ("一、办理时限" with its value in the next paragraph,
  "（一）…" conditions, materials as a table): m.chaojilvshi.com (办事指南 "一、办理时限 / 15个工作日 /
  二、办理流程"), DB63/T 1755—2019 (青海省办事指南编写规范, max.book118.com/html/2024/0114/
  6021104025010034.shtm) and the 德州 "办事指南格式范本" (doczj.com/doc/5e11022890.html:
  "申办条件：… 办理时限：… 即办件统一按“即办”填写");
- zwfw.yl.gov.cn item pages (到现场大厅次数, 咨询电话 / 监督投诉方式 split into sub-rows);
- 审查标准 numbered ①② (lhqtea.com bsfwqybshjbh 2017) and the 一次性告知单 of the windows
  (dengzhou.gov.cn/2024/11-26/1111435.html: 材料名称、份数、提交要求 on one form).

First run, with the importer as it was before these files (commit deab613), measured with
``differences`` below against the expected guide (a value wrong, missing or extra) and the
messages on standard error:

| file | differences | messages | what went wrong |
| --- | --- | --- | --- |
| 实施清单标题行.xlsx | 16 | 7 | "*事项名称" not a header: the header row read as label pairs (到现场次数 = "是否支持委托代办"); the 填报说明 row read as a material; item not written |
| 两行表头.xlsx | 0 | 0 | — |
| 材料分行.xlsx | 9 | 0 | a material over two rows (merged 材料名称) became two; the 复印件 row's count and 受理标准 went to the second |
| 表头写法.xlsx | 20 | 0 | "份数（份）", "是否必要（必要/非必要）", "行政区划（省/市/区）", "法定时限(工作日)" … unmapped |
| 数值与日期.xlsx | 1 | 0 | 5.0 under "承诺时限（工作日）" unmapped |
| 多工作表.xlsx | 0 | 3 | the 填报说明 sheet read as an item (unreadable 事项类型); the hidden 字典 sheet written as a second, nameless guide |
| 指南表单.xlsx | 11 | 0 | the ten element rows after the materials read as materials (13 instead of 3) |
| 要素表两列.docx | 1 | 0 | the second row of 办理时间 (label merged over two rows) lost |
| 要素表分项.docx | not written | 2 | sub-labels read as values (承诺办结时限 = "法定办结时限") |
| 段落式指南.docx | 17 | 0 | headings with their value in the next paragraph not read at all |
| 一次性告知单.docx | not written | 5 | "原件1份" in the 份数 column unreadable |
| 内容信息表.docx | not written | 40 | the merged 申请材料 label taken for 材料名称; element rows after the materials read as materials |

After the changes every file gives its expected guide, and ``check`` reports schema-invalid only
for what the source lacks (the 一次性告知单 has no 设定依据, 载体 …). The tests below the table
(the rules behind the fixes, their look-alikes, and the shapes found after the first twelve: a
two-row header not merged down, Word's own heading styles, labels in the cell of their value,
items one below the other, layout tables, a 申请材料 cell that lists the materials) were run on
the importer of deab613 too: of the 75 tests the module then had, 54 failed there (three of them for
want of the sections module) and 21 passed.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from audit_corpus import guidelint
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from checker.cli import cli
from checker.importing import sections, synonyms, values, word_guides
from checker.importing.guide import ItemSource
from checker.importing.tables import Reader
from checker.importing.workbook import Grid

HEALTH_CODE = "11330281MB1A23456X4000117001"
PENSION_CODE = "11330281MB1A23456X4000218002"
LAW = "《公共场所卫生管理条例》第八条"


def _base(name: str, code: str, **changes: Any) -> dict[str, Any]:
    """A complete guide of 余姚市 as most files below give it; ``changes`` replace or drop (None)."""
    guide: dict[str, Any] = {
        "事项名称": name, "实施编码": code, "事项类型": "行政许可", "实施主体": "余姚市卫生健康局",
        "行政区划": "浙江省宁波市余姚市", "设定依据": [LAW],
        "受理条件": ["已取得营业执照", "经营场所符合卫生要求"], "申请材料": [],
        "办理方式": ["窗口办理", "网上办理"], "到现场次数": 1, "委托代办": "可以",
        "法定办结时限": {"时限": 20, "单位": "工作日"}, "承诺办结时限": {"时限": 5, "单位": "工作日"},
        "是否收费": "否", "办理地点": "余姚市阳明西路1号市民服务中心2楼", "办理时间": "工作日8:30-12:00，14:00-17:30",
        "咨询方式": ["0574-62651234"], "监督投诉方式": ["12345"],
    }  # fmt: skip
    for key, value in changes.items():
        if value is None:
            guide.pop(key)
        else:
            guide[key] = value
    return guide


def _material(name: str, originals: int, copies: int, **more: Any) -> dict[str, Any]:
    entry = {"材料名称": name, "原件份数": originals, "复印件份数": copies, "载体": "纸质",
             "来源渠道": "申请人自备", "必要性": "必要"}  # fmt: skip
    entry.update(more)
    return {key: value for key, value in entry.items() if value is not None}


HEALTH_MATERIALS = [
    _material("公共场所卫生许可申请表", 1, 0, 受理标准="加盖申请人公章"),
    _material("营业执照", 0, 1, 来源渠道="政府部门核发"),
    _material("卫生检测报告", 1, 0, 来源渠道="中介机构出具", 必要性="非必要", 适用情形="新建场所提供"),
]


# --- workbooks ------------------------------------------------------------------------------------


def platform_with_titles(path: Path) -> None:
    """实施清单: three title rows, "*" on required headers, units in headers, a 填报说明 row."""
    book = Workbook()
    items = book.active
    items.title = "事项"
    items.append(["余姚市政务服务事项实施清单（2026年版）"])
    items.merge_cells("A1:R1")
    items.append(["填报单位：余姚市卫生健康局", None, None, None, None, None, None, None, None, None,
                  "导出日期：2026年11月20日"])  # fmt: skip
    items.append(["注：带*号的为必填项"])
    items.append(["序号", "*事项名称", "*实施\n编码", "*事项类型", "*实施主体", "*行政区划", "*设定依据", "受理条件",
                  "办理形式", "到办事现场次数", "是否支持委托代办", "法定办结时限（工作日）", "承诺办结时限（工作日）",
                  "是否收费", "办理地点", "办理时间", "咨询电话", "监督投诉电话"])  # fmt: skip
    items.append(["填报说明", "填写规范的事项名称", "28位实施编码", "下拉选择", "填写实施机关全称", "到县级", "法律法规名称及条款",
                  "逐条填写", "下拉多选", "填写数字", "是/否", "填写数字", "填写数字", "是/否", None, None, None, None])  # fmt: skip
    items.append([1, "公共场所卫生许可（新办）", HEALTH_CODE, "行政许可", "余姚市卫生健康局", "浙江省宁波市余姚市", LAW,
                  "1.已取得营业执照\n2.经营场所符合卫生要求", "窗口办理、网上办理", "1", "是", 20, 5, "否",
                  "余姚市阳明西路1号市民服务中心2楼", "工作日8:30-12:00，14:00-17:30", "0574-62651234", "12345"])  # fmt: skip
    listing = book.create_sheet("申请材料")
    listing.append(["申请材料清单"])
    listing.append(["序号", "实施编码", "材料名称", "材料类型", "份数", "材料形式", "材料来源", "是否必要", "受理标准", "适用情形"])
    listing.append(["填报说明", "同事项表", "填写材料全称", "原件/复印件", "填写数字", "纸质/电子", "下拉选择", "是/否", None, None])
    listing.append([1, HEALTH_CODE, "公共场所卫生许可申请表", "原件", 1, "纸质", "申请人自备", "是", "加盖申请人公章", None])
    listing.append([2, HEALTH_CODE, "营业执照", "复印件", 1, "纸质", "政府部门核发", "是", None, None])
    listing.append([3, HEALTH_CODE, "卫生检测报告", "原件", 1, "纸质", "中介机构出具", "否", None, "新建场所提供"])
    book.save(path)


def _items_sheet(sheet: Any, header_row: list[Any] | None = None) -> None:
    sheet.append(header_row or ["实施编码", "事项名称", "事项类型", "实施主体", "行政区划", "设定依据", "受理条件",
                                "办理方式", "到现场次数", "委托代办", "法定时限", "承诺时限", "是否收费", "办理地点",
                                "办理时间", "咨询电话", "投诉电话"])  # fmt: skip
    sheet.append([HEALTH_CODE, "公共场所卫生许可（新办）", "行政许可", "余姚市卫生健康局", "浙江省宁波市余姚市", LAW,
                  "（一）已取得营业执照；（二）经营场所符合卫生要求", "窗口办理，网上办理", "1次", "可以", "20个工作日",
                  "5个工作日", "不收费", "余姚市阳明西路1号市民服务中心2楼", "工作日8:30-12:00，14:00-17:30",
                  "0574-62651234", "12345"])  # fmt: skip


def two_row_header(path: Path) -> None:
    """A merged group header 申请材料 over 材料名称/材料类型/材料形式/份数; the other headers span both rows."""
    book = Workbook()
    _items_sheet(book.active)
    sheet = book.create_sheet("申请材料")
    sheet.append(["序号", "实施编码", "申请材料", None, None, None, "材料来源", "是否必要", "备注"])
    sheet.append([None, None, "材料名称", "材料类型", "材料形式", "份数", None, None, None])
    for cells in ("A1:A2", "B1:B2", "C1:F1", "G1:G2", "H1:H2", "I1:I2"):
        sheet.merge_cells(cells)
    sheet.append([1, HEALTH_CODE, "公共场所卫生许可申请表", "原件", "纸质", 1, "申请人自备", "必要", None])
    sheet.append([2, HEALTH_CODE, "营业执照", "复印件", "纸质", 1, "政府部门核发", "必要", "可通过数据共享获取"])
    sheet.append([3, HEALTH_CODE, "卫生检测报告", "原件", "纸质", 1, "中介机构出具", "非必要", "新建场所提供"])
    book.save(path)


def material_sub_rows(path: Path) -> None:
    """One material over two rows (原件 on one, 复印件 on the next) with its name, 序号 and the
    other columns merged down both rows; the item's code merged over all its materials."""
    book = Workbook()
    _items_sheet(book.active)
    sheet = book.create_sheet("材料")
    sheet.append(["序号", "实施编码", "材料名称", "材料类型", "份数", "材料形式", "来源渠道", "必要性", "受理标准"])
    sheet.append([1, HEALTH_CODE, "公共场所卫生许可申请表", "原件", 1, "纸质", "申请人自备", "必要", "加盖申请人公章"])
    sheet.append([2, None, "营业执照", "原件", 1, "纸质", "政府部门核发", "必要", "核对原件"])
    sheet.append([None, None, None, "复印件", 2, None, None, None, "复印件加盖公章"])
    sheet.append([3, None, "卫生检测报告", "原件", 1, "纸质", "中介机构出具", "非必要", None])
    for cells in ("B2:B5", "A3:A4", "C3:C4", "F3:F4", "G3:G4", "H3:H4"):
        sheet.merge_cells(cells)
    book.save(path)


def header_spellings(path: Path) -> None:
    """Headers with spaces, line breaks, full- and half-width brackets of units and choices; columns
    in their own order; materials joined by 事项名称 in the last column."""
    book = Workbook()
    _items_sheet(book.active, [
        "实施编码", "事项 名称", "事项\n类型", "实施主体（全称）", "行政区划（省/市/区）", "设定依据", "受理条件",
        "办理方式（窗口/网上）", "到现场次数（次）", "委托代办（可以/不可以）", "法定时限(工作日)", "承诺时限（工作日）",
        "是否收费（是/否）", "办理地点", "办理时间", "咨询电话（含区号）", "投诉电话"])  # fmt: skip
    book.active["K2"], book.active["L2"] = 20, 5
    sheet = book.create_sheet("申请材料")
    sheet.append(["序 号", "材料类型（原件/复印件）", " 材料 名称 ", "份数（份）", "材料\n形式", "是否必要（必要/非必要）",
                  "材料来源渠道", "受理标准（审查要点）", "适用情形(非必要时填写)", "事项名称"])  # fmt: skip
    sheet.append([1, "原件", "公共场所卫生许可申请表", 1, "纸质", "必要", "申请人自备", "加盖申请人公章", None,
                  "公共场所卫生许可（新办）"])  # fmt: skip
    sheet.append([2, "复印件", "营业执照", 1, "纸质", "必要", "政府部门核发", None, None, "公共场所卫生许可（新办）"])
    sheet.append([3, "原件", "卫生检测报告", 1, "纸质", "非必要", "中介机构出具", None, "新建场所提供",
                  "公共场所卫生许可（新办）"])  # fmt: skip
    book.save(path)


def numbers_and_dates(path: Path) -> None:
    """What Excel stores as numbers and dates: 1.0 for counts and visits, an integer phone number,
    a whole-number 基本编码, a date cell for 更新日期, 5.0 under a header that gives the unit."""
    book = Workbook()
    sheet = book.active
    sheet.append(["实施编码", "基本编码", "事项名称", "事项类型", "实施主体", "行政区划", "设定依据", "受理条件", "办理方式",
                  "到现场次数", "委托代办", "法定时限", "承诺时限（工作日）", "是否收费", "办理地点", "办理时间", "咨询电话",
                  "投诉电话", "更新日期"])  # fmt: skip
    sheet.append([HEALTH_CODE, 330281000117.0, "公共场所卫生许可（新办）", "行政许可", "余姚市卫生健康局", "浙江省宁波市余姚市",
                  LAW, "1、已取得营业执照\n2、经营场所符合卫生要求", "窗口办理\n网上办理", 1.0, "可以", "20个工作日", 5.0,
                  "否", "余姚市阳明西路1号市民服务中心2楼", "工作日8:30-12:00，14:00-17:30", 62651234, 12345,
                  datetime.datetime(2026, 11, 3)])  # fmt: skip
    sheet.append([])
    sheet.append(["实施编码", "材料名称", "材料类型", "份数", "材料形式", "来源渠道", "是否必要", "适用情形", "受理标准"])
    sheet.append([HEALTH_CODE, "公共场所卫生许可申请表", "原件", 1.0, "纸质", "申请人自备", "是", None, "加盖申请人公章"])
    sheet.append([HEALTH_CODE, "营业执照", "复印件", 1.0, "纸质", "政府部门核发", "是", None, None])
    sheet.append([HEALTH_CODE, "卫生检测报告", "原件", "1份", "纸质", "中介机构出具", "否", "新建场所提供", None])
    book.save(path)


def hidden_and_notes(path: Path) -> None:
    """A 填报说明 sheet first, the materials before the items, a hidden 字典 sheet of choices."""
    book = Workbook()
    notes = book.active
    notes.title = "填报说明"
    for row in (["填报说明"], ["字段", "说明"], ["事项名称", "填写事项的规范名称"], ["实施编码", "填写28位实施编码"],
                ["事项类型", "从下拉列表选择"], ["办理时限", "填写“N个工作日”或“即办”"]):  # fmt: skip
        notes.append(row)
    materials = book.create_sheet("申请材料")
    materials.append(["实施编码", "材料名称", "材料类型", "份数", "材料形式", "来源渠道", "必要性", "适用情形", "受理标准"])
    for entry in HEALTH_MATERIALS:
        kind = "原件" if entry["原件份数"] else "复印件"
        materials.append([HEALTH_CODE, entry["材料名称"], kind, 1, "纸质", entry["来源渠道"], entry["必要性"],
                          entry.get("适用情形"), entry.get("受理标准")])  # fmt: skip
    _items_sheet(book.create_sheet("事项信息"))
    choices = book.create_sheet("字典")
    for row in (["事项类型", "行政许可", "行政确认", "公共服务"], ["办理方式", "窗口办理", "网上办理"],
                ["委托代办", "可以", "不可以"], ["是否必要", "是", "否"]):  # fmt: skip
        choices.append(row)
    choices.sheet_state = "hidden"
    book.save(path)


def form_sheet(path: Path) -> None:
    """The template as one sheet: numbered labels in pairs, a unit in a label, the materials table
    between element rows."""
    book = Workbook()
    sheet = book.active
    sheet.title = "办事指南"
    sheet.append(["公共场所卫生许可（新办）办事指南"])
    sheet.merge_cells("A1:F1")
    rows = [
        ["一、事项名称", "公共场所卫生许可（新办）", None, "二、事项类型", "行政许可", None],
        ["三、实施编码", HEALTH_CODE, None, "四、行政区划", "浙江省宁波市余姚市", None],
        ["五、实施主体", "余姚市卫生健康局"], ["六、设定依据", LAW],
        ["七、受理条件", "1.已取得营业执照；2.经营场所符合卫生要求"],
        ["八、申请材料"],
        ["序号", "材料名称", "材料类型", "份数", "材料形式", "来源渠道", "是否必要", "适用情形", "受理标准"],
        [1, "公共场所卫生许可申请表", "原件", 1, "纸质", "申请人自备", "是", None, "加盖申请人公章"],
        [2, "营业执照", "复印件", 1, "纸质", "政府部门核发", "是", None, None],
        [3, "卫生检测报告", "原件", 1, "纸质", "中介机构出具", "否", "新建场所提供", None],
        ["九、办理方式", "窗口办理、网上办理"], ["十、到现场次数", "1"], ["十一、委托代办", "可以"],
        ["十二、法定办结时限", "20个工作日"], ["十三、承诺办结时限（工作日）", 5], ["十四、是否收费", "否"],
        ["十五、办理地点", "余姚市阳明西路1号市民服务中心2楼"], ["十六、办理时间", "工作日8:30-12:00，14:00-17:30"],
        ["十七、咨询电话", "0574-62651234"], ["十八、监督投诉电话", "12345"],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    for number in (2, 3):
        sheet.merge_cells(f"B{number}:C{number}")
        sheet.merge_cells(f"E{number}:F{number}")
    book.save(path)


# --- Word -----------------------------------------------------------------------------------------


def _table(document: Any, rows: list[list[Any]], bold_header: bool = False) -> Any:
    table = document.add_table(rows=0, cols=max(len(row) for row in rows))
    for number, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            if value is None:
                continue
            run = cell.paragraphs[0].add_run(str(value))
            run.bold = bold_header and number == 0
    return table


WORD_MATERIALS = [
    ["序号", "材料名称", "材料类型", "份数", "材料形式", "材料来源", "是否必要", "适用情形", "受理标准"],
    [1, "公共场所卫生许可申请表", "原件", 1, "纸质", "申请人自备", "必要", None, "加盖申请人公章"],
    [2, "营业执照", "复印件", 1, "纸质", "政府部门核发", "必要", None, None],
    [3, "卫生检测报告", "原件", 1, "纸质", "中介机构出具", "非必要", "新建场所提供", None],
]


def word_pairs(path: Path) -> None:
    """Two label/value pairs per row; 办理时间 merged down two rows with a value on each; a bold
    materials header with 序号."""
    document = docx.Document()
    document.add_heading("公共场所卫生许可（新办）办事指南", 1)
    rows = [
        ["事项名称", "公共场所卫生许可（新办）", "事项类型", "行政许可"],
        ["实施编码", HEALTH_CODE, "行政区划", "浙江省宁波市余姚市"],
        ["实施主体", "余姚市卫生健康局", "委托代办", "可以"],
        ["法定办结时限", "20个工作日", "承诺办结时限", "5个工作日"],
        ["办理方式", "窗口办理、网上办理", "到现场次数", "1次"],
        ["是否收费", "否", "咨询电话", "0574-62651234"],
        ["设定依据", LAW, None, None],
        ["受理条件", "1.已取得营业执照\n2.经营场所符合卫生要求", None, None],
        ["办理地点", "余姚市阳明西路1号市民服务中心2楼", None, None],
        ["办理时间", "夏令时（5月1日—9月30日）：8:30-12:00，14:00-17:30", None, None],
        [None, "冬令时（10月1日—4月30日）：8:30-12:00，13:30-17:00", None, None],
        ["监督投诉方式", "12345", None, None],
    ]
    table = _table(document, rows)
    for number in range(6, len(rows)):
        table.cell(number, 1).merge(table.cell(number, 3))
    table.cell(9, 0).merge(table.cell(10, 0))
    document.add_paragraph("申请材料")
    _table(document, WORD_MATERIALS, bold_header=True)
    document.save(path)


def word_sub_labels(path: Path) -> None:
    """A three-column element table: 办理时限, 咨询方式 and 监督投诉方式 merged down their rows, with
    sub-labels in the second column; numbered labels."""
    document = docx.Document()
    rows = [
        ["1.事项名称", "公共场所卫生许可（新办）", None], ["2.实施编码", HEALTH_CODE, None],
        ["3.事项类型", "行政许可", None], ["4.实施主体", "余姚市卫生健康局", None],
        ["5.行政区划", "浙江省宁波市余姚市", None], ["6.设定依据", LAW, None],
        ["7.受理条件", "（一）已取得营业执照；（二）经营场所符合卫生要求", None],
        ["8.办理方式", "窗口办理、网上办理", None], ["9.到现场次数", "1", None], ["10.委托代办", "可以", None],
        ["11.办理时限", "法定办结时限", "20个工作日"], [None, "承诺办结时限", "5个工作日"],
        ["12.是否收费", "否", None], ["13.办理地点", "余姚市阳明西路1号市民服务中心2楼", None],
        ["14.办理时间", "工作日8:30-12:00，14:00-17:30", None],
        ["15.咨询方式", "咨询电话", "0574-62651234"], [None, "咨询地址", "余姚市阳明西路1号2楼3号窗口"],
        ["16.监督投诉方式", "投诉电话", "12345"], [None, "投诉邮箱", "yyws@yy.gov.cn"],
    ]  # fmt: skip
    table = _table(document, rows)
    for number, row in enumerate(rows):
        if row[2] is None:
            table.cell(number, 1).merge(table.cell(number, 2))
    for top in (10, 15, 17):
        table.cell(top, 0).merge(table.cell(top + 1, 0))
    _table(document, WORD_MATERIALS)
    document.save(path)


def word_paragraphs(path: Path) -> None:
    """The guide as numbered headings with their values in the paragraphs below."""
    document = docx.Document()
    document.add_heading("城乡居民基本养老保险参保登记办事指南", 1)
    paragraphs = [
        "一、事项名称", "城乡居民基本养老保险参保登记", "二、实施编码", PENSION_CODE, "三、事项类型", "公共服务",
        "四、实施主体", "余姚市社会保险管理中心", "五、行政区划", "浙江省宁波市余姚市",
        "六、设定依据", "1.《中华人民共和国社会保险法》第二十条",
        "2.《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）",
        "七、受理条件", "（一）年满16周岁（不含在校学生）；",
        "（二）非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民。",
        "八、申请材料", "申请材料见下表：",
    ]  # fmt: skip
    for text in paragraphs:
        document.add_paragraph(text)
    _table(document, [
        ["序号", "材料名称", "材料类型", "份数", "材料形式", "来源渠道", "是否必要"],
        [1, "城乡居民基本养老保险参保登记表", "原件", 1, "纸质", "申请人自备", "必要"],
        [2, "居民身份证", "原件", 1, "纸质", "政府部门核发", "必要"],
    ], bold_header=True)  # fmt: skip
    for text in (
        "九、办理方式", "窗口办理、网上办理", "十、到现场次数", "0次", "十一、委托代办", "可以",
        "十二、办理时限", "（一）法定办结时限", "20个工作日", "（二）承诺办结时限", "即时办结",
        "十三、办理流程", "1.申请：申请人向社区（村）服务窗口提出申请；", "2.受理：窗口工作人员当场审核；",
        "十四、是否收费", "不收费", "十五、办理地点", "余姚市社会保险管理中心（余姚市新建路58号）",
        "十六、办理时间", "周一至周五", "上午8:30-12:00，下午14:00-17:30（法定节假日除外）",
        "十七、咨询电话", "0574-62711234", "十八、监督投诉电话", "12345",
    ):  # fmt: skip
        document.add_paragraph(text)
    document.save(path)


def one_time_notice(path: Path) -> None:
    """一次性告知单: labelled paragraphs, a materials table whose 份数 column says 原件 or 复印件."""
    document = docx.Document()
    document.add_heading("一次性告知单", 1)
    for text in ("事项名称：户外广告设施设置许可", "实施编码：11330281MB1C98765X4000117010", "事项类型：行政许可",
                 "实施主体：余姚市综合行政执法局", "行政区划：浙江省宁波市余姚市",
                 "您好！您申请办理的事项需提交以下材料："):  # fmt: skip
        document.add_paragraph(text)
    _table(document, [
        ["序号", "材料名称", "份数", "备注"],
        [1, "户外广告设施设置申请表", "原件1份", None],
        [2, "营业执照", "复印件1份", "核对原件"],
        [3, "设计效果图", "原件2份", "需标明尺寸、材质"],
        [4, "场地使用权证明", "原件和复印件各1份", None],
    ])  # fmt: skip
    for text in ("承诺办结时限：7个工作日", "咨询电话：0574-62711234", "告知人：＿＿＿＿  告知日期：    年  月  日"):
        document.add_paragraph(text)
    document.save(path)


def content_table(path: Path) -> None:
    """政务服务事项内容信息表: one table; the materials inside it under a 申请材料 label merged down
    their rows; element rows go on below them."""
    document = docx.Document()
    document.add_paragraph("政务服务事项内容信息表")
    head = [
        ["事项名称", "公共场所卫生许可（新办）"], ["实施编码", HEALTH_CODE], ["事项类型", "行政许可"],
        ["实施主体", "余姚市卫生健康局"], ["行政区划", "浙江省宁波市余姚市"], ["设定依据", LAW],
        ["受理条件", "1.已取得营业执照\n2.经营场所符合卫生要求"],
    ]  # fmt: skip
    materials = [["申请材料", *row[:7]] for row in WORD_MATERIALS]
    tail = [
        ["办理方式", "窗口办理、网上办理"], ["到现场次数", "1"], ["委托代办", "可以"], ["法定办结时限", "20个工作日"],
        ["承诺办结时限", "5个工作日"], ["是否收费", "否"], ["办理地点", "余姚市阳明西路1号市民服务中心2楼"],
        ["办理时间", "工作日8:30-12:00，14:00-17:30"], ["咨询方式", "0574-62651234"], ["监督投诉方式", "12345"],
    ]  # fmt: skip
    rows = [*head, *materials, *tail]
    table = _table(document, [row + [None] * (8 - len(row)) for row in rows])
    for number, row in enumerate(rows):
        if len(row) == 2:
            table.cell(number, 1).merge(table.cell(number, 7))
    first = len(head)
    table.cell(first, 0).merge(table.cell(first + len(materials) - 1, 0))
    document.save(path)


HEALTH = _base("公共场所卫生许可（新办）", HEALTH_CODE, 申请材料=HEALTH_MATERIALS)
PENSION = _base(
    "城乡居民基本养老保险参保登记", PENSION_CODE, 事项类型="公共服务", 实施主体="余姚市社会保险管理中心",
    设定依据=["《中华人民共和国社会保险法》第二十条", "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）"],
    受理条件=["年满16周岁（不含在校学生）", "非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民。"],
    申请材料=[_material("城乡居民基本养老保险参保登记表", 1, 0), _material("居民身份证", 1, 0, 来源渠道="政府部门核发")],
    到现场次数=0, 承诺办结时限={"时限": 0, "单位": "工作日"}, 办理地点="余姚市社会保险管理中心（余姚市新建路58号）",
    办理时间="周一至周五\n上午8:30-12:00，下午14:00-17:30（法定节假日除外）", 咨询方式=["0574-62711234"],
)  # fmt: skip
NOTICE = {
    "事项名称": "户外广告设施设置许可", "实施编码": "11330281MB1C98765X4000117010", "事项类型": "行政许可",
    "实施主体": "余姚市综合行政执法局", "行政区划": "浙江省宁波市余姚市",
    "申请材料": [
        {"材料名称": "户外广告设施设置申请表", "原件份数": 1, "复印件份数": 0},
        {"材料名称": "营业执照", "原件份数": 0, "复印件份数": 1},
        {"材料名称": "设计效果图", "原件份数": 2, "复印件份数": 0},
        {"材料名称": "场地使用权证明", "原件份数": 1, "复印件份数": 1},
    ],
    "承诺办结时限": {"时限": 7, "单位": "工作日"}, "咨询方式": ["0574-62711234"],
}  # fmt: skip
NOTICE_LACKS = {"设定依据", "受理条件", "办理方式", "到现场次数", "委托代办", "法定办结时限", "是否收费", "办理地点",
                "办理时间", "监督投诉方式", "载体", "来源渠道", "必要性"}  # fmt: skip
_SUB_ROWS = [
    HEALTH_MATERIALS[0],
    _material("营业执照", 1, 2, 来源渠道="政府部门核发", 受理标准=["核对原件", "复印件加盖公章"]),
    _material("卫生检测报告", 1, 0, 来源渠道="中介机构出具", 必要性="非必要"),  # the sheet has no 适用情形
]

# file → (builder, expected guide, keys the source lacks, comments the guide must keep)
UNSEEN: dict[str, tuple[Callable[[Path], None], dict[str, Any], set[str], list[str]]] = {
    "实施清单标题行.xlsx": (platform_with_titles, HEALTH, set(), []),
    "两行表头.xlsx": (two_row_header, HEALTH | {"申请材料": [
        HEALTH_MATERIALS[0] | {"受理标准": None}, HEALTH_MATERIALS[1],
        {k: v for k, v in HEALTH_MATERIALS[2].items() if k != "适用情形"}]}, set(),
        ["# 原表「备注」：可通过数据共享获取", "# 原表「备注」：新建场所提供"]),
    "材料分行.xlsx": (material_sub_rows, HEALTH | {"申请材料": _SUB_ROWS}, set(), []),
    "表头写法.xlsx": (header_spellings, HEALTH, set(), []),
    "数值与日期.xlsx": (numbers_and_dates, HEALTH | {"基本编码": "330281000117", "咨询方式": ["62651234"],
                                                 "更新日期": "2026-11-03"}, set(), []),
    "多工作表.xlsx": (hidden_and_notes, HEALTH, set(), []),
    "指南表单.xlsx": (form_sheet, HEALTH, set(), []),
    "要素表两列.docx": (word_pairs, HEALTH | {
        "办理时间": "夏令时（5月1日—9月30日）：8:30-12:00，14:00-17:30\n冬令时（10月1日—4月30日）：8:30-12:00，13:30-17:00"},
        set(), []),
    "要素表分项.docx": (word_sub_labels, HEALTH | {
        "咨询方式": ["0574-62651234", "咨询地址：余姚市阳明西路1号2楼3号窗口"],
        "监督投诉方式": ["12345", "投诉邮箱：yyws@yy.gov.cn"]}, set(), []),
    "段落式指南.docx": (word_paragraphs, PENSION, set(),
                   ["# 原表「办理流程」：1.申请：申请人向社区（村）服务窗口提出申请；"]),
    "一次性告知单.docx": (one_time_notice, NOTICE, NOTICE_LACKS, ["# 原表「备注」：核对原件"]),
    "内容信息表.docx": (content_table, HEALTH | {"申请材料": [
        {k: v for k, v in m.items() if k not in ("适用情形", "受理标准")} for m in HEALTH_MATERIALS]},
        set(), []),
}  # fmt: skip


def _clean(guide: dict[str, Any]) -> dict[str, Any]:
    """The expected guide without the entries marked None."""
    materials = [{k: v for k, v in m.items() if v is not None} for m in guide.get("申请材料", [])]
    return {k: v for k, v in ({**guide, "申请材料": materials}).items() if v is not None}


def differences(expected: Any, actual: Any, where: str = "") -> list[str]:
    """Every value that differs, is missing or is extra, by its path."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        found = []
        for key in dict.fromkeys([*expected, *actual]):
            found += differences(expected.get(key), actual.get(key), f"{where}.{key}")
        return found
    if isinstance(expected, list) and isinstance(actual, list) and expected and isinstance(expected[0], dict):
        found = [f"{where}: {len(actual)} entries, expected {len(expected)}"] if len(expected) != len(actual) else []
        for number, (one, other) in enumerate(zip(expected, actual, strict=False)):
            found += differences(one, other, f"{where}[{number}]")
        return found
    return [] if expected == actual else [f"{where}: {actual!r}, expected {expected!r}"]


def _import(tmp_path: Path, name: str) -> tuple[Any, Path]:
    source = tmp_path / name
    UNSEEN[name][0](source)
    out = tmp_path / "out"
    return CliRunner().invoke(cli, ["import", "guide", str(source), "-o", str(out)]), out


@pytest.mark.parametrize("name", list(UNSEEN))
def test_every_unseen_file_is_imported_as_its_source_says(tmp_path, name):
    result, out = _import(tmp_path, name)
    assert result.exit_code == 0, result.output
    (written,) = out.rglob("guide.yaml")
    expected = _clean(UNSEEN[name][1])
    if not expected["申请材料"]:
        del expected["申请材料"]
    assert differences(expected, yaml.safe_load(written.read_text(encoding="utf-8"))) == []
    text = written.read_text(encoding="utf-8")
    for comment in UNSEEN[name][3]:
        assert comment in text


@pytest.mark.parametrize("name", list(UNSEEN))
def test_unseen_files_go_into_check_with_schema_findings_only_for_what_they_lack(tmp_path, name):
    result, out = _import(tmp_path, name)
    assert result.exit_code == 0, result.output
    check = guidelint("check", "--no-cache", "--format", "json", str(out))
    findings = json.loads(check.stdout)["findings"]
    assert "parse-error" not in {f["rule"] for f in findings}
    assert _missing_keys(findings) == set(UNSEEN[name][2])
    assert all(f["message"].startswith("缺少") for f in findings if f["rule"] == "schema-invalid")


def _missing_keys(findings: list[dict]) -> set[str]:
    """The keys that schema-invalid says are missing (one finding names all those of a mapping)."""
    return {
        key
        for f in findings
        if f["rule"] == "schema-invalid" and f["message"].startswith("缺少")
        for key in re.findall(r"「([^」]+)」", f["message"])
    }


# --- the rules behind those fixes, and the look-alikes they must leave alone ----------------------

NAMES = synonyms.load()


def test_section_ends_at_the_next_heading_of_its_family_or_above():
    paragraphs = [
        "某事项办事指南", "一、受理条件", "（一）年满16周岁；", "（二）本市户籍。", "1.居民身份证", "二、办理时间",
        "周一至周五", "三、办理流程", "1.申请：向窗口提出申请；", "2.审核：当场审核", "四、承诺办结时限", "即办",
    ]  # fmt: skip
    assert sections.rows(paragraphs, NAMES) == [
        ["某事项办事指南"], ["受理条件", "（一）年满16周岁；\n（二）本市户籍。\n1.居民身份证"], [], [], [],
        ["办理时间", "周一至周五"], [], ["办理流程", "1.申请：向窗口提出申请；\n2.审核：当场审核"], [], [],
        ["承诺办结时限", "即办"], [],
    ]  # fmt: skip


def test_sub_headings_under_an_unknown_heading_and_labelled_lines():
    paragraphs = [
        "一、基本信息", "（一）事项名称", "结婚登记", "（二）受理条件", "1.男女双方自愿；", "2.达到法定婚龄。",
        "承诺办结时限：即时办结", "二、申请材料", "见下表", "注：请提前预约",
    ]  # fmt: skip
    assert sections.rows(paragraphs, NAMES) == [
        ["一、基本信息"], ["事项名称", "结婚登记"], [], ["受理条件", "1.男女双方自愿；\n2.达到法定婚龄。"], [], [],
        ["承诺办结时限", "即时办结"], ["申请材料", "见下表\n注：请提前预约"], [], [],
    ]  # fmt: skip
    # "注：请提前预约" belongs to the 申请材料 section above: only a known label ends a section


def test_numbered_text_that_is_no_heading_stays_a_paragraph():
    paragraphs = ["1.本指南自2026年1月1日起施行", "2.解释权归本局"]
    assert sections.rows(paragraphs, NAMES) == [[paragraphs[0]], [paragraphs[1]]]


@pytest.mark.parametrize(
    ("label", "key", "unit"),
    [
        ("*事项名称", "事项名称", None), ("事项名称（全称）", "事项名称", None), ("承诺时限（工作日）", "承诺办结时限", "工作日"),
        ("法定时限(自然日)", "法定办结时限", "自然日"), ("办理时限（天）", "承诺办结时限", "自然日"),
        ("三、承诺办结时限（工作日）：", "承诺办结时限", "工作日"), ("行政区划（省/市/区）", "行政区划", None),
    ],
)  # fmt: skip
def test_required_marks_and_notes_in_brackets(label, key, unit):
    assert NAMES.element(label) == key and synonyms.unit_of(label) == unit


def test_brackets_are_dropped_only_when_the_label_is_otherwise_unknown():
    assert NAMES.material("是否必要（必要/非必要）") == "必要性" and NAMES.material("份数（份）") == "份数"
    assert NAMES.element("份数（份）") is None and NAMES.element("居民身份证（原件）") is None
    assert synonyms.unit_of("份数（份）") is None and synonyms.unit_of("办理时限") is None


def test_a_bare_number_needs_a_unit_from_its_header(tmp_path):
    book = Workbook()
    book.active.append(["事项名称", "实施编码", "行政区划", "办理时限"])
    book.active.append(["某事项", "C1", "北京市", 20])
    source = tmp_path / "无单位.xlsx"
    book.save(source)
    result = CliRunner().invoke(cli, ["import", "guide", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "D2: 承诺办结时限应写成“20个工作日”“30日”或“即时办结”，实际是「20」" in result.output


def _materials_sheet(path: Path, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["事项名称", "实施编码", "行政区划", "材料名称", "材料类型", "份数", "材料形式", "受理标准"])
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(path)


def _imported(tmp_path: Path, name: str) -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["import", "guide", str(tmp_path / name), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    (written,) = (tmp_path / "out").rglob("guide.yaml")
    return yaml.safe_load(written.read_text(encoding="utf-8"))


def test_two_rows_of_one_name_that_is_not_merged_are_two_materials(tmp_path):
    rows = [
        ["某事项", "C1", "北京市", "居民身份证", "原件", 1, "纸质", "申请人的"],
        [None, None, None, "居民身份证", "原件", 1, "纸质", "受托人的"],
    ]  # fmt: skip
    _materials_sheet(tmp_path / "两行.xlsx", rows)
    data = _imported(tmp_path, "两行.xlsx")
    assert [(m["材料名称"], m["受理标准"]) for m in data["申请材料"]] == [("居民身份证", "申请人的"), ("居民身份证", "受托人的")]


def test_a_merged_name_over_two_rows_adds_the_counts(tmp_path):
    rows = [
        ["某事项", "C1", "北京市", "营业执照", "原件", 1, "纸质", "核对原件"],
        [None, None, None, None, "复印件", 2, None, None],
        [None, None, None, "居民身份证", "原件和复印件各1份", None, "纸质", None],
    ]  # fmt: skip
    _materials_sheet(tmp_path / "合并.xlsx", rows, ("A2:A4", "B2:B4", "C2:C4", "D2:D3", "G2:G3", "H2:H3"))
    data = _imported(tmp_path, "合并.xlsx")
    assert data["申请材料"] == [
        {"材料名称": "营业执照", "原件份数": 1, "复印件份数": 2, "载体": "纸质", "受理标准": "核对原件"},
        {"材料名称": "居民身份证", "原件份数": 1, "复印件份数": 1, "载体": "纸质"},
    ]  # fmt: skip


def test_a_bad_count_on_a_further_row_is_named_at_its_cell(tmp_path):
    rows = [["某事项", "C1", "北京市", "营业执照", "原件", 1, "纸质", None], [None, None, None, None, "复印件", "两份", None, None]]
    _materials_sheet(tmp_path / "坏.xlsx", rows, ("D2:D3",))
    result = CliRunner().invoke(cli, ["import", "guide", str(tmp_path / "坏.xlsx"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "!Sheet!F3: 份数应为非负整数，实际是「两份」" in result.output


def test_the_same_label_on_rows_that_are_not_merged_keeps_the_first_value():
    document = docx.Document()
    _table(document, [["事项名称", "甲"], ["办理时间", "工作日"], ["办理时间", "周末"]])
    grid = word_guides._grid(document.tables[0], "表1")
    reader = Reader("a.docx", NAMES)
    item = ItemSource("a.docx")
    reader.read(grid, item)
    assert item.elements["办理时间"].value == "工作日"


def test_a_note_sheet_is_skipped_by_name_but_a_sheet_named_otherwise_is_read(tmp_path):
    book = Workbook()
    book.active.title = "说明"
    book.active.append(["事项名称", "填写规范名称"])
    other = book.create_sheet("事项说明")
    for row in (["事项名称", "某事项"], ["实施编码", "C1"], ["行政区划", "北京市"]):
        other.append(row)
    book.save(tmp_path / "说明.xlsx")
    assert _imported(tmp_path, "说明.xlsx")["事项名称"] == "某事项"


def test_an_instructions_row_is_skipped_only_below_a_header(tmp_path):
    book = Workbook()
    for row in (["事项名称", "某事项"], ["实施编码", "C1"], ["行政区划", "北京市"], ["填报说明", "每年更新"]):
        book.active.append(row)
    book.save(tmp_path / "表单.xlsx")
    assert _imported(tmp_path, "表单.xlsx")["实施编码"] == "C1"
    text = next((tmp_path / "out").rglob("guide.yaml")).read_text(encoding="utf-8")
    assert "# 原表「填报说明」：每年更新" in text  # a label row of the item: kept, not skipped


def test_a_count_column_that_names_no_kind_is_still_a_count_error(tmp_path):
    document = docx.Document()
    document.add_paragraph("事项名称：某事项")
    _table(document, [["序号", "材料名称", "份数"], [1, "申请表", "两份"]])
    document.save(tmp_path / "告知单.docx")
    result = CliRunner().invoke(cli, ["import", "guide", str(tmp_path / "告知单.docx"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "表1 第2行: 份数应为非负整数，实际是「两份」" in result.output


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("自受理之日起20个工作日内办结", {"时限": 20, "单位": "工作日"}), ("20个工作日内办结", {"时限": 20, "单位": "工作日"}),
        ("受理后5个工作日", {"时限": 5, "单位": "工作日"}), ("5个工作日。", {"时限": 5, "单位": "工作日"}),
        ("即办。", {"时限": 0, "单位": "工作日"}), ("当场", {"时限": 0, "单位": "工作日"}),
    ],
)  # fmt: skip
def test_time_limits_as_templates_prescribe_them(written, expected):
    assert values.time_limit(NAMES, written, "承诺办结时限") == expected


@pytest.mark.parametrize("written", ["自受理之日起", "20个工作日后", "收到后20", "20个小时"])
def test_time_limits_that_stay_unreadable(written):
    with pytest.raises(values.Unreadable):
        values.time_limit(NAMES, written, "承诺办结时限")


def test_choices_written_as_sentences():
    assert values.allowed(NAMES, "是否收费", "不收费。") == "否" and values.visits("1次。") == 1
    assert values.channels(NAMES, "窗口办理；网上办理。") == ["窗口办理", "网上办理"]
    assert values.allowed(NAMES, "委托代办", "可委托代办") == "可以"
    with pytest.raises(values.Unreadable):
        values.allowed(NAMES, "是否收费", "。")


def test_a_value_with_a_note_in_brackets_is_read_and_the_note_kept(tmp_path):
    document = docx.Document()
    for text in ("事项名称：某事项", "到现场次数：0次（全程网办）", "承诺办结时限：20个工作日（不含公示时间）",
                 "是否收费：否（不收费）", "委托代办：两可（视情况）"):  # fmt: skip
        document.add_paragraph(text)
    _table(document, [["材料名称", "是否必要"], ["居民身份证", "否（委托办理时提供）"]])
    document.save(tmp_path / "注.docx")
    result = CliRunner().invoke(cli, ["import", "guide", str(tmp_path / "注.docx"), "-o", str(tmp_path / "out")])
    assert "正文第5段: 委托代办应为可以、不可以之一，实际是「两可（视情况）」" in result.output  # no value before the note
    assert result.exit_code == 1 and not list((tmp_path / "out").rglob("guide.yaml"))
    document.paragraphs[4].text = "委托代办：可以"
    document.save(tmp_path / "注.docx")
    data = _imported(tmp_path, "注.docx")
    assert data["到现场次数"] == 0 and data["承诺办结时限"] == {"时限": 20, "单位": "工作日"} and data["是否收费"] == "否"
    assert data["申请材料"] == [{"材料名称": "居民身份证", "必要性": "非必要"}]
    text = next((tmp_path / "out").rglob("guide.yaml")).read_text(encoding="utf-8")
    assert "# 原表「承诺办结时限」：20个工作日（不含公示时间）\n" in text and "# 原表「到现场次数」：0次（全程网办）\n" in text
    assert "  # 原表「必要性」：否（委托办理时提供）\n  - 材料名称: 居民身份证" in text


def test_a_two_row_header_whose_group_cells_are_not_merged_down(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["事项名称", "实施编码", "行政区划", "办理时限", None, "材料名称", "份数", None])
    sheet.append([None, None, None, "法定时限", "承诺时限（工作日）", None, "原件", "复印件"])
    sheet.merge_cells("D1:E1")
    sheet.merge_cells("G1:H1")
    sheet.append(["甲事项", "C1", "北京市", "20个工作日", 5, "居民身份证", 1, 2])
    book.save(tmp_path / "两行.xlsx")
    data = _imported(tmp_path, "两行.xlsx")
    assert data["法定办结时限"] == {"时限": 20, "单位": "工作日"} and data["承诺办结时限"] == {"时限": 5, "单位": "工作日"}
    assert data["申请材料"] == [{"材料名称": "居民身份证", "原件份数": 1, "复印件份数": 2}]


def test_headings_numbered_or_styled_by_word_itself(tmp_path):
    """Word's heading styles and automatic numbering show no number in the text."""
    document = docx.Document()
    document.add_heading("城乡居民基本养老保险参保登记办事指南", 1)
    sections_of = [
        ("事项名称", ["城乡居民基本养老保险参保登记"]), ("实施编码", [PENSION_CODE]), ("行政区划", ["浙江省宁波市余姚市"]),
        ("受理条件", ["年满16周岁", "非国家机关和事业单位工作人员"]), ("办理流程", ["受理", "审核"]),
        ("承诺办结时限", ["即办"]),
    ]  # fmt: skip
    for label, paragraphs in sections_of:
        document.add_heading(label, 2)
        for text in paragraphs:
            document.add_paragraph(text, style="List Number" if len(paragraphs) > 1 else None)
    document.save(tmp_path / "样式.docx")
    data = _imported(tmp_path, "样式.docx")
    assert data["受理条件"] == ["年满16周岁", "非国家机关和事业单位工作人员"]
    assert data["承诺办结时限"] == {"时限": 0, "单位": "工作日"} and data["实施编码"] == PENSION_CODE
    text = next((tmp_path / "out").rglob("guide.yaml")).read_text(encoding="utf-8")
    assert "# 原表「办理流程」：受理\n#   审核\n" in text


def test_body_text_that_names_an_element_is_no_heading_without_number_or_style():
    paragraphs = ["受理条件", "年满16周岁"]
    assert sections.rows(paragraphs, NAMES, [None, None]) == [["受理条件"], ["年满16周岁"]]


def test_labels_and_values_in_one_cell_and_the_cells_beside_a_pair(tmp_path):
    document = docx.Document()
    _table(document, [
        ["事项名称：户外广告设施设置许可", "事项类型：行政许可"],
        ["行政区划：浙江省宁波市余姚市", "承诺办结时限：7个工作日"],
        ["实施编码", "C7", "备注", "节假日不受理"],
        ["告知人：张三", None],
    ])  # fmt: skip
    document.save(tmp_path / "告知单表.docx")
    data = _imported(tmp_path, "告知单表.docx")
    assert data == {"事项名称": "户外广告设施设置许可", "实施编码": "C7", "事项类型": "行政许可",
                    "行政区划": "浙江省宁波市余姚市", "承诺办结时限": {"时限": 7, "单位": "工作日"}}  # fmt: skip
    text = next((tmp_path / "out").rglob("guide.yaml")).read_text(encoding="utf-8")
    assert "# 原表「备注」：节假日不受理\n" in text and "# 原表：告知人：张三\n" in text


def test_an_exporter_s_x000d_is_a_line_break_and_other_text_is_kept(tmp_path):
    book = Workbook()
    book.active.append(["事项名称", "实施编码", "行政区划", "受理条件", "办理时间"])
    book.active.append(["甲", "C1", "北京市", "1.已取得营业执照\r\n2.经营场所_x000D_\n符合要求", "周一至周五\r\n9:00-17:00"])
    book.save(tmp_path / "换行.xlsx")
    data = _imported(tmp_path, "换行.xlsx")
    assert data["受理条件"] == ["已取得营业执照", "经营场所\n符合要求"] and data["办理时间"] == "周一至周五\r\n9:00-17:00"


def test_a_guide_page_as_the_guizhou_platform_prints_it(tmp_path):
    """贵州省网上办事大厅 (m.chaojilvshi.com wenzhang8d19ce6f…): "一、办理费用 / 不涉及收费 /
    二、办理时限 / 10个工作日 / 三、办理流程 / … / 四、法律依据"."""
    document = docx.Document()
    for text in ("事项名称：建设工程消防验收备案", "一、办理费用", "不涉及收费", "二、办理时限", "10个工作日", "三、办理流程",
                 "审查", "受理", "本事项为原件预审事项，若您通过网上申请，最多到现场2次即可办结，承诺时限10个工作日",
                 "四、法律依据", "《建设工程消防设计审查验收管理暂行规定》第三十四条", "五、办理材料", "见附表"):  # fmt: skip
        document.add_paragraph(text)
    document.save(tmp_path / "贵州.docx")
    data = _imported(tmp_path, "贵州.docx")
    assert data["是否收费"] == "否" and data["承诺办结时限"] == {"时限": 10, "单位": "工作日"}
    assert data["设定依据"] == ["《建设工程消防设计审查验收管理暂行规定》第三十四条"]
    text = next((tmp_path / "out").rglob("guide.yaml")).read_text(encoding="utf-8")
    assert "# 原表「办理流程」：审查\n#   受理\n#   本事项为原件预审事项" in text and "# 原表「办理材料」：见附表" in text


@pytest.mark.parametrize(
    ("written", "expected"),
    [(46310, "2026-10-15"), (46310.0, "2026-10-15"), ("20261015", "2026-10-15"), (20261015, "2026-10-15")],
)
def test_update_dates_as_day_numbers_and_eight_digits(written, expected):
    assert values.update_date(written) == expected


@pytest.mark.parametrize("written", [12345, 99999, "2026101", "20261315", True])
def test_numbers_that_are_no_update_date(written):
    with pytest.raises(values.Unreadable):
        values.update_date(written)


def test_items_one_below_the_other_on_one_sheet(tmp_path):
    book = Workbook()
    for name, code in (("甲事项", "C1"), ("乙事项", "C2")):
        for row in (["事项名称", name], ["实施编码", code], ["行政区划", "北京市"], ["材料名称", "材料类型", "份数"],
                    [f"{name}申请表", "原件", 1], []):  # fmt: skip
            book.active.append(row)
    book.active.append(["备注", "两项同一窗口受理"])
    book.save(tmp_path / "上下.xlsx")
    result = CliRunner().invoke(cli, ["import", "guide", str(tmp_path / "上下.xlsx"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    first = yaml.safe_load((tmp_path / "out" / "北京市" / "甲事项" / "guide.yaml").read_text(encoding="utf-8"))
    second = (tmp_path / "out" / "北京市" / "乙事项" / "guide.yaml").read_text(encoding="utf-8")
    assert first["实施编码"] == "C1" and [m["材料名称"] for m in first["申请材料"]] == ["甲事项申请表"]
    assert yaml.safe_load(second)["申请材料"][0]["材料名称"] == "乙事项申请表" and "两项同一窗口受理" in second


def test_the_same_name_again_or_a_name_merged_down_is_no_new_item():
    rows = [["事项名称", "甲事项"], ["事项名称", "甲事项"], ["实施编码", "C1"]]
    reader = Reader("a.xlsx", NAMES)
    reader.read(Grid("Sheet1", rows))
    (item,) = reader.finish()[0]
    assert item.elements["实施编码"].value == "C1"


def test_a_layout_table_of_one_text_per_row_reads_like_paragraphs(tmp_path):
    document = docx.Document()
    _table(document, [[text] for text in (
        "一、事项名称", "城乡居民基本养老保险参保登记", "二、实施编码", PENSION_CODE, "三、受理条件", "（一）年满16周岁；",
        "（二）本地户籍。", "四、办理时间", "周一至周五", "五、办理流程", "窗口受理后当场审核",
    )])  # fmt: skip
    document.save(tmp_path / "单列表.docx")
    data = _imported(tmp_path, "单列表.docx")
    assert data == {"事项名称": "城乡居民基本养老保险参保登记", "实施编码": PENSION_CODE,
                    "受理条件": ["年满16周岁", "本地户籍。"], "办理时间": "周一至周五"}  # fmt: skip
    text = next((tmp_path / "out").rglob("guide.yaml")).read_text(encoding="utf-8")
    assert "# 原表「办理流程」：窗口受理后当场审核\n" in text


def test_a_cell_that_lists_the_materials_gives_their_names(tmp_path):
    document = docx.Document()
    _table(document, [
        ["事项名称", "结婚登记"], ["行政区划", "北京市西城区"],
        ["八、申请材料", "1.居民户口簿原件；\n2.居民身份证原件；\n3.本人近期2寸半身免冠合影相片3张"],
    ])  # fmt: skip
    document.save(tmp_path / "列出.docx")
    data = _imported(tmp_path, "列出.docx")
    assert data["申请材料"] == [{"材料名称": "居民户口簿原件"}, {"材料名称": "居民身份证原件"},
                            {"材料名称": "本人近期2寸半身免冠合影相片3张"}]  # fmt: skip
    check = guidelint("check", "--no-cache", "--format", "json", str(tmp_path / "out"))
    missing = _missing_keys(json.loads(check.stdout)["findings"])
    assert "载体" in missing and "申请材料" not in missing


def test_one_line_under_materials_is_no_material_and_a_materials_table_wins(tmp_path):
    document = docx.Document()
    _table(document, [["事项名称", "结婚登记"], ["申请材料", "见附表"]])
    document.save(tmp_path / "见附表.docx")
    data = _imported(tmp_path, "见附表.docx")
    assert "申请材料" not in data
    text = next((tmp_path / "out").rglob("guide.yaml")).read_text(encoding="utf-8")
    assert "# 原表「申请材料」：见附表\n" in text
    document = docx.Document()
    _table(document, [["事项名称", "结婚登记"], ["申请材料", "1.居民身份证\n2.户口簿"]])
    _table(document, [["材料名称", "材料类型"], ["居民身份证", "原件"]])
    document.save(tmp_path / "两处.docx")
    result = CliRunner().invoke(cli, ["import", "guide", str(tmp_path / "两处.docx"), "-o", str(tmp_path / "out2")])
    written = next((tmp_path / "out2").rglob("guide.yaml")).read_text(encoding="utf-8")
    assert result.exit_code == 0 and yaml.safe_load(written)["申请材料"] == [
        {"材料名称": "居民身份证", "原件份数": 1, "复印件份数": 0}
    ]
    assert "# 原表「申请材料」：1.居民身份证\n#   2.户口簿\n" in written


_NUMBERS = ["一、", "二、", "（一）", "（二）", "1.", "2.", "①", ""]
_TEXTS = ["事项名称", "受理条件", "办理流程", "年满16周岁", "承诺办结时限：5个工作日", "申请：向窗口提出", "窗口办理", ""]
_PARAGRAPH_PARTS = st.tuples(st.sampled_from(_NUMBERS), st.sampled_from(_TEXTS)).map("".join)


@settings(max_examples=200, deadline=None)
@given(paragraphs=st.lists(_PARAGRAPH_PARTS, max_size=12), styled=st.lists(st.booleans(), min_size=12, max_size=12))
def test_no_paragraph_is_lost_by_the_sections(paragraphs, styled):
    outline = ["Heading 2" if flag else None for flag in styled[: len(paragraphs)]]
    rows = sections.rows(paragraphs, NAMES, outline)
    assert len(rows) == len(paragraphs)
    written = "\n".join("\n".join(row) for row in rows)
    for paragraph in paragraphs:
        numbered = sections._numbered(paragraph.strip())
        rest = numbered[1] if numbered else paragraph.strip()
        assert rest.split("：")[-1] in written
