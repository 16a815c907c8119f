"""Messages about settings and thresholds."""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    "settings.unparseable": (
        "The setting “{field}” has the value “{value}”, which cannot be read. "
        "Reset the settings or correct the value.",
        "Параметр «{field}» имеет значение «{value}», которое не удаётся прочитать. "
        "Сбросьте настройки или исправьте значение.",
    ),
    "settings.grain": (
        "The period “{value}” is not available for the customer table. "
        "Choose week (W), month (M) or quarter (Q).",
        "Период «{value}» недоступен для таблицы клиентов. Выберите неделю (W), месяц (M) или квартал (Q).",
    ),
    "settings.bad_json": (
        "This file is not a saved scenario (expected a JSON object). Choose a file saved from this app.",
        "Этот файл не похож на сохранённый сценарий (ожидался объект JSON). "
        "Выберите файл, сохранённый из этого приложения.",
    ),
    "settings.window_order": (
        "The analysis window starts ({start}) after it ends ({end}). "
        "Choose a start date before the end date.",
        "Окно анализа начинается ({start}) позже, чем заканчивается ({end}). "
        "Выберите дату начала раньше даты окончания.",
    ),
    "settings.out_of_range": (
        "“{field}” must be between {low} and {high}; got {value}.",
        "«{field}» должно быть от {low} до {high}; получено {value}.",
    ),
}
