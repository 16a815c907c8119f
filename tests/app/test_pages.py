"""Every page of the studio opens on every demo dataset and shows segcore's numbers."""

from __future__ import annotations

import pytest

from segcore.classify.pareto import top_share
from segcore.settings import Scenario
from tests.app.studio import (
    PAGES,
    assert_clean,
    customers,
    expected,
    loaded,
    metric,
    number,
    open_app,
)


@pytest.mark.parametrize("demo", ["store_en", "store_ru", "cdnow"])
def test_every_page_opens_without_errors_on_each_demo_dataset(demo):
    at = open_app(demo)
    assert_clean(at)
    seg = expected(demo, Scenario())
    table = customers(demo)
    for page in PAGES.values():
        at.switch_page(page).run()
        assert_clean(at)
    at.switch_page(PAGES["matrix"]).run()
    assert number(metric(at, "Customers in group A")) == seg.abc_counts[0]
    assert len(at.get("vega_lite_chart")) == 2
    at.switch_page(PAGES["data"]).run()
    assert number(metric(at, "Rows kept")) == loaded(demo).report.rows_kept
    sidebar = " ".join(m.value for m in at.sidebar.caption)
    assert f"{len(table):,} customers" in sidebar


def test_the_english_store_opens_by_default_on_the_summary_and_keeps_the_matrix_a_page_away():
    at = open_app("store_en")
    assert at.title[0].value == "Summary: what the data says"
    assert "Demo: online store (English)" in " ".join(m.value for m in at.sidebar.markdown)
    at.switch_page(PAGES["matrix"]).run()
    assert at.title[0].value == "ABC × XYZ matrix"
    core = expected("store_en", Scenario()).quadrant_summary.set_index("quadrant").loc["III"]
    assert number(metric(at, "The core (quadrant III)")) == core["customers"]


def test_the_headline_numbers_are_those_of_the_segmentation():
    at = open_app("cdnow", "matrix")
    seg = expected("cdnow", Scenario())
    matrix = seg.matrix
    a_revenue = matrix.loc[matrix["abc"] == "A", "revenue"].sum() / matrix["revenue"].sum()
    assert number(metric(at, "Revenue from group A")) == pytest.approx(a_revenue * 100, abs=0.05)
    steady = matrix.loc[matrix["xyz"] == "X", "customers"].sum()
    assert number(metric(at, "Steady customers (X)")) == steady


def test_a_chosen_cell_lists_its_customers_largest_revenue_first():
    at = open_app("cdnow", "matrix")
    at.selectbox(key="matrix_cell").set_value("CZ").run()
    assert_clean(at)
    shown = at.dataframe[0].value
    seg = expected("cdnow", Scenario())
    table = customers("cdnow")
    in_cell = table[seg.cell == "CZ"].sort_values("revenue", ascending=False, kind="stable")
    assert len(shown) == min(len(in_cell), 300)  # the first 300; the files hold them all
    assert set(shown["cell"]) == {"CZ"}
    assert shown["customer_id"].tolist()[:20] == in_cell["customer_id"].tolist()[:20]


def test_the_pareto_readout_follows_its_slider():
    at = open_app("cdnow", "pareto")
    at.slider(key="pareto_top").set_value(35).run()
    assert_clean(at)
    values = customers("cdnow")["revenue"].to_numpy(dtype=float)
    share = top_share(values, 0.35)
    readout = metric(at, "Top 35\u00a0% bring")
    assert number(readout) == pytest.approx(share * 100, abs=0.05)
    gini = expected("cdnow", Scenario()).gini
    assert number(metric(at, "Concentration (Gini)")) == pytest.approx(gini, abs=0.005)
