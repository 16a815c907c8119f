"""A campaign's effect on screen: the group fixed before it against the other customers.

The figures are :class:`segcore.dynamics.campaign.CampaignLift` (see
:meth:`ui.data.Dataset.campaign_lift`): the lift (the group's growth ÷ the others'), the extra
revenue in money, the placebo a year earlier, each side's revenue before → after, and in words
why the golden share itself says little about a campaign.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd
import streamlit as st

from segcore.dynamics.campaign import CampaignLift, SideRevenue
from segcore.i18n import t
from segcore.i18n.format import Localized
from ui.format import fmt_date, fmt_number, fmt_percent
from ui.state import currency, session
from ui.text import tr

__all__ = ["draw", "group_share"]


def group_share(result: CampaignLift) -> tuple[float, float]:
    """Give the group's share of all revenue in the months before the campaign and in the months from it."""
    sides = (result.group, result.rest, result.newcomers, result.excluded)
    before, after = sum(s.before for s in sides), sum(s.after for s in sides)
    return (
        result.group.before / before if before > 0 else float("nan"),
        result.group.after / after if after > 0 else float("nan"),
    )


def _ratio(value: float, lang: str) -> str:
    return "—" if np.isnan(value) else fmt_number(value, lang, 2)


def _tiles(result: CampaignLift) -> None:
    lang = session.lang()
    cols = st.columns(3)
    cols[0].metric(
        tr("golden.lift"),
        _ratio(result.lift, lang),
        border=True,
        help=t("dynamics.define.campaign_lift", lang),
    )
    cols[1].metric(
        tr("golden.extra"),
        currency.money(result.difference, lang),
        border=True,
        help=tr("golden.extra_help", expected=currency.money(result.expected_after, lang)),
    )
    placebo = result.placebo.lift if result.placebo is not None else float("nan")
    cols[2].metric(
        tr("golden.placebo"),
        _ratio(placebo, lang),
        border=True,
        help=t("dynamics.define.campaign_placebo", lang)
        if result.placebo is not None
        else tr("golden.placebo_none"),
    )


def _sides(result: CampaignLift) -> None:
    names = {
        "group": tr("golden.side_group"),
        "rest": tr("golden.side_rest"),
        "newcomers": tr("golden.side_new"),
    }
    sides: dict[str, SideRevenue] = {
        "group": result.group,
        "rest": result.rest,
        "newcomers": result.newcomers,
    }
    frame = pd.DataFrame(
        {
            tr("golden.col.side"): [names[k] for k in sides],
            tr("golden.col.customers"): [s.customers for s in sides.values()],
            tr("golden.col.before"): [round(s.before) for s in sides.values()],
            tr("golden.col.after"): [round(s.after) for s in sides.values()],
            tr("golden.col.ratio"): [round(s.ratio, 2) for s in sides.values()],
        }
    )
    config = {
        tr("golden.col.customers"): st.column_config.NumberColumn(format="localized"),
        tr("golden.col.before"): st.column_config.NumberColumn(format="localized"),
        tr("golden.col.after"): st.column_config.NumberColumn(format="localized"),
        tr("golden.col.ratio"): st.column_config.NumberColumn(format="localized"),
    }
    st.dataframe(frame, hide_index=True, placeholder="—", column_config=config, key="golden_lift_sides")


def _windows_text(result: CampaignLift, kind: str) -> str:
    lang = session.lang()
    w = result.windows
    return tr(
        "golden.lift_group_abc" if kind == "abc" else "golden.lift_group_quadrant",
        months=Localized(result.lookback_months, lang),
        n=Localized(result.group.customers, lang),
        rest=Localized(result.rest.customers, lang),
        before=f"{fmt_date(w.before_start, lang)} – {fmt_date(w.campaign_date - timedelta(days=1), lang)}",
        after=f"{fmt_date(w.campaign_date, lang)} – {fmt_date(w.after_last, lang)}",
    )


def _why(result: CampaignLift) -> str:
    lang = session.lang()
    before, after = group_share(result)
    return tr(
        "golden.why_share",
        group_ratio=_ratio(result.group.ratio, lang),
        rest_ratio=_ratio(result.rest.ratio, lang),
        new_n=Localized(result.newcomers.customers, lang),
        new_revenue=currency.money(result.newcomers.after, lang),
        share_before=fmt_percent(before, lang),
        share_after=fmt_percent(after, lang),
        lift=_ratio(result.lift, lang),
    )


def draw(result: CampaignLift, kind: str) -> None:
    """Draw the campaign's effect: the group, the lift, each side before and after, why the share lags."""
    st.subheader(tr("golden.lift_title"))
    st.caption(_windows_text(result, kind))
    _tiles(result)
    _sides(result)
    st.markdown(_why(result))
