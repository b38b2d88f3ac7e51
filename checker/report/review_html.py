"""``guidelint review --format html``: one self-contained page for a reviewer who does not use a
terminal — the item and its codes, the verdict and the changes for applicants, the new document
with its changed lines marked and each new finding at its line (the rule's title and what to
write instead), and the findings the change removed. It prints on A4 and opens offline.

The skeleton, look and escaping are checker/report/html_page.py's, shared with the audit report.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from checker import __version__
from checker.findings import Finding
from checker.report import RuleInfo, html_page
from checker.report.advice import doc_section, finding_advice
from checker.report.html_page import escape
from checker.review import KIND_LABELS, Review
from checker.review.verdict import HEAVIER, LIGHTER, weight

COVER_FIELDS = ("审核单位", "审核人", "日期")
_NOUNS = {"guide": "办事指南", "checklist": "收件清单"}


def render_html(review: Review, rules: dict[str, RuleInfo], generated_at: str | None = None) -> str:
    when = generated_at or f"{datetime.now().astimezone():%Y-%m-%d %H:%M}"
    sections = [
        _header(review, when),
        _notes(review),
        _verdict(review),
        _changes(review),
        _findings(
            "本次修改新增的问题", "findings", review.findings, review, rules, "本次修改没有引入新的问题。"
        ),
        _listing(review, rules),
        _findings(
            "本次修改消除的问题", "resolved", review.resolved, review, rules, "没有因本次修改而消除的问题。"
        ),
    ]
    return html_page.page(f"发布前审查：{review.title}", "\n".join(s for s in sections if s), CSS)


def _header(review: Review, when: str) -> str:
    codes = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in review.item.items())
    return (
        f"<header><h1>发布前审查：{escape(review.title)}</h1>"
        f'<p class="meta">旧版 <code>{escape(review.old)}</code> → 新版 <code>{escape(review.new)}</code>'
        f" · 生成时间：{escape(when)} · guidelint {escape(__version__)}</p>"
        + (f'<table class="item-codes">{codes}</table>' if codes else "")
        + f"{html_page.cover(COVER_FIELDS, when[:10])}</header>"
    )


def _notes(review: Review) -> str:
    if not review.notes:
        return ""
    return '<div class="notes">' + "".join(f"<p>{escape(n)}</p>" for n in review.notes) + "</div>"


def _direction(w: int) -> str:
    return html_page.movement(w, (f"▲ {HEAVIER}", f"▼ {LIGHTER}", "· 留意"), (HEAVIER, LIGHTER, "需留意"))


def _verdict(review: Review) -> str:
    verdict = review.verdict
    reasons = "".join(
        f'<li><span class="dir">{_direction(weight(c))}</span> {escape(c.message)}</li>'
        for c in verdict.reasons
    )
    body = f"<ol>{reasons}</ol>" if reasons else '<p class="note">没有影响申请人的变化。</p>'
    return (
        f'<section id="verdict" class="verdict burden-{escape(verdict.burden)}">'
        f'<h2 class="headline">{escape(verdict.headline)}</h2>{body}</section>'
    )


def _changes(review: Review) -> str:
    if not review.changes:
        text = "没有影响申请人的变化。" if review.compared else "未能比较两个版本的内容。"
        return f'<section id="changes"><h2>对申请人的影响（0 处）</h2><p class="note">{text}</p></section>'
    rows = "".join(
        f'<tr class="change"><td>{_direction(weight(c))}</td><td>{escape(KIND_LABELS.get(c.kind, c.kind))}</td>'
        f"<td>{escape(c.message)}</td><td>{_line_link(review, c.line)}</td></tr>"
        for c in review.changes
    )
    return (
        f'<section id="changes"><h2>对申请人的影响（{len(review.changes)} 处）</h2><table class="changes">'
        "<thead><tr><th>影响</th><th>变化</th><th>对申请人意味着什么</th><th>新版位置</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></section>"
    )


def _line_link(review: Review, line: int) -> str:
    return f'<a href="#L{line}">第 {line} 行</a>' if line > 0 and review.new in review.source_lines else "—"


def _advice(f: Finding, rules: dict[str, RuleInfo]) -> str:
    info = rules.get(f.rule)
    how = finding_advice(f) or (doc_section(info.doc, "怎样修改") if info else "")
    return f'<div class="advice"><b>怎样修改：</b>{escape(how)}</div>' if how else ""


def _finding(f: Finding, rules: dict[str, RuleInfo], source: str = "") -> str:
    info = rules.get(f.rule)
    title = info.title if info else f.rule
    related = "".join(
        f'<div class="related">{escape(r.message)}：<code>{escape(r.path)}:{r.line}</code></div>'
        for r in f.related
    )
    return (
        f'<div class="finding sev-{f.severity}" data-rule="{escape(f.rule)}">{html_page.severity_badge(f.severity)} '
        f'<span class="rule">{escape(title)} <code>{escape(f.rule)}</code></span>'
        f'<div class="msg">{escape(f.message)}</div>{source}{related}{_advice(f, rules)}</div>'
    )


def _findings(
    heading: str,
    section: str,
    findings: list[Finding],
    review: Review,
    rules: dict[str, RuleInfo],
    empty: str,
) -> str:
    if not findings:
        return f'<section id="{section}"><h2>{heading}（0 个）</h2><p class="note">{empty}</p></section>'
    items = []
    for f in findings:
        where = (
            f'<a href="#L{f.line}">新版第 {f.line} 行</a>'
            if f.path == review.new and section == "findings"
            else f"<code>{escape(f.path)}:{f.line}</code>"
        )
        lines = review.source_lines.get(f.path, [])
        text = lines[f.line - 1] if 0 < f.line <= len(lines) else ""
        source = html_page.source_line(text, f.line) if text.strip() and f.path != review.new else ""
        items.append(f'<li><div class="where">{where}</div>{_finding(f, rules, source)}</li>')
    return (
        f'<section id="{section}"><h2>{heading}（{len(findings)} 个）</h2>'
        f'<ul class="finding-list">{"".join(items)}</ul></section>'
    )


def _listing(review: Review, rules: dict[str, RuleInfo]) -> str:
    """NEW's text, line by line: changed lines marked, each new finding under its line (or under
    the line of NEW it relates to)."""
    lines = review.source_lines.get(review.new)
    if lines is None:
        return ""
    noun = _NOUNS.get(review.kind, "文件")
    changed = set(review.changed_lines)
    at_line: dict[int, list[Finding]] = defaultdict(list)
    for f in review.findings:  # a pair finding on a checklist is shown at the guide's line it names
        line = (
            f.line if f.path == review.new else next((r.line for r in f.related if r.path == review.new), 0)
        )
        if line:
            at_line[line].append(f)
    rows = [_dropped(review.removed_lines.get(0, []))]
    for number, text in enumerate(lines, 1):
        marks = " changed" if number in changed else ""
        marks += " flagged" if number in at_line else ""
        notes = "".join(_finding(f, rules) for f in at_line.get(number, []))
        rows.append(
            f'<div class="line{marks}" id="L{number}"><span class="ln">{number}</span>'
            f'<span class="text">{escape(text) or " "}</span></div>'
            + (f'<div class="annotations">{notes}</div>' if notes else "")
            + _dropped(review.removed_lines.get(number, []))
        )
    dropped = sum(map(len, review.removed_lines.values()))
    legend = (
        f"共 {len(lines)} 行，改动 {len(changed)} 行（标黄），删去旧版 {dropped} 行（删除线），"
        f"新增问题 {sum(map(len, at_line.values()))} 个标在所在行下。"
    )
    return (
        f'<section id="source"><h2>新版{noun}全文</h2><p class="note">{legend}</p>'
        f'<div class="listing">{"".join(rows)}</div></section>'
    )


def _dropped(old_lines: list[str]) -> str:
    """OLD's lines that the change dropped at this place, struck through."""
    if not old_lines:
        return ""
    rows = "".join(
        f'<div class="line"><span class="ln">−</span><del class="text">{escape(t) or " "}</del></div>'
        for t in old_lines
    )
    return f'<div class="dropped" title="旧版在此处删去 {len(old_lines)} 行">{rows}</div>'


CSS = """
.item-codes{width:auto;margin:6px 0}.item-codes th{text-align:right}
.notes{border-left:4px solid var(--warning);background:#fff8e6;padding:6px 12px;margin:10px 0}
.notes p{margin:4px 0}
.verdict{border:1px solid var(--line);border-left:8px solid var(--muted);border-radius:4px;padding:4px 16px 8px;
margin-top:16px}
.verdict h2{border:0;margin:8px 0 4px;font-size:22px}
.burden-加重{border-left-color:var(--error)}.burden-加重 h2{color:var(--error)}
.burden-减轻{border-left-color:#1e8449}.burden-减轻 h2{color:#1e8449}
.burden-新发布,.burden-已删除{border-left-color:var(--info)}
.verdict ol{margin:4px 0;padding-left:22px}.verdict li{margin:3px 0}.dir{display:inline-block;min-width:56px}
.finding-list{list-style:none;padding:0;margin:0}.finding-list li{border-bottom:1px solid var(--line);padding:8px 0}
.where{font-size:12px;color:var(--muted)}
.listing{border:1px solid var(--line);border-radius:4px;font-family:Consolas,"DejaVu Sans Mono",monospace;
font-size:12px;line-height:1.5}
.line{display:flex;border-left:4px solid transparent}.line .ln{flex:0 0 44px;text-align:right;padding-right:10px;
color:var(--muted);user-select:none}.line .text{white-space:pre-wrap;word-break:break-all;flex:1}
.line.changed{background:#fff4d6;border-left-color:#e0b84a}
.dropped .line{background:#fbeceb;border-left-color:var(--error);color:#8a2b22}.dropped del{text-decoration:line-through}
.line.flagged .text{text-decoration:underline wavy var(--error);text-underline-offset:3px}
.line:target{outline:2px solid var(--info)}
.annotations{margin:2px 0 6px 48px;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",
"WenQuanYi Micro Hei",sans-serif;font-size:13px}
.annotations .finding{border-left:3px solid var(--error);background:#fdf2f0;padding:4px 10px;margin:2px 0}
.annotations .finding.sev-warning{border-left-color:var(--warning);background:#fdf7ec}
.annotations .finding.sev-info{border-left-color:var(--info);background:#eef5fb}
@media print{
.verdict,.finding-list li{break-inside:avoid}
.line{break-inside:avoid}
}
"""
