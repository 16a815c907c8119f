"""Customer base: new, returning, retained and lost customers per period; retention by cohort."""

import pandas as pd
import streamlit as st

from segcore.charts import readouts
from segcore.charts.dynamics import base_flow_chart, cohort_heatmap, live_base_chart
from segcore.i18n import t
from ui import context
from ui.data import Dataset
from ui.format import fmt_percent
from ui.sections import page_head, readout
from ui.sections.tables import period_table, tile_count
from ui.state import session, values
from ui.text import growth_text, relabel, show_flash_error, tr
from ui.widgets.choice import view_choice

GRAINS = ("M", "Q", "Y")
MOVEMENTS = ("retained", "returning", "new", "lost")


def _controls() -> tuple[str, int]:
    left, right = st.columns([1, 2])
    with left:
        grain = view_choice("base_grain", tr("dyn.grain"), GRAINS, lambda g: tr(f"dyn.grain_{g}"), "Q")
    with right:
        lost_after = st.slider(
            tr("base.lost_after", unit=tr(f"dyn.units_{grain}")),
            1,
            12,
            step=1,
            help=tr("base.lost_after_help"),
            **values.bind("base_lost_after", 2),
        )
    return grain, int(lost_after)


def _headline(base: pd.DataFrame) -> None:
    lang = session.lang()
    done = base[base["complete"]]
    row = (done if len(done) else base).iloc[-1]
    before = base[base["period"] == row["period"] - 1]
    retention = tr("layout.base_retention", rate=fmt_percent(row["retention_rate"], lang))
    st.markdown(f"{tr('base.headline', period=row['label'])} {retention}", help=tr("base.retention_help"))
    cols = st.columns([1, 1, 1, 1, 1.3], gap="small")  # "Действующая база" on one line
    for col, name in zip(cols, ("active", "new", "returning", "lost", "live"), strict=True):
        delta = None
        if len(before) and before.iloc[0][name] > 0:
            delta = growth_text(row[name] / before.iloc[0][name] - 1)
        label = tr("base.m_returning") if name == "returning" else tr(f"dyncol.{name}")
        col.metric(
            label,
            tile_count(row[name], lang),
            delta=delta,
            border=True,
            help=tr(f"base.{name}_help"),
            delta_color="inverse" if name == "lost" else "normal",
        )


def _cohorts(dataset: Dataset, grain: str) -> None:
    cohorts = relabel(dataset.cohorts(grain), grain, label="cohort_label", period="cohort")
    st.subheader(tr("base.cohort_title"))
    chart = cohort_heatmap(
        cohorts,
        title=tr("base.cohort_chart", grain=tr(f"dyn.grain_{grain}").lower()),
        cohort_title=tr("base.cohort"),
        since_title=tr("base.since", unit=tr(f"dyn.units_{grain}")),
        share_title=tr("base.still_buying"),
        size_title=tr("base.cohort_size"),
        lang=session.lang(),
    )
    st.altair_chart(chart, width="stretch", key="base_cohorts")
    readout.show(readouts.cohort_heatmap(cohorts, session.lang()))
    st.caption(tr("base.cohort_note"))


page_head.head(tr("page.customer_base"), tr("base.intro"))
show_flash_error()
grain, lost_after = _controls()
dataset = context.active_dataset()
if dataset is not None:
    lang = session.lang()
    base = relabel(dataset.customer_base(grain, lost_after), grain)
    _headline(base)
    names = {m: tr(f"dyncol.{m}") for m in (*MOVEMENTS, "live", "active")}
    st.altair_chart(
        base_flow_chart(
            base,
            names=names,
            title=tr("base.flow_title"),
            period_title=tr("dyn.period"),
            value_title=tr("base.customers"),
            lang=lang,
        ),
        width="stretch",
        key="base_chart",
    )
    readout.show(readouts.base_flow(base, lang))
    st.caption(
        "  \n".join(
            [t("dynamics.define.returning", lang), t("dynamics.define.lost", lang, lost_after=lost_after)]
        )
    )
    st.altair_chart(
        live_base_chart(
            base,
            names=names,
            title=tr("base.live_title"),
            period_title=tr("dyn.period"),
            value_title=tr("base.customers"),
            lang=lang,
        ),
        width="stretch",
        key="base_live",
    )
    readout.show(readouts.live_base(base, lang))
    with st.expander(tr("base.table_title")):
        kinds = {
            "label": "text",
            **{c: "count" for c in ("active", "new", "retained", "returning", "reactivated", "lost", "live")},
            "retention_rate": "share",
        }
        period_table(base, kinds, key="base_table")
    _cohorts(dataset, grain)
