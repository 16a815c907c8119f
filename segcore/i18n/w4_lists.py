"""Texts of the movers' lists and of the links to a customer's card.

Keys: ``export.column.<name>`` for the movers' columns (where a customer was before, where
now), ``ui.movers.*`` for the movers' downloads, ``ui.lists.card_*`` for a list's link to a
customer's card.
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
    # A link to a customer's card
    "ui.lists.card_link": ("Card", "Карточка"),
    "ui.lists.card_open": ("Open card", "Открыть карточку"),
    "ui.lists.card_link_help": (
        "A link that opens this customer's card (in a new tab); copy it to share.",
        "Ссылка, открывающая карточку клиента (в новой вкладке); её можно скопировать и отправить.",
    ),
}
