"""Small inline SVG charts made on the server (no JavaScript, no inline styles: CSP-safe).

Colours come from CSS classes in static/app.css (`.bar`, `.bar-alt`, `.axis`...).
"""
from __future__ import annotations

from markupsafe import Markup, escape


def _num(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")  # Vietnamese decimal comma on screen


def hbars(rows: list[tuple[str, float]], *, width: int = 560, max_value: float | None = None,
          unit: str = "", label_width: int = 220, bar_height: int = 18, title: str = "") -> Markup:
    """Horizontal bars, one row per (label, value), labels on the left, value at the bar's end."""
    if not rows:
        return Markup('<p class="empty">Chưa có dữ liệu.</p>')
    top = max_value or max(v for _, v in rows) or 1.0
    gap = 6
    height = len(rows) * (bar_height + gap) + gap
    plot = width - label_width - 60
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
             f' aria-label="{escape(title)}">', f"<title>{escape(title)}</title>"]
    for i, (label, value) in enumerate(rows):
        y = gap + i * (bar_height + gap)
        w = max(1.0, plot * (value / top)) if value > 0 else 0
        short = label if len(label) <= 30 else label[:29] + "…"
        parts.append(f'<text class="label" x="{label_width - 6}" y="{y + bar_height - 5}" text-anchor="end">'
                     f"<title>{escape(label)}</title>{escape(short)}</text>")
        parts.append(f'<rect class="bar" x="{label_width}" y="{y}" width="{w:.1f}" height="{bar_height}" rx="2"/>')
        parts.append(f'<text class="value" x="{label_width + w + 4:.1f}" y="{y + bar_height - 5}">'
                     f"{_num(value)}{escape(unit)}</text>")
    parts.append("</svg>")
    return Markup("".join(parts))


def columns(rows: list[tuple[str, float]], *, width: int = 560, height: int = 170, title: str = "") -> Markup:
    """Vertical columns over time (label = ISO day shown as dd/mm)."""
    if not rows:
        return Markup('<p class="empty">Chưa có dữ liệu.</p>')
    top = max(v for _, v in rows) or 1.0
    bottom = 22
    plot_h = height - bottom - 16
    n = len(rows)
    step = (width - 20) / n
    bar_w = max(4.0, min(40.0, step * 0.7))
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
             f' aria-label="{escape(title)}">', f"<title>{escape(title)}</title>",
             f'<line class="axis" x1="10" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}"/>']
    label_every = max(1, (n + 6) // 7)
    for i, (label, value) in enumerate(rows):
        x = 10 + i * step + (step - bar_w) / 2
        h = plot_h * (value / top)
        y = height - bottom - h
        parts.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}">'
                     f"<title>{escape(label)}: {_num(value)}</title></rect>")
        if value:
            parts.append(f'<text class="value" x="{x + bar_w / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle">'
                         f"{_num(value)}</text>")
        if (n - 1 - i) % label_every == 0:   # always label the last (latest) column
            short = label[8:10] + "/" + label[5:7] if len(label) == 10 and label[4] == "-" else label
            parts.append(f'<text class="label" x="{x + bar_w / 2:.1f}" y="{height - 6}" text-anchor="middle">'
                         f"{escape(short)}</text>")
    parts.append("</svg>")
    return Markup("".join(parts))
