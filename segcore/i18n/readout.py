"""Texts of the plain-text readouts that stand beside charts (for reading and copying numbers)."""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, dict[str, str]] = {
    "ui.matrix.numbers": {
        "en": "The matrix as a table: {metric}",
        "ru": "Матрица таблицей: {metric}",
    },
}
