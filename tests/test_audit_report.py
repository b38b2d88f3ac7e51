"""The HTML report as text: self-contained, escaped, every finding with its context; the charts."""

from __future__ import annotations

import re

import pytest
from audit_corpus import RULES, guidelint, make_corpus

from checker.audit.charts import Bar, Segment, bar_chart, clip, line_chart, nice_ticks, text_width
from checker.audit.html import doc_section
from checker.rules import registry


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("audit")
    corpus = make_corpus(root / "guides")
    out = root / "report.html"
    result = guidelint(
        "audit", str(corpus), "--select", RULES, "--html", str(out), "--history", str(root / "h.db")
    )
    assert result.returncode == 1, result.stderr
    assert "可能办不成事的事项 0 个" in result.stderr
    return out.read_text(encoding="utf-8")


def test_report_fetches_nothing(report):
    assert re.findall(r"https?://[^\s\"']+", report) == ["http://www.w3.org/2000/svg"] * report.count("<svg")
    assert not re.search(r"<link|@import|url\(|\bsrc=", report)
    assert '<html lang="zh-CN">' in report and '<meta charset="utf-8">' in report


def test_user_text_is_escaped(report):
    assert "<script>alert(1)</script>" not in report
    assert "结婚登记&lt;script&gt;alert(1)&lt;/script&gt;" in report
    assert report.count("<script>") == 1  # the report's own


def test_every_finding_shows_place_source_line_title_and_advice(report):
    rows = re.findall(r'<tr class="finding.*?</tr>', report, re.DOTALL)
    assert len(rows) == 3
    [row] = [r for r in rows if 'data-rule="time-limit-inconsistent"' in r]
    assert 'data-district="北京市石景山区"' in row and 'data-severity="error"' in row
    assert re.search(r"工作居住证/guide\.yaml:36</code>", row)
    assert '<pre class="src"><span class="ln">36</span>  <mark>时限: 30</mark></pre>' in row
    assert "办结时限矛盾" in row
    assert "<b>怎样修改：</b>承诺时限只能短于或等于法定时限，请核对时限和单位" in row  # this finding's own
    generic = doc_section(registry()["time-limit-inconsistent"].doc, "怎样修改")
    assert generic not in row


def test_summary_cards_charts_ranking_and_print_stylesheet(report):
    cards = dict(re.findall(r'data-card="(\w+)">(\d+)<', report))
    assert cards == {"items": "3", "error": "1", "warning": "1", "info": "1", "risk": "0"}
    assert report.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart"') == 4  # 3 bars + trend
    ranking = re.search(r'<table class="ranking">.*?</table>', report, re.DOTALL).group(0)
    assert ranking.index("北京市工作居住证办理") < ranking.index("结婚登记")  # the error first
    assert "@media print" in report and "size:A4" in report
    assert re.search(r"@media print\{[^@]*\.filters\{display:none", report)
    assert "section{break-before:page}" not in report  # the overview and charts share the first page
    assert "section#findings{break-before:page}" in report
    assert 'counter(page) " 页 / 共 " counter(pages)' in report  # page numbers in the page margin
    cover = re.search(r'<div class="cover">.*?</div></div>', report).group(0)
    assert [label for label in re.findall(r'aria-label="([^"]+)"', cover)] == ["检查单位", "检查人", "日期"]
    assert re.search(r'aria-label="日期" value="\d{4}-\d{2}-\d{2}"', cover)
    assert "历史库中只有本次检查范围的这一次记录" in report


def test_doc_section_reads_one_section_of_a_rule_doc():
    doc = "检查什么\n    甲。\n\n为什么重要\n    乙，\n    丙。\n\n怎样修改\n    丁。\n"
    assert doc_section(doc, "为什么重要") == "乙， 丙。"
    assert doc_section(doc, "怎样修改") == "丁。"
    assert doc_section(doc, "示例") == ""


def test_bar_chart_keeps_labels_as_text_and_scales_bars():
    bars = [
        Bar("北京市西城区", (Segment(4, "#c00", "错误 4"), Segment(2, "#e90", "警告 2"))),
        Bar("北京市东城区", (Segment(3, "#c00", "错误 3"),)),
    ]
    svg = bar_chart(bars, "按行政区划")
    assert ">北京市西城区</text>" in svg and ">6</text>" in svg and ">3</text>" in svg
    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"', svg)]
    assert widths[0] / widths[1] == pytest.approx(2, rel=1e-3)
    assert widths[2] / widths[0] == pytest.approx(0.75, rel=1e-3)


def test_line_chart_draws_one_line_per_series_with_a_point_per_run():
    svg = line_chart({"西城区": [3, 1], "东城区": [1, 2]}, ["11-01 09:00", "11-26 09:00"], "趋势")
    assert svg.count("<polyline") == 2 and svg.count("<circle") == 4
    assert ">11-26 09:00</text>" in svg and "<title>西城区 11-01 09:00：3</title>" in svg


def test_chart_helpers():
    assert text_width("西城区") == 3 * 13 and text_width("ab") == pytest.approx(2 * 13 * 0.6)
    assert clip("北京市西城区人力资源和社会保障局", 80).endswith("…")
    assert text_width(clip("北京市西城区人力资源和社会保障局", 80)) <= 80
    assert nice_ticks(7) == [0, 2, 4, 6, 8] and nice_ticks(0) == [0, 1] and nice_ticks(3)[-1] >= 3


def test_with_a_hundred_bodies_the_rest_is_text_and_the_named_bars_keep_their_scale():
    from collections import Counter

    from checker.audit.html import TOP_BODIES, rest_note

    groups = [(f"主体{n}", Counter(error=100 - n)) for n in range(100)]
    note = rest_note(groups, TOP_BODIES, "实施主体")
    rest = sum(100 - n for n in range(TOP_BODIES, 100))
    assert note == f"其余 {100 - TOP_BODIES} 个实施主体共 {rest} 个问题（错误 {rest}）"
    assert rest_note(groups[:TOP_BODIES], TOP_BODIES, "实施主体") == ""
    clean = [*groups[:TOP_BODIES], ("主体甲", Counter()), ("主体乙", Counter())]
    assert rest_note(clean, TOP_BODIES, "实施主体") == "其余 2 个实施主体没有问题"  # not 共 0 个问题


def test_the_body_chart_shows_named_bars_only_and_the_rest_as_text(tmp_path):
    from checker.audit.html import Page, render
    from checker.audit.summary import Item, Summary
    from checker.findings import Finding
    from checker.report import Report

    items = []
    for n in range(100):
        path = f"g{n}/guide.yaml"
        findings = [Finding(path, 1, 1, 1, 2, "fee-incomplete", "warning", "m：请写明")] * (n % 7 + 1)
        items.append(Item(f"c{n}", f"事项{n}", "北京市西城区", f"北京市西城区第{n}局", [path], findings))
    summary = Summary(sorted(items, key=Item.rank_key), files=100)
    page = render(Page(summary, Report([], 100), None, "2026-12-01 09:00", ["guides"], "0.1.0"))
    chart = re.search(r'<svg[^>]*data-chart="body".*?</svg>', page, re.DOTALL).group(0)
    assert "其余" not in chart and chart.count("<rect") == 15
    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"', chart)]
    assert min(widths) / max(widths) > 0.5  # 7 findings vs 4: the bars stay comparable
    assert re.search(r'data-rest="body">其余 85 个实施主体共 \d+ 个问题（警告 \d+）</p>', page)
