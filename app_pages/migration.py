"""Segment migration: customers classified in two periods with the same thresholds, and who moved."""

from typing import Any

import streamlit as st

from segcore.classify.kinds import KIND_LETTERS
from segcore.dynamics.calendar_windows import Window, calendar_windows
from segcore.dynamics.migration import migration_matrix
from segcore.dynamics.transitions import occupied_codes
from ui import context
from ui.data import Dataset
from ui.sections import migration, page_head
from ui.state import keys, scenario
from ui.text import period_text, show_flash_error, tr
from ui.widgets.choice import view_choice

KINDS = ("abc", "xyz", "abc_xyz", "quadrant")
GRAINS = ("Y", "Q", "M")


def _windows(dataset: Dataset, column: Any) -> tuple[list[Window], str] | None:
    with column:
        grain = view_choice(
            keys.MIGRATION_GRAIN,
            tr("migr.grain"),
            GRAINS,
            lambda g: tr(f"dyn.grain_{g}"),
            "Y",
            help_text=tr("migr.grain_help"),
        )
    windows = calendar_windows(*dataset.date_range(), grain)  # type: ignore[arg-type]
    if len(windows) < 2:
        st.info(tr("migr.one_period"), icon=":material/info:")
        return None
    return windows, grain


def _pick(windows: list[Window], grain: str) -> tuple[int, int]:
    periods = [w[0] for w in windows]
    cols = st.columns(2)
    with cols[0]:
        a = view_choice(
            keys.MIGRATION_FROM,
            tr("migr.from"),
            periods,
            lambda p: period_text(p, grain),
            periods[-2],
            widget="select",
        )
    with cols[1]:
        b = view_choice(
            keys.MIGRATION_TO,
            tr("migr.to"),
            periods,
            lambda p: period_text(p, grain),
            periods[-1],
            widget="select",
        )
    return periods.index(a), periods.index(b)


page_head.head(tr("page.migration"), tr("migr.intro"))
show_flash_error()
dataset = context.active_dataset()
grain_col, kind_col = st.columns([1, 1.4])
found = _windows(dataset, grain_col) if dataset is not None else None
if dataset is not None and found is not None:
    windows, grain = found
    with kind_col:
        kind = view_choice(
            "migration_kind",
            tr("migr.kind"),
            KINDS,
            lambda k: tr(f"migr.kind_{k}"),
            "abc",
            help_text=tr("migr.kind_help"),
        )
    i, j = _pick(windows, grain)
    with st.spinner(tr("migr.working")):
        codes, money = dataset.window_codes(scenario.current().aggregation, windows, scenario.current(), kind)
    labels = (period_text(windows[i][0], grain), period_text(windows[j][0], grain))
    if i == j:
        st.warning(tr("migr.same_period"), icon=":material/warning:")
    a, b = codes.iloc[:, i].dropna(), codes.iloc[:, j].dropna()
    revenue_a, revenue_b = money.iloc[:, i].dropna(), money.iloc[:, j].dropna()
    matrix = migration_matrix(a, b, revenue_b, revenue_a, codes=KIND_LETTERS[kind])
    if kind == "abc_xyz":
        matrix = occupied_codes(matrix)
    migration.headline(matrix)
    st.caption(tr("migr.same_thresholds", window=" · ".join(labels)))
    migration.charts(matrix, kind, labels)
    migration.square_customers(matrix, a, b, (revenue_a, revenue_b), kind, labels)
    migration.stayed(codes, kind, grain)
