"""Every messy file of the corpus loads to its hand-worked result or fails with its message."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from segcore.errors import InputError
from segcore.ingest import DROP_CODES, inspect_source, load_transactions

CORPUS = Path(__file__).parent / "corpus"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
TODAY = date(2025, 1, 1)
MAIN_WARNINGS = ("returns", "zero_amount", "future_date", "duplicates")


def test_every_corpus_file_has_an_expectation_and_the_reverse():
    files = {p.name for p in CORPUS.iterdir() if p.suffix not in (".py", ".json")}
    assert files == set(EXPECTED)
    assert len(files) >= 25


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if "error" in e))
def test_an_unusable_file_raises_an_input_error_that_says_what_to_do(name):
    expected = EXPECTED[name]
    with pytest.raises(InputError) as caught:
        load_transactions(CORPUS / name, today=TODAY)
    assert caught.value.key == expected["error"]
    assert expected["phrase"] in caught.value.message("en")
    assert caught.value.message("ru") != caught.value.message("en")


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if "error" not in e))
def test_a_corpus_file_loads_to_its_expected_rows_customers_and_total(name):
    expected = EXPECTED[name]
    loaded = load_transactions(CORPUS / name, today=TODAY)
    report, frame = loaded.report, loaded.to_pandas()
    assert report.rows_read == report.rows_kept + sum(report.dropped.values())
    assert (report.rows_read, report.rows_kept) == (expected["rows_read"], expected["rows_kept"])
    assert len(frame) == expected["rows_kept"]
    assert frame["customer_id"].nunique() == expected["customers"]
    assert frame["amount"].sum() == pytest.approx(expected["total"], abs=0.005)
    for reason in DROP_CODES:
        assert report.dropped[reason] == expected.get("dropped", {}).get(reason, 0), reason
    for code in MAIN_WARNINGS:
        assert report.warnings[code] == expected.get("warnings", {}).get(code, 0), code
    for reason, rows in expected.get("examples", {}).items():
        assert list(report.examples[reason]) == rows
    _check_optional(expected, report.details, frame)


def _check_optional(expected, details, frame):
    for key, value in expected.get("details", {}).items():
        shown = list(details[key]) if isinstance(details[key], tuple) else details[key]
        if isinstance(value, dict):
            assert {k: shown[k] for k in value} == value
        else:
            assert shown == value, key
    if "customer_ids" in expected:
        assert sorted(frame["customer_id"].unique()) == expected["customer_ids"]
    if "first_date" in expected:
        assert details["first_date"].isoformat() == expected["first_date"]
    if "last_date" in expected:
        assert details["last_date"].isoformat() == expected["last_date"]
    for column, total in expected.get("column_totals", {}).items():
        assert frame[column].sum() == pytest.approx(total, abs=0.005)
    if "columns" in expected:
        assert list(details["columns"]) == expected["columns"]


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if "error" not in e))
def test_inspecting_a_corpus_file_suggests_the_mapping_the_load_uses(name):
    info = inspect_source(CORPUS / name)
    loaded = load_transactions(CORPUS / name, today=TODAY)
    assert info.mapping == loaded.mapping
    assert info.missing == ()
    assert 0 < len(info.rows) <= 20
    assert all(len(row) == len(info.columns) for row in info.rows)
