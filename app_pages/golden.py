"""Golden share: the share of revenue from the golden group per period, and a campaign's effect."""

from datetime import date

import numpy as np
import streamlit as st

from segcore.charts.dynamics import golden_share_chart
from segcore.dynamics import CampaignEffect, GoldenShare, campaign_sides, period_of_day
from ui import cached_dynamics, context, dynamics, state
from ui.format import fmt_date, fmt_int, fmt_number, fmt_percent
from ui.text import show_flash_error, tr

GROUPS = {"abc": "A", "quadrant": "III"}
GRAINS = ("M", "Q")
DEMO_CAMPAIGN = {"store_en": date(2025, 9, 1), "store_ru": date(2025, 9, 1)}


def _controls() -> tuple[str, str, date | None, int]:
    source = context.active_source()
    campaign = DEMO_CAMPAIGN.get(source.demo or "") if source.kind == "demo" else None
    state.seed_for(state.KEY_GOLDEN_CAMPAIGN_ON, source.key, campaign is not None)
    state.seed_for(state.KEY_GOLDEN_CAMPAIGN, source.key, campaign)
    top = st.columns(2)
    with top[0]:
        kind = dynamics.choice(state.KEY_GOLDEN_GROUP, tr("golden.group"), tuple(GROUPS),
                               lambda k: tr(f"golden.group_{k}"), "abc", help_text=tr("golden.group_help"))
    with top[1]:
        grain = dynamics.choice(state.KEY_GOLDEN_GRAIN, tr("dyn.grain"), GRAINS,
                                lambda g: tr(f"dyn.grain_{g}"), "M")
    cols = st.columns([1, 1, 1.4], vertical_alignment="bottom")
    with cols[0]:
        marked = st.toggle(tr("golden.campaign_on"), key=state.KEY_GOLDEN_CAMPAIGN_ON,
                           help=tr("golden.campaign_on_help"), persist_state="session")
    with cols[1]:
        day = st.date_input(tr("golden.campaign"), key=state.KEY_GOLDEN_CAMPAIGN, disabled=not marked,
                            format="DD.MM.YYYY" if state.lang() == "ru" else "YYYY-MM-DD",
                            help=tr("golden.campaign_help"), persist_state="session")
    with cols[2]:
        state.put_default(state.KEY_GOLDEN_PERIODS, 4)
        periods = st.slider(tr("golden.periods", unit=tr(f"dyn.units_{grain}")), 1, 12, step=1,
                            key=state.KEY_GOLDEN_PERIODS, help=tr("golden.periods_help"),
                            disabled=not marked, persist_state="session")
    return kind, grain, (day if marked and isinstance(day, date) else None), int(periods)


def _result(kind: str, grain: str, campaign: date | None, periods: int) -> tuple[GoldenShare, int] | None:
    data = dynamics.loaded()
    analysis = context.active_analysis()
    seg = context.segmentation(analysis) if analysis is not None else None
    if data is None or seg is None:
        return None
    codes = dynamics.codes_of(analysis, seg, kind)
    ids = codes.index[codes.to_numpy(dtype=object) == GROUPS[kind]].tolist()
    result = cached_dynamics.golden(context.active_source().key, grain, campaign, periods,
                                    state.scenario().aggregation.returns, dynamics.codes_key(kind), data, ids)
    return result, len(ids)


def _metrics(result: GoldenShare, size: int, kind: str) -> None:
    lang = state.lang()
    frame = result.periods
    total = frame["revenue"].sum()
    pooled = frame["golden_revenue"].sum() / total if total > 0 else float("nan")
    cols = st.columns(5 if result.effect else 2)
    cols[0].metric(tr("golden.size"), fmt_int(size, lang), border=True,
                   help=tr(f"golden.size_help_{kind}"))
    cols[1].metric(tr("golden.pooled"), fmt_percent(pooled, lang), border=True, help=tr("golden.pooled_help"))
    effect: CampaignEffect | None = result.effect
    if effect is None:
        return
    change = None
    if not np.isnan(effect.change):
        change = f"{fmt_number(effect.change * 100, lang, 1)} {tr('golden.pp')}"
    if change is not None and not change.startswith("-"):
        change = "+" + change
    cols[2].metric(tr("golden.before", n=effect.periods_before), fmt_percent(effect.before, lang),
                   border=True, help=tr("golden.before_help"))
    cols[3].metric(tr("golden.after", n=effect.periods_after), fmt_percent(effect.after, lang), delta=change,
                   border=True, help=tr("golden.after_help"))
    cols[4].metric(tr("golden.year_ago"), fmt_percent(effect.after_year_ago, lang), border=True,
                   help=tr("golden.year_ago_help"))


def _chart(result: GoldenShare, kind: str, grain: str, campaign: date | None, periods: int) -> None:
    lang = state.lang()
    frame = dynamics.relabel(result.periods, grain)
    sides, label = None, None
    if campaign is not None and result.effect is not None:
        before, after = campaign_sides(result.periods, campaign, grain, periods)  # type: ignore[arg-type]
        frame["side"] = np.where(before, "before", np.where(after, "after", ""))
        effect = result.effect
        sides = {"before": (effect.before, tr("golden.level_before", value=fmt_percent(effect.before, lang))),
                 "after": (effect.after, tr("golden.level_after", value=fmt_percent(effect.after, lang)))}
        label = dynamics.period_text(period_of_day(campaign, grain), grain)  # type: ignore[arg-type]
    chart = golden_share_chart(
        frame, title=tr(f"golden.chart_title_{kind}"), period_title=tr("dyn.period"),
        share_title=tr("golden.share"), customers_title=tr("golden.active"),
        campaign_label=label, campaign_text=tr("golden.campaign_mark", date=fmt_date(campaign, lang)),
        sides=sides, lang=lang,
    )
    st.altair_chart(chart, width="stretch", key=state.KEY_GOLDEN_CHART)


st.title(tr("page.golden"))
st.caption(tr("golden.intro"))
show_flash_error()
kind, grain, campaign, periods = _controls()
found = _result(kind, grain, campaign, periods)
if found is not None:
    result, size = found
    _metrics(result, size, kind)
    _chart(result, kind, grain, campaign, periods)
    st.caption(tr("golden.how_to_read"))
    if result.effect is not None and (result.effect.periods_before == 0 or result.effect.periods_after == 0):
        st.info(tr("golden.no_sides"), icon=":material/info:")
    with st.expander(tr("golden.table_title")):
        table = dynamics.relabel(result.periods, grain)
        dynamics.table(table, {"label": "text", "revenue": "money", "golden_revenue": "money",
                               "share": "share", "golden_customers": "count"}, key=state.KEY_GOLDEN_TABLE)
