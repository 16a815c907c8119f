"""Blocks of the scenario comparison page: a scenario in one line, A beside B, the movers' files."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from segcore import charts
from segcore.charts import readouts
from segcore.charts.flows import transition_heatmap
from segcore.dynamics.migration import ScenarioComparison
from segcore.dynamics.transitions import occupied_codes
from segcore.report.movers_list import scenario_mover_rows
from segcore.settings import Scenario
from ui.format import fmt_number, fmt_percent
from ui.sections import readout
from ui.sections.customer_lists import csv_download, preset_choice, xlsx_download
from ui.sections.tables import period_table
from ui.state import currency, session
from ui.text import code_names, segment_name, tr
from ui.widgets.choice import view_choice

__all__ = ["MOVERS", "migration", "movers_downloads", "side_by_side", "sides", "summary_text"]

KINDS = ("abc", "xyz", "abc_xyz", "quadrant")
SIDE_KINDS = ("abc_xyz", "quadrant")

#: The key prefix of the movers' downloads (``<MOVERS>_csv``, ``<MOVERS>_xlsx``, ``<MOVERS>_preset``).
MOVERS = "scenb_movers_list"


def summary_text(shown: Scenario) -> str:
    """Give a scenario's thresholds in one line ("A 80 % · B 95 % · X 1.00 · Y 2.00 · …")."""
    lang = session.lang()
    quad = shown.quadrants
    profit = (
        fmt_percent(quad.profit_split, lang, 0)
        if quad.profit_split_kind == "percentile"
        else currency.money(quad.profit_split, lang)
    )
    return tr(
        "scenb.summary",
        a=fmt_percent(shown.abc.a, lang, 0),
        b=fmt_percent(shown.abc.b, lang, 0),
        x=fmt_number(shown.xyz.x, lang, 2),
        y=fmt_number(shown.xyz.y, lang, 2),
        loyalty=fmt_percent(quad.loyalty_split, lang, 0),
        profit=profit,
    )


def side_by_side(comparison: ScenarioComparison, kind: str) -> pd.DataFrame:
    """Give customers and revenue per cell (or quadrant) in A and in B, with the change."""
    if kind == "quadrant":
        a = comparison.a.quadrant_summary.set_index("quadrant")
        b = comparison.b.quadrant_summary.set_index("quadrant")
    else:
        a, b = comparison.a.matrix.set_index("cell"), comparison.b.matrix.set_index("cell")
    frame = pd.DataFrame(
        {
            "code": [f"{c} · {segment_name(c)}" for c in a.index],
            "customers_a": a["customers"].to_numpy(),
            "customers_b": b["customers"].reindex(a.index).to_numpy(),
            "revenue_a": a["revenue"].to_numpy(float),
            "revenue_b": b["revenue"].reindex(a.index).to_numpy(float),
        }
    )
    frame["customers_change"] = frame["customers_b"] - frame["customers_a"]
    return frame


def movers_downloads(movers: pd.DataFrame) -> None:
    """Draw the choice of columns and the movers' CSV and Excel buttons; each file is made on the click.

    The lists carry the sales columns (:func:`segcore.report.sales_list.sales_frame`): the
    cell and quadrant in scenario 2 with their card's next action and priority, where the
    customer was in scenario 1, an empty owner, last purchase, revenue and contacts.
    """
    rows = partial(scenario_mover_rows, movers)
    preset_col, csv_col, xlsx_col = st.columns([2, 1, 1], vertical_alignment="bottom")
    with preset_col:
        preset_choice(f"{MOVERS}_preset")
    with csv_col:
        csv_download(tr("scenb.csv"), rows, "scenario_movers.csv", key=f"{MOVERS}_csv")
    with xlsx_col:
        xlsx_download(tr("scenb.xlsx"), rows, "scenario_movers.xlsx", tr("scenb.sheet"), key=f"{MOVERS}_xlsx")


def sides(comparison: ScenarioComparison) -> None:
    """Draw A and B side by side: heatmaps of the cells (or none for quadrants) and a table per code."""
    kind = view_choice(
        "scenb_kind", tr("scenb.side_kind"), SIDE_KINDS, lambda k: tr(f"migr.kind_{k}"), "abc_xyz"
    )
    if kind == "abc_xyz":
        titles = {
            "cell": tr("matrix.cell"),
            "customers": tr("dyncol.customers"),
            "revenue_share": tr("matrix.metric_revenue_share"),
        }
        for col, side, seg in zip(
            st.columns(2, gap="medium"), "ab", (comparison.a, comparison.b), strict=True
        ):
            col.altair_chart(
                charts.abc_xyz_heatmap(
                    seg.matrix,
                    metric="customers",
                    title=tr(f"scenb.side_{side}"),
                    x_title=tr("matrix.x_axis"),
                    y_title=tr("matrix.y_axis"),
                    field_titles=titles,
                    lang=session.lang(),
                ),
                width="stretch",
                key=f"scenb_heatmap_{side}",
            )
            readout.show(readouts.abc_xyz_heatmap(seg, session.lang()), col)
    period_table(
        side_by_side(comparison, kind),
        {
            "code": "text",
            "customers_a": "count",
            "customers_b": "count",
            "customers_change": "count",
            "revenue_a": "money",
            "revenue_b": "money",
        },
        key="scenb_movers_sides",
    )


def migration(comparison: ScenarioComparison) -> None:
    """Draw where the customers of each code in A are in B."""
    kind = view_choice("scenb_kind_flow", tr("migr.kind"), KINDS, lambda k: tr(f"migr.kind_{k}"), "abc")
    matrix = comparison.migration(kind)
    if kind == "abc_xyz":
        matrix = occupied_codes(matrix)
    titles = {
        "customers": tr("dyncol.customers"),
        "share_of_from": tr("dyncol.share_of_from"),
        "revenue_a": currency.money_label(tr("dyncol.revenue")),
    }
    st.altair_chart(
        transition_heatmap(
            matrix,
            metric="customers",
            title=tr("scenb.heatmap_title"),
            from_title=tr("scenb.side_a"),
            to_title=tr("scenb.side_b"),
            field_titles=titles,
            names=code_names(kind),
            lang=session.lang(),
        ),
        width="stretch",
        key="scenb_heatmap",
    )
    readout.show(readouts.scenario_heatmap(matrix, session.lang()))
