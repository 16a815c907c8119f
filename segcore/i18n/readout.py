"""Texts of the plain-text readouts that stand beside charts (for reading and copying numbers)."""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    "ui.matrix.numbers": ("The matrix as a table: {metric}", "Матрица таблицей: {metric}"),
}
