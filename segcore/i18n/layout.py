"""Texts of the projector layout and the currency setting (``ui.layout.*``), English and Russian."""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    "ui.layout.base_retention": ("retention **{rate}**.", "удержание **{rate}**."),
    "ui.layout.currency": ("Currency of money figures", "Валюта денежных показателей"),
    "ui.layout.currency_help": (
        "The sign written with every amount of money: in tiles (670K, $670K), in table headers "
        "(Revenue, $) and in exported files. Pick one, or type any sign (up to 5 characters). "
        "Until you pick one, Russian shows ₽ and English shows none.",
        "Знак при каждой сумме денег: на плитках (670 тыс. ₽), в заголовках таблиц (Выручка, ₽) "
        "и в выгрузках. Выберите знак или впишите свой (до 5 символов). Пока знак не выбран, "
        "по-русски пишется ₽, по-английски — ничего.",
    ),
    "ui.layout.currency_none": ("none", "без валюты"),
    "ui.layout.display_title": ("Display", "Отображение"),
}
