"""``guidelint rules``: a rule's options, with their types, defaults and meanings, in text and JSON."""

from __future__ import annotations

import json

from click.testing import CliRunner

from checker.cli import cli
from checker.rules import catalogue


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, ["rules", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_rule_explains_each_option_with_its_type_default_and_meaning():
    text = invoke("divergent-standard")
    section = text[text.index("## 参数") :]
    assert "rule-options" in section.splitlines()[0]
    assert "max_related（整数）：每条发现最多列出的其他区相关位置\n  默认：8\n" in section
    assert "merged_condition_coverage（数字）：" in section and "默认：0.9" in section
    assert section.index("## 参数") < section.index("## 错误示例")


def test_a_mapping_default_is_listed_entry_by_entry():
    text = invoke("contact-invalid")
    assert "area_codes（映射）：" in text
    assert "    北京: '010'\n" in text and "    上海: '021'\n" in text


def test_a_rule_without_options_has_no_options_section():
    assert "## 参数" not in invoke("fee-incomplete")


def test_json_carries_the_options_from_the_catalogue():
    rules = {r["id"]: r for r in json.loads(invoke("--format", "json"))}
    divergent = {o["name"]: o for o in rules["divergent-standard"]["options"]}
    assert divergent["max_related"] == {
        "name": "max_related",
        "type": "integer",
        "default": catalogue()["divergent-standard"]["options"]["max_related"],
        "meaning": "每条发现最多列出的其他区相关位置",
    }
    assert divergent["merged_condition_coverage"]["type"] == "number"
    contact = rules["contact-invalid"]["options"][0]
    assert contact["type"] == "object" and contact["default"]["北京"] == "010"
    assert rules["fee-incomplete"]["options"] == []


def test_json_of_one_rule_has_its_options():
    one = json.loads(invoke("divergent-standard", "--format", "json"))
    assert [o["name"] for o in one["options"]] == ["max_related", "merged_condition_coverage"]
