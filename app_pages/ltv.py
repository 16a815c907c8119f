"""Customer value: simple LTV from each customer's history, or predicted CLV from models.

The simple part: LTV per customer and per segment, with margin and horizon. The predicted
part (:mod:`ui.ltv_view`): BG/NBD or Pareto/NBD with Gamma-Gamma, fitted in the background,
checked on a holdout, compared per segment with simple LTV. The margin is shared.
"""

import numpy as np
import streamlit as st

from segcore import charts
from segcore.ltv.simple import SimpleLtv, simple_ltv
from segcore.classify.matrix import CELL_LETTERS
from segcore.classify.quadrants import QUADRANT_LETTERS
from segcore.classify.segmentation import Segmentation
from ui import context, ltv_view, state, views
from ui.cached import Analysis
from ui.format import fmt_money, fmt_number
from ui.text import labels, segment_name, show_flash_error, tr

VIEWS = ("simple", "predictive")


def _margin() -> float:
    """Draw the margin slider (shared by both views); give the margin as a share."""
    state.put_default(state.KEY_LTV_MARGIN, 100)
    return st.slider(tr("ltv.margin"), 1, 100, step=1, format="%d%%", key=state.KEY_LTV_MARGIN,
                     help=tr("ltv.margin_help"), persist_state="session") / 100


def _simple_values(customers) -> np.ndarray:
    """Give the simple LTV of the customer table's rows at the inputs last set on this page."""
    own = bool(state.get(state.KEY_LTV_OWN_HORIZON, False))
    horizon = float(state.get(state.KEY_LTV_HORIZON, 12.0)) if own else None
    return simple_ltv(customers["revenue"].to_numpy(dtype=float, na_value=0.0),
                      customers["relationship_periods"].to_numpy(dtype=float, na_value=np.nan),
                      margin=float(state.get(state.KEY_LTV_MARGIN, 100)) / 100,
                      lifetime_periods=horizon).ltv


def _inputs(analysis: Analysis) -> tuple[float, float | None]:
    unit = tr(f"unit.periods_{state.scenario().aggregation.grain}")
    left, middle, right = st.columns(3)
    with left:
        margin = _margin()
    with middle:
        own = st.toggle(tr("ltv.own_horizon"), key=state.KEY_LTV_OWN_HORIZON,
                        help=tr("ltv.own_horizon_help"), persist_state="session")
    with right:
        state.put_default(state.KEY_LTV_HORIZON, 12.0)
        horizon = st.number_input(tr("ltv.horizon", unit=unit), min_value=1.0, max_value=600.0,
                                  step=1.0, format="%.0f", key=state.KEY_LTV_HORIZON, disabled=not own,
                                  help=tr("ltv.horizon_help"), persist_state="session")
    return margin, (float(horizon) if own else None)


def _metrics(ltv: SimpleLtv) -> None:
    lang = state.lang()
    unit = tr(f"unit.periods_{state.scenario().aggregation.grain}")
    cols = st.columns(4)
    cols[0].metric(tr("ltv.m_mean"), fmt_money(float(np.mean(ltv.ltv)) if ltv.ltv.size else 0, lang),
                   border=True, help=tr("ltv.m_mean_help"))
    cols[1].metric(tr("ltv.m_median"), fmt_money(float(np.median(ltv.ltv)) if ltv.ltv.size else 0, lang),
                   border=True, help=tr("ltv.m_median_help"))
    cols[2].metric(tr("ltv.m_total"), fmt_money(float(np.sum(ltv.ltv)), lang), border=True,
                   help=tr("ltv.m_total_help"))
    cols[3].metric(tr("ltv.m_lifetime"), f"{fmt_number(ltv.lifetime_periods, lang, 1)} {unit}",
                   border=True, help=tr("ltv.m_lifetime_help"))


def _by_segment(seg: Segmentation, ltv: np.ndarray) -> None:
    lang = state.lang()
    left, right = st.columns(2, gap="large")
    for column, kind, codes, letters in (
        (left, "cell", seg.cell_codes, CELL_LETTERS), (right, "quadrant", seg.quadrant_codes,
                                                        QUADRANT_LETTERS),
    ):
        frame = views.mean_by_code(codes, ltv, letters)
        chart = charts.segment_bars(
            frame, kind=kind, value="mean", title=tr(f"ltv.by_{kind}"), value_title=tr("ltv.mean"),
            segment_title=tr(f"column.{kind}"), lang=lang,
            names={c: f"{c} · {segment_name(c)}" for c in frame["segment"]},
        )
        column.altair_chart(chart, width="stretch", key=f"{state.KEY_LTV_CHART}_{kind}")


def draw(analysis: Analysis) -> None:
    """Draw the inputs, the distribution, the segments and the top customers."""
    lang = state.lang()
    margin, horizon = _inputs(analysis)
    customers = analysis.customers
    ltv = simple_ltv(customers["revenue"].to_numpy(dtype=float, na_value=0.0),
                     customers["relationship_periods"].to_numpy(dtype=float, na_value=np.nan),
                     margin=margin, lifetime_periods=horizon)
    seg = context.segmentation(analysis)
    if seg is None:
        return
    _metrics(ltv)
    mean = float(np.mean(ltv.ltv)) if ltv.ltv.size else 0.0
    chart = charts.histogram(
        charts.histogram_frame(ltv.ltv), title=tr("ltv.hist_title"), x_title=tr("ltv.value"),
        y_title=tr("ltv.customers"), marker=mean,
        marker_label=tr("ltv.mean_marker", value=fmt_money(mean, lang)), lang=lang,
    )
    st.altair_chart(chart, width="stretch", key=state.KEY_LTV_HISTOGRAM)
    st.caption(tr("ltv.hist_note"))
    _by_segment(seg, ltv.ltv)
    st.subheader(tr("ltv.top_title"))
    views.customer_table_view(analysis, seg, None, key=state.KEY_LTV_TABLE, limit=20,
                              sort_by=ltv.ltv, extra={"ltv": ltv.ltv}, lead=("ltv",),
                              columns=("customer_id", "revenue", "orders", "revenue_per_period",
                                       "first_purchase", "last_purchase"))


def _view() -> str:
    key = state.KEY_LTV_VIEW
    state.seed_choice(key, VIEWS, VIEWS[0])
    chosen = st.segmented_control(
        tr("clv.view"), VIEWS, format_func=labels(VIEWS, lambda v: tr(f"clv.view_{v}")), key=key,
        required=True, help=tr("clv.view_help"), on_change=state.keep_choice, args=(key,),
    )
    return chosen if chosen in VIEWS else VIEWS[0]


st.title(tr("page.ltv"))
show_flash_error()
if _view() == "predictive":
    st.caption(tr("clv.intro"))
    ltv_view.draw(_margin, _simple_values)
else:
    st.caption(tr("ltv.intro"))
    active = context.active_analysis()
    if active is not None:
        draw(active)
