"""Sensitivity: class sizes and revenue shares as each threshold sweeps its range."""

import streamlit as st

from segcore.charts.flows import sweep_chart, trim_flat_tail
from segcore.classify.sensitivity import sweep
from segcore.settings import Scenario
from ui import cached_dynamics, context, controls, dynamics, sidebar, state
from ui.cached import Analysis
from ui.format import fmt_money, fmt_number, fmt_percent
from ui.text import show_flash_error, tr

GROUPS = {"abc": ("abc_a", "abc_b"), "xyz": ("xyz_x", "xyz_y"),
          "quadrant": ("loyalty_split", "profit_split")}
KINDS = {"abc": "abc", "xyz": "xyz", "quadrant": "quadrant"}
METRICS = ("customer_share", "revenue_share")


def _sliders(group: str) -> None:
    left, right = st.columns(2)
    if group == "abc":
        with left:
            controls.percent_slider("abc_a", tr("abc.a"), tr("abc.a_help"), low=5, high=99)
        with right:
            controls.percent_slider("abc_b", tr("abc.b"), tr("abc.b_help"), low=6, high=100)
    elif group == "xyz":
        with left:
            controls.slider("xyz_x", tr("xyz.x"), tr("xyz.x_help"), low=0.01, high=10.0, step=0.01,
                            fmt="%.2f")
        with right:
            controls.slider("xyz_y", tr("xyz.y"), tr("xyz.y_help"), low=0.01, high=10.0, step=0.01,
                            fmt="%.2f")
    else:
        with left:
            controls.loyalty_split()
        with right:
            controls.profit_split()


def _value_text(parameter: str, value: float) -> str:
    lang = state.lang()
    if parameter.startswith("xyz"):
        return fmt_number(value, lang, 2)
    if parameter == "profit_split" and state.scenario().quadrants.profit_split_kind == "value":
        return fmt_money(value, lang)
    return fmt_percent(value, lang, 0)


def _value_of(scenario: Scenario, parameter: str) -> float:
    values = {"abc_a": scenario.abc.a, "abc_b": scenario.abc.b, "xyz_x": scenario.xyz.x,
              "xyz_y": scenario.xyz.y, "loyalty_split": scenario.quadrants.loyalty_split,
              "profit_split": scenario.quadrants.profit_split}
    return float(values[parameter])


def _x_format(parameter: str) -> str:
    if parameter.startswith("xyz"):
        return ".2f"
    if parameter == "profit_split" and state.scenario().quadrants.profit_split_kind == "value":
        return ",.0f"
    return ".0%"


@st.fragment
def live(analysis: Analysis) -> None:
    """The chosen thresholds' sliders and sweeps: a move reruns and redraws only this part."""
    show_flash_error()
    group = dynamics.choice(state.KEY_SENS_GROUP, tr("sens.group"), tuple(GROUPS),
                            lambda g: tr(f"sens.group_{g}"), "abc")
    with st.container(border=True):
        _sliders(group)
    sidebar.refresh_summary()
    scenario = state.scenario()
    basis = cached_dynamics.sweep_basis(context.active_source().key, analysis, scenario)
    kind = KINDS[group]
    names = dynamics.code_names(kind)
    other = state.scenario_b()
    for parameter in GROUPS[group]:
        with analysis.lock:
            frame = trim_flat_tail(sweep(basis, scenario, parameter))  # type: ignore[arg-type]
        current = float(frame.loc[frame["current"], "value"].iloc[0])
        markers = [(current, tr("sens.now", value=_value_text(parameter, current)))]
        b_value = _value_of(other, parameter)
        if abs(b_value - current) > 1e-9 and b_value <= float(frame["value"].max()):
            markers.append((b_value, tr("sens.b", value=_value_text(parameter, b_value))))
        st.subheader(tr(f"sens.param_{parameter}"))
        cols = st.columns(2, gap="medium")
        for col, metric in zip(cols, METRICS, strict=True):
            with col:
                st.altair_chart(sweep_chart(
                    frame, metric=metric, kind=kind, title=tr(f"sens.title_{metric}"),
                    x_title=tr(f"sens.param_{parameter}"), share_title=tr(f"sens.axis_{metric}"),
                    names=names, markers=markers, x_format=_x_format(parameter), lang=state.lang()),
                    width="stretch", key=f"{state.KEY_SENS_CHART}_{parameter}_{metric}")
    st.caption(tr("sens.how_to_read"))


st.title(tr("page.sensitivity"))
st.caption(tr("sens.intro"))
active = context.active_analysis()
if active is not None:
    live(active)
