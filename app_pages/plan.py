"""Plan against actual: a sales plan file (per period, segment or customer) against the sales."""

from pathlib import Path

import pandas as pd
import streamlit as st

from segcore.charts.dynamics import plan_chart, variance_chart
from segcore.errors import UserFacingError
from segcore.dynamics.plan import TOTAL
from ui import cached, cached_dynamics, context, dynamics, state
from ui.dynamics_views import plan_kind, plan_total
from ui.format import fmt_money
from ui.text import show_error, show_flash_error, tr

GRAINS = ("M", "Q", "Y")
EXAMPLE = Path(cached.SAMPLES) / "plan_example.csv"
EXAMPLE_FOR = ("store_en", "store_ru")
ALL = "__all__"


def _on_upload() -> None:
    upload = state.get(state.KEY_PLAN_UPLOAD)
    if upload is not None:
        state.set_plan_file((upload.name, upload.getvalue()))


def _use_example() -> None:
    state.set_plan_file((EXAMPLE.name, EXAMPLE.read_bytes()))


def _source() -> None:
    source = context.active_source()
    cols = st.columns([3, 1.2, 1])
    cols[0].file_uploader(tr("plan.upload"), type=["csv", "tsv", "txt", "gz", "xlsx", "parquet"],
                          key=state.KEY_PLAN_UPLOAD, on_change=_on_upload, help=tr("plan.upload_help"))
    with cols[1]:
        st.write("")
        if source.kind == "demo" and source.demo in EXAMPLE_FOR:
            st.button(tr("plan.example"), key=state.KEY_PLAN_EXAMPLE, on_click=_use_example,
                      icon=":material/description:", help=tr("plan.example_help"))
    with cols[2]:
        st.write("")
        if state.plan_file() is not None:
            st.button(tr("plan.clear"), key=state.KEY_PLAN_CLEAR, on_click=state.set_plan_file,
                      args=(None,), icon=":material/close:")


def _result(name: str, content: bytes, grain: str) -> pd.DataFrame | None:
    data = dynamics.loaded()
    analysis = context.active_analysis()
    seg = context.segmentation(analysis) if analysis is not None else None
    if data is None or seg is None:
        return None
    digest = cached.content_digest(content)
    try:
        plan = cached_dynamics.plan(digest, name, content)
        kind = plan_kind(plan)
        codes = dynamics.codes_of(analysis, seg, kind)
        result = cached_dynamics.plan_actual(context.active_source().key, digest, grain,
                                             state.scenario().aggregation.returns, dynamics.codes_key(kind),
                                             plan, data, codes)
    except UserFacingError as error:
        show_error(error)
        return None
    return dynamics.relabel(result, grain)


def _pick(result: pd.DataFrame) -> pd.DataFrame:
    keys = list(dict.fromkeys(zip(result["level"], result["key"], strict=True)))
    options = [ALL, *[f"{level}|{key}" for level, key in keys]]

    def name(option: str) -> str:
        if option == ALL:
            return tr("plan.all")
        level, key = option.split("|", 1)
        return tr("plan.total") if key == TOTAL else tr(f"plan.level_{level}", key=key)

    chosen = dynamics.choice(state.KEY_PLAN_KEY, tr("plan.key"), options, name, ALL, widget="select",
                             help_text=tr("plan.key_help"))
    if chosen == ALL:
        return plan_total(result)
    level, key = chosen.split("|", 1)
    return result[(result["level"] == level) & (result["key"] == key)]


def _headline(shown: pd.DataFrame) -> None:
    lang = state.lang()
    done = shown.dropna(subset=["actual"])
    plan, actual = float(done["plan"].sum()), float(done["actual"].sum())
    cols = st.columns(4)
    cols[0].metric(tr("plan.m_plan"), fmt_money(plan, lang), border=True, help=tr("plan.m_plan_help"))
    cols[1].metric(tr("plan.m_actual"), fmt_money(actual, lang), border=True)
    cols[2].metric(tr("plan.m_variance"), fmt_money(actual - plan, lang), border=True)
    pct = actual / plan - 1 if plan else float("nan")
    cols[3].metric(tr("plan.m_variance_pct"), dynamics.growth_text(pct) or "—", border=True)


st.title(tr("page.plan"))
st.caption(tr("plan.intro"))
show_flash_error()
_source()
chosen_file = state.plan_file()
if chosen_file is None:
    st.info(tr("plan.none"), icon=":material/upload_file:")
else:
    grain = dynamics.choice(state.KEY_PLAN_GRAIN, tr("dyn.grain"), GRAINS, lambda g: tr(f"dyn.grain_{g}"),
                            "M")
    st.caption(tr("plan.file", name=chosen_file[0]))
    result = _result(*chosen_file, grain)
    if result is not None:
        shown = _pick(result)
        lang = state.lang()
        _headline(shown)
        st.altair_chart(plan_chart(shown, title=tr("plan.chart_title"), period_title=tr("dyn.period"),
                                   value_title=tr("dyncol.revenue"), plan_title=tr("dyncol.plan"),
                                   actual_title=tr("dyncol.actual"), lang=lang),
                        width="stretch", key=state.KEY_PLAN_CHART)
        st.altair_chart(variance_chart(shown, title=tr("plan.variance_title"), period_title=tr("dyn.period"),
                                       value_title=tr("dyncol.variance_pct"), above_title=tr("plan.above"),
                                       below_title=tr("plan.below"), lang=lang),
                        width="stretch", key=state.KEY_PLAN_VARIANCE)
        st.caption(tr("plan.how_to_read"))
        with st.expander(tr("plan.table_title"), expanded=True):
            table = result.assign(key=[tr("plan.total") if k == TOTAL else k for k in result["key"]])
            dynamics.table(table, {"label": "text", "key": "text", "plan": "money", "actual": "money",
                                   "variance": "money", "variance_pct": "share", "plan_cumulative": "money",
                                   "actual_cumulative": "money"}, key=state.KEY_PLAN_TABLE)
