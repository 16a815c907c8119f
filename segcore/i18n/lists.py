"""Texts of the customer lists a team acts on: sales columns, one-click exports, drill-down, customer card.

Keys: ``export.column.<name>`` for the sales columns (next action, priority, owner),
``ui.lists.*`` for the lists and their downloads, ``ui.drill.*`` for the matrix drill-down,
``ui.card.*`` for the customer card and ``ui.strat.*`` for the strategy page's card picker.
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    # Sales columns
    "export.column.next_action": ("Next action", "Следующее действие"),
    "export.column.priority": ("Priority (1 = first)", "Приоритет (1 — первый)"),
    "export.column.owner": ("Owner", "Ответственный"),
    "ui.lists.action.overdue": (
        "Call this week: ask what has changed and whether something went wrong on our side.",
        "Позвонить на этой неделе: спросить, что изменилось и не было ли проблем с нашей стороны.",
    ),
    "ui.lists.action.lost": (
        "Call to win the customer back: find out why purchases stopped and offer a reason to return.",
        "Позвонить, чтобы вернуть клиента: узнать, почему прекратились покупки, и дать повод вернуться.",
    ),
    # One-click exports
    "ui.lists.preset": ("Columns", "Столбцы"),
    "ui.lists.preset_sales": ("For sales", "Для продаж"),
    "ui.lists.preset_analyst": ("For analysts", "Для аналитика"),
    "ui.lists.preset_help": (
        "For sales: customer, cell, next action, priority, an empty owner column to fill in, last "
        "purchase, revenue and the contacts from the attribute file. For analysts: every column.",
        "Для продаж: клиент, ячейка, следующее действие, приоритет, пустой столбец «Ответственный», "
        "последняя покупка, выручка и контакты из файла атрибутов. Для аналитика: все столбцы.",
    ),
    "ui.lists.csv": ("CSV", "CSV"),
    "ui.lists.xlsx": ("Excel", "Excel"),
    "ui.lists.csv_help": (
        "The list as CSV for the CRM, made when you click.",
        "Список в CSV для CRM, формируется при нажатии.",
    ),
    "ui.lists.xlsx_help": (
        "The list as an Excel workbook, made when you click.",
        "Список в книге Excel, формируется при нажатии.",
    ),
    # Matrix drill-down
    "ui.drill.title": ("Cell {cell} · {name}", "Ячейка {cell} · {name}"),
    "ui.drill.size": (
        "{customers} customers · {share} of revenue",
        "Клиентов: {customers} · {share} выручки",
    ),
    "ui.drill.pick_row": (
        "Pick a row to open that customer's card.",
        "Выберите строку, чтобы открыть карточку клиента.",
    ),
    "ui.drill.empty": ("No customers in this cell.", "В этой ячейке нет клиентов."),
    "ui.drill.sheet": ("Cell {cell}", "Ячейка {cell}"),
    # Customer card
    "ui.card.title": ("Customer card", "Карточка клиента"),
    "ui.card.missing": (
        "Customer {customer} is not in the data loaded now.",
        "Клиента {customer} нет в загруженных сейчас данных.",
    ),
    "ui.card.segment": ("Cell {cell} · {cell_name}", "Ячейка {cell} · {cell_name}"),
    "ui.card.quadrant": ("Quadrant {quadrant} · {quadrant_name}", "Квадрант {quadrant} · {quadrant_name}"),
    "ui.card.revenue": ("Revenue", "Выручка"),
    "ui.card.orders": ("Orders", "Заказы"),
    "ui.card.avg_check": ("Average check", "Средний чек"),
    "ui.card.first_last": (
        "First purchase {first}, last {last} ({days} days ago).",
        "Первая покупка {first}, последняя {last} ({days} дн. назад).",
    ),
    "ui.card.overdue": (
        "At risk: quiet for {days} days against a usual gap of {gap} days.",
        "Под угрозой: пауза {days} дн. при обычном интервале {gap} дн.",
    ),
    "ui.card.lost": (
        "Likely lost: quiet for {days} days against a usual gap of {gap} days.",
        "Вероятно, потерян: пауза {days} дн. при обычном интервале {gap} дн.",
    ),
    "ui.card.not_at_risk": (
        "Not at risk: buying in the usual rhythm.",
        "Не под угрозой: покупает в обычном ритме.",
    ),
    "ui.card.next_action": ("Next action", "Следующее действие"),
    "ui.card.priority": ("Priority", "Приоритет"),
    "ui.card.who": ("Who contacts them", "Кто работает с клиентом"),
    "ui.card.contacts": ("Contacts", "Контакты"),
    "ui.card.purchases": ("Latest purchases", "Последние покупки"),
    "ui.card.close": ("Close", "Закрыть"),
    "ui.card.date": ("Date", "Дата"),
    "ui.card.order": ("Order", "Заказ"),
    "ui.card.lines": ("Lines", "Строк"),
    "ui.card.amount": ("Amount", "Сумма"),
    # Strategy page
    "ui.strat.pick": ("Card", "Карточка"),
    "ui.strat.pick_help": (
        "The cell clicked on the Matrix page is shown first; pick another card here.",
        "Сначала показана ячейка, выбранная на странице «Матрица»; другую карточку выберите здесь.",
    ),
    "ui.strat.print_all": ("Print view: all cards", "Для печати: все карточки"),
    "ui.strat.print_help": (
        "Shows every card one under another; print with the browser (Ctrl+P).",
        "Показывает все карточки одну под другой; печать — средствами браузера (Ctrl+P).",
    ),
    "ui.strat.list": ("Customers of {code}", "Клиенты {code}"),
    "ui.strat.list_title": (
        "Customers of one segment (CSV, Excel)",
        "Клиенты одного сегмента (CSV, Excel)",
    ),
    "ui.strat.download": ("Download", "Скачать"),
    "ui.strat.export_intro": (
        "Files follow the segments chosen above and the current scenario; each is made when you click.",
        "Файлы следуют выбранным выше сегментам и текущему сценарию; каждый формируется при нажатии.",
    ),
    "ui.strat.plan_help": (
        "Made when you click: conclusions first, then key customers at risk, sizes, plan and one "
        "sheet per segment.",
        "Формируется при нажатии: сначала выводы, затем ключевые клиенты под угрозой, размеры, план и "
        "по листу на сегмент.",
    ),
}
