"""The simple LTV view: the customer table's definition, a worked example, readouts, the seasonal flag."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from segcore.charts import readouts
from segcore.classify.kinds import mean_by_code
from segcore.classify.matrix import CELL_LETTERS
from segcore.ltv.simple import customer_ltv, segment_ltv
from segcore.settings import AggregationSettings, Scenario
from tests.app.studio import PAGES, assert_clean, customers, expected, metric, number, open_app
from ui.sections.ltv_explained import example_values
from ui.sections.readout import readout_markdown


def _texts(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def _top(at) -> pd.DataFrame:
    tables = [d.value for d in at.dataframe if "ltv" in d.value.columns]
    assert len(tables) == 1
    return tables[0]


def _average_relationship(table: pd.DataFrame) -> float:
    periods = table["relationship_periods"].to_numpy(float)
    return float(periods[np.isfinite(periods) & (periods >= 1)].mean())


def test_at_the_default_inputs_the_page_shows_the_customer_tables_ltv():
    at = open_app("store_en", "ltv")
    assert_clean(at)
    table = customers("store_en")
    assert number(metric(at, "Average LTV")) == pytest.approx(table["ltv_simple"].mean(), abs=0.5)
    top = _top(at)
    want = table.sort_values("ltv_simple", ascending=False, kind="stable").head(20)
    assert top["customer_id"].tolist() == want["customer_id"].tolist()
    assert top["ltv"].to_numpy() == pytest.approx(want["ltv_simple"].round(0).to_numpy())
    by_segcore = pd.Series(customer_ltv(table).ltv, index=table.index)[want.index]
    assert top["ltv"].to_numpy() == pytest.approx(by_segcore.round(0).to_numpy())


def test_the_ltv_inputs_recompute_the_customer_value_as_segcore_does():
    at = open_app("cdnow", "ltv")
    at.slider(key="ltv_margin").set_value(30).run()
    at.toggle(key="ltv_own_horizon").set_value(True).run()
    at.number_input(key="ltv_horizon").set_value(24.0).run()
    assert_clean(at)
    ltv = customer_ltv(customers("cdnow"), margin=0.3, lifetime_periods=24.0)
    assert number(metric(at, "Average LTV")) == pytest.approx(float(np.mean(ltv.ltv)), abs=0.01)
    assert number(metric(at, "Relationship, months")) == 24.0
    top = _top(at)
    assert top["ltv"].iloc[0] == pytest.approx(float(ltv.ltv.max()), abs=0.5)  # whole units from 1,000
    assert "*Relationship length*: 24.0 months, as you set it." in _texts(at)


def test_the_worked_example_is_the_formula_at_the_pages_inputs():
    at = open_app("store_en", "ltv")
    lifetime = _average_relationship(customers("store_en"))
    old, steady = 1200 / 36 * lifetime, 1200 / 12 * lifetime  # by hand: revenue ÷ age × length
    text = _texts(at)
    assert f"1,200 ÷ 36 months = **33.33** per period → LTV **{old:,.2f}**" in text
    assert f"1,200 ÷ 12 months = **100** per period → LTV **{steady:,.2f}**" in text
    assert f"a one-time buyer would bring 1,200 per period and LTV {1200 * lifetime:,.2f}: 12 times" in text
    assert f"*Relationship length*: {lifetime:.1f} months, the average of all customers" in text


def test_the_worked_example_speaks_russian_and_follows_the_grain():
    at = open_app("store_en", "settings")
    at.segmented_control(key="lang").set_value("ru").run()
    at.segmented_control(key="aggregation_grain").set_value("Q").run()
    at.switch_page(PAGES["ltv"]).run()
    assert_clean(at)
    lifetime = _average_relationship(customers("store_en", AggregationSettings(grain="Q")))
    example = example_values("Q", lifetime, 1.0)
    assert example["rate"] == pytest.approx([100, 300, 300])  # 1,200 ÷ 12, ÷ 4, ÷ 4 (at least a year)
    text = _texts(at).replace("\u00a0", " ")
    assert "1 200 ÷ 12 кв. = **100** за период" in text
    assert f"LTV **{1200 / 4 * lifetime:,.2f}**".replace(",", " ").replace(".", ",") in text
    assert "в 4 раза больше, чем постоянный покупатель" in text
    assert number(metric(at, "Средний LTV")) == pytest.approx(
        customers("store_en", AggregationSettings(grain="Q"))["ltv_simple"].mean(), abs=0.5
    )


def test_the_charts_have_their_readouts_and_the_segments_the_sources_formula():
    at = open_app("store_en", "ltv")
    table = customers("store_en")
    seg = expected("store_en", Scenario())
    ltv = table["ltv_simple"].to_numpy(float)
    text = _texts(at)
    assert readout_markdown(readouts.ltv_histogram(ltv, "en")) in text
    by_cell = mean_by_code(seg.cell_codes, ltv, CELL_LETTERS)
    assert readout_markdown(readouts.ltv_by_segment(by_cell, "en", "cell")) in text
    formula = at.dataframe[1].value  # cells, quadrants, top customers
    want = segment_ltv(table, seg.quadrant)
    assert formula["Customers"].tolist() == want["customers"].tolist()
    assert formula["LTV by the formula"].to_numpy() == pytest.approx(want["ltv"].round(0).to_numpy())


def test_the_top_customers_say_who_is_seasonal_in_words():
    at = open_app("store_en", "ltv")
    top = _top(at)
    table = customers("store_en").set_index("customer_id")
    assert set(top["seasonal"]) <= {"yes", "no"}
    assert top["seasonal"].tolist() == [
        "yes" if table.loc[c, "seasonal"] else "no" for c in top["customer_id"]
    ]
    assert top["age_periods"].tolist() == table.loc[top["customer_id"], "age_periods"].tolist()
