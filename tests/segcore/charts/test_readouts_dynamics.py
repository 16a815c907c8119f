"""Readouts of the dynamics and movement charts, on small shops worked out by hand.

The frames come from the real analyses (:mod:`segcore.dynamics`, the migration matrix, the
scenario comparison) run on a few hand-written transactions; the sweep frame is written by
hand. Each sentence is checked word for word in English and Russian.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from segcore.charts import readouts
from segcore.classify.segmentation import Segmenter
from segcore.dynamics import cohort_retention, customer_base, golden_share, period_comparison
from segcore.dynamics.migration import compare_scenarios, migration_matrix
from segcore.dynamics.plan import plan_vs_actual
from segcore.i18n.format import NBSP
from segcore.ingest.plan import plan_from_frame
from segcore.settings import AbcThresholds, Scenario


def nb(text: str) -> str:
    """Give an expected sentence with its no-break spaces, written "_": "50,0_%", "30_000"."""
    return text.replace("_", NBSP)


def tx(rows: list[tuple[str, str, float, str]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount", "order_id"])
    frame["date"] = pd.to_datetime(frame["date"]).dt.date
    return frame


@pytest.fixture(scope="module")
def shop() -> pd.DataFrame:
    # 2023: a 10,000, b 5,000, c 5,000 (20,000, 3 customers, 3 orders)
    # 2024: a 15,000, b 3,000, d 8,000, e 4,000 (30,000, 4 customers, 4 orders); data end 2024-12-31
    return tx(
        [
            ("a", "2023-01-10", 10000.0, "o1"),
            ("b", "2023-01-20", 5000.0, "o2"),
            ("c", "2023-04-05", 5000.0, "o3"),
            ("a", "2024-02-01", 15000.0, "o4"),
            ("b", "2024-05-01", 3000.0, "o5"),
            ("d", "2024-05-10", 8000.0, "o6"),
            ("e", "2024-12-31", 4000.0, "o7"),
        ]
    )


#: The shop's customers by class: A = a; B = b, d; C = c, e.
CLASSES = pd.Series({"a": "A", "b": "B", "c": "C", "d": "B", "e": "C"})


# Periods -----------------------------------------------------------------------------------


def test_period_chart_gives_the_last_period_against_a_year_earlier(shop):
    years = period_comparison(shop, "Y")
    assert readouts.period_chart(years, "en") == nb("Revenue in 2024: 30,000, +50.0_% year over year.")
    assert readouts.period_chart(years, "ru") == nb("Выручка за 2024: 30_000, +50,0_% г/г.")
    # 4 customers against 3
    assert readouts.period_chart(years, "en", "customers") == nb(
        "Customers who bought in 2024: 4, +33.3_% year over year."
    )


def test_period_chart_by_segment_sums_the_total_and_names_the_best_segment(shop):
    # revenue A 10,000 → 15,000 (+50 %), B 5,000 → 11,000 (+120 %), C 5,000 → 4,000 (−20 %)
    years = period_comparison(shop, "Y", by=CLASSES)
    assert readouts.period_chart(years, "en") == nb(
        "Revenue in 2024: 30,000, +50.0_% year over year. "
        "The best change year over year is in class B: +120.0_%."
    )
    assert readouts.period_chart(years, "ru") == nb(
        "Выручка за 2024: 30_000, +50,0_% г/г. Лучшая динамика г/г — у класса B: +120,0_%."
    )
    # average check: 30,000 / 4 = 7,500 against 20,000 / 3; A 15,000 vs 10,000 (+50 %), B 5,500 vs 5,000
    assert readouts.period_chart(years, "ru", "avg_check") == nb(
        "Средний чек за 2024: 7_500, +12,5_% г/г. Лучшая динамика г/г — у класса A: +50,0_%."
    )


def test_period_chart_falls_back_to_the_previous_period():
    months = period_comparison(
        tx([("a", "2024-01-15", 1000.0, "o1"), ("a", "2024-02-29", 1500.0, "o2")]), "M"
    )
    assert readouts.period_chart(months, "en") == nb(
        "Revenue in 2024-02: 1,500, +50.0_% against the previous period."
    )
    assert readouts.period_chart(months, "ru") == nb(
        "Выручка за 2024-02: 1_500, +50,0_% к предыдущему периоду."
    )
    assert readouts.growth_chart(months, "ru") == "Выручка: сравнить с прошлым годом пока не с чем."


def test_growth_chart_counts_the_periods_that_grew(shop):
    years = period_comparison(shop, "Y")
    assert readouts.growth_chart(years, "en") == nb(
        "Revenue: up year over year in 1 of 1 period; the largest change was +50.0_% in 2024."
    )
    assert readouts.growth_chart(years, "ru") == nb(
        "Выручка: рост г/г в 1 периоде из 1; самое сильное изменение — +50,0_% за 2024."
    )


# Customer base and cohorts -----------------------------------------------------------------


def test_base_flow_gives_new_against_lost_in_the_last_period(shop):
    # 2024: d and e are new; c, last seen in 2023, is lost one year on
    base = customer_base(shop, "Y", lost_after=1)
    assert readouts.base_flow(base, "en") == "In 2024, 2 new customers came and 1 left: 1 more new than lost."
    assert readouts.base_flow(base, "ru") == "За 2024 пришли 2 новых клиента, ушёл 1: новых на 1 больше."


def test_live_base_compares_the_last_period_with_the_first(shop):
    # live: 3 at the end of 2023; 3 + 2 new − 1 lost = 4 at the end of 2024
    base = customer_base(shop, "Y", lost_after=1)
    assert readouts.live_base(base, "en") == (
        "The live base: 4 customers at the end of 2024, against 3 at the end of 2023."
    )
    assert (
        readouts.live_base(base, "ru") == "Действующая база на конец 2024: 4 клиента; на конец 2023 было 3."
    )


def test_cohort_heatmap_gives_the_average_return_and_the_best_cohort():
    # 2024-01: x1…x4, 3 of them back in February (75 %); 2024-02: y1, y2, one back in March (50 %);
    # 2024-03: z1 has no next month. Average (3 + 1) / (4 + 2) = 66.7 %.
    rows = [(f"x{i}", "2024-01-10", 10.0, f"a{i}") for i in range(1, 5)]
    rows += [(f"x{i}", "2024-02-10", 10.0, f"b{i}") for i in range(1, 4)]
    rows += [
        ("y1", "2024-02-12", 10.0, "c1"),
        ("y2", "2024-02-13", 10.0, "c2"),
        ("y1", "2024-03-05", 10.0, "c3"),
    ]
    rows += [("z1", "2024-03-31", 10.0, "d1")]
    cohorts = cohort_retention(tx(rows), "M")
    assert readouts.cohort_heatmap(cohorts, "en") == nb(
        "On average 66.7_% of a cohort buy again in the period after their first purchase; the best "
        "cohort, 2024-01, kept 75.0_%."
    )
    assert readouts.cohort_heatmap(cohorts, "ru") == nb(
        "В среднем 66,7_% клиентов когорты снова покупают в следующем периоде после первой покупки; "
        "лучше всех — когорта 2024-01: 75,0_%."
    )


def test_cohort_heatmap_with_one_cohort_and_with_none_yet(shop):
    # yearly: the 2023 cohort (a, b, c) has 2 back in 2024
    cohorts = cohort_retention(shop, "Y")
    assert readouts.cohort_heatmap(cohorts, "ru") == nb(
        "66,7_% клиентов когорты 2023 снова купили в следующем периоде после первой покупки."
    )
    young = cohort_retention(tx([("a", "2024-01-10", 10.0, "o1")]), "Y")
    assert readouts.cohort_heatmap(young, "en") == "No cohort has a second period yet."


# Golden share ------------------------------------------------------------------------------


def test_golden_share_now_against_the_start_and_around_a_campaign(shop):
    # golden a and d: 10,000 of 20,000 in 2023 (50 %), 23,000 of 30,000 in 2024 (76.7 %)
    result = golden_share(shop, ["a", "d"], "Y", campaign_date=date(2024, 1, 1))
    assert readouts.golden_share(result, "en") == nb(
        "The share of class A in revenue: 76.7_% in 2024, against 50.0_% in 2023. "
        "Around the campaign: 50.0_% before, 76.7_% after (+26.7 points)."
    )
    assert readouts.golden_share(result, "ru", "quadrant") == nb(
        "Доля ядра (III) в выручке: 76,7_% за 2024 против 50,0_% за 2023. "
        "До кампании — 50,0_%, после — 76,7_% (+26,7_п._п.)."
    )
    plain = golden_share(shop, ["a", "d"], "Y")
    assert readouts.golden_share(plain, "ru") == nb(
        "Доля класса A в выручке: 76,7_% за 2024 против 50,0_% за 2023."
    )


# Plan against actual -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def plan_result(shop) -> pd.DataFrame:
    # 2024: A 12,000 (actual 15,000, +25 %), B 12,000 (11,000, −8.3 %), C 5,000 (4,000, −20 %);
    # 2025 has not happened. Total 30,000 against 29,000: +3.4 %, +1,000.
    plan = plan_from_frame(
        pd.DataFrame(
            {
                "period": ["2024", "2024", "2024", "2025"],
                "segment": ["A", "B", "C", "A"],
                "amount": [12000, 12000, 5000, 20000],
            }
        )
    )
    return plan_vs_actual(plan, shop, "Y", by=CLASSES)


def test_plan_chart_gives_the_total_variance_and_the_segment_furthest_behind(plan_result):
    assert readouts.plan_chart(plan_result, "en") == nb(
        "Actual revenue is 30,000 against a plan of 29,000: +3.4_% (+1,000). "
        "The furthest behind plan is class C: −20.0_%."
    )
    assert readouts.plan_chart(plan_result, "ru") == nb(
        "Факт — 30_000 при плане 29_000: +3,4_% (+1_000). "
        "Больше всего отставание от плана у класса C: −20,0_%."
    )


def test_variance_chart_counts_the_periods_below_plan():
    shown = pd.DataFrame(
        {
            "label": ["2024-01", "2024-02", "2024-03", "2024-04"],
            "actual": [100.0, 90.0, 120.0, float("nan")],
            "variance_pct": [0.0, -0.1, 0.2, float("nan")],
        }
    )
    assert readouts.variance_chart(shown, "en") == nb(
        "Actual revenue fell short of plan in 1 of 3 periods; the largest shortfall was −10.0_% in 2024-02."
    )
    assert readouts.variance_chart(shown, "ru") == nb(
        "Факт ниже плана в 1 периоде из 3; сильнее всего — −10,0_% за 2024-02."
    )
    met = shown.iloc[[0, 2]].assign(variance_pct=[0.05, 0.0])
    assert readouts.variance_chart(met, "ru") == nb(
        "Факт не ниже плана в 2 периодах из 2; лучший результат — +5,0_% за 2024-01."
    )


# Migration and scenarios -------------------------------------------------------------------


@pytest.fixture(scope="module")
def moves() -> pd.DataFrame:
    # c1 A→A, c2 A→B, c3 A→lost, c4 B→B, c5 C→B, c7 C→B, c6 new→C
    before = pd.Series({"c1": "A", "c2": "A", "c3": "A", "c4": "B", "c5": "C", "c7": "C"})
    after = pd.Series({"c1": "A", "c2": "B", "c4": "B", "c5": "B", "c6": "C", "c7": "B"})
    revenue = pd.Series({"c1": 100.0, "c2": 5000.0, "c4": 50.0, "c5": 30.0, "c6": 10.0, "c7": 40.0})
    return migration_matrix(before, after, revenue_b=revenue, codes=("A", "B", "C"))


def test_migration_heatmap_gives_who_kept_their_segment_and_what_became_of_a(moves):
    # both periods: c1, c2, c4, c5, c7 (5); kept: c1, c4 (40 %); of A's 3: c3 lost, c2 moved
    assert readouts.migration_heatmap(moves, "en", "A") == nb(
        "5 customers are classified in both periods; 2 kept their segment (40.0_%). "
        "Of 3 customers in class A, 1 was lost and 1 moved to another segment."
    )
    assert readouts.migration_heatmap(moves, "ru", "A") == nb(
        "5 клиентов покупали в обоих периодах; сегмент сохранили 2 (40,0_%). "
        "Из 3 клиентов класса A ушёл 1, в другой сегмент перешёл 1."
    )


def test_migration_flow_gives_the_largest_move_by_customers_or_by_revenue(moves):
    assert readouts.migration_flow(moves, "en") == (
        "The largest move between segments is C → B: 2 customers. 1 new customer came in, 1 was lost."
    )
    assert (
        readouts.migration_flow(moves, "ru")
        == "Больше всего переходов C → B: 2 клиента. Новых клиентов — 1, ушедших — 1."
    )
    # by revenue in the second period: A → B 5,000 against C → B 70
    assert readouts.migration_flow(moves, "ru", "revenue_b") == nb(
        "Больше всего выручки у перехода A → B: 5_000. Новых клиентов — 1, ушедших — 1."
    )


def test_scenario_heatmap_counts_who_changes_segment():
    # revenue 50, 20, 10, 5, 5, 4, 3, 1, 1, 1: A closes at 80 % (3 customers) against 50 % (1)
    revenue = [50.0, 20.0, 10.0, 5.0, 5.0, 4.0, 3.0, 1.0, 1.0, 1.0]
    table = pd.DataFrame(
        {
            "customer_id": [f"c{i}" for i in range(10)],
            "revenue": revenue,
            "orders": 1,
            "tenure_days": 100,
            "recency_days": 10,
            "cv": 0.5,
            "history_periods": 6,
        }
    )
    comparison = compare_scenarios(Segmenter(table), Scenario(), Scenario().replace(abc=AbcThresholds(a=0.5)))
    matrix = comparison.migration("abc")
    assert readouts.scenario_heatmap(matrix, "en") == nb(
        "From Scenario 1 to Scenario 2, 2 of 10 customers change segment (20.0_%); "
        "the largest move is A → B: 2."
    )
    assert readouts.scenario_heatmap(matrix, "ru") == nb(
        "При переходе от сценария 1 к сценарию 2 сегмент меняют 2 из 10 клиентов (20,0_%); "
        "больше всего переходов A → B: 2."
    )
    same = compare_scenarios(Segmenter(table), Scenario(), Scenario()).migration("quadrant")
    assert (
        readouts.scenario_heatmap(same, "en")
        == "Scenario 2 puts every customer in the same segment as Scenario 1."
    )


# Sensitivity -------------------------------------------------------------------------------


def sweep_frame(
    parameter: str, values: list[float], low: dict[str, list[float]], current: float
) -> pd.DataFrame:
    """Give a sweep of ``parameter``: customers and revenue share of the classes below it, by hand."""
    rows = []
    for position, value in enumerate(values):
        for code, counts in low.items():
            rows.append(
                {
                    "parameter": parameter,
                    "position": position,
                    "value": value,
                    "current": value == current,
                    "class": code,
                    "customers": counts[position],
                    "customer_share": counts[position] / 1000,
                    "revenue": 0.0,
                    "revenue_share": value if code in ("A", "X") else 0.0,
                }
            )
    return pd.DataFrame(rows)


def test_sweep_chart_gives_the_customers_and_revenue_moved_per_five_points():
    # A grows 130 → 220 from 75 % to 85 %: (220 − 130) / 2 = 45 per 5 points; revenue 75 % → 85 %: 5 %
    frame = sweep_frame(
        "abc_a", [0.7, 0.75, 0.8, 0.85, 0.9], {"A": [100, 130, 170, 220, 300], "C": [50] * 5}, 0.8
    )
    assert readouts.sweep_chart(frame, "en") == nb(
        "Moving the A cut-off by 5 points (now 80_%) moves about 45 customers between A and B."
    )
    assert readouts.sweep_chart(frame, "ru") == nb(
        "Сдвиг границы A на 5_п._п. (сейчас 80_%) переводит около 45 клиентов между классами A и B."
    )
    assert readouts.sweep_chart(frame, "ru", "revenue_share") == nb(
        "Сдвиг границы A на 5_п._п. (сейчас 80_%) перемещает около 5,0_% выручки между классами A и B."
    )
    # at the end of the range one side only: 300 − 220 = 80 per 5 points
    end = frame.assign(current=frame["value"] == 0.9)
    assert "about 80 customers" in readouts.sweep_chart(end, "en")


def test_sweep_chart_of_a_cv_threshold_steps_by_a_tenth():
    # X grows 10 → 20 from CV 0.5 to 0.7: 5 per 0.1; one customer per step reads "около 1 клиента"
    frame = sweep_frame("xyz_x", [0.5, 0.6, 0.7], {"X": [10, 14, 20]}, 0.6)
    assert readouts.sweep_chart(frame, "en") == (
        "Moving the X cut-off (CV) by 0.1 (now 0.60) moves about 5 customers between X and Y."
    )
    slow = sweep_frame("xyz_x", [0.5, 0.6, 0.7], {"X": [10, 11, 12]}, 0.6)
    assert readouts.sweep_chart(slow, "ru") == (
        "Сдвиг границы X (CV) на 0,1 (сейчас 0,60) переводит около 1 клиента между классами X и Y."
    )
    flat = sweep_frame("xyz_x", [0.5, 0.6, 0.7], {"X": [10, 10, 10]}, 0.6)
    assert readouts.sweep_chart(flat, "en") == (
        "Moving the X cut-off (CV) by 0.1 (now 0.60) moves no customers between X and Y."
    )
