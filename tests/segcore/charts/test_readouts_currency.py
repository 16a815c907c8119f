"""Money in the readouts carries the page's currency sign: after the number in Russian, before it in English.

The inputs are those of :mod:`tests.segcore.charts.test_readouts_dynamics` and
:mod:`tests.segcore.charts.test_readouts` (their figures are worked out by hand there); here
each sentence is checked word for word with ₽ (the Russian default), $ and a typed sign,
and without a sign (the figures alone, as before).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from segcore.charts import readouts
from segcore.charts.readouts_base import money, signed_money
from segcore.dynamics import period_comparison
from tests.segcore.charts.test_readouts_dynamics import CLASSES, moves, nb, plan_result, shop, sweep_frame

__all__ = ["moves", "plan_result", "shop"]


def test_money_puts_the_sign_where_the_language_reads_it():
    assert money(12345.0, "ru", "₽") == nb("12_345_₽")
    assert money(12345.0, "en", "$") == "$12,345"
    assert money(12345.0, "en", "CHF") == nb("12,345_CHF")
    assert money(-10.0, "en", "$") == "-$10.00"
    assert money(12345.0, "ru") == nb("12_345")


def test_signed_money_keeps_the_change_s_sign_before_the_currency():
    assert signed_money(10000.0, "ru", "₽") == nb("+10_000_₽")
    assert signed_money(-250.5, "en", "$") == "\u2212$250.50"
    assert signed_money(-250.5, "ru", "€") == nb("\u2212250,50_€")
    assert signed_money(0.001, "en", "$") == "$0.00"


def test_simple_ltv_readouts_carry_the_currency():
    values = np.array([1000.0, 2000.0, 3000.0, 4000.0, 10000.0, np.nan])
    assert readouts.ltv_histogram(values, "ru", "₽") == nb(
        "У половины клиентов LTV ниже 3_000_₽ (в среднем — 4_000_₽); на 10_% самых ценных приходится "
        "50,0_% всей ценности."
    )
    assert readouts.ltv_histogram(values, "en", "$") == nb(
        "Half the customers are worth less than $3,000 (the mean is $4,000); the most valuable 10_% "
        "hold 50.0_% of the total value."
    )
    assert readouts.ltv_histogram([0.0, -20.0], "en", "€") == (
        "Half the customers are worth less than -€10.00 (the mean is -€10.00)."
    )
    frame = pd.DataFrame({"segment": ["AX", "BY", "CZ"], "customers": [2, 0, 5], "mean": [5e4, 1e5, 1500.0]})
    assert readouts.ltv_by_segment(frame, "ru", "cell", "₽") == nb(
        "Средний LTV выше всего в ячейке AX — 50_000_₽, ниже всего в ячейке CZ — 1_500_₽."
    )
    assert readouts.ltv_by_segment(frame, "en", currency="CHF") == nb(
        "Average LTV is highest in cell AX, 50,000_CHF, and lowest in cell CZ, 1,500_CHF."
    )


def test_predicted_value_readouts_carry_the_currency():
    values = [0.0, 1000.0, 2000.0, 3000.0, 14000.0]
    assert readouts.clv_histogram(values, "ru", months=12, currency="₽") == nb(
        "За 12 мес. половина клиентов, по прогнозу, принесёт меньше 2_000_₽ (в среднем — 4_000_₽); "
        "на 10_% самых ценных приходится 70,0_% прогноза."
    )
    # AX holds 6,000 of 8,000 predicted (75 %), simple LTV 5,000
    frame = pd.DataFrame({"segment": ["AX", "CZ"], "predicted": [6000.0, 2000.0], "simple": [5000.0, 900.5]})
    with_sign = readouts.clv_by_segment(frame, "en", currency="$")
    assert "$6,000" in with_sign and "$5,000" in with_sign and "75.0\u00a0%" in with_sign
    assert with_sign.replace("$", "") == readouts.clv_by_segment(frame, "en")


def test_period_readout_carries_the_currency_on_money_metrics_only(shop):
    years = period_comparison(shop, "Y", by=CLASSES)
    assert readouts.period_chart(years, "ru", currency="₽") == nb(
        "Выручка за 2024: 30_000_₽, +50,0_% г/г. Лучшая динамика г/г — у класса B: +120,0_%."
    )
    assert readouts.period_chart(years, "en", "avg_check", "$") == nb(
        "Average check in 2024: $7,500, +12.5_% year over year. "
        "The best change year over year is in class A: +50.0_%."
    )
    assert readouts.period_chart(years, "en", "customers", "$") == readouts.period_chart(
        years, "en", "customers"
    )


def test_plan_readout_carries_the_currency_on_actual_plan_and_variance(plan_result):
    assert readouts.plan_chart(plan_result, "ru", "₽") == nb(
        "Факт — 30_000_₽ при плане 29_000_₽: +3,4_% (+1_000_₽). "
        "Больше всего отставание от плана у класса C: −20,0_%."
    )
    assert readouts.plan_chart(plan_result, "en", "$") == nb(
        "Actual revenue is $30,000 against a plan of $29,000: +3.4_% (+$1,000). "
        "The furthest behind plan is class C: −20.0_%."
    )


def test_migration_flow_carries_the_currency_by_revenue_only(moves):
    assert readouts.migration_flow(moves, "ru", "revenue_b", "₽") == nb(
        "Больше всего выручки у перехода A → B: 5_000_₽. Новых клиентов — 1, ушедших — 1."
    )
    assert readouts.migration_flow(moves, "ru", currency="₽") == readouts.migration_flow(moves, "ru")


def test_sweep_of_a_profit_split_in_money_carries_the_currency():
    # I grows 100 per 1,000 of the split; the step is 5 % of the 4,000 range = 200,
    # so 2,800 → 3,200 moves 40 customers over two steps: 20 per step
    frame = sweep_frame(
        "profit_split", [1000.0, 2000.0, 3000.0, 4000.0, 5000.0], {"I": [100, 200, 300, 400, 500]}, 3000.0
    )
    shown = readouts.sweep_chart(frame, "ru", profit_split_kind="value", currency="₽")
    assert nb("на 200,00_₽ (сейчас 3_000_₽)") in shown and "около 20 клиентов" in shown
    plain = readouts.sweep_chart(frame, "en", profit_split_kind="value")
    assert readouts.sweep_chart(frame, "en", profit_split_kind="value", currency="$") == plain.replace(
        "200.00", "$200.00"
    ).replace("3,000", "$3,000")
    # a split in percent has no money in it
    assert readouts.sweep_chart(frame, "en", currency="$") == readouts.sweep_chart(frame, "en")
