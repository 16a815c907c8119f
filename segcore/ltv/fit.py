"""One call from a transaction log to per-customer forecasts, checks and warnings.

:func:`fit_ltv` builds the calibration summary, fits the purchase model (BG/NBD or
Pareto/NBD) and the Gamma-Gamma spend model, forecasts each customer's purchases, spend and
discounted CLV over the horizon with a bootstrap interval, and, with a holdout, checks the
forecast against what happened. Everything a page shows comes back in one
:class:`LtvResult`; warnings are message keys with parameters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from segcore.errors import InputError
from segcore.ltv.beta_geo import BetaGeo
from segcore.ltv.clv import customer_lifetime_value
from segcore.ltv.gamma_gamma import GammaGamma
from segcore.ltv.guardrails import (
    IndependenceCheck,
    LtvWarning,
    MonetaryPolicy,
    SpendRows,
    data_warnings,
    independence_check,
    spend_fitting_rows,
)
from segcore.ltv.pareto_nbd import ParetoNBD
from segcore.ltv.repeat_buying import RepeatBuyingModel
from segcore.ltv.settings import LtvSettings, PurchaseModelName
from segcore.ltv.summary import RfmSummary, rfm_summary
from segcore.ltv.uncertainty import ClvDraws, bootstrap_clv, draw_parameters, segment_clv
from segcore.ltv.units import ClvPeriod, TimeUnit
from segcore.ltv.validation import HoldoutValidation, compare_models, cumulative_tracking, validate_holdout

__all__ = ["CUSTOMER_COLUMNS", "PURCHASE_MODELS", "LtvResult", "fit_ltv", "run_ltv"]

Progress = Callable[[str, float], None]
PURCHASE_MODELS: dict[PurchaseModelName, type[BetaGeo] | type[ParetoNBD]] = {
    "bgnbd": BetaGeo,
    "pareto_nbd": ParetoNBD,
}
CUSTOMER_COLUMNS = (
    "customer_id",
    "frequency",
    "recency",
    "T",
    "monetary",
    "p_alive",
    "expected_purchases",
    "expected_spend",
    "clv",
    "clv_low",
    "clv_high",
    "first_purchase",
)


@dataclass(frozen=True)
class LtvResult:
    """Everything a predictive LTV run gives.

    - ``customers``: one row per customer (:data:`CUSTOMER_COLUMNS`, plus
      ``frequency_holdout``, ``value_holdout`` and ``predicted_holdout`` with a holdout);
      times in ``settings.time_unit``; ``expected_purchases`` over the CLV horizon
      (undiscounted), ``expected_spend`` per purchase, ``clv`` discounted with margin,
      ``clv_low``/``clv_high`` the bootstrap interval (NaN without one);
    - ``purchase_model``, ``spend_model``: the fitted models (parameters, standard errors,
      log-likelihood, AIC); ``comparison``: log-likelihood and AIC per purchase model;
    - ``tracking``: actual vs predicted cumulative repeat purchases per week;
    - ``validation``: holdout checks (None without a holdout);
    - ``independence``: the Gamma-Gamma frequency–spend check with its meaning;
    - ``warnings``: :class:`LtvWarning` codes for the user.
    """

    customers: pd.DataFrame
    summary: RfmSummary
    purchase_model: BetaGeo | ParetoNBD
    spend_model: GammaGamma
    comparison: pd.DataFrame
    tracking: pd.DataFrame
    validation: HoldoutValidation | None
    independence: IndependenceCheck
    warnings: tuple[LtvWarning, ...]
    settings: LtvSettings
    draws: ClvDraws | None

    def segment_totals(self, codes: npt.ArrayLike) -> pd.DataFrame:
        """Give customers, total CLV and its interval per segment (codes in customer order)."""
        point = self.customers["clv"].to_numpy(dtype=float)
        if self.draws is None:
            labels, index = np.unique(np.asarray(codes, dtype=object).astype(str), return_inverse=True)
            return pd.DataFrame(
                {
                    "segment": labels,
                    "customers": np.bincount(index, minlength=len(labels)),
                    "clv": np.bincount(index, weights=point, minlength=len(labels)),
                    "clv_low": np.nan,
                    "clv_high": np.nan,
                }
            )
        return segment_clv(self.draws, codes, point, self.settings.interval_level)


def _as_date(value: date | str | None) -> date | None:
    return None if value is None else pd.Timestamp(value).date()


def fit_ltv(
    transactions: pd.DataFrame,
    calibration_end: date | str | None = None,
    *,
    holdout_end: date | str | None = None,
    model: PurchaseModelName = "bgnbd",
    time_unit: TimeUnit = "W",
    horizon: int = 12,
    period: ClvPeriod = "M",
    discount_rate_yearly: float = 0.1,
    margin: float = 1.0,
    monetary_policy: MonetaryPolicy = "exclude",
    n_draws: int = 200,
    interval_level: float = 0.9,
    compare_models: bool = True,
    seed: int = 0,
    progress: Progress | None = None,
) -> LtvResult:
    """Give forecasts, CLV with intervals, checks and warnings from a transaction log.

    Takes the canonical columns customer_id, date, amount. See :class:`LtvSettings` for the
    arguments and :mod:`segcore.ltv.summary` for what frequency, recency, T and monetary count.
    ``progress(stage_key, share_done)`` is told what is being computed (a message key
    ``ltv.stage.*``) and how far along the whole run is (0 to 1).
    """
    settings = LtvSettings(
        model=model,
        time_unit=time_unit,
        calibration_end=_as_date(calibration_end),
        holdout_end=_as_date(holdout_end),
        horizon=horizon,
        period=period,
        discount_rate_yearly=discount_rate_yearly,
        margin=margin,
        monetary_policy=monetary_policy,
        n_draws=n_draws,
        interval_level=interval_level,
        compare_models=compare_models,
        seed=seed,
    )
    return run_ltv(transactions, settings, progress)


def run_ltv(transactions: pd.DataFrame, settings: LtvSettings, progress: Progress | None = None) -> LtvResult:
    """Give the :class:`LtvResult` of a transaction log under ``settings`` (see :func:`fit_ltv`)."""
    report = progress or (lambda stage, share: None)
    report("ltv.stage.summary", 0.0)
    summary = rfm_summary(
        transactions, settings.calibration_end, holdout_end=settings.holdout_end, time_unit=settings.time_unit
    )
    c = summary.customers
    x, tx, age, m = (c[k].to_numpy(dtype=float) for k in ("frequency", "recency", "T", "monetary"))
    spend_rows = spend_fitting_rows(x, m, settings.monetary_policy)
    notes = _summary_notes(summary)
    notes += data_warnings(x, (summary.calibration_end - summary.first_date).days, spend_rows)
    report("ltv.stage.purchase_model", 0.1)
    purchase = PURCHASE_MODELS[settings.model]().fit(x, tx, age, time_unit=settings.time_unit)
    report("ltv.stage.comparison", 0.2)
    compared = _compared(purchase, settings, x, tx, age, notes)
    report("ltv.stage.spend_model", 0.4)
    spend_model = GammaGamma().fit(x[spend_rows.use], spend_rows.monetary[spend_rows.use])
    spend = _expected_spend(spend_model, x, m, spend_rows, notes)
    draws = _draws(purchase, spend_model, c, spend, settings, notes, report)
    frame = _customer_frame(summary, purchase, spend, draws, settings, report)
    report("ltv.stage.validation", 0.95)
    validation = validate_holdout(purchase, summary) if summary.holdout_end else None
    if validation is not None:
        frame["predicted_holdout"] = validation.predicted
    tracking = validation.tracking if validation else cumulative_tracking(purchase, summary)
    report("ltv.stage.done", 1.0)
    return LtvResult(
        customers=frame,
        summary=summary,
        purchase_model=purchase,
        spend_model=spend_model,
        comparison=compare_models(compared),
        tracking=tracking,
        validation=validation,
        independence=independence_check(x, m),
        warnings=tuple(notes),
        settings=settings,
        draws=draws,
    )


def _customer_frame(
    summary: RfmSummary,
    purchase: RepeatBuyingModel,
    spend: np.ndarray,
    draws: ClvDraws | None,
    settings: LtvSettings,
    report: Progress,
) -> pd.DataFrame:
    c = summary.customers
    x, tx, age = (c[k].to_numpy(dtype=float) for k in ("frequency", "recency", "T"))
    report("ltv.stage.customers", 0.9)
    forecast = customer_lifetime_value(purchase, spend, x, tx, age, **_clv_settings(settings))
    report("ltv.stage.customers", 0.92)
    low, high = draws.customer_interval(settings.interval_level) if draws else (np.nan, np.nan)
    report("ltv.stage.customers", 0.94)
    frame = c.assign(
        p_alive=purchase.p_alive(x, tx, age),
        expected_purchases=forecast.expected_purchases,
        expected_spend=spend,
        clv=forecast.clv,
        clv_low=low,
        clv_high=high,
    )
    extra = [k for k in frame.columns if k not in CUSTOMER_COLUMNS]
    return frame[list(CUSTOMER_COLUMNS) + extra].reset_index(drop=True)


def _clv_settings(settings: LtvSettings) -> dict[str, Any]:
    return {
        "horizon": settings.horizon,
        "period": settings.period,
        "time_unit": settings.time_unit,
        "discount_rate_yearly": settings.discount_rate_yearly,
        "margin": settings.margin,
    }


def _summary_notes(summary: RfmSummary) -> list[LtvWarning]:
    notes = []
    if summary.first_after_calibration:
        notes.append(
            LtvWarning(
                "ltv.warn.first_after_calibration",
                {
                    "n": summary.first_after_calibration,
                    "calibration_end": summary.calibration_end.isoformat(),
                },
            )
        )
    if summary.return_only_days:
        notes.append(LtvWarning("ltv.warn.return_only_days", {"n": summary.return_only_days}))
    return notes


def _compared(
    purchase: RepeatBuyingModel,
    settings: LtvSettings,
    x: np.ndarray,
    tx: np.ndarray,
    age: np.ndarray,
    notes: list[LtvWarning],
) -> list[RepeatBuyingModel]:
    if not settings.compare_models:
        return [purchase]
    other_name: PurchaseModelName = "pareto_nbd" if settings.model == "bgnbd" else "bgnbd"
    other = PURCHASE_MODELS[other_name]()
    try:
        other.fit(x, tx, age, time_unit=settings.time_unit)
    except InputError:
        notes.append(LtvWarning("ltv.warn.comparison_failed", {"model": other.display_name}))
        return [purchase]
    return [purchase, other]


def _expected_spend(
    spend_model: GammaGamma, x: np.ndarray, m: np.ndarray, rows: SpendRows, notes: list[LtvWarning]
) -> np.ndarray:
    spend = spend_model.expected_spend(x, m)
    if np.all(np.isfinite(spend)):
        return spend
    fallback = float(np.mean(rows.monetary[rows.use]))
    notes.append(LtvWarning("ltv.warn.spend_mean_undefined", {"fallback": round(fallback, 2)}))
    return np.where(np.isfinite(spend), spend, fallback)


def _draws(
    purchase: RepeatBuyingModel,
    spend_model: GammaGamma,
    c: pd.DataFrame,
    spend: np.ndarray,
    settings: LtvSettings,
    notes: list[LtvWarning],
    report: Progress,
) -> ClvDraws | None:
    report("ltv.stage.intervals", 0.45)
    if settings.n_draws == 0:
        return None
    rng = np.random.default_rng(settings.seed)
    purchase_params = draw_parameters(purchase, settings.n_draws, rng)
    spend_params = draw_parameters(spend_model, settings.n_draws, rng)
    if purchase_params is None or spend_params is None:
        missing = purchase if purchase_params is None else spend_model
        notes.append(LtvWarning("ltv.warn.no_intervals", {"model": missing.display_name}))
        return None
    fallback = np.asarray(spend, dtype=float)
    return bootstrap_clv(
        purchase,
        purchase_params,
        spend_params,
        c,
        spend_fallback=fallback,
        progress=lambda share: report("ltv.stage.intervals", 0.45 + 0.45 * share),
        **_clv_settings(settings),
    )
