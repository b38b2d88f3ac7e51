"""The audit report as one self-contained HTML file: inline CSS, SVG and a little JavaScript.

The page skeleton, look and escaping are checker/report/html_page.py's, shared with the review
page. Filters work without a server by hiding table rows, and the overview cards, the bar charts
and the ranking are recounted from the rows left; a URL hash such as
``#district=北京市西城区&severity=error`` presets them, and the page states the filter it shows.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass

from checker.audit.charts import SEVERITY_COLORS, Bar, Segment, bar_chart, line_chart
from checker.audit.history import Trend
from checker.audit.summary import Item, Summary, causes_failed_visit
from checker.findings import SEVERITIES, SEVERITY_LABELS, Finding
from checker.report import Report, html_page
from checker.report.advice import doc_section, finding_advice
from checker.report.html_page import escape

TOP_BODIES = 15  # implementing bodies shown in their chart; the rest are added up
TOP_ITEMS = 30  # items in the ranking table
COVER_FIELDS = ("检查单位", "检查人", "日期")
UNFILTERED = "显示全部问题（未筛选）"


@dataclass
class Page:
    """What the report shows: the summary, the findings' context, and the trend if any."""

    summary: Summary
    report: Report  # source lines and rule documentation
    trend: Trend | None
    generated_at: str
    paths: list[str]
    version: str
    label: str = ""  # the run's name (--label), e.g. 2026年11月找茬日


def render(page: Page) -> str:
    summary = page.summary
    sections = [
        _overview(page),
        _charts(summary, page.report),
        _trend(page.trend) if page.trend is not None else "",
        _ranking(summary),
        _findings(summary, page.report),
    ]
    body = "\n".join(s for s in sections if s) + _rule_titles(page.report)
    return html_page.page(f"办事指南检查报告（{page.generated_at}）", body, CSS, SCRIPT)


def _rule_titles(report: Report) -> str:
    """Rule titles for the script that redraws the rule chart (JSON that cannot close the tag)."""
    titles = json.dumps({r: info.title for r, info in report.rules.items()}, ensure_ascii=False)
    safe = titles.replace("<", "\\u003c")
    return f'\n<script type="application/json" id="rule-titles">{safe}</script>'


def _overview(page: Page) -> str:
    summary = page.summary
    counts = summary.by_severity
    at_risk = len(summary.at_risk)
    cards = [
        ("items", "事项", len(summary.items), f"{summary.files} 个文件"),
        ("error", SEVERITY_LABELS["error"], counts["error"], "须在发布前改正"),
        ("warning", SEVERITY_LABELS["warning"], counts["warning"], "应当改正"),
        ("info", SEVERITY_LABELS["info"], counts["info"], "建议改进"),
        ("risk", "可能办不成事的事项", at_risk, "窗口收件与指南不一致（错误级）"),
    ]
    html_cards = "".join(
        f'<div class="card card-{key}"><div class="card-label">{label}</div>'
        f'<div class="card-value" data-card="{key}">{value}</div><div class="card-note">{note}</div></div>'
        for key, label, value, note in cards
    )
    scope = "、".join(escape(p) for p in page.paths)
    label = f"{escape(page.label)} · " if page.label else ""
    return (
        f'<header><h1>办事指南检查报告</h1><p class="meta">{label}检查范围：{scope} · 生成时间：'
        f"{escape(page.generated_at)} · guidelint {escape(page.version)}</p>"
        f"{html_page.cover(COVER_FIELDS, page.generated_at[:10])}</header>\n"
        f'<section id="overview"><h2>概况</h2><p class="filter-state" id="filter-state">{UNFILTERED}</p>'
        f'<div class="cards">{html_cards}</div></section>'
    )


def _severity_bar(label: str, counts: Counter) -> Bar:
    segments = tuple(
        Segment(counts[s], SEVERITY_COLORS[s], f"{SEVERITY_LABELS[s]} {counts[s]}") for s in SEVERITIES
    )
    return Bar(label, segments)


def _legend() -> str:
    return (
        '<p class="legend">'
        + "".join(
            f'<span><i style="background:{SEVERITY_COLORS[s]}"></i>{SEVERITY_LABELS[s]}</span>'
            for s in SEVERITIES
        )
        + "</p>"
    )


def rest_note(groups: list[tuple[str, Counter]], shown: int, noun: str) -> str:
    """The groups beyond the first ``shown`` as one line of text: a bar for them would dwarf the
    named ones and flatten them to slivers."""
    rest = groups[shown:]
    if not rest:
        return ""
    counts = sum((c for _, c in rest), Counter())
    if not counts.total():
        return f"其余 {len(rest)} 个{noun}没有问题"
    parts = "，".join(f"{SEVERITY_LABELS[s]} {counts[s]}" for s in SEVERITIES if counts[s])
    return f"其余 {len(rest)} 个{noun}共 {counts.total()} 个问题" + (f"（{parts}）" if parts else "")


def _charts(summary: Summary, report: Report) -> str:
    districts = [_severity_bar(d, c) for d, c in summary.by_district().items()]
    bodies_all = list(summary.by_body().items())
    bodies = [_severity_bar(b, c) for b, c in bodies_all[:TOP_BODIES]]
    rest = rest_note(bodies_all, TOP_BODIES, "实施主体")
    rules = [_severity_bar(_rule_title(report, r), c) for r, c in summary.by_rule().items()]
    figures = [
        ("district", "按行政区划", bar_chart(districts, "各行政区划的问题数", name="district"), ""),
        ("body", "按实施主体", bar_chart(bodies, "各实施主体的问题数", name="body"), rest),
        ("rule", "按规则", bar_chart(rules, "各规则的问题数", name="rule"), ""),
    ]
    html_figures = "".join(
        f'<figure class="chart-{i}"><figcaption>{caption}</figcaption>{svg}'
        f'<p class="note rest" data-rest="{name}">{escape(note)}</p></figure>'
        for i, (name, caption, svg, note) in enumerate(figures)
    )
    empty = '<p class="empty">未发现问题。</p>' if not rules else ""
    return f'<section id="charts"><h2>问题分布</h2>{_legend()}{empty}{html_figures}</section>'


def _rule_title(report: Report, rule: str) -> str:
    info = report.rules.get(rule)
    return info.title if info else rule


def _change(before: int | None, now: int) -> str:
    if before is None:
        return "—"
    delta = now - before
    return html_page.movement(delta, (f"▲ {delta}", f"▼ {-delta}", "— 0"), ("上升", "下降", "持平"))


def _trend(trend: Trend) -> str:
    labels = run_labels([run.started_at for run in trend.runs])
    names = [
        f"{run.label}（{label}）" if run.label else label
        for run, label in zip(trend.runs, labels, strict=True)
    ]
    chart = line_chart(trend.totals, labels, "各行政区划问题数的变化")
    two = len(trend.runs) >= 2
    head = "<tr><th>行政区划</th><th>上次问题数</th><th>本次问题数</th><th>变化</th>"
    head += "<th>上次错误</th><th>本次错误</th><th>变化</th></tr>"
    rows = []
    for district, totals in trend.totals.items():
        cells = [escape(district)]
        for series in (totals, trend.errors[district]):
            cells += (
                [str(series[-2]), str(series[-1]), _change(series[-2], series[-1])]
                if two
                else ["—", str(series[-1]), "—"]
            )
        rows.append('<tr class="trend-row">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    first = f"第一次：{escape(names[0])}；" if len(names) > 2 else ""
    note = (
        f"与相同检查范围的最近 {len(trend.runs)} 次检查比较（{first}上次：{escape(names[-2])}），"
        "问题数按行政区划汇总；▲ 上升、▼ 下降。"
        if two
        else "历史库中只有本次检查范围的这一次记录；对相同范围再检查一次即可看到变化。"
    )
    return (
        f'<section id="trend"><h2>趋势（一升一降）</h2><p class="note">{note}</p>{_other_scopes(trend)}'
        f'<figure class="chart-trend">{chart}</figure>'
        f'<table class="trend"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'
        f"{_item_changes(trend) if two else ''}</section>"
    )


def _other_scopes(trend: Trend) -> str:
    """Runs over other paths are named, not mixed into the trend."""
    if not trend.other_scopes:
        return ""
    listed = "；".join(
        f"{escape('、'.join(run.paths))}（{escape(run.label + ' ' if run.label else '')}{escape(run.started_at[:10])}）"
        for run in trend.other_scopes[:5]
    )
    more = f"等 {len(trend.other_scopes)} 种" if len(trend.other_scopes) > 5 else ""
    return (
        f'<p class="scope-change">检查范围与历史库中的其他记录不同：{listed}{more}。'
        "范围不同的检查未计入趋势，以免把未检查的区当作问题减少。</p>"
    )


def _item_changes(trend: Trend) -> str:
    if trend.items is None:
        return '<p class="note">上次检查未记录各事项的问题数，无法列出哪些事项变好或变差。</p>'
    if not trend.items:
        return '<p class="note">与上次相比，各事项的问题数没有变化。</p>'
    rows = "".join(
        f'<tr class="item-change"><td>{escape(c.name)}</td><td>{escape(c.district)}</td>'
        f'<td class="num">{c.before.total()}</td><td class="num">{c.now.total()}</td>'
        f"<td>{_change(c.before.total(), c.now.total())}</td></tr>"
        for c in trend.items
    )
    worse, better = sum(c.delta > 0 for c in trend.items), sum(c.delta < 0 for c in trend.items)
    return (
        f"<h3>与上次相比变化的事项（变差 {worse} 个，变好 {better} 个）</h3>"
        '<table class="item-changes"><thead><tr><th>事项</th><th>行政区划</th><th>上次问题数</th>'
        f"<th>本次问题数</th><th>变化</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def run_labels(started: list[str]) -> list[str]:
    """Short labels for runs (``2026-11-26T17:20:05+08:00`` → ``11-26 17:20``), with the seconds
    and then the run's number added where two runs would otherwise look the same."""
    for width in (11, 14):
        labels = [_short_time(s, width) for s in started]
        if len(set(labels)) == len(labels):
            return labels
    return [f"{label} #{n}" for n, label in enumerate(labels, 1)]


def _short_time(started_at: str, width: int) -> str:
    match = re.match(r"\d{4}-(\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})", started_at)
    return f"{match.group(1)} {match.group(2)}"[:width] if match else started_at


def _ranking(summary: Summary) -> str:
    """Every item with findings, the first TOP_ITEMS shown; the script re-ranks them by the
    findings a filter leaves."""
    numbered = [(n, item) for n, item in enumerate(summary.items, 1) if item.findings]
    if not numbered:
        return '<section id="ranking"><h2>问题最多的事项</h2><p class="empty">未发现问题。</p></section>'
    rows = []
    for rank, (n, item) in enumerate(numbered, 1):
        counts = item.counts
        risk = '<span class="risk">可能办不成事</span>' if item.at_risk else ""
        hidden = " hidden" if rank > TOP_ITEMS else ""
        rows.append(
            f'<tr class="rank-row" data-item="{n}"{hidden}><td class="num rank">{rank}</td>'
            f'<td><a href="#item-{n}">{escape(item.name)}</a>'
            f" {risk}</td><td>{escape(item.district)}</td><td>{escape(item.body)}</td>"
            f'<td class="num" data-count="error">{counts["error"]}</td>'
            f'<td class="num" data-count="warning">{counts["warning"]}</td>'
            f'<td class="num" data-count="info">{counts["info"]}</td></tr>'
        )
    more = len(numbered) - TOP_ITEMS
    tail = (
        f'<p class="note" id="ranking-more">另有 {more} 个事项有问题，见下文“全部问题”。</p>'
        if more > 0
        else ""
    )
    return (
        f'<section id="ranking" data-top="{TOP_ITEMS}"><h2>问题最多的事项</h2><table class="ranking"><thead>'
        "<tr><th>#</th><th>事项</th><th>行政区划</th><th>实施主体</th><th>错误</th><th>警告</th><th>提示</th></tr>"
        f"</thead><tbody>{''.join(rows)}</tbody></table>{tail}</section>"
    )


def _filters(summary: Summary, report: Report) -> str:
    def select(name: str, label: str, options: list[tuple[str, str]]) -> str:
        html_options = "".join(f'<option value="{escape(v)}">{escape(t)}</option>' for v, t in options)
        return (
            f'<label>{label} <select data-filter="{name}" data-label="{label}"><option value="">全部</option>'
            f"{html_options}</select></label>"
        )

    district_counts = Counter(item.district for item in summary.items for _ in item.findings)
    body_counts = Counter(item.body for item in summary.items for _ in item.findings)
    bodies = sorted(body_counts)
    rule_counts = Counter(f.rule for f in summary.findings)
    severity_counts = summary.by_severity
    risky = sum(len(item.findings) for item in summary.at_risk)
    return (
        '<div class="filters no-print" hidden>'
        + select("district", "行政区划", [(d, f"{d}（{district_counts[d]}）") for d in summary.districts])
        + select("body", "实施主体", [(b, f"{b}（{body_counts[b]}）") for b in bodies])
        + select(
            "rule", "规则", [(r, f"{_rule_title(report, r)}（{rule_counts[r]}）") for r in summary.rules]
        )
        + select(
            "severity",
            "级别",
            [(s, f"{SEVERITY_LABELS[s]}（{severity_counts[s]}）") for s in SEVERITIES if severity_counts[s]],
        )
        + select("risk", "事项", [("1", f"可能办不成事的事项（{risky}）")])
        + '<label>文字 <input type="search" data-filter="q" data-label="含文字" placeholder="事项、材料、说明…"></label>'
        + '<button type="button" data-reset>清除筛选</button>'
        + f'<span class="shown">显示 <b id="shown">{len(summary.findings)}</b> / {len(summary.findings)} 条</span>'
        + "</div>"
    )


def _findings(summary: Summary, report: Report) -> str:
    generic = {rule: doc_section(info.doc, "怎样修改") for rule, info in report.rules.items()}
    articles = []
    clean = []
    for n, item in enumerate(summary.items, 1):
        if not item.findings:
            clean.append(item)
            continue
        rows = "".join(_finding_row(f, n, item, report, generic) for f in item.findings)
        code = f"实施编码 {escape(item.key)} · " if item.key != item.name else ""
        files = "、".join(f"<code>{escape(p)}</code>" for p in item.paths) or "—"
        risk = ' <span class="risk">可能办不成事</span>' if item.at_risk else ""
        articles.append(
            f'<article class="item" id="item-{n}" data-district="{escape(item.district)}">'
            f"<h3>{n}. {escape(item.name)}{risk}</h3>"
            f'<p class="meta">{code}{escape(item.district)} · {escape(item.body)} · 文件：{files}</p>'
            '<table class="findings"><thead><tr><th class="col-sev">级别</th><th class="col-loc">位置</th>'
            f"<th>问题</th></tr></thead><tbody>{rows}</tbody></table></article>"
        )
    clean_html = ""
    if clean:
        names = "、".join(f"{escape(i.name)}（{escape(i.district)}）" for i in clean)
        clean_html = f'<p class="clean">未发现问题的事项（{len(clean)} 个）：{names}</p>'
    empty = '<p class="empty">未发现问题。</p>' if not articles else ""
    return (
        f'<section id="findings"><h2>全部问题</h2>{_filters(summary, report)}{empty}'
        f"{''.join(articles)}{clean_html}</section>"
    )


def _finding_row(f: Finding, n: int, item: Item, report: Report, generic: dict[str, str]) -> str:
    title = _rule_title(report, f.rule)
    how = finding_advice(f) or generic.get(f.rule, "")
    how_html = f'<div class="advice"><b>怎样修改：</b>{escape(how)}</div>' if how else ""
    related = "".join(
        f'<div class="related">{escape(r.message)}：<code>{escape(r.path)}:{r.line}</code></div>'
        for r in f.related
    )
    return (
        f'<tr class="finding sev-{f.severity}" data-item="{n}" data-district="{escape(item.district)}" '
        f'data-body="{escape(item.body)}" data-rule="{escape(f.rule)}" data-severity="{f.severity}" '
        f'data-risk="{1 if item.at_risk else ""}" data-fails="{1 if causes_failed_visit(f) else ""}">'
        f"<td>{html_page.severity_badge(f.severity)}</td>"
        f'<td class="loc"><code>{escape(f.path)}:{f.line}</code></td>'
        f'<td><div class="rule">{escape(title)} <code>{escape(f.rule)}</code></div>'
        f'<div class="msg">{escape(f.message)}</div>{_source(f, report)}{related}{how_html}</td></tr>'
    )


def _source(f: Finding, report: Report) -> str:
    """The finding's first line as written, with the offending span marked."""
    text = report.line(f.path, f.line)
    if not text.strip():
        return ""
    start = max(f.column - 1, 0)
    end = f.end_column - 1 if f.end_line == f.line else len(text)
    return html_page.source_line(text, f.line, start, end)


CSS = """
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{flex:1 1 150px;border:1px solid var(--line);border-top:4px solid #1d2733;border-radius:4px;padding:10px 14px}
.card-error{border-top-color:var(--error)}.card-warning{border-top-color:var(--warning)}
.card-info{border-top-color:var(--info)}.card-risk{border-top-color:#7b1fa2}
.card-label{font-size:13px;color:var(--muted)}.card-value{font-size:30px;font-weight:700}
.card-note{font-size:12px;color:var(--muted)}
.filter-state{font-size:13px;margin:4px 0 10px;padding:4px 8px;background:#f2f4f7;border-radius:3px}
.filter-state.active{background:#fff4d6;border:1px solid #e0b84a}
.scope-change{font-size:13px;padding:6px 10px;border-left:4px solid var(--warning);background:#fff8e6}
figure{margin:12px 0 20px}figcaption{font-weight:700;margin-bottom:4px}
svg.chart{max-width:100%;height:auto;display:block}
svg.chart text{fill:#1d2733}svg.chart text.axis,svg.chart text.value{fill:var(--muted)}
p.rest:empty{display:none}
.legend span{margin-right:14px;font-size:13px}
.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px}
.col-sev{width:56px}.col-loc{width:28%}
article.item{content-visibility:auto;contain-intrinsic-size:auto 320px}
td.loc code{word-break:break-all}
.filters{position:sticky;top:0;background:#fff;border:1px solid var(--line);border-radius:4px;padding:8px 10px;
margin:8px 0;display:flex;flex-wrap:wrap;gap:10px 16px;align-items:center;z-index:1}
.filters[hidden]{display:none}.filters select{max-width:260px;font:inherit}.shown{margin-left:auto}
@media print{
.filters{display:none!important}
section#findings{break-before:page}
figure,.card{break-inside:avoid}
article.item{content-visibility:visible}
}
"""

SCRIPT = """
(function () {
  var box = document.querySelector('.filters');
  if (!box) return;
  var SEV = ['error', 'warning', 'info'];
  var COLORS = {error: '#c0392b', warning: '#e08e0b', info: '#2e86c1'};
  var NAMES = {error: '错误', warning: '警告', info: '提示'};
  var TOP_BODIES = 15;
  var controls = box.querySelectorAll('[data-filter]');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
  var texts = null;  // each row's text, read when a text filter is first used
  var items = document.querySelectorAll('article.item');
  var ranked = Array.prototype.slice.call(document.querySelectorAll('tr.rank-row'));
  var rankBody = ranked.length ? ranked[0].parentNode : null;
  var top = +(document.getElementById('ranking') || {dataset: {}}).dataset.top || 30;
  var cards = {};
  document.querySelectorAll('[data-card]').forEach(function (c) { cards[c.dataset.card] = c; });
  var initial = {};
  Object.keys(cards).forEach(function (k) { initial[k] = cards[k].textContent; });
  var itemsNote = cards.items.parentNode.querySelector('.card-note'), itemsNoteText = itemsNote.textContent;
  var state = document.getElementById('filter-state');
  var unfiltered = state.textContent;
  var titles = JSON.parse((document.getElementById('rule-titles') || {}).textContent || '{}');
  var shown = document.getElementById('shown');
  var charts = {};
  document.querySelectorAll('svg[data-chart]').forEach(function (svg) { charts[svg.dataset.chart] = svg; });
  var drawn = false;
  var SVG_NS = (document.querySelector('svg') || {}).namespaceURI;

  function wanted() {
    var want = {};
    controls.forEach(function (c) { want[c.dataset.filter] = c.value.trim(); });
    return want;
  }
  function textWidth(text) {
    var w = 0;
    for (var i = 0; i < text.length; i++) w += /[\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6]/.test(text[i]) ? 13 : 7.8;
    return w;
  }
  function clip(text, room) {
    if (textWidth(text) <= room) return text;
    while (text && textWidth(text + '…') > room) text = text.slice(0, -1);
    return text + '…';
  }
  function el(name, attrs, text) {
    var node = document.createElementNS(SVG_NS, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function drawBars(svg, bars) {
    // the same layout as checker/audit/charts.py's bar_chart
    var width = +svg.dataset.width, row = 24, gap = 6, pad = 4;
    var labelRoom = Math.min(Math.max.apply(null, [0].concat(bars.map(function (b) { return textWidth(b.label); }))) + 10, width * 0.4);
    var totals = bars.map(function (b) { return b.total; });
    var max = Math.max.apply(null, [0].concat(totals));
    var plot = width - labelRoom - textWidth(String(max)) - 12;
    var scale = max ? plot / max : 0;
    var height = pad * 2 + bars.length * row;
    var title = svg.querySelector('title');
    while (svg.lastChild !== title) svg.removeChild(svg.lastChild);
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('height', height);
    bars.forEach(function (bar, i) {
      var y = pad + i * row, middle = y + row / 2;
      var label = el('text', {x: labelRoom - 8, y: middle, 'text-anchor': 'end', 'dominant-baseline': 'central'});
      label.appendChild(el('title', {}, bar.label));
      label.appendChild(document.createTextNode(clip(bar.label, labelRoom - 10)));
      svg.appendChild(label);
      var x = labelRoom;
      SEV.forEach(function (s) {
        if (!bar.counts[s]) return;
        var w = bar.counts[s] * scale;
        var rect = el('rect', {x: x, y: y + gap / 2, width: w, height: row - gap, fill: COLORS[s]});
        rect.appendChild(el('title', {}, bar.label + '：' + NAMES[s] + ' ' + bar.counts[s]));
        svg.appendChild(rect);
        x += w;
      });
      svg.appendChild(el('text', {x: x + 4, y: middle, 'dominant-baseline': 'central', 'class': 'value'}, String(bar.total)));
    });
  }
  function group(visible, key, label) {
    var groups = {};
    visible.forEach(function (row) {
      var k = row.dataset[key];
      var g = groups[k] || (groups[k] = {label: label(k), counts: {}, total: 0});
      g.counts[row.dataset.severity] = (g.counts[row.dataset.severity] || 0) + 1;
      g.total++;
    });
    return Object.keys(groups).map(function (k) { return groups[k]; }).sort(function (a, b) {
      for (var i = 0; i < SEV.length; i++) {
        var d = (b.counts[SEV[i]] || 0) - (a.counts[SEV[i]] || 0);
        if (d) return d;
      }
      return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
    });
  }
  function redraw(visible) {
    var same = function (k) { return k; };
    if (charts.district) drawBars(charts.district, group(visible, 'district', same));
    if (charts.rule) drawBars(charts.rule, group(visible, 'rule', function (k) { return titles[k] || k; }));
    if (charts.body) {
      var bodies = group(visible, 'body', same);
      drawBars(charts.body, bodies.slice(0, TOP_BODIES));
      var rest = bodies.slice(TOP_BODIES), note = document.querySelector('[data-rest="body"]');
      var counts = {}, total = 0;
      rest.forEach(function (b) { total += b.total; SEV.forEach(function (s) { counts[s] = (counts[s] || 0) + (b.counts[s] || 0); }); });
      var parts = SEV.filter(function (s) { return counts[s]; }).map(function (s) { return NAMES[s] + ' ' + counts[s]; });
      note.textContent = rest.length ? '其余 ' + rest.length + ' 个实施主体共 ' + total + ' 个问题' + (parts.length ? '（' + parts.join('，') + '）' : '') : '';
    }
  }
  function rerank(perItem) {
    if (!rankBody) return;
    var order = ranked.filter(function (r) { return perItem[r.dataset.item]; });
    order.sort(function (a, b) {
      var x = perItem[a.dataset.item], y = perItem[b.dataset.item];
      for (var i = 0; i < SEV.length; i++) if (y[SEV[i]] !== x[SEV[i]]) return y[SEV[i]] - x[SEV[i]];
      return a.dataset.item - b.dataset.item;
    });
    ranked.forEach(function (r) { r.hidden = true; });
    order.forEach(function (r, i) {
      var c = perItem[r.dataset.item];
      r.hidden = i >= top;
      r.querySelector('.rank').textContent = i + 1;
      SEV.forEach(function (s) { r.querySelector('[data-count="' + s + '"]').textContent = c[s]; });
      rankBody.appendChild(r);
    });
    var more = document.getElementById('ranking-more');
    if (more) more.hidden = order.length <= top;
  }
  function apply(keepHash) {
    var want = wanted();
    var keys = Object.keys(want).filter(function (k) { return want[k]; });
    var q = (want.q || '').toLowerCase();
    if (q && !texts) texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
    var visible = [], perItem = {}, itemSet = {}, riskSet = {}, sev = {error: 0, warning: 0, info: 0};
    rows.forEach(function (row, i) {
      var ok = keys.every(function (k) { return k === 'q' ? texts[i].indexOf(q) >= 0 : row.dataset[k] === want[k]; });
      row.hidden = !ok;
      if (!ok) return;
      visible.push(row);
      var n = row.dataset.item;
      var c = perItem[n] || (perItem[n] = {error: 0, warning: 0, info: 0});
      c[row.dataset.severity]++;
      sev[row.dataset.severity]++;
      itemSet[n] = 1;
      if (row.dataset.risk) riskSet[n] = 1;
    });
    items.forEach(function (item) { item.hidden = !item.querySelector('tr.finding:not([hidden])'); });
    shown.textContent = visible.length;
    if (keys.length) {
      cards.items.textContent = Object.keys(itemSet).length;
      SEV.forEach(function (s) { cards[s].textContent = sev[s]; });
      cards.risk.textContent = Object.keys(riskSet).length;
      itemsNote.textContent = '有筛选出的问题的事项';
      state.textContent = '筛选：' + keys.map(function (k) {
        var c = box.querySelector('[data-filter="' + k + '"]');
        var text = c.tagName === 'SELECT' ? c.options[c.selectedIndex].text.replace(/（\\d+）$/, '') : '“' + want[k] + '”';
        return c.dataset.label + ' ' + text;
      }).join('；') + '。概况、图表和排名只计筛选后的 ' + visible.length + ' 个问题。';
    } else {
      Object.keys(cards).forEach(function (k) { cards[k].textContent = initial[k]; });
      itemsNote.textContent = itemsNoteText;
      state.textContent = unfiltered;
    }
    state.classList.toggle('active', keys.length > 0);
    if (keys.length || drawn) { redraw(visible); drawn = keys.length > 0; }
    rerank(perItem);
    if (keepHash) return;
    var parts = keys.map(function (k) { return k + '=' + encodeURIComponent(want[k]); });
    try {
      history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search);
    } catch (e) { /* some browsers refuse for file: pages; the filter still works */ }
  }
  function fromHash() {
    var given = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      var i = part.indexOf('=');
      if (i > 0) given[part.slice(0, i)] = decodeURIComponent(part.slice(i + 1));
    });
    if (!Object.keys(given).length) return false;
    controls.forEach(function (c) {
      var value = given[c.dataset.filter] || '';
      if (c.tagName !== 'SELECT') { c.value = value; return; }
      var known = Array.prototype.some.call(c.options, function (o) { return o.value === value; });
      c.value = known ? value : '';
    });
    return true;
  }
  var timer;  // typing waits for a pause; a choice in a list applies at once
  controls.forEach(function (c) {
    if (c.tagName === 'SELECT') { c.addEventListener('change', function () { apply(false); }); return; }
    c.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { apply(false); }, 200);
    });
  });
  box.querySelector('[data-reset]').addEventListener('click', function () {
    controls.forEach(function (c) { c.value = ''; });
    apply(false);
  });
  window.addEventListener('hashchange', function () { if (fromHash()) apply(true); });
  box.hidden = false;
  if (fromHash()) apply(true);
})();
"""
