"""Queries take turns per dataset: one dataset's slow query does not hold up another dataset."""

from __future__ import annotations

import threading

import pandas as pd

from segcore.ingest import load_transactions
from ui.data import Dataset


def _dataset(key: str) -> Dataset:
    frame = pd.DataFrame(
        {"customer_id": ["a", "b"], "date": ["2024-01-05", "2024-02-07"], "amount": [10.0, 20.0]}
    )
    return Dataset(key, load_transactions(frame))


def test_queries_on_one_dataset_take_turns_and_two_datasets_run_side_by_side():
    first, other = _dataset("first"), _dataset("other")
    inside, release = threading.Event(), threading.Event()

    def slow(_data) -> str:
        inside.set()
        release.wait(10)
        return "slow"

    holder = threading.Thread(target=first.query, args=(slow,))
    holder.start()
    assert inside.wait(10)
    assert other.query(lambda data: int(data.report.rows_kept)) == 2  # not held up
    second: list[str] = []
    waiter = threading.Thread(target=lambda: second.append(first.query(lambda data: "next")))
    waiter.start()
    waiter.join(0.5)
    assert second == []  # waits for the slow query of the same dataset
    release.set()
    holder.join(10)
    waiter.join(10)
    assert second == ["next"]


def test_the_preview_gives_the_first_lines_in_canonical_columns():
    preview = _dataset("preview").preview(1)
    assert len(preview) == 1
    assert {"customer_id", "date", "amount"} <= set(preview.columns)
