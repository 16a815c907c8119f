"""The forecast for a business reader: totals, the customers worth the most, the sentence."""

from __future__ import annotations

import math

import pandas as pd

from segcore.charts.clv_top import compact_value, top_customers_chart
from segcore.ltv.outlook import forecast_outlook, outlook_text, top_customers

FORECAST = pd.DataFrame(
    {
        "customer_id": ["a", "b", "c", "d"],
        "clv": [100.0, 300.0, float("nan"), 50.0],
        "clv_low": [80.0, 250.0, float("nan"), 40.0],
        "clv_high": [120.0, 350.0, float("nan"), 60.0],
        "expected_purchases": [2.0, 3.5, 0.25, 0.25],
        "p_alive": [0.9, 0.5, 0.1, 0.49],
    }
)


def test_totals_by_hand():
    outlook = forecast_outlook(FORECAST, 12, n=2)
    assert outlook.customers == 4
    assert outlook.value == 450.0  # 100 + 300 + 50, the missing forecast counts as 0
    assert outlook.purchases == 6.0  # 2 + 3.5 + 0.25 + 0.25
    assert outlook.active == 2  # P(alive) 0.9 and 0.5 (the cut counts), not 0.49
    assert outlook.top_value == 400.0 and math.isclose(outlook.top_share, 400 / 450)


def test_top_customers_highest_first_missing_last():
    assert list(top_customers(FORECAST, 3)["customer_id"]) == ["b", "a", "d"]
    assert list(top_customers(FORECAST, 10)["customer_id"]) == ["b", "a", "d", "c"]


def test_the_sentence_in_both_languages():
    outlook = forecast_outlook(FORECAST, 12, n=2)
    assert outlook_text(outlook, "en") == (
        "Over the next 12 months the model expects about 6 purchases worth 450.00. "
        "Customers probably still buying (P(alive) ≥ 50\u00a0%): 2 of 4. "
        "The 2 customers worth the most bring 88.9\u00a0% of it."
    )
    ru = outlook_text(outlook, "ru")
    assert ru.startswith("За следующие 12 месяцев модель ожидает около 6 покупок на 450,00.")
    assert "2 из 4" in ru and "88,9" in ru


def test_no_share_when_nothing_is_expected():
    empty = FORECAST.assign(clv=0.0)
    outlook = forecast_outlook(empty, 1)
    assert math.isnan(outlook.top_share)
    assert outlook_text(outlook, "en").startswith("Over the next 1 month ")
    assert "bring" not in outlook_text(outlook, "en")


def test_compact_values_by_hand():
    assert compact_value(238_093_200, "en") == "238M"
    assert compact_value(68_813.4, "en") == "68.8K"
    assert compact_value(1_973.2, "ru") == "2,0\u00a0тыс."
    assert compact_value(950.4, "en") == "950"
    assert compact_value(-12_500, "en") == "-12.5K"
    assert compact_value(float("nan"), "en") == "—"


def test_the_top_chart_labels_each_customer_with_its_value():
    spec = top_customers_chart(
        top_customers(FORECAST, 3),
        title="t",
        x_title="x",
        y_title="y",
        tooltips={"expected_purchases": "p", "p_alive": "a"},
    ).to_dict()
    values = next(iter(spec["datasets"].values()))
    assert [row["label"] for row in values] == ["b · 300", "a · 100", "d · 50"]
    assert len(spec["layer"]) == 2  # the bars and the interval
