"""The customer table of the export tests: ids and names a spreadsheet would run as formulas."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest


@pytest.fixture
def customers() -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "customer_id": ["00012", "=1+1", "-7", "+79161234567", "@home", "Ольга"],
            "revenue": [1200.5, 800.0, -15.25, 300.0, 50.0, 10.0],
            "orders": [12, 8, 1, 3, 1, 1],
            "first_purchase": pd.to_datetime(
                ["2023-01-05", "2023-02-01", "2023-06-30", "2023-03-15", "2024-05-01", None]
            ),
            "recency_days": [3, 40, 200, 15, 60, 90],
            "avg_check": [110.0, 100.0, 10.0, 100.0, 50.0, 10.0],
            "cv": [0.2, 0.4, np.nan, 1.5, np.nan, np.nan],
            "name": ["ООО «Ромашка»", '=HYPERLINK("http://x","click")', "+SUM(1)", "@cmd",
                     "\t=2", "Plain | text"],
        }
    )  # fmt: skip
    frame["customer_id"] = frame["customer_id"].astype("str")
    return frame
