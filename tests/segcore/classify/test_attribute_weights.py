"""The attributes usable as extra loyalty weights: the data's own numeric and yes/no columns."""

from __future__ import annotations

import pandas as pd

from segcore.classify.attribute_weights import weight_attributes
from segcore.customers import CUSTOMER_COLUMNS


def test_numeric_and_yes_no_attributes_count_text_and_standard_columns_do_not():
    table = pd.DataFrame({column: [1.0, 2.0] for column in CUSTOMER_COLUMNS})
    table["loyalty_member"] = [True, False]
    table["region"] = ["north", "south"]
    table["referrals"] = [3, 0]
    table["clv"] = [10.0, 20.0]  # a model's output, not an attribute
    assert weight_attributes(table) == ["loyalty_member", "referrals"]


def test_a_table_without_attributes_has_none():
    assert weight_attributes(pd.DataFrame({"customer_id": ["a"], "revenue": [1.0]})) == []
