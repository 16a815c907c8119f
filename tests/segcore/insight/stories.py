"""A small store with planted stories, for testing that the findings name the right customers.

Three years of transactions (2023-01-01 … 2025-12-31) from a fixed seed:

- :data:`BIG`: a wholesale buyer who brings about 15 % of revenue and margin, every two weeks
  to the end (a dependency, not at risk);
- :data:`STOPPED`: two key accounts that bought every two weeks and stopped in mid-2025
  (at risk, lost), and :data:`GONE_LONG_AGO`: a large buyer who stopped in 2023 (past the
  reach of an alert);
- :data:`ONE_BIG_ORDER`: a single large order in 2025 (no rhythm: never overdue);
- :data:`DECEMBER`: buyers who come only in December, three years running (seasonal);
- :data:`OLD_ONE_TIMERS`: one purchase of 1,200 each in early 2023; :data:`STEADY`: 100 a
  month through 2025 (the same total);
- :data:`RETURNER`: sends back about four lines in ten (high returns);
- :data:`RISER`: two small orders in 2024, then a large order every month of 2025 (rising);
- background: 300 regular buyers, every 10–45 days to the end, 2 % of lines returned, no
  season, no growth.

Money is rounded to cents; cost is 70 % of the amount (returns carry their cost back).
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd

__all__ = [
    "BIG",
    "DECEMBER",
    "END",
    "GONE_LONG_AGO",
    "OLD_ONE_TIMERS",
    "ONE_BIG_ORDER",
    "RETURNER",
    "RISER",
    "START",
    "STEADY",
    "STOPPED",
    "story_transactions",
]

START, END = date(2023, 1, 1), date(2025, 12, 31)
BIG = "Atlas Wholesale"
STOPPED = ("Birch Hotels", "Cedar Catering")
GONE_LONG_AGO = "Dune Traders"
ONE_BIG_ORDER = "Elm One-Off"
DECEMBER = tuple(f"D-{i:02d}" for i in range(1, 6))
OLD_ONE_TIMERS = tuple(f"O-{i:02d}" for i in range(1, 6))
STEADY = tuple(f"S-{i:02d}" for i in range(1, 6))
RETURNER = "R-01"
RISER = "Z-01"
SEED = 20_251_231


class _Ledger:
    """Collects transaction lines and numbers the orders."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.rows: list[tuple[str, date, str, float]] = []
        self.orders = 0

    def order(self, customer: str, day: date, amount: float, return_share: float = 0.0) -> None:
        self.orders += 1
        self.rows.append((customer, day, f"SO-{self.orders:06d}", round(amount, 2)))
        if return_share and self.rng.random() < return_share and day + timedelta(days=10) <= END:
            self.rows.append((customer, day + timedelta(days=10), f"RT-{self.orders:06d}", -round(amount, 2)))

    def every(self, customer: str, first: date, last: date, days: int, amount: float, **kw: float) -> None:
        day = first
        while day <= last:
            self.order(customer, day, amount * self.rng.uniform(0.9, 1.1), **kw)
            day += timedelta(days=int(days * self.rng.uniform(0.8, 1.2)))


def _background(ledger: _Ledger) -> None:
    for number in range(1, 301):
        gap = int(ledger.rng.integers(10, 46))
        first = START + timedelta(days=int(ledger.rng.integers(0, 60)))
        amount = float(ledger.rng.lognormal(np.log(400), 0.5))
        ledger.every(f"C-{number:04d}", first, END, gap, amount, return_share=0.02)


def _stories(ledger: _Ledger) -> None:
    ledger.every(BIG, date(2023, 1, 5), END, 14, 20_000.0)
    for name in STOPPED:
        ledger.every(name, date(2023, 1, 3), date(2025, 6, 20), 14, 12_000.0)
    ledger.every(GONE_LONG_AGO, date(2023, 1, 4), date(2023, 9, 30), 14, 20_000.0)
    ledger.order(ONE_BIG_ORDER, date(2025, 4, 15), 150_000.0)
    for name in DECEMBER:
        for year in (2023, 2024, 2025):
            ledger.order(name, date(year, 12, int(ledger.rng.integers(1, 12))), 900.0)
            ledger.order(name, date(year, 12, int(ledger.rng.integers(12, 24))), 700.0)
    for number, name in enumerate(OLD_ONE_TIMERS):
        ledger.order(name, date(2023, 1 + number % 3, 10 + number), 1200.0)
    for name in STEADY:
        for month in range(1, 13):
            ledger.order(name, date(2025, month, 15), 100.0)
    ledger.every(RETURNER, date(2023, 2, 1), END, 20, 1500.0, return_share=0.4)
    ledger.order(RISER, date(2024, 3, 10), 300.0)
    ledger.order(RISER, date(2024, 9, 10), 300.0)
    for month in range(1, 13):
        ledger.order(RISER, date(2025, month, 5), 1_000.0)


def story_transactions() -> pd.DataFrame:
    """Give the transactions of the story store (same rows for every call)."""
    ledger = _Ledger(np.random.default_rng(SEED))
    _stories(ledger)
    _background(ledger)
    frame = pd.DataFrame(ledger.rows, columns=["customer_id", "date", "order_id", "amount"])
    frame["cost"] = (frame["amount"] * 0.7).round(2)
    frame["date"] = pd.to_datetime(frame["date"])
    return frame.sort_values(["date", "order_id"], kind="stable").reset_index(drop=True)
