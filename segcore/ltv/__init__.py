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

The names are imported when first used: the simple LTV of the customer table does not
load scipy's optimisers.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# The same names for the type checker, which cannot follow __getattr__ (a test keeps both equal).
if TYPE_CHECKING:
    from segcore.ltv.beta_geo import BetaGeo as BetaGeo
    from segcore.ltv.clv import ClvForecast as ClvForecast
    from segcore.ltv.clv import customer_lifetime_value as customer_lifetime_value
    from segcore.ltv.clv import discount_factors as discount_factors
    from segcore.ltv.clv import discount_per_period as discount_per_period
    from segcore.ltv.fit import CUSTOMER_COLUMNS as CUSTOMER_COLUMNS
    from segcore.ltv.fit import PURCHASE_MODELS as PURCHASE_MODELS
    from segcore.ltv.fit import LtvResult as LtvResult
    from segcore.ltv.fit import fit_ltv as fit_ltv
    from segcore.ltv.fit import run_ltv as run_ltv
    from segcore.ltv.gamma_gamma import GammaGamma as GammaGamma
    from segcore.ltv.guardrails import IndependenceCheck as IndependenceCheck
    from segcore.ltv.guardrails import LtvWarning as LtvWarning
    from segcore.ltv.guardrails import independence_check as independence_check
    from segcore.ltv.guardrails import spend_fitting_rows as spend_fitting_rows
    from segcore.ltv.pareto_nbd import ParetoNBD as ParetoNBD
    from segcore.ltv.settings import LtvSettings as LtvSettings
    from segcore.ltv.simple import SimpleLtv as SimpleLtv
    from segcore.ltv.simple import simple_ltv as simple_ltv
    from segcore.ltv.summary import RfmSummary as RfmSummary
    from segcore.ltv.summary import rfm_summary as rfm_summary
    from segcore.ltv.uncertainty import ClvDraws as ClvDraws
    from segcore.ltv.uncertainty import bootstrap_clv as bootstrap_clv
    from segcore.ltv.uncertainty import draw_parameters as draw_parameters
    from segcore.ltv.uncertainty import segment_clv as segment_clv
    from segcore.ltv.units import PERIOD_DAYS as PERIOD_DAYS
    from segcore.ltv.units import UNIT_DAYS as UNIT_DAYS
    from segcore.ltv.units import period_in_units as period_in_units
    from segcore.ltv.validation import HoldoutErrors as HoldoutErrors
    from segcore.ltv.validation import HoldoutValidation as HoldoutValidation
    from segcore.ltv.validation import compare_models as compare_models
    from segcore.ltv.validation import cumulative_tracking as cumulative_tracking
    from segcore.ltv.validation import holdout_by_frequency as holdout_by_frequency
    from segcore.ltv.validation import holdout_errors as holdout_errors
    from segcore.ltv.validation import validate_holdout as validate_holdout

_WHERE = {
    "BetaGeo": "segcore.ltv.beta_geo",
    "CUSTOMER_COLUMNS": "segcore.ltv.fit",
    "ClvDraws": "segcore.ltv.uncertainty",
    "ClvForecast": "segcore.ltv.clv",
    "GammaGamma": "segcore.ltv.gamma_gamma",
    "HoldoutErrors": "segcore.ltv.validation",
    "HoldoutValidation": "segcore.ltv.validation",
    "IndependenceCheck": "segcore.ltv.guardrails",
    "LtvResult": "segcore.ltv.fit",
    "LtvSettings": "segcore.ltv.settings",
    "LtvWarning": "segcore.ltv.guardrails",
    "PERIOD_DAYS": "segcore.ltv.units",
    "PURCHASE_MODELS": "segcore.ltv.fit",
    "ParetoNBD": "segcore.ltv.pareto_nbd",
    "RfmSummary": "segcore.ltv.summary",
    "SimpleLtv": "segcore.ltv.simple",
    "UNIT_DAYS": "segcore.ltv.units",
    "bootstrap_clv": "segcore.ltv.uncertainty",
    "compare_models": "segcore.ltv.validation",
    "cumulative_tracking": "segcore.ltv.validation",
    "customer_lifetime_value": "segcore.ltv.clv",
    "discount_factors": "segcore.ltv.clv",
    "discount_per_period": "segcore.ltv.clv",
    "draw_parameters": "segcore.ltv.uncertainty",
    "fit_ltv": "segcore.ltv.fit",
    "holdout_by_frequency": "segcore.ltv.validation",
    "holdout_errors": "segcore.ltv.validation",
    "independence_check": "segcore.ltv.guardrails",
    "period_in_units": "segcore.ltv.units",
    "rfm_summary": "segcore.ltv.summary",
    "run_ltv": "segcore.ltv.fit",
    "segment_clv": "segcore.ltv.uncertainty",
    "simple_ltv": "segcore.ltv.simple",
    "spend_fitting_rows": "segcore.ltv.guardrails",
    "validate_holdout": "segcore.ltv.validation",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'segcore.ltv' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
