"""Blocks of the golden-share page: its headline numbers, and its chart with the readout under it."""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np
import streamlit as st

from segcore.charts import readouts
from segcore.charts.dynamics import golden_share_chart
from segcore.dynamics import CampaignEffect, GoldenShare, campaign_sides, period_of_day
from segcore.periods import Grain
from ui.format import fmt_date, fmt_int, fmt_number, fmt_percent
from ui.sections import readout
from ui.state import session
from ui.text import period_text, relabel, tr

__all__ = ["chart", "metrics", "share_change"]


def share_change(change: float, lang: str) -> dict[str, Any]:
    """Give the "after" tile's delta: the change in points with its sign; grey, no arrow when it rounds to 0.

    Streamlit draws a green arrow up for any delta that does not start with a minus, "+0.0"
    included; a change that rounds to zero at one decimal has neither arrow nor colour.
    """
    if np.isnan(change):
        return {"delta": None}
    points = round(change * 100, 1)
    text = f"{fmt_number(abs(points), lang, 1)} {tr('golden.pp')}"
    if points == 0:
        return {"delta": text, "delta_color": "off", "delta_arrow": "off"}
    return {"delta": ("+" if points > 0 else "-") + text}


def metrics(result: GoldenShare, size: int, kind: str) -> None:
    """Draw the group's size, its pooled share and, with a campaign, the share before, after, a year ago."""
    lang = session.lang()
    frame = result.periods
    total = frame["revenue"].sum()
    pooled = frame["golden_revenue"].sum() / total if total > 0 else float("nan")
    cols = st.columns(5 if result.effect else 2)
    cols[0].metric(tr("golden.size"), fmt_int(size, lang), border=True, help=tr(f"golden.size_help_{kind}"))
    cols[1].metric(tr("golden.pooled"), fmt_percent(pooled, lang), border=True, help=tr("golden.pooled_help"))
    effect: CampaignEffect | None = result.effect
    if effect is None:
        return
    change = share_change(effect.change, lang)
    cols[2].metric(
        tr("golden.before"),
        fmt_percent(effect.before, lang),
        border=True,
        help=tr("golden.before_help", n=effect.periods_before),
    )
    cols[3].metric(
        tr("golden.after"),
        fmt_percent(effect.after, lang),
        **change,
        border=True,
        help=tr("golden.after_help", n=effect.periods_after),
    )
    cols[4].metric(
        tr("golden.year_ago"),
        fmt_percent(effect.after_year_ago, lang),
        border=True,
        help=tr("golden.year_ago_help"),
    )


def chart(result: GoldenShare, kind: str, grain: Grain, campaign: date | None, periods: int) -> None:
    """Draw the golden share per period, the campaign day and the levels on each side of it."""
    lang = session.lang()
    frame = relabel(result.periods, grain)
    sides, label = None, None
    if campaign is not None and result.effect is not None:
        before, after = campaign_sides(result.periods, campaign, grain, periods)
        frame["side"] = np.where(before, "before", np.where(after, "after", ""))
        effect = result.effect
        sides = {
            "before": (effect.before, tr("golden.level_before", value=fmt_percent(effect.before, lang))),
            "after": (effect.after, tr("golden.level_after", value=fmt_percent(effect.after, lang))),
        }
        label = period_text(period_of_day(campaign, grain), grain)
    chart = golden_share_chart(
        frame,
        title=tr(f"golden.chart_title_{kind}"),
        period_title=tr("dyn.period"),
        share_title=tr("golden.share"),
        customers_title=tr("golden.active"),
        campaign_label=label,
        campaign_text=tr("golden.campaign_mark", date=fmt_date(campaign, lang)),
        sides=sides,
        lang=lang,
    )
    st.altair_chart(chart, width="stretch", key="golden_chart")
    readout.show(readouts.golden_share(result._replace(periods=frame), lang, kind))
