"""The HTML report in a real browser: headless Chromium renders it, runs its filters, screenshots it
(tests/browser.py: skipped only where Chromium is absent outside CI)."""

from __future__ import annotations

import re
import struct
from pathlib import Path
from urllib.parse import quote

import browser
import pytest
from audit_corpus import RULES, guidelint, make_corpus
from browser import open_page

chromium = browser.chromium  # the fixture


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    """The report after two audits: 石景山区's time-limit error fixed in between."""
    root = tmp_path_factory.mktemp("browser")
    corpus = make_corpus(root / "guides")
    db, out = root / "audit.db", root / "report.html"
    args = ("audit", str(corpus), "--select", RULES, "--html", str(out), "--history", str(db))
    assert guidelint(*args).returncode == 1
    guide = corpus / "石景山区/工作居住证/guide.yaml"
    guide.write_text(guide.read_text(encoding="utf-8").replace("时限: 30", "时限: 10"), encoding="utf-8")
    result = guidelint(*args)
    assert result.returncode == 0, result.stderr  # only a warning and an info remain
    return out


def _dom(chromium: str, tmp_path: Path, report: Path, hash_: str = "") -> str:
    return open_page(chromium, tmp_path / "profile", report.as_uri() + hash_, "--dump-dom").stdout


def _visible_rows(dom: str) -> list[str]:
    rows = re.findall(r'<tr class="finding[^>]*>', dom)
    return [re.search(r'data-rule="([^"]+)"', r).group(1) for r in rows if " hidden" not in r]


def test_rendered_report_has_summary_charts_and_a_two_point_trend(chromium, report, tmp_path):
    dom = _dom(chromium, tmp_path, report)
    assert re.search(r'<div class="filters no-print">', dom)  # the script ran and showed the filters
    assert dict(re.findall(r'data-card="(\w+)">(\d+)<', dom)) == {
        "items": "3", "error": "0", "warning": "1", "info": "1", "risk": "0",
    }  # fmt: skip
    assert dom.count('class="chart"') == 4
    trend = re.search(r'<section id="trend">.*?</section>', dom, re.DOTALL).group(0)
    assert trend.count("<polyline") == 2 and trend.count("<circle") == 4  # two districts × two runs
    rows = dict(re.findall(r'<tr class="trend-row"><td>([^<]+)</td>(.*?)</tr>', trend))
    assert "▼ 1" in rows["北京市石景山区"] and "— 0" in rows["北京市西城区"]
    assert sorted(_visible_rows(dom)) == ["fee-incomplete", "missing-counterpart"]
    assert '<b id="shown">2</b>' in dom


def test_a_hash_presets_the_filters_and_hides_the_other_rows(chromium, report, tmp_path):
    dom = _dom(chromium, tmp_path, report, "#district=" + quote("北京市西城区"))
    assert _visible_rows(dom) == ["fee-incomplete"]
    assert '<b id="shown">1</b>' in dom
    hidden_items = re.findall(r'<article class="item" id="item-\d+" data-district="([^"]+)" hidden', dom)
    assert hidden_items == ["北京市石景山区"]
    dom = _dom(chromium, tmp_path, report, "#severity=info")
    assert _visible_rows(dom) == ["missing-counterpart"]


def test_screenshot_of_the_report(chromium, report, tmp_path):
    shot = tmp_path / "report.png"
    open_page(
        chromium, tmp_path / "profile", report.as_uri(), f"--screenshot={shot}", "--window-size=1280,2000"
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1280, 2000)
    assert len(data) > 20_000  # a rendered page, not a blank one


def _cards(dom: str) -> dict[str, str]:
    return dict(re.findall(r'data-card="(\w+)">(\d+)<', dom))


def test_a_filter_recounts_the_overview_charts_and_ranking_and_is_stated(chromium, report, tmp_path):
    dom = _dom(chromium, tmp_path, report, "#body=" + quote("北京市西城区民政局"))
    assert _visible_rows(dom) == ["fee-incomplete"]
    assert _cards(dom) == {"items": "1", "error": "0", "warning": "1", "info": "0", "risk": "0"}
    assert '<div class="card-note">有筛选出的问题的事项</div>' in dom
    state = re.search(r'<p class="filter-state active" id="filter-state">([^<]+)</p>', dom).group(1)
    assert state.startswith("筛选：实施主体 北京市西城区民政局。")
    district_chart = re.search(r'<svg[^>]*data-chart="district".*?</svg>', dom, re.DOTALL).group(0)
    assert district_chart.count("<rect") == 1 and "北京市西城区" in district_chart
    ranking = re.search(r'<table class="ranking">.*?</table>', dom, re.DOTALL).group(0)
    assert len(re.findall(r'<tr class="rank-row" data-item="\d+">', ranking)) == 1  # the others hidden


def test_free_text_and_the_failed_visit_filter(chromium, report, tmp_path):
    dom = _dom(chromium, tmp_path, report, "#q=" + quote("收件清单"))
    assert _visible_rows(dom) == ["missing-counterpart"]
    assert "含文字 “收件清单”" in dom
    dom = _dom(chromium, tmp_path, report, "#risk=1")
    assert _visible_rows(dom) == [] and _cards(dom)["risk"] == "0"


def test_the_report_prints_on_few_a4_pages(chromium, report, tmp_path):
    pdf = tmp_path / "report.pdf"
    open_page(
        chromium, tmp_path / "profile", report.as_uri(), f"--print-to-pdf={pdf}", "--no-pdf-header-footer"
    )
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    assert 1 <= pages <= 3  # overview, charts and trend together; the findings from a new page
