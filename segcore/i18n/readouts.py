"""Texts of the readouts: the sentence under each chart that says in words what it shows.

Keys are ``readout.<chart>[.<variant>]``; every text is an (English, Russian) pair. Numbers
arrive written for the language (:mod:`segcore.i18n.format`); a count arrives as a
:class:`~segcore.i18n.format.Localized` number, so ``{n:customer|customers}`` gives the word
form that agrees with it (Russian: one|few|many, see :func:`segcore.i18n.plural`).
The table beside the ABC × XYZ heatmap (``ui.matrix.numbers``) lives here too.
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

_WORDS: dict[str, tuple[str, str]] = {
    "readout.basis.revenue": ("revenue", "выручки"),
    "readout.basis.margin": ("margin", "маржи"),
    "readout.basis.orders": ("orders", "заказов"),
    "readout.basis.ltv": ("LTV", "LTV"),
    "readout.basis.clv": ("predicted CLV", "прогнозного CLV"),
    "readout.of.class": ("class {code}", "класса {code}"),
    "readout.of.cell": ("cell {code}", "ячейки {code}"),
    "readout.of.quadrant": ("quadrant {code}", "квадранта {code}"),
    "readout.of.segment": ("segment {code}", "сегмента {code}"),
    "readout.where.cell": ("cell {code}", "ячейке {code}"),
    "readout.where.quadrant": ("quadrant {code}", "квадранте {code}"),
    "readout.metric.revenue": ("Revenue", "Выручка"),
    "readout.metric.customers": ("Customers", "Клиенты"),
    "readout.metric.orders": ("Orders", "Заказы"),
    "readout.metric.avg_check": ("Average check", "Средний чек"),
}

_ANALYSIS: dict[str, tuple[str, str]] = {
    "ui.matrix.numbers": ("The matrix as a table: {metric}", "Матрица таблицей: {metric}"),
    "readout.matrix": (
        "Cell {cell} holds the most revenue: {share} from {customers} {customers:customer|customers}; "
        "the small, erratic corner CZ holds {corner} {corner:customer|customers} ({corner_share} of all) "
        "and {corner_revenue} of revenue.",
        "Больше всего выручки в ячейке {cell}: {share} от {customers} "
        "{customers:клиента|клиентов|клиентов}; в углу мелких нерегулярных клиентов CZ — {corner} "
        "{corner:клиент|клиента|клиентов} ({corner_share} от всех) и {corner_revenue} выручки.",
    ),
    "readout.matrix.no_revenue": (
        "There is no positive revenue to compare; the largest cell is {cell} with {customers} "
        "{customers:customer|customers}.",
        "Положительной выручки нет, сравнивать нечего; больше всего клиентов в ячейке {cell}: {customers}.",
    ),
    "readout.matrix.empty": ("There are no customers to place in the matrix.", "В матрице нет клиентов."),
    "readout.quadrants": (
        "The core (III): {core} {core:customer|customers}, {core_share} of all, with {core_revenue} "
        "of revenue. Quadrant IV, high profitability but low loyalty: {rich} {rich:customer|customers} "
        "with {rich_revenue} of revenue.",
        "Ядро (III): {core} {core:клиент|клиента|клиентов}, {core_share} от всех, и {core_revenue} "
        "выручки. Квадрант IV — высокая прибыльность при низкой лояльности: {rich} "
        "{rich:клиент|клиента|клиентов} и {rich_revenue} выручки.",
    ),
    "readout.quadrants.no_revenue": (
        "The core (III): {core} {core:customer|customers}, {core_share} of all; there is no positive "
        "revenue to share out.",
        "Ядро (III): {core} {core:клиент|клиента|клиентов}, {core_share} от всех; положительной "
        "выручки нет, делить нечего.",
    ),
    "readout.quadrants.empty": (
        "There are no customers to place on the quadrants.",
        "В квадрантах нет клиентов.",
    ),
    "readout.pareto": (
        "The top {top} of customers bring {top_share} of {basis}; {count} "
        "{count:customer makes|customers make} {a_share} of it.",
        "{top} крупнейших клиентов приносят {top_share} {basis}; {a_share} {basis} "
        "{count:даёт|дают|дают} {count} {count:клиент|клиента|клиентов}.",
    ),
    "readout.pareto.top_only": (
        "The top {top} of customers bring {top_share} of {basis}.",
        "{top} крупнейших клиентов приносят {top_share} {basis}.",
    ),
    "readout.pareto.no_positive": (
        "Every customer's {basis} is zero or less: there is no concentration to show.",
        "Значения {basis} у всех клиентов не больше нуля: концентрации нет.",
    ),
    "readout.pareto.empty": ("There are no customers to rank.", "Нет клиентов для ранжирования."),
    "readout.ltv": (
        "Half the customers are worth less than {median} (the mean is {mean}); the most valuable "
        "{top} hold {top_share} of the total value.",
        "У половины клиентов LTV ниже {median} (в среднем — {mean}); на {top} самых ценных "
        "приходится {top_share} всей ценности.",
    ),
    "readout.ltv.no_total": (
        "Half the customers are worth less than {median} (the mean is {mean}).",
        "У половины клиентов LTV ниже {median} (в среднем — {mean}).",
    ),
    "readout.ltv.empty": ("There are no customer values to show.", "Нет значений LTV для показа."),
    "readout.ltv_segments": (
        "Average LTV is highest in {top}, {top_value}, and lowest in {bottom}, {bottom_value}.",
        "Средний LTV выше всего в {top} — {top_value}, ниже всего в {bottom} — {bottom_value}.",
    ),
    "readout.ltv_segments.one": ("Average LTV in {top}: {top_value}.", "Средний LTV в {top}: {top_value}."),
    "readout.ltv_segments.empty": ("There are no segments to compare.", "Нет сегментов для сравнения."),
}

_LTV: dict[str, tuple[str, str]] = {
    "readout.clv": (
        "Over {months} months half the customers are expected to bring less than {median} (the mean "
        "is {mean}); the most valuable {top} hold {top_share} of the forecast.",
        "За {months} мес. половина клиентов, по прогнозу, принесёт меньше {median} (в среднем — "
        "{mean}); на {top} самых ценных приходится {top_share} прогноза.",
    ),
    "readout.clv.no_total": (
        "Over {months} months half the customers are expected to bring less than {median} "
        "(the mean is {mean}).",
        "За {months} мес. половина клиентов, по прогнозу, принесёт меньше {median} (в среднем — {mean}).",
    ),
    "readout.clv.empty": ("There is no forecast to show.", "Прогноза для показа нет."),
    "readout.alive": (
        "{share} of customers are probably still buying (P(alive) of {high} or more); for {low} "
        "{low:customer|customers} it is below {low_cut}.",
        "{share} клиентов, вероятно, ещё покупают (P(alive) от {high}); у {low} "
        "{low:клиента|клиентов|клиентов} она ниже {low_cut}.",
    ),
    "readout.alive.empty": ("There is no forecast to show.", "Прогноза для показа нет."),
    "readout.clv_segments": (
        "The most predicted value is in {where}: {value}, {share} of the total, against {simple} "
        "by simple LTV.",
        "Больше всего прогнозной ценности в {where}: {value}, {share} от общей; по простому LTV — {simple}.",
    ),
    "readout.clv_segments.empty": (
        "There is no predicted value to compare.",
        "Прогнозной ценности для сравнения нет.",
    ),
    "readout.holdout.over": (
        "In the check period customers made {actual} repeat {actual:purchase|purchases}; the model "
        "expected {predicted}, {gap} more.",
        "В проверочном периоде клиенты сделали {actual} {actual:повторную покупку|повторные "
        "покупки|повторных покупок}; модель ожидала {predicted} — на {gap} больше.",
    ),
    "readout.holdout.under": (
        "In the check period customers made {actual} repeat {actual:purchase|purchases}; the model "
        "expected {predicted}, {gap} fewer.",
        "В проверочном периоде клиенты сделали {actual} {actual:повторную покупку|повторные "
        "покупки|повторных покупок}; модель ожидала {predicted} — на {gap} меньше.",
    ),
    "readout.holdout.same": (
        "In the check period customers made {actual} repeat {actual:purchase|purchases}; the model "
        "expected as many.",
        "В проверочном периоде клиенты сделали {actual} {actual:повторную покупку|повторные "
        "покупки|повторных покупок}; модель ожидала столько же.",
    ),
    "readout.holdout.none": (
        "The check period has no repeat purchases to compare with the forecast.",
        "В проверочном периоде нет повторных покупок, с которыми можно сравнить прогноз.",
    ),
    "readout.tracking.over": (
        "By {date} customers had made {actual} repeat {actual:purchase|purchases} in all; the model "
        "expected {predicted}, {gap} more.",
        "К {date} клиенты сделали всего {actual} {actual:повторную покупку|повторные "
        "покупки|повторных покупок}; модель ожидала {predicted} — на {gap} больше.",
    ),
    "readout.tracking.under": (
        "By {date} customers had made {actual} repeat {actual:purchase|purchases} in all; the model "
        "expected {predicted}, {gap} fewer.",
        "К {date} клиенты сделали всего {actual} {actual:повторную покупку|повторные "
        "покупки|повторных покупок}; модель ожидала {predicted} — на {gap} меньше.",
    ),
    "readout.tracking.same": (
        "By {date} customers had made {actual} repeat {actual:purchase|purchases} in all; the model "
        "expected as many.",
        "К {date} клиенты сделали всего {actual} {actual:повторную покупку|повторные "
        "покупки|повторных покупок}; модель ожидала столько же.",
    ),
    "readout.tracking.none": (
        "There are no repeat purchases to track yet.",
        "Повторных покупок для сравнения пока нет.",
    ),
}

_DYNAMICS: dict[str, tuple[str, str]] = {
    "readout.periods.revenue": ("Revenue in {period}: {value}", "Выручка за {period}: {value}"),
    "readout.periods.customers": (
        "Customers who bought in {period}: {value}",
        "Клиентов с покупками за {period}: {value}",
    ),
    "readout.periods.orders": ("Orders in {period}: {value}", "Заказов за {period}: {value}"),
    "readout.periods.avg_check": ("Average check in {period}: {value}", "Средний чек за {period}: {value}"),
    "readout.periods.yoy": ("{head}, {change} year over year.", "{head}, {change} г/г."),
    "readout.periods.pop": (
        "{head}, {change} against the previous period.",
        "{head}, {change} к предыдущему периоду.",
    ),
    "readout.periods.alone": ("{head}.", "{head}."),
    "readout.periods.no_sales": ("{metric}: no sales in {period}.", "{metric}: продаж за {period} нет."),
    "readout.periods.best_segment": (
        "The best change year over year is in {segment}: {change}.",
        "Лучшая динамика г/г — у {segment}: {change}.",
    ),
    "readout.periods.empty": ("There are no periods to show.", "Нет периодов для показа."),
    "readout.growth": (
        "{metric}: up year over year in {up} of {n} {n:period|periods}; the largest change was "
        "{change} in {period}.",
        "{metric}: рост г/г в {up} {up:периоде|периодах|периодах} из {n}; самое сильное изменение — "
        "{change} за {period}.",
    ),
    "readout.growth.none": (
        "{metric}: there is no year-earlier period to compare with yet.",
        "{metric}: сравнить с прошлым годом пока не с чем.",
    ),
    "readout.base.gain": (
        "In {period}, {new} new {new:customer|customers} came and {lost} left: {diff} more new than lost.",
        "За {period} {new:пришёл|пришли|пришли} {new} {new:новый клиент|новых клиента|новых клиентов}, "
        "{lost:ушёл|ушли|ушли} {lost}: новых на {diff} больше.",
    ),
    "readout.base.loss": (
        "In {period}, {new} new {new:customer|customers} came and {lost} left: {diff} more lost than new.",
        "За {period} {new:пришёл|пришли|пришли} {new} {new:новый клиент|новых клиента|новых клиентов}, "
        "{lost:ушёл|ушли|ушли} {lost}: ушедших на {diff} больше.",
    ),
    "readout.base.even": (
        "In {period}, {new} new {new:customer|customers} came and {lost} left: as many came as left.",
        "За {period} {new:пришёл|пришли|пришли} {new} {new:новый клиент|новых клиента|новых клиентов}, "
        "{lost:ушёл|ушли|ушли} {lost}: сколько пришло, столько и ушло.",
    ),
    "readout.live": (
        "The live base: {now} {now:customer|customers} at the end of {period}, against {start} at the "
        "end of {first}.",
        "Действующая база на конец {period}: {now} {now:клиент|клиента|клиентов}; на конец {first} "
        "было {start}.",
    ),
    "readout.live.one": (
        "The live base: {now} {now:customer|customers} at the end of {period}.",
        "Действующая база на конец {period}: {now} {now:клиент|клиента|клиентов}.",
    ),
    "readout.cohorts": (
        "On average {share} of a cohort buy again in the period after their first purchase; the best "
        "cohort, {best}, kept {best_share}.",
        "В среднем {share} клиентов когорты снова покупают в следующем периоде после первой покупки; "
        "лучше всех — когорта {best}: {best_share}.",
    ),
    "readout.cohorts.one": (
        "{share} of the cohort {best} bought again in the period after their first purchase.",
        "{share} клиентов когорты {best} снова купили в следующем периоде после первой покупки.",
    ),
    "readout.cohorts.young": (
        "No cohort has a second period yet.",
        "Ни у одной когорты ещё нет второго периода.",
    ),
    "readout.golden.abc": ("class A", "класса A"),
    "readout.golden.quadrant": ("the core (III)", "ядра (III)"),
    "readout.golden": (
        "The share of {group} in revenue: {now} in {period}, against {start} in {first}.",
        "Доля {group} в выручке: {now} за {period} против {start} за {first}.",
    ),
    "readout.golden.one": (
        "The share of {group} in revenue: {now} in {period}.",
        "Доля {group} в выручке: {now} за {period}.",
    ),
    "readout.golden.campaign": (
        "Around the campaign: {before} before, {after} after ({change} points).",
        "До кампании — {before}, после — {after} ({change}\u00a0п.\u00a0п.).",
    ),
    "readout.golden.none": ("There is no revenue to share out.", "Выручки для расчёта доли нет."),
    "readout.plan": (
        "Actual revenue is {actual} against a plan of {plan}: {change} ({variance}).",
        "Факт — {actual} при плане {plan}: {change} ({variance}).",
    ),
    "readout.plan.no_plan": (
        "Actual revenue is {actual} against a plan of {plan}.",
        "Факт — {actual} при плане {plan}.",
    ),
    "readout.plan.behind": (
        "The furthest behind plan is {key}: {change}.",
        "Больше всего отставание от плана у {key}: {change}.",
    ),
    "readout.plan.ahead": (
        "Nothing is below plan; {key} is the least ahead: {change}.",
        "Отстающих от плана нет; меньше всего опережение у {key}: {change}.",
    ),
    "readout.plan.customer": ("customer {key}", "клиента {key}"),
    "readout.plan.none": ("No planned period has happened yet.", "Ни один плановый период ещё не наступил."),
    "readout.variance.below": (
        "Actual revenue fell short of plan in {below} of {n} {n:period|periods}; the largest shortfall "
        "was {change} in {period}.",
        "Факт ниже плана в {below} {below:периоде|периодах|периодах} из {n}; сильнее всего — {change} "
        "за {period}.",
    ),
    "readout.variance.met": (
        "Actual revenue met the plan in {n} of {n} {n:period|periods}; the best result was {change} "
        "in {period}.",
        "Факт не ниже плана в {n} {n:периоде|периодах|периодах} из {n}; лучший результат — {change} "
        "за {period}.",
    ),
}

_FLOWS: dict[str, tuple[str, str]] = {
    "readout.migration.kept": (
        "{both} {both:customer is|customers are} classified in both periods; {stayed} kept their "
        "segment ({stayed_share}).",
        "{both} {both:клиент покупал|клиента покупали|клиентов покупали} в обоих периодах; "
        "сегмент {stayed:сохранил|сохранили|сохранили} {stayed} ({stayed_share}).",
    ),
    "readout.migration.top": (
        "Of {top_size} {top_size:customer|customers} in {top}, {top_lost} {top_lost:was|were} lost and "
        "{top_moved} moved to another segment.",
        "Из {top_size} {top_size:клиента|клиентов|клиентов} {top} {top_lost:ушёл|ушли|ушли} "
        "{top_lost}, в другой сегмент {top_moved:перешёл|перешли|перешли} {top_moved}.",
    ),
    "readout.migration.none": (
        "No customer is classified in both periods.",
        "Ни один клиент не классифицирован в обоих периодах.",
    ),
    "readout.flow.customers": (
        "The largest move between segments is {source} → {target}: {value} {value:customer|customers}.",
        "Больше всего переходов {source} → {target}: {value} {value:клиент|клиента|клиентов}.",
    ),
    "readout.flow.money": (
        "The largest move between segments is {source} → {target}: {value} of revenue.",
        "Больше всего выручки у перехода {source} → {target}: {value}.",
    ),
    "readout.flow.none": ("No customer moved between segments.", "Между сегментами никто не перешёл."),
    "readout.flow.new_lost": (
        "{new} new {new:customer|customers} came in, {lost} {lost:was|were} lost.",
        "Новых клиентов — {new}, ушедших — {lost}.",
    ),
    "readout.scenario": (
        "From Scenario 1 to Scenario 2, {moved} of {total} {total:customer|customers} "
        "{moved:changes|change} segment ({share}); the largest move is {source} → {target}: {value}.",
        "При переходе от сценария 1 к сценарию 2 сегмент {moved:меняет|меняют|меняют} {moved} из {total} "
        "{total:клиента|клиентов|клиентов} ({share}); больше всего переходов {source} → {target}: {value}.",
    ),
    "readout.scenario.same": (
        "Scenario 2 puts every customer in the same segment as Scenario 1.",
        "В сценарии 2 все клиенты остаются в тех же сегментах, что и в сценарии 1.",
    ),
    "readout.scenario.empty": ("There are no customers to compare.", "Нет клиентов для сравнения."),
    "readout.sweep.customers": (
        "Moving {threshold} by {step} (now {value}) moves about {count} {count:customer|customers} "
        "between {between}.",
        "Сдвиг {threshold} на {step} (сейчас {value}) переводит около {count} "
        "{count:клиента|клиентов|клиентов} между {between}.",
    ),
    "readout.sweep.customers_none": (
        "Moving {threshold} by {step} (now {value}) moves no customers between {between}.",
        "Сдвиг {threshold} на {step} (сейчас {value}) не переводит клиентов между {between}.",
    ),
    "readout.sweep.revenue": (
        "Moving {threshold} by {step} (now {value}) shifts about {share} of revenue between {between}.",
        "Сдвиг {threshold} на {step} (сейчас {value}) перемещает около {share} выручки между {between}.",
    ),
    "readout.sweep.revenue_none": (
        "Moving {threshold} by {step} (now {value}) shifts no revenue between {between}.",
        "Сдвиг {threshold} на {step} (сейчас {value}) не перемещает выручку между {between}.",
    ),
    "readout.sweep.no_revenue": (
        "There is no positive revenue to shift between segments.",
        "Положительной выручки нет — перемещать между сегментами нечего.",
    ),
    "readout.sweep.empty": ("There are no threshold values to show.", "Нет значений границы для показа."),
    "readout.sweep.points": ("{step} points", "{step}\u00a0п.\u00a0п."),
    "readout.sweep.threshold.abc_a": ("the A cut-off", "границы A"),
    "readout.sweep.threshold.abc_b": ("the B cut-off", "границы B"),
    "readout.sweep.threshold.xyz_x": ("the X cut-off (CV)", "границы X (CV)"),
    "readout.sweep.threshold.xyz_y": ("the Y cut-off (CV)", "границы Y (CV)"),
    "readout.sweep.threshold.loyalty_split": ("the loyalty cut-off", "границы лояльности"),
    "readout.sweep.threshold.profit_split": ("the profitability cut-off", "границы прибыльности"),
    "readout.sweep.between.abc_a": ("A and B", "классами A и B"),
    "readout.sweep.between.abc_b": ("B and C", "классами B и C"),
    "readout.sweep.between.xyz_x": ("X and Y", "классами X и Y"),
    "readout.sweep.between.xyz_y": ("Y and Z", "классами Y и Z"),
    "readout.sweep.between.loyalty_split": (
        "low and high loyalty",
        "низкой и высокой лояльностью",
    ),
    "readout.sweep.between.profit_split": (
        "low and high profitability",
        "низкой и высокой прибыльностью",
    ),
}

MESSAGES: dict[str, tuple[str, str]] = {**_WORDS, **_ANALYSIS, **_LTV, **_DYNAMICS, **_FLOWS}
