"""Texts of the movers' lists and of money with its currency in the exports.

Keys: ``export.column.<name>`` for the movers' columns (where a customer was before, where
now), ``ui.movers.*`` for the movers' downloads.
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    # Movers between two scenarios
    "export.column.cell_from": ("ABC×XYZ cell before", "Ячейка ABC×XYZ до"),
    "export.column.quadrant_from": ("Quadrant before", "Квадрант до"),
    "export.column.abc_a": ("ABC class before", "Класс ABC до"),
    "export.column.abc_b": ("ABC class after", "Класс ABC после"),
    "export.column.xyz_a": ("XYZ class before", "Класс XYZ до"),
    "export.column.xyz_b": ("XYZ class after", "Класс XYZ после"),
    # Movers between two periods
    "export.column.moved_from": ("Segment in the earlier period", "Сегмент в первом периоде"),
    "export.column.moved_to": ("Segment in the later period", "Сегмент во втором периоде"),
    "export.column.revenue_a": ("Revenue in the earlier period", "Выручка в первом периоде"),
    "export.column.revenue_b": ("Revenue in the later period", "Выручка во втором периоде"),
    # Downloads
    "ui.movers.square_sheet": ("Moved {square}", "Переход {square}"),
}
