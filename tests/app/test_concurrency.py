"""Twenty sessions at once on one dataset: every query of its DuckDB connection takes its turn.

The studio's pages reach a dataset's transactions only through :meth:`ui.data.Dataset.query`
(which holds the dataset's lock); the customer table and its segmenter through
:class:`ui.data.Analysis` (which holds its own). Twenty threads ask for what twenty pages
ask for — the Data page's preview, the segmentation, a sensitivity sweep, an export with
the findings — on one dataset at the same time, while a second dataset is queried side by
side: no error.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

from segcore.classify.segmentation import Segmenter
from segcore.customers import customer_table
from segcore.errors import InputError
from segcore.ingest import load_transactions
from segcore.insight import findings
from segcore.report.csv_export import segment_csv
from segcore.settings import AggregationSettings, Scenario
from tests.samples import ROOT, SAMPLE_DATA
from ui.data import Analysis, Dataset
from ui.engine import new_backend

THREADS = 20
ROUNDS = 2


def _dataset(name: str) -> Dataset:
    path = SAMPLE_DATA / name
    return Dataset(f"hammer:{name}", load_transactions(path, backend=new_backend()))


def _work(dataset: Dataset, analysis: Analysis, kind: int) -> object:
    scenario = Scenario()
    if kind == 0:
        return dataset.preview(20)
    if kind == 1:
        table = dataset.query(lambda data: customer_table(data, AggregationSettings()))
        return Segmenter(table).segment(scenario).matrix
    if kind == 2:
        return analysis.sweep(scenario, "abc_a")
    found = dataset.query(lambda data: findings(analysis.customers, scenario, transactions=data))
    return found, segment_csv(analysis.customers)


def test_twenty_threads_preview_segment_sweep_and_export_one_dataset_without_an_error():
    dataset, other = _dataset("store_en.csv"), _dataset("store_ru.csv")
    customers = dataset.query(lambda data: customer_table(data, AggregationSettings()))
    analysis = Analysis(f"{dataset.key}|monthly", customers, int(dataset.report.rows_kept))
    start = threading.Barrier(THREADS + 1)
    errors: list[BaseException] = []
    done: list[int] = []

    def session(index: int) -> None:
        start.wait()
        try:
            for round_ in range(ROUNDS):
                assert _work(dataset, analysis, (index + round_) % 4) is not None
                other.preview(5)
            done.append(index)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=session, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    start.wait()
    for thread in threads:
        thread.join(300)
    assert errors == []
    assert sorted(done) == list(range(THREADS))
    assert len(dataset.preview(20)) == 20
    dataset.close()
    other.close()


_TRANSACTIONS = re.compile(r"(?<!\bst)\.(table|backend|con)\b[.(]|\.to_pandas\(")
_METADATA = re.compile(r"\.table\.(get_name|columns)\b")


def test_pages_and_glue_reach_transactions_only_inside_a_query():
    """Every line of ui/ and app_pages/ that touches a dataset's DuckDB table runs in ``.query(...)``.

    (Reading the table's name or columns is metadata, not a query.)
    """
    offending = []
    for folder in ("ui", "app_pages"):
        for path in sorted(Path(ROOT, folder).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                touches = _TRANSACTIONS.search(_METADATA.sub("", line))
                if touches and ".query(" not in line and "release_backend" not in line:
                    offending.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offending == []


def test_a_released_dataset_says_so_instead_of_querying_a_closed_connection():
    dataset = _dataset("store_en.csv")
    dataset.close()
    with pytest.raises(InputError) as raised:
        dataset.preview(1)
    assert raised.value.key == "ui.server.released"
