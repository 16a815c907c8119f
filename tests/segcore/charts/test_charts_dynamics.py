"""Chart builders of the dynamics views: the data they draw is the input, words come translated.

Inputs are small hand-made frames; expected values are read off them by hand.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from segcore.charts.base import CODE_COLOURS, text_names
from segcore.charts.dynamics import period_chart
from segcore.charts.flows import flow_layout, migration_flow, sweep_chart, transition_heatmap, trim_flat_tail
from segcore.charts.golden import golden_share_chart
from segcore.charts.plan import plan_chart, variance_chart
from segcore.dynamics.migration import migration_matrix


def _datasets(chart) -> list[pd.DataFrame]:
    spec = chart.to_dict()
    return [pd.DataFrame(rows) for rows in spec["datasets"].values()]


def _frame_with(chart, column: str) -> pd.DataFrame:
    frames = [f for f in _datasets(chart) if column in f.columns]
    assert frames, f"no data set with {column!r}"
    return frames[0]


@pytest.fixture
def matrix() -> pd.DataFrame:
    # 1: A → A, 2: A → B, 3: B → lost, 4: new → C; revenue in the first and second period.
    a = pd.Series({"1": "A", "2": "A", "3": "B"})
    b = pd.Series({"1": "A", "2": "B", "4": "C"})
    revenue_a = pd.Series({"1": 100.0, "2": 50.0, "3": 20.0})
    revenue_b = pd.Series({"1": 120.0, "2": 30.0, "4": 5.0})
    return migration_matrix(a, b, revenue_b, revenue_a, codes=("A", "B", "C"))


def test_the_heatmap_draws_every_pair_with_its_count(matrix):
    chart = transition_heatmap(
        matrix,
        metric="customers",
        title="Из → в",
        from_title="2024",
        to_title="2025",
        field_titles={"customers": "Клиенты"},
        names={"new": "новые", "lost": "ушедшие"},
        lang="ru",
    )
    data = _frame_with(chart, "customers").set_index(["from", "to"])["customers"]
    assert len(data) == 4 * 4  # new, A, B, C × A, B, C, lost
    assert data[("A", "A")] == 1 and data[("A", "B")] == 1
    assert data[("B", "lost")] == 1 and data[("new", "C")] == 1
    assert data.sum() == 4
    spec = chart.to_dict()
    assert spec["title"]["text"] == "Из → в"
    axis = spec["layer"][0]["encoding"]["y"]["axis"]["labelExpr"]
    assert "'new' ? 'новые'" in axis and "'lost' ? 'ушедшие'" in axis
    assert spec["config"]["locale"]["number"]["decimal"] == ","


def test_the_heatmap_outlines_the_squares_where_the_segment_stays(matrix):
    chart = transition_heatmap(
        matrix,
        metric="revenue_b",
        title="t",
        from_title="a",
        to_title="b",
        field_titles={"revenue_b": "Revenue"},
    )
    data = _frame_with(chart, "stayed").set_index(["from", "to"])
    assert data.loc[("A", "A"), "stayed"] and not data.loc[("A", "B"), "stayed"]
    assert data.loc[("A", "A"), "revenue_b"] == 120.0
    assert data.loc[("new", "C"), "revenue_b"] == 5.0


def test_numpy_codes_print_as_plain_text_in_axis_labels(matrix):
    names = {np.str_("A"): np.str_("A · core")}
    assert text_names(names) == {"A": "A · core"}
    chart = transition_heatmap(
        matrix,
        metric="customers",
        title="t",
        from_title="a",
        to_title="b",
        field_titles={"customers": "n"},
        names=names,
    )
    assert "np.str_" not in str(chart.to_dict())


def test_the_flow_bands_are_as_wide_as_the_pairs_and_nodes_as_the_totals(matrix):
    bands, nodes = flow_layout(matrix, "customers")
    assert set(bands["band"]) == {"A→A", "A→B", "B→lost", "new→C"}
    assert (bands["bottom"] - bands["top"]).round(9).eq(1.0).all()
    left = nodes[nodes["side"] == "from"].set_index("code")["value"]
    right = nodes[nodes["side"] == "to"].set_index("code")["value"]
    assert left.to_dict() == {"new": 1.0, "A": 2.0, "B": 1.0}
    assert right.to_dict() == {"A": 1.0, "B": 1.0, "C": 1.0, "lost": 1.0}


def test_the_flow_chart_heads_its_columns_and_names_the_nodes(matrix):
    chart = migration_flow(
        matrix,
        metric="revenue_a",
        title="Переходы",
        from_title="2024",
        to_title="2025",
        value_title="Выручка",
        names={"lost": "ушедшие"},
        lang="ru",
    )
    heads = _frame_with(chart, "text")
    assert heads["text"].tolist() == ["2024", "2025"]
    nodes = _frame_with(chart, "name")
    assert "ушедшие" in set(nodes["name"])
    assert nodes.set_index(["side", "code"]).loc[("from", "A"), "value"] == 150.0


def _sweep() -> pd.DataFrame:
    rows = []
    for position, (value, a_share) in enumerate([(0.2, 0.1), (0.5, 0.3), (0.8, 0.6)]):
        for code, share in (("A", a_share), ("B", 0.9 - a_share), ("C", 0.1)):
            rows.append(
                {
                    "parameter": "abc_a",
                    "position": position,
                    "value": value,
                    "current": value == 0.8,
                    "class": code,
                    "customers": int(share * 100),
                    "customer_share": share,
                    "revenue": share * 1000,
                    "revenue_share": share,
                }
            )
    return pd.DataFrame(rows)


def test_the_sweep_chart_stacks_the_given_shares_and_marks_the_current_value():
    chart = sweep_chart(
        _sweep(),
        metric="customer_share",
        kind="abc",
        title="Доля клиентов",
        x_title="Граница A",
        share_title="Клиенты",
        markers=[(0.8, "сейчас 80 %")],
        x_format=".0%",
        lang="ru",
    )
    data = _frame_with(chart, "customer_share")
    at_half = data[data["value"] == 0.5].set_index("class")["customer_share"]
    assert at_half.to_dict() == pytest.approx({"A": 0.3, "B": 0.6, "C": 0.1})
    marker = _frame_with(chart, "text")
    assert marker.iloc[0].to_dict() == {"value": 0.8, "text": "сейчас 80 %"}
    spec = chart.to_dict()
    assert spec["layer"][0]["encoding"]["x"]["title"] == "Граница A"
    colours = spec["layer"][0]["encoding"]["color"]["scale"]
    assert colours["domain"] == ["A", "B", "C"]
    assert colours["range"] == [CODE_COLOURS["A"], CODE_COLOURS["B"], CODE_COLOURS["C"]]


def test_trim_keeps_the_current_value_and_drops_a_flat_tail():
    sweep = _sweep()
    flat = sweep[sweep["position"] == 2].assign(position=3, value=0.9, current=False)
    trimmed = trim_flat_tail(pd.concat([sweep, flat], ignore_index=True))
    assert sorted(trimmed["position"].unique()) == [0, 1, 2]


def _periods() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "period": [8100, 8101, 8102],
            "label": ["2025-Q1", "2025-Q2", "2025-Q3"],
            "complete": [True, True, False],
            "revenue": [100.0, 150.0, 60.0],
            "revenue_year_ago": [80.0, np.nan, 50.0],
            "plan": [90.0, 160.0, 200.0],
            "actual": [100.0, 150.0, np.nan],
        }
    )


def test_the_period_chart_draws_the_revenue_and_the_year_earlier():
    chart = period_chart(
        _periods(),
        metric="revenue",
        title="Выручка",
        value_title="Выручка",
        period_title="Период",
        current_title="Этот период",
        year_ago_title="Год назад",
        lang="ru",
    )
    bars = _frame_with(chart, "year_ago")
    assert bars["value"].tolist() == [100.0, 150.0, 60.0]
    assert bars["complete"].tolist() == [True, True, False]
    assert set(bars["series"]) == {"Этот период"}
    assert chart.to_dict()["title"]["text"] == "Выручка"


def test_the_plan_charts_draw_plan_actual_and_variance():
    frame = _periods()
    chart = plan_chart(
        frame,
        title="Plan",
        period_title="Period",
        value_title="Revenue",
        plan_title="Plan",
        actual_title="Actual",
    )
    actual = next(f for f in _datasets(chart) if "actual" in f.columns and f["series"].eq("Actual").all())
    assert actual["actual"].tolist() == [100.0, 150.0]  # the period without an actual is left out
    frame["variance_pct"] = frame["actual"] / frame["plan"] - 1
    chart = variance_chart(
        frame,
        title="Variance",
        period_title="Period",
        value_title="%",
        above_title="Above",
        below_title="Below",
    )
    bars = _frame_with(chart, "series")
    shown = bars.set_index("label")["variance_pct"].round(4).to_dict()
    assert shown == {"2025-Q1": 0.1111, "2025-Q2": -0.0625}
    assert bars.set_index("label")["series"].to_dict() == {"2025-Q1": "Above", "2025-Q2": "Below"}


def test_the_golden_chart_marks_the_campaign_period():
    frame = _periods().assign(golden_revenue=[80.0, 100.0, 45.0], golden_customers=[5, 6, 7])
    frame["share"] = frame["golden_revenue"] / frame["revenue"]
    chart = golden_share_chart(
        frame,
        title="Golden",
        period_title="Period",
        share_title="Share",
        customers_title="Buying",
        campaign_label="2025-Q3",
        campaign_text="Campaign 2025-09-01",
    )
    line = _frame_with(chart, "share")
    assert line["share"].round(4).tolist() == [0.8, 0.6667, 0.75]
    marker = _frame_with(chart, "text")
    assert marker.iloc[0].to_dict() == {"label": "2025-Q3", "text": "Campaign 2025-09-01"}
