"""Output of ``guidelint review``: text for the terminal, JSON for tools, Markdown for a
pull-request comment, HTML for a reviewer (checker/report/review_html.py). Every format opens
with the verdict: the applicant's burden and its reasons, the weightiest first."""

from __future__ import annotations

import json

from checker.findings import SEVERITY_LABELS, Finding
from checker.report import RuleInfo
from checker.report.json_format import finding_data
from checker.review import KIND_LABELS, Review

REVIEW_FORMATS = ("text", "json", "markdown", "html")
SHOWN_REASONS = 5  # reasons under the verdict in text and Markdown; the changes list them all


def render(review: Review, rules: dict[str, RuleInfo], name: str) -> str:
    if name == "html":
        from checker.report.review_html import render_html

        return render_html(review, rules)
    return {"text": render_text, "json": render_json, "markdown": render_markdown}[name](review, rules)


def render_json(review: Review, rules: dict[str, RuleInfo]) -> str:
    data = {
        "verdict": review.verdict.data(),
        "notes": review.notes,
        "changes": [c.data() for c in review.changes],
        "findings": [finding_data(f) for f in review.findings],
        "resolved": [finding_data(f) for f in review.resolved],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _reasons(review: Review) -> list[str]:
    reasons = [c.message for c in review.verdict.reasons[:SHOWN_REASONS]]
    more = len(review.verdict.reasons) - SHOWN_REASONS
    return reasons + ([f"另有 {more} 处变化，见下文"] if more > 0 else [])


def render_text(review: Review, rules: dict[str, RuleInfo]) -> str:
    out = [f"审查「{review.title}」：{review.old} → {review.new}", *review.notes, ""]
    out.append(review.verdict.headline)
    out.extend(f"  {n}. {reason}" for n, reason in enumerate(_reasons(review), 1))
    out.append("")
    if review.changes:
        out.append(f"对申请人的影响（{len(review.changes)} 处）：")
        out.extend(  # a deleted document's change has no line in NEW: it is told at OLD
            f"  {review.new}:{c.line}: {c.message}" if c.line else f"  {review.old}: {c.message}"
            for c in review.changes
        )
    else:
        out.append(_no_changes(review))
    out.append("")
    if review.findings:
        out.append(f"本次修改新增的问题（{len(review.findings)} 个）：")
        for f in review.findings:
            out.append(f"  {f.path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}")
            out.extend(f"      ↳ {r.path}:{r.line}:{r.column}: {r.message}" for r in f.related)
    else:
        out.append("本次修改没有引入新的问题。")
    return "\n".join(out) + "\n"


def _no_changes(review: Review) -> str:
    return "没有影响申请人的变化。" if review.compared else "未能比较两个版本的内容。"


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split())


def _code(text: str) -> str:
    return f"`{text}`" if "`" not in text else _cell(text)


def _finding_row(f: Finding, rules: dict[str, RuleInfo]) -> str:
    info = rules.get(f.rule)
    rule = f"{_code(f.rule)} {_cell(info.title)}" if info else _code(f.rule)
    where = f"{_cell(f.path)}:{f.line}"
    return f"| {SEVERITY_LABELS[f.severity]} | {where} | {rule} | {_cell(f.message)} |"


def render_markdown(review: Review, rules: dict[str, RuleInfo]) -> str:
    out = [f"### guidelint 审查：{_cell(review.title)}", "", f"{_code(review.old)} → {_code(review.new)}", ""]
    out.extend(f"> {_cell(note)}" for note in review.notes)
    if review.notes:
        out.append("")
    out += [f"**{review.verdict.headline}**", ""]
    out.extend(f"{n}. {_cell(reason)}" for n, reason in enumerate(_reasons(review), 1))
    if review.verdict.reasons:
        out.append("")
    out += [f"#### 对申请人的影响（{len(review.changes)} 处）", ""]
    if review.changes:
        out += ["| 行 | 变化 | 对申请人意味着什么 |", "| ---: | --- | --- |"]
        out.extend(
            f"| {c.line or '—'} | {KIND_LABELS.get(c.kind, c.kind)} | {_cell(c.message)} |" for c in review.changes
        )
    else:
        out.append(_no_changes(review))
    out += ["", f"#### 本次修改新增的问题（{len(review.findings)} 个）", ""]
    if review.findings:
        out += ["| 级别 | 位置 | 规则 | 说明 |", "| --- | --- | --- | --- |"]
        out.extend(_finding_row(f, rules) for f in review.findings)
    else:
        out.append("本次修改没有引入新的问题。")
    return "\n".join(out) + "\n"
