"""Upload limits: every limit stops a load with a message naming it, quickly, leaving no file behind.

Bomb files are made by the tests (:mod:`bombs`): a zip-bomb workbook (1 GB of rows in 4 MB),
a workbook with one cell at XFD1048576, a gzip bomb (1 GB of lines in 3 MB), a CSV with
100,000 columns. Each is refused within 5 s with resident memory growing by less than
200 MB, and the private temporary folder (ingest scratch files and DuckDB's spill folder)
is empty afterwards.
"""

from __future__ import annotations

import gzip
import io
import tempfile

import pandas as pd
import pytest
from bombs import far_cell_xlsx, gzip_bomb, left_files, probe, wide_csv, zip_bomb_xlsx

from segcore.errors import InputError, SettingsError
from segcore.ingest import inspect_source, load_attributes, load_transactions
from segcore.ingest import load as load_module
from segcore.ingest.bounds import Deadline, RowBudget
from segcore.ingest.limits import UploadLimits, configured_limits

BOMBS = {
    "zip_bomb_xlsx": (zip_bomb_xlsx, "inflate_ratio"),
    "far_cell_xlsx": (far_cell_xlsx, "workbook_cells"),
    "gzip_bomb": (gzip_bomb, "inflate_ratio"),
    "wide_csv": (wide_csv, "columns"),
}
READERS = {"inspect": inspect_source, "load": load_transactions, "attributes": load_attributes}


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """Give a private temporary folder for ingest scratch files and DuckDB's spill files."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setitem(load_module.ENGINE_SETTINGS, "temp_directory", str(tmp_path / "duckdb"))
    return tmp_path


@pytest.fixture(scope="module")
def bombs() -> dict[str, bytes]:
    """Give the bomb files, after one small load (the first load of a process imports the engine)."""
    load_transactions(b"customer_id,date,amount\n1,2024-01-02,5\n")
    return {name: make() for name, (make, _) in BOMBS.items()}


@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize("bomb", sorted(BOMBS))
def test_a_bomb_is_refused_quickly_in_little_memory_leaving_nothing(bombs, scratch, bomb, reader):
    data = bombs[bomb]
    cost = probe(lambda: READERS[reader](io.BytesIO(data)))
    assert isinstance(cost.error, InputError), cost.error
    assert cost.error.key == f"ingest.limit.{BOMBS[bomb][1]}"
    assert cost.seconds < 5, cost
    assert cost.rss_growth_mb < 200, cost
    assert [name for name in left_files(scratch) if name != "duckdb"] == []


def test_a_workbook_without_its_dimension_is_measured_from_its_cells(scratch):
    cost = probe(lambda: load_transactions(far_cell_xlsx(keep_dimension=False)))
    assert isinstance(cost.error, InputError) and cost.error.key == "ingest.limit.workbook_cells", cost.error
    assert cost.seconds < 5, cost
    assert [name for name in left_files(scratch) if name != "duckdb"] == []


def test_the_row_budget_stops_a_sheet_as_it_streams():
    budget = RowBudget(Deadline(UploadLimits(rows=3, workbook_cells=10, columns=4), "book.xlsx"))
    for _ in range(3):
        budget.count(3)
    with pytest.raises(InputError) as caught:
        budget.count(3)
    assert caught.value.key == "ingest.limit.rows"
    with pytest.raises(InputError) as caught:
        RowBudget(Deadline(UploadLimits(columns=4), "book.xlsx")).count(5)
    assert caught.value.key == "ingest.limit.columns"


def _csv(rows: int) -> bytes:
    lines = ["customer_id,date,amount"] + [
        f"c{n % 97},2024-{1 + n % 12:02d}-{1 + n % 28:02d},{n % 500}.5" for n in range(rows)
    ]
    return ("\n".join(lines) + "\n").encode()


def _xlsx(rows: int) -> bytes:
    frame = pd.DataFrame(
        {"customer_id": [f"c{n}" for n in range(rows)], "date": ["2024-01-02"] * rows, "amount": [1.5] * rows}
    )
    buffer = io.BytesIO()
    frame.to_excel(buffer, index=False)
    return buffer.getvalue()


def _parquet(rows: int) -> bytes:
    frame = pd.DataFrame(
        {
            "customer_id": [f"c{n}" for n in range(rows)],
            "date": pd.to_datetime(["2024-01-02"] * rows),
            "amount": [1.5] * rows,
        }
    )
    buffer = io.BytesIO()
    frame.to_parquet(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "limits", "limit"),
    [
        (lambda: _csv(1000), UploadLimits(upload_mb=0.01), "upload_mb"),
        (lambda: gzip.compress(_csv(50_000)), UploadLimits(content_mb=0.5), "content_mb"),
        (lambda: _csv(1000), UploadLimits(rows=999), "rows"),
        (lambda: _xlsx(300), UploadLimits(rows=100), "rows"),
        (lambda: _parquet(300), UploadLimits(rows=299), "rows"),
        (lambda: _parquet(3), UploadLimits(columns=2), "columns"),
        (lambda: _xlsx(300), UploadLimits(workbook_cells=600), "workbook_cells"),
        (lambda: _csv(10), UploadLimits(columns=2), "columns"),
        (lambda: pd.DataFrame({"a": [1], "b": [2], "c": [3]}), UploadLimits(columns=2), "columns"),
        (lambda: _csv(300_000), UploadLimits(seconds=0.05), "seconds"),
    ],
    ids=[
        "upload",
        "content",
        "csv-rows",
        "xlsx-rows",
        "parquet-rows",
        "parquet-columns",
        "cells",
        "csv-columns",
        "frame-columns",
        "seconds",
    ],
)
def test_each_limit_stops_the_load_with_its_own_message(scratch, data, limits, limit):
    with pytest.raises(InputError) as caught:
        load_transactions(data(), limits=limits)
    error = caught.value
    assert error.key == f"ingest.limit.{limit}"
    value = f"{getattr(limits, limit):g}"
    assert value in error.message("en") and value in error.message("ru")
    assert f"SEGCORE_LIMIT_{limit.upper()}" in error.message("en")
    assert [name for name in left_files(scratch) if name != "duckdb"] == []


def test_within_the_limits_the_same_files_load(scratch):
    limits = UploadLimits(rows=1000, columns=3, workbook_cells=903)
    assert len(load_transactions(_csv(1000), limits=limits).to_pandas()) == 1000
    assert len(load_transactions(_xlsx(300), limits=limits).to_pandas()) == 300
    assert len(load_transactions(_parquet(300), limits=limits).to_pandas()) == 300


def test_an_upload_object_is_spilled_only_up_to_the_limit(scratch):
    class Endless(io.RawIOBase):
        name = "endless.csv"
        served = 0

        def read(self, size: int = -1) -> bytes:
            self.served += size
            return b"x" * size

    upload = Endless()
    with pytest.raises(InputError) as caught:
        inspect_source(upload, limits=UploadLimits(upload_mb=20))
    assert caught.value.key == "ingest.limit.upload_mb"
    assert upload.served <= 20 * 1024 * 1024 + 8 * 1024 * 1024
    assert left_files(scratch) == []


def test_limits_come_from_the_environment_and_a_settings_file(tmp_path):
    assert configured_limits({}) == UploadLimits()
    file = tmp_path / "limits.toml"
    file.write_text("rows = 5000\nseconds = 30\n", encoding="utf-8")
    env = {
        "SEGCORE_LIMITS_FILE": str(file),
        "SEGCORE_LIMIT_SECONDS": "12.5",
        "SEGCORE_LIMIT_UPLOAD_MB": "300",
    }
    assert configured_limits(env) == UploadLimits(rows=5000, seconds=12.5, upload_mb=300)


@pytest.mark.parametrize(
    "env",
    [
        {"SEGCORE_LIMIT_ROWS": "many"},
        {"SEGCORE_LIMIT_SECONDS": "0"},
        {"SEGCORE_LIMIT_COLUMNS": "-3"},
        {"SEGCORE_LIMITS_FILE": "/nonexistent/x.toml"},
    ],
)
def test_a_bad_limit_setting_is_a_settings_error(env):
    with pytest.raises(SettingsError):
        configured_limits(env)


def test_the_loaders_use_the_configured_limits_by_default(scratch, monkeypatch):
    monkeypatch.setenv("SEGCORE_LIMIT_ROWS", "10")
    with pytest.raises(InputError) as caught:
        load_transactions(_csv(11))
    assert caught.value.key == "ingest.limit.rows"
