"""The customer base per period: new, retained, returning, reactivated, lost and live, by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from segcore.dynamics import customer_base
from segcore.errors import SettingsError


def by_label(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.set_index("label")


def test_customer_base_counts_new_retained_returning_lost_and_live(base_story):
    base = by_label(customer_base(base_story, "M", lost_after=2))
    expected = {
        #          active new retained returning reactivated lost live
        "2024-01": (2, 2, 0, 0, 0, 0, 2),
        "2024-02": (2, 1, 1, 0, 0, 0, 3),
        "2024-03": (0, 0, 0, 0, 0, 1, 2),  # b lost: last bought Jan
        "2024-04": (1, 0, 0, 1, 0, 1, 1),  # c returns after a 1-month gap; a lost (Feb)
        "2024-05": (0, 0, 0, 0, 0, 0, 1),
        "2024-06": (1, 0, 0, 1, 1, 1, 1),  # a reactivated; c lost (Apr)
        "2024-07": (1, 1, 0, 0, 0, 0, 2),
    }
    columns = ["active", "new", "retained", "returning", "reactivated", "lost", "live"]
    assert {label: tuple(int(v) for v in base.loc[label, columns]) for label in expected} == expected
    assert base.loc["2024-02", "retention_rate"] == pytest.approx(0.5)
    assert np.isnan(base.loc["2024-04", "retention_rate"])  # nobody was active in March


def test_a_longer_grace_period_loses_fewer_customers_within_the_data(base_story):
    base = customer_base(base_story, "M", lost_after=4)
    assert base["lost"].tolist() == [0, 0, 0, 0, 1, 0, 0]  # only b (Jan + 4 = May)
    assert base["reactivated"].sum() == 0  # a came back after 3 quiet months, within the grace


def test_a_grace_period_under_one_period_is_a_settings_error(shop):
    with pytest.raises(SettingsError):
        customer_base(shop, "M", lost_after=0)
