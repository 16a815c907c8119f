"""Messages about dynamics: periods, customer base, migration, campaign lift, plan, scenario comparison.

One shape: full key → (English, Russian).
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

_PERIODS: dict[str, tuple[str, str]] = {
    "dynamics.grain": (
        "The period “{value}” is not available here. Choose month (M), quarter (Q) or year (Y).",
        "Период «{value}» здесь недоступен. Выберите месяц (M), квартал (Q) или год (Y).",
    ),
    "dynamics.years": (
        "The number of years to compare must be a whole number of 1 or more; got {value}.",
        "Число лет для сравнения должно быть целым, не меньше 1; получено {value}.",
    ),
    "dynamics.lost_after": (
        "“Lost after” must be a whole number of periods, 1 or more; got {value}. "
        "A customer counts as lost after that many periods without a purchase.",
        "«Считать ушедшим после» — целое число периодов, не меньше 1; получено {value}. "
        "Клиент считается ушедшим после стольких периодов без покупок.",
    ),
    "dynamics.campaign_periods": (
        "The number of periods to compare around the campaign must be a whole number "
        "of 1 or more; got {value}. Leave it empty to use every period.",
        "Число периодов для сравнения вокруг кампании должно быть целым, не меньше 1; "
        "получено {value}. Оставьте поле пустым, чтобы взять все периоды.",
    ),
    "dynamics.code.new": ("new", "новые"),
    "dynamics.code.lost": ("lost", "ушедшие"),
    "dynamics.code.none": ("not classified", "без сегмента"),
    "dynamics.define.returning": (
        "Returning: bought in this period, not for the first time, after at least one "
        "whole period without a purchase. Customers who also bought in the previous period "
        "are “retained”.",
        "Вернувшиеся: купили в этом периоде не впервые, после как минимум одного "
        "целого периода без покупок. Купившие и в предыдущем периоде — «удержанные».",
    ),
    "dynamics.define.lost": (
        "Lost: the last purchase was exactly {lost_after} periods ago and nothing since. "
        "Each customer is counted once, in the period they become lost; a customer who "
        "comes back is counted as reactivated.",
        "Ушедшие: последняя покупка была ровно {lost_after} периодов назад, и с тех пор "
        "покупок нет. Клиент учитывается один раз — в периоде, когда он стал ушедшим; "
        "вернувшийся клиент учитывается как реактивированный.",
    ),
    "dynamics.define.growth": (
        "Growth = this period ÷ the base period − 1. It is left empty when there is no "
        "base: the base period lies before the data start or its value is zero or negative.",
        "Рост = этот период ÷ базовый период − 1. Пусто, если базы нет: базовый период "
        "раньше начала данных или его значение нулевое либо отрицательное.",
    ),
    "dynamics.define.incomplete": (
        "The period {label} is only partly covered by the data; compare it with care.",
        "Период {label} покрыт данными лишь частично; сравнивайте его осторожно.",
    ),
}

_MIGRATION: dict[str, tuple[str, str]] = {
    "dynamics.migration_duplicates": (
        "The segment list of {side} names some customers more than once (for example "
        "“{example}”). Each customer must have one segment per period.",
        "В списке сегментов {side} некоторые клиенты встречаются больше одного раза "
        "(например, «{example}»). У каждого клиента должен быть один сегмент за период.",
    ),
    "dynamics.windows_empty": (
        "Choose at least one period to classify.",
        "Выберите хотя бы один период для классификации.",
    ),
    "dynamics.window_order": (
        "A period starts ({start}) after it ends ({end}). Choose a start before the end.",
        "Период начинается ({start}) позже, чем заканчивается ({end}). Выберите начало раньше конца.",
    ),
}

_CAMPAIGN: dict[str, tuple[str, str]] = {
    "dynamics.campaign_months": (
        "The months compared on each side of the campaign must be a whole number, 1 or more; got {value}.",
        "Число месяцев до и после кампании должно быть целым, не меньше 1; получено {value}.",
    ),
    "dynamics.campaign_lookback": (
        "The months before the campaign that pick the group must be a whole number, at least "
        "as many as the months compared ({months}); got {value}.",
        "Число месяцев до кампании, по которым выбирается группа, должно быть целым и не меньше "
        "числа сравниваемых месяцев ({months}); получено {value}.",
    ),
    "dynamics.campaign_rule": (
        "The group can be class A (class_a) or the top share of customers by revenue "
        "(top_share); got “{value}”.",
        "Группу можно задать как класс A (class_a) или как долю лучших клиентов по выручке "
        "(top_share); получено «{value}».",
    ),
    "dynamics.campaign_cut": (
        "The group's cut-off must be a share between 0 and 1 (0.8 = 80 %); got {value}.",
        "Граница группы — доля от 0 до 1 (0,8 = 80 %); получено {value}.",
    ),
    "dynamics.campaign_no_data": (
        "There are no transactions to compare around the campaign.",
        "Нет продаж, чтобы сравнить периоды до и после кампании.",
    ),
    "dynamics.campaign_window": (
        "The comparison around the campaign of {campaign} needs data from {start} (the "
        "{lookback} months that pick the group) to {end} (the {months} months from the "
        "campaign), but the data cover {first} to {last}. Choose another campaign date, "
        "fewer months before it or fewer months to compare.",
        "Чтобы сравнить продажи до и после кампании {campaign}, нужны данные с {start} "
        "(за {lookback} мес. до кампании, по ним выбирается группа) по {end} ({months} мес. "
        "с начала кампании), а данные есть только с {first} по {last}. Выберите другую дату "
        "кампании или возьмите меньше месяцев.",
    ),
    "dynamics.campaign_group_empty": (
        "The group has no customer who bought or returned goods from {start} on. Check the "
        "list of customers, or choose another campaign date.",
        "В группе нет ни одного клиента с покупками или возвратами начиная с {start}. "
        "Проверьте список клиентов или выберите другую дату кампании.",
    ),
    "dynamics.define.campaign_lift": (
        "The group is fixed on the data before the campaign and compared with the other "
        "customers who bought in the same months. Lift = the group's revenue after ÷ before, "
        "divided by the same ratio of the other customers: 1 means the group moved like "
        "everyone else. The extra revenue is the group's revenue after the campaign minus "
        "what it would have been at the other customers' rate. Customers new since the "
        "campaign are counted apart.",
        "Группа фиксируется по данным до кампании и сравнивается с остальными клиентами, "
        "покупавшими в те же месяцы. Эффект (во сколько раз) = выручка группы после ÷ до, "
        "делённая на то же отношение у остальных клиентов: 1 — группа изменилась так же, как "
        "все. Дополнительная выручка — выручка группы после кампании минус та, что была бы "
        "при темпе остальных клиентов. Новые после начала кампании клиенты считаются отдельно.",
    ),
    "dynamics.define.campaign_placebo": (
        "The same comparison a year earlier, when there was no campaign, shows how much of "
        "the lift the season and the choice of the group give on their own.",
        "То же сравнение годом раньше, когда кампании не было, показывает, какую часть эффекта "
        "дают сезон и сам выбор группы.",
    ),
}

_PLAN: dict[str, tuple[str, str]] = {
    "plan.column_missing": (
        "The plan has no column “{column}”. Choose one of the plan's columns.",
        "В плане нет столбца «{column}». Выберите один из столбцов плана.",
    ),
    "plan.no_column": (
        "The plan needs a “{field}” column, and none of its columns ({columns}) looks "
        "like one. Name the columns period, amount (and optionally segment or customer_id), "
        "or choose them by hand.",
        "В плане нужен столбец «{field}», но ни один из столбцов ({columns}) на него "
        "не похож. Назовите столбцы period, amount (и при необходимости segment или "
        "customer_id) либо укажите их вручную.",
    ),
    "plan.bad_period": (
        "Row {row} of the plan has the period “{value}”, which cannot be read. "
        "Write a month as 2025-03 or 03.2025, a quarter as Q1 2025, a year as 2025, "
        "or a date.",
        "В строке {row} плана период «{value}» не удаётся прочитать. Запишите месяц "
        "как 2025-03 или 03.2025, квартал как Q1 2025 или 1 кв. 2025, год как 2025, "
        "либо дату.",
    ),
    "plan.bad_amount": (
        "Row {row} of the plan has the amount “{value}”, which is not a number. "
        "Correct it or leave the row out.",
        "В строке {row} плана сумма «{value}» не является числом. Исправьте её или удалите строку.",
    ),
    "plan.empty": (
        "The plan has no rows with a period and an amount.",
        "В плане нет строк с периодом и суммой.",
    ),
    "plan.coarser_than_grain": (
        "The plan is set per {plan_grain}, which is coarser than the chosen period "
        "({grain}). Compare by a period at least as long as the plan's "
        "(M = month, Q = quarter, Y = year).",
        "План задан по периодам «{plan_grain}», а это крупнее выбранного периода "
        "({grain}). Сравнивайте по периоду не короче, чем в плане "
        "(M — месяц, Q — квартал, Y — год).",
    ),
    "plan.segments_need_classes": (
        "The plan is set per segment; classify the customers first so that each "
        "segment's actual sales can be summed.",
        "План задан по сегментам; сначала распределите клиентов по сегментам, "
        "чтобы посчитать фактические продажи каждого сегмента.",
    ),
}

MESSAGES: dict[str, tuple[str, str]] = {**_PERIODS, **_MIGRATION, **_CAMPAIGN, **_PLAN}
