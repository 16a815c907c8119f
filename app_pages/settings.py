"""Settings: every definition and threshold of the scenario, each with what it means."""

import streamlit as st
from pandas.api.types import is_bool_dtype, is_numeric_dtype

from segcore.customers import CUSTOMER_COLUMNS
from segcore.errors import SettingsError
from segcore.classify.segmentation import BASIS_COLUMNS
from segcore.settings import LOYALTY_COMPONENTS, Scenario
from ui import context, controls, state
from ui.format import fmt_number
from ui.text import show_flash_error, tr


def _load_scenario_file() -> None:
    upload = state.get(state.KEY_SCENARIO_UPLOAD)
    if upload is None:
        return
    try:
        loaded = Scenario.from_json(upload.getvalue().decode("utf-8", errors="replace"))
    except SettingsError as error:
        state.flash_error(error)
        return
    state.set_scenario(loaded)
    state.set_notice(tr("settings.file_loaded", name=upload.name))


def _names(prefix: str):
    return lambda option: tr(f"{prefix}.{option}")


st.title(tr("page.settings"))
st.caption(tr("settings.intro"))
show_flash_error()
analysis = context.active_analysis()

left, right = st.columns(2, gap="large")
with left, st.container(border=True):
    st.subheader(tr("settings.abc_title"))
    st.caption(tr("settings.abc_intro"))
    controls.abc_preset()
    controls.percent_slider("abc_a", tr("abc.a"), tr("abc.a_help"), low=5, high=99)
    controls.percent_slider("abc_b", tr("abc.b"), tr("abc.b_help"), low=6, high=100)
    controls.choice("abc_basis", tr("abc.basis"), tr("abc.basis_help"),
                    ["revenue", "margin", "orders", "ltv", "clv"], _names("basis"))
    controls.choice("abc_mode", tr("abc.mode"), tr("abc.mode_help"), ["value", "rank"],
                    _names("abc_mode"))
    controls.choice("abc_rule", tr("abc.rule"), tr("abc.rule_help"), ["crossing_up", "within"],
                    _names("abc_rule"), widget="radio",
                    captions=[tr("abc_rule.crossing_up_caption"), tr("abc_rule.within_caption")])

with left, st.container(border=True):
    st.subheader(tr("settings.xyz_title"))
    st.caption(tr("settings.xyz_intro"))
    controls.choice("aggregation_grain", tr("xyz.grain"), tr("xyz.grain_help"), ["W", "M", "Q"],
                    _names("grain"))
    controls.choice("aggregation_cv_mode", tr("xyz.cv_mode"), tr("xyz.cv_mode_help"),
                    ["active", "all"], _names("cv_mode"), widget="radio",
                    captions=[tr("cv_mode.active_caption"), tr("cv_mode.all_caption")])
    controls.slider("xyz_x", tr("xyz.x"), tr("xyz.x_help"), low=0.01, high=10.0, step=0.01,
                    fmt="%.2f")
    controls.slider("xyz_y", tr("xyz.y"), tr("xyz.y_help"), low=0.01, high=10.0, step=0.01,
                    fmt="%.2f")
    xyz = state.scenario().xyz
    st.caption(tr("xyz.cuts_now", x=fmt_number(xyz.x, state.lang(), 2), y=fmt_number(xyz.y, state.lang(), 2)))
    controls.slider("xyz_min_periods", tr("xyz.min_periods"), tr("xyz.min_periods_help"),
                    low=2, high=36, step=1)
    if analysis is not None:
        controls.suggest_xyz(analysis.customers)

with right, st.container(border=True):
    st.subheader(tr("settings.quad_title"))
    st.caption(tr("settings.quad_intro"))
    controls.quadrant_preset()
    weights = st.columns(2)
    for index, component in enumerate(LOYALTY_COMPONENTS):
        with weights[index % 2]:
            controls.weight_slider(component)
    controls.text("quadrants_extra_weights", tr("quad.extra_weights"),
                  tr("quad.extra_weights_help"), placeholder="loyalty_member:0.2; referrals:0.1")
    if analysis is not None:
        # The data's own attributes only: a model's output (the predicted CLV) is not one.
        outputs = set(BASIS_COLUMNS.values())
        extra = [c for c in analysis.customers.columns if c not in CUSTOMER_COLUMNS and c not in outputs
                 and (is_numeric_dtype(analysis.customers[c]) or is_bool_dtype(analysis.customers[c]))]
        if extra:
            st.caption(tr("quad.extra_available", columns=", ".join(extra)))
    controls.loyalty_split()
    controls.choice("quadrants_profit_basis", tr("quad.profit_basis"), tr("quad.profit_basis_help"),
                    ["revenue", "margin", "ltv", "clv"], _names("basis"))
    controls.choice("quadrants_profit_split_kind", tr("quad.split_kind"), tr("quad.split_kind_help"),
                    ["percentile", "value"], _names("split_kind"))
    controls.profit_split()

with right, st.container(border=True):
    st.subheader(tr("settings.file_title"))
    st.caption(tr("settings.file_intro"))
    st.download_button(tr("settings.download"), data=state.scenario().to_json(),
                       file_name="scenario.json", mime="application/json",
                       key=state.KEY_SCENARIO_DOWNLOAD, icon=":material/download:",
                       on_click="ignore")
    st.file_uploader(tr("settings.upload"), type=["json"], key=state.KEY_SCENARIO_UPLOAD,
                     help=tr("settings.upload_help"), on_change=_load_scenario_file)
    st.button(tr("settings.reset"), key=state.KEY_SETTINGS_RESET, icon=":material/restart_alt:",
              on_click=state.reset_scenario, help=tr("settings.reset_help"))

if analysis is not None:
    context.segmentation(analysis)  # shows why the settings do not fit this data, if they do not
