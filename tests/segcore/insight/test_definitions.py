"""Definitions that cannot mislead: seasons, recent revenue, simple LTV, loyalty directions, presets."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

import segcore
from segcore.classify.quadrants import loyalty_score
from segcore.errors import SettingsError
from segcore.ltv.simple import customer_ltv, segment_ltv, simple_ltv
from segcore.settings import LOWER_IS_BETTER, PRESET_LOWER_IS_BETTER, QUADRANT_SPLITS


def table(rows: list[tuple], as_of: date | None = None) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    frame["date"] = pd.to_datetime(frame["date"])
    settings = segcore.AggregationSettings(grain="M", as_of=as_of)
    return segcore.customer_table(frame, settings).set_index("customer_id")


@pytest.fixture(scope="module")
def seasons() -> pd.DataFrame:
    rows = [("dec", f"{year}-12-{day}", 50.0) for year in (2023, 2024, 2025) for day in (5, 20)]
    rows += [("holiday", day, 10.0) for day in ("2023-12-20", "2024-01-05", "2024-12-20", "2025-01-05")]
    rows += [("one_holiday", day, 10.0) for day in ("2024-12-20", "2025-01-05")]
    rows += [("nov", f"{year}-11-25", 10.0) for year in (2023, 2024)]
    rows += [("monthly", f"2025-{month:02d}-10", 10.0) for month in range(1, 13)]
    rows += [("once", "2024-12-10", 10.0)]
    return table(rows, as_of=date(2025, 12, 31))


def test_a_december_buyer_is_seasonal_though_each_december_is_a_third_of_the_total(seasons):
    dec = seasons.loc["dec"]
    assert dec.peak_share == pytest.approx(1 / 3)
    assert (dec.season_share, dec.season_month, dec.season_years, dec.seasonal) == (1.0, 12, 3, True)


def test_a_january_counts_with_the_december_before_it(seasons):
    assert (seasons.loc["holiday", "season_years"], seasons.loc["holiday", "seasonal"]) == (2, True)
    assert seasons.loc["one_holiday", "season_years"] == 1  # one holiday season, two calendar years
    assert not seasons.loc["one_holiday", "seasonal"]


def test_a_single_month_season_opens_its_window(seasons):
    assert seasons.loc["nov", "season_month"] == 11  # November–December, not October–November
    assert seasons.loc["nov", "seasonal"]


def test_steady_and_one_off_buyers_are_not_seasonal(seasons):
    assert seasons.loc["monthly", "season_share"] == pytest.approx(2 / 12)
    assert not seasons.loc["monthly", "seasonal"]
    assert (seasons.loc["once", "season_share"], seasons.loc["once", "seasonal"]) == (1.0, False)


def test_revenue_of_the_last_and_previous_twelve_months_and_returned_lines():
    rows = [
        ("a", "2025-06-30", 100.0),
        ("a", "2024-07-01", 10.0),  # the day after a year before: last twelve months
        ("a", "2024-06-30", 20.0),  # a year before to the day: previous twelve months
        ("a", "2023-07-01", 40.0),
        ("a", "2023-06-30", 80.0),  # two years before: neither
        ("a", "2025-05-01", -5.0),
    ]
    a = table(rows, as_of=date(2025, 6, 30)).loc["a"]
    assert (a.revenue_last_12m, a.revenue_prev_12m) == (105.0, 60.0)
    assert (a.lines, a.returned_lines) == (5, 1)


def test_simple_ltv_with_ages_without_them_and_from_the_table():
    revenue = np.array([1200.0, 1200.0, 1200.0])
    relationship = np.array([1.0, 12.0, 1.0])
    ages = np.array([36.0, 12.0, 1.0])
    with_ages = simple_ltv(revenue, relationship, age_periods=ages)
    np.testing.assert_allclose(with_ages.revenue_per_period, [1200 / 36, 100, 100])
    assert with_ages.lifetime_periods == pytest.approx(14 / 3)
    without = simple_ltv(revenue, relationship, margin=0.5, lifetime_periods=24)
    np.testing.assert_allclose(without.ltv, [1200 / 12 * 24 * 0.5] * 3)  # the floor still holds
    customers = table([("p", "2023-01-10", 1200.0), ("r", "2025-12-10", 1200.0)], as_of=date(2025, 12, 31))
    np.testing.assert_allclose(customer_ltv(customers).ltv, customers.ltv_simple)
    np.testing.assert_allclose(customer_ltv(customers, margin=0.3, lifetime_periods=6).ltv, [60.0, 180.0])


def test_segment_ltv_is_the_sources_formula_per_segment():
    customers = pd.DataFrame({"revenue": [300.0, 100.0, 50.0], "relationship_periods": [3.0, 1.0, 1.0]})
    result = segment_ltv(customers, ["AX", "AX", "CZ"], margin=0.5).set_index("segment")
    # AX: mean(300/3, 100/1) = 100 a period × mean(3, 1) = 2 periods × 0.5.
    assert result.loc["AX", ["customers", "revenue_per_period", "relationship_periods", "ltv"]].tolist() == [
        2, 100.0, 2.0, 100.0,
    ]  # fmt: skip
    assert result.loc["CZ", "ltv"] == 25.0


def test_lower_is_better_attributes_rank_in_reverse_and_weights_stay_non_negative():
    customers = pd.DataFrame(
        {
            "customer_id": ["prompt", "late", "later"],
            "orders": [5, 5, 5],
            "tenure_days": [100, 100, 100],
            "recency_days": [10, 10, 10],
            "cv": [0.5, 0.5, 0.5],
            "history_periods": [12, 12, 12],
            "payment_delay_days": [0.0, 10.0, 44.0],
        }
    )
    score = loyalty_score(customers, {"payment_delay_days": 1.0})
    assert list(np.argsort(-score)) == [0, 1, 2]
    reversed_off = loyalty_score(customers, {"payment_delay_days": 1.0}, lower_is_better=())
    assert list(np.argsort(-reversed_off)) == [2, 1, 0]
    with pytest.raises(SettingsError):
        segcore.QuadrantSettings(extra_weights="payment_delay_days:-1")


def test_directions_round_trip_through_a_link_and_json():
    settings = segcore.QuadrantSettings(lower_is_better=("payment_delay_days", "complaints"))
    flat = segcore.Scenario(quadrants=settings).to_flat_dict()
    assert flat["quadrants_lower_is_better"] == "payment_delay_days,complaints"
    assert segcore.Scenario.from_flat_dict(flat).quadrants == settings
    assert segcore.QuadrantSettings.from_json(settings.to_json()) == settings
    none = segcore.QuadrantSettings(lower_is_better=())
    assert segcore.QuadrantSettings.from_flat_dict(none.to_flat_dict()) == none
    assert segcore.QuadrantSettings().lower_is_better == LOWER_IS_BETTER


@pytest.mark.parametrize("names", [("recency",), ("",), (" delay",)])
def test_a_component_or_blank_name_cannot_be_lower_is_better(names):
    with pytest.raises(SettingsError) as error:
        segcore.QuadrantSettings(lower_is_better=names)
    assert error.value.key == "classify.lower_is_better"


def test_industry_presets_set_directions_and_b2b_weighs_payment_discipline():
    for preset, names in PRESET_LOWER_IS_BETTER.items():
        assert segcore.QuadrantSettings.for_preset(preset).lower_is_better == names
        assert "payment_delay_days" in names
    b2b = segcore.QuadrantSettings.for_preset("b2b")
    assert b2b.weights(["payment_delay_days"])["payment_delay_days"] == 0.15
    assert "payment_delay_days" not in b2b.weights(["orders"])


def test_the_pareto_core_split_and_the_key_group_preset():
    assert QUADRANT_SPLITS["pareto_core"] == (0.5, 0.8)
    core = segcore.QuadrantSettings.pareto_core(profit_basis="margin")
    assert (core.loyalty_split, core.profit_split, core.profit_split_kind, core.profit_basis) == (
        0.5, 0.8, "percentile", "margin",
    )  # fmt: skip
    assert core.with_splits("median").profit_split == 0.5
    assert segcore.AbcThresholds.from_preset("60/90").cuts == (0.6, 0.9)
