"""Customer base: new, returning, retained and lost customers per period; retention by cohort."""

import pandas as pd
import streamlit as st

from segcore.charts.dynamics import base_flow_chart, cohort_heatmap, live_base_chart
from segcore.i18n import t
from ui import cached_dynamics, context, dynamics, state
from ui.format import fmt_int, fmt_percent
from ui.text import show_flash_error, tr

GRAINS = ("M", "Q", "Y")
MOVEMENTS = ("retained", "returning", "new", "lost")


def _controls() -> tuple[str, int]:
    left, right = st.columns([1, 2])
    with left:
        grain = dynamics.choice(state.KEY_BASE_GRAIN, tr("dyn.grain"), GRAINS,
                                lambda g: tr(f"dyn.grain_{g}"), "Q")
    with right:
        state.put_default(state.KEY_BASE_LOST_AFTER, 2)
        lost_after = st.slider(tr("base.lost_after", unit=tr(f"dyn.units_{grain}")), 1, 12, step=1,
                               key=state.KEY_BASE_LOST_AFTER, help=tr("base.lost_after_help"),
                               persist_state="session")
    return grain, int(lost_after)


def _headline(base: pd.DataFrame) -> None:
    lang = state.lang()
    done = base[base["complete"]]
    row = (done if len(done) else base).iloc[-1]
    before = base[base["period"] == row["period"] - 1]
    st.markdown(tr("base.headline", period=row["label"]))
    cols = st.columns(6, gap="xsmall")
    for col, name in zip(cols, ("active", "new", "returning", "lost", "live"), strict=False):
        delta = None
        if len(before) and before.iloc[0][name] > 0:
            delta = dynamics.growth_text(row[name] / before.iloc[0][name] - 1)
        label = tr("base.m_returning") if name == "returning" else tr(f"dyncol.{name}")
        col.metric(label, fmt_int(row[name], lang), delta=delta, border=True,
                   help=tr(f"base.{name}_help"), delta_color="inverse" if name == "lost" else "normal")
    cols[5].metric(tr("dyncol.retention_rate"), fmt_percent(row["retention_rate"], lang), border=True,
                   help=tr("base.retention_help"))


def _cohorts(grain: str) -> None:
    data = dynamics.loaded()
    if data is None:
        return
    cohorts = cached_dynamics.cohorts(context.active_source().key, grain, data)
    cohorts = dynamics.relabel(cohorts, grain, label="cohort_label", period="cohort")
    st.subheader(tr("base.cohort_title"))
    chart = cohort_heatmap(
        cohorts, title=tr("base.cohort_chart", grain=tr(f"dyn.grain_{grain}").lower()),
        cohort_title=tr("base.cohort"), since_title=tr("base.since", unit=tr(f"dyn.units_{grain}")),
        share_title=tr("base.still_buying"), size_title=tr("base.cohort_size"), lang=state.lang(),
    )
    st.altair_chart(chart, width="stretch", key=state.KEY_BASE_COHORTS)
    st.caption(tr("base.cohort_note"))


st.title(tr("page.customer_base"))
st.caption(tr("base.intro"))
show_flash_error()
grain, lost_after = _controls()
data = dynamics.loaded()
if data is not None:
    lang = state.lang()
    base = cached_dynamics.base(context.active_source().key, grain, lost_after, data)
    base = dynamics.relabel(base, grain)
    _headline(base)
    names = {m: tr(f"dyncol.{m}") for m in (*MOVEMENTS, "live", "active")}
    st.altair_chart(base_flow_chart(base, names=names, title=tr("base.flow_title"),
                                    period_title=tr("dyn.period"), value_title=tr("base.customers"),
                                    lang=lang),
                    width="stretch", key=state.KEY_BASE_CHART)
    st.caption("  \n".join([t("dynamics.define.returning", lang),
                            t("dynamics.define.lost", lang, lost_after=lost_after)]))
    st.altair_chart(live_base_chart(base, names=names, title=tr("base.live_title"),
                                    period_title=tr("dyn.period"), value_title=tr("base.customers"),
                                    lang=lang),
                    width="stretch", key=state.KEY_BASE_LIVE)
    with st.expander(tr("base.table_title")):
        kinds = {"label": "text", **{c: "count" for c in ("active", "new", "retained", "returning",
                                                            "reactivated", "lost", "live")},
                 "retention_rate": "share"}
        dynamics.table(base, kinds, key=state.KEY_BASE_TABLE)
    _cohorts(grain)
