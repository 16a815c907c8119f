"""Simple LTV on screen: its inputs and definition, the distribution, the segments, the top customers.

Simple LTV is :func:`segcore.ltv.customer_ltv`: each customer's revenue per period (spread
over their age, at least a year) × a relationship length (the average of all customers, or
a horizon the user sets) × margin; at the default inputs it equals the customer table's
``ltv_simple``. Per segment the sources' own formula is shown as well
(:func:`segcore.ltv.simple.segment_ltv`). The margin slider is shared with the predicted CLV
view (:mod:`ui.sections.clv_model`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from segcore import charts
from segcore.charts import readouts
from segcore.charts.clv_top import compact_value
from segcore.classify.kinds import mean_by_code
from segcore.classify.matrix import CELL_LETTERS
from segcore.classify.quadrants import QUADRANT_LETTERS
from segcore.classify.segmentation import Segmentation
from segcore.ltv import SimpleLtv
from segcore.ltv.simple import customer_ltv
from ui import context
from ui.data import Analysis
from ui.format import fmt_number
from ui.sections import ltv_explained, readout
from ui.sections.tables import customer_table_view
from ui.state import currency, keys, scenario, session, values
from ui.text import segment_name, tr

__all__ = ["TOP_COLUMNS", "draw", "margin", "simple_values"]

#: Customer-table columns of the most valuable customers (their LTV at the page's inputs leads).
TOP_COLUMNS = (
    *("customer_id", "revenue", "orders", "age_periods", "revenue_per_period", "seasonal"),
    *("first_purchase", "last_purchase"),
)


def margin() -> float:
    """Draw the margin slider (shared by both views); give the margin as a share."""
    percent = st.slider(
        tr("ltv.margin"),
        1,
        100,
        step=1,
        format="%d%%",
        help=tr("ltv.margin_help"),
        **values.bind(keys.LTV_MARGIN, 100),
    )
    return percent / 100


def _simple(customers: pd.DataFrame, share: float, horizon: float | None) -> SimpleLtv:
    return customer_ltv(customers, margin=share, lifetime_periods=horizon)


def simple_values(customers: pd.DataFrame) -> np.ndarray:
    """Give the simple LTV of the customer table's rows at the inputs last set on this page."""
    own = bool(values.remembered(keys.LTV_OWN_HORIZON, False))
    horizon = float(values.remembered(keys.LTV_HORIZON, 12.0)) if own else None
    return _simple(customers, float(values.remembered(keys.LTV_MARGIN, 100)) / 100, horizon).ltv


def _inputs() -> tuple[float, float | None]:
    unit = tr(f"unit.periods_{scenario.current().aggregation.grain}")
    left, middle, right = st.columns(3)
    with left:
        share = margin()
    with middle:
        own = st.toggle(
            tr("ltv.own_horizon"), help=tr("ltv.own_horizon_help"), **values.bind(keys.LTV_OWN_HORIZON, False)
        )
    with right:
        horizon = st.number_input(
            tr("ltv.horizon", unit=unit),
            min_value=1.0,
            max_value=600.0,
            step=1.0,
            format="%.0f",
            disabled=not own,
            help=tr("ltv.horizon_help"),
            **values.bind(keys.LTV_HORIZON, 12.0),
        )
    return share, (float(horizon) if own else None)


def _metrics(ltv: SimpleLtv) -> None:
    lang = session.lang()
    unit = tr(f"unit.periods_{scenario.current().aggregation.grain}")
    cols = st.columns(4)
    cols[0].metric(
        tr("ltv.m_mean"),
        currency.money(float(np.mean(ltv.ltv)) if ltv.ltv.size else 0, lang),
        border=True,
        help=tr("ltv.m_mean_help"),
    )
    cols[1].metric(
        tr("ltv.m_median"),
        currency.money(float(np.median(ltv.ltv)) if ltv.ltv.size else 0, lang),
        border=True,
        help=tr("ltv.m_median_help"),
    )
    total = float(np.sum(ltv.ltv))
    cols[2].metric(  # written short so it fits a quarter of the page; the exact sum is in the help
        tr("ltv.m_total"),
        compact_value(total, lang),
        border=True,
        help=f"{tr('ltv.m_total_help')} {tr('clv_studio.exact', value=currency.money(total, lang))}",
    )
    cols[3].metric(
        tr("ltv.m_lifetime_in", unit=unit),
        fmt_number(ltv.lifetime_periods, lang, 1),
        border=True,
        help=tr("ltv.m_lifetime_help"),
    )


def _by_segment(seg: Segmentation, ltv: np.ndarray) -> None:
    lang = session.lang()
    left, right = st.columns(2, gap="large")
    for column, kind, codes, letters in (
        (left, "cell", seg.cell_codes, CELL_LETTERS),
        (right, "quadrant", seg.quadrant_codes, QUADRANT_LETTERS),
    ):
        frame = mean_by_code(codes, ltv, letters)
        chart = charts.segment_bars(
            frame,
            kind=kind,
            value="mean",
            title=tr(f"ltv.by_{kind}"),
            value_title=currency.money_label(tr("ltv.mean")),
            segment_title=tr(f"column.{kind}"),
            lang=lang,
            names={c: f"{c} · {segment_name(c)}" for c in frame["segment"]},
        )
        with column:
            st.altair_chart(chart, width="stretch", key=f"ltv_by_{kind}")
            readout.show(readouts.ltv_by_segment(frame, lang, kind, currency.current()))


def draw(analysis: Analysis) -> None:
    """Draw the inputs, the distribution (above the fold at 1280 × 720), the definition, segments, top."""
    lang = session.lang()
    share, horizon = _inputs()
    ltv = _simple(analysis.customers, share, horizon)
    seg = context.segmentation(analysis)
    if seg is None:
        return
    _metrics(ltv)
    mean = float(np.mean(ltv.ltv)) if ltv.ltv.size else 0.0
    chart = charts.histogram(
        charts.histogram_frame(ltv.ltv),
        title=tr("ltv.hist_title"),
        x_title=currency.money_label(tr("ltv.value")),
        y_title=tr("ltv.customers"),
        marker=mean,
        marker_label=tr("ltv.mean_marker", value=currency.money(mean, lang)),
        lang=lang,
    )
    st.altair_chart(chart, width="stretch", key="ltv_histogram")
    readout.show(readouts.ltv_histogram(ltv.ltv, lang, currency.current()))
    st.caption(tr("ltv.hist_note"))
    ltv_explained.definition(ltv, share, scenario.current().aggregation.grain, horizon is not None)
    _by_segment(seg, ltv.ltv)
    ltv_explained.segment_formula(analysis.customers, seg, share)
    st.subheader(tr("ltv.top_title"))
    customer_table_view(
        analysis,
        seg,
        None,
        key="ltv_top_customers",
        limit=20,
        sort_by=ltv.ltv,
        extra={"ltv": ltv.ltv},
        lead=("ltv",),
        columns=TOP_COLUMNS,
    )
