"""schema-invalid: findings sit on the offending key or value, with the nearest key suggested."""

from __future__ import annotations

import json

import pytest

from checker.document import build
from checker.examples import BASE_CHECKLIST, BASE_GUIDE
from checker.schemas import schema_text
from tests.conftest import lint


def test_clean_documents_are_valid():
    assert lint({"guide.yaml": BASE_GUIDE, "checklist.yaml": BASE_CHECKLIST}, rule="schema-invalid") == []


def test_misspelt_key_suggests_the_nearest_known_key():
    text = BASE_GUIDE.replace("申请材料:", "申请材枓:")
    findings = lint({"guide.yaml": text}, rule="schema-invalid")
    [unknown] = findings  # one typo, one finding: not also "缺少必填项「申请材料」"
    assert unknown.message.startswith("未知的键「申请材枓」，是否应为「申请材料」？")
    assert (unknown.line, unknown.column) == (text.splitlines().index("申请材枓:") + 1, 1)


def test_wrong_type_is_reported_on_the_value():
    text = BASE_GUIDE.replace("到现场次数: 0", "到现场次数: 一次")
    [finding] = lint({"guide.yaml": text}, rule="schema-invalid")
    line = text.splitlines().index("到现场次数: 一次") + 1
    assert (finding.line, finding.column) == (line, 8)
    assert finding.message == "「到现场次数」应为整数，实际是文本"


def test_a_numeric_code_is_read_as_written_and_a_bad_enum_is_reported():
    text = BASE_GUIDE.replace("实施编码: 11110107MB0000001X4000117001", "实施编码: 1111010700001")
    text = text.replace("必要性: 必要\n    受理标准: 合同", "必要性: 必须\n    受理标准: 合同")
    messages = [f.message for f in lint({"guide.yaml": text}, rule="schema-invalid")]
    assert messages == ["「必要性」的值「必须」不在允许范围内，是否应为「必要」？可选：必要、非必要、容缺后补"]


def test_a_yes_read_as_a_boolean_is_explained_once():
    text = BASE_GUIDE.replace("是否收费: 否", "是否收费: no")
    [finding] = lint({"guide.yaml": text}, rule="schema-invalid")  # no second, enum finding
    assert finding.line == text.splitlines().index("是否收费: no") + 1
    assert finding.message.startswith("「是否收费」应为文本，但 YAML 把这个值读作是非值")
    assert "True" not in finding.message and "False" not in finding.message


def test_missing_key_in_a_material_points_at_the_material():
    text = BASE_CHECKLIST.replace(
        "    复印件份数: 1\n    审查要点: 在有效期内\n", "    审查要点: 在有效期内\n"
    )
    [finding] = lint({"checklist.yaml": text}, rule="schema-invalid")
    assert finding.message == "缺少必填项「复印件份数」"
    assert finding.line == 5  # the material's first line


def test_published_schemas_are_json():
    for kind in ("guide", "checklist"):
        assert json.loads(schema_text(kind))["type"] == "object"


def _variants(data):
    """``data`` and copies with one value replaced by a value of another type."""
    yield data
    for key in list(data):
        for wrong in (None, 7, True, "文本", [], ["文本"], {}, {"键": "值"}, -1, ""):
            yield {**data, key: wrong}
    materials = data.get("申请材料") or data.get("收件材料") or []
    if materials and isinstance(materials[0], dict):
        first = materials[0]
        for key in [*first, "未知键"]:
            for wrong in (None, 0, -3, "", "非法值", ["列表"]):
                yield {**data, ("申请材料" if "申请材料" in data else "收件材料"): [{**first, key: wrong}]}


def test_the_fast_validator_agrees_with_jsonschema(root):
    """A document the fast validator passes must have no jsonschema error, and one it rejects
    must have at least one (else its problems would vanish or be empty)."""
    from fastjsonschema import JsonSchemaException
    from jsonschema import Draft202012Validator

    from checker.load import load_text
    from checker.schemas import _fast_validator, schema

    checked = 0
    for path in sorted(root.glob("guides/*/*/*.yaml")):
        kind = "guide" if path.name == "guide.yaml" else "checklist"
        loaded = load_text(path.read_text("utf-8"))
        if loaded.root is None:
            continue
        reference = Draft202012Validator(schema(kind))
        for data in _variants(loaded.root.plain()):
            try:
                _fast_validator(kind)(data)
                fast_valid = True
            except JsonSchemaException:
                fast_valid = False
            assert fast_valid == reference.is_valid(data), (path, data)
            checked += 1
    assert checked > 1000


def test_the_shipped_validators_were_compiled_from_the_current_schemas():
    """After editing a schema, run ``python -m checker.schemas.generate``."""
    from importlib import import_module

    from checker.schemas import KINDS
    from checker.schemas.generate import schema_digest

    for kind in KINDS:
        assert schema_digest(kind) == import_module(f"checker.schemas.compiled_{kind}").SCHEMA_SHA256, kind


def test_a_checklist_saved_as_a_guide_is_one_finding_that_says_so():
    [finding] = lint({"guide.yaml": BASE_CHECKLIST})
    assert finding.rule == "schema-invalid"
    assert finding.line == BASE_CHECKLIST.splitlines().index("收件材料:") + 1
    assert "内容是窗口收件清单" in finding.message and "checklist.yaml" in finding.message


def test_a_guide_saved_as_a_checklist_is_one_finding_that_says_so():
    [finding] = lint({"checklist.yaml": BASE_GUIDE}, rule="schema-invalid")
    assert "内容是办事指南" in finding.message and "guide.yaml" in finding.message


def test_a_guide_missing_its_materials_is_not_taken_for_a_checklist():
    text = BASE_GUIDE.replace("申请材料:", "申请资料:")
    [finding] = lint({"guide.yaml": text}, rule="schema-invalid")
    assert finding.message.startswith("未知的键「申请资料」，是否应为「申请材料」？")
    assert "内容是" not in finding.message


def test_an_unknown_key_is_not_told_to_become_a_key_the_mapping_already_has():
    [finding] = lint({"guide.yaml": BASE_GUIDE + "申请材枓备注: 无\n"}, rule="schema-invalid")
    assert "申请材料" not in finding.message  # renaming it so would repeat 申请材料
    [finding] = lint({"guide.yaml": BASE_GUIDE.replace("办理时间:", "办理时问:")}, rule="schema-invalid")
    assert "是否应为「办理时间」" in finding.message


def test_a_misspelt_materials_key_is_one_finding_and_no_pair_rule_judges_the_guide():
    guide = BASE_GUIDE.replace("申请材料:", "申请材枓:")
    findings = lint({"guide.yaml": guide, "checklist.yaml": BASE_CHECKLIST})
    assert [(f.rule, f.message) for f in findings] == [
        ("schema-invalid", "未知的键「申请材枓」，是否应为「申请材料」？（必填项「申请材料」因此缺少）")
    ]


def test_a_guide_without_conditions_is_not_judged_on_them_but_on_its_materials():
    guide = BASE_GUIDE.replace("受理条件:\n  - 申请人在本市用人单位工作，并与用人单位签订一年以上劳动合同\n", "")
    checklist = BASE_CHECKLIST + "受理前核验:\n  - 申请人在本市缴纳社会保险满一年\n"
    checklist = checklist.replace("  - 材料名称: 居民身份证", "  - 材料名称: 纳税记录\n    原件份数: 1\n    复印件份数: 0\n  - 材料名称: 居民身份证")
    rules = {f.rule for f in lint({"guide.yaml": guide, "checklist.yaml": checklist})}
    assert "checklist-unpublished-condition" not in rules
    assert "checklist-unpublished-material" in rules  # the materials are readable: still judged


def test_a_value_outside_its_enumeration_is_one_finding_with_the_nearest_value():
    text = BASE_GUIDE.replace("必要性: 必要\n    受理标准: 合同", "必要性: 必须\n    受理标准: 合同")
    [finding] = lint({"guide.yaml": text})  # material-incomplete does not take 必须 for 非必要
    assert finding.rule == "schema-invalid" and "是否应为「必要」" in finding.message
    text = BASE_GUIDE.replace("委托代办: 可以", "委托代办: 可")
    [finding] = lint({"guide.yaml": text})
    assert "是否应为「可以」" in finding.message


def test_missing_keys_are_one_finding_in_schema_order():
    [finding] = lint({"guide.yaml": "事项名称: 临时救助\n行政区划: 北京市平谷区\n"}, rule="schema-invalid")
    assert finding.message.startswith("缺少 16 个必填项：「实施编码」、「事项类型」、「实施主体」、「设定依据」")
    assert finding.message.endswith("「咨询方式」、「监督投诉方式」")
    assert (finding.line, finding.column) == (1, 1)


def test_an_impossible_date_is_schema_invalid():
    for day in ("2026-13-45", "2026-02-30", "2025-02-29"):
        [finding] = lint({"guide.yaml": BASE_GUIDE + f"更新日期: {day}\n"}, rule="schema-invalid")
        assert finding.message.startswith(f"「更新日期」的值「{day}」不是真实存在的日期")
        assert finding.line == BASE_GUIDE.count("\n") + 1
    for day in ("2024-02-29", "2026-10-15"):
        assert lint({"guide.yaml": BASE_GUIDE + f"更新日期: {day}\n"}, rule="schema-invalid") == []
    [finding] = lint({"checklist.yaml": BASE_CHECKLIST + "更新日期: '2026-04-31'\n"}, rule="schema-invalid")
    assert "2026-04-31" in finding.message


def test_a_date_written_another_way_shows_the_value_and_the_form_to_write():
    for day in ("2026-11-3", "2026/11/03", "2026年11月3日"):
        [finding] = lint({"guide.yaml": BASE_GUIDE + f"更新日期: {day}\n"}, rule="schema-invalid")
        assert finding.message == (
            f"「更新日期」的值「{day}」不是日期的写法：请写作 年-月-日，月和日各两位，如 2026-10-15"
        )


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("承诺办结时限: 10个工作日", "「承诺办结时限」应为键值映射，实际是文本：写成 {时限: 10, 单位: 工作日}"),
        ("承诺办结时限: 30日", "「承诺办结时限」应为键值映射，实际是文本：写成 {时限: 30, 单位: 自然日}"),
        ("承诺办结时限: 即时办结", "「承诺办结时限」应为键值映射，实际是文本：写成 {时限: 天数, 单位: 工作日}（或 单位: 自然日）"),
        ("监督投诉方式: 12345", "「监督投诉方式」应为列表，实际是整数：写成列表，每项一行、以“- ”开头（如 “- 12345”）"),
        ("受理条件: " + "申请人" * 10, "「受理条件」应为列表，实际是文本：写成列表，每项一行、以“- ”开头"),
    ],
)
def test_a_plain_value_where_a_limit_or_a_list_belongs_says_how_to_write_it(written, said):
    key = written.split(":")[0]
    lines = BASE_GUIDE.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith(" ")), len(lines))
    text = "\n".join([*lines[:start], written, *lines[end:]]) + "\n"
    [finding] = lint({"guide.yaml": text}, rule="schema-invalid")
    assert finding.message == said


def _consult(*items: str) -> str:
    return BASE_GUIDE.replace("咨询方式:\n  - 010-68861234\n", "咨询方式:\n" + "".join(f"  - {i}\n" for i in items))


def test_numbers_written_where_text_is_wanted_are_read_as_the_text_written():
    text = _consult("13912345678", "68861234 转 8001").replace("事项名称: 北京市工作居住证办理", "事项名称: 2020")
    doc = build("guide.yaml", "guide", text)
    assert doc.schema_problems == []
    assert [c.value for c in doc.guide.consult] == ["13912345678", "68861234 转 8001"]
    assert doc.guide.name.value == "2020"
    assert doc.guide.visits.value == 0 and doc.guide.materials[0].originals.value == 1  # integers stay


def test_a_date_where_text_is_wanted_is_the_text_written():
    doc = build("guide.yaml", "guide", BASE_GUIDE.replace("事项名称: 北京市工作居住证办理", "事项名称: 2020-01-01"))
    assert doc.schema_problems == [] and doc.guide.name.value == "2020-01-01"


@pytest.mark.parametrize(
    ("written", "read"),
    [("0101234567", "17119607"), ("1.50", "1.5"), ("1.0e+3", "1000"), ("12:30", "750"), ("0x1F", "31"), ("+8613912345678", "8613912345678")],
)
def test_a_number_yaml_changed_is_reported_there_and_checked_as_written(written, read):
    text = _consult(written)
    doc = build("guide.yaml", "guide", text)
    [(span, message)] = doc.schema_problems
    assert span.line == text.splitlines().index(f"  - {written}") + 1 and span.column == 5
    assert f"「{written}」没有加引号，YAML 把它读作数字 {read}" in message and f'"{written}"' in message
    assert [c.value for c in doc.guide.consult] == [written]
    assert [f.rule for f in lint({"guide.yaml": text}) if f.rule != "contact-invalid"] == ["schema-invalid"]


def test_a_number_in_an_integer_field_or_an_unknown_key_is_left_alone():
    text = BASE_GUIDE.replace("到现场次数: 0", "到现场次数: 1.5") + "备注: 0101\n"
    messages = [m for _, m in build("guide.yaml", "guide", text).schema_problems]
    assert messages == ["「到现场次数」应为整数，实际是数字", "未知的键「备注」：可用的键见 guidelint schema 输出"]


@pytest.mark.parametrize("key", ["true", "null", "~", "yes", "01"])
def test_a_key_is_named_as_written_never_as_a_python_value(key):
    [finding] = lint({"guide.yaml": BASE_GUIDE + f"{key}: 1\n"}, rule="schema-invalid")
    assert finding.message.startswith(f"未知的键「{key}」")


def test_empty_and_boolean_values_are_named_in_chinese():
    messages = [
        f.message
        for f in lint({"guide.yaml": BASE_GUIDE.replace("办理地点: 北京市", "办理地点: true  # 北京市").replace("事项名称: 北京市工作居住证办理", "事项名称:")})
    ]
    assert "「事项名称」应为文本，实际是空值" in messages
    assert any(m.startswith("「办理地点」应为文本，但 YAML 把这个值读作是非值") for m in messages)
    assert not any(word in m for m in messages for word in ("None", "True", "False"))


def test_a_district_guide_with_unreadable_materials_is_not_compared_with_the_others():
    files = {f"{district}/guide.yaml": BASE_GUIDE.replace("北京市石景山区", f"北京市{district}") for district in ("朝阳区", "海淀区", "大兴区")}
    files["大兴区/guide.yaml"] = files["大兴区/guide.yaml"].replace("申请材料:", "申请材枓:")
    assert lint(files, rule="divergent-standard") == []
    files["大兴区/guide.yaml"] = files["大兴区/guide.yaml"].replace("申请材枓:", "申请材料:").replace("  - 材料名称: 劳动合同", "  - 材料名称: 纳税记录")
    assert [f.path for f in lint(files, rule="divergent-standard")] == ["大兴区/guide.yaml"]  # still judged when readable
