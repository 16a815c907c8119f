"""Altair chart of the customers worth the most over a forecast horizon (predicted CLV).

Same rules as :mod:`segcore.charts`: a small frame in (:func:`segcore.ltv.outlook.top_customers`:
customer_id, clv, clv_low, clv_high, expected_purchases, p_alive), a chart specification out;
words come in translated. One bar per customer, highest on top, with the bootstrap interval as
a thin line when there is one.
"""

from __future__ import annotations

from collections.abc import Mapping

import altair as alt
import numpy as np
import pandas as pd

from segcore.charts.base import chart_title, finish
from segcore.charts.ltv import SERIES_COLOURS, compact_label_expr

__all__ = ["top_customers_chart"]

_ROW = 22


def top_customers_chart(
    top: pd.DataFrame,
    *,
    title: str,
    x_title: str,
    y_title: str,
    tooltips: Mapping[str, str],
    subtitle: str | None = None,
    lang: str = "en",
) -> alt.LayerChart | alt.FacetChart:
    """Give horizontal bars of ``top``'s expected value, in the frame's order (highest first).

    ``tooltips`` names the tooltip fields ``expected_purchases`` and ``p_alive``.
    """
    frame = top.assign(customer_id=top["customer_id"].astype(str))
    order = list(frame["customer_id"])
    y = alt.Y("customer_id:N", sort=order, title=y_title, axis=alt.Axis(labelLimit=140))
    money = alt.Axis(labelExpr=compact_label_expr(lang), tickCount=5)
    tooltip = [
        alt.Tooltip("customer_id:N", title=y_title),
        alt.Tooltip("clv:Q", title=x_title, format=",.0f"),
        alt.Tooltip("expected_purchases:Q", title=tooltips["expected_purchases"], format=",.1f"),
        alt.Tooltip("p_alive:Q", title=tooltips["p_alive"], format=".0%"),
    ]
    base = alt.Chart(frame)
    bars = base.mark_bar(color=SERIES_COLOURS["clv"], opacity=0.85).encode(
        x=alt.X("clv:Q", title=x_title, axis=money), y=y, tooltip=tooltip
    )
    layers: list[alt.Chart] = [bars]
    if np.isfinite(frame["clv_low"].to_numpy(dtype=float)).any():
        layers.append(
            base.mark_rule(color=SERIES_COLOURS["predicted"], strokeWidth=2).encode(
                x="clv_low:Q", x2="clv_high:Q", y=y, tooltip=tooltip
            )
        )
    height = max(_ROW * len(frame), 80)
    chart = alt.layer(*layers).properties(title=chart_title(title, subtitle), height=height)
    return finish(chart, lang)
