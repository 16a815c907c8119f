"""What a dataset derives is kept with it and goes with it; the C heap hands freed buffers back."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd

from segcore.customers import customer_table
from segcore.ingest import load_transactions
from segcore.settings import AggregationSettings
from ui.data import Dataset
from ui.dataset_cache import Derived
from ui.engine import new_backend

ROOT = Path(__file__).resolve().parents[2]


def test_derived_results_are_built_once_bounded_in_number_and_counted_in_bytes():
    derived = Derived(2)
    built: list[str] = []

    def build(name: str):
        return lambda: built.append(name) or name

    assert derived.get(("a",), build("a"), len) == "a"
    assert derived.get(("a",), build("other"), len) == "a"  # kept: built once
    derived.get(("bb",), build("bb"), len)
    derived.get(("a",), build("again"), len)  # a used last: bb is now the least recently used
    derived.get(("ccc",), build("ccc"), len)
    assert built == ["a", "bb", "ccc"] and derived.nbytes == 1 + 3
    assert derived.get(("bb",), build("bb"), len) == "bb" and built[-1] == "bb"  # dropped, built again
    derived.clear()
    assert derived.nbytes == 0


def test_two_threads_asking_for_one_result_build_it_once():
    derived = Derived(4)
    calls: list[int] = []
    gate = threading.Event()

    def slow() -> str:
        calls.append(1)
        gate.wait(5)
        return "table"

    got: list[str] = []
    threads = [threading.Thread(target=lambda: got.append(derived.get("k", slow, len))) for _ in range(2)]
    for thread in threads:
        thread.start()
    gate.set()
    for thread in threads:
        thread.join(10)
    assert got == ["table", "table"] and calls == [1]


def _tables(backend) -> int:
    return backend.con.execute("select count(*) from duckdb_tables()").fetchone()[0]


def test_closing_a_dataset_drops_its_table_and_the_customer_tables_derived_from_it():
    backend = new_backend()
    dataset = Dataset("store", load_transactions(ROOT / "sample_data" / "store_en.csv", backend=backend))
    rows_only = dataset.nbytes
    watcher = new_backend()
    tables_before = _tables(watcher)
    customers = dataset.derived(
        ("analyse", "{}"),
        lambda: dataset.query(lambda data: customer_table(data, AggregationSettings())),
        lambda frame: int(frame.memory_usage(deep=False).sum()),
    )
    assert isinstance(customers, pd.DataFrame) and len(customers) > 0
    assert dataset.nbytes == rows_only + int(customers.memory_usage(deep=False).sum())
    dataset.close()
    assert dataset.nbytes == rows_only  # nothing derived is kept any more
    assert _tables(watcher) == tables_before - 1


_HEAP = """
import sys
from pathlib import Path
from ui import heap

def rss():
    line = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024

if sys.argv[1] == "tuned":
    assert heap.tune()
start = rss()
first = b"x" * (30 << 20)  # freed: glibc raises its mmap threshold to 30 MB
del first
held, kept = [], []
for _ in range(10):  # 80 MB of buffers between small objects that stay
    held.append(b"y" * (8 << 20))
    kept.append([object() for _ in range(2000)])
del held
if sys.argv[2] == "trim":
    heap.trim()
print(round(rss() - start))
"""


def _left_mb(mode: str, trim: str) -> int:
    env = {**os.environ, "STUDIO_MMAP_THRESHOLD_KB": "256"}
    done = subprocess.run(
        [sys.executable, "-c", _HEAP, mode, trim],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip())


def test_freed_buffers_go_back_to_the_system_once_the_heap_is_tuned_or_trimmed():
    assert _left_mb("plain", "keep") > 60  # glibc's own way: 80 MB freed and kept
    assert _left_mb("tuned", "keep") < 15  # a fixed threshold: each buffer mapped, unmapped when freed
    assert _left_mb("plain", "trim") < 15


_DUCKDB = """
import sys
from pathlib import Path

if sys.argv[1] == "studio":
    import ui  # noqa: F401  (sets DuckDB's allocator up before duckdb is imported)
import duckdb

def rss():
    line = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024

con = duckdb.connect()
con.execute("SET enable_progress_bar = false")  # a slow machine's progress bar would go to stdout
start = rss()
con.execute("CREATE TABLE t AS SELECT range AS a, range * 2 AS b FROM range(30000000)")
con.execute("SELECT a % 1000 AS k, sum(b) FROM t GROUP BY k").fetchall()
con.execute("DROP TABLE t")
print(round(rss() - start))
"""


def _duckdb_left_mb(mode: str) -> int:
    env = {name: value for name, value in os.environ.items() if name != "DUCKDB_JE_MALLOC_CONF"}
    done = subprocess.run(
        [sys.executable, "-c", _DUCKDB, mode], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip())


def test_duckdb_hands_a_dropped_table_back_to_the_system_in_the_studio():
    # 30M rows of two BIGINTs (about 480 MB) made, aggregated and dropped: DuckDB's jemalloc keeps
    # the freed pages for its decay time on its own, and hands them back at once in the studio.
    assert _duckdb_left_mb("plain") > 300
    assert _duckdb_left_mb("studio") < 100
