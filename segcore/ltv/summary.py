"""The per-customer summary the repeat-buying models take: frequency, recency, T, monetary.

Definitions (the field's conventions, Fader & Hardie; ``lifetimes``):

- a **purchase day** is a customer-day with at least one line of amount ≥ 0; all lines of
  one customer on one day are one purchase worth the day's net total (same-day returns
  included). A day with only returns (negative lines) is not a purchase and is not counted
  in any figure below (the number of such days is reported);
- the **calibration period** runs from each customer's first purchase day to
  ``calibration_end`` (inclusive); customers whose first purchase day is after it are left
  out (their number is reported);
- ``frequency`` = number of repeat purchase days in calibration (purchase days after the first);
- ``recency`` = time from the first to the last purchase day in calibration (0 without repeats);
- ``T`` = time from the first purchase day to ``calibration_end``;
- ``monetary`` = mean value of the repeat purchase days (the first purchase is left out;
  0 without repeats); it can be ≤ 0 when returns outweigh purchases on those days;
- with a ``holdout_end``: ``frequency_holdout`` = purchase days in (calibration_end,
  holdout_end] and ``value_holdout`` = their total value.

Times are in the stated ``time_unit``: days ``"D"`` or weeks ``"W"`` (7 days), computed
from whole days, e.g. a first purchase on 1997-01-01 and a calibration end on 1997-09-30
gives T = 272 / 7 = 38.857 weeks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from segcore.errors import InputError, SettingsError
from segcore.ltv.units import UNIT_DAYS, TimeUnit

__all__ = ["SUMMARY_COLUMNS", "RfmSummary", "purchase_days", "rfm_summary"]

SUMMARY_COLUMNS = ("customer_id", "first_purchase", "frequency", "recency", "T", "monetary")
REQUIRED = ("customer_id", "date", "amount")


@dataclass(frozen=True)
class RfmSummary:
    """The summary table with the choices and counts that made it.

    ``customers`` has :data:`SUMMARY_COLUMNS` (plus ``frequency_holdout`` and
    ``value_holdout`` with a holdout), one row per customer sorted by ``customer_id``.
    ``repeat_dates`` holds every repeat purchase day of those customers up to the end of the
    holdout (or of calibration), for cumulative tracking.
    """

    customers: pd.DataFrame
    time_unit: TimeUnit
    calibration_end: date
    holdout_end: date | None
    first_after_calibration: int
    return_only_days: int
    repeat_dates: np.ndarray

    @property
    def holdout_length(self) -> float:
        """Give the holdout's length in the time unit (0 without a holdout)."""
        if self.holdout_end is None:
            return 0.0
        return (self.holdout_end - self.calibration_end).days / UNIT_DAYS[self.time_unit]

    @property
    def first_date(self) -> date:
        """Give the earliest first purchase day among the summarised customers."""
        return self.customers["first_purchase"].min().date()


def _as_day(value: date | str) -> np.datetime64:
    return np.datetime64(pd.Timestamp(value).date(), "D")


def purchase_days(transactions: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Give one row per customer purchase day (customer_id, day, total) and the return-only days.

    ``day`` is a ``datetime64[D]``; rows are sorted by customer_id then day.
    """
    missing = [c for c in REQUIRED if c not in transactions.columns]
    if missing:
        raise InputError("ltv.missing_columns", columns=", ".join(missing))
    amount = pd.to_numeric(transactions["amount"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    dates = pd.to_datetime(transactions["date"], errors="coerce")
    if np.isnan(amount).any() or dates.isna().any():
        raise InputError("ltv.missing_values")
    frame = pd.DataFrame(
        {
            "customer_id": transactions["customer_id"].astype("string").str.strip().to_numpy(),
            "day": dates.to_numpy().astype("datetime64[D]"),
            "total": amount,
            "lines": (amount >= 0).astype(np.int64),
        }
    )
    days = frame.groupby(["customer_id", "day"], sort=True).agg(
        total=("total", "sum"), lines=("lines", "sum")
    )
    is_purchase = days["lines"].to_numpy() > 0
    result = days.loc[is_purchase, ["total"]].reset_index()
    return result, int((~is_purchase).sum())


def _check_dates(calibration_end: np.datetime64, holdout_end: np.datetime64 | None) -> None:
    if holdout_end is not None and holdout_end <= calibration_end:
        raise SettingsError(
            "ltv.holdout_order", calibration_end=str(calibration_end), holdout_end=str(holdout_end)
        )


def rfm_summary(
    transactions: pd.DataFrame,
    calibration_end: date | str | None = None,
    *,
    holdout_end: date | str | None = None,
    time_unit: TimeUnit = "W",
) -> RfmSummary:
    """Give frequency, recency, T and monetary per customer (and the holdout counts).

    ``calibration_end`` defaults to the last transaction date. See the module docstring for
    the definitions.
    """
    if time_unit not in UNIT_DAYS:
        raise SettingsError("ltv.bad_time_unit", value=time_unit)
    days, return_only = purchase_days(transactions)
    if days.empty:
        raise InputError("ltv.no_purchases")
    end = _as_day(days["day"].max() if calibration_end is None else calibration_end)
    stop = None if holdout_end is None else _as_day(holdout_end)
    _check_dates(end, stop)
    first = days.groupby("customer_id", sort=True)["day"].transform("min")
    included = first <= end
    n_after = int(days.loc[~included, "customer_id"].nunique())
    days = days.loc[included & (days["day"] <= (end if stop is None else stop))]
    if days.empty:
        raise InputError("ltv.no_customers_in_calibration", calibration_end=str(end))
    customers = _calibration_figures(days, end, UNIT_DAYS[time_unit])
    if stop is not None:
        customers = customers.join(_holdout_figures(days, end), on="customer_id").fillna(
            {"frequency_holdout": 0.0, "value_holdout": 0.0}
        )
    first_day = days.groupby("customer_id", sort=True)["day"].transform("min")
    repeat_dates = days.loc[days["day"] > first_day, "day"].to_numpy().astype("datetime64[D]")
    return RfmSummary(
        customers=customers,
        time_unit=time_unit,
        calibration_end=pd.Timestamp(end).date(),
        holdout_end=None if stop is None else pd.Timestamp(stop).date(),
        first_after_calibration=n_after,
        return_only_days=return_only,
        repeat_dates=np.sort(repeat_dates),
    )


def _calibration_figures(days: pd.DataFrame, end: np.datetime64, unit_days: float) -> pd.DataFrame:
    cal = days.loc[days["day"] <= end]
    per = cal.groupby("customer_id", sort=True).agg(
        first=("day", "first"),
        last=("day", "last"),
        n=("day", "size"),
        total=("total", "sum"),
        first_total=("total", "first"),
    )
    frequency = per["n"].to_numpy(dtype=float) - 1
    first = per["first"].to_numpy().astype("datetime64[D]")
    last = per["last"].to_numpy().astype("datetime64[D]")
    with np.errstate(divide="ignore", invalid="ignore"):
        monetary = np.where(frequency > 0, (per["total"] - per["first_total"]).to_numpy() / frequency, 0.0)
    return pd.DataFrame(
        {
            "customer_id": per.index.astype("string"),
            "first_purchase": pd.to_datetime(first),
            "frequency": frequency,
            "recency": (last - first).astype(np.int64) / unit_days,
            "T": (end - first).astype(np.int64) / unit_days,
            "monetary": monetary,
        }
    )


def _holdout_figures(days: pd.DataFrame, end: np.datetime64) -> pd.DataFrame:
    hold = days.loc[days["day"] > end]
    per = hold.groupby("customer_id", sort=True).agg(
        frequency_holdout=("day", "size"), value_holdout=("total", "sum")
    )
    per["frequency_holdout"] = per["frequency_holdout"].astype(float)
    per.index = per.index.astype("string")
    return per
