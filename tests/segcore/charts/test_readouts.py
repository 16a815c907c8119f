"""Readouts of the analysis and value charts say the chart's main fact in English and Russian.

Each readout gets a small input whose numbers are worked out by hand in the comments, and
its sentence is checked word for word in both languages (Russian numbers carry no-break
spaces). The demo store checks the Pareto readout on real data.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import numpy as np
import pandas as pd
import pytest

import segcore
from segcore.charts import readouts
from segcore.classify.segmentation import Segmentation, Segmenter
from segcore.i18n.format import NBSP
from segcore.settings import AbcThresholds, Scenario
from tests.samples import SAMPLE_DATA

STORE = SAMPLE_DATA / "store_en.csv"


def nb(text: str) -> str:
    """Give an expected sentence with its no-break spaces, written "_": "77.8_%", "4_583" (Russian)."""
    return text.replace("_", NBSP)


def customers(revenue: list[float], orders: list[int] | None = None) -> pd.DataFrame:
    """Give a customer table with the given revenue (and orders); loyalty inputs all alike."""
    n = len(revenue)
    return pd.DataFrame(
        {
            "customer_id": [f"c{i}" for i in range(n)],
            "revenue": np.asarray(revenue, dtype=float),
            "orders": orders or [1] * n,
            "tenure_days": [100] * n,
            "recency_days": [10] * n,
            "cv": [0.5] * n,
            "history_periods": [6] * n,
        }
    )


# Ten customers, revenue 100 in all: 50, 20, 10, 5, 5, 4, 3, 1, 1, 1.
# The top 20 % (2 customers) bring 70; class A at the 80 % cut-off is the first 3 (50 + 20 + 10).
TEN = [50.0, 20.0, 10.0, 5.0, 5.0, 4.0, 3.0, 1.0, 1.0, 1.0]


@cache
def ten() -> Segmenter:
    return Segmenter(customers(TEN))


def with_totals(
    cells: dict[str, tuple[int, float]] | None = None, quadrants: dict[str, tuple[int, float]] | None = None
) -> Segmentation:
    """Give a segmentation whose matrix and quadrant summaries hold the given (customers, revenue).

    The readouts of the heatmap and the quadrants read only these summaries.
    """
    letters = [a + x for a in "ABC" for x in "XYZN"]
    cells = cells or {}
    quadrants = quadrants or {}
    return replace(
        ten().segment(Scenario()),
        cell_customers=np.array([cells.get(c, (0, 0.0))[0] for c in letters], dtype=np.int64),
        cell_revenue=np.array([cells.get(c, (0, 0.0))[1] for c in letters], dtype=float),
        quadrant_customers=np.array([quadrants.get(q, (0, 0.0))[0] for q in ("I", "II", "III", "IV")]),
        quadrant_revenue=np.array(
            [quadrants.get(q, (0, 0.0))[1] for q in ("I", "II", "III", "IV")], dtype=float
        ),
    )


# ABC × XYZ heatmap -------------------------------------------------------------------------


def test_heatmap_names_the_cell_with_most_revenue_and_the_small_erratic_corner():
    # 20 customers, revenue 1,000: AX 600 (60 %) from 2; CZ 5 of 20 customers (25 %) with 50 (5 %).
    seg = with_totals(
        {"AX": (2, 600.0), "AY": (1, 100.0), "BZ": (4, 150.0), "CZ": (5, 50.0), "CN": (8, 100.0)}
    )
    assert readouts.abc_xyz_heatmap(seg, "en") == nb(
        "Cell AX holds the most revenue: 60.0_% from 2 customers; the small, erratic corner CZ holds "
        "5 customers (25.0_% of all) and 5.0_% of revenue."
    )
    assert readouts.abc_xyz_heatmap(seg, "ru") == nb(
        "Больше всего выручки в ячейке AX: 60,0_% от 2 клиентов; в углу мелких нерегулярных клиентов "
        "CZ — 5 клиентов (25,0_% от всех) и 5,0_% выручки."
    )


def test_heatmap_agrees_with_one_customer_and_a_thousand():
    # AY 900 of 1,000 from 1 customer; CZ holds 1,021 of 1,022 customers with 100 (10 %).
    seg = with_totals({"AY": (1, 900.0), "CZ": (1021, 100.0)})
    assert readouts.abc_xyz_heatmap(seg, "en") == nb(
        "Cell AY holds the most revenue: 90.0_% from 1 customer; the small, erratic corner CZ holds "
        "1,021 customers (99.9_% of all) and 10.0_% of revenue."
    )
    assert readouts.abc_xyz_heatmap(seg, "ru") == nb(
        "Больше всего выручки в ячейке AY: 90,0_% от 1 клиента; в углу мелких нерегулярных клиентов "
        "CZ — 1_021 клиент (99,9_% от всех) и 10,0_% выручки."
    )


def test_heatmap_without_revenue_or_customers_says_so():
    seg = with_totals({"BX": (3, 0.0), "CZ": (7, 0.0)})
    assert readouts.abc_xyz_heatmap(seg, "en") == (
        "There is no positive revenue to compare; the largest cell is CZ with 7 customers."
    )
    assert readouts.abc_xyz_heatmap(seg, "ru") == (
        "Положительной выручки нет, сравнивать нечего; больше всего клиентов в ячейке CZ: 7."
    )
    assert readouts.abc_xyz_heatmap(with_totals(), "en") == "There are no customers to place in the matrix."
    assert readouts.abc_xyz_heatmap(with_totals(), "ru") == "В матрице нет клиентов."


# Loyalty × profitability -------------------------------------------------------------------


def test_quadrants_give_the_core_and_what_quadrant_iv_brings():
    # 33 customers, revenue 1,000: III 21 customers (63.6 %) with 800 (80 %); IV 3 with 120 (12 %).
    seg = with_totals(quadrants={"I": (7, 50.0), "II": (2, 30.0), "III": (21, 800.0), "IV": (3, 120.0)})
    assert readouts.quadrant_scatter(seg, "en") == nb(
        "The core (III): 21 customers, 63.6_% of all, with 80.0_% of revenue. Quadrant IV, high "
        "profitability but low loyalty: 3 customers with 12.0_% of revenue."
    )
    assert readouts.quadrant_scatter(seg, "ru") == nb(
        "Ядро (III): 21 клиент, 63,6_% от всех, и 80,0_% выручки. Квадрант IV — высокая прибыльность "
        "при низкой лояльности: 3 клиента и 12,0_% выручки."
    )


def test_quadrants_without_revenue_give_the_core_only():
    seg = with_totals(quadrants={"I": (3, 0.0), "III": (1, 0.0)})
    assert readouts.quadrant_scatter(seg, "en") == nb(
        "The core (III): 1 customer, 25.0_% of all; there is no positive revenue to share out."
    )
    assert readouts.quadrant_scatter(seg, "ru") == nb(
        "Ядро (III): 1 клиент, 25,0_% от всех; положительной выручки нет, делить нечего."
    )
    assert readouts.quadrant_scatter(with_totals(), "ru") == "В квадрантах нет клиентов."


# Pareto ------------------------------------------------------------------------------------


def test_pareto_gives_the_top_share_and_how_many_customers_make_class_a():
    seg = ten().segment(Scenario())
    assert readouts.pareto_curve(seg, "en") == nb(
        "The top 20_% of customers bring 70_% of revenue; 3 customers make 80_% of it."
    )
    assert readouts.pareto_curve(seg, "ru") == nb(
        "20_% крупнейших клиентов приносят 70_% выручки; 80_% выручки дают 3 клиента."
    )


def test_pareto_quotes_the_exact_top_share_when_given_and_names_the_basis():
    # Orders 4, 2, 1, 1, 1, 1 (10): the top 50 % (3) place 7 = 70 %; A at 80 % is the first 4.
    engine = Segmenter(customers([1.0] * 6, orders=[4, 2, 1, 1, 1, 1]))
    seg = engine.segment(Scenario().replace(abc=AbcThresholds(basis="orders")))
    assert readouts.pareto_curve(seg, "en", top=0.5) == nb(
        "The top 50_% of customers bring 70_% of orders; 4 customers make 80_% of it."
    )
    assert readouts.pareto_curve(seg, "ru", top=0.5) == nb(
        "50_% крупнейших клиентов приносят 70_% заказов; 80_% заказов дают 4 клиента."
    )
    # the top 20 % is 1 whole customer (⌊1.2⌋): 4 of 10 orders, as Segmenter.top_share reads it;
    # the curve read between its points at 1/6 (40 %) and 2/6 (60 %) would say 44 %
    exact = engine.top_share("orders", 0.2)
    assert readouts.pareto_curve(seg, "en", top=0.2, top_share=exact).startswith(
        nb("The top 20_% of customers bring 40_% of orders;")
    )
    assert readouts.pareto_curve(seg, "en").startswith(nb("The top 20_% of customers bring 44_% of orders;"))


def test_pareto_with_nothing_to_rank_says_so():
    seg = Segmenter(customers([0.0, -5.0])).segment(Scenario())
    assert readouts.pareto_curve(seg, "en") == (
        "Every customer's revenue is zero or less: there is no concentration to show."
    )
    assert (
        readouts.pareto_curve(seg, "ru")
        == "Значения выручки у всех клиентов не больше нуля: концентрации нет."
    )
    empty = Segmenter(customers([])).segment(Scenario())
    assert readouts.pareto_curve(empty, "ru") == "Нет клиентов для ранжирования."


@pytest.fixture(scope="module")
def store() -> Segmentation:
    data = segcore.load_transactions(STORE)
    table = segcore.customer_table(data, segcore.AggregationSettings(grain="M"))
    return segcore.Segmenter(table).segment(segcore.Scenario())


def test_pareto_on_the_demo_store_quotes_the_top_fifth_of_customers(store):
    assert readouts.pareto_curve(store, "en") == nb(
        "The top 20_% of customers bring 77.8_% of revenue; 4,583 customers make 80_% of it."
    )
    assert readouts.pareto_curve(store, "ru") == nb(
        "20_% крупнейших клиентов приносят 77,8_% выручки; 80_% выручки дают 4_583 клиента."
    )


# Simple LTV --------------------------------------------------------------------------------


def test_ltv_histogram_gives_median_mean_and_the_top_tenth():
    # finite values 1,000 … 10,000: median 3,000, mean 4,000; the top 10 % (1 of 5) holds 10,000 of 20,000
    values = np.array([1000.0, 2000.0, 3000.0, 4000.0, 10000.0, np.nan])
    assert readouts.ltv_histogram(values, "en") == nb(
        "Half the customers are worth less than 3,000 (the mean is 4,000); the most valuable 10_% "
        "hold 50.0_% of the total value."
    )
    assert readouts.ltv_histogram(values, "ru") == nb(
        "У половины клиентов LTV ниже 3_000 (в среднем — 4_000); на 10_% самых ценных приходится "
        "50,0_% всей ценности."
    )
    assert readouts.ltv_histogram([0.0, -20.0], "en") == (
        "Half the customers are worth less than -10.00 (the mean is -10.00)."
    )
    assert readouts.ltv_histogram([], "ru") == "Нет значений LTV для показа."


def test_ltv_by_segment_gives_the_highest_and_lowest_average():
    # BY has no customers and is left out: highest AX 50,000, lowest CZ 1,500
    frame = pd.DataFrame({"segment": ["AX", "BY", "CZ"], "customers": [2, 0, 5], "mean": [5e4, 1e5, 1500.0]})
    assert readouts.ltv_by_segment(frame, "en") == (
        "Average LTV is highest in cell AX, 50,000, and lowest in cell CZ, 1,500."
    )
    assert readouts.ltv_by_segment(frame, "ru") == nb(
        "Средний LTV выше всего в ячейке AX — 50_000, ниже всего в ячейке CZ — 1_500."
    )
    one = pd.DataFrame({"segment": ["III"], "customers": [4], "mean": [12500.0]})
    assert readouts.ltv_by_segment(one, "en", "quadrant") == "Average LTV in quadrant III: 12,500."
    assert readouts.ltv_by_segment(one, "ru", "quadrant") == nb("Средний LTV в квадранте III: 12_500.")


# Predicted value ---------------------------------------------------------------------------


def test_clv_histogram_gives_the_forecast_spread_over_the_horizon():
    # median 2,000, mean 4,000; the top 10 % (1 of 5) holds 14,000 of 20,000 = 70 %
    values = [0.0, 1000.0, 2000.0, 3000.0, 14000.0]
    assert readouts.clv_histogram(values, "en", months=12) == nb(
        "Over 12 months half the customers are expected to bring less than 2,000 (the mean is 4,000); "
        "the most valuable 10_% hold 70.0_% of the forecast."
    )
    assert readouts.clv_histogram(values, "ru", months=12) == nb(
        "За 12 мес. половина клиентов, по прогнозу, принесёт меньше 2_000 (в среднем — 4_000); "
        "на 10_% самых ценных приходится 70,0_% прогноза."
    )


def test_alive_histogram_counts_the_probably_active_and_the_probably_gone():
    # 4 of 8 at 0.5 or more; 3 below 0.2
    p_alive = [0.9, 0.6, 0.5, 0.3, 0.1, 0.05, 0.19, 0.95]
    assert readouts.alive_histogram(p_alive, "en") == nb(
        "50.0_% of customers are probably still buying (P(alive) of 50_% or more); for 3 "
        "customers it is below 20_%."
    )
    assert readouts.alive_histogram(p_alive, "ru") == nb(
        "50,0_% клиентов, вероятно, ещё покупают (P(alive) от 50_%); у 3 клиентов она ниже 20_%."
    )
    assert readouts.alive_histogram([0.1, 0.7], "ru") == nb(
        "50,0_% клиентов, вероятно, ещё покупают (P(alive) от 50_%); у 1 клиента она ниже 20_%."
    )


def test_clv_by_segment_names_the_segment_with_most_predicted_value():
    # 60,000 of 100,000 predicted is in AX, whose simple LTV is 50,000
    frame = pd.DataFrame(
        {"segment": ["AX", "BZ", "CZ"], "predicted": [6e4, 3e4, 1e4], "simple": [5e4, 3.5e4, 1.2e4]}
    )
    assert readouts.clv_by_segment(frame, "en") == nb(
        "The most predicted value is in cell AX: 60,000, 60.0_% of the total, against 50,000 by simple LTV."
    )
    assert readouts.clv_by_segment(frame, "ru") == nb(
        "Больше всего прогнозной ценности в ячейке AX: 60_000, 60,0_% от общей; по простому LTV — 50_000."
    )


def test_holdout_bars_compare_purchases_made_with_those_expected():
    # made 10 + 20 + 70 = 100, expected 12 + 18 + 65 = 95: 5 % fewer
    table = pd.DataFrame({"actual_total": [10.0, 20.0, 70.0], "predicted_total": [12.0, 18.0, 65.0]})
    assert readouts.holdout_bars(table, "en") == nb(
        "In the check period customers made 100 repeat purchases; the model expected 95, 5.0_% fewer."
    )
    assert readouts.holdout_bars(table, "ru") == nb(
        "В проверочном периоде клиенты сделали 100 повторных покупок; модель ожидала 95 — на 5,0_% меньше."
    )
    over = table.assign(predicted_total=[12.0, 28.0, 70.0])  # 110: 10 % more
    assert readouts.holdout_bars(over, "en").endswith(nb("the model expected 110, 10.0_% more."))
    same = pd.DataFrame({"actual_total": [1.0, 1.0], "predicted_total": [0.5, 1.5]})
    assert readouts.holdout_bars(same, "ru") == (
        "В проверочном периоде клиенты сделали 2 повторные покупки; модель ожидала столько же."
    )


def test_cumulative_tracking_compares_the_totals_at_the_last_day():
    # by 2025-01-14: 21 made, 24.15 expected (written 24): 15 % more
    tracking = pd.DataFrame(
        {
            "period_end": pd.to_datetime(["2025-01-07", "2025-01-14"]),
            "actual": [5.0, 21.0],
            "predicted": [4.2, 24.15],
        }
    )
    assert readouts.cumulative_tracking(tracking, "en") == nb(
        "By 2025-01-14 customers had made 21 repeat purchases in all; the model expected 24, 15.0_% more."
    )
    assert readouts.cumulative_tracking(tracking, "ru") == nb(
        "К 14.01.2025 клиенты сделали всего 21 повторную покупку; модель ожидала 24 — на 15,0_% больше."
    )
