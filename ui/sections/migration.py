"""Blocks of the migration page: who moved, the matrix drawn, one square's customers, long stays."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st
from streamlit.elements.lib.column_types import ColumnConfig

from segcore.charts import readouts
from segcore.charts.flows import migration_flow, transition_heatmap
from segcore.classify.kinds import KIND_LETTERS
from segcore.dynamics.migration import migration_customers, stayed_counts
from segcore.dynamics.transitions import movement_counts
from segcore.report.movers_list import period_mover_rows
from ui import context
from ui.format import fmt_int
from ui.sections import customer_lists, readout
from ui.sections.tables import period_table
from ui.state import currency, keys, session
from ui.text import code_names, tr
from ui.widgets.choice import view_choice

__all__ = ["SQUARE_LIST", "charts", "headline", "square_customers", "stayed"]

METRICS = ("customers", "revenue_a", "revenue_b")
#: The code whose long stays are shown first: the best segment of each kind.
GOLDEN = {"abc": "A", "xyz": "X", "abc_xyz": "AX", "quadrant": "III"}
#: The key prefix of a square's downloads (``<SQUARE_LIST>_csv``, ``_xlsx``, ``_preset``).
SQUARE_LIST = "migration_list"


def headline(matrix: pd.DataFrame) -> None:
    """Draw how many customers kept their segment, moved, are new and are lost."""
    cols = st.columns(4)
    for col, (name, value) in zip(cols, movement_counts(matrix).items(), strict=True):
        col.metric(
            tr(f"migr.m_{name}"), fmt_int(value, session.lang()), border=True, help=tr(f"migr.m_{name}_help")
        )


def charts(matrix: pd.DataFrame, kind: str, labels: tuple[str, str]) -> None:
    """Draw the migration matrix as a heatmap and as flows, in the metric the reader picks."""
    lang = session.lang()
    metric = view_choice(
        "migration_metric",
        tr("migr.metric"),
        METRICS,
        lambda m: tr(f"migr.metric_{m}", a=labels[0], b=labels[1]),
        "customers",
    )
    names = code_names(kind)
    titles = {
        "customers": tr("dyncol.customers"),
        "share_of_from": tr("dyncol.share_of_from"),
        "revenue_a": tr("migr.revenue_in", period=labels[0]),
        "revenue_b": tr("migr.revenue_in", period=labels[1]),
    }
    money_titles = {k: currency.money_label(v) if k.startswith("revenue") else v for k, v in titles.items()}
    common = {
        "metric": metric,
        "from_title": labels[0],
        "to_title": labels[1],
        "names": names,
        "value_format": ",.0f",
        "lang": lang,
    }
    left, right = st.columns([1, 1], gap="medium")
    left.altair_chart(
        transition_heatmap(
            matrix,
            title=tr("migr.heatmap_title", metric=titles[metric].lower()),
            field_titles=money_titles,
            **common,
        ),
        width="stretch",
        key="migration_heatmap",
    )
    readout.show(readouts.migration_heatmap(matrix, lang, top=GOLDEN[kind]), left)
    right.altair_chart(
        migration_flow(
            matrix,
            title=tr("migr.flow_title"),
            value_title=money_titles[metric],
            subtitle=tr("migr.flow_money") if metric != "customers" else None,
            **common,
        ),
        width="stretch",
        key="migration_flow",
    )
    readout.show(readouts.migration_flow(matrix, lang, metric, currency.current()), right)
    st.caption(tr("migr.how_to_read"))


def stayed(codes: pd.DataFrame, kind: str, grain: str) -> None:
    """Draw how many customers stayed in one segment for k periods in a row (up to now, and ever)."""
    names = code_names(kind)
    st.subheader(tr("migr.stayed_title", n=len(codes.columns), unit=tr(f"dyn.units_{grain}")))
    code = view_choice(
        "migration_code",
        tr("migr.stayed_code"),
        list(KIND_LETTERS[kind]),
        lambda c: names.get(c, c),
        GOLDEN[kind],
        widget="select",
    )
    runs = stayed_counts(codes, code)
    full = runs.iloc[-1]
    st.markdown(
        tr(
            "migr.stayed_text",
            all=fmt_int(full["current_at_least"], session.lang()),
            n=int(full["k"]),
            code=names.get(code, code),
            ever=fmt_int(full["ever_at_least"], session.lang()),
            unit=tr(f"dyn.units_{grain}"),
        )
    )
    period_table(
        runs,
        {"k": "count", "current_exactly": "count", "current_at_least": "count", "ever_at_least": "count"},
        key="migration_stayed",
    )


def _pick_square(matrix: pd.DataFrame, names: dict[str, str]) -> tuple[str, str]:
    lang = session.lang()
    pairs = matrix[matrix["customers"] > 0]
    options = [f"{f}→{t}" for f, t in zip(pairs["from"], pairs["to"], strict=True)]
    counts = dict(zip(options, pairs["customers"], strict=True))
    moved = [o for o in options if o.split("→")[0] != o.split("→")[1]]
    chosen = view_choice(
        keys.MIGRATION_CELL,
        tr("migr.cell"),
        options,
        lambda o: " → ".join(names.get(c, c) for c in o.split("→")) + f" ({fmt_int(counts[o], lang)})",
        (moved or options)[0],
        widget="select",
        help_text=tr("migr.cell_help"),
    )
    frm, to = chosen.split("→")
    return frm, to


def _column_config(labels: tuple[str, str]) -> dict[str, ColumnConfig]:
    revenue = {
        f"revenue_{side}": st.column_config.NumberColumn(
            currency.money_label(tr("migr.revenue_in", period=label)), format="localized"
        )
        for side, label in zip("ab", labels, strict=True)
    }
    return {
        "customer_id": st.column_config.TextColumn(tr("dyncol.customer_id")),
        "from": st.column_config.TextColumn(labels[0]),
        "to": st.column_config.TextColumn(labels[1]),
        **revenue,
    }


def square_customers(
    matrix: pd.DataFrame,
    a: pd.Series,
    b: pd.Series,
    money: tuple[pd.Series, pd.Series],
    kind: str,
    labels: tuple[str, str],
) -> None:
    """Draw the customers of one square of the matrix (from → to), largest revenue first.

    ``a`` and ``b`` are the customers' codes in the two periods, ``money`` their revenue in each.
    """
    names = code_names(kind)
    st.subheader(tr("migr.cell_title"))
    frm, to = _pick_square(matrix, names)
    ids = migration_customers(a, b, frm, to)
    revenue = {f"revenue_{s}": m.reindex(ids).fillna(0.0) for s, m in zip("ab", money, strict=True)}
    shown = pd.DataFrame(
        {
            "customer_id": ids,
            "from": names.get(frm, frm),
            "to": names.get(to, to),
            **{column: values.round(0).to_numpy() for column, values in revenue.items()},
        }
    )
    shown = shown.sort_values(["revenue_a", "revenue_b"], ascending=False, kind="stable").head(1000)
    total = currency.money(revenue["revenue_b"].sum(), session.lang())
    st.caption(
        tr("migr.cell_caption", n=fmt_int(len(ids), session.lang()), a=labels[0], b=labels[1], revenue=total)
    )
    st.dataframe(
        shown,
        hide_index=True,
        placeholder="—",
        key="migration_customers",
        height=320,
        column_config=_column_config(labels),
    )
    if ids:
        _square_downloads(ids, (frm, to), money)


def _square_downloads(ids: list[str], moved: tuple[str, str], money: tuple[pd.Series, pd.Series]) -> None:
    """Draw the one-click lists of a square's customers, with the sales columns (made on the click)."""
    analysis = context.active_analysis(quiet=True)
    seg = context.segmentation(analysis) if analysis is not None else None
    if analysis is None or seg is None:
        return
    customers, codes = analysis.customers, {"cell": seg.cell, "quadrant": seg.quadrant}
    square = "→".join(moved)
    customer_lists.list_downloads(
        partial(period_mover_rows, ids, moved, customers, codes, money),
        f"movers_{moved[0]}_{moved[1]}",
        tr("movers.square_sheet", square=square),
        key=SQUARE_LIST,
    )
