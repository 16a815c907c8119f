"""XYZ classes: inclusive boundaries, not-enough-history N, suggested cuts, CDNOW spread."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.classify.xyz import suggest_xyz_cuts, xyz_classes
from segcore.errors import SettingsError
from segcore.settings import XyzThresholds
from tests.samples import CDNOW_SAMPLE

# Hand-computed examples ---------------------------------------------------------------


def test_boundaries_are_inclusive_upward_x_up_to_x_and_y_up_to_y():
    cv = [0.5, 1.0, 1.5, 2.0, 2.5]
    assert xyz_classes(cv, [12] * 5, (1.0, 2.0)).tolist() == ["X", "X", "Y", "Y", "Z"]


def test_a_cv_a_rounding_error_above_a_cut_is_on_the_cut():
    # one purchase in 17 months: CV = sqrt(16) = 4, computed as E[x²] − mean² it may be 4 + ε
    months = np.array([34.0] + [0.0] * 16)
    cv = np.sqrt((months**2).mean() - months.mean() ** 2) / months.mean()
    assert cv == pytest.approx(4.0)
    assert xyz_classes([cv, 4.0 + 1e-12, 4.0 + 1e-6], [17] * 3, (1.0, 4.0)).tolist() == ["Y", "Y", "Z"]


def test_too_little_history_is_n_never_z():
    cv = [0.2, 0.2, 5.0]
    assert xyz_classes(cv, [5, 6, 5], (1.0, 2.0), min_periods=6).tolist() == ["N", "X", "N"]


@pytest.mark.parametrize(
    ("cv", "expected"),
    [(np.nan, "N"), (-0.5, "N"), (np.inf, "N"), (0.0, "X"), (1e6, "Z")],
)
def test_undefined_cv_is_n_and_zero_cv_is_perfectly_steady(cv, expected):
    assert xyz_classes([cv], [24], (1.0, 2.0)).tolist() == [expected]


def test_a_customer_buying_the_same_in_4_of_12_months_has_cv_sqrt_2_and_is_y_by_default():
    months = np.array([100.0, 0, 0, 100, 0, 0, 100, 0, 0, 100, 0, 0])
    cv = months.std() / months.mean()
    assert cv == pytest.approx(np.sqrt(2))
    defaults = XyzThresholds()
    assert xyz_classes([cv], [12], defaults.cuts, defaults.min_periods).tolist() == ["Y"]
    assert xyz_classes([cv], [12], (0.10, 0.25)).tolist() == ["Z"]


def test_suggested_cuts_are_the_rounded_terciles_and_report_the_shares():
    cv = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.05]
    periods = [12] * 9 + [2]
    # any x in [0.3, 0.4) leaves a third at or below; the tercile is 0.3 + 2/3·0.1 = 0.367
    suggestion = suggest_xyz_cuts(cv, periods, min_periods=6)
    assert (suggestion.x, suggestion.y) == (0.37, 0.63)
    shares = (suggestion.share_x, suggestion.share_y, suggestion.share_z, suggestion.share_n)
    assert shares == pytest.approx((0.3, 0.3, 0.3, 0.1))
    assert suggestion.thresholds(6) == XyzThresholds(x=0.37, y=0.63, min_periods=6)


def test_a_crowd_sharing_one_cv_goes_to_the_side_that_keeps_shares_nearer_thirds():
    # five one-purchase customers over 6 quarters share CV sqrt(5) = 2.236, the 2/3 tercile;
    # a cut below them leaves 4/9 at or below (|4/9 − 2/3| = .22), above them 9/9 (.33)
    cv = [0.5, 1.0, 1.5, 1.8] + [np.sqrt(5)] * 5
    suggestion = suggest_xyz_cuts(cv, [6] * 9)
    assert (suggestion.x, suggestion.y) == (1.7, 2.2)
    assert suggestion.share_z == pytest.approx(5 / 9)


def test_suggested_cuts_stay_ordered_when_every_customer_has_the_same_cv():
    same = suggest_xyz_cuts([4.0] * 5, [17] * 5)
    assert (same.x, same.y, same.share_y) == (3.9, 4.0, 1.0)
    steady = suggest_xyz_cuts([0.0] * 5, [17] * 5)
    assert (steady.x, steady.y, steady.share_x) == (0.01, 0.011, 1.0)
    tiny = suggest_xyz_cuts([0.0, 5e-324], [12, 12])
    assert (tiny.x, tiny.y) == (0.01, 0.011)


def test_suggesting_without_any_usable_history_is_a_settings_error():
    with pytest.raises(SettingsError) as error:
        suggest_xyz_cuts([0.5, np.nan], [3, 12], min_periods=6)
    assert error.value.key == "classify.no_history"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"x": 0.5, "y": 0.5},
        {"x": 2.0, "y": 1.0},
        {"x": 0.0, "y": 1.0},
        {"x": 1.0, "y": float("inf")},
        {"min_periods": 1},
    ],
)
def test_invalid_thresholds_are_a_settings_error(kwargs):
    with pytest.raises(SettingsError):
        XyzThresholds(**kwargs)
    values = {"x": 1.0, "y": 2.0, "min_periods": 6, **kwargs}
    with pytest.raises(SettingsError):
        xyz_classes([1.0], [12], (values["x"], values["y"]), values["min_periods"])


# Properties ---------------------------------------------------------------------------

CVS = st.lists(
    st.one_of(
        st.floats(min_value=0, max_value=6, allow_nan=False),
        st.just(float("nan")),
        st.floats(min_value=-3, max_value=-0.01),
    ),
    min_size=1,
    max_size=40,
)


@st.composite
def customers(draw):
    cv = draw(CVS)
    periods = draw(st.lists(st.integers(0, 24), min_size=len(cv), max_size=len(cv)))
    return np.array(cv), np.array(periods)


CUTS = st.tuples(st.floats(min_value=0.01, max_value=3), st.floats(min_value=0.01, max_value=3)).filter(
    lambda c: c[0] < c[1]
)


@settings(max_examples=100, deadline=None)
@given(customers(), CUTS, st.integers(2, 12))
def test_classes_partition_customers_and_n_is_exactly_the_unusable_history(data, cuts, minimum):
    cv, periods = data
    classes = xyz_classes(cv, periods, cuts, minimum)
    unusable = (periods < minimum) | ~np.isfinite(cv) | (cv < 0)
    assert set(classes) <= {"X", "Y", "Z", "N"}
    assert ((classes == "N") == unusable).all()
    usable = ~unusable
    assert (classes[usable & (cv <= cuts[0])] == "X").all()
    assert (classes[usable & (cv > cuts[1] + 1e-9)] == "Z").all()
    assert (classes[usable & (cv <= cuts[1] + 1e-9)] != "Z").all()


@settings(max_examples=100, deadline=None)
@given(customers(), CUTS, st.floats(min_value=0, max_value=2))
def test_raising_a_cut_never_shrinks_the_steadier_classes(data, cuts, raise_by):
    cv, periods = data
    x, y = cuts
    before = xyz_classes(cv, periods, cuts)
    new_x = min(x + raise_by, (x + y) / 2)
    wider_x = xyz_classes(cv, periods, (new_x if new_x < y else x, y))
    assert set(np.flatnonzero(before == "X")) <= set(np.flatnonzero(wider_x == "X"))
    wider_y = xyz_classes(cv, periods, (x, y + raise_by))
    steady = np.isin(before, ["X", "Y"])
    assert set(np.flatnonzero(steady)) <= set(np.flatnonzero(np.isin(wider_y, ["X", "Y"])))


@settings(max_examples=100, deadline=None)
@given(customers(), st.integers(2, 12))
def test_suggested_cuts_are_ordered_and_their_shares_add_up(data, minimum):
    cv, periods = data
    usable = (periods >= minimum) & np.isfinite(cv) & (cv >= 0)
    if not usable.any():
        with pytest.raises(SettingsError):
            suggest_xyz_cuts(cv, periods, minimum)
        return
    s = suggest_xyz_cuts(cv, periods, minimum)
    assert 0 < s.x < s.y
    assert s.share_x + s.share_y + s.share_z + s.share_n == pytest.approx(1.0)
    assert s.share_n == pytest.approx(1 - usable.mean())
    classes = xyz_classes(cv, periods, (s.x, s.y), minimum)
    assert s.share_x == pytest.approx((classes == "X").mean())
    assert float(f"{s.x:.2g}") == s.x and float(f"{s.y:.2g}") == s.y
    # never further from thirds than the tercile rounded to two digits
    values = np.sort(cv[usable])

    def share(cut):
        return np.searchsorted(values, cut + 1e-9, side="right") / values.size

    for cut, tercile, target in ((s.x, 1 / 3, 1 / 3), (s.y, 2 / 3, 2 / 3)):
        rounded = float(f"{np.quantile(values, tercile):.2g}")
        if rounded >= 0.01 and (cut == s.x or rounded > s.x):
            assert abs(share(cut) - target) <= abs(share(rounded) - target) + 1e-12


# Real data ----------------------------------------------------------------------------


def cdnow_monthly_cv() -> pd.DataFrame:
    """CV of revenue per month from each customer's first month to June 1998, zero-filled."""
    frame = pd.read_csv(
        CDNOW_SAMPLE,
        sep=r"\s+",
        header=None,
        names=["master_id", "customer_id", "date", "cds", "amount"],
        dtype={"master_id": str, "customer_id": str, "date": str},
    )
    date = pd.to_datetime(frame["date"], format="%Y%m%d")
    frame["month"] = date.dt.year * 12 + date.dt.month - 1
    last = 1998 * 12 + 5
    grid = frame.pivot_table(
        index="customer_id", columns="month", values="amount", aggfunc="sum", fill_value=0.0
    )
    grid = grid.reindex(columns=range(grid.columns.min(), last + 1), fill_value=0.0)
    first = frame.groupby("customer_id")["month"].min().reindex(grid.index).to_numpy()
    counted = grid.columns.to_numpy()[None, :] >= first[:, None]
    history = counted.sum(axis=1)
    values = grid.to_numpy() * counted
    mean = values.sum(axis=1) / history
    variance = ((values - mean[:, None]) ** 2 * counted).sum(axis=1) / history
    with np.errstate(invalid="ignore", divide="ignore"):
        cv = np.where(mean > 0, np.sqrt(variance) / mean, np.nan)
    return pd.DataFrame({"cv": cv, "history_periods": history}, index=grid.index)


def test_cdnow_classic_stock_thresholds_put_almost_everyone_in_z_but_the_defaults_do_not():
    table = cdnow_monthly_cv()
    assert len(table) == 2357
    cv, periods = table["cv"].to_numpy(), table["history_periods"].to_numpy()
    classic = pd.Series(xyz_classes(cv, periods, (0.10, 0.25))).value_counts(normalize=True)
    assert classic.get("Z", 0) > 0.99
    defaults = XyzThresholds()
    shares = pd.Series(xyz_classes(cv, periods, defaults.cuts, defaults.min_periods))
    shares = shares.value_counts(normalize=True)
    assert shares["X"] > 0 and shares["Y"] > 0.10 and shares["Z"] < 0.90
    suggestion = suggest_xyz_cuts(cv, periods, defaults.min_periods)
    assert min(suggestion.share_x, suggestion.share_y, suggestion.share_z) > 0.10
