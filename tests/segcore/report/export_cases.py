"""Shared cases of the export tests: segment codes, settings, and readers of the written files."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pandas as pd

__all__ = ["BOM", "CELLS", "ROOT", "SETTINGS", "is_guarded", "load", "read_csv", "rows_of"]

ROOT = Path(__file__).resolve().parents[3]
BOM = b"\xef\xbb\xbf"
SETTINGS = {"aggregation_grain": "M", "abc_a": "0.8", "abc_b": "0.95", "xyz_x": "1"}
# AX: 00012 and "=1+1"; CZ: "-7"; BY: "+79161234567"; CN: "@home"; no code: "Ольга".
CELLS = ["AX", "AX", "CZ", "BY", "CN", None]


def load(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def rows_of(sheet) -> list[tuple]:
    return [row for row in sheet.iter_rows(values_only=True) if any(v is not None for v in row)]


def is_guarded(text: str) -> bool:
    """Tell whether a text cannot start a formula: apostrophe first, or no trigger in front."""
    stripped = text.lstrip()
    return text[:1] not in ("\t", "\r") and stripped[:1] not in ("=", "+", "-", "@")


def read_csv(data: bytes, sep: str, decimal: str) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), sep=sep, decimal=decimal, encoding="utf-8-sig",
                       dtype={"Customer ID": str, "ID клиента": str, "name": str},
                       keep_default_na=False, na_values=[""])  # fmt: skip
