"""ABC × XYZ summary: all twelve cells, shares of net revenue, agreement with a group-by."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.classify.matrix import CELL_LETTERS, abc_xyz_summary


def test_the_summary_lists_all_twelve_cells_in_order_with_hand_computed_figures():
    abc = ["A", "A", "B", "C", "C"]
    xyz = ["X", "Z", "X", "N", "N"]
    revenue = [100.0, 50.0, 30.0, -10.0, 20.0]  # total 190
    summary = abc_xyz_summary(abc, xyz, revenue).set_index("cell")
    assert summary.index.tolist() == [a + x for a in "ABC" for x in "XYZN"]
    assert list(summary.columns) == [
        "abc",
        "xyz",
        "customers",
        "revenue",
        "revenue_share",
        "avg_revenue",
    ]
    assert summary.loc["AX", ["customers", "revenue"]].tolist() == [1, 100.0]
    assert summary.loc["CN", "customers"] == 2
    assert summary.loc["CN", "revenue"] == 10.0
    assert summary.loc["CN", "avg_revenue"] == 5.0
    assert summary.loc["AZ", "revenue_share"] == pytest.approx(50 / 190)
    empty = summary.loc["BY"]
    assert (empty["customers"], empty["revenue"], empty["avg_revenue"]) == (0, 0.0, 0.0)
    assert summary["revenue_share"].sum() == pytest.approx(1.0)


def test_codes_and_letters_give_the_same_summary():
    by_letters = abc_xyz_summary(["B", "C"], ["Y", "N"], [1.0, 2.0])
    by_codes = abc_xyz_summary(np.array([1, 2], dtype=np.int8), np.array([1, 3]), [1.0, 2.0])
    pd.testing.assert_frame_equal(by_letters, by_codes)


def test_shares_are_undefined_when_total_revenue_is_not_positive():
    summary = abc_xyz_summary(["C", "C"], ["N", "Z"], [-5.0, 5.0])
    assert summary["revenue_share"].isna().all()
    assert summary["customers"].sum() == 2


def test_an_unknown_class_label_is_refused():
    with pytest.raises(ValueError, match="unknown class labels"):
        abc_xyz_summary(["A", "D"], ["X", "X"], [1.0, 1.0])


@st.composite
def classified(draw):
    n = draw(st.integers(0, 60))
    abc = draw(st.lists(st.sampled_from("ABC"), min_size=n, max_size=n))
    xyz = draw(st.lists(st.sampled_from("XYZN"), min_size=n, max_size=n))
    revenue = draw(st.lists(st.floats(-100, 1000, allow_nan=False), min_size=n, max_size=n))
    return abc, xyz, revenue


@settings(max_examples=100, deadline=None)
@given(classified())
def test_the_summary_equals_a_pandas_group_by(data):
    abc, xyz, revenue = data
    summary = abc_xyz_summary(abc, xyz, revenue).set_index("cell")
    frame = pd.DataFrame({"cell": [a + x for a, x in zip(abc, xyz, strict=True)], "r": revenue})
    grouped = frame.groupby("cell")["r"].agg(["size", "sum"]).reindex(CELL_LETTERS)
    assert summary["customers"].tolist() == grouped["size"].fillna(0).astype(int).tolist()
    assert np.allclose(summary["revenue"], grouped["sum"].fillna(0.0), atol=1e-6)
    assert summary["customers"].sum() == len(abc)
    total = sum(revenue)
    if total > 1e-6:
        assert np.allclose(summary["revenue_share"], summary["revenue"] / total)
