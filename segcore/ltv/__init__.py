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
from typing import Any

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
