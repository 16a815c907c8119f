"""Messages about dynamics: periods, customer base, migration, plan, scenario comparison, sweeps."""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
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
        "«Потерян через» — целое число периодов, не меньше 1; получено {value}. "
        "Клиент считается потерянным после стольких периодов без покупок.",
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
    # Plans
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
