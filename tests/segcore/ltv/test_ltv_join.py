"""The CLV join: a forecast matched to the customer table on customer_id, and the per-segment comparison."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from segcore.ltv import fit_ltv
from segcore.ltv.join import (
    OUTSIDE,
    clv_by_row,
    forecast_segments,
    matching_rows,
    segment_comparison,
    take_rows,
)

CALIBRATION_END = "1997-09-30"


def test_rows_are_matched_on_the_id_as_text():
    rows = matching_rows([3, "1", "9"], ["1", "2", "3"])
    assert rows.tolist() == [2, 0, -1]


def test_taking_rows_fills_the_missing_ones():
    assert take_rows(np.array([10.0, 20.0]), np.array([1, -1, 0]), np.nan)[[0, 2]].tolist() == [20.0, 10.0]
    assert np.isnan(take_rows(np.array([10.0, 20.0]), np.array([1, -1, 0]), np.nan)[1])
    assert take_rows(np.array([], dtype=float), np.array([-1, -1]), 0.0).tolist() == [0.0, 0.0]


def test_each_table_row_gets_its_forecast_or_nothing():
    forecast = pd.DataFrame({"customer_id": ["b", "a", "z"], "clv": [20.0, 10.0, 99.0]})
    clv = clv_by_row(pd.Series(["a", "b", "c"]), forecast)
    assert clv[:2].tolist() == [10.0, 20.0]
    assert np.isnan(clv[2])


def test_a_forecast_customer_outside_the_table_has_no_segment():
    frame = forecast_segments(
        ["b", "x"], ["a", "b"], np.array(["AX", "BY"]), np.array(["I", "III"]), np.array([5.0, 7.0])
    )
    assert frame["cell"].tolist() == ["BY", "—"]
    assert frame["quadrant"].tolist() == ["III", "—"]
    assert frame["simple"].iloc[0] == 7.0 and np.isnan(frame["simple"].iloc[1])


@given(
    st.lists(st.integers(0, 50), unique=True, max_size=30),
    st.lists(st.integers(0, 50), unique=True, max_size=30),
)
def test_a_matched_row_holds_the_same_id(ids, within):
    rows = matching_rows(ids, within)
    for customer, row in zip(ids, rows, strict=True):
        assert (row == -1) == (customer not in within)
        if row >= 0:
            assert within[row] == customer


@pytest.fixture(scope="module")
def fitted(cdnow_transactions):
    return fit_ltv(cdnow_transactions, CALIBRATION_END, compare_models=False, n_draws=0)


def test_the_segment_totals_are_the_sums_of_the_matched_forecasts(fitted):
    forecast = fitted.customers
    # A table of the first 300 forecast customers plus two without a forecast.
    table_ids = pd.Series([*forecast["customer_id"].iloc[:300], "new-1", "new-2"])
    codes = np.where(np.arange(302) % 3 == 0, "A", np.where(np.arange(302) % 3 == 1, "B", "C"))
    simple = np.arange(302, dtype=float)
    simple[5] = np.nan
    frame, outside = segment_comparison(fitted, table_ids, codes, simple)
    frame = frame.set_index("segment")
    assert outside == len(forecast) - 300
    assert frame["customers"].sum() == 302
    assert frame["forecast"].sum() == 300
    clv = forecast.set_index("customer_id")["clv"]
    for letter in "ABC":
        matched = [c for c, code in zip(table_ids, codes, strict=True) if code == letter and c in clv.index]
        assert frame.loc[letter, "predicted"] == pytest.approx(clv[matched].sum())
        assert frame.loc[letter, "simple"] == pytest.approx(np.nansum(simple[codes == letter]))
    assert set(frame.index) == {"A", "B", "C"}  # the forecasts outside stay out of the segments
    assert OUTSIDE not in frame.index
