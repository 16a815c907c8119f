"""What a slider move costs in findings: segcore.findings against the findings basis, on a demo dataset.

Reads a demo dataset and builds its customer table (not timed), then measures:

- ``findings + transactions``: :func:`segcore.findings` with the transactions (what the
  Summary page asks: the customer-base finding counts new and lost customers over all lines);
- ``findings``: the same without the transactions;
- ``basis (build)``: :class:`segcore.insight.basis.FindingsBasis` with the transactions
  (the scenario-free findings, once per dataset and aggregation);
- ``basis, per scenario``: :meth:`FindingsBasis.findings` for a new scenario (what a slider
  move costs on the Matrix page when the scenario is not cached yet).

Each is the median over ``--repeat`` runs; the scenarios move the ABC A cut-off from 0.600 to
0.899, so every run classifies afresh. Checks that both ways give the same findings.

    python bench/bench_findings.py --data sample_data/store_en.csv --repeat 5
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import segcore
from segcore.insight.basis import FindingsBasis


def milliseconds(work, repeat: int) -> float:
    """Give the median time of ``work()`` over ``repeat`` runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1e3)
    return statistics.median(times)


def main() -> None:
    """Print the timings and the ratio of a scenario move against the full findings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="sample_data/store_en.csv")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    transactions = segcore.load_transactions(args.data)
    customers = segcore.customer_table(transactions)
    base = segcore.Scenario()
    cuts = [0.6 + (i % 300) / 1000 for i in range(10 * args.repeat)]
    scenarios = iter([base.replace(abc=base.abc.replace(a=round(a, 3))) for a in cuts])
    full_tx = milliseconds(lambda: segcore.findings(customers, transactions=transactions), args.repeat)
    full = milliseconds(lambda: segcore.findings(customers, next(scenarios)), args.repeat)
    build = milliseconds(lambda: FindingsBasis(customers, transactions=transactions), args.repeat)
    basis = FindingsBasis(customers, transactions=transactions)
    move = milliseconds(lambda: basis.findings(next(scenarios)), args.repeat * 4)
    check = next(scenarios)
    same = basis.findings(check) == segcore.findings(customers, check, transactions=transactions)
    print(f"customers                  {len(customers):>10,}")
    print(f"findings + transactions    {full_tx:>10.1f} ms")
    print(f"findings                   {full:>10.1f} ms")
    print(f"basis (build)              {build:>10.1f} ms")
    print(f"basis, per scenario        {move:>10.1f} ms   ({full / move:.1f}x faster than findings)")
    print(f"same findings              {same}")


if __name__ == "__main__":
    main()
