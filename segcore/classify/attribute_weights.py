"""The customer attributes that can weigh in on loyalty.

Besides its four components, the loyalty score can weigh any per-customer attribute the
data bring (a loyalty-card flag, a number of referrals: ``QuadrantSettings.extra_weights``).
A usable attribute is a numeric or yes/no column of the customer table that is not one of
the table's standard columns and not a model's output (the predicted CLV is a basis, not
something the customer did).
"""

from __future__ import annotations

import pandas as pd
from pandas.api.types import is_bool_dtype, is_numeric_dtype

from segcore.classify.segmentation import BASIS_COLUMNS
from segcore.customers import CUSTOMER_COLUMNS

__all__ = ["weight_attributes"]


def weight_attributes(customers: pd.DataFrame) -> list[str]:
    """Give the attribute columns of ``customers`` usable as extra loyalty weights, in table order."""
    taken = set(CUSTOMER_COLUMNS) | set(BASIS_COLUMNS.values())
    return [
        column
        for column in customers.columns
        if column not in taken and (is_numeric_dtype(customers[column]) or is_bool_dtype(customers[column]))
    ]
