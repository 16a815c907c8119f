"""Does the purchase model predict? Holdout checks, cumulative tracking and model comparison.

- **By calibration frequency**: customers grouped by their repeat purchases in calibration
  (0, 1, …, 6, "7+"); mean actual vs mean predicted repeat purchases in the holdout
  (prediction = E[X(holdout length) | history]).
- **Errors per customer**: MAE and RMSE of holdout purchases; the total-forecast error
  (predicted total − actual total) / actual total in %.
- **Cumulative tracking**: actual vs predicted cumulative repeat purchases of the whole
  cohort, period by period (7 days by default) from the earliest first purchase through the
  holdout; a customer contributes E[X(t)] for a new customer, t = time since their first
  purchase (the unconditional forecast of Fader, Hardie & Lee 2005, figure 2).
- **Model comparison**: log-likelihood and AIC = 2k − 2 ln L (lower is better) of models
  fitted on the same data in the same time unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from segcore.ltv.fitted import FittedModel
from segcore.ltv.repeat_buying import RepeatBuyingModel
from segcore.ltv.summary import RfmSummary
from segcore.ltv.units import UNIT_DAYS

__all__ = [
    "HoldoutErrors",
    "HoldoutValidation",
    "compare_models",
    "cumulative_tracking",
    "holdout_by_frequency",
    "holdout_errors",
    "validate_holdout",
]


@dataclass(frozen=True)
class HoldoutErrors:
    """Per-customer and total errors of the holdout forecast of repeat purchases."""

    customers: int
    actual_total: float
    predicted_total: float
    mae: float
    rmse: float
    total_error_pct: float


def holdout_errors(actual: npt.ArrayLike, predicted: npt.ArrayLike) -> HoldoutErrors:
    """Give MAE, RMSE (per customer) and the total-forecast error in % of the actual total."""
    a = np.asarray(actual, dtype=float)
    p = np.asarray(predicted, dtype=float)
    diff = p - a
    total_a, total_p = float(a.sum()), float(p.sum())
    pct = 100 * (total_p - total_a) / total_a if total_a > 0 else float("nan")
    return HoldoutErrors(
        len(a), total_a, total_p, float(np.mean(np.abs(diff))), float(np.sqrt(np.mean(diff**2))), pct
    )


def holdout_by_frequency(
    frequency: npt.ArrayLike, actual: npt.ArrayLike, predicted: npt.ArrayLike, max_bin: int = 7
) -> pd.DataFrame:
    """Give customers, mean actual and mean predicted holdout purchases per calibration frequency.

    Bins are "0", "1", …, and ``f"{max_bin}+"`` for max_bin or more repeat purchases.
    """
    x = np.minimum(np.asarray(frequency, dtype=float), max_bin).astype(int)
    labels = [str(k) for k in range(max_bin)] + [f"{max_bin}+"]
    frame = pd.DataFrame(
        {"bin": x, "actual": np.asarray(actual, float), "predicted": np.asarray(predicted, float)}
    )
    table = frame.groupby("bin").agg(
        customers=("actual", "size"),
        actual_mean=("actual", "mean"),
        predicted_mean=("predicted", "mean"),
        actual_total=("actual", "sum"),
        predicted_total=("predicted", "sum"),
    )
    table = table.reindex(range(max_bin + 1)).fillna(
        {"customers": 0, "actual_total": 0.0, "predicted_total": 0.0}
    )
    table.insert(0, "frequency", labels)
    return table.reset_index(drop=True).astype({"customers": int})


def cumulative_tracking(model: RepeatBuyingModel, summary: RfmSummary, step_days: int = 7) -> pd.DataFrame:
    """Give actual vs predicted cumulative repeat purchases per period across calibration + holdout.

    Columns: ``period`` (1, 2, …), ``period_end`` (last day, inclusive), ``actual``,
    ``predicted`` (cumulative) and ``in_holdout``.
    """
    start = np.datetime64(summary.first_date, "D")
    last = np.datetime64(summary.holdout_end or summary.calibration_end, "D")
    n_periods = int(np.ceil(((last - start).astype(int) + 1) / step_days))
    ends = np.minimum(start + np.arange(1, n_periods + 1) * step_days - 1, last)
    births, counts = np.unique(
        summary.customers["first_purchase"].to_numpy().astype("datetime64[D]"), return_counts=True
    )
    age = (ends[:, None] - births[None, :]).astype(float) / UNIT_DAYS[summary.time_unit]
    expected = np.where(age > 0, model.expected_purchases_new(np.maximum(age, 0.0)), 0.0)
    actual = np.searchsorted(summary.repeat_dates, ends, side="right")
    return pd.DataFrame(
        {
            "period": np.arange(1, n_periods + 1),
            "period_end": pd.to_datetime(ends),
            "actual": actual.astype(float),
            "predicted": expected @ counts,
            "in_holdout": ends > np.datetime64(summary.calibration_end, "D"),
        }
    )


@dataclass(frozen=True)
class HoldoutValidation:
    """The holdout checks of one purchase model: per-frequency table, tracking, errors."""

    by_frequency: pd.DataFrame
    tracking: pd.DataFrame
    errors: HoldoutErrors
    predicted: np.ndarray


def validate_holdout(model: RepeatBuyingModel, summary: RfmSummary, step_days: int = 7) -> HoldoutValidation:
    """Give the holdout checks of a fitted purchase model on a summary with a holdout."""
    if summary.holdout_end is None:
        raise ValueError("the summary has no holdout period")
    c = summary.customers
    predicted = model.expected_purchases(summary.holdout_length, c["frequency"], c["recency"], c["T"])
    actual = c["frequency_holdout"].to_numpy(dtype=float)
    return HoldoutValidation(
        by_frequency=holdout_by_frequency(c["frequency"], actual, predicted),
        tracking=cumulative_tracking(model, summary, step_days),
        errors=holdout_errors(actual, predicted),
        predicted=np.asarray(predicted, dtype=float),
    )


def compare_models(models: Sequence[FittedModel]) -> pd.DataFrame:
    """Give log-likelihood, number of parameters and AIC per fitted model (best AIC first)."""
    rows = [
        {
            "model": m.name,
            "log_likelihood": m.log_likelihood_,
            "parameters": len(m.param_names),
            "aic": m.aic_,
            "time_unit": m.time_unit_,
        }
        for m in models
    ]
    return pd.DataFrame(rows).sort_values("aic", kind="stable").reset_index(drop=True)
