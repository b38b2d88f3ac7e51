"""guidelint import guide: platform exports (.xlsx) and Word guides (.docx) → guide.yaml.

The test files are built here to look like real ones: the 实施清单 export of the provincial
platforms (title and export-date rows above the header, a 序号 column, columns in their own
order, merged 事项名称 and 材料形式 cells on the materials sheet, "5(工作日)" as the Guangdong
platform shows a time limit, "到现场大厅次数" as zwfw.yl.gov.cn labels it), and the 办事指南
template in Word (an element table with label and value pairs along a row, as government CMS
pages lay them out — catkins10/cms punishmentRead.jsp —, and a materials table with a header).
"""

from __future__ import annotations

import datetime
import json
import re
import time
import zipfile

import docx
import pytest
import yaml
from audit_corpus import guidelint
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from checker import datafiles
from checker.cli import cli
from checker.importing import output, synonyms, values
from checker.importing.guide import ItemSource, build
from checker.importing.tables import Reader
from checker.importing.workbook import Grid

ITEM_HEADER = [
    "序号", "实施编码", "事项名称", "基本编码", "事项类型", "实施机关", "行政区划", "设定依据", "受理条件",
    "办理形式", "到办事现场次数", "是否支持委托代办", "法定时限", "承诺时限", "是否收费", "办理地点",
    "办理时间", "咨询电话", "监督投诉电话", "更新日期", "备注",
]  # fmt: skip
MARRIAGE = [
    1, "11110102000000000X4000000001", "内地居民结婚登记", "000000000000", "行政确认", "北京市西城区民政局",
    "北京市西城区", "1.《中华人民共和国民法典》第一千零四十九条 2.《婚姻登记条例》第四条",
    "（一）男女双方自愿结婚\n（二）男女双方均达到法定婚龄", "窗口办理", "1次", "否", "即时办结", "当场办结",
    "否", "西城区婚姻登记处（西城区二龙路27号）", "工作日 9:00-12:00，13:30-17:00", "010-66001234",
    "12345", "2026-11-30", "每周二下午暂停办理",
]  # fmt: skip
RESIDENCE = [
    2, "0101234567", "居住证签注", None, "公共服务", "北京市公安局西城分局", "北京市西城区",
    "《居住证暂行条例》第十三条", None, "窗口办理、网上办理", 0, "是", "15个工作日", "5(工作日)", "否",
    "各派出所户籍窗口", "工作日 9:00-17:00", "(010)83331234\n12345", "010-83335678", None, None,
]  # fmt: skip
MATERIAL_HEADER = [
    "序号", "事项名称", "实施编码", "材料名称", "材料类型", "纸质份数", "材料形式", "材料来源", "材料必要性",
    "受理标准", "填写说明", "空表下载", "来源渠道说明",
]  # fmt: skip
MATERIALS = [
    [1, "内地居民结婚登记", "11110102000000000X4000000001", "居民户口簿", "原件和复印件各1份", None, "纸质",
     "政府部门核发", "是", "户口簿首页和本人页", None, None, "公安机关"],
    [2, None, None, "居民身份证", "原件", 1, None, "政府部门核发", "必要", "1、在有效期内\n2、与户口簿一致",
     None, None, None],
    [3, None, None, "申请结婚登记声明书", "原件1份、复印件2份", None, None, "申请人自备", "必要", None,
     "双方在登记员面前签字", "登记处现场领取", None],
    [4, "居住证签注", "0101234567", "居住证", "原件", 1, "纸质", "政府部门核发", "必要", None, None, None, None],
    [5, "居住证签注", "0101234567", "住所证明", "复印件", 1, "纸质/电子", "其他", "容缺", None, None, None,
     None],
]  # fmt: skip


def platform_workbook(path, materials=MATERIALS, items=(MARRIAGE, RESIDENCE)) -> None:
    """Two sheets as a platform exports them: items, and materials joined by code and name."""
    book = Workbook()
    sheet = book.active
    sheet.title = "事项信息"
    sheet.append(["北京市西城区政务服务事项实施清单"])
    sheet.merge_cells("A1:U1")
    sheet.append(["导出时间：2026-11-30", None, "共2项"])
    sheet.append(ITEM_HEADER)
    for item in items:
        sheet.append(list(item))
    listing = book.create_sheet("申请材料")
    listing.append(["申请材料目录"])
    listing.append(MATERIAL_HEADER)
    for row in materials:
        listing.append(list(row))
    listing.merge_cells("B3:B5")  # 事项名称 of the first item spans its three material rows
    listing.merge_cells("C3:C5")
    listing.merge_cells("G3:G5")  # 材料形式 纸质 for all three
    book.save(path)


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def load(path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


MARRIAGE_GUIDE = {
    "事项名称": "内地居民结婚登记",
    "实施编码": "11110102000000000X4000000001",
    "基本编码": "000000000000",
    "事项类型": "行政确认",
    "实施主体": "北京市西城区民政局",
    "行政区划": "北京市西城区",
    "设定依据": ["《中华人民共和国民法典》第一千零四十九条", "《婚姻登记条例》第四条"],
    "受理条件": ["男女双方自愿结婚", "男女双方均达到法定婚龄"],
    "申请材料": [
        {"材料名称": "居民户口簿", "原件份数": 1, "复印件份数": 1, "载体": "纸质", "来源渠道": "政府部门核发",
         "必要性": "必要", "受理标准": "户口簿首页和本人页"},
        {"材料名称": "居民身份证", "原件份数": 1, "复印件份数": 0, "载体": "纸质", "来源渠道": "政府部门核发",
         "必要性": "必要", "受理标准": ["在有效期内", "与户口簿一致"]},
        {"材料名称": "申请结婚登记声明书", "原件份数": 1, "复印件份数": 2, "载体": "纸质",
         "来源渠道": "申请人自备", "必要性": "必要", "填报须知": "双方在登记员面前签字",
         "空白表格": "登记处现场领取"},
    ],
    "办理方式": ["窗口办理"],
    "到现场次数": 1,
    "委托代办": "不可以",
    "法定办结时限": {"时限": 0, "单位": "工作日"},
    "承诺办结时限": {"时限": 0, "单位": "工作日"},
    "是否收费": "否",
    "办理地点": "西城区婚姻登记处（西城区二龙路27号）",
    "办理时间": "工作日 9:00-12:00，13:30-17:00",
    "咨询方式": ["010-66001234"],
    "监督投诉方式": ["12345"],
    "更新日期": "2026-11-30",
}  # fmt: skip


def test_a_platform_export_becomes_one_guide_per_item_with_every_text_kept(tmp_path):
    source = tmp_path / "实施清单.xlsx"
    platform_workbook(source)
    out = tmp_path / "guides"
    result = run("import", "guide", str(source), "-o", str(out))
    assert result.exit_code == 0, result.output
    marriage = out / "北京市西城区" / "内地居民结婚登记" / "guide.yaml"
    assert load(marriage) == MARRIAGE_GUIDE
    text = marriage.read_text(encoding="utf-8")
    assert "# 原表「备注」：每周二下午暂停办理\n" in text
    assert "  # 原表「来源渠道说明」：公安机关\n  - 材料名称: 居民户口簿" in text  # beside its material
    residence = load(out / "北京市西城区" / "居住证签注" / "guide.yaml")
    assert residence["实施编码"] == "0101234567"  # looks octal: written quoted, read back as text
    assert residence["办理方式"] == ["窗口办理", "网上办理"]
    assert residence["法定办结时限"] == {"时限": 15, "单位": "工作日"}
    assert residence["承诺办结时限"] == {"时限": 5, "单位": "工作日"}
    assert residence["咨询方式"] == ["(010)83331234", "12345"]
    assert residence["委托代办"] == "可以" and residence["到现场次数"] == 0
    assert residence["申请材料"][1] == {
        "材料名称": "住所证明", "原件份数": 0, "复印件份数": 1, "载体": "纸质或电子", "来源渠道": "其他",
        "必要性": "容缺后补",
    }  # fmt: skip
    assert "受理条件" not in residence  # the source has none: check reports it, the importer invents nothing


def test_imported_guides_go_straight_into_check_and_audit(tmp_path):
    source = tmp_path / "实施清单.xlsx"
    platform_workbook(source)
    out = tmp_path / "guides"
    assert run("import", "guide", str(source), "-o", str(out)).exit_code == 0
    check = guidelint("check", "--no-cache", "--format", "json", str(out))
    findings = json.loads(check.stdout)["findings"]
    invalid = [(f["path"].split("/")[-2], f["message"]) for f in findings if f["rule"] == "schema-invalid"]
    assert len(invalid) == 1 and invalid[0][0] == "居住证签注" and "受理条件" in invalid[0][1]
    assert {f["rule"] for f in findings if "结婚登记" in f["path"]} <= {
        "government-issued-material", "in-person-without-alternative", "material-incomplete",
        "missing-counterpart",
    }  # fmt: skip
    assert "parse-error" not in {f["rule"] for f in findings}
    audit = guidelint("audit", str(out), "--html", str(tmp_path / "report.html"))
    assert audit.returncode == 1, audit.stderr  # the schema-invalid error
    assert "内地居民结婚登记" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_a_bad_cell_is_named_and_only_its_item_is_not_written(tmp_path):
    source = tmp_path / "实施清单.xlsx"
    materials = [list(row) for row in MATERIALS]
    materials[1][5] = "两份"  # F4, 纸质份数 of 居民身份证
    platform_workbook(source, materials)
    out = tmp_path / "guides"
    result = run("import", "guide", str(source), "-o", str(out))
    assert result.exit_code == 1
    assert f"{source}!申请材料!F4: 份数应为非负整数，实际是「两份」" in result.stderr
    assert "有无法读取的值，这个事项未写入" in result.stderr
    assert not (out / "北京市西城区" / "内地居民结婚登记").exists()
    assert (out / "北京市西城区" / "居住证签注" / "guide.yaml").exists()


def test_an_existing_guide_is_replaced_only_with_force(tmp_path):
    source = tmp_path / "实施清单.xlsx"
    platform_workbook(source)
    out = tmp_path / "guides"
    target = out / "北京市西城区" / "内地居民结婚登记" / "guide.yaml"
    target.parent.mkdir(parents=True)
    target.write_text("# 手工维护\n", encoding="utf-8")
    result = run("import", "guide", str(source), "-o", str(out))
    assert result.exit_code == 1 and "已存在，未写入；确认要覆盖时加 --force" in result.stderr
    assert target.read_text(encoding="utf-8") == "# 手工维护\n"
    assert (out / "北京市西城区" / "居住证签注" / "guide.yaml").exists()  # the others are written
    assert run("import", "guide", str(source), "-o", str(out), "--force").exit_code == 0
    assert load(target) == MARRIAGE_GUIDE
    assert [p.name for p in target.parent.iterdir()] == ["guide.yaml"]  # no temporary file left


def test_usage_errors_exit_2(tmp_path):
    assert run("import", "guide", "-o", str(tmp_path)).exit_code == 2
    source = tmp_path / "实施清单.xlsx"
    platform_workbook(source)
    assert run("import", "guide", str(source)).exit_code == 2  # no -o
    assert run("import", "guide", str(tmp_path / "没有.xlsx"), "-o", str(tmp_path)).exit_code == 2


# --- every synonym of rules/import.yaml, every value form ------------------------------------------

SYNONYMS = synonyms.load()
BUILTIN = yaml.safe_load(datafiles.read_builtin("import.yaml"))


def read_grid(*rows: list) -> list[ItemSource]:
    reader = Reader("表.xlsx", SYNONYMS)
    reader.read(Grid("Sheet1", [list(row) for row in rows]))
    return reader.finish()[0]


@pytest.mark.parametrize(
    ("key", "name"), [(key, name) for key, names in BUILTIN["事项要素"].items() for name in names]
)
def test_every_element_header_is_read_in_an_items_table(key, name):
    others = [k for k in ("事项名称", "实施主体", "办理地点", "办理时间") if k != key][:3]
    (item,) = read_grid(["清单标题"], [*others, f" {name} "], ["甲", "乙", "丙", "值"])
    assert item.elements[key].value == "值" and item.elements[key].where == "表.xlsx!Sheet1!D3"


@pytest.mark.parametrize(
    ("key", "name"), [(key, name) for key, names in BUILTIN["材料要素"].items() for name in names]
)
def test_every_material_header_is_read_in_a_materials_table(key, name):
    header = ["序号", name, "受理标准"] if key == "材料名称" else ["序号", "材料名称", name]
    (item,) = read_grid(["事项名称", "某事项"], header, [1, "甲", "乙"])
    assert item.elements["事项名称"].value == "某事项"
    expected = "甲" if key == "材料名称" else "乙"
    assert item.materials[0].cells[key].value == expected


@pytest.mark.parametrize(
    ("key", "value", "written"),
    [(k, v, w) for k, forms in BUILTIN["取值"].items() for v, names in forms.items() for w in [v, *names]],
)
def test_every_written_form_maps_to_its_value(key, value, written):
    if key == "办理方式":
        assert values.channels(SYNONYMS, written) == [value]
    else:
        assert values.allowed(SYNONYMS, key, f" {written} ") == value


@pytest.mark.parametrize("written", BUILTIN["即时办结"])
def test_done_on_the_spot_is_a_zero_day_limit(written):
    assert values.time_limit(SYNONYMS, written, "承诺办结时限") == {"时限": 0, "单位": "工作日"}


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("20个工作日", (20, "工作日")), ("30日", (30, "自然日")), ("1个工作日内", (1, "工作日")),
        ("60天", (60, "自然日")), ("5(工作日)", (5, "工作日")), ("5（工作日）", (5, "工作日")),
        ("10个自然日", (10, "自然日")), (20, None), ("二十个工作日", None), ("20个工作日（不含公示）", None),
        ("法定20个工作日，承诺10个工作日", None), ("1e30个工作日", None),
    ],
)  # fmt: skip
def test_time_limits(written, expected):
    if expected is None:
        with pytest.raises(values.Unreadable, match="应写成“20个工作日”“30日”或“即时办结”"):
            values.time_limit(SYNONYMS, written, "法定办结时限")
    else:
        assert values.time_limit(SYNONYMS, written, "法定办结时限") == {"时限": expected[0], "单位": expected[1]}


@pytest.mark.parametrize(
    ("kind", "number", "medium", "expected"),
    [
        ("原件和复印件各1份", None, None, (1, 1)), ("原件及复印件各2份", None, None, (2, 2)),
        ("原件1份、复印件2份", None, None, (1, 2)), ("原件1份", None, None, (1, 0)),
        ("复印件2份", None, None, (0, 2)), ("原件", 2, None, (2, 0)), ("复印件", "1份", None, (0, 1)),
        ("原件和复印件", 1, None, (1, 1)), ("原件", None, None, (1, 0)), (None, None, "电子", (0, 0)),
        (None, None, "纸质", None), ("原件，复印件1份", None, None, (1, 1)),
    ],
)  # fmt: skip
def test_copies_from_material_type_and_count(kind, number, medium, expected):
    assert values.copies(kind, number, medium) == expected


@pytest.mark.parametrize("kind", ["扫描件", "原件（验后退回）", "两份原件", "原件1000份", "原件和复印件各5000份"])
def test_an_unknown_material_type_is_unreadable(kind):
    with pytest.raises(values.Unreadable, match="材料类型应写成"):
        values.copies(kind, None, None)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1. 男女双方自愿 2. 达到法定婚龄", ["男女双方自愿", "达到法定婚龄"]),
        ("（一）自愿；（二）达到法定婚龄", ["自愿", "达到法定婚龄"]),
        ("1、甲\n2、乙", ["甲", "乙"]),
        ("一、甲\n二、乙", ["甲", "乙"]),
        ("(1)甲 (2)乙", ["甲", "乙"]),
        ("①甲②乙", ["甲", "乙"]),
        ("甲\n乙", ["甲", "乙"]),
        ("《条例》第1.2条规定的条件", ["《条例》第1.2条规定的条件"]),  # a decimal is no numbering
        ("面积不小于1.5平方米", ["面积不小于1.5平方米"]),
        ("  只有一条  ", ["只有一条"]),
    ],
)
def test_numbered_cells_become_lists(cell, expected):
    assert values.entries(cell) == expected


@pytest.mark.parametrize(
    ("written", "expected"), [(0, 0), (1.0, 1), ("2", 2), ("1次", 1), ("0 次", 0), ("最多跑一次", 1), ("两次", 2)]
)
def test_visits(written, expected):
    assert values.visits(written) == expected


def test_channels_in_one_cell():
    assert values.channels(SYNONYMS, "线上+线下") == ["网上办理", "窗口办理"]
    assert values.channels(SYNONYMS, "窗口办理和网上办理、窗口") == ["窗口办理", "网上办理"]


def test_update_dates():
    assert values.update_date(datetime.datetime(2026, 10, 15, 0, 0)) == "2026-10-15"
    assert values.update_date("2026/10/5") == "2026-10-05"
    assert values.update_date("2026年10月15日") == "2026-10-15"
    with pytest.raises(values.Unreadable, match="更新日期应为日期"):
        values.update_date("2026-13-40")


def test_a_department_extends_the_names_with_its_own_file(tmp_path):
    extra = tmp_path / "本局名称.yaml"
    extra.write_text("材料要素:\n  材料名称: [收件材料]\n取值:\n  必要性:\n    必要: [必交件]\n", encoding="utf-8")
    names = synonyms.load((str(extra),))
    assert names.material("收件材料") == "材料名称" and names.value("必要性", "必交件") == "必要"
    assert SYNONYMS.material("收件材料") is None
    clash = tmp_path / "矛盾.yaml"
    clash.write_text("取值:\n  必要性:\n    非必要: [必要]\n", encoding="utf-8")
    with pytest.raises(datafiles.DataFileError, match="“必要”既是必要又是非必要"):
        synonyms.load((str(clash),))


# --- other layouts ------------------------------------------------------------------------------------


def element_rows(overrides: dict | None = None) -> list[list]:
    """A guide's elements down the first column, as one-item sheets and the Word template list them."""
    elements = {
        "事项名称": "公共场所卫生许可（新办）", "实施编码": "11110112000036571G1000125008",
        "事项类型": "行政许可", "实施主体": "北京市通州区卫生健康委员会", "行政区划": "北京市通州区",
        "设定依据": "《公共场所卫生管理条例》第八条", "申请条件": "1.已取得营业执照\n2.经营场所位于通州区",
        "办理方式": "窗口办理，网上办理", "到现场大厅次数": "0", "可否委托代办": "可以",
        "法定办结时限": "20个工作日", "承诺办结时限": "10个工作日", "是否收费": "不收费",
        "办理地点": "通州区运河东大街57号", "办理时间": "工作日9:00-17:00", "咨询方式": "010-69543218",
        "监督投诉方式": "12345",
    }  # fmt: skip
    elements.update(overrides or {})
    return [[label, value] for label, value in elements.items() if value is not None]


HEALTH_MATERIALS = [
    ["序号", "材料名称", "材料类型", "份数", "材料形式", "来源渠道", "是否必要", "材料要求"],
    [1, "公共场所卫生许可申请表", "原件", 1, "纸质", "申请人自备", "是", "加盖申请人公章"],
    [2, "卫生检测报告", "原件", 1, "纸质", "中介机构出具", "是", None],
]


def test_one_item_per_sheet_with_elements_down_the_first_column(tmp_path):
    book = Workbook()
    for number, sheet_name in enumerate(("卫生许可", "卫生许可（延续）")):
        sheet = book.active if number == 0 else book.create_sheet(sheet_name)
        sheet.title = sheet_name
        sheet.append([f"{sheet_name} 办事指南"])
        name = "公共场所卫生许可（新办）" if number == 0 else "公共场所卫生许可（延续）"
        for row in [*element_rows({"事项名称": name}), ["说明", "营业面积300平方米以下"], []]:
            sheet.append(row)
        sheet.merge_cells("B2:D2")  # the value of 事项名称 spans three columns
        for row in HEALTH_MATERIALS:
            sheet.append(row)
    source = tmp_path / "指南.xlsx"
    book.save(source)
    out = tmp_path / "out"
    result = run("import", "guide", str(source), "-o", str(out))
    assert result.exit_code == 0, result.output
    first = out / "北京市通州区" / "公共场所卫生许可（新办）" / "guide.yaml"
    second = load(out / "北京市通州区" / "公共场所卫生许可（延续）" / "guide.yaml")
    data = load(first)
    assert data["受理条件"] == ["已取得营业执照", "经营场所位于通州区"]
    assert data["办理方式"] == ["窗口办理", "网上办理"] and data["到现场次数"] == 0
    assert data["是否收费"] == "否" and data["委托代办"] == "可以"
    assert [m["材料名称"] for m in data["申请材料"]] == ["公共场所卫生许可申请表", "卫生检测报告"]
    assert data["申请材料"][1]["来源渠道"] == "中介机构出具"
    assert len(second["申请材料"]) == 2  # each sheet's materials go to its own item
    assert "# 原表「说明」：营业面积300平方米以下" in first.read_text(encoding="utf-8")


def test_label_and_value_pairs_along_a_row_and_merged_header_cells():
    rows = [
        ["事项名称", "结婚登记", "事项类型", "行政确认"],
        ["实施主体", "西城区民政局", "行政区划", "北京市西城区"],
        ["材料名称", "份数", "份数", "材料形式"],  # 份数 merged over two columns, split below
        ["材料名称", "原件", "复印件", "材料形式"],
        ["居民身份证", 1, 1, "纸质"],
    ]
    grid = Grid("Sheet1", rows, {(2, 2): (2, 1), (3, 0): (2, 0), (3, 3): (2, 3)})
    reader = Reader("表.xlsx", SYNONYMS)
    reader.read(grid)
    (item,) = reader.finish()[0]
    assert {k: c.value for k, c in item.elements.items()} == {
        "事项名称": "结婚登记", "事项类型": "行政确认", "实施主体": "西城区民政局", "行政区划": "北京市西城区",
    }  # fmt: skip
    built = build(item, SYNONYMS)
    assert built.data["申请材料"] == [{"材料名称": "居民身份证", "原件份数": 1, "复印件份数": 1, "载体": "纸质"}]


def test_one_sheet_of_items_and_materials_with_merged_item_cells(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["事项名称", "实施编码", "行政区划", "材料名称", "材料类型", "份数", "办理时限"])
    sheet.append(["甲事项", "C1", "北京市东城区", "居民身份证", "原件", 1, "5个工作日"])
    sheet.append([None, None, None, "户口簿", "复印件", 1, None])
    sheet.append(["乙事项", "C2", "北京市东城区", "营业执照", "复印件", 1, "即时办理"])
    for cells in ("A2:A3", "B2:B3", "C2:C3", "G2:G3"):
        sheet.merge_cells(cells)
    source = tmp_path / "合表.xlsx"
    book.save(source)
    out = tmp_path / "out"
    assert run("import", "guide", str(source), "-o", str(out)).exit_code == 0
    first = load(out / "北京市东城区" / "甲事项" / "guide.yaml")
    assert [m["材料名称"] for m in first["申请材料"]] == ["居民身份证", "户口簿"]
    assert first["承诺办结时限"] == {"时限": 5, "单位": "工作日"}
    second = load(out / "北京市东城区" / "乙事项" / "guide.yaml")
    assert second["承诺办结时限"] == {"时限": 0, "单位": "工作日"} and len(second["申请材料"]) == 1


# --- Word -----------------------------------------------------------------------------------------


def word_guide(path, materials=None, split_at: int | None = None, nested: bool = False) -> None:
    """The 办事指南 template: a title, an element table (two label/value pairs in some rows),
    a materials table with its header; ``split_at`` continues it in a second table (a page
    break); ``nested`` puts it inside the element table's last cell."""
    document = docx.Document()
    document.add_heading("公共场所卫生许可（新办）办事指南", 1)
    rows = element_rows()
    elements = document.add_table(rows=0, cols=4)
    for index in range(0, 4, 2):  # the first rows hold two pairs each
        cells = elements.add_row().cells
        for offset in range(2):
            cells[offset * 2].text, cells[offset * 2 + 1].text = (str(v) for v in rows[index + offset])
    for label, value in rows[4:]:
        cells = elements.add_row().cells
        cells[0].text = label
        merged = cells[1].merge(cells[3])
        merged.text = str(value)
    cells = elements.add_row().cells
    cells[0].text = "备注"
    cells[1].merge(cells[3]).text = "营业面积300平方米以下"
    document.add_paragraph("申请材料目录")
    material_rows = materials or HEALTH_MATERIALS
    if nested:
        holder = elements.add_row().cells
        holder[0].text = "申请材料"
        target = holder[1].merge(holder[3])
        tables = [target.add_table(rows=0, cols=len(material_rows[0]))]
    else:
        tables = [document.add_table(rows=0, cols=len(material_rows[0]))]
    for number, row in enumerate(material_rows):
        if split_at is not None and number == split_at:
            document.add_paragraph("")
            tables.append(document.add_table(rows=0, cols=len(material_rows[0])))
        cells = tables[-1].add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = "" if value is None else str(value)
    document.add_paragraph("更新日期：2026-10-15")  # elements in the text after the tables
    document.add_paragraph("注：请提前预约")
    document.save(path)


@pytest.mark.parametrize(("split_at", "nested"), [(None, False), (2, False), (None, True)])
def test_a_word_guide_becomes_a_guide(tmp_path, split_at, nested):
    source = tmp_path / "办事指南.docx"
    word_guide(source, split_at=split_at, nested=nested)
    out = tmp_path / "out"
    result = run("import", "guide", str(source), "-o", str(out))
    assert result.exit_code == 0, result.output
    target = out / "北京市通州区" / "公共场所卫生许可（新办）" / "guide.yaml"
    data = load(target)
    assert data["实施编码"] == "11110112000036571G1000125008" and data["事项类型"] == "行政许可"
    assert data["受理条件"] == ["已取得营业执照", "经营场所位于通州区"]
    assert data["承诺办结时限"] == {"时限": 10, "单位": "工作日"}
    assert data["申请材料"] == [
        {"材料名称": "公共场所卫生许可申请表", "原件份数": 1, "复印件份数": 0, "载体": "纸质",
         "来源渠道": "申请人自备", "必要性": "必要", "受理标准": "加盖申请人公章"},
        {"材料名称": "卫生检测报告", "原件份数": 1, "复印件份数": 0, "载体": "纸质", "来源渠道": "中介机构出具",
         "必要性": "必要"},
    ]  # fmt: skip
    assert data["更新日期"] == "2026-10-15"
    assert "# 原表「备注」：营业面积300平方米以下\n" in target.read_text(encoding="utf-8")
    assert "# 原表「注」：请提前预约\n" in target.read_text(encoding="utf-8")
    check = guidelint("check", "--no-cache", "--format", "json", str(out))
    assert not [f for f in json.loads(check.stdout)["findings"] if f["rule"] in ("schema-invalid", "parse-error")]


def test_a_bad_word_cell_is_named_by_table_and_row(tmp_path):
    materials = [list(row) for row in HEALTH_MATERIALS]
    materials[2][3] = "两份"
    source = tmp_path / "办事指南.docx"
    word_guide(source, materials)
    result = run("import", "guide", str(source), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"{source} 表2 第3行: 份数应为非负整数，实际是「两份」" in result.stderr
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").rglob("guide.yaml"))


# --- every bad-cell message -----------------------------------------------------------------------


def one_item(elements: dict, material: dict | None = None) -> tuple[dict, list[str]]:
    """Build one item from an items table and a materials table on one sheet."""
    item_keys = ["事项名称", "实施主体", "行政区划", *elements]
    material = {"材料名称": "居民身份证", **(material or {})}
    material.setdefault("材料形式", "纸质")
    rows = [item_keys, ["某事项", "某局", "北京市", *elements.values()], [], list(material), list(material.values())]
    (item,) = read_grid(*rows)
    built = build(item, SYNONYMS)
    return built.data, built.errors


@pytest.mark.parametrize(
    ("elements", "material", "message"),
    [
        ({"事项类型": "行政许可事项"}, {}, "表.xlsx!Sheet1!D2: 事项类型应为行政许可、行政确认"),
        ({"办理方式": "窗口办理、传真办理"}, {}, "Sheet1!D2: 办理方式应为窗口办理、网上办理、邮寄办理、自助终端办理之一，实际是「传真办理」"),
        ({"到办事现场次数": "1至2次"}, {}, "Sheet1!D2: 到现场次数应为非负整数（如“1次”），实际是「1至2次」"),
        ({"到办事现场次数": 1e30}, {}, "Sheet1!D2: 到现场次数应为非负整数（如“1次”），实际是「1e+30」"),
        ({"是否支持委托代办": "视情况"}, {}, "Sheet1!D2: 委托代办应为可以、不可以之一，实际是「视情况」"),
        ({"法定时限": "二十日"}, {}, "Sheet1!D2: 法定办结时限应写成“20个工作日”“30日”或“即时办结”，实际是「二十日」"),
        ({"是否收费": "按标准收取"}, {}, "Sheet1!D2: 是否收费应为是、否之一"),
        ({"告知承诺": "部分"}, {}, "Sheet1!D2: 告知承诺应为支持、不支持之一"),
        ({"更新日期": "上月"}, {}, "Sheet1!D2: 更新日期应为日期（如 2026-10-15），实际是「上月」"),
        ({"实施编码": 1.1110102e27}, {}, "Sheet1!D2: 编码被 Excel 存成了数字"),
        ({}, {"原件份数": "两份"}, "Sheet1!B5: 原件份数应为非负整数，实际是「两份」"),
        ({}, {"复印件份数": -1}, "Sheet1!B5: 复印件份数应为非负整数，实际是「-1」"),
        ({}, {"份数": "若干"}, "Sheet1!B5: 份数应为非负整数，实际是「若干」"),
        ({}, {"份数": 2}, "Sheet1!B5: 只有份数，没有说明是原件还是复印件（材料类型）"),
        ({}, {"材料类型": "扫描件"}, "Sheet1!B5: 材料类型应写成“原件”“复印件”“原件和复印件”或“原件1份、复印件2份”，实际是「扫描件」"),
        ({}, {"材料形式": "光盘"}, "Sheet1!B5: 载体应为纸质、电子、纸质或电子之一，实际是「光盘」"),
        ({}, {"材料来源": "网上下载"}, "Sheet1!B5: 来源渠道应为申请人自备、政府部门核发、中介机构出具、其他之一"),
        ({}, {"是否必要": "看情况"}, "Sheet1!B5: 必要性应为必要、非必要、容缺后补之一，实际是「看情况」"),
        ({}, {"材料名称": None, "原件份数": 1}, "Sheet1!A5: 材料名称为空，但这一行填了其他列"),
    ],
)  # fmt: skip
def test_bad_cells_are_named_with_what_is_accepted(elements, material, message):
    _, errors = one_item(elements, material)
    assert any(message in error for error in errors), errors


def test_a_formula_without_a_value_is_reported_not_read_as_empty(tmp_path):
    source = tmp_path / "实施清单.xlsx"
    items = [list(MARRIAGE), list(RESIDENCE)]
    items[0][10] = "=1-1"  # K4, 到办事现场次数
    platform_workbook(source, items=items)
    result = run("import", "guide", str(source), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"{source}!事项信息!K4: 到现场次数是公式 =1-1，文件中没有计算结果（请在 Excel 中打开并保存后再导入）" in result.stderr


def test_a_material_row_that_names_no_item_is_reported(tmp_path):
    book = Workbook()
    book.active.append(ITEM_HEADER)
    book.active.append(MARRIAGE)
    book.active.append(RESIDENCE)
    sheet = book.create_sheet("材料")
    sheet.append(["材料名称", "材料类型"])
    sheet.append(["居民身份证", "原件"])
    source = tmp_path / "x.xlsx"
    book.save(source)
    result = run("import", "guide", str(source), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1 and f"{source}!材料!2: 材料行没有实施编码或事项名称，无法对应到事项" in result.stderr
    assert len(list((tmp_path / "out").rglob("guide.yaml"))) == 2


# --- hostile input --------------------------------------------------------------------------------


def hostile(tmp_path, name: str, content: bytes | None = None, make=None):
    path = tmp_path / name
    if make is not None:
        make(path)
    else:
        path.write_bytes(content or b"")
    result = guidelint("import", "guide", str(path), "-o", str(tmp_path / "out"))
    assert "Traceback" not in result.stderr and "内部错误" not in result.stderr, result.stderr
    return result


def _empty_book(path) -> None:
    Workbook().save(path)


def _merged_headers_only(path) -> None:
    book = Workbook()
    book.active.append(["材料名称", None, "材料形式"])
    book.active.merge_cells("A1:B1")
    book.active.merge_cells("A2:C40")
    book.save(path)


@pytest.mark.parametrize(
    ("name", "content", "make", "message"),
    [
        ("清单.xlsx", b"name,copies\n", None, "不是可读的 Excel 工作簿（.xlsx）：文件不是 Office Open XML（zip）格式"),
        ("指南.docx", b"plain text", None, "不是可读的 Word 文档（.docx）：文件不是 Office Open XML（zip）格式"),
        ("加密.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, None, "加密（设有打开密码）的文件或旧版 Office 格式"),
        ("加密.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, None, "请取消密码，或用 Office 另存为 .xlsx/.docx"),
        ("旧版.xls", b"\xd0\xcf\x11\xe0", None, "请用 Excel 另存为 .xlsx 后再导入"),
        ("旧版.doc", b"\xd0\xcf\x11\xe0", None, "请用 Word 另存为 .docx 后再导入"),
        ("表.csv", b"a,b", None, "不支持的文件类型「.csv」；只能导入 .xlsx 和 .docx"),
        ("空.xlsx", None, _empty_book, "没有找到事项"),
        ("合并.xlsx", None, _merged_headers_only, "没有找到事项"),
        ("空.docx", None, lambda p: docx.Document().save(p), "没有找到办事指南的要素表"),
    ],
)  # fmt: skip
def test_hostile_files_get_a_message_not_a_traceback(tmp_path, name, content, make, message):
    result = hostile(tmp_path, name, content, make)
    assert result.returncode == 1 and message in result.stderr, result.stderr


def test_a_zip_that_is_no_office_file_gets_a_message(tmp_path):
    def make(path):
        with zipfile.ZipFile(path, "w") as package:
            package.writestr("hello.txt", "not a workbook")

    for name in ("x.xlsx", "x.docx"):
        result = hostile(tmp_path, name, make=make)
        assert result.returncode == 1 and "不是可读的" in result.stderr


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"junk")
    good = tmp_path / "实施清单.xlsx"
    platform_workbook(good)
    result = run("import", "guide", str(bad), str(good), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1 and "坏.xlsx 不是可读的" in result.stderr
    assert len(list((tmp_path / "out").rglob("guide.yaml"))) == 2


def test_ten_thousand_material_rows_are_read_quickly(tmp_path):
    book = Workbook()
    book.active.append(ITEM_HEADER)
    book.active.append(MARRIAGE)
    sheet = book.create_sheet("申请材料")
    sheet.append(MATERIAL_HEADER)
    for number in range(10_000):
        sheet.append([number, "内地居民结婚登记", None, f"材料{number}", "原件", 1, "纸质", "申请人自备", "是"])
    source = tmp_path / "大.xlsx"
    book.save(source)
    started = time.perf_counter()
    result = run("import", "guide", str(source), "-o", str(tmp_path / "out"))
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, result.output
    text = next((tmp_path / "out").rglob("guide.yaml")).read_text(encoding="utf-8")
    assert text.count("\n  - 材料名称: 材料") == 10_000
    assert elapsed < 30, elapsed  # 4 s on the shared test machine


# --- output paths and YAML ------------------------------------------------------------------------


def test_path_parts_are_sanitised_and_texts_round_trip(tmp_path):
    name = "../../etc/passwd\x07: 申请"
    (item,) = read_grid(
        ["事项名称", "实施主体", "行政区划", "咨询方式", "办理地点"],
        [name, "某局", "北京市/..", "1.010-12345678\n2.0101234567\n3.12345", "地址: #1 'A' \"B\""],
    )
    built = build(item, SYNONYMS)
    target = output.guide_path(str(tmp_path), built.data, 1, set())
    assert target == str(tmp_path / "北京市_" / "_.._etc_passwd__ 申请" / "guide.yaml")
    output.write(target, output.guide_yaml(built, "表.xlsx"), force=False)
    assert load(tmp_path / "北京市_" / "_.._etc_passwd__ 申请" / "guide.yaml") == built.data
    assert built.data["咨询方式"] == ["010-12345678", "0101234567", "12345"]
    assert built.data["事项名称"] == name  # the text itself is kept; only the folder name is cleaned
    with pytest.raises(FileExistsError):
        output.write(target, "x", force=False)


def test_a_comment_with_line_breaks_stays_a_comment(tmp_path):
    (item,) = read_grid(
        ["事项名称", "实施主体", "行政区划", "备注"], ["某事项", "某局", "北京市", "第一行\n事项名称: 伪造\r\n#"]
    )
    built = build(item, SYNONYMS)
    text = output.guide_yaml(built, "表\n.xlsx")
    assert yaml.safe_load(text) == {"事项名称": "某事项", "实施主体": "某局", "行政区划": "北京市"}
    assert "# 原表「备注」：第一行\n#   事项名称: 伪造\n#   #\n" in text


def test_the_command_takes_a_department_names_file_and_keeps_same_named_items_apart(tmp_path):
    book = Workbook()
    book.active.append(["事项名称", "实施编码", "行政区划", "收件材料", "材料类型"])
    book.active.append(["居住证办理", "A1", "北京市", "居民身份证", "原件"])
    book.active.append(["居住证办理", "A2", "北京市", "居民身份证", "复印件"])
    source = tmp_path / "本局.xlsx"
    book.save(source)
    extra = tmp_path / "本局名称.yaml"
    extra.write_text("材料要素:\n  材料名称: [收件材料]\n", encoding="utf-8")
    without = run("import", "guide", str(source), "-o", str(tmp_path / "a"))
    assert without.exit_code == 0 and "申请材料" not in load(tmp_path / "a" / "北京市" / "居住证办理" / "guide.yaml")
    result = run("import", "guide", str(source), "-o", str(tmp_path / "b"), "--synonyms", str(extra))
    assert result.exit_code == 0, result.output
    first = load(tmp_path / "b" / "北京市" / "居住证办理" / "guide.yaml")
    second = load(tmp_path / "b" / "北京市" / "居住证办理（A2）" / "guide.yaml")
    assert first["申请材料"][0]["原件份数"] == 1 and second["申请材料"][0]["复印件份数"] == 1
    bad = tmp_path / "坏.yaml"
    bad.write_text("材料要素: [收件材料]\n", encoding="utf-8")
    broken = run("import", "guide", str(source), "-o", str(tmp_path / "c"), "--synonyms", str(bad))
    assert broken.exit_code == 2 and "名称文件有误" in broken.stderr and "「材料要素」应是映射" in broken.stderr


@settings(max_examples=150, deadline=None)
@given(
    place=st.text(min_size=1, max_size=40),
    note=st.text(min_size=1, max_size=40),
    label=st.text(min_size=1, max_size=10).filter(lambda t: SYNONYMS.element(t) is None),
    how=st.text(min_size=1, max_size=40),
)
def test_any_text_is_written_as_yaml_that_reads_back_the_same(place, note, label, how):
    (item,) = read_grid(
        ["事项名称", "实施主体", "办理地点", label],
        ["某事项", "某局", place, note],
        ["材料名称", "填报须知", "备注"],
        ["申请表", how, note],
    )
    built = build(item, SYNONYMS)
    text = output.guide_yaml(built, "表.xlsx")
    assert yaml.safe_load(text) == built.data
    if place.strip():
        assert built.data["办理地点"] == place.strip()


def test_an_item_written_once_on_its_first_material_row_keeps_its_materials(tmp_path):
    materials = [list(row) for row in MATERIALS]
    source = tmp_path / "实施清单.xlsx"
    book = Workbook()
    book.active.append(ITEM_HEADER)
    book.active.append(MARRIAGE)
    book.active.append(RESIDENCE)
    sheet = book.create_sheet("申请材料")
    sheet.append(MATERIAL_HEADER)
    for row in materials:  # no merged cells: rows 2 and 3 leave 事项名称 and 实施编码 blank
        sheet.append(row)
    book.save(source)
    out = tmp_path / "out"
    assert run("import", "guide", str(source), "-o", str(out)).exit_code == 0
    assert len(load(out / "北京市西城区" / "内地居民结婚登记" / "guide.yaml")["申请材料"]) == 3
    assert len(load(out / "北京市西城区" / "居住证签注" / "guide.yaml")["申请材料"]) == 2


def test_an_item_row_without_material_cells_adds_no_empty_material():
    (first, second) = read_grid(
        ["事项名称", "实施编码", "材料名称", "材料类型", "备注"],
        ["甲", "C1", "居民身份证", "原件", None],
        ["乙", "C2", None, None, "暂无材料"],
    )
    assert build(first, SYNONYMS).data["申请材料"] == [{"材料名称": "居民身份证", "原件份数": 1, "复印件份数": 0}]
    built = build(second, SYNONYMS)
    assert "申请材料" not in built.data and built.errors == [] and built.comments == [("备注", "暂无材料")]


def test_a_wrong_sheet_dimension_written_by_an_exporter_loses_no_cell(tmp_path):
    book = Workbook()
    book.active.append(["事项名称", "实施主体", "行政区划", "办理地点"])
    book.active.append(["某事项", "某局", "北京市", "某地"])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    source = tmp_path / "导出.xlsx"
    with zipfile.ZipFile(plain) as original, zipfile.ZipFile(source, "w") as patched:
        for entry in original.infolist():
            data = original.read(entry)
            if entry.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', data)
            patched.writestr(entry, data)
    out = tmp_path / "out"
    assert run("import", "guide", str(source), "-o", str(out)).exit_code == 0
    assert load(out / "北京市" / "某事项" / "guide.yaml")["办理地点"] == "某地"


def test_a_repeated_item_is_never_written_over_the_one_before(tmp_path):
    book = Workbook()
    book.active.append(["事项名称", "实施编码", "行政区划"])
    for _ in range(3):
        book.active.append(["甲", "C1", "北京市"])
    book.save(tmp_path / "x.xlsx")
    result = run("import", "guide", str(tmp_path / "x.xlsx"), "-o", str(tmp_path / "out"), "--force")
    assert result.exit_code == 1 and "x.xlsx!Sheet!4: 与本次已写入的" in result.stderr
    assert sorted(p.parent.name for p in (tmp_path / "out").rglob("guide.yaml")) == ["甲", "甲（C1）"]


def test_labels_are_read_with_their_numbering_and_colon_and_long_cells_are_never_labels():
    (item,) = read_grid(
        ["一、事项名称：", "某事项"],
        ["（二）实施 主体", "某局"],
        ["3.办理时限:", "5个工作日"],
        ["事项名称" * 11, "不是要素"],
    )
    assert {k: c.value for k, c in item.elements.items()} == {
        "事项名称": "某事项", "实施主体": "某局", "承诺办结时限": "5个工作日",
    }  # fmt: skip
    assert item.extra == [("事项名称" * 11, "不是要素")]


def test_a_word_materials_header_of_two_merged_rows_and_a_numbered_element_table(tmp_path):
    document = docx.Document()
    elements = document.add_table(rows=0, cols=3)
    for number, (label, value) in enumerate(
        [("事项名称", "户籍证明"), ("行政区划", "北京市朝阳区"), ("办理时限", "即时办理"), ("到现场次数", "1次")], 1
    ):
        cells = elements.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = str(number), label, value
    materials = document.add_table(rows=0, cols=5)
    top, below = materials.add_row().cells, materials.add_row().cells
    top[0].text, top[1].text, top[2].text, top[4].text = "序号", "材料名称", "份数", "材料形式"
    top[0].merge(below[0]), top[1].merge(below[1]), top[2].merge(top[3]), top[4].merge(below[4])
    below[2].text, below[3].text = "原件", "复印件"
    for row in [("1", "居民户口簿", "1", "1", "纸质"), ("2", "居民身份证", "1", "0", "纸质")]:
        for cell, value in zip(materials.add_row().cells, row, strict=True):
            cell.text = value
    source = tmp_path / "户籍证明.docx"
    document.save(source)
    assert run("import", "guide", str(source), "-o", str(tmp_path / "out")).exit_code == 0
    data = load(tmp_path / "out" / "北京市朝阳区" / "户籍证明" / "guide.yaml")
    assert data["承诺办结时限"] == {"时限": 0, "单位": "工作日"} and data["到现场次数"] == 1
    assert data["申请材料"] == [
        {"材料名称": "居民户口簿", "原件份数": 1, "复印件份数": 1, "载体": "纸质"},
        {"材料名称": "居民身份证", "原件份数": 1, "复印件份数": 0, "载体": "纸质"},
    ]
