"""Texts of the dynamics pages (``ui.dyn.*``, ``ui.dyncol.*``, ``ui.periods.*``, ``ui.base.*``,
``ui.migr.*``, ``ui.golden.*``, ``ui.plan.*``, ``ui.scenb.*``, ``ui.sens.*``), English and Russian."""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    # Shared by the dynamics pages
    "ui.nav.dynamics": ("Dynamics", "Динамика"),
    "ui.page.periods": ("Sales by period", "Продажи по периодам"),
    "ui.page.customer_base": ("Customer base", "Клиентская база"),
    "ui.page.migration": ("Segment migration", "Миграция между сегментами"),
    "ui.page.golden": ("Golden share", "Доля «золотых» клиентов"),
    "ui.page.plan": ("Plan vs actual", "План и факт"),
    "ui.page.scenarios": ("Scenario 1 vs 2", "Сценарии 1 и 2"),
    "ui.page.sensitivity": ("Threshold sensitivity", "Чувствительность к границам"),
    "ui.dyn.grain": ("Period", "Период"),
    "ui.dyn.grain_M": ("Month", "Месяц"),
    "ui.dyn.grain_Q": ("Quarter", "Квартал"),
    "ui.dyn.grain_Y": ("Year", "Год"),
    "ui.dyn.units_M": ("months", "мес."),
    "ui.dyn.units_Q": ("quarters", "кв."),
    "ui.dyn.units_Y": ("years", "г."),
    "ui.dyn.period": ("Period", "Период"),
    # Column names
    "ui.dyncol.label": ("Period", "Период"),
    "ui.dyncol.segment": ("Segment", "Сегмент"),
    "ui.dyncol.revenue": ("Revenue", "Выручка"),
    "ui.dyncol.customers": ("Customers", "Клиенты"),
    "ui.dyncol.orders": ("Orders", "Заказы"),
    "ui.dyncol.avg_check": ("Average check", "Средний чек"),
    "ui.dyncol.revenue_yoy": ("Revenue vs year ago", "Выручка, г/г"),
    "ui.dyncol.revenue_pop": ("Revenue vs previous", "Выручка к пред. периоду"),
    "ui.dyncol.customers_yoy": ("Customers vs year ago", "Клиенты, г/г"),
    "ui.dyncol.customers_pop": ("Customers vs previous", "Клиенты к пред. периоду"),
    "ui.dyncol.orders_yoy": ("Orders vs year ago", "Заказы, г/г"),
    "ui.dyncol.orders_pop": ("Orders vs previous", "Заказы к пред. периоду"),
    "ui.dyncol.avg_check_yoy": ("Check vs year ago", "Чек, г/г"),
    "ui.dyncol.avg_check_pop": ("Check vs previous", "Чек к пред. периоду"),
    "ui.dyncol.active": ("Active", "Активные"),
    "ui.dyncol.new": ("New", "Новые"),
    "ui.dyncol.retained": ("Retained", "Удержанные"),
    "ui.dyncol.returning": ("Returning", "Вернувшиеся"),
    "ui.base.m_returning": ("Returning", "Вернулись"),
    "ui.dyncol.reactivated": ("Reactivated", "Реактивированные"),
    "ui.dyncol.lost": ("Lost", "Ушедшие"),
    "ui.dyncol.live": ("Live base", "Действующая база"),
    "ui.dyncol.retention_rate": ("Retention", "Удержание"),
    "ui.dyncol.golden_revenue": ("Golden revenue", "Выручка «золотых»"),
    "ui.dyncol.share": ("Golden share", "Доля «золотых»"),
    "ui.dyncol.golden_customers": ("Golden customers buying", "Покупавшие «золотые»"),
    "ui.dyncol.plan": ("Plan", "План"),
    "ui.dyncol.actual": ("Actual", "Факт"),
    "ui.dyncol.variance": ("Variance", "Отклонение"),
    "ui.dyncol.variance_pct": ("Variance, %", "Отклонение, %"),
    "ui.dyncol.plan_cumulative": ("Plan, year to date", "План с начала года"),
    "ui.dyncol.actual_cumulative": ("Actual, year to date", "Факт с начала года"),
    "ui.dyncol.key": ("Plan line", "Строка плана"),
    "ui.dyncol.customer_id": ("Customer", "Клиент"),
    "ui.dyncol.share_of_from": ("Share of the row", "Доля строки"),
    "ui.dyncol.k": ("Periods in a row (k)", "Периодов подряд (k)"),
    "ui.dyncol.current_exactly": ("Now, exactly k", "Сейчас, ровно k"),
    "ui.dyncol.current_at_least": ("Now, k or more", "Сейчас, k и больше"),
    "ui.dyncol.ever_at_least": ("Ever, k or more", "Когда-либо, k и больше"),
    "ui.dyncol.abc_a": ("ABC, scenario 1", "ABC, сценарий 1"),
    "ui.dyncol.abc_b": ("ABC, scenario 2", "ABC, сценарий 2"),
    "ui.dyncol.xyz_a": ("XYZ, scenario 1", "XYZ, сценарий 1"),
    "ui.dyncol.xyz_b": ("XYZ, scenario 2", "XYZ, сценарий 2"),
    "ui.dyncol.abc_xyz_a": ("Cell, scenario 1", "Ячейка, сценарий 1"),
    "ui.dyncol.abc_xyz_b": ("Cell, scenario 2", "Ячейка, сценарий 2"),
    "ui.dyncol.quadrant_a": ("Quadrant, scenario 1", "Квадрант, сценарий 1"),
    "ui.dyncol.quadrant_b": ("Quadrant, scenario 2", "Квадрант, сценарий 2"),
    "ui.dyncol.code": ("Segment", "Сегмент"),
    "ui.dyncol.customers_a": ("Customers, scenario 1", "Клиентов, сценарий 1"),
    "ui.dyncol.customers_b": ("Customers, scenario 2", "Клиентов, сценарий 2"),
    "ui.dyncol.customers_change": ("Change", "Изменение"),
    "ui.dyncol.revenue_a": ("Revenue, scenario 1", "Выручка, сценарий 1"),
    "ui.dyncol.revenue_b": ("Revenue, scenario 2", "Выручка, сценарий 2"),
    # Sales by period
    "ui.periods.intro": (
        "Revenue, customers, orders and the average check per period, each against the same "
        "period a year earlier and against the previous period, in total or by segment of the "
        "current scenario.",
        "Выручка, клиенты, заказы и средний чек по периодам — в сравнении с тем же периодом "
        "год назад и с предыдущим периодом, в целом или по сегментам текущего сценария.",
    ),
    "ui.periods.years": ("Years shown", "Показать лет"),
    "ui.periods.years_help": (
        "How many of the last years to show. Growth against a year earlier also uses the year "
        "before the first one shown.",
        "Сколько последних лет показать. Для роста г/г берётся и год перед первым показанным.",
    ),
    "ui.periods.split": ("Split by", "Разбивка"),
    "ui.periods.split_help": (
        "Segments of the current scenario (thresholds from Settings), applied to the whole history.",
        "Сегменты текущего сценария (границы со страницы настроек), применённые ко всей истории.",
    ),
    "ui.periods.split_total": ("Total", "Итого"),
    "ui.periods.split_abc": ("ABC", "ABC"),
    "ui.periods.split_quadrant": ("Quadrants", "Квадранты"),
    "ui.periods.metric": ("Measure", "Показатель"),
    "ui.periods.headline": (
        "**{period}**, the last complete period, against the same period a year earlier:",
        "**{period}** — последний полный период — в сравнении с тем же периодом год назад:",
    ),
    "ui.periods.delta_help": (
        "Change against the same period a year earlier.",
        "Изменение к тому же периоду год назад.",
    ),
    "ui.periods.chart_title": ("{metric} by {grain}", "{metric} по периодам ({grain})"),
    "ui.periods.by_segment": ("by segment: {split}", "по сегментам: {split}"),
    "ui.periods.current": ("This period", "Этот период"),
    "ui.periods.year_ago": ("A year earlier", "Год назад"),
    "ui.periods.growth_title": ("Growth of {metric}", "Рост: {metric}"),
    "ui.periods.growth": ("Growth", "Рост"),
    "ui.periods.yoy": ("vs a year earlier", "г/г"),
    "ui.periods.pop": ("vs the previous period", "к предыдущему периоду"),
    "ui.periods.table_title": ("Every period", "Все периоды"),
    # Customer base
    "ui.base.intro": (
        "How the customer base moves: new customers, those who keep buying, those who come back "
        "and those who are lost, per period; and how long each acquisition cohort keeps buying.",
        "Как меняется клиентская база: новые клиенты, те, кто продолжает покупать, вернувшиеся "
        "и ушедшие — по периодам; и как долго покупает каждая когорта привлечения.",
    ),
    "ui.base.lost_after": (
        "Lost after ({unit} without a purchase)",
        "Считать ушедшим после ({unit} без покупок)",
    ),
    "ui.base.lost_after_help": (
        "A customer counts as lost after this many whole periods without a purchase.",
        "Клиент считается ушедшим после стольких целых периодов без покупок.",
    ),
    "ui.base.headline": (
        "**{period}**, the last complete period:",
        "**{period}** — последний полный период:",
    ),
    "ui.base.active_help": ("Customers with a purchase in the period.", "Клиенты с покупкой в периоде."),
    "ui.base.new_help": ("First purchase ever in the period.", "Первая покупка — в этом периоде."),
    "ui.base.returning_help": (
        "Bought again after at least one whole period without a purchase.",
        "Снова купили после как минимум одного целого периода без покупок.",
    ),
    "ui.base.lost_help": (
        "Became lost in the period (no purchase for the chosen number of periods).",
        "Стали ушедшими в этом периоде (нет покупок выбранное число периодов).",
    ),
    "ui.base.live_help": (
        "Customers acquired and not lost at the end of the period.",
        "Привлечённые и не ушедшие клиенты на конец периода.",
    ),
    "ui.base.retention_help": (
        "Share of the previous period's active customers who bought again in this period.",
        "Доля активных клиентов предыдущего периода, купивших и в этом.",
    ),
    "ui.base.flow_title": ("Movements of the customer base", "Движение клиентской базы"),
    "ui.base.live_title": ("Live base and active customers", "Действующая база и активные клиенты"),
    "ui.base.customers": ("Customers", "Клиенты"),
    "ui.base.table_title": ("Every period", "Все периоды"),
    "ui.base.cohort_title": ("Retention by acquisition cohort", "Удержание по когортам привлечения"),
    "ui.base.cohort_chart": (
        "Share of each cohort still buying, by {grain} since the first purchase",
        "Доля когорты, которая ещё покупает, по периодам ({grain}) после первой покупки",
    ),
    "ui.base.cohort": ("Cohort (first purchase)", "Когорта (первая покупка)"),
    "ui.base.since": ("{unit} since the first purchase", "{unit} после первой покупки"),
    "ui.base.still_buying": ("Buying", "Покупают"),
    "ui.base.cohort_size": ("Cohort size", "Размер когорты"),
    "ui.base.cohort_note": (
        "Each row is the customers whose first purchase fell in that period; each column, the "
        "share of them buying that many periods later. Period 0 is 100 % by definition.",
        "Каждая строка — клиенты, впервые купившие в этом периоде; каждый столбец — доля из них, "
        "покупающих через столько периодов. Период 0 по определению равен 100 %.",
    ),
    # Golden share
    "ui.golden.intro": (
        "The share of revenue that comes from the golden group (today's class A, or the core "
        "quadrant III) in each period, and whether a campaign moved it.",
        "Доля выручки от «золотой» группы (сегодняшний класс A или ядро — квадрант III) в "
        "каждом периоде и то, сдвинула ли её кампания.",
    ),
    "ui.golden.group": ("Golden group", "«Золотая» группа"),
    "ui.golden.group_help": (
        "The customers who are in the group today, under the current scenario, followed back "
        "through every period.",
        "Клиенты, входящие в группу сегодня по текущему сценарию, прослеженные по всем периодам.",
    ),
    "ui.golden.group_abc": ("Class A", "Класс A"),
    "ui.golden.group_quadrant": ("Core (III)", "Ядро (III)"),
    "ui.golden.campaign_on": ("Mark a campaign", "Отметить кампанию"),
    "ui.golden.campaign_on_help": (
        "Compare the golden share before and after the campaign's start.",
        "Сравнить долю «золотых» до и после начала кампании.",
    ),
    "ui.golden.campaign": ("Campaign start", "Начало кампании"),
    "ui.golden.campaign_help": (
        "Periods that end before this day count as before; periods that start on or after it "
        "as after. The period that contains it is left out of both.",
        "Периоды, закончившиеся до этого дня, — «до»; начавшиеся в этот день или позже — "
        "«после». Период, в который он попадает, не входит ни в одну сторону.",
    ),
    "ui.golden.periods": ("Periods on each side ({unit})", "Периодов с каждой стороны ({unit})"),
    "ui.golden.periods_help": (
        "How many periods right before and right after the campaign to compare.",
        "Сколько периодов непосредственно до и после кампании сравнивать.",
    ),
    "ui.golden.size": ("Group size", "В группе"),
    "ui.golden.size_help_abc": (
        "Customers in class A under the current scenario.",
        "Клиенты класса A по текущему сценарию.",
    ),
    "ui.golden.size_help_quadrant": (
        "Customers in quadrant III (high loyalty, high profit) under the current scenario.",
        "Клиенты квадранта III (высокая лояльность, высокая прибыльность) по текущему сценарию.",
    ),
    "ui.golden.pooled": ("All periods", "За всё время"),
    "ui.golden.pooled_help": (
        "The group's revenue over the whole history ÷ all revenue.",
        "Выручка группы за всю историю ÷ вся выручка.",
    ),
    "ui.golden.before": ("Before", "До"),
    "ui.golden.before_help": (
        "Mean golden share of the {n} whole periods before the campaign.",
        "Средняя доля «золотых» в {n} целых периодах до кампании.",
    ),
    "ui.golden.after": ("After", "После"),
    "ui.golden.after_help": (
        "Mean golden share of the {n} whole periods from the campaign on; the change is in "
        "percentage points.",
        "Средняя доля «золотых» в {n} целых периодах с начала кампании; изменение — в процентных пунктах.",
    ),
    "ui.golden.year_ago": ("A year earlier", "Год назад"),
    "ui.golden.year_ago_help": (
        "Mean share in the periods a year before the 'after' periods: the season without the campaign.",
        "Средняя доля в периодах за год до периодов «после»: тот же сезон без кампании.",
    ),
    "ui.golden.pp": ("pp", "п. п."),
    "ui.golden.chart_title_abc": (
        "Share of revenue from today's class A",
        "Доля выручки сегодняшнего класса A",
    ),
    "ui.golden.chart_title_quadrant": (
        "Share of revenue from today's core (quadrant III)",
        "Доля выручки сегодняшнего ядра (квадрант III)",
    ),
    "ui.golden.share": ("Share of revenue", "Доля выручки"),
    "ui.golden.active": ("Group customers buying", "Покупавших из группы"),
    "ui.golden.campaign_mark": ("Campaign {date}", "Кампания {date}"),
    "ui.golden.level_before": ("Before: {value}", "До: {value}"),
    "ui.golden.level_after": ("After: {value}", "После: {value}"),
    "ui.golden.how_to_read": (
        "The group is fixed (today's members) and followed back in time, so the line shows how "
        "much of each period's revenue came from them. Pale points: periods the data cover only partly.",
        "Группа фиксирована (сегодняшние участники) и прослежена назад во времени: линия "
        "показывает, какая часть выручки каждого периода пришлась на них. Бледные точки — "
        "периоды, покрытые данными лишь частично.",
    ),
    "ui.golden.no_sides": (
        "The campaign date leaves no whole period on one side: choose a date inside the data.",
        "Дата кампании не оставляет целого периода с одной из сторон: выберите дату внутри данных.",
    ),
    "ui.golden.table_title": ("Every period", "Все периоды"),
    # Segment migration
    "ui.migr.intro": (
        "Customers classified in two periods with the same thresholds (the current scenario, "
        "applied to each period's own customers and revenue): who stayed, who moved up or "
        "down, who is new and who was lost.",
        "Клиенты, распределённые по сегментам в двух периодах по одним и тем же границам "
        "(текущий сценарий, применённый к клиентам и выручке каждого периода): кто остался, "
        "кто поднялся или опустился, кто новый и кто ушёл.",
    ),
    "ui.migr.grain": ("Compare", "Сравнивать"),
    "ui.migr.grain_help": (
        "Calendar periods; the first and the last are cut to the data's first and last day.",
        "Календарные периоды; первый и последний обрезаны по первому и последнему дню данных.",
    ),
    "ui.migr.kind": ("Segments", "Сегменты"),
    "ui.migr.kind_help": (
        "XYZ needs at least the scenario's minimum number of periods inside each window; "
        "in short windows most customers are N.",
        "Для XYZ нужно не меньше минимального числа периодов сценария внутри окна; в коротких "
        "окнах большинство клиентов получают N.",
    ),
    "ui.migr.kind_abc": ("ABC", "ABC"),
    "ui.migr.kind_xyz": ("XYZ", "XYZ"),
    "ui.migr.kind_abc_xyz": ("ABC × XYZ", "ABC × XYZ"),
    "ui.migr.kind_quadrant": ("Quadrants", "Квадранты"),
    "ui.migr.from": ("First period", "Первый период"),
    "ui.migr.to": ("Second period", "Второй период"),
    "ui.migr.one_period": (
        "The data cover only one such period: choose a shorter one.",
        "Данные охватывают только один такой период: выберите период короче.",
    ),
    "ui.migr.same_period": (
        "Both periods are the same: choose two different periods.",
        "Выбраны одинаковые периоды: выберите два разных.",
    ),
    "ui.migr.working": ("Classifying every period…", "Распределяем клиентов в каждом периоде…"),
    "ui.migr.same_thresholds": (
        "Both sides use the thresholds of the current scenario: {window}.",
        "Обе стороны используют границы текущего сценария: {window}.",
    ),
    "ui.migr.m_stayed": ("Kept their segment", "Остались в сегменте"),
    "ui.migr.m_stayed_help": (
        "Bought in both periods, in the same segment.",
        "Покупали в обоих периодах и остались в том же сегменте.",
    ),
    "ui.migr.m_moved": ("Changed segment", "Сменили сегмент"),
    "ui.migr.m_moved_help": (
        "Bought in both periods, in different segments.",
        "Покупали в обоих периодах, но в разных сегментах.",
    ),
    "ui.migr.m_new": ("New in the second", "Новые во втором"),
    "ui.migr.m_new_help": (
        "Bought in the second period but not in the first.",
        "Покупали во втором периоде, но не в первом.",
    ),
    "ui.migr.m_lost": ("Lost in the second", "Ушедшие во втором"),
    "ui.migr.m_lost_help": (
        "Bought in the first period but not in the second.",
        "Покупали в первом периоде, но не во втором.",
    ),
    "ui.migr.metric": ("Measure", "Показатель"),
    "ui.migr.metric_customers": ("Customers", "Клиенты"),
    "ui.migr.metric_revenue_a": ("Revenue in {a}", "Выручка за {a}"),
    "ui.migr.metric_revenue_b": ("Revenue in {b}", "Выручка за {b}"),
    "ui.migr.revenue_in": ("Revenue in {period}", "Выручка за {period}"),
    "ui.migr.heatmap_title": ("From → to: {metric}", "Откуда → куда: {metric}"),
    "ui.migr.flow_title": ("The flow between segments", "Переходы между сегментами"),
    "ui.migr.flow_money": ("Band width: money", "Ширина полосы — деньги"),
    "ui.migr.how_to_read": (
        "Rows: the segment in the first period (“new”: did not buy then); columns: the segment "
        "in the second (“lost”: did not buy then). Outlined squares: customers who kept their segment.",
        "Строки — сегмент в первом периоде («новые» — тогда не покупали); столбцы — сегмент во "
        "втором («ушедшие» — тогда не покупали). Обведённые квадраты — клиенты, оставшиеся в сегменте.",
    ),
    "ui.migr.cell_title": ("Who is behind a square", "Кто стоит за квадратом"),
    "ui.migr.cell": ("From → to", "Откуда → куда"),
    "ui.migr.cell_help": (
        "Any pair with customers; the list shows the largest first.",
        "Любая пара, где есть клиенты; в списке сначала самые крупные.",
    ),
    "ui.migr.cell_caption": (
        "{n} customers; revenue in {b}: {revenue} (up to 1,000 largest shown).",
        "Клиентов: {n}; выручка за {b}: {revenue} (показаны до 1000 крупнейших).",
    ),
    "ui.migr.stayed_title": (
        "Who kept a segment, over all {n} {unit}",
        "Кто держится в сегменте: периодов всего {n} ({unit})",
    ),
    "ui.migr.stayed_code": ("Segment", "Сегмент"),
    "ui.migr.stayed_text": (
        "**{all}** customers are in {code} in every one of the {n} {unit}; **{ever}** were at "
        "some time (the last row). Each period is classified on its own.",
        "Клиентов, которые были в сегменте {code} во всех периодах ({n}, {unit}): **{all}**; "
        "хоть раз столько периодов подряд: **{ever}** (последняя строка). Каждый период "
        "классифицируется отдельно.",
    ),
    # Plan vs actual
    "ui.plan.intro": (
        "Upload a sales plan (per period, and optionally per segment or customer) and compare "
        "it with what was sold. Columns: period, amount, optional segment or customer_id; the "
        "same file formats as transactions (CSV, Excel, Parquet; Russian exports included).",
        "Загрузите план продаж (по периодам и, при необходимости, по сегментам или клиентам) и "
        "сравните его с фактом. Столбцы: период, сумма, необязательно сегмент или клиент; "
        "форматы те же, что и для транзакций (CSV, Excel, Parquet, включая выгрузки 1С).",
    ),
    "ui.plan.upload": ("Plan file", "Файл плана"),
    "ui.plan.upload_help": (
        "Periods as 2025-03, 03.2025, Q1 2025, 1 кв. 2025, 2025 or a date; segment codes as "
        "A, AX or III. See sample_data/PLAN_FORMAT.md.",
        "Периоды в виде 2025-03, 03.2025, Q1 2025, 1 кв. 2025, 2025 или даты; коды сегментов — "
        "A, AX или III. Подробнее: sample_data/PLAN_FORMAT.md.",
    ),
    "ui.plan.example": ("Use the example plan", "Взять пример плана"),
    "ui.plan.example_help": (
        "A monthly 2025 plan per ABC class for the demo store (sample_data/plan_example.csv).",
        "Помесячный план на 2025 год по классам ABC для демо-магазина (sample_data/plan_example.csv).",
    ),
    "ui.plan.clear": ("Remove the plan", "Убрать план"),
    "ui.plan.none": (
        "No plan yet: upload a plan file, or take the example plan for the demo store.",
        "Плана пока нет: загрузите файл плана или возьмите пример для демо-магазина.",
    ),
    "ui.plan.file": ("Plan: {name}", "План: {name}"),
    "ui.plan.key": ("Plan line", "Строка плана"),
    "ui.plan.key_help": (
        "All lines together, or one segment, customer or the total. The actual of a segment "
        "is the revenue of the customers in it under the current scenario.",
        "Все строки вместе или один сегмент, клиент либо итог. Факт сегмента — выручка его "
        "клиентов по текущему сценарию.",
    ),
    "ui.plan.all": ("All plan lines together", "Все строки плана вместе"),
    "ui.plan.total": ("Whole business", "Весь бизнес"),
    "ui.plan.level_segment": ("Segment {key}", "Сегмент {key}"),
    "ui.plan.level_customer": ("Customer {key}", "Клиент {key}"),
    "ui.plan.m_plan": ("Plan so far", "План на сегодня"),
    "ui.plan.m_plan_help": (
        "The plan of the periods that have an actual (periods after the data's end are left out).",
        "План периодов, по которым уже есть факт (периоды после конца данных не учитываются).",
    ),
    "ui.plan.m_actual": ("Actual", "Факт"),
    "ui.plan.m_variance": ("Variance", "Отклонение"),
    "ui.plan.m_variance_pct": ("Variance, %", "Отклонение, %"),
    "ui.plan.chart_title": ("Actual (bars) against the plan (ticks)", "Факт (столбцы) и план (отметки)"),
    "ui.plan.variance_title": ("Variance from the plan", "Отклонение от плана"),
    "ui.plan.above": ("Above the plan", "Выше плана"),
    "ui.plan.below": ("Below the plan", "Ниже плана"),
    "ui.plan.how_to_read": (
        "Variance = actual − plan; variance % = actual ÷ plan − 1. Pale bars: periods the data "
        "cover only partly; periods after the data's end have no actual yet.",
        "Отклонение = факт − план; отклонение % = факт ÷ план − 1. Бледные столбцы — периоды, "
        "покрытые данными частично; у периодов после конца данных факта ещё нет.",
    ),
    "ui.plan.table_title": ("Every plan line", "Все строки плана"),
    # Scenario 1 vs 2 (numbered: the letters A and B are classes)
    "ui.scenb.intro": (
        "Scenario 1 is the current scenario (Settings, Matrix). Scenario 2 is a second set of "
        "thresholds kept on this page: move its sliders and see who changes segment.",
        "Сценарий 1 — текущий (настройки, матрица). Сценарий 2 — второй набор границ, который "
        "хранится на этой странице: двигайте его ползунки и смотрите, кто меняет сегмент.",
    ),
    "ui.scenb.b_title": ("**Scenario 2 thresholds**", "**Границы сценария 2**"),
    "ui.scenb.a_is": ("Scenario 1: {summary}", "Сценарий 1: {summary}"),
    "ui.scenb.summary": (
        "A {a} · B {b} · X {x} · Y {y} · loyalty {loyalty} · profit {profit}",
        "A {a} · B {b} · X {x} · Y {y} · лояльность {loyalty} · прибыльность {profit}",
    ),
    "ui.scenb.copy": ("Copy scenario 1 into 2", "Скопировать сценарий 1 во 2"),
    "ui.scenb.moved": ("Change segment", "Меняют сегмент"),
    "ui.scenb.moved_help": (
        "Customers whose ABC class, XYZ class or quadrant differs between scenarios 1 and 2.",
        "Клиенты, у которых в сценариях 1 и 2 различается класс ABC, класс XYZ или квадрант.",
    ),
    "ui.scenb.moved_abc": ("Change ABC class", "Меняют ABC"),
    "ui.scenb.moved_xyz": ("Change XYZ class", "Меняют XYZ"),
    "ui.scenb.moved_quadrant": ("Change quadrant", "Меняют квадрант"),
    "ui.scenb.moved_revenue": ("Their revenue", "Их выручка"),
    "ui.scenb.moved_revenue_help": (
        "Revenue of the customers who move.",
        "Выручка клиентов, меняющих сегмент.",
    ),
    "ui.scenb.side_kind": ("Compare", "Сравнить"),
    "ui.scenb.side_a": ("Scenario 1", "Сценарий 1"),
    "ui.scenb.side_b": ("Scenario 2", "Сценарий 2"),
    "ui.scenb.heatmap_title": (
        "From scenario 1 → to scenario 2: customers",
        "Из сценария 1 → в сценарий 2: клиенты",
    ),
    "ui.scenb.no_movers": (
        "No customer moves: scenarios 1 and 2 put every customer in the same ABC class, XYZ class "
        "and quadrant. Move a threshold of scenario 2 above to see who would change segment.",
        "Ни один клиент не меняет сегмент: в сценариях 1 и 2 у каждого клиента те же класс ABC, "
        "класс XYZ и квадрант. Сдвиньте границу сценария 2 выше, чтобы увидеть, кто сменит сегмент.",
    ),
    "ui.scenb.movers_title": (
        "Customers who move, from scenario 1 → to scenario 2",
        "Клиенты, меняющие сегмент: из сценария 1 → в сценарий 2",
    ),
    "ui.scenb.first_rows": (
        "The 1,000 largest of {n} are shown; the downloads hold all of them.",
        "Показаны 1000 крупнейших из {n}; в выгрузках — все.",
    ),
    "ui.scenb.csv": ("Movers, CSV", "Переходы, CSV"),
    "ui.scenb.xlsx": ("Movers, XLSX", "Переходы, XLSX"),
    "ui.scenb.sheet": ("Movers", "Переходы"),
    # Threshold sensitivity
    "ui.sens.intro": (
        "How fragile is the segmentation? Each chart moves one threshold across its whole range, "
        "the others fixed, and shows the share of customers and of revenue in every class. "
        "The dashed line is the current value; move the sliders and the charts follow.",
        "Насколько устойчива сегментация? Каждый график проводит одну границу по всему её "
        "диапазону при неизменных остальных и показывает долю клиентов и выручки в каждом "
        "классе. Пунктир — текущее значение; двигайте ползунки, графики следуют за ними.",
    ),
    "ui.sens.group": ("Thresholds", "Границы"),
    "ui.sens.group_abc": ("ABC", "ABC"),
    "ui.sens.group_xyz": ("XYZ", "XYZ"),
    "ui.sens.group_quadrant": ("Loyalty × profit", "Лояльность × прибыльность"),
    "ui.sens.param_abc_a": ("ABC: where A closes", "ABC: граница A"),
    "ui.sens.param_abc_b": ("ABC: where B closes", "ABC: граница B"),
    "ui.sens.param_xyz_x": ("XYZ: largest CV of X", "XYZ: наибольший CV для X"),
    "ui.sens.param_xyz_y": ("XYZ: largest CV of Y", "XYZ: наибольший CV для Y"),
    "ui.sens.param_loyalty_split": ("Loyalty split (percentile)", "Граница лояльности (перцентиль)"),
    "ui.sens.param_profit_split": ("Profit split", "Граница прибыльности"),
    "ui.sens.title_customer_share": ("Share of customers", "Доля клиентов"),
    "ui.sens.title_revenue_share": ("Share of revenue", "Доля выручки"),
    "ui.sens.axis_customer_share": ("Customers", "Клиенты"),
    "ui.sens.axis_revenue_share": ("Revenue", "Выручка"),
    "ui.sens.now": ("now {value}", "сейчас {value}"),
    "ui.sens.b": ("scenario 2: {value}", "сценарий 2: {value}"),
    "ui.sens.how_to_read": (
        "A flat stretch means the classes do not care where the threshold sits there; a steep "
        "step near the dashed line means a small move reclassifies many customers. The XYZ "
        "range ends where no class changes any more.",
        "Ровный участок значит, что там положение границы не влияет на классы; крутая ступень "
        "у пунктира — что малый сдвиг переводит много клиентов. Диапазон XYZ заканчивается там, "
        "где классы больше не меняются.",
    ),
    # Golden share: a campaign's lift with the group fixed before it, and why the share lags
    "ui.golden.lift_title": (
        "The campaign's effect: the group fixed before it, against everyone else",
        "Эффект кампании: группа, зафиксированная до неё, против остальных",
    ),
    "ui.golden.lift_group_abc": (
        "The group: the customers in class A under this scenario on the {months} months before "
        "the campaign, {n}. The others: the other {rest} {rest:customer|customers} who bought in "
        "those months. Revenue compared: {before} against {after}.",
        "Группа — клиенты класса A по этому сценарию за {months} мес. до кампании: {n}. "
        "Остальные — другие {rest} {rest:клиент|клиента|клиентов}, покупавшие в эти месяцы. "
        "Сравнивается выручка за {before} и за {after}.",
    ),
    "ui.golden.lift_group_quadrant": (
        "The group: the customers in quadrant III under this scenario on the {months} months "
        "before the campaign, {n}. The others: the other {rest} {rest:customer|customers} who "
        "bought in those months. Revenue compared: {before} against {after}.",
        "Группа — клиенты квадранта III по этому сценарию за {months} мес. до кампании: {n}. "
        "Остальные — другие {rest} {rest:клиент|клиента|клиентов}, покупавшие в эти месяцы. "
        "Сравнивается выручка за {before} и за {after}.",
    ),
    "ui.golden.lift": ("Lift (group ÷ others)", "Эффект (группа ÷ остальные)"),
    "ui.golden.extra": ("Extra revenue", "Дополнительная выручка"),
    "ui.golden.extra_help": (
        "The group's revenue from the campaign on, minus what it would have been at the other "
        "customers' rate ({expected}).",
        "Выручка группы с начала кампании минус та, что была бы при темпе остальных клиентов ({expected}).",
    ),
    "ui.golden.placebo": ("Placebo: a year earlier", "Контроль: годом раньше"),
    "ui.golden.placebo_none": (
        "The data do not cover the same months a year earlier, or the group had no customer then.",
        "Данные не покрывают те же месяцы годом раньше, или тогда в группе не было клиентов.",
    ),
    "ui.golden.side_group": ("The group", "Группа"),
    "ui.golden.side_rest": ("Other customers", "Остальные клиенты"),
    "ui.golden.side_new": ("New since the campaign", "Новые с начала кампании"),
    "ui.golden.col.side": ("Who", "Кто"),
    "ui.golden.col.customers": ("Customers", "Клиентов"),
    "ui.golden.col.before": ("Revenue before", "Выручка до"),
    "ui.golden.col.after": ("Revenue after", "Выручка после"),
    "ui.golden.col.ratio": ("After ÷ before", "После ÷ до"),
    "ui.golden.why_share": (
        "**Why the share says little about a campaign.** It divides the group's revenue by all "
        "revenue, and all revenue moves too. From the campaign on, the group's revenue changed "
        "× {group_ratio}, the other customers' × {rest_ratio} (the same season, the same prices), "
        "and {new_n} {new_n:customer|customers} new since the campaign added {new_revenue}. So "
        "this group's share of all revenue went from {share_before} to {share_after}. The lift "
        "compares growth with growth instead: {lift} (1 = the group moved like everyone else).",
        "**Почему доля мало говорит о кампании.** Она делит выручку группы на всю выручку, а вся "
        "выручка тоже меняется. С начала кампании выручка группы изменилась в {group_ratio} раза, "
        "остальных клиентов — в {rest_ratio} раза (тот же сезон, те же цены), а {new_n} "
        "{new_n:новый клиент|новых клиента|новых клиентов} с начала кампании добавили "
        "{new_revenue}. Поэтому доля этой группы во всей выручке — {share_before} до кампании и "
        "{share_after} после. Эффект сравнивает рост с ростом: {lift} (1 — группа изменилась так "
        "же, как все).",
    ),
}
