"""Fuzzing the sniffers and loaders: whatever the bytes, the only error is a message for people.

Valid files of every kind (CSV, TSV in Windows-1251, UTF-16 and UTF-32 with and without a
byte-order mark, gzip, XLSX, Parquet, attribute files) are damaged at random (bytes changed,
cut out, inserted, the file truncated) and read by the sniffers, ``inspect_source``,
``load_transactions`` and ``load_attributes``: each either reads or raises ``InputError``.
Scenario JSON, playbook JSON and URL parameters are fuzzed too: they raise ``SettingsError``
(a user-facing error of their own), never anything else.

The number of cases per run is bounded (about 30 s on two busy cores); set the environment
variable ``SEGCORE_FUZZ_SCALE`` to multiply it, e.g. ``SEGCORE_FUZZ_SCALE=20`` for a long run.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segcore.errors import InputError, SettingsError
from segcore.ingest import inspect_source, load_attributes, load_transactions
from segcore.ingest.encoding import detect_encoding, looks_binary
from segcore.ingest.sniff import decode_sample, sniff_text
from segcore.report.playbook import Playbook
from segcore.settings import Scenario

SCALE = max(float(os.environ.get("SEGCORE_FUZZ_SCALE", "1")), 0.01)
_CSV = (
    "customer_id;date;amount;name\n1;01.02.2024;10,5;Иван\n2;03.02.2024;20;Ольга\n"
    '3;05.03.2024;7,25;"a;b"\n1;10.03.2024;3;Иван\n'
)
_ALIGNED = "Client    Date        Amount\nA1        2024-01-02  10.50\nB2        2024-02-03  7.00\n"


def _cases(base: int) -> int:
    return max(1, round(base * SCALE))


def _fuzz(base: int):
    return settings(
        max_examples=_cases(base),
        deadline=None,
        derandomize=False,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def _seeds() -> dict[str, bytes]:
    """Give one valid file of each kind the loaders read."""
    frame = pd.DataFrame(
        {
            "customer_id": ["1", "2", "3"],
            "date": pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-01"]),
            "amount": [1.5, 2.0, 3.0],
        }
    )
    xlsx, parquet = io.BytesIO(), io.BytesIO()
    frame.to_excel(xlsx, index=False, engine="openpyxl")
    frame.to_parquet(parquet)
    return {
        "csv": _CSV.encode(),
        "tsv": _CSV.replace(";", "\t").encode("cp1251"),
        "aligned": _ALIGNED.encode(),
        "utf16": _CSV.encode("utf-16"),
        "utf16le": _CSV.encode("utf-16-le"),
        "utf16be": _CSV.encode("utf-16-be"),
        "utf32": _CSV.encode("utf-32"),
        "utf32le": _CSV.encode("utf-32-le"),
        "gz": gzip.compress(_CSV.encode()),
        "gz_utf16": gzip.compress(_CSV.encode("utf-16")),
        "xlsx": xlsx.getvalue(),
        "parquet": parquet.getvalue(),
    }


SEEDS = _seeds()
_EDIT = st.tuples(
    st.sampled_from(["set", "cut", "insert", "truncate"]), st.floats(0, 1), st.binary(max_size=8)
)


def _damaged(seed: bytes, edits: list[tuple[str, float, bytes]]) -> bytes:
    """Give ``seed`` with the edits applied (positions as fractions of the length)."""
    data = bytearray(seed)
    for op, where, chunk in edits:
        at = min(int(where * len(data)), max(len(data) - 1, 0))
        if op == "set" and data:
            data[at : at + len(chunk)] = chunk
        elif op == "cut":
            del data[at : at + 1 + len(chunk) * 8]
        elif op == "insert":
            data[at:at] = chunk
        else:
            del data[at:]
    return bytes(data)


FILES = st.builds(
    _damaged, st.sampled_from(sorted(SEEDS)).map(SEEDS.__getitem__), st.lists(_EDIT, max_size=4)
)


def _reads_or_says_why(read, data: bytes) -> None:
    try:
        read(data)
    except InputError as error:
        assert error.message("en") and error.message("ru")


def test_every_seed_reads_cleanly():
    for name, data in SEEDS.items():
        info = inspect_source(data)
        assert info.missing == () and len(info.columns) in (3, 4), name
        assert len(load_transactions(data).to_pandas()) in (2, 3, 4), name


@_fuzz(400)
@given(st.binary(max_size=2048) | FILES)
def test_the_sniffers_take_any_bytes(data):
    for complete in (True, False):
        encoding = detect_encoding(data, complete=complete)
        looks_binary(data, encoding)
        text = decode_sample(data, encoding, complete=complete)
        with contextlib.suppress(InputError):
            sniff_text(text, complete=complete)


@_fuzz(60)
@given(FILES)
def test_inspect_source_reads_or_raises_input_error(data):
    _reads_or_says_why(inspect_source, data)


@_fuzz(40)
@given(FILES)
def test_load_transactions_reads_or_raises_input_error(data):
    _reads_or_says_why(load_transactions, data)


@_fuzz(40)
@given(FILES)
def test_load_attributes_reads_or_raises_input_error(data):
    _reads_or_says_why(load_attributes, data)


def _json_like() -> st.SearchStrategy[str]:
    leaves = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
    values = st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
        max_leaves=8,
    )
    keys = st.sampled_from(["aggregation_grain", "abc_a", "abc_b", "xyz_x", "version", "overrides", "AX"])
    documents = st.dictionaries(keys | st.text(max_size=12), values, max_size=6)
    return documents.map(lambda d: json.dumps(d, default=str)) | st.text(max_size=200)


def _settings_or_says_why(read, value) -> None:
    try:
        read(value)
    except SettingsError as error:
        assert error.message("en") and error.message("ru")


@_fuzz(200)
@given(_json_like())
def test_scenario_json_reads_or_raises_settings_error(text):
    _settings_or_says_why(Scenario.from_json, text)


@_fuzz(200)
@given(
    _json_like()
    | st.builds(
        lambda code, fields: json.dumps({"version": 1, "overrides": {code: fields}}),
        st.sampled_from(["AX", "CZ", "I", "IV", "zz"]),
        st.dictionaries(
            st.sampled_from(["title", "actions", "priority", "goal", "x"]),
            st.none() | st.integers() | st.text(max_size=9) | st.lists(st.text(max_size=5), max_size=3),
        ),
    )
)
def test_playbook_json_reads_or_raises_settings_error(text):
    _settings_or_says_why(Playbook.from_json, text)


_URL_KEYS = sorted(Scenario().to_flat_dict())


@_fuzz(200)
@given(st.dictionaries(st.sampled_from(_URL_KEYS) | st.text(max_size=10), st.text(max_size=12), max_size=8))
def test_url_parameters_read_or_raise_settings_error(params):
    _settings_or_says_why(Scenario.from_flat_dict, params)


@pytest.mark.parametrize("name", ["gz", "gz_utf16"])
def test_a_truncated_gzip_says_it_is_damaged(name):
    with pytest.raises(InputError) as caught:
        load_transactions(SEEDS[name][:-12])
    assert caught.value.key == "ingest.corrupt_gzip"
