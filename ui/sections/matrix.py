"""The Matrix page's blocks: what the data says, the ABC × XYZ heatmap with its numbers, the quadrant scatter.

The page opens with the three most urgent findings of the scenario (they follow the
sliders); a customer above a tenth of revenue is named next to the heatmap. Each chart has
its readout sentence under it. A click on a heatmap cell picks that cell in the page's
drill-down (the choice is kept under :data:`ui.state.keys.MATRIX_CELL`), scrolls the page
to it (:mod:`ui.sections.drill`) and marks the cell in the heatmap's table of numbers.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from segcore.charts import readouts
from segcore.charts.base import with_money_locale
from segcore.classify.abc import ABC_LETTERS
from segcore.classify.matrix import CELL_LETTERS
from segcore.classify.segmentation import Segmentation
from segcore.classify.xyz import XYZ_LETTERS
from segcore.i18n import t
from segcore.insight.plan import PlannedAction, action_plan
from segcore.report.action_summary import md_text
from ui import insight, probe
from ui.data import Analysis
from ui.format import fmt_int, fmt_percent
from ui.sections import charts, drill, findings
from ui.sections.tables import quadrant_legend
from ui.state import currency, keys, session, values
from ui.text import labels, tr

__all__ = ["dependency_flags", "heatmap", "quadrants", "top_findings"]

METRICS = ("customers", "revenue_share", "avg_revenue")
METRIC_FORMATS = {"customers": ",.0f", "revenue_share": ".1%", "avg_revenue": "$,.0f"}
METRIC_TEXT: dict[str, Callable[[float, str], str]] = {
    "customers": fmt_int,
    "revenue_share": fmt_percent,
    "avg_revenue": currency.money,
}
HEATMAP = "matrix_heatmap"
PICKED_OUTLINE = "#B8860B"
PICKED_STYLE = "background-color: #FFE08A; font-weight: 700; outline: 2px solid #B8860B"


def _pick_cell() -> None:
    picked = values.current(HEATMAP).selection.get("cell_pick") or []
    if picked and picked[0].get("cell") in CELL_LETTERS:
        values.remember(keys.MATRIX_CELL, picked[0]["cell"])
        drill.scroll_next_run()


def _outline_picked(spec: dict, picked: str) -> dict:
    """Give the heatmap's specification with the picked cell's square outlined (the template untouched)."""
    layers = list(spec["layer"])
    squares = dict(layers[0])
    test = f"datum.cell === '{picked}'"
    squares["encoding"] = {
        **squares["encoding"],
        "stroke": {"condition": {"test": test, "value": PICKED_OUTLINE}, "value": "white"},
        "strokeWidth": {"condition": {"test": test, "value": 6}, "value": 3},
    }
    layers[0] = squares
    return {**spec, "layer": layers}


def _mark_picked(grid: pd.DataFrame, picked: str) -> pd.DataFrame:
    """Give the table's cell styles: the picked cell bold on a highlight, the others plain."""
    styles = pd.DataFrame("", index=grid.index, columns=grid.columns)
    styles.loc[picked[0], picked[1]] = PICKED_STYLE
    return styles


def _numbers(seg: Segmentation, metric: str, title: str) -> None:
    """Draw the heatmap's numbers as a table (ABC rows, XYZ columns), folded away."""
    lang = session.lang()
    cells = seg.matrix.set_index("cell")[metric]
    grid = pd.DataFrame(
        [[float(cells[a + x]) for x in XYZ_LETTERS] for a in ABC_LETTERS],
        index=pd.Index(ABC_LETTERS, name="ABC \\ XYZ"),
        columns=list(XYZ_LETTERS),
    )
    # Numbers (shown in the language's format) so the table right-aligns them.
    shown = grid.style.format(lambda value: METRIC_TEXT[metric](value, lang)).apply(
        _mark_picked, axis=None, picked=values.remembered(keys.MATRIX_CELL, "AX", options=CELL_LETTERS)
    )
    with st.expander(tr("matrix.numbers", metric=title.lower()), key=keys.MATRIX_NUMBERS):
        st.table(shown, alt=title)


@probe.timed("matrix.heatmap")
def heatmap(seg: Segmentation, analysis: Analysis | None = None) -> None:
    """Draw the ABC × XYZ heatmap in the metric picked, its numbers as a table; a click picks a cell."""
    metric = st.segmented_control(
        tr("matrix.metric"),
        METRICS,
        format_func=labels(METRICS, lambda m: tr(f"matrix.metric_{m}")),
        required=True,
        **values.bind(keys.MATRIX_METRIC, "revenue_share", options=METRICS),
    )
    metric = metric if metric in METRICS else "revenue_share"
    titles = {"cell": tr("matrix.cell")} | {m: tr(f"matrix.metric_{m}") for m in METRICS}
    field_titles = titles | {"avg_revenue": currency.money_label(titles["avg_revenue"])}
    spec = charts.heatmap_spec(
        seg.matrix,
        metric=metric,
        title=tr("matrix.heatmap_title", metric=titles[metric].lower()),
        x_title=tr("matrix.x_axis"),
        y_title=tr("matrix.y_axis"),
        field_titles=field_titles,
        lang=session.lang(),
        value_format=METRIC_FORMATS[metric],
        select="cell_pick",
        live=(analysis, seg) if analysis is not None else None,
    )
    spec = _outline_picked(spec, values.remembered(keys.MATRIX_CELL, "AX", options=CELL_LETTERS))
    spec = with_money_locale(spec, session.lang(), currency.current())
    charts.draw(spec, key=HEATMAP, on_select=_pick_cell, selection_mode="cell_pick")
    st.caption(readouts.abc_xyz_heatmap(seg, session.lang()))
    st.caption(tr("matrix.heatmap_hint"))
    _numbers(seg, metric, titles[metric])


@probe.timed("matrix.quadrants")
def quadrants(analysis: Analysis, seg: Segmentation) -> None:
    """Draw the loyalty × profitability scatter of a fixed sample of customers, split in quadrants."""
    lang = session.lang()
    basis = currency.money_label(tr(f"basis.{seg.scenario.quadrants.profit_basis}"))
    n = analysis.size
    spec = charts.quadrant_spec(
        charts.quadrant_points(analysis, seg, live=True),
        loyalty_split=seg.loyalty_split_value,
        profit_split=seg.profit_split_value,
        names=quadrant_legend(seg),
        title=tr("matrix.quad_title"),
        subtitle=tr("matrix.quad_subtitle", shown=fmt_int(min(n, 3000), lang), total=fmt_int(n, lang)),
        x_title=tr("matrix.quad_x"),
        y_title=basis,
        tooltip_titles={
            "customer_id": tr("matrix.customer"),
            "loyalty": tr("matrix.quad_x"),
            "profit": basis,
        },
        lang=lang,
        log_profit=True,
        live=(analysis, seg),
        legend=charts.live_legend(seg),
    )
    charts.draw(spec, key="matrix_quadrants")
    st.caption(readouts.quadrant_scatter(seg, lang))


@probe.timed("matrix.findings")
def top_findings(analysis: Analysis) -> list[PlannedAction]:
    """Draw the three most urgent findings of the scenario as compact cards; give the whole plan."""
    plan = action_plan(insight.findings(analysis))
    if plan:
        st.markdown(f"**{t('action.summary.findings', session.lang())}**")
        findings.compact_cards(plan, key=keys.MATRIX_FINDINGS)
    return plan


def dependency_flags(plan: list[PlannedAction]) -> None:
    """Name every customer above a tenth of revenue (or margin): the dependency findings."""
    for planned in plan:
        if planned.kind == "dependency":
            text = planned.finding.text(session.lang(), currency.current())
            st.warning(md_text(text), icon=":material/warning:")
