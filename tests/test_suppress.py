"""Inline suppressions: which lines they cover, and the notes about useless ones."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    "comment",
    [
        "# guidelint：disable=fee-incomplete -- 标准待核定",
        "# GUIDELINT: DISABLE=FEE-INCOMPLETE -- 标准待核定",
        "# guidelint: disable = fee-incomplete -- 标准待核定",
        "# guidelint: disable＝fee-incomplete -- 标准待核定",
        "# guidelint: disable=fee-incomplete — 标准待核定",
        "# guidelint: disable=fee-incomplete ——标准待核定",
        "# guidelint: disable=fee-incomplete - 标准待核定",
        "# guidelint: disable=fee-incomplete －－ 标准待核定",
        "# guidelint: disable=fee_incomplete -- 标准待核定",
        "#guidelint:disable=fee-incomplete--标准待核定",
    ],
)
def test_a_suppression_typed_on_a_chinese_keyboard_is_read(comment):
    [item] = parse_suppressions(f"是否收费: 是  {comment}\n")
    assert (item.rules, item.reason, item.malformed) == (("fee-incomplete",), "标准待核定", "")
    assert rules_of(FEE.replace("是否收费: 是", f"是否收费: 是  {comment}")) == []


def test_full_width_commas_and_enumeration_commas_separate_rules():
    for separator in ("，", "、", ", "):
        [item] = parse_suppressions(f"# guidelint: disable-file=fee-incomplete{separator}vague-wording -- 原文\n")
        assert item.rules == ("fee-incomplete", "vague-wording") and item.file_wide


def _only_note(text: str):
    [finding] = [f for f in lint({"guide.yaml": FEE.replace("是否收费: 是", "是否收费: 是  " + text)}) if f.rule != "fee-incomplete"]
    return finding


@pytest.mark.parametrize(
    ("comment", "meant"),
    [
        ("# guidelint: disable=ALL -- 待修订", "# guidelint: disable=RULE -- 待修订"),
        ("# guidelint: disable=fee-incomplete 收费标准待核定", "# guidelint: disable=fee-incomplete -- 收费标准待核定"),
        ("# guidelint: disable fee-incomplete -- 待核定", "# guidelint: disable=fee-incomplete -- 待核定"),
        ("# guidelint: ignore=fee-incomplete -- 待核定", "# guidelint: disable=RULE -- 原因"),
        ("# guidelint: disable= -- 待核定", "# guidelint: disable=RULE -- 原因"),
    ],
)
def test_a_malformed_suppression_is_reported_with_what_was_meant(comment, meant):
    finding = _only_note(comment)
    assert finding.rule == "unused-suppression"
    assert f"是否应为「{meant}」" in finding.message and "没有屏蔽任何问题" in finding.message
    assert finding.line == FEE.splitlines().index("是否收费: 是") + 1


def test_an_unknown_rule_suggests_the_nearest_one():
    finding = _only_note("# guidelint: disable=fee-incomplet -- 笔误")
    assert "「fee-incomplet」是否应为「fee-incomplete」？" in finding.message
    finding = _only_note("# guidelint: disable=xyz -- 笔误")
    assert "「xyz」" in finding.message and "是否应为" not in finding.message


def test_a_comment_that_only_mentions_guidelint_is_not_a_suppression():
    assert parse_suppressions("a: 1  # guidelint 会在这里报告，先不改\n") == []
    assert parse_suppressions("# 用 guidelint: disable=RULE -- 原因 屏蔽\n") == []
