"""What the HTML pages (the audit report, the review page) share: the page skeleton, the look,
escaping, a source line with its span marked, and the cover block a printed copy is signed on.

A page is one self-contained file: styles and scripts are inline and nothing is fetched, so it
opens on an office PC without internet and can be mailed on. Every text that comes from
documents or configuration passes through ``escape``.
"""

from __future__ import annotations

from html import escape

from checker.findings import SEVERITY_LABELS

__all__ = ["BASE_CSS", "cover", "escape", "movement", "page", "severity_badge", "source_line"]


def page(title: str, body: str, css: str = "", script: str = "") -> str:
    """A whole HTML document: ``title`` is escaped here, ``body``, ``css`` and ``script`` are markup."""
    tail = f"<script>{script}</script>\n" if script else ""
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="guidelint">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>{BASE_CSS}{css}</style>\n</head>\n<body>\n{body}\n{tail}</body>\n</html>\n"
    )


def cover(fields: tuple[str, ...], date: str) -> str:
    """The block a printed copy is signed on: one fillable field per label (typed into the page,
    printed with it), the date filled in."""
    cells = "".join(
        f'<div class="cover-field"><span class="cover-label">{escape(label)}</span>'
        f'<input class="cover-input" type="text" aria-label="{escape(label)}" '
        f'value="{escape(date) if label == "日期" else ""}"></div>'
        for label in fields
    )
    return f'<div class="cover">{cells}</div>'


def movement(sign: int, labels: tuple[str, str, str], titles: tuple[str, str, str]) -> str:
    """An up (▲, red), down (▼, green) or flat mark: ``labels`` and ``titles`` for up, down, flat."""
    index, css_class = (0, "up") if sign > 0 else (1, "down") if sign < 0 else (2, "flat")
    return f'<span class="{css_class}" title="{escape(titles[index])}">{escape(labels[index])}</span>'


def severity_badge(severity: str) -> str:
    return f'<span class="sev sev-{severity}">{SEVERITY_LABELS[severity]}</span>'


def source_line(text: str, number: int, start: int = 0, end: int = 0, css_class: str = "src") -> str:
    """A line as written, with characters ``start``..``end`` (0-based, end exclusive) marked."""
    if 0 <= start < end <= len(text) and (start, end) != (0, len(text)):
        body = f"{escape(text[:start])}<mark>{escape(text[start:end])}</mark>{escape(text[end:])}"
    else:
        body = escape(text)
    return f'<pre class="{css_class}"><span class="ln">{number}</span>{body}</pre>'


BASE_CSS = """
:root{--error:#c0392b;--warning:#e08e0b;--info:#2e86c1;--line:#d9dde3;--muted:#5f6b7a}
*{box-sizing:border-box}
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",
"WenQuanYi Micro Hei",SimSun,sans-serif;color:#1d2733;margin:0 auto;max-width:1180px;padding:16px 24px;
line-height:1.55;font-size:14px;background:#fff}
h1{font-size:24px;margin:8px 0 4px}h2{font-size:19px;border-bottom:2px solid #1d2733;padding-bottom:4px;
margin-top:32px}h3{font-size:16px;margin:20px 0 2px}
.meta,.note,.clean{color:var(--muted);font-size:13px;margin:2px 0 8px}.clean{margin-top:16px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f2f4f7;white-space:nowrap}td.num{text-align:right;font-variant-numeric:tabular-nums}
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
.cover{display:flex;flex-wrap:wrap;gap:6px 24px;margin:8px 0;font-size:13px}
.cover-field{display:flex;align-items:baseline;gap:6px}.cover-label{color:var(--muted)}
.cover-input{font:inherit;border:0;border-bottom:1px solid #1d2733;min-width:160px;padding:1px 2px;background:none}
[hidden]{display:none!important}
@page{size:A4;margin:14mm 12mm 16mm;@bottom-center{content:"第 " counter(page) " 页 / 共 " counter(pages) " 页";
font-size:9pt;color:#5f6b7a}}
@media print{
body{max-width:none;padding:0;font-size:10pt}
.no-print{display:none!important}
tr,h3{break-inside:avoid}h2,h3{break-after:avoid}
thead{display:table-header-group}
a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""
