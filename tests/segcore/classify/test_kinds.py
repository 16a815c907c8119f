"""Segment kinds: codes per customer, the kind a set of codes belongs to, means per segment."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from segcore.classify.kinds import KIND_LETTERS, kind_of_codes, mean_by_code, segment_codes
from segcore.classify.segmentation import Segmenter
from segcore.settings import Scenario


def _customers() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": [101, 102, 103, 104],
            "revenue": [500.0, 300.0, 150.0, 50.0],
            "orders": [5, 3, 2, 1],
            "tenure_days": [300, 200, 100, 10],
            "recency_days": [5, 20, 40, 90],
            "cv": [0.2, 0.8, 1.5, np.nan],
            "history_periods": [12, 12, 12, 1],
        }
    )


def test_each_kind_lists_its_codes_in_display_order():
    assert KIND_LETTERS["abc"] == ("A", "B", "C")
    assert KIND_LETTERS["xyz"] == ("X", "Y", "Z", "N")
    assert KIND_LETTERS["quadrant"] == ("I", "II", "III", "IV")
    assert KIND_LETTERS["abc_xyz"][:4] == ("AX", "AY", "AZ", "AN")
    assert len(KIND_LETTERS["abc_xyz"]) == 12


@pytest.mark.parametrize("kind", ["abc", "xyz", "abc_xyz", "quadrant"])
def test_segment_codes_are_the_segmentation_codes_by_customer_id_as_text(kind):
    customers = _customers()
    seg = Segmenter(customers).segment(Scenario())
    codes = segment_codes(customers["customer_id"], seg, kind)
    field = {"abc_xyz": "cell"}.get(kind, kind)
    assert codes.index.tolist() == ["101", "102", "103", "104"]
    assert codes.tolist() == [str(c) for c in getattr(seg, field)]
    assert codes.dtype == "string"


def test_the_first_customers_of_the_example_are_in_a_and_the_short_history_in_n():
    customers = _customers()
    seg = Segmenter(customers).segment(Scenario())
    assert segment_codes(customers["customer_id"], seg, "abc")["101"] == "A"
    assert segment_codes(customers["customer_id"], seg, "xyz")["104"] == "N"


@pytest.mark.parametrize(
    ("codes", "kind"),
    [
        ({"A", "B"}, "abc"),
        ({"AX", "CZ"}, "abc_xyz"),
        ({"I", "III"}, "quadrant"),
        ({"X", "N"}, "xyz"),
        (set(), "abc"),
        ({"A", "AX"}, "abc"),  # mixed kinds: no single kind, the default
        ({"Q"}, "abc"),
    ],
)
def test_the_kind_of_a_set_of_codes_is_the_first_kind_that_has_them_all(codes, kind):
    assert kind_of_codes(codes) == kind


def test_a_set_of_codes_of_no_kind_gives_the_default_asked_for():
    assert kind_of_codes({"A", "I"}, default="quadrant") == "quadrant"


def test_the_mean_per_segment_by_hand():
    letters = np.array(["A", "B", "C"])
    frame = mean_by_code(np.array([0, 0, 2, 2, 2]), np.array([10.0, 20.0, 1.0, np.nan, 5.0]), letters)
    assert frame["segment"].tolist() == ["A", "C"]  # B is empty and left out
    assert frame["customers"].tolist() == [2, 3]
    assert frame["mean"].tolist() == pytest.approx([15.0, 2.0])  # NaN counts as 0


@given(st.lists(st.tuples(st.integers(0, 3), st.floats(-1e6, 1e6)), min_size=1, max_size=60))
def test_the_means_weighted_by_customers_give_back_the_total(rows):
    codes = np.array([c for c, _ in rows])
    values = np.array([v for _, v in rows])
    frame = mean_by_code(codes, values, np.array(["I", "II", "III", "IV"]))
    assert frame["customers"].sum() == len(rows)
    assert (frame["mean"] * frame["customers"]).sum() == pytest.approx(values.sum(), rel=1e-9, abs=1e-3)
