"""Readouts of the analysis charts: the ABC × XYZ heatmap, the quadrants, Pareto and simple LTV.

Each function takes the data its chart is drawn from and gives one or two sentences in
``lang`` with the chart's most telling fact; money carries the ``currency`` sign the page
passes (none by default). Revenue shares are those of the summaries
(shares of the net total, see :mod:`segcore.classify.matrix`); when there is no positive
revenue, or no customer, the readout says so instead of quoting an undefined share.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from segcore.charts.readouts_base import (
    count,
    finite,
    is_number,
    money,
    percent,
    rounded_percent,
    setting,
    top_value_share,
)
from segcore.classify.segmentation import Segmentation
from segcore.i18n import t

__all__ = [
    "BASIS_WORDS",
    "TOP_VALUE",
    "abc_xyz_heatmap",
    "ltv_by_segment",
    "ltv_histogram",
    "pareto_curve",
    "quadrant_scatter",
    "where",
]

#: The key of each ABC basis as it reads after "of" ("of revenue", "выручки").
BASIS_WORDS = {
    "revenue": "readout.basis.revenue",
    "margin": "readout.basis.margin",
    "orders": "readout.basis.orders",
    "ltv": "readout.basis.ltv",
    "clv": "readout.basis.clv",
}

#: The share of the most valuable customers the value readouts quote ("the top 10 % hold …").
TOP_VALUE = 0.10

#: The small, erratic corner of the matrix.
CORNER = "CZ"


def where(code: str, kind: str, lang: str) -> str:
    """Give a segment as it reads after "in": "cell AX" / "ячейке AX", "quadrant III" / "квадранте III"."""
    return t("readout.where.cell" if kind == "cell" else "readout.where.quadrant", lang, code=code)


def abc_xyz_heatmap(segmentation: Segmentation, lang: str) -> str:
    """Give the cell with the most revenue and the size of the small, erratic corner (CZ)."""
    matrix = segmentation.matrix
    total = int(matrix["customers"].sum())
    if total == 0:
        return t("readout.matrix.empty", lang)
    if not float(matrix["revenue"].sum()) > 0:
        largest = matrix.loc[matrix["customers"].idxmax()]
        return t(
            "readout.matrix.no_revenue",
            lang,
            cell=str(largest["cell"]),
            customers=count(largest["customers"], lang),
        )
    top = matrix.loc[matrix["revenue"].idxmax()]
    corner = matrix.set_index("cell").loc[CORNER]
    return t(
        "readout.matrix",
        lang,
        cell=str(top["cell"]),
        share=percent(top["revenue_share"], lang),
        customers=count(top["customers"], lang),
        corner=count(corner["customers"], lang),
        corner_share=percent(corner["customers"] / total, lang),
        corner_revenue=percent(corner["revenue_share"], lang),
    )


def quadrant_scatter(segmentation: Segmentation, lang: str) -> str:
    """Give the size of the core (III) and its share of revenue, and what quadrant IV brings."""
    summary = segmentation.quadrant_summary.set_index("quadrant")
    if int(summary["customers"].sum()) == 0:
        return t("readout.quadrants.empty", lang)
    core, rich = summary.loc["III"], summary.loc["IV"]
    if not float(summary["revenue"].sum()) > 0:
        return t(
            "readout.quadrants.no_revenue",
            lang,
            core=count(core["customers"], lang),
            core_share=percent(core["customer_share"], lang),
        )
    return t(
        "readout.quadrants",
        lang,
        core=count(core["customers"], lang),
        core_share=percent(core["customer_share"], lang),
        core_revenue=percent(core["revenue_share"], lang),
        rich=count(rich["customers"], lang),
        rich_revenue=percent(rich["revenue_share"], lang),
    )


def pareto_curve(
    segmentation: Segmentation, lang: str, top: float = 0.2, top_share: float | None = None
) -> str:
    """Give the share the top ``top`` of customers bring, and how many customers make class A's share.

    ``top_share``: the exact share of the top customers when the page has it
    (:meth:`~segcore.classify.segmentation.Segmenter.top_share`); otherwise it is read off the
    curve by linear interpolation. The second figure is class A: its customers and the share
    of the basis they bring (the A boundary's point on the curve).
    """
    basis = t(BASIS_WORDS[segmentation.scenario.abc.basis], lang)
    customers = int(segmentation.abc_counts.sum())
    if customers == 0:
        return t("readout.pareto.empty", lang)
    if bool(np.all(segmentation.nonpositive)):
        return t("readout.pareto.no_positive", lang, basis=basis)
    curve = segmentation.pareto
    if top_share is None or not is_number(top_share):
        top_share = float(np.interp(top, curve["customer_share"], curve["revenue_share"]))
    a_count = int(segmentation.abc_counts[0])
    if a_count == 0:
        return t(
            "readout.pareto.top_only",
            lang,
            top=setting(top, lang),
            top_share=rounded_percent(top_share, lang),
            basis=basis,
        )
    return t(
        "readout.pareto",
        lang,
        top=setting(top, lang),
        top_share=rounded_percent(top_share, lang),
        basis=basis,
        count=count(a_count, lang),
        a_share=rounded_percent(segmentation.abc_points[0][1], lang),
    )


def ltv_histogram(values: Sequence[float] | np.ndarray, lang: str, currency: str = "") -> str:
    """Give the median and mean simple LTV and the share of all value the top 10 % hold."""
    ltv = finite(values)
    if ltv.size == 0:
        return t("readout.ltv.empty", lang)
    median, mean = money(float(np.median(ltv)), lang, currency), money(float(ltv.mean()), lang, currency)
    share = top_value_share(ltv, TOP_VALUE)
    if not is_number(share):
        return t("readout.ltv.no_total", lang, median=median, mean=mean)
    return t(
        "readout.ltv",
        lang,
        median=median,
        mean=mean,
        top=setting(TOP_VALUE, lang),
        top_share=percent(share, lang),
    )


def ltv_by_segment(frame: pd.DataFrame, lang: str, kind: str = "cell", currency: str = "") -> str:
    """Give the segments with the highest and the lowest average LTV.

    ``frame``: one row per segment with ``segment``, ``customers`` and ``mean`` (empty
    segments are left out); ``kind``: ``cell`` (ABC × XYZ) or ``quadrant``.
    """
    shown = frame[(frame["customers"] > 0) & frame["mean"].map(is_number)]
    if shown.empty:
        return t("readout.ltv_segments.empty", lang)
    ranked = shown.sort_values("mean", ascending=False, kind="stable")
    high, low = ranked.iloc[0], ranked.iloc[-1]
    top, top_value = where(str(high["segment"]), kind, lang), money(high["mean"], lang, currency)
    if len(ranked) == 1:
        return t("readout.ltv_segments.one", lang, top=top, top_value=top_value)
    return t(
        "readout.ltv_segments",
        lang,
        top=top,
        top_value=top_value,
        bottom=where(str(low["segment"]), kind, lang),
        bottom_value=money(low["mean"], lang, currency),
    )
