"""Sensitivity sweep on a large synthetic customer table, against one classification per position.

Builds a customer table of ``--customers`` rows (log-normal revenue with a few returns-only
customers, gamma CVs with some undefined, 1–24 months of history), a
:class:`~segcore.classify.segmentation.Segmenter` for it (not timed), then measures:

- ``sweep (cold)``: :func:`segcore.classify.sensitivity.sweep_all` with ``--positions`` values for
  each of the six thresholds, including building the sweep basis (the sorts of CVs and
  loyalty scores and the cumulative arrays);
- ``sweep (warm)``: the same with the basis already built (what a second chart costs);
- ``baseline``: the plain way, :meth:`Segmenter.segment` once per position and threshold
  (six × positions calls, with the segmenter's own caches warm).

Prints the median of ``--repeat`` runs and the ratios, and checks that both ways give the
same class sizes.

    python bench/bench_sweep.py --customers 1000000 --positions 50 --repeat 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from segcore.classify.segmentation import Segmenter
from segcore.classify.sensitivity import PARAMETERS, SweepBasis, sweep, sweep_all
from segcore.settings import Scenario


def customers(n: int, seed: int = 7) -> pd.DataFrame:
    """Give a synthetic customer table with the columns the segmenter reads."""
    rng = np.random.default_rng(seed)
    orders = rng.poisson(2.5, n) + 1
    revenue = np.round(rng.lognormal(6.0, 1.3, n) * orders, 2)
    revenue[rng.random(n) < 0.01] *= -0.05
    history = rng.integers(1, 25, n)
    cv = np.where(rng.random(n) < 0.04, np.nan, rng.gamma(2.0, 0.8, n))
    return pd.DataFrame(
        {
            "customer_id": pd.array([f"C{i:08d}" for i in range(n)], dtype="string"),
            "revenue": revenue,
            "orders": orders,
            "tenure_days": rng.integers(0, 1000, n),
            "recency_days": rng.integers(0, 1000, n),
            "cv": cv,
            "history_periods": history,
        }
    )


def moved(scenario: Scenario, parameter: str, value: float) -> Scenario:
    """Give the scenario with one threshold set to ``value``."""
    part, _, name = parameter.partition("_")
    if part in ("loyalty", "profit"):
        return scenario.replace(quadrants=scenario.quadrants.replace(**{parameter: value}))
    return scenario.replace(**{part: getattr(scenario, part).replace(**{name: value})})


def baseline(segmenter: Segmenter, scenario: Scenario, values: dict[str, np.ndarray]) -> dict:
    """Classify once per value of every threshold; give the class counts per (parameter, value)."""
    counts = {}
    for parameter, grid in values.items():
        for value in grid:
            result = segmenter.segment(moved(scenario, parameter, float(value)))
            counts[parameter, float(value)] = {
                "abc": result.abc_counts,
                "xyz": np.bincount(result.xyz_codes, minlength=4),
            }.get(parameter[:3], result.quadrant_customers)
    return counts


def timed(function, repeat: int) -> tuple[float, object]:
    """Give the median seconds of ``repeat`` calls and the last result."""
    seconds, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), result


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--positions", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    table = customers(args.customers)
    started = time.perf_counter()
    segmenter = Segmenter(table)
    build = time.perf_counter() - started
    scenario = Scenario()

    cold, frame = timed(lambda: sweep_all(segmenter, scenario, args.positions), args.repeat)
    basis = SweepBasis(segmenter, scenario)
    sweep_all(basis, scenario, args.positions)
    warm, _ = timed(lambda: sweep_all(basis, scenario, args.positions), args.repeat)
    values = {p: frame.loc[frame["parameter"] == p, "value"].unique() for p in PARAMETERS}
    plain, counts = timed(lambda: baseline(segmenter, scenario, values), args.repeat)

    for parameter in PARAMETERS:
        rows = sweep(basis, scenario, parameter, args.positions)
        for value, group in rows.groupby("value", sort=False):
            assert group["customers"].tolist() == list(counts[parameter, float(value)]), (parameter, value)

    calls = sum(len(v) for v in values.values())
    print(f"customers: {args.customers:,}; thresholds: {len(PARAMETERS)}; values swept: {calls}")
    print(f"segmenter built (not timed below): {build:.2f} s")
    print(f"sweep (cold, incl. sorts):  {cold:8.3f} s")
    print(f"sweep (warm basis):         {warm:8.3f} s")
    print(f"baseline ({calls} segment calls): {plain:8.3f} s  ({1000 * plain / calls:.1f} ms per call)")
    print(f"ratio baseline / sweep: cold {plain / cold:.1f}x, warm {plain / warm:.1f}x")
    print("class sizes: sweep == baseline at every position")


if __name__ == "__main__":
    main()
