"""Settings: every definition and threshold of the scenario, each with what it means."""

import streamlit as st

from segcore.settings import LOYALTY_COMPONENTS
from ui import context
from ui.format import fmt_number
from ui.sections import scenario_file
from ui.state import currency, scenario, session
from ui.text import show_flash_error, tr
from ui.widgets import attributes, presets
from ui.widgets import scenario as controls


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
    presets.abc_preset()
    controls.abc_a()
    controls.abc_b()
    controls.choice(
        "abc_basis",
        tr("abc.basis"),
        tr("abc.basis_help"),
        ["revenue", "margin", "orders", "ltv", "clv"],
        _names("basis"),
    )
    controls.choice("abc_mode", tr("abc.mode"), tr("abc.mode_help"), ["value", "rank"], _names("abc_mode"))
    controls.choice(
        "abc_rule",
        tr("abc.rule"),
        tr("abc.rule_help"),
        ["crossing_up", "within"],
        _names("abc_rule"),
        widget="radio",
        captions=[tr("abc_rule.crossing_up_caption"), tr("abc_rule.within_caption")],
    )

with left, st.container(border=True):
    st.subheader(tr("settings.xyz_title"))
    st.caption(tr("settings.xyz_intro"))
    controls.choice(
        "aggregation_grain", tr("xyz.grain"), tr("xyz.grain_help"), ["W", "M", "Q"], _names("grain")
    )
    controls.choice(
        "aggregation_cv_mode",
        tr("xyz.cv_mode"),
        tr("xyz.cv_mode_help"),
        ["active", "all"],
        _names("cv_mode"),
        widget="radio",
        captions=[tr("cv_mode.active_caption"), tr("cv_mode.all_caption")],
    )
    controls.xyz_x()
    controls.xyz_y()
    xyz = scenario.current().xyz
    st.caption(
        tr("xyz.cuts_now", x=fmt_number(xyz.x, session.lang(), 2), y=fmt_number(xyz.y, session.lang(), 2))
    )
    controls.slider(
        "xyz_min_periods", tr("xyz.min_periods"), tr("xyz.min_periods_help"), low=2, high=36, step=1
    )
    if analysis is not None:
        controls.suggest_xyz(analysis.customers)

with right, st.container(border=True):
    st.subheader(tr("settings.quad_title"))
    st.caption(tr("settings.quad_intro"))
    presets.quadrant_preset()
    for pair in (LOYALTY_COMPONENTS[:2], LOYALTY_COMPONENTS[2:]):
        for column, component in zip(st.columns(2, vertical_alignment="bottom"), pair, strict=True):
            with column:
                controls.weight_slider(component)
    attributes.picker(analysis.customers if analysis is not None else None)
    if analysis is not None:
        attributes.leaders(analysis)
    controls.choice(
        "quadrants_profit_basis",
        tr("quad.profit_basis"),
        tr("quad.profit_basis_help"),
        ["revenue", "margin", "ltv", "clv"],
        _names("basis"),
    )
    controls.choice(
        "quadrants_profit_split_kind",
        tr("quad.split_kind"),
        tr("quad.split_kind_help"),
        ["percentile", "value"],
        _names("split_kind"),
    )
    controls.quadrant_splits(inline=False)

with right, st.container(border=True):
    scenario_file.draw()

with right, st.container(border=True):
    st.subheader(tr("layout.display_title"))
    st.selectbox(
        tr("layout.currency"),
        currency.options(),
        format_func=lambda sign: sign or tr("layout.currency_none"),
        accept_new_options=True,
        help=tr("layout.currency_help"),
        **currency.widget_args(),
    )

if analysis is not None:
    context.segmentation(analysis)  # shows why the settings do not fit this data, if they do not
