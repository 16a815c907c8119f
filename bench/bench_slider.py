"""One slider move of the classification engine against a plain pandas classification.

For each size, a synthetic customer table with a realistic shape is generated (gamma-
distributed purchase rates, 1–36 months of history, log-normal baskets, a few customers
with zero or negative net revenue, CVs from the k-of-n formula with basket noise). Then:

- ``build``: ``Segmenter(customers)`` once (sorting by revenue, loyalty ranks, Pareto curve);
- ``move``: ``segment(scenario)`` for ``--moves`` scenarios with different ABC cuts and rule,
  XYZ cuts, loyalty and profit splits (codes, the 12-cell and 4-quadrant totals, Pareto
  points, Gini); ``move + frames`` (other scenarios of the same kind) also builds the two
  summary DataFrames;
- ``weight move``: a change of loyalty weights (new score, new loyalty percentile);
- the first move on another ABC basis and with another minimum history (built once each);
- ``pandas``: the same classification done the obvious way each move (``sort_values``,
  cumulative share, ``pd.cut``, ``rank(pct=True)``, ``quantile``, ``groupby``).

Prints medians (and the 90th percentile of the moves) and the ratio of pandas to the engine.

    python bench/bench_slider.py --sizes 100000 1000000 --moves 60
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
from segcore.settings import (
    AbcThresholds,
    QuadrantSettings,
    Scenario,
    XyzThresholds,
)


def synthetic_customers(n: int, seed: int = 1) -> pd.DataFrame:
    """Give a customer table with the columns the engine reads, long-tailed like real bases."""
    rng = np.random.default_rng(seed)
    months = rng.integers(1, 37, n)
    rate = rng.gamma(0.7, 0.6 / 0.7, n)
    orders = 1 + rng.poisson(rate * months)
    basket = rng.lognormal(3.5, 0.8, n)
    revenue = orders * basket * rng.lognormal(0, 0.3, n)
    odd = rng.random(n)
    revenue[odd < 0.003] = 0.0
    revenue[(odd >= 0.003) & (odd < 0.008)] *= -0.1
    active = np.minimum(months, np.maximum(1, np.rint(months * -np.expm1(-rate)))).astype(float)
    cv = np.sqrt(np.maximum(months / active * 1.25 - 1, 0)) * rng.lognormal(0, 0.1, n)
    cv[revenue <= 0] = np.nan
    age = months * 30.4 - rng.uniform(0, 30, n)
    tenure = np.where(orders > 1, age * rng.beta(orders, 2), 0.0)
    relationship = np.maximum(tenure / 30.4, 1)
    return pd.DataFrame(
        {
            "customer_id": [f"C{i:08d}" for i in range(n)],
            "revenue": revenue,
            "margin": revenue * rng.uniform(0.1, 0.4, n),
            "orders": orders,
            "ltv_simple": revenue / relationship * relationship.mean(),
            "tenure_days": np.rint(tenure),
            "recency_days": np.rint(age - tenure),
            "cv": cv,
            "history_periods": months,
            "loyalty_member": rng.random(n) < 0.3,
        }
    )


def threshold_moves(count: int, seed: int = 2) -> list[Scenario]:
    """Give scenarios that differ in every threshold a slider moves (weights fixed)."""
    rng = np.random.default_rng(seed)
    moves = []
    for i in range(count):
        a = round(rng.uniform(0.5, 0.9), 3)
        x = round(rng.uniform(0.3, 1.5), 3)
        moves.append(
            Scenario(
                abc=AbcThresholds(
                    a=a,
                    b=round(rng.uniform(a + 0.02, 0.99), 3),
                    rule="within" if i % 2 else "crossing_up",
                ),
                xyz=XyzThresholds(x=x, y=round(x + rng.uniform(0.2, 2), 3)),
                quadrants=QuadrantSettings(
                    loyalty_split=round(rng.uniform(0.2, 0.8), 3),
                    profit_split=round(rng.uniform(0.2, 0.8), 3),
                ),
            )
        )
    return moves


def weight_moves(count: int, seed: int = 3) -> list[Scenario]:
    """Give scenarios that differ in the loyalty weights (each a new score)."""
    rng = np.random.default_rng(seed)
    return [
        Scenario(
            quadrants=QuadrantSettings(
                preset="custom",
                w_frequency=round(rng.uniform(0.05, 1), 4),
                w_tenure=round(rng.uniform(0, 1), 4),
                w_recency=round(rng.uniform(0, 1), 4),
                w_regularity=round(rng.uniform(0, 1), 4),
                extra_weights="loyalty_member:0.2" if i % 2 else "",
            )
        )
        for i in range(count)
    ]


def pandas_move(customers: pd.DataFrame, scenario: Scenario) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Classify the obvious way: sort, cumulate, cut, rank, quantile, group."""
    abc, xyz, quad = scenario.abc, scenario.xyz, scenario.quadrants
    table = customers.sort_values(["revenue", "customer_id"], ascending=[False, True])
    positive = table["revenue"].clip(lower=0)
    total = positive.sum()
    share = (positive.cumsum() - positive) / total
    if abc.rule == "within":
        share = positive.cumsum() / total
    right = abc.rule == "within"
    table["abc"] = pd.cut(share, [-np.inf, abc.a, abc.b, np.inf], labels=list("ABC"), right=right)
    table["abc"] = table["abc"].astype(str).where(table["revenue"] > 0, "C")
    usable = (table["history_periods"] >= xyz.min_periods) & (table["cv"] >= 0)
    table["xyz"] = pd.cut(table["cv"], [-np.inf, xyz.x, xyz.y, np.inf], labels=list("XYZ"))
    table["xyz"] = table["xyz"].astype(str).where(usable, "N")
    weights = quad.component_weights
    cv_rank = table["cv"].where(usable).rank(pct=True, ascending=False, na_option="bottom")
    loyalty = (
        weights["frequency"] * table["orders"].rank(pct=True)
        + weights["tenure"] * table["tenure_days"].rank(pct=True)
        + weights["recency"] * table["recency_days"].rank(pct=True, ascending=False)
        + weights["regularity"] * cv_rank
    ) / sum(weights.values())
    high_loyalty = loyalty > loyalty.quantile(quad.loyalty_split)
    high_profit = table["revenue"] > table["revenue"].quantile(quad.profit_split)
    table["quadrant"] = np.select(
        [~high_loyalty & ~high_profit, high_loyalty & ~high_profit, high_loyalty & high_profit],
        ["I", "II", "III"],
        "IV",
    )
    matrix = table.groupby(["abc", "xyz"])["revenue"].agg(["size", "sum"])
    quadrants = table.groupby("quadrant")["revenue"].agg(["size", "sum"])
    return matrix, quadrants


def timed(function, *args) -> float:
    started = time.perf_counter()
    function(*args)
    return time.perf_counter() - started


def with_frames(segmenter: Segmenter, scenario: Scenario) -> None:
    result = segmenter.segment(scenario)
    _ = result.matrix, result.quadrant_summary


def run(n: int, moves: int, baseline_repeat: int) -> None:
    customers = synthetic_customers(n)
    build = timed(Segmenter, customers)
    segmenter = Segmenter(customers)
    scenarios = threshold_moves(moves)
    move = [timed(segmenter.segment, s) for s in scenarios]
    framed = [timed(with_frames, segmenter, s) for s in threshold_moves(moves, seed=4)]
    weighted = [timed(segmenter.segment, s) for s in weight_moves(max(moves // 3, 10))]
    new_basis = timed(segmenter.segment, Scenario(abc=AbcThresholds(basis="margin")))
    new_history = timed(segmenter.segment, Scenario(xyz=XyzThresholds(min_periods=4)))
    baseline = [timed(pandas_move, customers, s) for s in scenarios[:baseline_repeat]]
    check = segmenter.segment(scenarios[0]).matrix.groupby("abc")["customers"].sum()
    matrix, _ = pandas_move(customers, scenarios[0])
    agree = check.to_dict() == matrix.groupby(level="abc")["size"].sum().to_dict()

    def ms(values: list[float]) -> float:
        return statistics.median(values) * 1e3

    p90 = float(np.percentile(move, 90)) * 1e3
    print(f"\n{n:,} customers (pandas and engine ABC counts agree: {agree})")
    print(f"  build Segmenter (once)        {build * 1e3:10.1f} ms")
    print(f"  move (median of {len(move)})          {ms(move):10.3f} ms   p90 {p90:.3f} ms")
    print(f"  move + summary frames         {ms(framed):10.3f} ms")
    print(f"  weight move (median of {len(weighted)})   {ms(weighted):10.3f} ms")
    print(f"  first move on a new basis     {new_basis * 1e3:10.1f} ms (sorts once)")
    print(f"  first move, new min history   {new_history * 1e3:10.1f} ms (re-ranks regularity)")
    print(f"  pandas move (median of {len(baseline)})    {ms(baseline):10.1f} ms")
    print(f"  ratio pandas / move           {ms(baseline) / ms(move):10.0f} x")
    print(f"  ratio pandas / move + frames  {ms(baseline) / ms(framed):10.0f} x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--moves", type=int, default=60)
    parser.add_argument("--baseline-repeat", type=int, default=5)
    args = parser.parse_args()
    for n in args.sizes:
        run(n, args.moves, args.baseline_repeat)


if __name__ == "__main__":
    main()
