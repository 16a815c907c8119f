"""Ingest + customer table on generated transaction files, against pandas and raw DuckDB SQL.

For each size (rows) and format (CSV, Parquet) the same file is turned into the same
per-customer figures (net revenue, purchases, returns, orders, lines, first/last purchase,
monthly CV from the first purchase month) three ways, each in a fresh process so peak RSS
is its own:

- ``segcore``: ``load_transactions`` (sniffing, parsing, row accounting) + ``customer_table``;
- ``duckdb``: one hand-written SQL query over ``read_csv``/``read_parquet`` with typed
  columns (no row accounting, no dialect detection): the floor;
- ``pandas``: ``read_csv``/``read_parquet`` + ``groupby``.

Each process first imports its libraries and turns a 1,000-row file of the same format
into its table (as a running app server has: the first query of a process also pays for
lazy imports and query-compiler caches), then the measured file. Prints the median of
``--repeat`` runs of the measured file, the ratios to raw DuckDB, peak RSS, and apart the
time to import and the first (1,000-row) file, which a server pays once.

    python bench/bench_ingest.py --rows 1000000 10000000 --repeat 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "output"

GENERATE = """
import duckdb, sys
rows, path_csv, path_parquet = int(sys.argv[1]), sys.argv[2], sys.argv[3]
customers = max(rows // 10, 1)
con = duckdb.connect()
con.execute(f'''
    CREATE TABLE tx AS
    SELECT
        'C' || lpad(CAST((hash(i) % {customers}) AS VARCHAR), 8, '0') AS customer_id,
        DATE '2023-01-01' + CAST(hash(i * 7 + 1) % 1095 AS INTEGER) AS date,
        'O' || CAST(i // 3 AS VARCHAR) AS order_id,
        round(CASE WHEN hash(i * 13 + 5) % 100 < 3 THEN -1 ELSE 1 END
              * (5 + (hash(i * 11 + 3) % 100000) / 100.0), 2) AS amount
    FROM range({rows}) t(i)
''')
con.execute(f"COPY tx TO '{path_csv}' (HEADER, DELIMITER ',')")
con.execute(f"COPY tx TO '{path_parquet}' (FORMAT parquet)")
"""

MEASURE = """
import json, resource, sys, time
kind, path, warm_path = sys.argv[1], sys.argv[2], sys.argv[3]
started = time.perf_counter()
{imports}
imported = time.perf_counter()
def work(path):
{body}
    return customers
work(warm_path)
warmed = time.perf_counter()
customers = work(path)
elapsed = time.perf_counter() - warmed
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": elapsed, "import_seconds": imported - started,
                  "warm_up_seconds": warmed - imported, "rss_mb": rss_mb, "customers": int(customers)}}))
"""

#: What each way imports: timed apart, since a server pays it once, not per file.
IMPORTS = {
    "segcore": "import segcore\nfrom segcore.settings import AggregationSettings",
    "duckdb": "import duckdb",
    "pandas": "import numpy as np, pandas as pd",
}

SEGCORE = """
data = segcore.load_transactions(path)
table = segcore.customer_table(data, AggregationSettings(grain="M"))
customers = len(table)
"""

DUCKDB = """
source = (f"read_csv('{path}', header=true, columns={{'customer_id':'VARCHAR','date':'DATE',"
          f"'order_id':'VARCHAR','amount':'DOUBLE'}})" if kind == "csv" else f"read_parquet('{path}')")
sql = f'''
WITH lines AS (
    SELECT customer_id, date, order_id, amount,
           year(date) * 12 + month(date) - 1 AS period
    FROM {source}
),
per_customer AS (
    SELECT customer_id,
           sum(amount) AS revenue,
           sum(CASE WHEN amount > 0 THEN amount ELSE 0 END) AS purchases,
           sum(CASE WHEN amount < 0 THEN -amount ELSE 0 END) AS returns,
           count(DISTINCT CASE WHEN amount > 0 THEN order_id END) AS orders,
           count(*) FILTER (WHERE amount > 0) AS lines,
           min(date) FILTER (WHERE amount > 0) AS first_purchase,
           max(date) FILTER (WHERE amount > 0) AS last_purchase,
           min(period) FILTER (WHERE amount > 0) AS first_period
    FROM lines GROUP BY customer_id
),
per_period AS (
    SELECT customer_id, period, sum(amount) AS revenue
    FROM lines GROUP BY customer_id, period
),
cv AS (
    SELECT p.customer_id, sum(p.revenue) AS s1, sum(p.revenue * p.revenue) AS s2
    FROM per_period p JOIN per_customer c USING (customer_id)
    WHERE p.period >= c.first_period
    GROUP BY p.customer_id
)
SELECT c.*, (SELECT max(period) FROM lines) - c.first_period + 1 AS n, cv.s1, cv.s2
FROM per_customer c LEFT JOIN cv USING (customer_id)
ORDER BY customer_id
'''
table = duckdb.sql(sql).df()
customers = len(table)
"""

PANDAS = """
if kind == "csv":
    tx = pd.read_csv(path, dtype={"customer_id": str, "order_id": str}, parse_dates=["date"])
else:
    tx = pd.read_parquet(path)
    tx["date"] = pd.to_datetime(tx["date"])
tx["period"] = tx["date"].dt.year * 12 + tx["date"].dt.month - 1
positive = tx["amount"] > 0
tx["purchase"] = tx["amount"].where(positive, 0.0)
tx["returned"] = (-tx["amount"]).where(~positive, 0.0)
grouped = tx.groupby("customer_id")
table = grouped.agg(revenue=("amount", "sum"), purchases=("purchase", "sum"),
                    returns=("returned", "sum"))
bought = tx[positive].groupby("customer_id")
table["orders"] = bought["order_id"].nunique()
table["lines"] = bought.size()
table["first_purchase"] = bought["date"].min()
table["last_purchase"] = bought["date"].max()
table["first_period"] = bought["period"].min()
per_period = tx.groupby(["customer_id", "period"])["amount"].sum().reset_index()
per_period = per_period.join(table["first_period"], on="customer_id")
per_period = per_period[per_period["period"] >= per_period["first_period"]]
per_period["sq"] = per_period["amount"] ** 2
sums = per_period.groupby("customer_id")[["amount", "sq"]].sum()
table = table.join(sums).sort_index()
customers = len(table)
"""


def run(kind: str, path: Path, warm_path: Path, way: str, body: str) -> dict:
    script = MEASURE.format(imports=IMPORTS[way], body=textwrap.indent(body, "    "))
    result = subprocess.run(
        [sys.executable, "-c", script, kind, str(path), str(warm_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-pandas-above", type=int, default=20_000_000)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    print(
        f"{'rows':>11} {'format':7} {'way':8} {'median s':>9} {'÷ duckdb':>9} {'peak RSS MB':>12}"
        f" {'import s':>9} {'1st file s':>10}"
    )
    warm = {"csv": OUT / "tx_1000.csv", "parquet": OUT / "tx_1000.parquet"}
    if not all(p.exists() for p in warm.values()):
        subprocess.run(
            [sys.executable, "-c", GENERATE, "1000", str(warm["csv"]), str(warm["parquet"])], check=True
        )
    for rows in args.rows:
        csv_path, parquet_path = OUT / f"tx_{rows}.csv", OUT / f"tx_{rows}.parquet"
        if not csv_path.exists() or not parquet_path.exists():
            subprocess.run(
                [sys.executable, "-c", GENERATE, str(rows), str(csv_path), str(parquet_path)], check=True
            )
        for kind, path in (("csv", csv_path), ("parquet", parquet_path)):
            ways = {"duckdb": DUCKDB, "segcore": SEGCORE}
            if rows <= args.skip_pandas_above:
                ways["pandas"] = PANDAS
            results: dict[str, list[dict]] = {way: [] for way in ways}
            for _ in range(args.repeat):  # interleaved, so drift hits every way alike
                for way, body in ways.items():
                    results[way].append(run(kind, path, warm[kind], way, body))
            floor = statistics.median(r["seconds"] for r in results["duckdb"])
            counts = {way: {r["customers"] for r in rs} for way, rs in results.items()}
            for way, rs in results.items():
                seconds = statistics.median(r["seconds"] for r in rs)
                rss = max(r["rss_mb"] for r in rs)
                imports = statistics.median(r["import_seconds"] for r in rs)
                first = statistics.median(r["warm_up_seconds"] for r in rs)
                print(
                    f"{rows:>11,} {kind:7} {way:8} {seconds:9.2f} {seconds / floor:9.2f}"
                    f" {rss:12.0f} {imports:9.2f} {first:10.2f}   customers={sorted(counts[way])}"
                )


if __name__ == "__main__":
    main()
