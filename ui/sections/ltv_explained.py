"""What simple LTV means on screen: the definition with a worked example, and the per-segment formula.

The example is computed with :func:`segcore.ltv.simple_ltv` at the page's own inputs (grain,
relationship length, margin), so it always says what the page does: a one-time buyer of
three years ago and a steady monthly buyer of this year who spent the same, and what each
would be worth if revenue were spread over first-to-last purchase instead of the age.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from segcore.classify.segmentation import Segmentation
from segcore.i18n.format import Localized, fmt_figure
from segcore.ltv import SimpleLtv, simple_ltv
from segcore.ltv.simple import YEAR_PERIODS, segment_ltv
from ui.format import fmt_number, fmt_percent
from ui.state import session
from ui.text import segment_name, tr

__all__ = ["EXAMPLE_TOTAL", "definition", "example_values", "segment_formula"]

#: What each customer of the worked example spent in total (one purchase, or twelve of a twelfth).
EXAMPLE_TOTAL = 1200.0


def example_values(grain: str, lifetime: float, margin: float) -> dict[str, np.ndarray]:
    """Give the worked example: revenue per period and LTV of the three example customers.

    Rows: a one-time buyer of three years ago, a buyer of a twelfth every month of the last
    year, a one-time buyer of the last period. ``age``: spread over the age (the studio's
    definition); ``span``: spread over first-to-last purchase (one period for a one-time buyer).
    """
    year = YEAR_PERIODS[grain]
    revenue = np.full(3, EXAMPLE_TOTAL)
    relationship = np.array([1.0, year, 1.0])
    age = simple_ltv(
        revenue,
        relationship,
        age_periods=np.array([3.0 * year, year, 1.0]),
        floor_periods=year,
        margin=margin,
        lifetime_periods=lifetime,
    )
    span = simple_ltv(revenue, relationship, floor_periods=1, margin=margin, lifetime_periods=lifetime)
    return {
        "age": np.array([3.0 * year, year, 1.0]),
        "rate": age.revenue_per_period,
        "ltv": age.ltv,
        "span_rate": span.revenue_per_period,
        "span_ltv": span.ltv,
    }


def definition(ltv: SimpleLtv, margin: float, grain: str, own_horizon: bool) -> None:
    """Draw the definition of simple LTV at the page's inputs, and the worked example beside it."""
    lang = session.lang()
    unit, year = tr(f"unit.periods_{grain}"), YEAR_PERIODS[grain]
    example = example_values(grain, ltv.lifetime_periods, margin)
    money = [fmt_figure(v, lang) for v in example["rate"]]
    values = [fmt_figure(v, lang) for v in example["ltv"]]
    with st.container(border=True):
        left, right = st.columns(2, gap="large")
        left.markdown(
            tr(
                "ltv.define",
                year=Localized(year, lang),
                unit=unit,
                lifetime=fmt_number(ltv.lifetime_periods, lang, 1),
                source=tr("ltv.define_own") if own_horizon else tr("ltv.define_average"),
                margin=fmt_percent(margin, lang, 0),
            )
        )
        right.markdown(
            tr(
                "ltv.example",
                total=fmt_figure(EXAMPLE_TOTAL, lang),
                monthly=fmt_figure(EXAMPLE_TOTAL / 12, lang),
                unit=unit,
                old_age=Localized(int(example["age"][0]), lang),
                young_age=Localized(int(example["age"][1]), lang),
                year=Localized(year, lang),
                old_rate=money[0],
                young_rate=money[1],
                new_rate=money[2],
                old_ltv=values[0],
                young_ltv=values[1],
                new_ltv=values[2],
                span_rate=fmt_figure(example["span_rate"][0], lang),
                span_ltv=fmt_figure(example["span_ltv"][0], lang),
                times=Localized(round(example["span_rate"][0] / example["rate"][1]), lang),
            )
        )


def _formula_table(customers: pd.DataFrame, codes: np.ndarray, margin: float, kind: str) -> None:
    frame = segment_ltv(customers, codes, margin=margin)
    shown = pd.DataFrame(
        {
            tr("ltv.col.segment"): [f"{c} · {segment_name(c)}" for c in frame["segment"]],
            tr("ltv.col.customers"): frame["customers"].to_numpy(),
            tr("ltv.col.rate"): frame["revenue_per_period"].round(2).to_numpy(),
            tr("ltv.col.relationship"): frame["relationship_periods"].round(1).to_numpy(),
            tr("ltv.col.segment_ltv"): frame["ltv"].round(0 if frame["ltv"].abs().max() >= 1000 else 2),
        }
    )
    config = {
        tr("ltv.col.customers"): st.column_config.NumberColumn(format="localized"),
        tr("ltv.col.rate"): st.column_config.NumberColumn(format="localized"),
        tr("ltv.col.relationship"): st.column_config.NumberColumn(format="%.1f"),
        tr("ltv.col.segment_ltv"): st.column_config.NumberColumn(format="localized"),
    }
    st.dataframe(shown, hide_index=True, placeholder="—", column_config=config, key=f"ltv_formula_{kind}")


def segment_formula(customers: pd.DataFrame, seg: Segmentation, margin: float) -> None:
    """Draw the sources' LTV per cell and per quadrant (:func:`segcore.ltv.simple.segment_ltv`), folded."""
    with st.expander(tr("ltv.formula_title")):
        st.caption(tr("ltv.formula_intro"))
        left, right = st.columns(2, gap="large")
        with left:
            _formula_table(customers, seg.cell, margin, "cell")
        with right:
            _formula_table(customers, seg.quadrant, margin, "quadrant")
