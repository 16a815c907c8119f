"""Golden share: the share of revenue from the golden group per period, and a campaign's effect.

The share follows today's group back in time; a campaign's effect is read with the group fixed
before the campaign against the other customers (:meth:`ui.data.Dataset.campaign_lift`).
"""

from datetime import date

import streamlit as st

from segcore.errors import UserFacingError
from ui import context
from ui.sections import campaign_lift, golden, page_head
from ui.sections.tables import period_table
from ui.state import keys, scenario, session, values
from ui.text import relabel, show_flash_error, tr
from ui.widgets.choice import view_choice

GROUPS = {"abc": "A", "quadrant": "III"}
GRAINS = ("M", "Q")
MONTHS = {"M": 1, "Q": 3}  # calendar months in a period: the campaign's months on each side
DEMO_CAMPAIGN = {"store_en": date(2025, 9, 1), "store_ru": date(2025, 9, 1)}


def _controls() -> tuple[str, str, date | None, int]:
    source = context.active_source()
    campaign = DEMO_CAMPAIGN.get(source.demo or "") if source.kind == "demo" else None
    top = st.columns(2)
    with top[0]:
        kind = view_choice(
            "golden_group",
            tr("golden.group"),
            tuple(GROUPS),
            lambda k: tr(f"golden.group_{k}"),
            "abc",
            help_text=tr("golden.group_help"),
        )
    with top[1]:
        grain = view_choice("golden_grain", tr("dyn.grain"), GRAINS, lambda g: tr(f"dyn.grain_{g}"), "M")
    cols = st.columns([1, 1, 1.4], vertical_alignment="bottom")
    with cols[0]:
        marked = st.toggle(
            tr("golden.campaign_on"),
            help=tr("golden.campaign_on_help"),
            **values.bind(keys.GOLDEN_CAMPAIGN_ON, campaign is not None, scope=source.key),
        )
    with cols[1]:
        day = st.date_input(
            tr("golden.campaign"),
            disabled=not marked,
            format="DD.MM.YYYY" if session.lang() == "ru" else "YYYY-MM-DD",
            help=tr("golden.campaign_help"),
            **values.bind(keys.GOLDEN_CAMPAIGN, campaign, scope=source.key),
        )
    with cols[2]:
        periods = st.slider(
            tr("golden.periods", unit=tr(f"dyn.units_{grain}")),
            1,
            12,
            step=1,
            help=tr("golden.periods_help"),
            disabled=not marked,
            **values.bind("golden_periods", 4),
        )
    return kind, grain, (day if marked and isinstance(day, date) else None), int(periods)


page_head.head(tr("page.golden"), tr("golden.intro"))
show_flash_error()
kind, grain, campaign, periods = _controls()
dataset = context.active_dataset()
codes = context.segment_codes(kind) if dataset is not None else None
if dataset is not None and codes is not None:
    current = scenario.current()
    returns = current.aggregation.returns
    result, size = dataset.golden_share(codes, GROUPS[kind], grain, campaign, periods, returns)
    golden.metrics(result, size, kind)
    golden.chart(result, kind, grain, campaign, periods)
    st.caption(tr("golden.how_to_read"))
    if result.effect is not None and (result.effect.periods_before == 0 or result.effect.periods_after == 0):
        st.info(tr("golden.no_sides"), icon=":material/info:")
    if campaign is not None:
        try:
            lift = dataset.campaign_lift(current, kind, GROUPS[kind], campaign, periods * MONTHS[grain])
        except UserFacingError as error:
            st.info(error.message(session.lang()), icon=":material/info:")
        else:
            campaign_lift.draw(lift, kind)
    with st.expander(tr("golden.table_title")):
        period_table(
            relabel(result.periods, grain),
            {
                "label": "text",
                "revenue": "money",
                "golden_revenue": "money",
                "share": "share",
                "golden_customers": "count",
            },
            key="golden_table",
        )
