"""Customers drawn from the models themselves: summaries and transaction logs with known parameters.

Used to check that fitting recovers the parameters and to benchmark. Everything is
vectorised numpy with a seeded generator.

- BG/NBD: λ ~ Gamma(r, rate α), p ~ Beta(a, b); repeat purchases follow a Poisson process
  with rate λ and after each repeat purchase the customer leaves with probability p. The
  number of repeat purchases before leaving is J ~ Geometric(p) on {1, 2, …}; the purchases
  in (0, T] are N ~ Poisson(λT); x = min(J, N) and, given N, the x-th purchase time is
  T × Beta(x, N − x + 1) (the x-th of N uniform points).
- Pareto/NBD: λ ~ Gamma(r, rate α), μ ~ Gamma(s, rate β), lifetime τ ~ Exponential(μ);
  x ~ Poisson(λ · min(τ, T)), t_x = min(τ, T) × Beta(x, 1).
- Gamma-Gamma: ν ~ Gamma(q, rate γ); the mean of x purchases worth Gamma(p, rate ν) each is
  Gamma(p·x, rate ν·x).
"""

from __future__ import annotations

from datetime import date

import numpy as np
import numpy.typing as npt
import pandas as pd

__all__ = ["simulate_bgnbd", "simulate_gamma_gamma", "simulate_pareto_nbd", "simulate_transactions"]


def _ages(n: int, T: npt.ArrayLike) -> np.ndarray:
    return np.broadcast_to(np.asarray(T, dtype=float), (n,)).copy()


def _recency(x: np.ndarray, n_events: np.ndarray, span: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    safe_x = np.maximum(x, 1)
    position = rng.beta(safe_x, np.maximum(n_events - x, 0) + 1)
    return np.where(x > 0, span * position, 0.0)


def simulate_bgnbd(
    n: int, r: float, alpha: float, a: float, b: float, T: npt.ArrayLike, seed: int = 0
) -> pd.DataFrame:
    """Give ``n`` customers' frequency, recency and T drawn from the BG/NBD model.

    ``T`` is a number or an array of n observation lengths (same time unit as 1/α).
    """
    rng = np.random.default_rng(seed)
    age = _ages(n, T)
    rate = rng.gamma(r, 1 / alpha, n)
    drop = rng.beta(a, b, n)
    leave_after = rng.geometric(drop)
    n_events = rng.poisson(rate * age)
    x = np.minimum(leave_after, n_events)
    return pd.DataFrame({"frequency": x.astype(float), "recency": _recency(x, n_events, age, rng), "T": age})


def simulate_pareto_nbd(
    n: int, r: float, alpha: float, s: float, beta: float, T: npt.ArrayLike, seed: int = 0
) -> pd.DataFrame:
    """Give ``n`` customers' frequency, recency and T drawn from the Pareto/NBD model."""
    rng = np.random.default_rng(seed)
    age = _ages(n, T)
    rate = rng.gamma(r, 1 / alpha, n)
    lifetime = rng.exponential(1 / rng.gamma(s, 1 / beta, n))
    span = np.minimum(lifetime, age)
    x = rng.poisson(rate * span)
    return pd.DataFrame({"frequency": x.astype(float), "recency": _recency(x, x, span, rng), "T": age})


def simulate_gamma_gamma(
    frequency: npt.ArrayLike, p: float, q: float, gamma: float, seed: int = 0
) -> np.ndarray:
    """Give each customer's mean repeat purchase value (0 without repeat purchases)."""
    rng = np.random.default_rng(seed)
    x = np.asarray(frequency, dtype=float)
    nu = rng.gamma(q, 1 / gamma, len(x))
    shape = np.maximum(p * x, 1e-12)
    mean = rng.gamma(shape, 1 / (nu * np.maximum(x, 1)))
    return np.where(x > 0, mean, 0.0)


def simulate_transactions(
    n: int,
    *,
    r: float,
    alpha: float,
    a: float,
    b: float,
    p: float,
    q: float,
    gamma: float,
    start: date,
    end: date,
    cohort_days: int = 90,
    seed: int = 0,
) -> pd.DataFrame:
    """Give a transaction log (customer_id, date, amount) of BG/NBD + Gamma-Gamma customers.

    Customers make their first purchase on a uniform day of the first ``cohort_days`` days
    from ``start``; rates are per day; purchases are followed to ``end`` (inclusive) and
    fall on whole days (two purchases on the same day stay two lines of that day); every
    purchase is worth Gamma(p, rate ν), ν ~ Gamma(q, rate γ) per customer.
    """
    rng = np.random.default_rng(seed)
    birth = rng.integers(0, cohort_days, n)
    span = (end - start).days - birth + 1.0
    rate, leave_after = rng.gamma(r, 1 / alpha, n), rng.geometric(rng.beta(a, b, n))
    n_events = rng.poisson(rate * span)
    owner = np.repeat(np.arange(n), n_events)
    offsets = rng.uniform(0, 1, len(owner)) * span[owner]
    order = np.lexsort((offsets, owner))
    owner, offsets = owner[order], offsets[order]
    rank = np.arange(len(owner)) - np.repeat(np.cumsum(n_events) - n_events, n_events)
    kept = rank < leave_after[owner]
    owner = np.r_[np.arange(n), owner[kept]]
    day = birth[owner] + np.floor(np.r_[np.zeros(n), offsets[kept]]).astype(int)
    nu = rng.gamma(q, 1 / gamma, n)
    amount = np.round(rng.gamma(p, 1 / nu[owner]), 2)
    frame = pd.DataFrame(
        {
            "customer_id": pd.array([f"C{i:06d}" for i in owner], dtype="string"),
            "date": pd.to_datetime(np.datetime64(start, "D") + day),
            "amount": amount,
        }
    )
    return frame.sort_values(["customer_id", "date"], kind="stable").reset_index(drop=True)
