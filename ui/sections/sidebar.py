"""The sidebar every page shares: language, the dataset in use, the active scenario."""

from __future__ import annotations

import streamlit as st

from segcore.report.md_text import md_text
from segcore.settings import Scenario
from ui import context
from ui.data import Analysis
from ui.format import fmt_int, fmt_number, fmt_percent
from ui.presenter import route
from ui.state import keys, scenario, session
from ui.text import tr

__all__ = ["dataset_name", "draw", "initial_state", "refresh_summary", "scenario_summary"]

LANGUAGE_NAMES = {"en": "English", "ru": "Русский"}


def dataset_name() -> str:
    """Give the name of the dataset in use as people read it."""
    source = context.active_source()
    if source.kind == "demo" and source.demo:
        return tr(f"demo.{source.demo}")
    return source.name


def _size(num_bytes: int, lang: str) -> str:
    megabytes = num_bytes / 1_048_576
    if megabytes >= 1:
        return f"{fmt_number(megabytes, lang, 1)} {tr('unit.mb')}"
    return f"{fmt_number(num_bytes / 1024, lang, 0)} {tr('unit.kb')}"


def scenario_summary(shown: Scenario) -> list[str]:
    """Give a scenario in a few short lines."""
    lang = session.lang()
    abc, xyz, quad, agg = shown.abc, shown.xyz, shown.quadrants, shown.aggregation
    return [
        tr(
            "sidebar.abc_line",
            a=fmt_percent(abc.a, lang, 0),
            b=fmt_percent(abc.b, lang, 0),
            basis=tr(f"basis.{abc.basis}").lower(),
        ),
        tr(
            "sidebar.xyz_line",
            x=fmt_number(xyz.x, lang, 2),
            y=fmt_number(xyz.y, lang, 2),
            grain=tr(f"grain.{agg.grain}").lower(),
        ),
        tr(
            "sidebar.quadrant_line",
            preset=tr(f"preset.{quad.preset}"),
            loyalty=fmt_percent(quad.loyalty_split, lang, 0),
        ),
    ]


def _language() -> None:
    st.segmented_control(
        tr("sidebar.language"),
        options=list(LANGUAGE_NAMES),
        format_func=LANGUAGE_NAMES.__getitem__,
        key=keys.LANG,
        required=True,
    )


def initial_state() -> str:
    """Give the sidebar's state for the page config: collapsed in presenter mode, else expanded."""
    return "collapsed" if route.presenting() else "expanded"


def _presenter() -> None:
    st.toggle(
        tr("present.toggle"),
        key=route.TOGGLE,
        help=tr("present.toggle_help"),
        on_change=route.toggled,
    )


def _dataset(analysis: Analysis | None) -> None:
    lang = session.lang()
    st.markdown(f"**{tr('sidebar.dataset')}**  \n{md_text(dataset_name())}")
    source = context.active_source()
    if analysis is not None:
        st.caption(
            tr(
                "sidebar.dataset_size",
                rows=fmt_int(analysis.transactions, lang),
                customers=fmt_int(len(analysis.customers), lang),
                size=_size(source.size_bytes, lang),
            )
        )


def refresh_summary() -> None:
    """Rewrite the sidebar's scenario summary (a fragment calls this after a change)."""
    slot = session.summary_slot()
    if slot is not None:
        slot.caption("  \n".join(scenario_summary(scenario.current())))


def _scenario() -> None:
    st.markdown(f"**{tr('sidebar.scenario')}**")
    session.set_summary_slot(st.empty())
    refresh_summary()
    st.button(
        tr("sidebar.reset"),
        key="scenario_reset",
        icon=":material/restart_alt:",
        on_click=scenario.reset,
        help=tr("sidebar.reset_help"),
    )
    st.caption(tr("sidebar.link_hint"))
    if context.active_source().kind == "upload":
        st.caption(tr("sidebar.upload_link_note"))


def draw() -> None:
    """Draw the shared sidebar; the dataset is loaded first (a status box shows the wait).

    The presenter toggle (and ``?present=1``) switches to presenter mode after the sidebar
    is drawn; the step a link asks for is read here, before the frame rewrites the address.
    """
    wants_present = route.capture_url()
    analysis = context.active_analysis(quiet=True)
    with st.sidebar:
        _language()
        _presenter()
        st.divider()
        _dataset(analysis)
        st.divider()
        _scenario()
    route.follow_toggle(wants_present)
