"""Segment sizes: customers, revenue and revenue share per code, every code of the kind in order."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from export_cases import CELLS

from segcore.report.playbook import ALL_CODES
from segcore.report.segments import segment_sizes


def test_segment_sizes_count_customers_and_revenue_with_every_cell_in_order(customers):
    sizes = segment_sizes(customers, CELLS).set_index("segment", drop=False)
    assert list(sizes["segment"][:12]) == list(ALL_CODES[:12])
    assert sizes.loc["AX", "customers"] == 2
    assert sizes.loc["AX", "revenue"] == pytest.approx(2000.5)
    assert sizes.loc["AX", "revenue_share"] == pytest.approx(2000.5 / 2345.25)
    assert sizes.loc["CZ", "revenue"] == pytest.approx(-15.25)
    assert sizes.loc["AY", "customers"] == 0
    assert sizes["segment"].iloc[-1] is None and sizes["customers"].iloc[-1] == 1
    assert sizes["customers"].sum() == len(customers)


def test_int_codes_and_letters_give_the_same_sizes(customers):
    letters = [*CELLS[:5], "CN"]
    codes = np.array([0, 0, 10, 5, 11, 11], dtype=np.int8)  # abc * 4 + xyz
    pd.testing.assert_frame_equal(segment_sizes(customers, letters), segment_sizes(customers, codes))
