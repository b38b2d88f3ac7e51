"""Inline suppressions: which lines they cover, and the notes about useless ones."""

from __future__ import annotations

from checker.examples import BASE_GUIDE
from checker.suppress import parse_suppressions
from tests.conftest import lint

FEE = BASE_GUIDE.replace("是否收费: 否", "是否收费: 是")


def rules_of(text: str) -> list[str]:
    return sorted(f.rule for f in lint({"guide.yaml": text}))


def test_comment_on_the_line_suppresses():
    text = FEE.replace("是否收费: 是", "是否收费: 是  # guidelint: disable=fee-incomplete -- 标准待核定")
    assert rules_of(text) == []


def test_comment_on_the_line_above_suppresses():
    text = FEE.replace("是否收费: 是", "# guidelint: disable=fee-incomplete -- 标准待核定\n是否收费: 是")
    assert rules_of(text) == []


def test_comment_two_lines_above_does_not_suppress():
    text = FEE.replace("是否收费: 是", "# guidelint: disable=fee-incomplete -- 标准待核定\n\n是否收费: 是")
    assert rules_of(text) == ["fee-incomplete", "unused-suppression"]


def test_trailing_comment_on_the_previous_line_does_not_cover_the_next():
    text = FEE.replace(
        "委托代办: 可以\n", "委托代办: 可以  # guidelint: disable=fee-incomplete -- 标准待核定\n"
    ).replace("是否收费: 是", "是否收费: 是")
    assert "fee-incomplete" in rules_of(text)


def test_file_wide_and_several_rules():
    text = "# guidelint: disable-file=fee-incomplete,contact-invalid -- 试点事项\n" + FEE.replace(
        '  - "12345"', "  - 投诉电话 8888"
    )
    assert rules_of(text) == []


def test_missing_reason_and_unknown_rule_are_noted():
    text = FEE.replace("是否收费: 是", "是否收费: 是  # guidelint: disable=fee-incomplete")
    assert rules_of(text) == ["suppression-missing-reason"]
    text = FEE.replace("是否收费: 是", "是否收费: 是  # guidelint: disable=fee-incomplet -- 笔误")
    assert rules_of(text) == ["fee-incomplete", "unused-suppression"]


def test_hash_inside_a_quoted_value_is_not_a_comment():
    [item] = parse_suppressions(
        'a: "x # guidelint: disable=fee-incomplete -- no"  # guidelint: disable=x -- y\n'
    )
    assert item.rules == ("x",)
    assert parse_suppressions("a: 'x # guidelint: disable=fee-incomplete -- no'\n") == []
