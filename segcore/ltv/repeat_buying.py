"""What BG/NBD and Pareto/NBD share: one fit and one prediction interface over four formulas.

A model gives its formulas (functions of its four parameters, then the customer arrays)
as class attributes and, in :meth:`RepeatBuyingModel._problem`, the negative
log-likelihood (with its gradient) and the starting points for a set of summaries.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Self

import numpy as np
import numpy.typing as npt

from segcore.errors import InputError
from segcore.ltv.base import Objective, maximise_likelihood
from segcore.ltv.fitted import FittedModel
from segcore.ltv.inputs import summary_arrays

__all__ = ["RepeatBuyingModel"]

Formula = Callable[..., np.ndarray]


class RepeatBuyingModel(FittedModel):
    """Base of the repeat-buying models: how many purchases, and is the customer still active."""

    #: log-likelihood(params…, x, tx, T) per customer
    log_likelihood_formula: ClassVar[Formula]
    #: P(alive)(params…, x, tx, T)
    p_alive_formula: ClassVar[Formula]
    #: expected purchases(params…, t, x, tx, T)
    expected_formula: ClassVar[Formula]
    #: expected purchases of a customer still alive(params…, t, x, T)
    expected_if_alive_formula: ClassVar[Formula]

    def _problem(
        self, x: np.ndarray, tx: np.ndarray, age: np.ndarray, w: np.ndarray
    ) -> tuple[Objective, Sequence[np.ndarray], float]:
        """Give the objective of the log-parameters, the starting points and the total weight."""
        raise NotImplementedError

    def fit(
        self,
        frequency: npt.ArrayLike,
        recency: npt.ArrayLike,
        T: npt.ArrayLike,
        *,
        weights: npt.ArrayLike | None = None,
        time_unit: str = "W",
        max_iterations: int = 1000,
    ) -> Self:
        """Fit the parameters (:attr:`param_names`) by maximum likelihood; give the fitted model.

        Raises ``InputError("ltv.no_repeat_purchases")`` when nobody bought twice and
        ``InputError("ltv.not_converged")`` when no starting point converges.
        """
        x, tx, age, w = summary_arrays(frequency, recency, T, weights)
        if not np.any((x > 0) & (w > 0)):
            raise InputError("ltv.no_repeat_purchases")
        objective, starts, total = self._problem(x, tx, age, w)
        fit = maximise_likelihood(
            objective, starts, total, model=self.display_name, max_iterations=max_iterations
        )
        self._store(fit, round(total), time_unit)
        return self

    def _params(self, params: np.ndarray | None) -> np.ndarray:
        return self.param_array if params is None else params

    def log_likelihood(
        self,
        frequency: npt.ArrayLike,
        recency: npt.ArrayLike,
        T: npt.ArrayLike,
        params: np.ndarray | None = None,
    ) -> np.ndarray:
        """Give each customer's log-likelihood under the fitted (or given) parameters."""
        return type(self).log_likelihood_formula(*self._params(params), *_arrays(frequency, recency, T))

    def p_alive(
        self,
        frequency: npt.ArrayLike,
        recency: npt.ArrayLike,
        T: npt.ArrayLike,
        params: np.ndarray | None = None,
    ) -> np.ndarray:
        """Give the probability that each customer is still active at the end of calibration."""
        return type(self).p_alive_formula(*self._params(params), *_arrays(frequency, recency, T))

    def expected_purchases(
        self,
        t: npt.ArrayLike,
        frequency: npt.ArrayLike,
        recency: npt.ArrayLike,
        T: npt.ArrayLike,
        params: np.ndarray | None = None,
    ) -> np.ndarray:
        """Give each customer's expected number of purchases in the next ``t`` time units."""
        return type(self).expected_formula(
            *self._params(params), np.asarray(t, dtype=float), *_arrays(frequency, recency, T)
        )

    def expected_purchases_if_alive(
        self, t: npt.ArrayLike, frequency: npt.ArrayLike, T: npt.ArrayLike, params: np.ndarray | None = None
    ) -> np.ndarray:
        """Give the expected purchases in the next ``t`` time units of a customer still alive."""
        x, age = np.asarray(frequency, dtype=float), np.asarray(T, dtype=float)
        return type(self).expected_if_alive_formula(*self._params(params), np.asarray(t, dtype=float), x, age)

    def expected_purchases_new(self, t: npt.ArrayLike, params: np.ndarray | None = None) -> np.ndarray:
        """Give the expected repeat purchases of a new customer in the ``t`` units after the first."""
        zero = np.zeros(1)
        return self.expected_purchases(t, zero, zero, zero, params)


def _arrays(
    frequency: npt.ArrayLike, recency: npt.ArrayLike, T: npt.ArrayLike
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (np.asarray(frequency, dtype=float), np.asarray(recency, dtype=float), np.asarray(T, dtype=float))
