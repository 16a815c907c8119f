"""What every chart shares: the theme, the fixed colour of each code, titles, labels, specifications.

- Theme (:func:`finish`): fonts sized for a projector (axis labels 15 px, axis titles
  16 px, chart titles 20 px), the text colour :data:`TEXT_COLOUR` and the number locale of
  the language (``"ru"`` gives ``1 234,5``), whose signs, like the day and month patterns
  of time axes (:func:`month_pattern`), come from the one formatter,
  :mod:`segcore.i18n.format`.
- Colours are fixed per code (Okabe–Ito colour-blind-safe hues): per kind of segment in
  :data:`SEGMENT_COLOURS`, for every code at once in :data:`CODE_COLOURS`, so a segment
  keeps its colour when another one is empty.
- Titles (:func:`chart_title`) and labels that turn codes into names
  (:func:`code_label_expr`, :func:`text_names`).
- Specifications (:func:`vega_spec`, :func:`with_datasets`): a chart built once as a
  template, then given new rows at the cost of a dictionary copy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

import altair as alt
import pandas as pd

from segcore.i18n.format import date_pattern, decimal_sign, thousands_sign, with_currency

__all__ = [
    "ABC_COLOURS",
    "ABC_ORDER",
    "CODE_COLOURS",
    "EVENT_COLOURS",
    "MUTED_COLOUR",
    "QUADRANT_COLOURS",
    "QUADRANT_ORDER",
    "SEGMENT_COLOURS",
    "TEXT_COLOUR",
    "XYZ_COLOURS",
    "XYZ_ORDER",
    "chart_title",
    "code_label_expr",
    "code_scale",
    "finish",
    "month_pattern",
    "number_locale",
    "segment_order",
    "segment_scale",
    "text_names",
    "vega_spec",
    "with_datasets",
    "with_money_locale",
]

ABC_COLOURS: dict[str, str] = {"A": "#0072B2", "B": "#E69F00", "C": "#8C8C8C"}
XYZ_COLOURS: dict[str, str] = {"X": "#009E73", "Y": "#56B4E9", "Z": "#D55E00", "N": "#B0B0B0"}
QUADRANT_COLOURS: dict[str, str] = {
    "I": "#8C8C8C",  # entry flow: neutral grey
    "II": "#56B4E9",  # reserve of future stars: sky blue
    "III": "#009E73",  # the core: bluish green
    "IV": "#D55E00",  # rich but indifferent: vermillion
}
SEGMENT_COLOURS: dict[str, dict[str, str]] = {
    "abc": ABC_COLOURS,
    "xyz": XYZ_COLOURS,
    "quadrant": QUADRANT_COLOURS,
    "cell": {a + x: ABC_COLOURS[a] for a in ABC_COLOURS for x in XYZ_COLOURS},
}
#: Colours of the codes that are not segments: customers new or lost between two periods,
#: and customers a classification leaves out.
EVENT_COLOURS: dict[str, str] = {"new": "#CC79A7", "lost": "#882255", "none": "#B0B0B0"}
#: Every code's fixed colour: ABC, XYZ, quadrants, and new / lost / none.
CODE_COLOURS: dict[str, str] = {**ABC_COLOURS, **XYZ_COLOURS, **QUADRANT_COLOURS, **EVENT_COLOURS}
ABC_ORDER = ("A", "B", "C")
XYZ_ORDER = ("X", "Y", "Z", "N")
QUADRANT_ORDER = ("III", "IV", "II", "I")

#: The colour of text, rules and outlines.
TEXT_COLOUR = "#1F2328"
#: A grey for what is secondary (a reference line, an unknown code).
MUTED_COLOUR = "#6E7781"

_AXIS_LABEL = 15
_AXIS_TITLE = 16
_TITLE = 20

_Chart = TypeVar("_Chart", bound=alt.TopLevelMixin)
#: Where a number goes when the currency's place is worked out (a character no sign has).
_SLOT = "\x00"


def number_locale(lang: str, currency: str = "") -> dict[str, object]:
    """Give the Vega number locale of ``lang``: the decimal and thousands signs of the formatter.

    The signs come from :mod:`segcore.i18n.format`, so a chart writes ``1 234,5`` where a
    table or an export of the same language does, groups of three digits. ``currency`` is
    what a ``$`` format (``"$,.0f"``) writes around a number, placed as the formatter places
    it (``12 345 ₽``, ``$12,345``); none by default.
    """
    prefix, _, suffix = with_currency(_SLOT, lang, currency).partition(_SLOT)
    return {
        "decimal": decimal_sign(lang),
        "thousands": thousands_sign(lang),
        "grouping": [3],
        "currency": [prefix, suffix],
    }


def with_money_locale(spec: Mapping[str, Any], lang: str, currency: str) -> dict[str, Any]:
    """Give a specification whose ``$`` formats write ``currency`` (the rest of the spec shared, not copied).

    For a cached specification the page draws as it is: the same sign gives an equal
    specification on every run, so the browser keeps the drawn chart.
    """
    config = dict(spec.get("config", {}))
    config["locale"] = {**config.get("locale", {}), "number": number_locale(lang, currency)}
    return {**spec, "config": config}


def month_pattern(lang: str) -> str:
    """Give the ``strftime`` pattern of a month in ``lang``: the formatter's day pattern without the day.

    ``%m.%Y`` in Russian (from ``%d.%m.%Y``), ``%Y-%m`` in English (from ``%Y-%m-%d``).
    """
    return date_pattern(lang).replace("%d", "").strip(".-/ ")


def finish(chart: _Chart, lang: str, currency: str = "") -> _Chart:
    """Give the chart the projector-sized fonts and the number locale of the language.

    ``currency``: the sign its ``$`` formats write (:func:`number_locale`); none by default.
    """
    return (
        chart.configure(locale=alt.Locale(number=number_locale(lang, currency)))
        .configure_axis(
            labelFontSize=_AXIS_LABEL,
            titleFontSize=_AXIS_TITLE,
            labelColor=TEXT_COLOUR,
            titleColor=TEXT_COLOUR,
            titleFontWeight="bold",
        )
        .configure_legend(
            labelFontSize=_AXIS_LABEL,
            titleFontSize=_AXIS_TITLE,
            labelColor=TEXT_COLOUR,
            titleColor=TEXT_COLOUR,
        )
        .configure_title(fontSize=_TITLE, subtitleFontSize=_AXIS_TITLE, anchor="start")
        .configure_view(strokeWidth=0)
    )


def chart_title(text: str, subtitle: str | None = None) -> alt.TitleParams:
    """Give a chart title whose subtitle has one line per "; "-separated clause.

    Vega cuts a subtitle wider than the chart with "…", so each clause gets its own line.
    """
    lines = [line.strip() for line in (subtitle or "").split("; ") if line.strip()]
    return alt.TitleParams(text=text, subtitle=lines)


def segment_order(kind: str) -> tuple[str, ...]:
    """Give the display order of the codes of ``kind`` (abc, xyz, quadrant; else the ABC × XYZ cells)."""
    if kind == "abc":
        return ABC_ORDER
    if kind == "xyz":
        return XYZ_ORDER
    if kind == "quadrant":
        return QUADRANT_ORDER
    return tuple(a + x for a in ABC_ORDER for x in XYZ_ORDER)


def segment_scale(kind: str, codes: Sequence[str]) -> alt.Scale:
    """Give the colour scale of ``codes`` of one kind of segment (see :data:`SEGMENT_COLOURS`)."""
    colours = SEGMENT_COLOURS[kind]
    return alt.Scale(domain=list(codes), range=[colours[c] for c in codes])


def code_scale(codes: Sequence[str]) -> alt.Scale:
    """Give the colour scale of segment codes (fixed colour per code; unknown codes grey)."""
    return alt.Scale(domain=list(codes), range=[CODE_COLOURS.get(c, MUTED_COLOUR) for c in codes])


def code_label_expr(names: Mapping[str, str]) -> str:
    """Give a Vega label expression that writes each code's name (other labels as they are)."""
    cases = " : ".join(f"datum.label === {code!r} ? {name!r}" for code, name in names.items())
    return f"{cases} : datum.label" if cases else "datum.label"


def text_names(names: Mapping[Any, object] | None) -> dict[str, str]:
    """Give code → name as plain text (numpy strings would print as ``np.str_('A')`` in labels)."""
    return {str(code): str(name) for code, name in (names or {}).items()}


def vega_spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """Give the Vega-Lite specification of ``chart`` without Altair's default view size.

    ``to_dict(validate=False)``: builders here are covered by tests that validate. The
    default theme's ``continuousWidth``/``continuousHeight`` (300 px) are left out, as
    Streamlit leaves them out of the charts it draws.
    """
    spec = chart.to_dict(validate=False)
    view = spec.get("config", {}).get("view")
    if isinstance(view, dict):
        view.pop("continuousWidth", None)
        view.pop("continuousHeight", None)
    return spec


def with_datasets(template: Mapping[str, object], **frames: pd.DataFrame) -> dict[str, Any]:
    """Give a copy of a specification template whose named datasets are ``frames``.

    The template is not changed (it may be cached and shared); only its top level is copied.
    """
    spec = dict(template)
    spec["datasets"] = dict(frames)
    return spec
