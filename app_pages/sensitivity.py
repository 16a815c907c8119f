"""Sensitivity: class sizes and revenue shares as each threshold sweeps its range."""

import streamlit as st

from segcore.charts import readouts
from segcore.charts.flows import sweep_chart, trim_flat_tail
from segcore.i18n.format import fmt_money_in
from segcore.settings import Scenario
from ui import context
from ui.data import Analysis
from ui.format import fmt_number, fmt_percent
from ui.sections import page_head, readout, sidebar
from ui.state import currency, scenario, session
from ui.text import code_names, show_flash_error, tr
from ui.widgets import scenario as controls
from ui.widgets.choice import view_choice

GROUPS = {"abc": ("abc_a", "abc_b"), "xyz": ("xyz_x", "xyz_y"), "quadrant": ("loyalty_split", "profit_split")}
KINDS = {"abc": "abc", "xyz": "xyz", "quadrant": "quadrant"}
METRICS = ("customer_share", "revenue_share")


def _sliders(group: str) -> None:
    left, right = st.columns(2)
    first, second = {"abc": (controls.abc_a, controls.abc_b), "xyz": (controls.xyz_x, controls.xyz_y)}.get(
        group, (controls.loyalty_split, controls.profit_split)
    )
    with left:
        first()
    with right:
        second()


def _value_text(parameter: str, value: float) -> str:
    lang = session.lang()
    if parameter.startswith("xyz"):
        return fmt_number(value, lang, 2)
    if parameter == "profit_split" and scenario.current().quadrants.profit_split_kind == "value":
        return fmt_money_in(value, lang, currency.current())
    return fmt_percent(value, lang, 0)


def _param_title(parameter: str) -> str:
    title = tr(f"sens.param_{parameter}")
    in_money = parameter == "profit_split" and scenario.current().quadrants.profit_split_kind == "value"
    return currency.money_label(title) if in_money else title


def _value_of(shown: Scenario, parameter: str) -> float:
    values = {
        "abc_a": shown.abc.a,
        "abc_b": shown.abc.b,
        "xyz_x": shown.xyz.x,
        "xyz_y": shown.xyz.y,
        "loyalty_split": shown.quadrants.loyalty_split,
        "profit_split": shown.quadrants.profit_split,
    }
    return float(values[parameter])


def _x_format(parameter: str) -> str:
    if parameter.startswith("xyz"):
        return ".2f"
    if parameter == "profit_split" and scenario.current().quadrants.profit_split_kind == "value":
        return ",.0f"
    return ".0%"


@st.fragment
def live(analysis: Analysis) -> None:
    """The chosen thresholds' sliders and sweeps: a move reruns and redraws only this part."""
    show_flash_error()
    group = view_choice("sens_group", tr("sens.group"), tuple(GROUPS), lambda g: tr(f"sens.group_{g}"), "abc")
    with st.container(border=True):
        _sliders(group)
    sidebar.refresh_summary()
    chosen = scenario.current()
    kind = KINDS[group]
    names = code_names(kind)
    other = scenario.current_b()
    for parameter in GROUPS[group]:
        frame = trim_flat_tail(analysis.sweep(chosen, parameter))
        current = float(frame.loc[frame["current"], "value"].iloc[0])
        markers = [(current, tr("sens.now", value=_value_text(parameter, current)))]
        b_value = _value_of(other, parameter)
        if abs(b_value - current) > 1e-9 and b_value <= float(frame["value"].max()):
            markers.append((b_value, tr("sens.b", value=_value_text(parameter, b_value))))
        st.subheader(tr(f"sens.param_{parameter}"))
        cols = st.columns(2, gap="medium")
        for col, metric in zip(cols, METRICS, strict=True):
            with col:
                st.altair_chart(
                    sweep_chart(
                        frame,
                        metric=metric,
                        kind=kind,
                        title=tr(f"sens.title_{metric}"),
                        x_title=_param_title(parameter),
                        share_title=tr(f"sens.axis_{metric}"),
                        names=names,
                        markers=markers,
                        x_format=_x_format(parameter),
                        lang=session.lang(),
                    ),
                    width="stretch",
                    key=f"sens_chart_{parameter}_{metric}",
                )
                split_kind = chosen.quadrants.profit_split_kind
                readout.show(
                    readouts.sweep_chart(frame, session.lang(), metric, split_kind, currency.current())
                )
    st.caption(tr("sens.how_to_read"))


page_head.head(tr("page.sensitivity"), tr("sens.intro"))
active = context.active_analysis()
if active is not None:
    live(active)
