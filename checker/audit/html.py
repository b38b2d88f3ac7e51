"""The audit report as one self-contained HTML file: inline CSS, SVG and a little JavaScript.

Nothing is fetched (no fonts, scripts or styles from elsewhere), so the file opens on an office PC
without internet and can be mailed on. Filters work without a server by hiding table rows; a
URL hash such as ``#district=北京市西城区&severity=error`` presets them. Every piece of text that
comes from documents or configuration passes through ``html.escape``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from html import escape

from checker.audit.charts import SEVERITY_COLORS, Bar, Segment, bar_chart, line_chart
from checker.audit.history import Trend
from checker.audit.summary import Item, Summary
from checker.findings import SEVERITIES, SEVERITY_LABELS, Finding
from checker.report import Report

TOP_BODIES = 15  # implementing bodies shown in their chart; the rest are added up
TOP_ITEMS = 30  # items in the ranking table


@dataclass
class Page:
    """What the report shows: the summary, the findings' context, and the trend if any."""

    summary: Summary
    report: Report  # source lines and rule documentation
    trend: Trend | None
    generated_at: str
    paths: list[str]
    version: str


def doc_section(doc: str, heading: str) -> str:
    """The text under ``heading`` in a rule's documentation (sections as in ``guidelint rules``)."""
    match = re.search(rf"^{re.escape(heading)}\s*\n((?:[ \t]+.*(?:\n|$)|\s*\n)+)", doc, re.MULTILINE)
    if match is None:
        return ""
    return " ".join(line.strip() for line in match.group(1).splitlines() if line.strip())


def render(page: Page) -> str:
    summary = page.summary
    sections = [
        _overview(page),
        _charts(summary, page.report),
        _trend(page.trend) if page.trend is not None else "",
        _ranking(summary),
        _findings(summary, page.report),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="guidelint">\n'
        f"<title>办事指南检查报告（{escape(page.generated_at)}）</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n" + "\n".join(s for s in sections if s) + "\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


def _overview(page: Page) -> str:
    summary = page.summary
    counts = summary.by_severity
    at_risk = len(summary.at_risk)
    cards = [
        ("items", "事项", len(summary.items), f"{summary.files} 个文件"),
        ("error", "错误", counts["error"], "须在发布前改正"),
        ("warning", "警告", counts["warning"], "应当改正"),
        ("info", "提示", counts["info"], "建议改进"),
        ("risk", "可能办不成事的事项", at_risk, "窗口收件与指南不一致（错误级）"),
    ]
    html_cards = "".join(
        f'<div class="card card-{key}"><div class="card-label">{label}</div>'
        f'<div class="card-value" data-card="{key}">{value}</div><div class="card-note">{note}</div></div>'
        for key, label, value, note in cards
    )
    scope = "、".join(escape(p) for p in page.paths)
    return (
        f'<header><h1>办事指南检查报告</h1><p class="meta">检查范围：{scope} · 生成时间：'
        f"{escape(page.generated_at)} · guidelint {escape(page.version)}</p></header>\n"
        f'<section id="overview"><h2>概况</h2><div class="cards">{html_cards}</div></section>'
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


def _charts(summary: Summary, report: Report) -> str:
    districts = [_severity_bar(d, c) for d, c in summary.by_district().items()]
    bodies_all = list(summary.by_body().items())
    bodies = [_severity_bar(b, c) for b, c in bodies_all[:TOP_BODIES]]
    if len(bodies_all) > TOP_BODIES:
        rest = sum((c for _, c in bodies_all[TOP_BODIES:]), Counter())
        bodies.append(_severity_bar(f"其余 {len(bodies_all) - TOP_BODIES} 个实施主体", rest))
    rules = [_severity_bar(_rule_title(report, r), c) for r, c in summary.by_rule().items()]
    figures = [
        ("按行政区划", bar_chart(districts, "各行政区划的问题数")),
        ("按实施主体", bar_chart(bodies, "各实施主体的问题数")),
        ("按规则", bar_chart(rules, "各规则的问题数") if rules else '<p class="empty">未发现问题。</p>'),
    ]
    html_figures = "".join(
        f'<figure class="chart-{i}"><figcaption>{caption}</figcaption>{svg}</figure>'
        for i, (caption, svg) in enumerate(figures)
    )
    return f'<section id="charts"><h2>问题分布</h2>{_legend()}{html_figures}</section>'


def _rule_title(report: Report, rule: str) -> str:
    info = report.rules.get(rule)
    return info.title if info else rule


def _change(before: int | None, now: int) -> str:
    if before is None:
        return "—"
    delta = now - before
    if delta > 0:
        return f'<span class="up" title="上升">▲ {delta}</span>'
    if delta < 0:
        return f'<span class="down" title="下降">▼ {-delta}</span>'
    return '<span class="flat" title="持平">— 0</span>'


def _trend(trend: Trend) -> str:
    labels = run_labels([run.started_at for run in trend.runs])
    chart = line_chart(trend.totals, labels, "各行政区划问题数的变化")
    two = len(trend.runs) >= 2
    head = "<tr><th>行政区划</th><th>上次问题数</th><th>本次问题数</th><th>变化</th>"
    head += "<th>上次错误</th><th>本次错误</th><th>变化</th></tr>"
    rows = []
    for district, totals in trend.totals.items():
        errors = trend.errors[district]
        before, before_errors = (totals[-2], errors[-2]) if two else (None, None)
        cells = [escape(district)]
        cells += [_maybe(before), str(totals[-1]), _change(before, totals[-1])]
        cells += [_maybe(before_errors), str(errors[-1]), _change(before_errors, errors[-1])]
        rows.append('<tr class="trend-row">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    note = (
        f"最近 {len(trend.runs)} 次检查（第一次：{escape(labels[0])}），问题数按行政区划汇总；▲ 上升、▼ 下降。"
        if two
        else "历史库中只有本次检查的记录；再检查一次即可看到变化。"
    )
    return (
        f'<section id="trend"><h2>趋势（一升一降）</h2><p class="note">{note}</p>'
        f'<figure class="chart-trend">{chart}</figure>'
        f'<table class="trend"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table></section>'
    )


def _maybe(value: int | None) -> str:
    return "—" if value is None else str(value)


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
    ranked = [item for item in summary.items if item.findings][:TOP_ITEMS]
    if not ranked:
        return '<section id="ranking"><h2>问题最多的事项</h2><p class="empty">未发现问题。</p></section>'
    rows = []
    for n, item in enumerate(ranked, 1):  # items with findings come first: their number is their rank
        counts = item.counts
        risk = '<span class="risk">可能办不成事</span>' if item.at_risk else ""
        rows.append(
            f'<tr><td class="num">{n}</td><td><a href="#item-{n}">{escape(item.name)}</a>'
            f" {risk}</td><td>{escape(item.district)}</td><td>{escape(item.body)}</td>"
            f'<td class="num">{counts["error"]}</td><td class="num">{counts["warning"]}</td>'
            f'<td class="num">{counts["info"]}</td></tr>'
        )
    more = sum(1 for item in summary.items if item.findings) - len(ranked)
    tail = f'<p class="note">另有 {more} 个事项有问题，见下文“全部问题”。</p>' if more > 0 else ""
    return (
        '<section id="ranking"><h2>问题最多的事项</h2><table class="ranking"><thead><tr><th>#</th>'
        "<th>事项</th><th>行政区划</th><th>实施主体</th><th>错误</th><th>警告</th><th>提示</th></tr>"
        f"</thead><tbody>{''.join(rows)}</tbody></table>{tail}</section>"
    )


def _filters(summary: Summary, report: Report) -> str:
    def select(name: str, label: str, options: list[tuple[str, str]]) -> str:
        html_options = "".join(f'<option value="{escape(v)}">{escape(t)}</option>' for v, t in options)
        return (
            f'<label>{label} <select data-filter="{name}"><option value="">全部</option>'
            f"{html_options}</select></label>"
        )

    district_counts = Counter(item.district for item in summary.items for _ in item.findings)
    rule_counts = Counter(f.rule for f in summary.findings)
    severity_counts = summary.by_severity
    return (
        '<div class="filters" hidden>'
        + select("district", "行政区划", [(d, f"{d}（{district_counts[d]}）") for d in summary.districts])
        + select(
            "rule", "规则", [(r, f"{_rule_title(report, r)}（{rule_counts[r]}）") for r in summary.rules]
        )
        + select(
            "severity",
            "级别",
            [(s, f"{SEVERITY_LABELS[s]}（{severity_counts[s]}）") for s in SEVERITIES if severity_counts[s]],
        )
        + '<button type="button" data-reset>清除筛选</button>'
        + f'<span class="shown">显示 <b id="shown">{len(summary.findings)}</b> / {len(summary.findings)} 条</span>'
        + "</div>"
    )


def _findings(summary: Summary, report: Report) -> str:
    advice = {rule: doc_section(info.doc, "怎样修改") for rule, info in report.rules.items()}
    articles = []
    clean = []
    for n, item in enumerate(summary.items, 1):
        if not item.findings:
            clean.append(item)
            continue
        rows = "".join(_finding_row(f, item, report, advice) for f in item.findings)
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


def _finding_row(f: Finding, item: Item, report: Report, advice: dict[str, str]) -> str:
    title = _rule_title(report, f.rule)
    how = advice.get(f.rule, "")
    how_html = f'<div class="advice"><b>怎样修改：</b>{escape(how)}</div>' if how else ""
    related = "".join(
        f'<div class="related">{escape(r.message)}：<code>{escape(r.path)}:{r.line}</code></div>'
        for r in f.related
    )
    return (
        f'<tr class="finding sev-{f.severity}" data-district="{escape(item.district)}" '
        f'data-rule="{escape(f.rule)}" data-severity="{f.severity}">'
        f'<td><span class="sev sev-{f.severity}">{SEVERITY_LABELS[f.severity]}</span></td>'
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
    if start < end <= len(text) and (start, end) != (0, len(text)):
        body = f"{escape(text[:start])}<mark>{escape(text[start:end])}</mark>{escape(text[end:])}"
    else:
        body = escape(text)
    return f'<pre class="src"><span class="ln">{f.line}</span>{body}</pre>'


CSS = """
:root{--error:#c0392b;--warning:#e08e0b;--info:#2e86c1;--line:#d9dde3;--muted:#5f6b7a}
*{box-sizing:border-box}
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",
"WenQuanYi Micro Hei",SimSun,sans-serif;color:#1d2733;margin:0 auto;max-width:1180px;padding:16px 24px;
line-height:1.55;font-size:14px;background:#fff}
h1{font-size:24px;margin:8px 0 4px}h2{font-size:19px;border-bottom:2px solid #1d2733;padding-bottom:4px;
margin-top:32px}h3{font-size:16px;margin:20px 0 2px}
.meta,.note,.clean{color:var(--muted);font-size:13px;margin:2px 0 8px}.clean{margin-top:16px}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{flex:1 1 150px;border:1px solid var(--line);border-top:4px solid #1d2733;border-radius:4px;padding:10px 14px}
.card-error{border-top-color:var(--error)}.card-warning{border-top-color:var(--warning)}
.card-info{border-top-color:var(--info)}.card-risk{border-top-color:#7b1fa2}
.card-label{font-size:13px;color:var(--muted)}.card-value{font-size:30px;font-weight:700}
.card-note{font-size:12px;color:var(--muted)}
figure{margin:12px 0 20px}figcaption{font-weight:700;margin-bottom:4px}
svg.chart{max-width:100%;height:auto;display:block}
svg.chart text{fill:#1d2733}svg.chart text.axis,svg.chart text.value{fill:var(--muted)}
.legend span{margin-right:14px;font-size:13px}
.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f2f4f7;white-space:nowrap}td.num{text-align:right;font-variant-numeric:tabular-nums}
.col-sev{width:56px}.col-loc{width:28%}
td.loc code{word-break:break-all}
code{font-family:Consolas,"DejaVu Sans Mono",monospace;font-size:12px}
.rule code{color:var(--muted)}.msg{margin:2px 0}
.sev{display:inline-block;color:#fff;border-radius:3px;padding:0 6px;font-size:12px;white-space:nowrap}
span.sev-error{background:var(--error)}span.sev-warning{background:var(--warning)}
span.sev-info{background:var(--info)}
.risk{display:inline-block;font-size:12px;color:#7b1fa2;border:1px solid #7b1fa2;border-radius:3px;
padding:0 4px;font-weight:400}
pre.src{background:#f6f8fa;border-left:3px solid var(--line);margin:4px 0;padding:3px 8px;white-space:pre-wrap;
word-break:break-all;font-family:Consolas,"DejaVu Sans Mono",monospace;font-size:12px}
pre.src .ln{color:var(--muted);margin-right:10px;user-select:none}
mark{background:#ffe08a;padding:0 1px}
.advice{font-size:12px;color:#34495e;margin-top:3px}.related{font-size:12px;color:var(--muted)}
.up{color:var(--error);font-weight:700}.down{color:#1e8449;font-weight:700}.flat{color:var(--muted)}
.filters{position:sticky;top:0;background:#fff;border:1px solid var(--line);border-radius:4px;padding:8px 10px;
margin:8px 0;display:flex;flex-wrap:wrap;gap:10px 16px;align-items:center;z-index:1}
.filters[hidden]{display:none}.filters select{max-width:260px;font:inherit}.shown{margin-left:auto}
[hidden]{display:none!important}
@page{size:A4;margin:14mm 12mm}
@media print{
body{max-width:none;padding:0;font-size:10pt}
.filters{display:none!important}
section{break-before:page}section#overview{break-before:auto}
figure,tr,.card,h3{break-inside:avoid}h2,h3{break-after:avoid}
thead{display:table-header-group}
a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""

SCRIPT = """
(function () {
  var box = document.querySelector('.filters');
  if (!box) return;
  var selects = box.querySelectorAll('select[data-filter]');
  var rows = document.querySelectorAll('tr.finding');
  var items = document.querySelectorAll('article.item');
  var shown = document.getElementById('shown');
  function wanted() {
    var want = {};
    selects.forEach(function (s) { want[s.dataset.filter] = s.value; });
    return want;
  }
  function apply(keepHash) {
    var want = wanted(), count = 0;
    rows.forEach(function (row) {
      var ok = Object.keys(want).every(function (k) { return !want[k] || row.dataset[k] === want[k]; });
      row.hidden = !ok;
      if (ok) count++;
    });
    items.forEach(function (item) { item.hidden = !item.querySelector('tr.finding:not([hidden])'); });
    shown.textContent = count;
    if (keepHash) return;
    var parts = Object.keys(want).filter(function (k) { return want[k]; }).map(function (k) {
      return k + '=' + encodeURIComponent(want[k]);
    });
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
    selects.forEach(function (s) {
      var value = given[s.dataset.filter] || '';
      var known = Array.prototype.some.call(s.options, function (o) { return o.value === value; });
      s.value = known ? value : '';
    });
    return true;
  }
  selects.forEach(function (s) { s.addEventListener('change', function () { apply(false); }); });
  box.querySelector('[data-reset]').addEventListener('click', function () {
    selects.forEach(function (s) { s.value = ''; });
    apply(false);
  });
  window.addEventListener('hashchange', function () { if (fromHash()) apply(true); });
  box.hidden = false;
  if (fromHash()) apply(true);
})();
"""
