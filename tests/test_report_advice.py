"""Each finding's own advice, read from its message or its fix."""

from __future__ import annotations

from checker.findings import Finding, Fix, Span
from checker.report.advice import finding_advice, message_advice


def _finding(message: str, fix: Fix | None = None) -> Finding:
    return Finding("g.yaml", 3, 5, 3, 8, "r", "warning", message, fix=fix)


def test_the_advice_is_what_follows_the_colon_of_the_message():
    assert message_advice(
        "「近期」表述模糊，申请人无法据此判断：写明具体时间范围（如“近6个月内拍摄的”）"
    ) == ("写明具体时间范围（如“近6个月内拍摄的”）")


def test_a_colon_inside_quotes_or_brackets_is_not_the_split():
    message = "窗口审查「表：A」时要求「盖章」，指南没有写明（一次性告知：不完整）"
    assert message_advice(message) == ""
    assert message_advice(message + "：请写进受理标准") == "请写进受理标准"


def test_a_closing_request_wins_over_the_details_after_the_colon():
    message = "各区标准不一：本区多列材料「照片」。请对照其他区统一标准"
    assert message_advice(message) == "请对照其他区统一标准"
    assert message_advice("键「a」重复出现：YAML 只保留最后一个；请合并为一个") == "请合并为一个"


def test_a_safe_fix_is_the_advice():
    fix = Fix(Span(3, 5, 3, 8), "居民身份证")
    assert (
        finding_advice(_finding("「身份证」不是规范名称，应写作「居民身份证」", fix)) == "改为「居民身份证」"
    )
    assert finding_advice(_finding("没有建议的说明")) == ""
