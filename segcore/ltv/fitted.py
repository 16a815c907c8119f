"""What every fitted model shares: parameters, log-likelihood, standard errors, AIC.

Fitted attributes end in ``_`` and exist after ``fit``:

- ``params_``: parameter name → maximum-likelihood estimate;
- ``log_likelihood_``: the total log-likelihood of the fitting data (time in the model's
  ``time_unit_``; changing the unit changes the value by the Jacobian of the time scale);
- ``covariance_``: covariance of the log-parameters (inverse numerical Hessian), or
  ``None`` when the Hessian is not positive definite;
- ``standard_errors_``: parameter name → standard error (delta method:
  parameter × standard error of its logarithm), NaN without a covariance;
- ``aic_`` = 2 × number of parameters − 2 × log-likelihood;
- ``diagnostics_``: how the optimiser converged.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np
import pandas as pd
from scipy.special import ndtri

from segcore.ltv.base import FitDiagnostics, MaximumLikelihood

__all__ = ["FittedModel"]


class FittedModel:
    """Base for the models: storage and reporting of a maximum-likelihood fit."""

    name: ClassVar[str] = ""
    display_name: ClassVar[str] = ""
    param_names: ClassVar[tuple[str, ...]] = ()

    def __init__(self) -> None:
        self.params_: dict[str, float] | None = None
        self.log_likelihood_: float = float("nan")
        self.covariance_: np.ndarray | None = None
        self.diagnostics_: FitDiagnostics | None = None
        self.n_customers_: int = 0
        self.time_unit_: str = "W"

    def _store(self, fit: MaximumLikelihood, n_customers: int, time_unit: str) -> None:
        self.params_ = dict(zip(self.param_names, np.exp(fit.log_params).tolist(), strict=True))
        self.log_likelihood_ = float(fit.log_likelihood)
        self.covariance_ = fit.covariance
        self.diagnostics_ = fit.diagnostics
        self.n_customers_ = int(n_customers)
        self.time_unit_ = time_unit

    def _require_fitted(self) -> dict[str, float]:
        if self.params_ is None:
            raise RuntimeError(f"{type(self).__name__} is not fitted yet: call fit first")
        return self.params_

    @property
    def param_array(self) -> np.ndarray:
        """Give the fitted parameters as an array in ``param_names`` order."""
        params = self._require_fitted()
        return np.array([params[n] for n in self.param_names])

    @property
    def standard_errors_(self) -> dict[str, float]:
        """Give each parameter's standard error (delta method from the log-parameters)."""
        values = self.param_array
        if self.covariance_ is None:
            errors = np.full(len(values), np.nan)
        else:
            errors = values * np.sqrt(np.clip(np.diag(self.covariance_), 0, None))
        return dict(zip(self.param_names, errors.tolist(), strict=True))

    @property
    def aic_(self) -> float:
        """Give Akaike's information criterion of the fit (lower is better)."""
        self._require_fitted()
        return 2 * len(self.param_names) - 2 * self.log_likelihood_

    def parameter_table(self, level: float = 0.95) -> pd.DataFrame:
        """Give one row per parameter: estimate, standard error and a confidence interval.

        The interval is symmetric in the log-parameter (so it stays positive).
        """
        values = self.param_array
        z = ndtri(0.5 + level / 2)
        if self.covariance_ is None:
            log_se = np.full(len(values), np.nan)
        else:
            log_se = np.sqrt(np.clip(np.diag(self.covariance_), 0, None))
        return pd.DataFrame(
            {
                "parameter": list(self.param_names),
                "estimate": values,
                "std_error": values * log_se,
                "low": values * np.exp(-z * log_se),
                "high": values * np.exp(z * log_se),
            }
        )
