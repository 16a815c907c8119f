"""Predicted CLV per customer and per segment on screen, and the switch to use it in segmentation."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import streamlit as st
from streamlit.elements.lib.column_types import ColumnConfig

from segcore import charts
from segcore.charts import ltv as charts_ltv
from segcore.charts import readouts
from segcore.charts.clv_top import compact_value, top_customers_chart
from segcore.classify.segmentation import Segmentation
from segcore.ltv import LtvResult
from segcore.ltv.join import forecast_segments, segment_comparison
from segcore.ltv.outlook import ACTIVE_CUT, Outlook, forecast_outlook, outlook_text, top_customers
from ui.data import Analysis
from ui.format import fmt_date, fmt_int, fmt_percent
from ui.sections import readout
from ui.state import currency, keys, scenario, session
from ui.text import column_label, segment_name, tr

__all__ = ["draw"]

_TOP = 20
_TOP_COLUMNS = (
    "clv",
    "expected_purchases",
    "p_alive",
    "clv_low",
    "clv_high",
    "expected_spend",
    "frequency",
    "recency",
    "T",
)


def _level(result: LtvResult) -> str:
    return fmt_percent(result.settings.interval_level, session.lang(), 0)


def _tiles(result: LtvResult, outlook: Outlook) -> None:
    lang = session.lang()
    months = fmt_int(result.settings.horizon, lang)
    exact = tr("clv_studio.exact", value=currency.money(outlook.value, lang))
    st.metric(
        tr("clv_studio.m_value", months=months),
        compact_value(outlook.value, lang),
        border=True,
        help=f"{tr('clv_studio.m_value_help')} {exact}",
    )
    st.metric(
        tr("clv_studio.m_purchases"),
        compact_value(outlook.purchases, lang),
        border=True,
        help=tr("clv_studio.m_purchases_help"),
    )
    share = outlook.active / outlook.customers if outlook.customers else 0.0
    st.metric(
        tr("clv_studio.m_active"),
        compact_value(outlook.active, lang),
        delta=fmt_percent(share, lang),
        delta_color="gray",
        delta_arrow="off",
        border=True,
        help=tr("clv_studio.m_active_help", cut=fmt_percent(ACTIVE_CUT, lang, 0)),
    )


def _interval_note(result: LtvResult) -> None:
    lang = session.lang()
    if result.draws is None:
        return
    total = result.segment_totals(np.zeros(len(result.customers), dtype=np.int8)).iloc[0]
    st.caption(
        tr(
            "clv.interval_note",
            level=_level(result),
            low=currency.money(total["clv_low"], lang),
            high=currency.money(total["clv_high"], lang),
            draws=fmt_int(result.draws.n_draws, lang),
        )
    )


def _forward_note(result: LtvResult) -> None:
    lang = session.lang()
    summary = result.summary
    st.caption(
        tr(
            "clv_studio.forward_note",
            start=fmt_date(summary.first_date, lang),
            end=fmt_date(summary.calibration_end, lang),
            months=fmt_int(result.settings.horizon, lang),
        )
    )


def _worth_most(result: LtvResult) -> None:
    """Draw the forecast in words, the customers worth the most over the horizon and the totals."""
    lang = session.lang()
    months = result.settings.horizon
    outlook = forecast_outlook(result.customers, months)
    readout.show(outlook_text(outlook, lang))
    chart_col, tiles_col = st.columns([5, 2], gap="medium")
    with chart_col:
        st.altair_chart(
            top_customers_chart(
                top_customers(result.customers),
                title=tr("clv_studio.top_title", months=fmt_int(months, lang)),
                subtitle=tr("clv_studio.top_subtitle", level=_level(result)) if result.draws else None,
                x_title=currency.money_label(tr("clv_studio.top_x", months=fmt_int(months, lang))),
                y_title=tr("clv_studio.top_y"),
                tooltips={k: tr(f"clv.col.{k}") for k in ("expected_purchases", "p_alive")},
                lang=lang,
            ),
            width="stretch",
            key="ltv_clv_top_chart",
        )
    with tiles_col:
        _tiles(result, outlook)
    _interval_note(result)
    _forward_note(result)


def _distributions(result: LtvResult) -> None:
    lang = session.lang()
    clv = result.customers["clv"].to_numpy(dtype=float)
    mean = float(clv.mean()) if len(clv) else 0.0
    alive = result.customers["p_alive"].to_numpy(dtype=float)
    left, right = st.columns(2, gap="large")
    with left:
        st.altair_chart(
            charts.histogram(
                charts.histogram_frame(clv),
                title=tr("clv.hist_title"),
                x_title=currency.money_label(tr("clv.hist_x", months=fmt_int(result.settings.horizon, lang))),
                y_title=tr("clv.customers_axis"),
                marker=mean,
                marker_label=tr("clv.mean_marker", value=currency.money(mean, lang)),
                lang=lang,
            ),
            width="stretch",
            key="ltv_clv_histogram",
        )
        readout.show(readouts.clv_histogram(clv, lang, result.settings.horizon, currency.current()))
    with right:
        st.altair_chart(
            charts_ltv.probability_histogram(
                charts_ltv.probability_bins(alive),
                title=tr("clv.alive_title"),
                x_title=tr("clv.alive_x"),
                y_title=tr("clv.customers_axis"),
                lang=lang,
            ),
            width="stretch",
            key="ltv_alive_histogram",
        )
        readout.show(readouts.alive_histogram(alive, lang))
    st.caption(tr("ltv.hist_note"))


def _segment_of(
    result: LtvResult, analysis: Analysis | None, seg: Segmentation | None, simple: np.ndarray | None
) -> pd.DataFrame:
    """Give cell, quadrant and simple LTV of each forecast customer ("—" outside the table)."""
    n = len(result.customers)
    if analysis is None or seg is None or simple is None:
        return pd.DataFrame({"cell": ["—"] * n, "quadrant": ["—"] * n, "simple": np.nan})
    return forecast_segments(
        result.customers["customer_id"], analysis.customers["customer_id"], seg.cell, seg.quadrant, simple
    )


def _top(result: LtvResult, segments: pd.DataFrame) -> None:
    c = result.customers
    clv = c["clv"].to_numpy(dtype=float)
    order = np.argsort(-np.nan_to_num(clv, nan=-np.inf), kind="stable")[:_TOP]
    # The forecast first: a wide table hides its right-hand columns.
    frame = c.iloc[order][["customer_id", *_TOP_COLUMNS]].reset_index(drop=True)
    frame.insert(4, "simple", segments["simple"].to_numpy()[order])
    frame.insert(5, "cell", segments["cell"].to_numpy()[order])
    frame.insert(6, "quadrant", segments["quadrant"].to_numpy()[order])
    money = {"expected_spend", "clv", "clv_low", "clv_high", "simple"}
    config: dict[str, ColumnConfig] = {}
    for column in frame.columns:
        own = column in _TOP_COLUMNS or column == "simple"
        label = tr(f"clv.col.{column}") if own else column_label(column)
        if column == "p_alive":
            config[column] = st.column_config.NumberColumn(label, format="percent")
        elif column in money:  # whole units when large, as everywhere else
            big = frame[column].abs().max() >= 1000 if len(frame) else False
            frame[column] = frame[column].round(0 if big else 2)
            config[column] = st.column_config.NumberColumn(label, format="localized")
        elif column in ("recency", "T", "expected_purchases"):
            config[column] = st.column_config.NumberColumn(label, format="%.1f")
        else:
            config[column] = st.column_config.Column(label)
    st.markdown(f"**{tr('clv.top_title')}**")
    st.dataframe(
        frame,
        hide_index=True,
        placeholder="—",
        key="ltv_clv_customers",
        column_config=config,
        height=38 + 35 * max(len(frame), 1),
    )
    st.caption(tr("clv.top_note", level=_level(result)))


def _total(value: float, lang: str) -> str:
    """Give a segment total: nothing reads "0", not "0,00"."""
    return "0" if value == 0 else currency.money(value, lang)


def _segment_table(frame: pd.DataFrame, names: dict[str, str], kind: str) -> None:
    lang = session.lang()
    shown = pd.DataFrame(
        {
            tr("clv.col.segment"): [names[c] for c in frame["segment"]],
            tr("clv.col.clv_total"): [_total(v, lang) for v in frame["predicted"]],
            tr("clv.col.simple_total"): [_total(v, lang) for v in frame["simple"]],
            tr("clv.col.clv_interval"): [
                f"{_total(lo, lang)} – {_total(hi, lang)}"
                for lo, hi in zip(frame["predicted_low"], frame["predicted_high"], strict=True)
            ],
            tr("clv.col.customers"): [fmt_int(v, lang) for v in frame["customers"]],
            tr("clv.col.forecast"): [fmt_int(v, lang) for v in frame["forecast"]],
        }
    )
    st.dataframe(shown, hide_index=True, placeholder="—", key=f"{'ltv_clv_segments'}_{kind}")


def _by_segment(result: LtvResult, analysis: Analysis, seg: Segmentation, simple: np.ndarray) -> None:
    lang = session.lang()
    st.subheader(tr("clv.segments_title"))
    st.caption(tr("clv.segments_intro", months=fmt_int(result.settings.horizon, lang), level=_level(result)))
    series = {"simple": tr("clv.series_simple"), "predicted": tr("clv.series_clv")}
    left, right = st.columns(2, gap="large")
    outside = 0
    for column, kind, codes in ((left, "cell", seg.cell), (right, "quadrant", seg.quadrant)):
        frame, outside = segment_comparison(result, analysis.customers["customer_id"], codes, simple)
        names = {c: f"{c} · {segment_name(c)}" for c in frame["segment"]}
        with column:
            st.altair_chart(
                charts_ltv.segment_value_comparison(
                    frame,
                    kind=kind,
                    title=tr(f"clv.by_{kind}"),
                    value_title=currency.money_label(tr("clv.value_axis")),
                    segment_title=tr(f"column.{kind}"),
                    series=series,
                    interval_title=currency.money_label(tr("clv.interval_short")),
                    names=names,
                    lang=lang,
                ),
                width="stretch",
                key=f"{'ltv_clv_by'}_{kind}",
            )
            readout.show(readouts.clv_by_segment(frame, lang, kind, currency.current()))
            _segment_table(frame, names, kind)
    missing = len(analysis.customers) - int(frame["forecast"].sum())
    if missing:
        st.caption(tr("clv.not_forecast", n=fmt_int(missing, lang)))
    if outside:
        st.caption(tr("clv.outside_window", n=fmt_int(outside, lang)))


def _use_clv(part: str) -> None:
    if part == "abc":
        scenario.change(lambda s: s.replace(abc=s.abc.replace(basis="clv")))
    else:
        scenario.change(lambda s: s.replace(quadrants=s.quadrants.replace(profit_basis="clv")))


def _use(result: LtvResult) -> None:
    current = scenario.current()
    st.markdown(f"**{tr('clv.use_title')}**")
    left, right, _ = st.columns([1, 1, 1])
    left.button(
        tr("clv.use_abc"),
        key=keys.LTV_USE_ABC,
        icon=":material/sort:",
        disabled=current.abc.basis == "clv",
        on_click=_use_clv,
        args=("abc",),
    )
    right.button(
        tr("clv.use_profit"),
        key="ltv_use_clv_profit",
        icon=":material/trending_up:",
        disabled=current.quadrants.profit_basis == "clv",
        on_click=_use_clv,
        args=("profit",),
    )
    st.caption(
        tr(
            "clv.use_note",
            abc=tr(f"basis.{current.abc.basis}").lower(),
            profit=tr(f"basis.{current.quadrants.profit_basis}").lower(),
        )
    )
    if result.validation is not None:
        st.caption(tr("clv.forecast_from_past", end=fmt_date(result.summary.calibration_end, session.lang())))


def draw(
    result: LtvResult,
    analysis: Analysis | None,
    seg: Segmentation | None,
    simple: Callable[[pd.DataFrame], np.ndarray],
) -> None:
    """Draw who is worth the most, the list, P(alive) and CLV spread, segments, use in segmentation."""
    _worth_most(result)
    values = simple(analysis.customers) if analysis is not None else None
    _top(result, _segment_of(result, analysis, seg, values))
    st.subheader(tr("clv.customers_title"))
    _distributions(result)
    if analysis is not None and seg is not None and values is not None:
        _by_segment(result, analysis, seg, values)
    _use(result)
