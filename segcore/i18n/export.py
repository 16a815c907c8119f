"""Export texts: column labels of the customer table, sheet and report headings, setting labels.

Keys: ``export.column.<column>`` (one per customer-table column, reused by the app for
table headers), ``export.setting.<key>`` and ``export.value.<key>.<value>`` (settings as
people read them), ``export.sheet.*``, ``export.head.*`` (table headers),
``export.report.*`` (titles and headings), ``export.fact.<name>`` (headline figures) and
``export.error.*`` (messages).
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

_COLUMNS: dict[str, tuple[str, str]] = {
    "customer_id": ("Customer ID", "ID клиента"),
    "revenue": ("Revenue", "Выручка"),
    "purchases": ("Purchases (before returns)", "Покупки (без учёта возвратов)"),
    "returns": ("Returns", "Возвраты"),
    "return_rate": ("Return rate", "Доля возвратов"),
    "cost": ("Cost", "Себестоимость"),
    "margin": ("Margin", "Маржа"),
    "orders": ("Orders", "Заказы"),
    "lines": ("Transaction lines", "Строк транзакций"),
    "first_purchase": ("First purchase", "Первая покупка"),
    "last_purchase": ("Last purchase", "Последняя покупка"),
    "tenure_days": ("Days from first to last purchase", "Дней от первой до последней покупки"),
    "recency_days": ("Days since last purchase", "Дней с последней покупки"),
    "age_days": ("Days since first purchase", "Дней с первой покупки"),
    "avg_check": ("Average check", "Средний чек"),
    "active_periods": ("Periods with purchases", "Периодов с покупками"),
    "history_periods": ("Periods counted for regularity", "Периодов в расчёте регулярности"),
    "cv": ("Variation of revenue (CV)", "Коэффициент вариации выручки"),
    "peak_share": ("Share of the busiest period", "Доля самого активного периода"),
    "relationship_periods": (
        "Periods from first to last purchase",
        "Периодов от первой до последней покупки",
    ),
    "revenue_per_period": ("Revenue per period", "Выручка за период"),
    "ltv_simple": ("LTV (simple formula)", "LTV (простая формула)"),
    "abc": ("ABC group", "Группа ABC"),
    "xyz": ("XYZ group", "Группа XYZ"),
    "cell": ("ABC×XYZ cell", "Ячейка ABC×XYZ"),
    "quadrant": ("Loyalty × profit quadrant", "Квадрант лояльность × прибыль"),
    "loyalty": ("Loyalty score", "Оценка лояльности"),
    "clv": ("Predicted customer value (CLV)", "Прогноз ценности клиента (CLV)"),
    "p_alive": ("Probability still active", "Вероятность, что клиент активен"),
    "segment": ("Segment", "Сегмент"),
}

_AGGREGATION: dict[str, tuple[str, str]] = {
    "grain": ("Period for regularity", "Период для оценки регулярности"),
    "start": ("Analysis window: start", "Окно анализа: начало"),
    "as_of": ("Analysis window: end (recency measured to)", "Окно анализа: конец (дата отсчёта)"),
    "returns": ("Returns", "Возвраты"),
    "cv_mode": ("Periods counted for the CV", "Периоды в расчёте коэффициента вариации"),
}

_SETTINGS: dict[str, tuple[str, str]] = {
    **{f"aggregation_{key}": texts for key, texts in _AGGREGATION.items()},
    "abc_a": ("ABC: group A closes at (share)", "ABC: граница группы A (доля)"),
    "abc_b": ("ABC: group B closes at (share)", "ABC: граница группы B (доля)"),
    "abc_mode": ("ABC: shares counted of", "ABC: доли считаются от"),
    "abc_basis": ("ABC: customers ranked by", "ABC: клиенты ранжируются по"),
    "abc_rule": ("ABC: customer on the boundary", "ABC: клиент на границе групп"),
    "xyz_x": ("XYZ: largest CV of group X", "XYZ: наибольший коэффициент вариации группы X"),
    "xyz_y": ("XYZ: largest CV of group Y", "XYZ: наибольший коэффициент вариации группы Y"),
    "xyz_min_periods": (
        "XYZ: periods of history needed (fewer = N)",
        "XYZ: нужно периодов истории (меньше — группа N)",
    ),
    "quadrants_preset": ("Loyalty weights: industry preset", "Веса лояльности: отраслевой набор"),
    "quadrants_w_frequency": ("Loyalty weight: frequency", "Вес лояльности: частота покупок"),
    "quadrants_w_tenure": (
        "Loyalty weight: length of the relationship",
        "Вес лояльности: длительность отношений",
    ),
    "quadrants_w_recency": (
        "Loyalty weight: recency of the last purchase",
        "Вес лояльности: давность последней покупки",
    ),
    "quadrants_w_regularity": ("Loyalty weight: regularity", "Вес лояльности: регулярность"),
    "quadrants_extra_weights": (
        "Loyalty weights of extra columns",
        "Веса лояльности для дополнительных столбцов",
    ),
    "quadrants_loyalty_split": (
        "High loyalty above (percentile)",
        "Высокая лояльность выше (перцентиль)",
    ),
    "quadrants_profit_basis": ("Profitability measured by", "Прибыльность измеряется по"),
    "quadrants_profit_split_kind": ("Profitability split as", "Граница прибыльности задана как"),
    "quadrants_profit_split": ("High profitability above", "Высокая прибыльность выше"),
}

_AGGREGATION_VALUES: dict[str, tuple[str, str]] = {
    "grain.W": ("week", "неделя"),
    "grain.M": ("month", "месяц"),
    "grain.Q": ("quarter", "квартал"),
    "start.": ("first date in the data", "первая дата в данных"),
    "as_of.": ("last date in the data", "последняя дата в данных"),
    "returns.net": ("subtracted from revenue", "вычитаются из выручки"),
    "returns.gross": ("not subtracted (shown separately)", "не вычитаются (показаны отдельно)"),
    "returns.exclude": ("left out of every figure", "исключены из всех расчётов"),
    "cv_mode.active": (
        "from the customer's first period to the end of the window",
        "с первого периода клиента до конца окна",
    ),
    "cv_mode.all": ("every period of the window", "все периоды окна"),
}

_REVENUE = ("revenue", "выручка")
_MARGIN = ("margin", "маржа")
_LTV = ("simple LTV", "простой LTV")

_VALUES: dict[str, tuple[str, str]] = {
    **{f"aggregation_{key}": texts for key, texts in _AGGREGATION_VALUES.items()},
    "abc_mode.value": ("the total of the ranking measure", "суммы показателя ранжирования"),
    "abc_mode.rank": ("the number of customers", "числа клиентов"),
    "abc_basis.revenue": _REVENUE,
    "abc_basis.margin": _MARGIN,
    "abc_basis.orders": ("number of orders", "число заказов"),
    "abc_basis.ltv": _LTV,
    "abc_rule.crossing_up": (
        "the one who crosses the cut-off stays in the upper group",
        "пересекающий границу остаётся в верхней группе",
    ),
    "abc_rule.within": (
        "upper group only while still within the cut-off",
        "в верхней группе, только пока доля не превышает границу",
    ),
    "quadrants_preset.retail": ("retail", "розничная торговля"),
    "quadrants_preset.consumer_goods": ("consumer goods makers", "производители потребительских товаров"),
    "quadrants_preset.b2b": ("B2B and services", "B2B и услуги"),
    "quadrants_preset.finance": ("banks and insurers", "банки и страхование"),
    "quadrants_preset.custom": ("own weights", "собственные веса"),
    "quadrants_extra_weights.": ("none", "нет"),
    "quadrants_profit_basis.revenue": _REVENUE,
    "quadrants_profit_basis.margin": _MARGIN,
    "quadrants_profit_basis.ltv": _LTV,
    "quadrants_profit_split_kind.percentile": ("percentile", "перцентиль"),
    "quadrants_profit_split_kind.value": ("amount of money", "сумма в деньгах"),
}
_SETTINGS.update(_AGGREGATION)
_VALUES.update(_AGGREGATION_VALUES)

_OTHER: dict[str, tuple[str, str]] = {
    "export.sheet.summary": ("Summary", "Сводка"),
    "export.sheet.playbook": ("Action plan", "План действий"),
    "export.report.title.abc_xyz": (
        "Action plan by ABC×XYZ segment",
        "План действий по сегментам ABC×XYZ",
    ),
    "export.report.title.quadrant": (
        "Action plan by loyalty × profit quadrant",
        "План действий по квадрантам «лояльность × прибыль»",
    ),
    "export.report.created": ("Created", "Дата отчёта"),
    "export.report.source": ("Data source", "Источник данных"),
    "export.report.headline": ("Headline figures", "Основные показатели"),
    "export.report.settings": ("Settings used", "Использованные настройки"),
    "export.report.no_settings": ("Default settings.", "Настройки по умолчанию."),
    "export.report.segments": ("Segments", "Сегменты"),
    "export.report.plan": ("Action plan", "План действий"),
    "export.report.empty_plan": (
        "No segment has customers, so there is no plan to show.",
        "Ни в одном сегменте нет клиентов, поэтому план действий пуст.",
    ),
    "export.report.total": ("Total", "Итого"),
    "export.report.unclassified": ("Not classified", "Без сегмента"),
    "export.head.setting": ("Setting", "Параметр"),
    "export.head.value": ("Value", "Значение"),
    "export.head.segment": ("Segment", "Сегмент"),
    "export.head.name": ("Name", "Название"),
    "export.head.customers": ("Customers", "Клиенты"),
    "export.head.customer_share": ("Share of customers", "Доля клиентов"),
    "export.head.revenue": ("Revenue", "Выручка"),
    "export.head.revenue_share": ("Share of revenue", "Доля выручки"),
    "export.head.summary": ("In short", "Кратко"),
    "export.head.goal": ("Goal", "Цель"),
    "export.head.actions": ("Actions", "Действия"),
    "export.head.kpis": ("How to measure", "Как измерять"),
    "export.head.rhythm": ("Contact rhythm", "Ритм контактов"),
    "export.head.owner": ("Who contacts them", "Кто работает с клиентами"),
    "export.head.priority": ("Service level and budget", "Уровень сервиса и бюджет"),
    "export.fact.customers": ("Customers", "Клиентов"),
    "export.fact.revenue": ("Revenue", "Выручка"),
    "export.fact.transactions": ("Transaction lines", "Строк транзакций"),
    "export.fact.period": ("Period", "Период"),
    "export.fact.top_share": ("Revenue share of the top group", "Доля выручки верхней группы"),
    "export.fact.gini": ("Concentration (Gini)", "Концентрация (коэффициент Джини)"),
    "export.error.missing_column": (
        "The customer table has no column “{column}”, so the segment cannot be selected. "
        "Run the segmentation first, then export.",
        "В таблице клиентов нет столбца «{column}», поэтому сегмент не выбрать. "
        "Сначала выполните сегментацию, затем экспорт.",
    ),
}


def _flatten() -> dict[str, dict[str, str]]:
    """Give the catalogue as ``{key: {"en": ..., "ru": ...}}``."""
    messages: dict[str, dict[str, str]] = {}
    for prefix, table in (
        ("export.column.", _COLUMNS),
        ("export.setting.", _SETTINGS),
        ("export.value.", _VALUES),
        ("", _OTHER),
    ):
        for key, (en, ru) in table.items():
            messages[prefix + key] = {"en": en, "ru": ru}
    return messages


MESSAGES = _flatten()
