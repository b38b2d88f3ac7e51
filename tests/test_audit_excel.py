"""Excel out (audit --xlsx) and in (import checklist): workbooks that open, sheets that round-trip."""

from __future__ import annotations

import json

import pytest
import yaml
from audit_corpus import RULES, guidelint, make_corpus
from openpyxl import Workbook, load_workbook

from checker.audit import excel_export, excel_import
from checker.audit.summary import Item, Summary
from checker.findings import Finding
from checker.report import Report, RuleInfo


def test_audit_writes_a_workbook_with_a_filtered_findings_sheet_and_totals(tmp_path):
    corpus = make_corpus(tmp_path / "guides")
    out = tmp_path / "问题.xlsx"
    result = guidelint("audit", str(corpus), "--select", RULES, "--xlsx", str(out))
    assert result.returncode == 1, result.stderr
    book = load_workbook(out)
    assert book.sheetnames == ["问题清单", "汇总"]
    sheet = book["问题清单"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == excel_export.FINDINGS_HEADER
    assert rows[0][:12] == (
        "区", "事项", "实施主体", "实施编码", "文件", "行", "级别", "规则", "标题", "说明", "原文", "修改建议",
    )  # fmt: skip
    assert rows[0][12:16] == ("可能办不成事", "整改状态", "责任人", "完成时限")
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:Q4"
    by_rule = {row[7]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    row = by_rule["time-limit-inconsistent"]
    assert (row["区"], row["事项"], row["实施主体"], row["实施编码"], row["行"], row["级别"], row["标题"]) == (
        "北京市石景山区", "北京市工作居住证办理", "北京市石景山区人力资源和社会保障局", "S001", 36, "错误",
        "办结时限矛盾",
    )  # fmt: skip
    assert row["文件"].endswith("工作居住证/guide.yaml") and "承诺办结时限" in row["说明"]
    assert row["原文"] == "时限: 30" and row["修改建议"] == "承诺时限只能短于或等于法定时限，请核对时限和单位"
    assert row["可能办不成事"] is None and row["整改状态"] is None and len(row["问题标识"]) == 16
    assert by_rule["missing-counterpart"]["实施编码"] == "S999"  # a checklist without a guide keeps its code
    assert rows[1][7] == "time-limit-inconsistent"  # worst item first
    [validation] = sheet.data_validations.dataValidation
    assert validation.type == "list" and validation.formula1 == '"未整改,整改中,已整改,不予整改"'
    assert str(validation.sqref) == "N2:N4"
    totals = list(book["汇总"].iter_rows(values_only=True))
    assert totals[0][:6] == ("行政区划", "事项数", "错误", "警告", "提示", "合计")
    assert totals[0][7:] == ("实施主体", "事项数", "错误", "警告", "提示", "合计")  # beside it
    districts = [row[:6] for row in totals]
    assert ("北京市石景山区", 2, 1, 0, 1, 2) in districts and ("合计", 3, 1, 1, 1, 3) in districts
    bodies = [row[7:] for row in totals]
    assert ("北京市石景山区人力资源和社会保障局", 1, 1, 0, 0, 1) in bodies
    assert ("北京市西城区民政局", 1, 0, 1, 0, 1) in bodies
    assert ("fee-incomplete", "收费信息不完整", 0, 1, 0, 1) in districts


def _exported(tmp_path):
    """The sample corpus and the 问题清单 that audit --xlsx writes for it, opened for editing."""
    corpus = make_corpus(tmp_path / "guides")
    out = tmp_path / "问题.xlsx"
    guidelint("audit", str(corpus), "--select", RULES, "--xlsx", str(out))
    book = load_workbook(out)
    return corpus, out, book, book["问题清单"]


def test_a_returned_sheet_shows_what_is_marked_done_but_still_found(tmp_path):
    corpus, out, book, sheet = _exported(tmp_path)
    header = [c.value for c in sheet[1]]
    rule, status, owner = (header.index(n) + 1 for n in ("规则", "整改状态", "责任人"))
    rows = {sheet.cell(row=r, column=rule).value: r for r in range(2, sheet.max_row + 1)}
    for name in ("time-limit-inconsistent", "fee-incomplete"):  # the office says both are done
        sheet.cell(row=rows[name], column=status).value = "已整改"
    sheet.cell(row=rows["fee-incomplete"], column=owner).value = "张三"
    sheet.cell(row=rows["missing-counterpart"], column=status).value = "整改中"
    sheet.move_range(f"A1:Q{sheet.max_row}", rows=2)  # a title above the table: found by name
    sheet["A1"] = "西城区、石景山区整改台账"
    book.save(out)
    guide = corpus / "石景山区/工作居住证/guide.yaml"  # fixed
    guide.write_text(guide.read_text(encoding="utf-8").replace("时限: 30", "时限: 10"), encoding="utf-8")
    west = corpus / "西城区/结婚登记/guide.yaml"  # not fixed, but its lines shifted
    west.write_text("# 修订说明\n# 第二行\n" + west.read_text(encoding="utf-8"), encoding="utf-8")
    result = guidelint("audit", str(corpus), "--select", RULES, "--xlsx-returned", str(out))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"交回的问题清单 {out}：3 个问题，标为已整改 2 个，其中 1 个本次仍被发现："
    assert (
        len(lines) == 2
        and lines[1].startswith("  问题清单!第")
        and "fee-incomplete（责任人：张三）" in lines[1]
    )


def test_a_returned_sheet_checked_with_other_paths_says_why_nothing_matches(tmp_path):
    corpus, out, book, sheet = _exported(tmp_path)
    status = [c.value for c in sheet[1]].index("整改状态") + 1
    sheet.cell(row=2, column=status).value = "已整改"
    book.save(out)
    same = guidelint("audit", str(corpus), "--select", RULES, "--xlsx-returned", str(out))
    assert "其中 1 个本次仍被发现" in same.stdout and "都不在本次检查的文件中" not in same.stderr
    moved = guidelint("audit", "guides", "--select", RULES, "--xlsx-returned", str(out), cwd=tmp_path)
    assert "其中 0 个本次仍被发现" in moved.stdout
    assert "都不在本次检查的文件中" in moved.stderr and f"「{corpus}" in moved.stderr


def test_a_returned_file_that_is_not_the_sheet_is_explained(tmp_path):
    corpus = make_corpus(tmp_path / "guides")
    other = tmp_path / "other.xlsx"
    book = Workbook()
    book.active.append(["序号", "意见"])
    book.save(other)
    result = guidelint("audit", str(corpus), "--xlsx-returned", str(other))
    assert result.returncode == 2 and "没有「问题标识」和「整改状态」两列" in result.stderr
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    result = guidelint("audit", str(corpus), "--xlsx-returned", str(broken))
    assert result.returncode == 2 and "无法读取交回的问题清单" in result.stderr
    assert "Traceback" not in result.stderr


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    finding = Finding("a/guide.yaml", 3, 1, 3, 2, "fee-incomplete", "warning", '=HYPERLINK("x")\x07')
    item = Item("=1+1", "=cmd|' /C calc'!A0", "西城区", "主体", ["a/guide.yaml"], [finding])
    rules = {"fee-incomplete": RuleInfo("fee-incomplete", "收费信息不完整", "warning", "")}
    out = tmp_path / "x.xlsx"
    excel_export.write_workbook(str(out), Summary([item], 1), Report([finding], 1, rules=rules))
    row = next(load_workbook(out)["问题清单"].iter_rows(min_row=2, values_only=False))
    texts = [c for c in row if isinstance(c.value, str)]
    assert len(texts) == 9 and {c.data_type for c in texts} == {"s"}
    assert row[1].value == "=cmd|' /C calc'!A0" and row[9].value == '=HYPERLINK("x")'
    assert row[11].value is None  # no advice in that message: the cell stays empty


def _sheet(path, rows: list[list], title: str = "收件清单") -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)


WINDOW_SHEET = [
    ["北京市工作居住证办理 窗口收件清单"],
    ["实施编码：S001", None, "窗口", "综合受理窗口3号"],
    ["序号", "审查要点", "材料 名称", "复印件份数", "原件份数"],  # header on row 3, columns reordered
    [1, "1.在有效期内；2.核对本人", "居民身份证", 1, "1份"],
    [2, "合同期限一年以上\n加盖用人单位公章", "劳动合同", 1.0, 1],
    [None, None, None, None, None],
    [3, None, "个人承诺书", 0, "无"],
]


def test_import_finds_the_header_by_name_and_round_trips_to_a_valid_checklist(tmp_path):
    sheet = tmp_path / "清单.xlsx"
    _sheet(sheet, WINDOW_SHEET)
    out = tmp_path / "item" / "checklist.yaml"
    out.parent.mkdir()
    result = guidelint("import", "checklist", str(sheet), "-o", str(out), "--name", "北京市工作居住证办理")
    assert result.returncode == 0, result.stderr
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data == {
        "实施编码": "S001",
        "事项名称": "北京市工作居住证办理",
        "窗口": "综合受理窗口3号",
        "收件材料": [
            {"材料名称": "居民身份证", "原件份数": 1, "复印件份数": 1, "审查要点": ["在有效期内", "核对本人"]},
            {"材料名称": "劳动合同", "原件份数": 1, "复印件份数": 1,
             "审查要点": ["合同期限一年以上", "加盖用人单位公章"]},
            {"材料名称": "个人承诺书", "原件份数": 0, "复印件份数": 0},
        ],
    }  # fmt: skip
    check = guidelint("check", "--format", "json", str(out))
    assert [f["rule"] for f in json.loads(check.stdout)["findings"] if f["rule"] == "schema-invalid"] == []
    assert check.returncode in (0, 1), check.stderr


def test_command_line_fields_win_over_the_sheet_and_a_named_sheet_is_read(tmp_path):
    path = tmp_path / "清单.xlsx"
    book = Workbook()
    book.active.title = "说明"
    sheet = book.create_sheet("材料")
    for row in WINDOW_SHEET:
        sheet.append(row)
    book.save(path)
    read = excel_import.read_checklist(str(path), "材料")
    fields = excel_import.resolve_fields(read, {"code": "S002", "name": "事项", "window": None})
    assert fields == {"code": "S002", "name": "事项", "window": "综合受理窗口3号"}
    with pytest.raises(excel_import.SheetError, match="没有工作表「清单」；现有：说明、材料"):
        excel_import.read_checklist(str(path), "清单")


def test_bad_cells_are_named_by_sheet_row_and_column_and_nothing_is_written(tmp_path):
    sheet = tmp_path / "清单.xlsx"
    rows = [list(r) for r in WINDOW_SHEET]
    rows[3][3] = "两份"  # D4
    rows[4][4] = -1  # E5
    rows[6][2] = None  # C7: a row with counts but no name
    rows.append([4, None, "户口簿", None, 1])  # D8 left blank
    _sheet(sheet, rows)
    out = tmp_path / "checklist.yaml"
    result = guidelint("import", "checklist", str(sheet), "-o", str(out), "--name", "事项")
    assert result.returncode == 2
    assert "收件清单!D4: 复印件份数应为非负整数，实际是「两份」" in result.stderr
    assert "收件清单!E5: 原件份数应为非负整数，实际是「-1」" in result.stderr
    assert "收件清单!C7: 材料名称为空" in result.stderr
    assert "收件清单!D8: 复印件份数应为非负整数，实际是空白" in result.stderr
    assert not out.exists()


def test_missing_header_and_missing_fields_are_explained(tmp_path):
    sheet = tmp_path / "清单.xlsx"
    _sheet(sheet, [["材料", "份数"], ["居民身份证", 1]])
    result = guidelint("import", "checklist", str(sheet), "-o", str(tmp_path / "c.yaml"))
    assert result.returncode == 2 and "前 20 行中没有找到表头" in result.stderr
    _sheet(sheet, [["材料名称", "原件份数", "复印件份数"], ["居民身份证", 1, 1]])
    result = guidelint("import", "checklist", str(sheet), "-o", str(tmp_path / "c.yaml"))
    assert result.returncode == 2
    assert "实施编码（--code）、事项名称（--name）、窗口（--window）" in result.stderr
    _sheet(sheet, [["材料名称", "原件份数"], ["居民身份证", 1]])
    result = guidelint("import", "checklist", str(sheet), "-o", str(tmp_path / "c.yaml"))
    assert result.returncode == 2 and "收件清单!1: 表头缺少列：复印件份数" in result.stderr


def test_an_existing_file_is_overwritten_only_with_force(tmp_path):
    sheet = tmp_path / "清单.xlsx"
    _sheet(sheet, WINDOW_SHEET)
    out = tmp_path / "checklist.yaml"
    out.write_text("# 手工维护的清单\n", encoding="utf-8")
    args = ("import", "checklist", str(sheet), "-o", str(out), "--name", "事项")
    result = guidelint(*args)
    assert result.returncode == 2 and "已存在" in result.stderr and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "# 手工维护的清单\n"
    assert guidelint(*args, "--force").returncode == 0
    assert "居民身份证" in out.read_text(encoding="utf-8")


def test_a_file_that_is_not_a_workbook_is_reported(tmp_path):
    sheet = tmp_path / "清单.xlsx"
    sheet.write_text("材料名称,原件份数\n", encoding="utf-8")
    result = guidelint("import", "checklist", str(sheet), "-o", str(tmp_path / "c.yaml"))
    assert result.returncode == 2 and "不是可读的 Excel 工作簿" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_formula_without_a_computed_value_is_named_not_read_as_empty(tmp_path):
    sheet = tmp_path / "清单.xlsx"
    rows = [list(r) for r in WINDOW_SHEET]
    rows[3][3] = "=1+1"  # D4: openpyxl stores the formula without its result
    _sheet(sheet, rows)
    result = guidelint("import", "checklist", str(sheet), "-o", str(tmp_path / "c.yaml"), "--name", "事项")
    assert result.returncode == 2
    assert "收件清单!D4: 复印件份数应为非负整数，实际是公式 =1+1，文件中没有计算结果" in result.stderr
    assert "打开并保存" in result.stderr and "空白" not in result.stderr


def test_a_huge_number_is_not_taken_for_a_count(tmp_path):
    sheet = tmp_path / "清单.xlsx"
    rows = [list(r) for r in WINDOW_SHEET]
    rows[3][3] = 1e30  # D4
    rows[4][4] = 1000  # E5
    _sheet(sheet, rows)
    result = guidelint("import", "checklist", str(sheet), "-o", str(tmp_path / "c.yaml"), "--name", "事项")
    assert result.returncode == 2
    assert "收件清单!D4: 复印件份数应为非负整数，实际是「1e+30」" in result.stderr
    assert "收件清单!E5: 原件份数应为非负整数，实际是「1000」（大于 999，不像是份数或次数）" in result.stderr


def test_a_merged_review_point_reads_on_every_row_it_spans(tmp_path):
    path = tmp_path / "清单.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "收件清单"
    for row in WINDOW_SHEET[:5]:
        sheet.append(list(row))
    sheet.merge_cells("B4:B5")  # one 审查要点 for both materials
    book.save(path)
    read = excel_import.read_checklist(str(path))
    assert [m["审查要点"] for m in read.materials] == [["在有效期内", "核对本人"]] * 2
