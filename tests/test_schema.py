"""schema-invalid: findings sit on the offending key or value, with the nearest key suggested."""

from __future__ import annotations

import json

from checker.examples import BASE_CHECKLIST, BASE_GUIDE
from checker.schemas import schema_text
from tests.conftest import lint


def test_clean_documents_are_valid():
    assert lint({"guide.yaml": BASE_GUIDE, "checklist.yaml": BASE_CHECKLIST}, rule="schema-invalid") == []


def test_misspelt_key_suggests_the_nearest_known_key():
    text = BASE_GUIDE.replace("申请材料:", "申请材枓:")
    findings = lint({"guide.yaml": text}, rule="schema-invalid")
    messages = {f.message for f in findings}
    assert "未知的键「申请材枓」，是否应为「申请材料」？" in messages
    assert "缺少必填项「申请材料」" in messages
    unknown = next(f for f in findings if "申请材枓" in f.message)
    assert (unknown.line, unknown.column) == (text.splitlines().index("申请材枓:") + 1, 1)


def test_wrong_type_is_reported_on_the_value():
    text = BASE_GUIDE.replace("到现场次数: 0", "到现场次数: 一次")
    [finding] = lint({"guide.yaml": text}, rule="schema-invalid")
    line = text.splitlines().index("到现场次数: 一次") + 1
    assert (finding.line, finding.column) == (line, 8)
    assert finding.message == "「到现场次数」应为整数，实际是文本"


def test_numeric_code_and_bad_enum():
    text = BASE_GUIDE.replace("实施编码: 11110107MB0000001X4000117001", "实施编码: 1111010700001")
    text = text.replace("必要性: 必要\n    受理标准: 合同", "必要性: 必须\n    受理标准: 合同")
    messages = [f.message for f in lint({"guide.yaml": text}, rule="schema-invalid")]
    assert "「实施编码」应为文本，实际是整数" in messages
    assert any(m.startswith("「必要性」的值「必须」不在允许范围内") for m in messages)


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
    messages = [f.message for f in lint({"guide.yaml": text}, rule="schema-invalid")]
    assert "缺少必填项「申请材料」" in messages
    assert not any("内容是" in m for m in messages)
