"""Data files of the repository that tests read: the demo stores and the CDNOW sample."""

from __future__ import annotations

from pathlib import Path

__all__ = ["CDNOW_SAMPLE", "ROOT", "SAMPLE_DATA"]

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DATA = ROOT / "sample_data"
CDNOW_SAMPLE = SAMPLE_DATA / "cdnow" / "CDNOW_sample.txt"
