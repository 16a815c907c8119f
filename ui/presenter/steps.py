"""What the classification steps of the story show: Pareto, ABC, XYZ, the matrix, the quadrants.

Each step gives a :class:`Shown`: the chart's Vega-Lite specification (built by the same
builders as the analysis pages), the readout sentence under it and the key numbers beside it.
The sliders of each step are named in :data:`STEP_SLIDERS`; they are drawn before the step
is computed, so the chart always follows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from segcore import charts
from segcore.charts import readouts
from segcore.classify.segmentation import Segmentation
from segcore.i18n import t
from segcore.i18n.format import fmt_int, fmt_number, fmt_percent
from ui.data import Analysis
from ui.presenter.controls import top_share
from ui.sections import charts as drawn
from ui.sections.tables import quadrant_legend
from ui.state import currency

__all__ = ["STEP_SLIDERS", "Shown", "abc", "matrix", "pareto", "quadrants", "xyz"]

#: The sliders docked beside each step's chart.
STEP_SLIDERS: dict[str, tuple[str, ...]] = {
    "data": (),
    "pareto": ("pareto_top", "abc_a"),
    "abc": ("abc_a", "abc_b"),
    "xyz": ("xyz_x", "xyz_y"),
    "matrix": ("abc_a", "xyz_x"),
    "quadrants": ("loyalty_split", "profit_split"),
    "at_risk": ("abc_a",),
    "plan": (),
}
_XYZ_NAMES = {
    "X": "ui.present.xyz.X",
    "Y": "ui.present.xyz.Y",
    "Z": "ui.present.xyz.Z",
    "N": "ui.present.xyz.N",
}


@dataclass(frozen=True)
class Shown:
    """One step on screen: the chart, the sentence under it, the key numbers (label, value) beside it."""

    spec: dict[str, Any]
    readout: str
    numbers: tuple[tuple[str, str], ...]
    notes: tuple[str, ...] = field(default=())


def pareto(analysis: Analysis, seg: Segmentation, lang: str) -> Shown:
    """Give the Pareto step: the Lorenz curve with ABC bands, read at the slider's share of customers."""
    x = top_share()
    y = analysis.top_share(seg.scenario.abc.basis, x)
    (a_x, _), (b_x, _) = seg.abc_points
    basis = t(f"ui.basis.{seg.scenario.abc.basis}", lang).lower()
    chart = charts.pareto_curve(
        seg.pareto,
        band_edges={"A": a_x, "B": b_x, "C": 1.0},
        highlight=(x, y),
        highlight_label=t("ui.pareto.readout", lang, x=fmt_percent(x, lang, 0), y=fmt_percent(y, lang)),
        title=t("ui.pareto.chart_title", lang, basis=basis),
        x_title=t("ui.pareto.x_axis", lang),
        y_title=t("ui.pareto.y_axis", lang, basis=basis),
        lang=lang,
    )
    numbers = (
        (t("ui.present.m.top", lang, x=fmt_percent(x, lang, 0)), fmt_percent(y, lang)),
        (t("ui.present.m.gini", lang), fmt_number(seg.gini, lang, 2)),
    )
    return Shown(charts.vega_spec(chart), readouts.pareto_curve(seg, lang, top=x, top_share=y), numbers)


def abc(analysis: Analysis, seg: Segmentation, lang: str) -> Shown:
    """Give the ABC step: each class's share of revenue, with its customers in the bar's name."""
    counts = np.asarray(seg.abc_counts, dtype=float)
    sums = np.asarray(seg.abc_sums, dtype=float)
    total, revenue = counts.sum(), sums.sum()
    shares = sums / revenue if revenue > 0 else np.zeros_like(sums)
    frame = pd.DataFrame({"segment": list(charts.ABC_ORDER), "revenue_share": shares})
    names = {
        code: t("ui.present.abc.name", lang, code=code, customers=fmt_int(n, lang))
        for code, n in zip(charts.ABC_ORDER, counts, strict=True)
    }
    chart = charts.segment_bars(
        frame,
        kind="abc",
        value="revenue_share",
        title=t("ui.present.abc.chart", lang),
        value_title=t("ui.present.abc.value", lang),
        segment_title=t("ui.present.abc.segment", lang),
        names=names,
        value_format=".0%",
        lang=lang,
    )
    a_share = counts[0] / total if total else 0.0
    readout = t(
        "ui.present.abc.readout",
        lang,
        share=fmt_percent(a_share, lang, 0),
        customers=fmt_int(counts[0], lang),
        revenue=fmt_percent(shares[0], lang, 0),
    )
    numbers = (
        (t("ui.present.m.a_customers", lang), fmt_int(counts[0], lang)),
        (t("ui.present.m.a_revenue", lang), fmt_percent(shares[0], lang, 0)),
    )
    return Shown(charts.vega_spec(chart), readout, numbers)


def xyz(analysis: Analysis, seg: Segmentation, lang: str) -> Shown:
    """Give the XYZ step: customers per stability class (X steady … N too short a history)."""
    summary = seg.matrix.groupby("xyz")[["customers", "revenue"]].sum()
    order = [code for code in charts.XYZ_ORDER if code in summary.index]
    frame = pd.DataFrame({"segment": order, "customers": [float(summary.loc[c, "customers"]) for c in order]})
    chart = charts.segment_bars(
        frame,
        kind="xyz",
        value="customers",
        title=t("ui.present.xyz.chart", lang),
        value_title=t("ui.present.xyz.value", lang),
        segment_title=t("ui.present.xyz.segment", lang),
        names={code: t(_XYZ_NAMES[code], lang) for code in order},
        lang=lang,
    )
    total, revenue = float(summary["customers"].sum()), float(summary["revenue"].sum())
    x_n = float(summary["customers"].get("X", 0.0))
    z_n = float(summary["customers"].get("Z", 0.0))
    x_rev = float(summary["revenue"].get("X", 0.0)) / revenue if revenue > 0 else 0.0
    readout = t(
        "ui.present.xyz.readout",
        lang,
        x=fmt_percent(x_n / total if total else 0.0, lang, 0),
        revenue=fmt_percent(x_rev, lang, 0),
        z=fmt_percent(z_n / total if total else 0.0, lang, 0),
    )
    numbers = (
        (t("ui.present.m.x_customers", lang), fmt_int(x_n, lang)),
        (t("ui.present.m.x_revenue", lang), fmt_percent(x_rev, lang, 0)),
    )
    return Shown(charts.vega_spec(chart), readout, numbers)


def matrix(analysis: Analysis, seg: Segmentation, lang: str) -> Shown:
    """Give the matrix step: the ABC × XYZ heatmap of revenue shares."""
    titles = {
        "cell": t("ui.matrix.cell", lang),
        "revenue_share": t("ui.matrix.metric_revenue_share", lang),
    }
    spec = drawn.heatmap_spec(
        seg.matrix,
        metric="revenue_share",
        title=t("ui.matrix.heatmap_title", lang, metric=titles["revenue_share"].lower()),
        x_title=t("ui.matrix.x_axis", lang),
        y_title=t("ui.matrix.y_axis", lang),
        field_titles=titles,
        lang=lang,
        value_format=".1%",
    )
    cells = seg.matrix.set_index("cell")
    a_revenue = float(cells.loc[cells["abc"] == "A", "revenue_share"].sum())
    numbers = (
        (t("ui.present.m.ax", lang), fmt_int(cells.loc["AX", "customers"], lang)),
        (t("ui.present.m.a_revenue", lang), fmt_percent(a_revenue, lang, 0)),
    )
    return Shown(spec, readouts.abc_xyz_heatmap(seg, lang), numbers)


def quadrants(analysis: Analysis, seg: Segmentation, lang: str) -> Shown:
    """Give the loyalty × profitability step: the scatter split in quadrants I–IV."""
    basis = currency.money_label(t(f"ui.basis.{seg.scenario.quadrants.profit_basis}", lang))
    spec = drawn.quadrant_spec(
        drawn.quadrant_points(analysis, seg),
        loyalty_split=seg.loyalty_split_value,
        profit_split=seg.profit_split_value,
        names=quadrant_legend(seg),
        title=t("ui.matrix.quad_title", lang),
        x_title=t("ui.matrix.quad_x", lang),
        y_title=basis,
        tooltip_titles={
            "customer_id": t("ui.matrix.customer", lang),
            "loyalty": t("ui.matrix.quad_x", lang),
            "profit": basis,
        },
        lang=lang,
        log_profit=True,
    )
    core = seg.quadrant_summary.set_index("quadrant").loc["III"]
    numbers = (
        (t("ui.present.m.core", lang), fmt_int(core["customers"], lang)),
        (t("ui.present.m.core_revenue", lang), fmt_percent(core["revenue_share"], lang, 0)),
    )
    return Shown(spec, readouts.quadrant_scatter(seg, lang), numbers)
