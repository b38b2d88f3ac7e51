"""Charts as inline SVG: horizontal bars and a line chart, with every label kept as <text>.

Kept as text, Chinese labels are drawn with the browser's own fonts and can be selected, searched
and printed sharply; nothing is fetched. Widths of labels are estimated (a CJK character is one
em wide, other characters about 0.6 em) to lay out the label column.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from html import escape

FONT_SIZE = 13
SEVERITY_COLORS = {"error": "#c0392b", "warning": "#e08e0b", "info": "#2e86c1"}
PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#7f7f7f", "#bcbd22", "#393b79", "#ad494a",
)  # fmt: skip
DASHES = ("", "6 3", "2 3")


@dataclass(frozen=True)
class Segment:
    value: int
    color: str
    label: str  # shown as the tooltip, e.g. "错误 3"


@dataclass(frozen=True)
class Bar:
    label: str
    segments: tuple[Segment, ...]

    @property
    def total(self) -> int:
        return sum(s.value for s in self.segments)


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """Estimated width of ``text`` in pixels at font size ``size``."""
    return sum(size if unicodedata.east_asian_width(ch) in "WF" else size * 0.6 for ch in text)


def clip(text: str, room: float, size: float = FONT_SIZE) -> str:
    """``text`` shortened with an ellipsis to fit ``room`` pixels."""
    if text_width(text, size) <= room:
        return text
    while text and text_width(text + "…", size) > room:
        text = text[:-1]
    return text + "…"


def _svg(width: float, height: float, title: str, body: list[str], attributes: str = "") -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" role="img" aria-label="{escape(title)}" '
        f'font-size="{FONT_SIZE}"{attributes}><title>{escape(title)}</title>' + "".join(body) + "</svg>"
    )


def bar_chart(bars: list[Bar], title: str, width: int = 720, name: str = "") -> str:
    """Horizontal stacked bars, one row per bar, the total written after each bar; ``name``
    marks the chart for the page's script, which redraws it the same way when a filter is set."""
    row, gap, top = 24, 6, 4
    label_room = min(max((text_width(b.label) for b in bars), default=0) + 10, width * 0.4)
    value_room = text_width(str(max((b.total for b in bars), default=0))) + 12
    plot = width - label_room - value_room
    scale = plot / max((b.total for b in bars), default=0) if any(b.total for b in bars) else 0
    height = top * 2 + len(bars) * row
    body = []
    for i, bar in enumerate(bars):
        y = top + i * row
        middle = y + row / 2
        shown = clip(bar.label, label_room - 10)
        body.append(
            f'<text x="{label_room - 8:.1f}" y="{middle:.1f}" text-anchor="end" dominant-baseline="central">'
            f"<title>{escape(bar.label)}</title>{escape(shown)}</text>"
        )
        x = label_room
        for segment in bar.segments:
            if not segment.value:
                continue
            w = segment.value * scale
            body.append(
                f'<rect x="{x:.1f}" y="{y + gap / 2:.1f}" width="{w:.1f}" height="{row - gap}" '
                f'fill="{segment.color}"><title>{escape(bar.label)}：{escape(segment.label)}</title></rect>'
            )
            x += w
        body.append(
            f'<text x="{x + 4:.1f}" y="{middle:.1f}" dominant-baseline="central" class="value">'
            f"{bar.total}</text>"
        )
    attributes = f' data-chart="{escape(name)}" data-width="{width}"' if name else ""
    return _svg(width, height, title, body, attributes)


def nice_ticks(maximum: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``maximum`` (steps of 1, 2 or 5 × 10ⁿ)."""
    if maximum <= 0:
        return [0, 1]
    raw = maximum / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(step, 1)
    return [i * step for i in range(math.ceil(maximum / step) + 1)]


def line_chart(series: dict[str, list[int]], labels: list[str], title: str, width: int = 720) -> str:
    """One line per series over the points ``labels`` (e.g. runs), with a legend on the right."""
    legend_room = min(max((text_width(name) for name in series), default=0) + 40, width * 0.3)
    left, right, top, bottom = 44, legend_room + 16, 12, 40
    plot_h = 220
    height = max(top + plot_h + bottom, top + 20 * len(series) + 8)
    plot_w = width - left - right
    ticks = nice_ticks(max((v for values in series.values() for v in values), default=0))
    peak = ticks[-1]

    def x_at(i: int) -> float:
        return left + (plot_w / 2 if len(labels) == 1 else plot_w * i / (len(labels) - 1))

    def y_at(value: float) -> float:
        return top + plot_h - plot_h * value / peak

    body = []
    for tick in ticks:
        y = y_at(tick)
        body.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#ddd"/>'
            f'<text x="{left - 6}" y="{y:.1f}" text-anchor="end" dominant-baseline="central" '
            f'class="axis">{tick:g}</text>'
        )
    step = max(1, math.ceil(len(labels) / max(1, plot_w // 90)))  # leave room between x labels
    for i, label in enumerate(labels):
        if i % step == 0 or i == len(labels) - 1:
            body.append(
                f'<text x="{x_at(i):.1f}" y="{top + plot_h + 18}" text-anchor="middle" class="axis">'
                f"{escape(label)}</text>"
            )
    for n, (name, values) in enumerate(series.items()):
        color = PALETTE[n % len(PALETTE)]
        dash = DASHES[(n // len(PALETTE)) % len(DASHES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        points = " ".join(f"{x_at(i):.1f},{y_at(v):.1f}" for i, v in enumerate(values))
        body.append(f'<polyline points="{points}" fill="none" stroke="{color}" stroke-width="2"{dash_attr}/>')
        for i, v in enumerate(values):
            body.append(
                f'<circle cx="{x_at(i):.1f}" cy="{y_at(v):.1f}" r="3.5" fill="{color}">'
                f"<title>{escape(name)} {escape(labels[i])}：{v}</title></circle>"
            )
        ly = top + 10 + 20 * n
        lx = width - legend_room
        body.append(
            f'<line x1="{lx}" y1="{ly}" x2="{lx + 22}" y2="{ly}" stroke="{color}" stroke-width="2"{dash_attr}/>'
            f'<text x="{lx + 28}" y="{ly}" dominant-baseline="central"><title>{escape(name)}</title>'
            f"{escape(clip(name, legend_room - 30))}</text>"
        )
    return _svg(width, height, title, body)
