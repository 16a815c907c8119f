"""Texts of the findings: what the data say, in sentences, with their numbers.

Every text is an (English, Russian) pair. Keys:

- ``insight.<kind>`` or ``insight.<kind>.<variant>``: the sentence of a finding
  (:class:`segcore.insight.Finding`). Placeholders are the finding's figures, already
  written for the language (``{share}`` → ``12.3 %`` / ``12,3 %``), its first customer
  (``{customer}``) and, where the finding has them, ``{season}`` (a two-month window of
  the year), ``{month_in}`` and ``{year}`` (the period of the customer base).
  ``{name:form|forms}`` gives the word form that agrees with the figure ``name``
  (English: one|other; Russian: one|few|many, see :func:`segcore.i18n.plural`), so
  ``{days} {days:день|дня|дней}`` reads "21 день", "22 дня", "25 дней".
- ``insight.title.<kind>``: a short heading per kind; ``insight.severity.<1|2|3>``;
  ``insight.status.<overdue|lost>``: the status of an at-risk customer.
- ``insight.month.<1..12>`` (nominative) and ``insight.month_in.<1..12>`` (after "in").
- ``export.column.<name>``: labels of the customer-table columns the findings added
  (seasonality, age, recent revenue, returned lines) and of the at-risk list's columns;
  ``export.setting.quadrants_lower_is_better``; ``classify.lower_is_better``: the error.
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

_DEPENDENCY_EN = "more than {threshold} of either makes a single customer a dependency risk."
_DEPENDENCY_RU = "больше {threshold} того или другого — уже риск зависимости от одного клиента."
_DAYS_EN = "{days} {days:day|days}, though it usually buys every {gap} {gap:day|days}"
_DAYS_RU = "{days} {days:день|дня|дней}, хотя обычно покупает раз в {gap} {gap:день|дня|дней}"

_FINDINGS: dict[str, tuple[str, str]] = {
    "insight.concentration": (
        "The top {top_customers} of customers bring {top20_share} of revenue; {revenue_target} of "
        "revenue comes from {customers_80} {customers_80:customer|customers} ({customers_80_share} "
        "of all). Concentration (Gini): {gini}.",
        "На {top_customers} крупнейших клиентов приходится {top20_share} выручки; {revenue_target} "
        "выручки приходится на {customers_80} {customers_80:клиента|клиентов|клиентов} "
        "({customers_80_share} всех клиентов). Концентрация (коэффициент Джини): {gini}.",
    ),
    "insight.dependency": (
        "{customer} alone brings {share} of revenue; more than {threshold} makes a single "
        "customer a dependency risk.",
        "Один клиент, {customer}, приносит {share} выручки; больше {threshold} — уже риск "
        "зависимости от одного клиента.",
    ),
    "insight.dependency.margin": (
        "{customer} alone brings {share} of revenue and {margin_share} of margin; " + _DEPENDENCY_EN,
        "Один клиент, {customer}, приносит {share} выручки и {margin_share} маржи; " + _DEPENDENCY_RU,
    ),
    "insight.at_risk.one_overdue": (
        "Key customer {customer} has not bought for " + _DAYS_EN + ": {at_stake} a year is at stake.",
        "Ключевой клиент {customer} не покупает уже " + _DAYS_RU + ": под угрозой {at_stake} выручки в год.",
    ),
    "insight.at_risk.one_lost": (
        "Key customer {customer} has not bought for " + _DAYS_EN + ", and looks lost: "
        "{at_stake} a year is at stake.",
        "Ключевой клиент {customer} не покупает уже " + _DAYS_RU + ", и, похоже, потерян: "
        "под угрозой {at_stake} выручки в год.",
    ),
    "insight.at_risk.many": (
        "{customers} key customers have gone quiet against their own buying rhythm ({lost} of "
        "them {lost:looks|look} lost), with {at_stake} a year at stake. First is {customer}: no "
        "purchase for " + _DAYS_EN + ".",
        "Ключевых клиентов, которые перестали покупать в своём обычном ритме: {customers}, из них, "
        "похоже, потеряны: {lost}. Под угрозой {at_stake} выручки в год. Первый в списке — "
        "{customer}: нет покупок уже " + _DAYS_RU + ".",
    ),
    "insight.at_risk.many_overdue": (
        "{customers} key customers have gone quiet against their own buying rhythm, with "
        "{at_stake} a year at stake. First is {customer}: no purchase for " + _DAYS_EN + ".",
        "Ключевых клиентов, которые перестали покупать в своём обычном ритме: {customers}. Под "
        "угрозой {at_stake} выручки в год. Первый в списке — {customer}: нет покупок уже " + _DAYS_RU + ".",
    ),
    "insight.seasonal": (
        "{customers} {customers:customer buys|customers buy} in one season only: at least "
        "{min_share} of their purchases fall in the same two months of the year, in {min_years} "
        "or more years (most often {season}). Together they bring {revenue_share} of revenue.",
        "{customers} {customers:клиент покупает|клиента покупают|клиентов покупают} только в свой "
        "сезон: не меньше {min_share} их покупок приходится на одни и те же два месяца года, и так "
        "не меньше {min_years} {min_years:года|лет|лет} (чаще всего — {season}). Вместе они дают "
        "{revenue_share} выручки.",
    ),
    "insight.rising": (
        "{customers} {customers:customer|customers} outside class A already {customers:buys|buy} "
        "at the class-A level ({new} of them new): {level} or more in the last {months} months, "
        "at least twice as much as in the {months} months before. The largest is {customer}: "
        "{top_last} against {top_prev}.",
        "Клиентов вне класса A, которые уже покупают на уровне класса A: {customers} (новых среди "
        "них: {new}). За последние {months} {months:месяц|месяца|месяцев} каждый купил на {level} "
        "или больше — как минимум вдвое больше, чем за {months} {months:месяц|месяца|месяцев} до "
        "того. Крупнейший — {customer}: {top_last} против {top_prev}.",
    ),
    "insight.rising.existing": (
        "{customers} {customers:customer|customers} outside class A already {customers:buys|buy} "
        "at the class-A level: {level} or more in the last {months} months, at least twice as "
        "much as in the {months} months before. The largest is {customer}: {top_last} against "
        "{top_prev}.",
        "Клиентов вне класса A, которые уже покупают на уровне класса A: {customers}. За последние "
        "{months} {months:месяц|месяца|месяцев} каждый купил на {level} или больше — как минимум "
        "вдвое больше, чем за {months} {months:месяц|месяца|месяцев} до того. Крупнейший — "
        "{customer}: {top_last} против {top_prev}.",
    ),
    "insight.returns": (
        "{customers} {customers:customer returns|customers return} far more than the others: "
        "{rate} of their purchases came back, against {base_rate} across all customers. The "
        "most, {top_returns}, came back from {customer}.",
        "Клиентов, которые возвращают намного больше остальных: {customers}; у них вернулось "
        "{rate} покупок против {base_rate} по всем клиентам. Больше всего вернул {customer}: "
        "{top_returns}.",
    ),
    "insight.core_size": (
        "Quadrant III, the core, holds {core_share} of customers ({core_customers}) and "
        "{core_revenue_share} of revenue, while a core is usually about the top {pareto} of "
        "customers, bringing {key_low} to {key_high} of revenue. Splitting loyalty at "
        "{loyalty_split} and profit at {profit_split} (the Pareto-core split) leaves "
        "{new_core_share} of customers in the core, with {new_core_revenue_share} of revenue.",
        "В квадранте III («ядро») {core_share} клиентов ({core_customers}) и {core_revenue_share} "
        "выручки, тогда как обычно ядро — это примерно {pareto} крупнейших клиентов, которые дают "
        "от {key_low} до {key_high} выручки. Если провести границу лояльности на {loyalty_split}, "
        "а прибыльности — на {profit_split} (разбиение «ядро по Парето»), в ядре останется "
        "{new_core_share} клиентов с {new_core_revenue_share} выручки.",
    ),
    "insight.base": (
        "In {month_in} {year}: {new} new {new:customer|customers}, {returning} back after a "
        "break, {lost} lost (no purchase for {lost_after} {lost_after:month|months}); the live "
        "base changed by {change} to {live}.",
        "В {month_in} {year} г.: новых клиентов — {new}, вернувшихся после перерыва — "
        "{returning}, ушедших (нет покупок {lost_after} {lost_after:месяц|месяца|месяцев}) — "
        "{lost}; действующая база изменилась на {change} и составляет {live}.",
    ),
}

_LABELS: dict[str, tuple[str, str]] = {
    "insight.title.concentration": ("Concentration", "Концентрация"),
    "insight.title.dependency": ("Dependency on one customer", "Зависимость от одного клиента"),
    "insight.title.at_risk": ("Key customers at risk", "Ключевые клиенты под угрозой"),
    "insight.title.seasonal": ("Seasonal customers", "Сезонные клиенты"),
    "insight.title.rising": ("Rising customers", "Растущие клиенты"),
    "insight.title.returns": ("High returns", "Много возвратов"),
    "insight.title.core_size": ("Size of the core", "Размер ядра"),
    "insight.title.base": ("Customer base", "Клиентская база"),
    "insight.severity.1": ("for information", "к сведению"),
    "insight.severity.2": ("worth a look", "стоит разобраться"),
    "insight.severity.3": ("act now", "срочно"),
    "insight.status.overdue": ("overdue", "просрочен"),
    "insight.status.lost": ("lost", "потерян"),
    "classify.lower_is_better": (
        "“{name}” cannot be marked lower-is-better: only attribute columns can (frequency, "
        "tenure, recency and regularity have fixed directions). Remove it from the list.",
        "«{name}» нельзя отметить как «меньше — лучше»: так отмечаются только столбцы атрибутов "
        "(у частоты, длительности, недавности покупок и регулярности направление задано). "
        "Уберите его из списка.",
    ),
}

_MONTHS = (
    ("January", "январь", "январе"),
    ("February", "февраль", "феврале"),
    ("March", "март", "марте"),
    ("April", "апрель", "апреле"),
    ("May", "май", "мае"),
    ("June", "июнь", "июне"),
    ("July", "июль", "июле"),
    ("August", "август", "августе"),
    ("September", "сентябрь", "сентябре"),
    ("October", "октябрь", "октябре"),
    ("November", "ноябрь", "ноябре"),
    ("December", "декабрь", "декабре"),
)

_COLUMNS: dict[str, tuple[str, str]] = {
    "returned_lines": ("Returned lines", "Строк возврата"),
    "season_share": ("Share of the busiest two months of the year", "Доля двух самых активных месяцев года"),
    "season_month": ("Season starts in month", "Месяц начала сезона"),
    "season_years": ("Years with purchases in the season", "Лет с покупками в сезон"),
    "seasonal": ("Buys in one season", "Покупает в один сезон"),
    "age_periods": ("Periods since first purchase", "Периодов с первой покупки"),
    "revenue_last_12m": ("Revenue, last 12 months", "Выручка за последние 12 месяцев"),
    "revenue_prev_12m": ("Revenue, 12 months before", "Выручка за предыдущие 12 месяцев"),
    "usual_gap_days": ("Usual days between purchases", "Обычно дней между покупками"),
    "days_since_last": ("Days since last purchase", "Дней с последней покупки"),
    "overdue_ratio": ("Quiet for (usual gaps)", "Пауза (в обычных интервалах)"),
    "revenue_at_stake": ("Revenue a year at stake", "Выручка в год под угрозой"),
    "status": ("Status", "Статус"),
}


def _messages() -> dict[str, tuple[str, str]]:
    """Give the catalogue: full key → (English, Russian)."""
    pairs = {**_FINDINGS, **_LABELS}
    for number, (en, ru, ru_in) in enumerate(_MONTHS, start=1):
        pairs[f"insight.month.{number}"] = (en, ru)
        pairs[f"insight.month_in.{number}"] = (en, ru_in)
    pairs.update({f"export.column.{name}": texts for name, texts in _COLUMNS.items()})
    pairs["export.setting.quadrants_lower_is_better"] = (
        "Loyalty: columns where less is better",
        "Лояльность: столбцы, где меньше — лучше",
    )
    return pairs


MESSAGES: dict[str, tuple[str, str]] = _messages()
