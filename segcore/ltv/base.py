"""Maximum-likelihood machinery shared by the repeat-buying and spend models.

Every model is fitted the same way:

- customers with identical summaries are weighted together (unique rows + counts);
- the negative log-likelihood is minimised over the logarithms of the (positive)
  parameters with scipy's BFGS, using the model's analytic gradient when it has one and a
  central finite-difference gradient otherwise;
- a fit counts as converged only when the log-likelihood is finite, the gradient of the
  mean log-likelihood is small (max |g| < ``GRADIENT_TOLERANCE`` per customer, in
  log-parameters) and no parameter ran off to 0 or infinity; otherwise the fit is retried
  from other starting points and, when every start fails, an
  :class:`~segcore.errors.InputError` (``ltv.not_converged``) explains what to do. scipy's
  own success flag is kept in the diagnostics but not required: BFGS reports "precision
  loss" at optima that already meet the gradient test;
- the optimum is refined by one Newton step on the numerical Hessian (kept when it
  improves the likelihood);
- standard errors come from the inverse of the numerical Hessian of the total negative
  log-likelihood in log-parameters (delta method for the parameters themselves).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize

from segcore.errors import InputError

__all__ = [
    "GRADIENT_TOLERANCE",
    "FitDiagnostics",
    "MaximumLikelihood",
    "Numbers",
    "compress_rows",
    "maximise_likelihood",
    "numerical_gradient",
    "numerical_hessian",
    "weighted_sum",
]

#: A number or an array of numbers: the models' formulas broadcast their inputs together.
Numbers = float | np.ndarray

GRADIENT_TOLERANCE = 1e-5
LOG_PARAM_BOUND = 18.0

Objective = Callable[[np.ndarray], tuple[float, np.ndarray | None]]


@dataclass(frozen=True)
class FitDiagnostics:
    """How a fit went: converged or not, after how many starts, how flat the optimum is."""

    converged: bool
    attempts: int
    iterations: int
    optimizer_success: bool
    max_abs_gradient: float
    message: str


@dataclass(frozen=True)
class MaximumLikelihood:
    """A fitted maximum: log-parameters, total log-likelihood, covariance, diagnostics."""

    log_params: np.ndarray
    log_likelihood: float
    covariance: np.ndarray | None
    diagnostics: FitDiagnostics


def compress_rows(
    *columns: np.ndarray, weights: np.ndarray | None = None
) -> tuple[list[np.ndarray], np.ndarray, np.ndarray]:
    """Give the unique rows of the columns, their summed weights and each row's unique index.

    Unique rows come sorted (by the first column, then the next…).
    """
    cols = [np.asarray(c, dtype=float).reshape(-1) for c in columns]
    n = len(cols[0])
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    order = np.lexsort(cols[::-1])
    changed = np.zeros(n, dtype=bool)
    changed[:1] = True
    for c in cols:
        changed[1:] |= c[order][1:] != c[order][:-1]
    group_sorted = np.cumsum(changed) - 1
    inverse = np.empty(n, dtype=np.int64)
    inverse[order] = group_sorted
    counts = np.bincount(inverse, weights=w, minlength=int(changed.sum()))
    starts = order[changed]
    return [c[starts] for c in cols], counts, inverse


def weighted_sum(weights: np.ndarray, values: np.ndarray) -> float:
    """Give Σ weights × values without BLAS (whose threads only add overhead at these sizes)."""
    return float(np.einsum("i,i->", weights, values))


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, step: float = 1e-6) -> np.ndarray:
    """Give the central finite-difference gradient of ``f`` at ``x``."""
    grad = np.empty_like(x, dtype=float)
    for j in range(len(x)):
        e = np.zeros_like(x, dtype=float)
        e[j] = step
        grad[j] = (f(x + e) - f(x - e)) / (2 * step)
    return grad


def numerical_hessian(
    gradient: Callable[[np.ndarray], np.ndarray], x: np.ndarray, step: float = 1e-4
) -> np.ndarray:
    """Give the symmetric central finite-difference Hessian from a gradient function."""
    k = len(x)
    hess = np.empty((k, k))
    for j in range(k):
        e = np.zeros(k)
        e[j] = step
        hess[:, j] = (gradient(x + e) - gradient(x - e)) / (2 * step)
    return (hess + hess.T) / 2


def _covariance(hess: np.ndarray) -> np.ndarray | None:
    """Give the inverse of a Hessian when it is finite and positive definite, else None."""
    if not np.all(np.isfinite(hess)):
        return None
    try:
        np.linalg.cholesky(hess)
    except np.linalg.LinAlgError:
        return None
    return np.linalg.inv(hess)


def _with_gradient(objective: Objective) -> Callable[[np.ndarray], tuple[float, np.ndarray]]:
    def both(x: np.ndarray) -> tuple[float, np.ndarray]:
        value, grad = objective(x)
        if grad is None and np.isfinite(value):
            grad = numerical_gradient(lambda z: objective(z)[0], x)
        elif grad is None:
            grad = np.full_like(x, np.nan, dtype=float)
        return value, grad

    return both


def _one_start(
    objective: Objective, x0: np.ndarray, total_weight: float, max_iterations: int
) -> tuple[np.ndarray, float, np.ndarray, FitDiagnostics]:
    both = _with_gradient(objective)

    def scaled(x: np.ndarray) -> tuple[float, np.ndarray]:
        value, grad = both(x)
        if not np.isfinite(value):
            return 1e300, np.zeros_like(x)
        return value / total_weight, grad / total_weight

    options = {"gtol": GRADIENT_TOLERANCE / 10, "maxiter": max_iterations}
    result = minimize(scaled, x0, jac=True, method="BFGS", options=options)
    value, grad = scaled(result.x)
    max_grad = float(np.max(np.abs(grad)))
    converged = bool(
        value < 1e300
        and np.isfinite(value)
        and max_grad < GRADIENT_TOLERANCE
        and np.all(np.abs(result.x) < LOG_PARAM_BOUND)
    )
    diagnostics = FitDiagnostics(
        converged, 0, int(result.nit), bool(result.success), max_grad, str(result.message)
    )
    return result.x, value * total_weight, grad * total_weight, diagnostics


def maximise_likelihood(
    objective: Objective,
    starts: Sequence[np.ndarray],
    total_weight: float,
    *,
    model: str,
    max_iterations: int = 1000,
) -> MaximumLikelihood:
    """Give the maximum of a log-likelihood, trying each start until one converges.

    ``objective(log_params)`` returns the total negative log-likelihood and its gradient
    (or ``None`` for a finite-difference gradient). Raises ``InputError("ltv.not_converged")``
    when no start converges. The optimum is refined by one Newton step on the numerical
    Hessian (kept only when it improves the likelihood); the covariance is that Hessian's inverse.
    """
    attempt = 0
    for x0 in starts:
        attempt += 1
        x, value, grad, diag = _one_start(
            objective, np.asarray(x0, dtype=float), total_weight, max_iterations
        )
        if diag.converged:
            break
    else:
        raise InputError("ltv.not_converged", model=model, attempts=len(starts))
    diag = FitDiagnostics(
        True, attempt, diag.iterations, diag.optimizer_success, diag.max_abs_gradient, diag.message
    )
    hess = numerical_hessian(lambda z: _with_gradient(objective)(z)[1], x)
    x, value = _newton_step(objective, x, value, grad, hess)
    return MaximumLikelihood(x, -value, _covariance(hess), diag)


def _newton_step(
    objective: Objective, x: np.ndarray, value: float, grad: np.ndarray, hess: np.ndarray
) -> tuple[np.ndarray, float]:
    """Give the point after one Newton step when it lowers the objective, else the point given."""
    try:
        candidate = x - np.linalg.solve(hess, grad)
    except np.linalg.LinAlgError:
        return x, value
    if not np.all(np.abs(candidate) < LOG_PARAM_BOUND):
        return x, value
    new_value = objective(candidate)[0]
    if np.isfinite(new_value) and new_value <= value:
        return candidate, new_value
    return x, value
