"""Plan against actual: a sales plan file (per period, segment or customer) against the sales."""

import pandas as pd
import streamlit as st

from segcore.dynamics.plan import TOTAL
from segcore.dynamics.plan_totals import plan_segment_kind, plan_so_far, plan_total
from segcore.errors import UserFacingError
from segcore.report.md_text import md_text
from ui import context, data
from ui.sections import page_head
from ui.sections import plan as plan_section
from ui.sections.tables import period_table, tile_money
from ui.state import keys, scenario, session
from ui.text import growth_text, relabel, show_error, show_flash_error, tr
from ui.widgets.choice import view_choice

GRAINS = ("M", "Q", "Y")
ALL = "__all__"


def _result(name: str, content: bytes, grain: str) -> pd.DataFrame | None:
    dataset = context.active_dataset()
    analysis = context.active_analysis()
    seg = context.segmentation(analysis) if analysis is not None else None
    if dataset is None or analysis is None or seg is None:
        return None
    try:
        plan = data.plan_file(name, content)
        codes = analysis.codes(seg, plan_segment_kind(plan.lines))
        result = dataset.plan_actual(plan, grain, scenario.current().aggregation.returns, codes)
    except UserFacingError as error:
        show_error(error)
        return None
    return relabel(result, grain)


def _pick(result: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Give the rows the charts show (one key, or the plan total) and the rows their readout reads."""
    pairs = dict.fromkeys(zip(result["level"], result["key"], strict=True))
    options = [ALL, *[f"{level}|{key}" for level, key in pairs]]

    def name(option: str) -> str:
        if option == ALL:
            return tr("plan.all")
        level, key = option.split("|", 1)
        return tr("plan.total") if key == TOTAL else tr(f"plan.level_{level}", key=key)

    chosen = view_choice(
        keys.PLAN_KEY, tr("plan.key"), options, name, ALL, widget="select", help_text=tr("plan.key_help")
    )
    if chosen == ALL:
        return plan_total(result), result
    level, key = chosen.split("|", 1)
    shown = result[(result["level"] == level) & (result["key"] == key)]
    return shown, shown


def _headline(shown: pd.DataFrame) -> None:
    lang = session.lang()
    plan, actual = plan_so_far(shown)
    cols = st.columns(4)
    cols[0].metric(tr("plan.m_plan"), tile_money(plan, lang), border=True, help=tr("plan.m_plan_help"))
    cols[1].metric(tr("plan.m_actual"), tile_money(actual, lang), border=True)
    cols[2].metric(tr("plan.m_variance"), tile_money(actual - plan, lang), border=True)
    pct = actual / plan - 1 if plan else float("nan")
    cols[3].metric(tr("plan.m_variance_pct"), growth_text(pct) or "—", border=True)


page_head.head(tr("page.plan"), tr("plan.intro"))
show_flash_error()
plan_section.file_picker()
chosen_file = session.plan_file()
if chosen_file is None:
    st.info(tr("plan.none"), icon=":material/upload_file:")
else:
    grain_col, key_col = st.columns([1, 2], vertical_alignment="bottom")
    with grain_col:
        grain = view_choice(keys.PLAN_GRAIN, tr("dyn.grain"), GRAINS, lambda g: tr(f"dyn.grain_{g}"), "M")
    result = _result(*chosen_file, grain)
    if result is not None:
        with key_col:
            shown, read = _pick(result)
        st.caption(tr("plan.file", name=md_text(chosen_file[0])))
        lang = session.lang()
        _headline(shown)
        plan_section.charts(shown, read)
        st.caption(tr("plan.how_to_read"))
        with st.expander(tr("plan.table_title"), expanded=True):
            table = result.assign(key=[tr("plan.total") if k == TOTAL else k for k in result["key"]])
            period_table(
                table,
                {
                    "label": "text",
                    "key": "text",
                    "plan": "money",
                    "actual": "money",
                    "variance": "money",
                    "variance_pct": "share",
                    "plan_cumulative": "money",
                    "actual_cumulative": "money",
                },
                key="plan_table",
            )
