"""A self-contained HTML report of a gold release: counts, agreement, conflicts.

One file, no JavaScript, no network: inline CSS and inline SVG bar charts, so a maintainer
can open `gold/<version>/report.html` straight from disk or attach it to a review. The
output is deterministic (no timestamp) so that equal inputs give identical releases.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd")
_ROW = 22
_LABEL_W = 190
_BAR_W = 420

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto;
       max-width: 980px; color: #222; line-height: 1.45; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; margin: .6rem 0; font-size: .9rem; }
th, td { border: 1px solid #ddd; padding: .25rem .6rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { background: #f5f5f5; }
.tiles { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1rem 0; }
.tile { border: 1px solid #ddd; border-radius: 6px; padding: .5rem .9rem; min-width: 8rem; }
.tile b { display: block; font-size: 1.4rem; }
.note { color: #666; font-size: .85rem; }
.legend span { display: inline-block; margin-right: 1rem; font-size: .85rem; }
.legend i { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; }
svg text { font-size: 12px; font-family: inherit; }
"""


def _num(value: Any, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def bar_chart(
    rows: Sequence[tuple[str, Sequence[float | None]]],
    series: Sequence[str],
    *,
    scale: float | None = None,
    title: str = "",
    digits: int = 3,
) -> str:
    """Horizontal grouped bars as inline SVG; `scale` is the value of a full bar (max if None)."""
    if not rows:
        return '<p class="note">Nothing to show.</p>'
    top = scale or max((v or 0.0) for _, values in rows for v in values) or 1.0
    per_row = _ROW * max(1, len(series)) * 0.8 + 8
    height = int(per_row * len(rows)) + 10
    bar_h = (per_row - 8) / max(1, len(series))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_LABEL_W + _BAR_W + 70}" '
        f'height="{height}" role="img" aria-label="{escape(title)}">'
    ]
    for r, (label, values) in enumerate(rows):
        y0 = r * per_row + 4
        parts.append(
            f'<text x="{_LABEL_W - 6}" y="{y0 + (per_row - 8) / 2 + 4:.1f}" '
            f'text-anchor="end">{escape(label)}</text>'
        )
        for s, value in enumerate(values):
            y = y0 + s * bar_h
            width = 0.0 if value is None else max(0.0, value) / top * _BAR_W
            parts.append(
                f'<rect x="{_LABEL_W}" y="{y:.1f}" width="{width:.1f}" height="{bar_h - 2:.1f}" '
                f'fill="{COLOURS[s % len(COLOURS)]}"><title>{escape(label)} '
                f"{escape(series[s])}: {_num(value, digits)}</title></rect>"
            )
            parts.append(
                f'<text x="{_LABEL_W + width + 4:.1f}" y="{y + bar_h - 4:.1f}">'
                f"{_num(value, digits)}</text>"
            )
    parts.append("</svg>")
    legend = "".join(
        f'<span><i style="background:{COLOURS[s % len(COLOURS)]}"></i>{escape(name)}</span>'
        for s, name in enumerate(series)
    )
    return f'<div class="legend">{legend}</div>' + "".join(parts)


def _table(head: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(_num(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _tiles(items: Sequence[tuple[str, Any]]) -> str:
    return (
        '<div class="tiles">'
        + "".join(f'<div class="tile"><b>{escape(_num(v))}</b>{escape(k)}</div>' for k, v in items)
        + "</div>"
    )


F1_SERIES = ("exact F1", "tolerant F1", "partial F1")


def render_report(
    agreement: Mapping[str, Any],
    counts: Mapping[str, Any],
    conflicts: Mapping[str, int],
    *,
    title: str = "Gold release",
) -> str:
    """The report as one HTML document (UTF-8 text)."""
    overall = agreement.get("overall", {})
    spans = overall.get("spans", {})
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="note">{escape(", ".join(agreement.get("annotators", [])) or "no annotator")}'
        "</p>",
        _tiles(
            [
                ("documents", counts.get("documents", 0)),
                ("entities", counts.get("entities_total", 0)),
                ("events", counts.get("events_total", 0)),
                ("arguments", counts.get("arguments_total", 0)),
                ("conflicts", sum(conflicts.values())),
                ("tolerant span F1", spans.get("tolerant_f1")),
                ("Krippendorff's α", spans.get("alpha")),
                ("relation F1", overall.get("relations", {}).get("f1")),
            ]
        ),
        "<h2>Gold counts per label</h2>",
        bar_chart(
            [
                (k, [float(v)])
                for k, v in {**counts.get("entities", {}), **counts.get("events", {})}.items()
            ],
            ["mentions in the gold"],
            title="gold counts",
            digits=0,
        ),
    ]
    per_label = agreement.get("per_label", {})
    out += [
        "<h2>Agreement per label</h2>",
        bar_chart(
            [
                (k, [v.get("exact_f1"), v.get("tolerant_f1"), v.get("partial_f1")])
                for k, v in per_label.items()
            ],
            F1_SERIES,
            scale=1.0,
            title="agreement per label",
        ),
        _table(
            ["label", "annotated", "exact F1", "tolerant F1", "partial F1", "α"],
            [
                [
                    k,
                    v.get("count"),
                    v.get("exact_f1"),
                    v.get("tolerant_f1"),
                    v.get("partial_f1"),
                    v.get("alpha"),
                ]
                for k, v in per_label.items()
            ],
        ),
    ]
    pairs = agreement.get("pairs", [])
    out += [
        "<h2>Agreement per annotator pair</h2>",
        bar_chart(
            [
                (
                    " – ".join(p["annotators"]),
                    [p["spans"].get("tolerant_f1"), p["spans"].get("kappa")],
                )
                for p in pairs
            ],
            ("tolerant span F1", "Cohen's κ"),
            scale=1.0,
            title="agreement per pair",
        ),
        _table(
            ["pair", "documents", "exact F1", "tolerant F1", "partial F1", "κ", "relation F1"],
            [
                [
                    " – ".join(p["annotators"]),
                    p["documents"],
                    p["spans"].get("exact_f1"),
                    p["spans"].get("tolerant_f1"),
                    p["spans"].get("partial_f1"),
                    p["spans"].get("kappa"),
                    p["relations"].get("all", {}).get("f1"),
                ]
                for p in pairs
            ],
        ),
    ]
    roles = agreement.get("per_role", {})
    attributes = overall.get("attributes", {})
    out += [
        "<h2>Relations per role</h2>",
        bar_chart([(k, [v.get("f1")]) for k, v in roles.items()], ["F1"], scale=1.0, title="roles"),
        "<h2>Attributes</h2>",
        _table(
            ["attribute", "compared", "agreement", "pooled κ", "α"],
            [
                [k, v.get("compared"), v.get("agreement"), v.get("kappa"), v.get("alpha")]
                for k, v in attributes.items()
            ],
        ),
        "<h2>Conflicts by kind</h2>",
        bar_chart(
            [(k, [float(v)]) for k, v in sorted(conflicts.items())],
            ["conflicts"],
            title="conflicts",
            digits=0,
        ),
        f'<p class="note">{escape(_method(agreement))}</p>',
        "</body></html>",
    ]
    return "\n".join(out) + "\n"


def _method(agreement: Mapping[str, Any]) -> str:
    method = agreement.get("method", {})
    return " · ".join(f"{k}: {v}" for k, v in sorted(method.items()))
