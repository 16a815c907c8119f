"""Customer lifetime value: the simple formula and probabilistic forecasts of repeat buying.

- :mod:`~segcore.ltv.simple`: LTV = revenue per period × average relationship length;
- :mod:`~segcore.ltv.summary`: frequency, recency, T, monetary per customer (calibration /
  holdout split by date);
- :mod:`~segcore.ltv.beta_geo`, :mod:`~segcore.ltv.pareto_nbd`: how many purchases a
  customer will make and whether they are still active; :mod:`~segcore.ltv.gamma_gamma`:
  what a purchase will be worth;
- :mod:`~segcore.ltv.clv`: discounted CLV over a horizon; :mod:`~segcore.ltv.uncertainty`:
  bootstrap intervals per customer and per segment;
- :mod:`~segcore.ltv.validation`: holdout checks, tracking, model comparison;
- :mod:`~segcore.ltv.guardrails`: minimum-data, spend-value and independence checks;
- :func:`fit_ltv`: all of it in one call.
"""

from segcore.ltv.beta_geo import BetaGeo
from segcore.ltv.clv import ClvForecast, customer_lifetime_value, discount_factors, discount_per_period
from segcore.ltv.fit import CUSTOMER_COLUMNS, PURCHASE_MODELS, LtvResult, fit_ltv, run_ltv
from segcore.ltv.gamma_gamma import GammaGamma
from segcore.ltv.guardrails import IndependenceCheck, LtvWarning, independence_check, spend_fitting_rows
from segcore.ltv.pareto_nbd import ParetoNBD
from segcore.ltv.settings import LtvSettings
from segcore.ltv.simple import SimpleLtv, simple_ltv
from segcore.ltv.summary import RfmSummary, rfm_summary
from segcore.ltv.uncertainty import ClvDraws, bootstrap_clv, draw_parameters, segment_clv
from segcore.ltv.units import PERIOD_DAYS, UNIT_DAYS, period_in_units
from segcore.ltv.validation import (
    HoldoutErrors,
    HoldoutValidation,
    compare_models,
    cumulative_tracking,
    holdout_by_frequency,
    holdout_errors,
    validate_holdout,
)

__all__ = [
    "CUSTOMER_COLUMNS",
    "PERIOD_DAYS",
    "PURCHASE_MODELS",
    "UNIT_DAYS",
    "BetaGeo",
    "ClvDraws",
    "ClvForecast",
    "GammaGamma",
    "HoldoutErrors",
    "HoldoutValidation",
    "IndependenceCheck",
    "LtvResult",
    "LtvSettings",
    "LtvWarning",
    "ParetoNBD",
    "RfmSummary",
    "SimpleLtv",
    "bootstrap_clv",
    "compare_models",
    "cumulative_tracking",
    "customer_lifetime_value",
    "discount_factors",
    "discount_per_period",
    "draw_parameters",
    "fit_ltv",
    "holdout_by_frequency",
    "holdout_errors",
    "independence_check",
    "period_in_units",
    "rfm_summary",
    "run_ltv",
    "segment_clv",
    "simple_ltv",
    "spend_fitting_rows",
    "validate_holdout",
]
