"""guidelint review --format html: one self-contained page, as text and in headless Chromium."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path

import browser
import pytest
from browser import open_page
from test_review import CHECKLIST, OLD, POWER_OF_ATTORNEY, line_of

chromium = browser.chromium  # the fixture

NEW = (
    OLD.replace("到现场次数: 0", "到现场次数: 1")
    .replace("是否收费: 否", "是否收费: 是")
    .replace(
        "  - 建立卫生管理制度，配备专职或兼职卫生管理人员\n",
        "  - 建立卫生管理制度，配备专职或兼职卫生管理人员\n  - 法律、法规规定的其他条件\n",
    )
    .replace(POWER_OF_ATTORNEY, "")
    .replace("事项名称: 公共场所卫生许可（新办）", "事项名称: 公共场所卫生许可（新办）<b>")
)
OLD_WITH_BAD_PHONE = OLD.replace("  - 010-85251234", "  - 010-8525123")


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("review")
    for folder, text in (("old", OLD_WITH_BAD_PHONE), ("new", NEW)):
        (root / folder).mkdir()
        (root / folder / "guide.yaml").write_text(text, encoding="utf-8")
        (root / folder / "checklist.yaml").write_text(CHECKLIST, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "checker", "review", "--format", "html", "old/guide.yaml", "new/guide.yaml"],
        capture_output=True, text=True, cwd=root,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr  # the catch-all clause is an error
    out = root / "review.html"
    out.write_text(result.stdout, encoding="utf-8")
    return out


def test_the_page_is_self_contained_and_escaped(page):
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"<link|@import|url\(|\bsrc=|https?://", html)
    assert "<script" not in html  # the review page needs no script
    assert "公共场所卫生许可（新办）&lt;b&gt;" in html and "（新办）<b>" not in html


def test_the_item_and_the_verdict_come_first(page):
    html = page.read_text(encoding="utf-8")
    order = [html.index(marker) for marker in ('class="item-codes"', 'id="verdict"', 'id="changes"',
                                                'id="findings"', 'id="source"', 'id="resolved"')]  # fmt: skip
    assert order == sorted(order)
    codes = dict(re.findall(r"<tr><th>([^<]+)</th><td>([^<]+)</td></tr>", html))
    assert codes["实施编码"] == "11110105000036571G1000125008" and codes["基本编码"] == "000125008000"
    verdict = re.search(r'<section id="verdict".*?</section>', html, re.DOTALL).group(0)
    assert "申请人负担：加重（3 处加重，1 处减轻）" in verdict
    reasons = re.findall(r"<li>(.*?)</li>", verdict)
    assert "新增受理条件「法律、法规规定的其他条件」" in reasons[0] and "▼ 减轻" in reasons[3]
    assert "联系方式" not in reasons[-1] and "· 留意" in reasons[-1]  # neither heavier nor lighter: last


def test_changed_lines_are_marked_and_new_findings_sit_at_their_line(page):
    html = page.read_text(encoding="utf-8")
    clause = line_of(NEW, "法律、法规规定的其他条件")
    assert re.search(rf'<div class="line changed flagged" id="L{clause}">', html)
    assert re.search(rf'<div class="line" id="L{line_of(NEW, "受理条件")}">', html)  # unchanged
    after = html[html.index(f'id="L{clause}"') :]
    note = after[: after.index(f'id="L{clause + 1}"')]
    assert "兜底条款" in note and "<b>怎样修改：</b>写明具体条件及其依据条款" in note
    assert f'<a href="#L{line_of(NEW, "到现场次数")}">第 {line_of(NEW, "到现场次数")} 行</a>' in html


def test_the_findings_the_change_removed_are_listed(page):
    html = page.read_text(encoding="utf-8")
    resolved = re.search(r'<section id="resolved">.*?</section>', html, re.DOTALL).group(0)
    assert "本次修改消除的问题（2 个）" in resolved
    assert re.findall(r'data-rule="([^"]+)"', resolved) == ["guide-unchecked-material", "contact-invalid"]
    assert (
        f"<code>old/guide.yaml:{line_of(OLD_WITH_BAD_PHONE, '010-8525123')}</code>" in resolved
    )  # OLD's line
    assert '<pre class="src"><span class="ln">' in resolved  # with OLD's text


def test_the_page_in_chromium_prints_on_a4(chromium, page, tmp_path):
    dom = open_page(chromium, tmp_path / "profile", page.as_uri(), "--dump-dom").stdout
    assert '<h2 class="headline">申请人负担：加重（3 处加重，1 处减轻）</h2>' in dom
    assert dom.count('class="line changed') == 5  # the condition, and the lines of visits, fee, phone
    shot = tmp_path / "review.png"
    open_page(
        chromium, tmp_path / "profile", page.as_uri(), f"--screenshot={shot}", "--window-size=1280,1600"
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (1280, 1600)
    assert len(data) > 20_000
    pdf = tmp_path / "review.pdf"
    open_page(
        chromium, tmp_path / "profile", page.as_uri(), f"--print-to-pdf={pdf}", "--no-pdf-header-footer"
    )
    media = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf.read_bytes())
    assert media and {(round(float(w)), round(float(h))) for w, h in media} == {(595, 842)}  # A4 in points


def test_lines_the_change_dropped_are_shown_struck_through_where_they_were(page):
    html = page.read_text(encoding="utf-8")
    start = html.index('<div class="dropped"')
    block = html[start : html.index(f'id="L{line_of(NEW, "办理方式")}"', start)]
    assert f'title="旧版在此处删去 {len(POWER_OF_ATTORNEY.splitlines())} 行"' in block
    assert '<del class="text">  - 材料名称: 授权委托书</del>' in block
    assert f'id="L{line_of(NEW, "检测日期在申请前1年以内")}"' in html[start - 300 : start]  # where they were


def test_a_pair_finding_on_the_checklist_is_shown_at_the_guides_line(tmp_path):
    from checker.config import Config
    from checker.report.review_html import render_html
    from checker.review import run_review

    licence = OLD[OLD.index("  - 材料名称: 营业执照") : OLD.index("  - 材料名称: 公共场所卫生检测报告")]
    for folder, text in (("old", OLD), ("new", OLD.replace(licence, ""))):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "guide.yaml").write_text(text, encoding="utf-8")
        (tmp_path / folder / "checklist.yaml").write_text(CHECKLIST, encoding="utf-8")
    result = run_review(str(tmp_path / "old/guide.yaml"), str(tmp_path / "new/guide.yaml"), Config())
    [finding] = [f for f in result.findings if f.rule == "checklist-unpublished-material"]
    [related] = finding.related
    html = render_html(result, {}, "2026-12-01 09:00")
    listing = html[html.index('<section id="source">') :]
    at = listing.index(f'id="L{related.line}"')
    assert (
        'data-rule="checklist-unpublished-material"'
        in listing[at : listing.index(f'id="L{related.line + 1}"')]
    )
