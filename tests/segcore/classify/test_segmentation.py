"""The per-move engine gives exactly what the analyses give one by one."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.classify.abc import abc_classes
from segcore.classify.matrix import abc_xyz_summary
from segcore.classify.pareto import gini, pareto_curve, top_share
from segcore.classify.quadrants import loyalty_score, quadrant_classes, quadrant_summary
from segcore.classify.segmentation import BASIS_COLUMNS, Segmenter
from segcore.classify.xyz import xyz_classes
from segcore.errors import SettingsError
from segcore.settings import AbcThresholds, QuadrantSettings, Scenario, XyzThresholds
from tests.samples import CDNOW_SAMPLE


def direct(customers: pd.DataFrame, scenario: Scenario) -> dict[str, object]:
    """Classify with the analysis functions one at a time."""
    abc, xyz, quad = scenario.abc, scenario.xyz, scenario.quadrants
    basis = customers[BASIS_COLUMNS[abc.basis]].to_numpy(dtype=float)
    ids = customers["customer_id"].to_numpy()
    abc_result = abc_classes(basis, abc.cuts, mode=abc.mode, rule=abc.rule, ids=ids)
    xyz_letters = xyz_classes(customers["cv"], customers["history_periods"], xyz.cuts, xyz.min_periods)
    weights = quad.weights(customers.columns)
    loyalty = loyalty_score(customers, weights, min_periods=xyz.min_periods)
    quadrants = quadrant_classes(
        loyalty,
        customers[BASIS_COLUMNS[quad.profit_basis]].to_numpy(dtype=float),
        loyalty_split=quad.loyalty_split,
        profit_split=quad.profit_split,
        profit_split_kind=quad.profit_split_kind,
    )
    revenue = customers["revenue"].to_numpy(dtype=float)
    return {
        "abc": abc_result.classes,
        "xyz": xyz_letters,
        "loyalty": loyalty,
        "quadrant": quadrants,
        "matrix": abc_xyz_summary(abc_result.classes, xyz_letters, revenue),
        "quadrant_summary": quadrant_summary(quadrants, revenue),
        "pareto": pareto_curve(basis, 1000),
        "gini": gini(basis),
        "counts": abc_result.counts,
    }


def assert_same(customers: pd.DataFrame, scenario: Scenario, segmenter: Segmenter) -> None:
    got = segmenter.segment(scenario)
    want = direct(customers, scenario)
    assert got.abc.tolist() == want["abc"].tolist()
    assert got.xyz.tolist() == want["xyz"].tolist()
    assert got.cell.tolist() == [a + x for a, x in zip(got.abc, got.xyz, strict=True)]
    assert got.loyalty.tolist() == want["loyalty"].tolist()
    assert got.quadrant.tolist() == want["quadrant"].tolist()
    assert got.abc_counts.tolist() == want["counts"].tolist()
    pd.testing.assert_frame_equal(got.matrix, want["matrix"], rtol=1e-9, atol=1e-6)
    pd.testing.assert_frame_equal(got.quadrant_summary, want["quadrant_summary"], rtol=1e-9, atol=1e-6)
    pd.testing.assert_frame_equal(got.pareto, want["pareto"])
    assert got.gini == want["gini"]


def small_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": ["c3", "c1", "c2", "c5", "c4", "c6"],
            "revenue": [120.0, 80.0, 80.0, 15.0, 0.0, -10.0],
            "margin": [30.0, 20.0, np.nan, 5.0, 0.0, -4.0],
            "orders": [6, 3, 3, 1, 1, 1],
            "ltv_simple": [200.0, 90.0, 100.0, 10.0, 0.0, 0.0],
            "tenure_days": [300, 200, 100, 0, 0, 0],
            "recency_days": [5, 30, 60, 200, 300, 10],
            "cv": [0.4, 1.2, 2.5, 3.0, np.nan, np.nan],
            "history_periods": [12, 12, 8, 4, 3, 1],
        }
    )


def test_the_engine_equals_the_analyses_on_a_small_table_for_several_scenarios():
    customers = small_table()
    segmenter = Segmenter(customers)
    scenarios = [
        Scenario(),
        Scenario(abc=AbcThresholds(a=0.5, b=0.9, rule="within", basis="margin")),
        Scenario(abc=AbcThresholds(mode="rank", basis="orders"), xyz=XyzThresholds(min_periods=3)),
        Scenario(quadrants=QuadrantSettings.for_preset("b2b", profit_basis="ltv")),
        Scenario(quadrants=QuadrantSettings(profit_split_kind="value", profit_split=50)),
    ]
    for scenario in [*scenarios, *reversed(scenarios)]:
        assert_same(customers, scenario, segmenter)


def test_the_default_scenario_on_a_small_table_by_hand():
    result = Segmenter(small_table()).segment(Scenario())
    # positive total 295; sorted c3 120 (before 0), c1 80 (.407), c2 80 (.678), c5 15 (.949)
    assert result.abc.tolist() == ["A", "A", "A", "B", "C", "C"]
    assert result.nonpositive.tolist() == [False, False, False, False, True, True]
    # cv 0.4 X; 1.2 Y; 2.5 with 8 periods Z; 4 or fewer periods N
    assert result.xyz.tolist() == ["X", "Y", "Z", "N", "N", "N"]
    assert result.cell.tolist() == ["AX", "AY", "AZ", "BN", "CN", "CN"]
    assert result.matrix.set_index("cell").loc["CN", "revenue"] == -10.0
    assert result.abc_points[0] == (0.5, pytest.approx(280 / 295))


def test_margin_without_cost_is_a_settings_error_naming_the_column():
    customers = small_table().assign(margin=np.nan)
    segmenter = Segmenter(customers)
    with pytest.raises(SettingsError) as error:
        segmenter.segment(Scenario(abc=AbcThresholds(basis="margin")))
    assert error.value.key == "classify.basis_missing"
    assert "margin" in error.value.message("en")
    with pytest.raises(SettingsError):
        segmenter.segment(Scenario(quadrants=QuadrantSettings(profit_basis="margin")))
    with pytest.raises(SettingsError):
        Segmenter(customers.drop(columns="ltv_simple")).segment(Scenario(abc=AbcThresholds(basis="ltv")))


def test_an_attribute_weight_for_a_missing_column_is_a_settings_error():
    segmenter = Segmenter(small_table())
    with pytest.raises(SettingsError) as error:
        segmenter.segment(Scenario(quadrants=QuadrantSettings(extra_weights="referrals:0.2")))
    assert error.value.key == "classify.unknown_attribute"


def test_attributes_and_preset_attributes_enter_the_engine_like_the_score():
    customers = small_table().assign(
        products_held=[3, 1, 2, 1, 0, 5], referrals=[True, False, True, False, False, True]
    )
    segmenter = Segmenter(customers)
    finance = QuadrantSettings.for_preset("finance", extra_weights="referrals:0.3")
    assert_same(customers, Scenario(quadrants=finance), segmenter)


def test_top_share_reads_the_sorted_ranking_by_hand():
    segmenter = Segmenter(small_table())
    # revenue sorted: 120, 80, 80, 15 (positive total 295), then 0 and -10; n = 6
    assert segmenter.top_share("revenue", 0.5) == pytest.approx(280 / 295)  # top 3
    assert segmenter.top_share("revenue", 0.2) == pytest.approx(120 / 295)  # ⌊1.2⌋ = 1
    assert segmenter.top_share("revenue", 0.1) == 0.0  # ⌊0.6⌋ = 0 customers
    assert segmenter.top_share("revenue", 5 / 6) == 1.0  # the 5th brings nothing
    # margin sorted: 30, 20, 5 (positive total 55), then 0, -4 and a missing one
    assert segmenter.top_share("margin", 1 / 3) == pytest.approx(50 / 55)
    for basis in ("revenue", "margin", "orders", "ltv"):
        column = small_table()[BASIS_COLUMNS[basis]].to_numpy(dtype=float)
        for x in (0.01, 0.17, 1 / 3, 0.5, 0.51, 2 / 3, 0.99, 1.0):
            assert segmenter.top_share(basis, x) == top_share(column, x)


def test_top_share_with_no_positive_value_reads_the_diagonal_and_checks_its_range():
    segmenter = Segmenter(small_table().assign(revenue=[0.0, -1.0, 0.0, 0.0, -3.0, 0.0]))
    assert segmenter.top_share("revenue", 0.5) == 0.5
    assert segmenter.top_share("revenue", 0.4) == pytest.approx(2 / 6)
    for bad in (0.0, -0.1, 1.5, float("nan")):
        with pytest.raises(SettingsError):
            segmenter.top_share("revenue", bad)


def test_predicted_clv_ranks_customers_when_the_table_has_a_clv_column_by_hand():
    # clv c3 50, c1 10, c2 30, c5 5, c4 missing, c6 0: positive total 95; sorted c3 (before 0),
    # c2 (.526), c1 (.842 ≥ .80 → B), c5 (.947 < .95 → B); missing and zero are C
    customers = small_table().assign(clv=[50.0, 10.0, 30.0, 5.0, np.nan, 0.0])
    scenario = Scenario.from_flat_dict({"abc_basis": "clv", "quadrants_profit_basis": "clv"})
    result = Segmenter(customers).segment(scenario)
    assert result.abc.tolist() == ["A", "B", "A", "B", "C", "C"]
    assert result.nonpositive.tolist() == [False, False, False, False, True, True]
    assert_same(customers, scenario, Segmenter(customers))
    assert BASIS_COLUMNS["clv"] == "clv"


def test_predicted_clv_without_its_column_says_where_it_comes_from():
    segmenter = Segmenter(small_table())
    for scenario in (
        Scenario(abc=AbcThresholds(basis="clv")),
        Scenario(quadrants=QuadrantSettings(profit_basis="clv")),
    ):
        with pytest.raises(SettingsError) as error:
            segmenter.segment(scenario)
        assert error.value.key == "classify.clv_missing"
        assert "Predicted CLV" in error.value.message("en")
        assert "Прогнозный CLV" in error.value.message("ru")
    with pytest.raises(SettingsError) as error:
        Segmenter(small_table().assign(clv=np.nan)).segment(Scenario(abc=AbcThresholds(basis="clv")))
    assert error.value.key == "classify.basis_missing"


# Properties ---------------------------------------------------------------------------


@st.composite
def customer_tables(draw):
    n = draw(st.integers(1, 40))

    def column(strategy):
        return draw(st.lists(strategy, min_size=n, max_size=n))

    ids = [f"{i:04d}" for i in draw(st.permutations(range(n)))]
    revenue = column(st.integers(-50, 500).map(float))
    return pd.DataFrame(
        {
            "customer_id": ids,
            "revenue": revenue,
            "margin": column(st.one_of(st.floats(-20, 200), st.just(np.nan))),
            "orders": column(st.integers(0, 30)),
            "ltv_simple": column(st.floats(0, 1000)),
            "tenure_days": column(st.integers(0, 700)),
            "recency_days": column(st.integers(0, 700)),
            "cv": column(st.one_of(st.floats(0, 5), st.just(np.nan))),
            "history_periods": column(st.integers(0, 24)),
            "loyalty_member": column(st.booleans()),
        }
    )


@st.composite
def scenarios(draw):
    a = draw(st.integers(1, 98))
    b = draw(st.integers(a + 1, 100))
    x = draw(st.floats(0.05, 3))
    kind = draw(st.sampled_from(["percentile", "value"]))
    return Scenario(
        abc=AbcThresholds(
            a=a / 100,
            b=b / 100,
            mode=draw(st.sampled_from(["value", "rank"])),
            basis=draw(st.sampled_from(["revenue", "margin", "orders", "ltv"])),
            rule=draw(st.sampled_from(["crossing_up", "within"])),
        ),
        xyz=XyzThresholds(x=x, y=x + draw(st.floats(0.05, 3)), min_periods=draw(st.integers(2, 12))),
        quadrants=QuadrantSettings(
            w_frequency=draw(st.floats(0.1, 1)),
            w_tenure=draw(st.floats(0, 1)),
            w_recency=draw(st.floats(0, 1)),
            w_regularity=draw(st.floats(0, 1)),
            extra_weights=draw(st.sampled_from(["", "loyalty_member:0.3"])),
            loyalty_split=draw(st.floats(0.05, 0.95)),
            profit_basis=draw(st.sampled_from(["revenue", "margin", "ltv"])),
            profit_split_kind=kind,
            profit_split=draw(st.floats(0.05, 0.95) if kind == "percentile" else st.floats(0, 300)),
        ),
    )


@settings(max_examples=60, deadline=None)
@given(customer_tables(), st.lists(scenarios(), min_size=1, max_size=4))
def test_the_engine_equals_the_analyses_for_any_table_and_any_sequence_of_moves(table, moves):
    if table["margin"].isna().all():
        table.loc[0, "margin"] = 1.0
    segmenter = Segmenter(table)
    for scenario in moves:
        assert_same(table, scenario, segmenter)


@settings(max_examples=60, deadline=None)
@given(customer_tables(), st.floats(0.001, 1.0), st.sampled_from(["revenue", "orders", "ltv"]))
def test_top_share_equals_the_pareto_readout_for_any_table(table, x, basis):
    column = table[BASIS_COLUMNS[basis]].to_numpy(dtype=float)
    assert Segmenter(table).top_share(basis, x) == top_share(column, x)


# Real data ----------------------------------------------------------------------------


def cdnow_customers() -> pd.DataFrame:
    """Customer table of the CDNOW sample built with pandas (monthly CV from the first month)."""
    frame = pd.read_csv(
        CDNOW_SAMPLE,
        sep=r"\s+",
        header=None,
        names=["master_id", "customer_id", "date", "cds", "amount"],
        dtype={"master_id": str, "customer_id": str, "date": str},
    )
    frame["date"] = pd.to_datetime(frame["date"], format="%Y%m%d")
    frame["month"] = frame["date"].dt.year * 12 + frame["date"].dt.month - 1
    as_of, last_month = pd.Timestamp("1998-06-30"), 1998 * 12 + 5
    by = frame.groupby("customer_id")
    table = pd.DataFrame(
        {
            "revenue": by["amount"].sum(),
            "orders": by["date"].nunique(),
            "tenure_days": (by["date"].max() - by["date"].min()).dt.days,
            "recency_days": (as_of - by["date"].max()).dt.days,
            "first_month": by["month"].min(),
        }
    )
    monthly = frame.groupby(["customer_id", "month"])["amount"].sum()
    table["history_periods"] = last_month - table["first_month"] + 1
    sums = monthly.groupby(level=0).sum()
    squares = (monthly**2).groupby(level=0).sum()
    mean = sums / table["history_periods"]
    variance = (squares / table["history_periods"] - mean**2).clip(lower=0)
    table["cv"] = (np.sqrt(variance) / mean).where(mean > 0)
    table["margin"] = np.nan
    table["ltv_simple"] = table["revenue"]
    return table.drop(columns="first_month").reset_index()


def test_cdnow_through_the_engine_gives_the_reference_figures():
    customers = cdnow_customers()
    segmenter = Segmenter(customers)
    crossing = segmenter.segment(Scenario())
    within = segmenter.segment(Scenario(abc=AbcThresholds(rule="within")))
    assert crossing.abc_counts.tolist() == [777, 801, 779]
    assert within.abc_counts.tolist() == [776, 801, 780]
    assert round(crossing.gini, 4) == 0.6309
    assert crossing.matrix["customers"].sum() == 2357
    assert crossing.matrix["revenue"].sum() == pytest.approx(244_091.94)
    assert crossing.quadrant_summary["customers"].sum() == 2357
    assert_same(customers, Scenario(quadrants=QuadrantSettings.for_preset("consumer_goods")), segmenter)
