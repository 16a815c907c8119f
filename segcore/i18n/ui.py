"""Texts of the studio's interface: pages, controls and their one-line explanations.

Keys are ``ui.<area>.<name>``; every text is an (English, Russian) pair, so both languages
always have the same keys. Column names of the customer table come from
``segcore/i18n/export.py`` (``export.column.*``).
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    # Application, navigation and units
    "ui.app.title": ("Segmentation studio", "Студия сегментации"),
    "ui.nav.analyse": ("Analyse", "Анализ"),
    "ui.nav.setup": ("Set up", "Подготовка"),
    "ui.page.matrix": ("ABC × XYZ matrix", "Матрица ABC × XYZ"),
    "ui.page.pareto": ("Pareto curve", "Кривая Парето"),
    "ui.page.ltv": ("Customer value (LTV)", "Ценность клиента (LTV)"),
    "ui.page.strategy": ("Strategy and export", "Стратегия и выгрузка"),
    "ui.page.data": ("Data", "Данные"),
    "ui.page.settings": ("Settings", "Настройки"),
    "ui.status.preparing": (
        "Reading the data and building the customer table…",
        "Читаем данные и строим таблицу клиентов…",
    ),
    "ui.unit.mb": ("MB", "МБ"),
    "ui.unit.periods_W": ("weeks", "нед."),
    "ui.unit.periods_M": ("months", "мес."),
    "ui.unit.periods_Q": ("quarters", "кв."),
    "ui.unit.periods_Y": ("years", "г."),
    "ui.unit.kb": ("KB", "КБ"),
    # Sidebar
    "ui.sidebar.language": ("Language", "Язык"),
    "ui.sidebar.dataset": ("Dataset", "Данные"),
    "ui.sidebar.dataset_size": (
        "{rows} transactions · {customers} customers · {size}",
        "транзакций: {rows} · клиентов: {customers} · {size}",
    ),
    "ui.sidebar.scenario": ("Scenario", "Сценарий"),
    "ui.sidebar.abc_line": ("ABC {a} / {b} of {basis}", "ABC {a} / {b} по показателю «{basis}»"),
    "ui.sidebar.xyz_line": ("XYZ {x} / {y}, by {grain}", "XYZ {x} / {y}, период: {grain}"),
    "ui.sidebar.quadrant_line": (
        "Loyalty weights: {preset}; split at {loyalty}",
        "Веса лояльности: {preset}; граница {loyalty}",
    ),
    "ui.sidebar.reset": ("Reset the scenario", "Сбросить сценарий"),
    "ui.sidebar.reset_help": (
        "Go back to the default thresholds and definitions; the dataset stays.",
        "Вернуть границы и определения по умолчанию; данные остаются.",
    ),
    "ui.sidebar.upload_link_note": (
        "Your file stays on this computer: a copied link opens the same settings on the demo data.",
        "Ваш файл остаётся на этом компьютере: скопированная ссылка откроет те же настройки на демо-данных.",
    ),
    "ui.sidebar.link_hint": (
        "The page address holds this scenario: copy it from the address bar to show "
        "exactly this view on another computer.",
        "Адрес страницы содержит этот сценарий: скопируйте его из адресной строки, чтобы "
        "открыть точно такой же вид на другом компьютере.",
    ),
    "ui.demo.store_en": ("Demo: online store (English)", "Демо: интернет-магазин (англ.)"),
    "ui.demo.store_ru": ("Demo: store, 1C export (Russian)", "Демо: магазин, выгрузка 1С (рус.)"),
    "ui.demo.cdnow": (
        "Demo: CDNOW music store (real data)",
        "Демо: музыкальный магазин CDNOW (реальные данные)",
    ),
    # Names of options
    "ui.basis.revenue": ("Revenue", "Выручка"),
    "ui.basis.margin": ("Margin", "Маржа"),
    "ui.basis.orders": ("Orders", "Заказы"),
    "ui.basis.ltv": ("Simple LTV", "Простой LTV"),
    "ui.abc_mode.value": ("Share of value", "Доля показателя"),
    "ui.abc_mode.rank": ("Share of customers", "Доля клиентов"),
    "ui.abc_rule.crossing_up": ("Boundary customer goes up", "Пограничный клиент — в верхний класс"),
    "ui.abc_rule.within": ("Only within the cut-off", "Только в пределах границы"),
    "ui.abc_rule.crossing_up_caption": (
        "The customer whose revenue crosses 80 % still counts as A (the classic way).",
        "Клиент, на котором накопленная доля переходит 80 %, ещё относится к A (классика).",
    ),
    "ui.abc_rule.within_caption": (
        "A customer is A only if the running total including them stays within 80 %.",
        "Клиент относится к A, только если накопленная доля вместе с ним не выше 80 %.",
    ),
    "ui.grain.W": ("Week", "Неделя"),
    "ui.grain.M": ("Month", "Месяц"),
    "ui.grain.Q": ("Quarter", "Квартал"),
    "ui.grain.Y": ("Year", "Год"),
    "ui.cv_mode.active": ("From the first purchase", "С первой покупки"),
    "ui.cv_mode.all": ("Whole window", "Всё окно анализа"),
    "ui.cv_mode.active_caption": (
        "Periods are counted from the customer's first purchase to the end of the window.",
        "Периоды считаются от первой покупки клиента до конца окна анализа.",
    ),
    "ui.cv_mode.all_caption": (
        "Every period of the window counts, also those before the first purchase.",
        "Учитываются все периоды окна, в том числе до первой покупки.",
    ),
    "ui.preset.retail": ("Retail", "Розница"),
    "ui.preset.consumer_goods": ("Consumer goods maker", "Производитель товаров"),
    "ui.preset.b2b": ("B2B and services", "B2B и услуги"),
    "ui.preset.finance": ("Bank or insurer", "Банк или страховая"),
    "ui.preset.custom": ("Own weights", "Свои веса"),
    "ui.split_kind.percentile": ("Percentile", "Перцентиль"),
    "ui.split_kind.value": ("Amount", "Сумма"),
    "ui.returns.net": ("Net of returns", "За вычетом возвратов"),
    "ui.returns.gross": ("Purchases only", "Только покупки"),
    "ui.returns.exclude": ("Leave returns out", "Не учитывать возвраты"),
    # Settings page
    "ui.settings.intro": (
        "Every threshold and definition of the scenario. Each change applies at once on "
        "every page and is written into the page address.",
        "Все границы и определения сценария. Любое изменение сразу действует на всех "
        "страницах и записывается в адрес страницы.",
    ),
    "ui.settings.abc_title": ("ABC: how much a customer brings", "ABC: сколько приносит клиент"),
    "ui.settings.abc_intro": (
        "Customers are sorted from the largest down and the running share is added up: "
        "A closes at the first cut-off, B at the second, the rest is C.",
        "Клиенты сортируются от крупных к мелким, накопленная доля суммируется: класс A "
        "заканчивается на первой границе, B — на второй, остальные — C.",
    ),
    "ui.abc.preset": ("Classic cut-offs", "Классические границы"),
    "ui.abc.preset_help": (
        "80/95 is the classic Pareto split; 70/90 and 50/80 make class A smaller and more select; "
        "60/90 is the consultancies' key group, the customers who bring 60 % of turnover.",
        "80/95 — классическое деление по Парето; 70/90 и 50/80 делают класс A меньше и строже; "
        "60/90 — ключевая группа консультантов: клиенты, дающие 60 % оборота.",
    ),
    "ui.abc.a": ("A closes at", "Граница A"),
    "ui.abc.a_help": (
        "Running share of the total at which group A ends (classically 80 %).",
        "Накопленная доля, на которой заканчивается класс A (классически 80 %).",
    ),
    "ui.abc.b": ("B closes at", "Граница B"),
    "ui.abc.b_help": (
        "Running share at which group B ends (classically 95 %); the rest is C.",
        "Накопленная доля, на которой заканчивается класс B (классически 95 %); остальные — C.",
    ),
    "ui.abc.basis": ("Rank customers by", "Показатель для ранжирования"),
    "ui.abc.basis_help": (
        "Revenue, margin (needs a cost column), number of orders, the simple LTV or the "
        "predicted CLV (after a fit on the customer-value page).",
        "Выручка, маржа (нужен столбец себестоимости), число заказов, простой LTV или "
        "прогнозный CLV (после подгонки на странице ценности клиента).",
    ),
    "ui.abc.mode": ("Cut-offs are a share of", "Границы — это доля"),
    "ui.abc.mode_help": (
        "Share of value: A brings 80 % of revenue. Share of customers: A is the top 80 % "
        "of customers by count.",
        "Доля показателя: класс A даёт 80 % выручки. Доля клиентов: A — это 80 % крупнейших "
        "клиентов по числу.",
    ),
    "ui.abc.rule": ("Boundary rule", "Правило границы"),
    "ui.abc.rule_help": (
        "Which group gets the one customer whose revenue crosses the cut-off.",
        "В какой класс попадает клиент, на котором накопленная доля пересекает границу.",
    ),
    "ui.settings.xyz_title": (
        "XYZ: how steadily a customer buys",
        "XYZ: насколько стабильно покупает клиент",
    ),
    "ui.settings.xyz_intro": (
        "The coefficient of variation (CV) of the customer's revenue per period: standard "
        "deviation ÷ mean, periods without purchases counted as zero. Low CV = steady.",
        "Коэффициент вариации (CV) выручки клиента по периодам: стандартное отклонение ÷ "
        "среднее, периоды без покупок считаются нулями. Низкий CV — стабильный клиент.",
    ),
    "ui.xyz.grain": ("Period", "Период"),
    "ui.xyz.grain_help": (
        "The period revenue is summed over for the CV. Changing it recomputes the customer table.",
        "Период, за который суммируется выручка для CV. Изменение пересчитывает таблицу клиентов.",
    ),
    "ui.xyz.cv_mode": ("Periods counted", "Какие периоды учитывать"),
    "ui.xyz.cv_mode_help": (
        "Only complete periods count: a period cut by the window's end is left out.",
        "Учитываются только полные периоды: период, обрезанный концом окна, не считается.",
    ),
    "ui.xyz.x": ("X up to CV", "X: CV не выше"),
    "ui.xyz.x_help": (
        "Customers with a CV up to this value are X (steady). CV 1 ≈ buys in about half of the periods.",
        "Клиенты с CV не выше этого значения — X (стабильные). CV 1 ≈ покупки примерно в половине периодов.",
    ),
    "ui.xyz.y": ("Y up to CV", "Y: CV не выше"),
    "ui.xyz.y_help": (
        "Customers with a CV above X and up to this value are Y (fluctuating); above it, Z.",
        "Клиенты с CV выше границы X и не выше этого значения — Y (колеблющиеся); выше — Z.",
    ),
    "ui.xyz.cuts_now": (
        "Now: X up to CV {x}; Y up to {y}; Z above.",
        "Сейчас: X — CV до {x}; Y — до {y}; Z — выше.",
    ),
    "ui.xyz.min_periods": ("Minimum history, periods", "Минимальная история, периодов"),
    "ui.xyz.min_periods_help": (
        "Customers with fewer complete periods are N: too new to judge regularity.",
        "Клиенты с меньшим числом полных периодов — N: слишком новые, чтобы судить о стабильности.",
    ),
    "ui.xyz.suggest": ("Suggest cut-offs from the data", "Подобрать границы по данным"),
    "ui.xyz.suggest_help": (
        "Sets X and Y at the terciles of the customers' CVs, so X, Y and Z are about equal.",
        "Ставит X и Y на терцили CV клиентов, чтобы классы X, Y и Z были примерно равными.",
    ),
    "ui.xyz.suggested": (
        "Suggested from the data: X up to {x}, Y up to {y}. That gives X {sx} %, Y {sy} %, "
        "Z {sz} % and N {sn} % of customers.",
        "Подобрано по данным: X до {x}, Y до {y}. Получается X {sx} %, Y {sy} %, Z {sz} % и "
        "N {sn} % клиентов.",
    ),
    "ui.settings.quad_title": ("Loyalty × profitability", "Лояльность × прибыльность"),
    "ui.settings.quad_intro": (
        "Loyalty is a weighted score of how often, how long, how recently and how steadily "
        "a customer buys (percentile ranks, 0–1). Each axis splits into low and high.",
        "Лояльность — взвешенная оценка того, как часто, как долго, как недавно и как "
        "стабильно покупает клиент (перцентильные ранги, 0–1). Каждая ось делится на "
        "низкую и высокую части.",
    ),
    "ui.quad.preset": ("Industry weights", "Веса по отрасли"),
    "ui.quad.preset_help": (
        "Retail values frequency and recency; makers frequency and regularity; B2B tenure and "
        "regularity; banks the length of the relationship.",
        "Розница ценит частоту покупок и то, как недавно клиент покупал; производители — "
        "частоту и регулярность; B2B — длительность и регулярность; банки — длительность отношений.",
    ),
    "ui.quad.w_frequency": ("Weight: frequency", "Вес: частота"),
    "ui.quad.w_frequency_help": ("More orders = more loyal.", "Больше заказов — выше лояльность."),
    "ui.quad.w_tenure": ("Weight: duration", "Вес: длительность"),
    "ui.quad.w_tenure_help": (
        "Longer from first to last purchase = more loyal.",
        "Дольше от первой до последней покупки — выше лояльность.",
    ),
    "ui.quad.w_recency": ("Weight: recency", "Вес: недавность покупок"),
    "ui.quad.w_recency_help": (
        "Fewer days since the last purchase = more loyal.",
        "Меньше дней с последней покупки — выше лояльность.",
    ),
    "ui.quad.w_regularity": ("Weight: regularity", "Вес: регулярность"),
    "ui.quad.w_regularity_help": (
        "Lower CV = more loyal; customers with too short a history rank lowest.",
        "Ниже CV — выше лояльность; клиенты со слишком короткой историей получают низший ранг.",
    ),
    "ui.quad.loyalty_split": ("Loyalty split", "Граница лояльности"),
    "ui.quad.loyalty_split_help": (
        "Percentile of the loyalty score above which loyalty counts as high.",
        "Перцентиль оценки лояльности, выше которого лояльность считается высокой.",
    ),
    "ui.quad.profit_basis": ("Profitability measured by", "Прибыльность измеряется"),
    "ui.quad.profit_basis_help": (
        "Revenue, margin (needs a cost column), the simple LTV or the predicted CLV (after a "
        "fit on the customer-value page).",
        "Выручкой, маржой (нужен столбец себестоимости), простым LTV или прогнозным CLV "
        "(после подгонки на странице ценности клиента).",
    ),
    "ui.quad.split_kind": ("Profit split as", "Граница прибыльности задана как"),
    "ui.quad.split_kind_help": (
        "A percentile of the customers, or a fixed amount of money.",
        "Перцентиль клиентов или фиксированная сумма денег.",
    ),
    "ui.quad.profit_split": ("Profit split", "Граница прибыльности"),
    "ui.quad.profit_split_help": (
        "Percentile of profitability above which profit counts as high.",
        "Перцентиль прибыльности, выше которого прибыльность считается высокой.",
    ),
    "ui.quad.profit_value": ("Profit split, amount", "Граница прибыльности, сумма"),
    "ui.quad.profit_value_help": (
        "Customers bringing more than this amount count as highly profitable.",
        "Клиенты, принёсшие больше этой суммы, считаются высокоприбыльными.",
    ),
    "ui.quad.legend": ("{code} · {name}: {customers} · {share}", "{code} · {name}: {customers} · {share}"),
    "ui.settings.file_title": ("Scenario file", "Файл сценария"),
    "ui.settings.file_intro": (
        "Save these settings to a file, or open a saved one, to compare scenarios or to "
        "repeat the analysis next month.",
        "Сохраните настройки в файл или откройте сохранённый, чтобы сравнивать сценарии "
        "или повторить анализ через месяц.",
    ),
    "ui.settings.download": ("Save the scenario (JSON)", "Сохранить сценарий (JSON)"),
    "ui.settings.upload": ("Open a saved scenario", "Открыть сохранённый сценарий"),
    "ui.settings.upload_help": (
        "A .json file saved from this page.",
        "Файл .json, сохранённый на этой странице.",
    ),
    "ui.settings.file_loaded": ("Scenario “{name}” opened.", "Сценарий «{name}» открыт."),
    "ui.settings.reset": ("Reset every setting", "Сбросить все настройки"),
    "ui.settings.reset_help": (
        "Go back to the default thresholds and definitions.",
        "Вернуть границы и определения по умолчанию.",
    ),
    # ABC × XYZ matrix page
    "ui.matrix.intro": (
        "ABC says how much a customer brings, XYZ how steadily. Move a threshold and "
        "watch customers change cells; click a cell to see who is in it.",
        "ABC показывает, сколько приносит клиент, XYZ — насколько стабильно. Двигайте "
        "границы и смотрите, как клиенты переходят между ячейками; нажмите на ячейку, "
        "чтобы увидеть, кто в ней.",
    ),
    "ui.matrix.m_a_customers": ("Customers in group A", "Клиентов в классе A"),
    "ui.matrix.m_a_customers_help": (
        "Number of A customers and their share of all customers.",
        "Число клиентов класса A и их доля среди всех клиентов.",
    ),
    "ui.matrix.m_a_revenue": ("Revenue from group A", "Выручка класса A"),
    "ui.matrix.m_a_revenue_help": (
        "Share of total revenue brought by the A customers.",
        "Доля общей выручки, которую приносят клиенты класса A.",
    ),
    "ui.matrix.m_x_customers": ("Steady customers (X)", "Стабильных клиентов (X)"),
    "ui.matrix.m_x_customers_help": (
        "Customers whose revenue per period varies least, and their share of all.",
        "Клиенты с наименьшими колебаниями выручки по периодам и их доля среди всех.",
    ),
    "ui.matrix.m_core": ("The core (quadrant III)", "Ядро (квадрант III)"),
    "ui.matrix.m_core_help": (
        "Customers with high loyalty and high profitability.",
        "Клиенты с высокой лояльностью и высокой прибыльностью.",
    ),
    "ui.matrix.metric": ("Show in the cells", "Показать в ячейках"),
    "ui.matrix.metric_customers": ("Customers", "Клиенты"),
    "ui.matrix.metric_revenue_share": ("Share of revenue", "Доля выручки"),
    "ui.matrix.metric_avg_revenue": ("Average revenue", "Средняя выручка"),
    "ui.matrix.cell": ("Cell", "Ячейка"),
    "ui.matrix.heatmap_title": ("ABC × XYZ: {metric}", "ABC × XYZ: {metric}"),
    "ui.matrix.heatmap_hint": (
        "Click a cell to list its customers below.",
        "Нажмите на ячейку, чтобы увидеть её клиентов ниже.",
    ),
    "ui.matrix.x_axis": ("XYZ: regularity", "XYZ: стабильность"),
    "ui.matrix.y_axis": ("ABC: value", "ABC: ценность"),
    "ui.matrix.drill": ("Customers of the cell", "Клиенты ячейки"),
    "ui.matrix.drill_help": (
        "The customers of one cell, largest revenue first.",
        "Клиенты одной ячейки, начиная с наибольшей выручки.",
    ),
    "ui.matrix.customer": ("Customer", "Клиент"),
    "ui.matrix.quad_title": ("Loyalty × profitability", "Лояльность × прибыльность"),
    "ui.matrix.quad_subtitle": (
        "{shown} of {total} customers drawn; legend: customers · revenue share",
        "Показано {shown} из {total}; в легенде: клиентов · доля выручки",
    ),
    "ui.matrix.quad_x": ("Loyalty score", "Оценка лояльности"),
    "ui.table.top_of": (
        "Showing the first {shown} of {total} customers. The full list is in the export.",
        "Показаны первые {shown} из {total} клиентов. Полный список — в выгрузке.",
    ),
    "ui.column.cell": ("Cell", "Ячейка"),
    "ui.column.quadrant": ("Quadrant", "Квадрант"),
    # Pareto page
    "ui.pareto.intro": (
        "Customers sorted from the largest down: how much of the total the top share of "
        "them brings. The further the curve bows above the diagonal, the more the business "
        "depends on a few customers.",
        "Клиенты отсортированы от крупных к мелким: какую часть итога приносит доля крупнейших "
        "клиентов. Чем сильнее кривая выгибается над диагональю, тем больше бизнес зависит "
        "от немногих клиентов.",
    ),
    "ui.pareto.top": ("Top share of customers", "Доля крупнейших клиентов"),
    "ui.pareto.top_help": (
        "Read off how much of the total this share of the largest customers brings.",
        "Посмотреть, какую часть итога приносит эта доля самых крупных клиентов.",
    ),
    "ui.pareto.m_top": ("Top {x} bring", "{x} крупнейших дают"),
    "ui.pareto.m_top_help": (
        "The chosen share of the largest customers and the share of the total they bring.",
        "Выбранная доля самых крупных клиентов и доля итога, которую они приносят.",
    ),
    "ui.pareto.m_gini": ("Concentration (Gini)", "Концентрация (Джини)"),
    "ui.pareto.m_gini_help": (
        "0 = every customer brings the same; close to 1 = one customer brings almost everything.",
        "0 — все клиенты приносят поровну; ближе к 1 — почти всё приносит один клиент.",
    ),
    "ui.pareto.m_a": ("Customers in group A", "Клиентов в классе A"),
    "ui.pareto.m_a_help": (
        "How many customers it takes to reach the A cut-off ({a}).",
        "Сколько клиентов нужно, чтобы дойти до границы класса A ({a}).",
    ),
    "ui.pareto.m_nothing": ("Customers with nothing", "Клиентов без вклада"),
    "ui.pareto.m_nothing_help": (
        "Customers whose value is zero or negative (e.g. returns exceed purchases). They stay "
        "in the count and make the curve end flat.",
        "Клиенты с нулевым или отрицательным значением (например, возвраты больше покупок). "
        "Они остаются в подсчёте, поэтому кривая в конце горизонтальна.",
    ),
    "ui.pareto.readout": ("Top {x} bring {y}", "{x} крупнейших приносят {y}"),
    "ui.pareto.chart_title": ("Pareto curve of {basis}", "Кривая Парето: {basis}"),
    "ui.pareto.chart_subtitle": (
        "Shaded bands: groups A, B, C at the current cut-offs · Gini {gini}",
        "Цветные полосы: классы A, B, C при текущих границах · Джини {gini}",
    ),
    "ui.pareto.x_axis": ("Share of customers, largest first", "Доля клиентов, от крупных"),
    "ui.pareto.y_axis": ("Share of {basis}", "Доля: {basis}"),
    "ui.pareto.how_to_read": (
        "The dashed diagonal is a base where everyone brings the same. Customers with the "
        "same value are ordered by ID, so the curve is the same on every computer.",
        "Пунктирная диагональ — база, где все приносят поровну. Клиенты с одинаковым "
        "значением упорядочены по ID, поэтому кривая одинакова на любом компьютере.",
    ),
    # Customer value page (simple LTV)
    "ui.ltv.margin": ("Margin", "Маржа"),
    "ui.ltv.margin_help": (
        "Share of revenue that is profit; 100 % gives LTV in revenue.",
        "Доля выручки, которая остаётся прибылью; 100 % — LTV в выручке.",
    ),
    "ui.ltv.own_horizon": ("Set relationship length", "Задать длительность"),
    "ui.ltv.own_horizon_help": (
        "On: set the expected relationship length yourself. Off: the average relationship length "
        "of all customers (first to last purchase).",
        "Включено: ожидаемую длительность отношений задаёте вы. Выключено: средняя длительность "
        "отношений всех клиентов (от первой до последней покупки).",
    ),
    "ui.ltv.horizon": ("Expected relationship, {unit}", "Ожидаемая длительность, {unit}"),
    "ui.ltv.horizon_help": (
        "How many periods a customer is expected to stay. The period is set on the Settings page.",
        "Сколько периодов клиент, как ожидается, останется с вами. Период задаётся на странице настроек.",
    ),
    "ui.ltv.m_mean": ("Average LTV", "Средний LTV"),
    "ui.ltv.m_mean_help": ("Mean over all customers.", "Среднее по всем клиентам."),
    "ui.ltv.m_median": ("Median LTV", "Медиана LTV"),
    "ui.ltv.m_median_help": (
        "Half of the customers are worth less than this.",
        "Половина клиентов стоит меньше этой суммы.",
    ),
    "ui.ltv.m_total": ("Value of the whole base", "Ценность всей базы"),
    "ui.ltv.m_total_help": ("Sum of LTV over all customers.", "Сумма LTV по всем клиентам."),
    "ui.ltv.m_lifetime_help": (
        "The relationship length used: the number of periods every customer's revenue per period "
        "is multiplied by.",
        "Принятая длительность отношений: число периодов, на которое умножается выручка клиента за период.",
    ),
    "ui.ltv.hist_title": ("How customer value is spread", "Распределение ценности клиентов"),
    "ui.ltv.value": ("LTV", "LTV"),
    "ui.ltv.customers": ("Customers", "Клиентов"),
    "ui.ltv.mean": ("Average LTV", "Средний LTV"),
    "ui.ltv.mean_marker": ("Average {value}", "Среднее {value}"),
    "ui.ltv.hist_note": (
        "The largest 1 % of values are gathered in the last bar, so the rest stays readable.",
        "Самый крупный 1 % значений собран в последнем столбце, чтобы остальное было видно.",
    ),
    "ui.ltv.by_cell": ("Average LTV by ABC × XYZ cell", "Средний LTV по ячейкам ABC × XYZ"),
    "ui.ltv.by_quadrant": ("Average LTV by quadrant", "Средний LTV по квадрантам"),
    "ui.ltv.top_title": ("The 20 most valuable customers", "20 самых ценных клиентов"),
    "ui.column.ltv": ("LTV at these inputs", "LTV при этих вводных"),
    # Strategy and export page
    "ui.strategy.intro": (
        "What to do with each group: goal, actions, how to measure progress and how often to "
        "get in touch. Edit a card to fit your business; edits stay with this scenario.",
        "Что делать с каждой группой: цель, действия, как измерять результат и как часто "
        "связываться. Отредактируйте карточку под свой бизнес; правки сохраняются в этом "
        "сценарии.",
    ),
    "ui.strategy.kind": ("Segments", "Сегменты"),
    "ui.strategy.kind_abc_xyz": ("ABC × XYZ cells", "Ячейки ABC × XYZ"),
    "ui.strategy.kind_quadrant": ("Loyalty × profitability", "Лояльность × прибыльность"),
    "ui.strategy.cards_title": ("Strategy cards", "Карточки стратегий"),
    "ui.strategy.hide_empty": ("Hide empty segments", "Скрыть пустые сегменты"),
    "ui.strategy.edited": ("edited", "изменено"),
    "ui.strategy.size": (
        "**{customers}** customers ({share}) · **{revenue}** of revenue",
        "клиентов: **{customers}** ({share}) · выручка: **{revenue}**",
    ),
    "ui.strategy.title": ("Name", "Название"),
    "ui.strategy.summary": ("In short", "Кратко"),
    "ui.strategy.goal": ("Goal", "Цель"),
    "ui.strategy.actions": ("Actions", "Действия"),
    "ui.strategy.kpis": ("How to measure", "Как измерять"),
    "ui.strategy.rhythm": ("Contact rhythm", "Ритм контактов"),
    "ui.strategy.owner": ("Who contacts them", "Кто работает с клиентами"),
    "ui.strategy.priority": ("Service level and budget", "Уровень сервиса и бюджет"),
    "ui.strategy.edit_title": ("Edit a card", "Редактировать карточку"),
    "ui.strategy.edit_intro": (
        "Your words are kept as written in both languages; fields you leave unchanged stay translated.",
        "Ваш текст сохраняется как есть на обоих языках; неизменённые поля остаются переведёнными.",
    ),
    "ui.strategy.edit_pick": ("Card", "Карточка"),
    "ui.strategy.lines_help": ("One item per line.", "Один пункт на строку."),
    "ui.strategy.save": ("Save the card", "Сохранить карточку"),
    "ui.strategy.saved": ("Card {code} saved.", "Карточка {code} сохранена."),
    "ui.strategy.restore": ("Restore the default text", "Вернуть текст по умолчанию"),
    "ui.strategy.restored": (
        "Card {code} is back to its default text.",
        "Карточке {code} возвращён текст по умолчанию.",
    ),
    "ui.strategy.download": ("Save edited cards (JSON)", "Сохранить правки карточек (JSON)"),
    "ui.strategy.upload": ("Open saved cards", "Открыть сохранённые карточки"),
    "ui.strategy.upload_help": (
        "A .json file saved with the button above.",
        "Файл .json, сохранённый кнопкой выше.",
    ),
    "ui.strategy.file_loaded": ("Cards from “{name}” opened.", "Карточки из «{name}» открыты."),
    "ui.export.title": ("Export", "Выгрузка"),
    "ui.export.intro": (
        "Files follow the segments chosen above and the current scenario. Prepare a file, then download it.",
        "Файлы строятся по выбранным выше сегментам и текущему сценарию. Подготовьте файл, "
        "затем скачайте его.",
    ),
    "ui.export.prepare": ("Prepare", "Подготовить"),
    "ui.export.preparing": ("Preparing the file…", "Готовим файл…"),
    "ui.export.ready": ("The file is ready.", "Файл готов."),
    "ui.export.xlsx_title": ("Action plan (Excel)", "План действий (Excel)"),
    "ui.export.xlsx_note": (
        "Conclusions, key customers at risk, a summary, the plan per segment and one sheet of "
        "customers per segment.",
        "Выводы, ключевые клиенты под угрозой, сводка, план по сегментам и лист клиентов для "
        "каждого сегмента.",
    ),
    "ui.export.download_xlsx": ("Download the action plan", "Скачать план действий"),
    "ui.export.csv_title": ("Customer list for the CRM (CSV)", "Список клиентов для CRM (CSV)"),
    "ui.export.csv_segment": ("Segment", "Сегмент"),
    "ui.export.download_csv": ("Download customers of {code}", "Скачать клиентов {code}"),
    "ui.export.md_title": ("Report (Markdown)", "Отчёт (Markdown)"),
    "ui.export.md_note": (
        "Conclusions, key customers at risk, headline figures, settings, segment sizes and the "
        "plan, as text.",
        "Выводы, ключевые клиенты под угрозой, основные цифры, настройки, размеры сегментов и "
        "план — текстом.",
    ),
    "ui.export.download_md": ("Download the report", "Скачать отчёт"),
    # Data page
    "ui.data.intro": (
        "Start with a demo, or upload your own export from a CRM, an ERP or accounting: one "
        "row per purchase (or per line of a receipt) with a customer, a date and an amount.",
        "Начните с демо-данных или загрузите свою выгрузку из CRM, ERP или учётной системы: "
        "одна строка на покупку (или строку чека) с клиентом, датой и суммой.",
    ),
    "ui.data.demo": ("Demo datasets", "Демо-данные"),
    "ui.data.caption_store_en": (
        "Three years of a home-goods store: returns, seasons, costs, loyalty attributes.",
        "Три года магазина товаров для дома: возвраты, сезонность, себестоимость, атрибуты.",
    ),
    "ui.data.caption_store_ru": (
        "The same store as a 1C report: Windows-1251, “;”, decimal comma, title and total rows.",
        "Тот же магазин в виде отчёта 1С: Windows-1251, «;», десятичная запятая, шапка и итоги.",
    ),
    "ui.data.caption_cdnow": (
        "Real purchases of 2,357 customers of a music store, 1997–1998.",
        "Реальные покупки 2 357 клиентов музыкального магазина, 1997–1998.",
    ),
    "ui.data.upload": ("Upload your transactions", "Загрузите свои транзакции"),
    "ui.data.upload_help": (
        "CSV or text in any common encoding and separator (also Russian exports with a "
        "decimal comma), or an Excel workbook.",
        "CSV или текст в любой распространённой кодировке и с любым разделителем (в том "
        "числе русские выгрузки с десятичной запятой) или книга Excel.",
    ),
    "ui.data.mapping_title": ("Columns of “{name}”", "Столбцы файла «{name}»"),
    "ui.data.detected": (
        "Recognised: {format}, encoding {encoding}, separator {delimiter}. Check that each "
        "field below points at the right column.",
        "Распознано: {format}, кодировка {encoding}, разделитель {delimiter}. Проверьте, что "
        "каждое поле ниже указывает на нужный столбец.",
    ),
    "ui.data.delimiter_tab": ("tab", "табуляция"),
    "ui.data.delimiter_spaces": ("spaces", "пробелы"),
    "ui.data.sheet": ("Sheet", "Лист"),
    "ui.data.sheet_help": (
        "The sheet that holds the transactions.",
        "Лист, на котором находятся транзакции.",
    ),
    "ui.data.not_mapped": ("— not in the file —", "— нет в файле —"),
    "ui.data.required_note": (
        "Fields marked * are required. Cost enables margin; an order number counts orders "
        "exactly (otherwise each purchase day counts as one order).",
        "Поля со * обязательны. Себестоимость позволяет считать маржу; номер документа "
        "точно считает заказы (без него каждый день покупок считается одним заказом).",
    ),
    "ui.data.attributes": ("Customer attributes (optional)", "Атрибуты клиентов (необязательно)"),
    "ui.data.attributes_help": (
        "A second file with one row per customer: the customer ID and any yes/no or number "
        "columns (loyalty card, referrals, on-time payment…). They can weigh in the loyalty score.",
        "Второй файл, по строке на клиента: ID клиента и любые столбцы да/нет или числа "
        "(карта лояльности, рекомендации, своевременная оплата…). Их можно учесть в оценке "
        "лояльности.",
    ),
    "ui.data.load": ("Load this file", "Загрузить файл"),
    "ui.data.report_title": ("What was read: {name}", "Что прочитано: {name}"),
    "ui.data.rows_read": ("Rows read", "Прочитано строк"),
    "ui.data.rows_kept": ("Rows kept", "Принято строк"),
    "ui.data.rows_dropped": ("Rows left out", "Отброшено строк"),
    "ui.data.window_title": ("Returns and the analysis window", "Возвраты и окно анализа"),
    "ui.data.window_intro": (
        "The data runs from {first} to {last}. Leave a date empty to use the data's own first or last day.",
        "Данные охватывают период с {first} по {last}. Оставьте дату пустой, чтобы взять "
        "первый или последний день данных.",
    ),
    "ui.data.returns": ("Returns", "Возвраты"),
    "ui.data.returns_help": (
        "Net: revenue = purchases − returns. Purchases only: returns are shown but not "
        "subtracted. Leave out: negative rows are ignored everywhere.",
        "За вычетом: выручка = покупки − возвраты. Только покупки: возвраты видны, но не "
        "вычитаются. Не учитывать: отрицательные строки игнорируются везде.",
    ),
    "ui.data.start": ("Analyse from", "Анализировать с"),
    "ui.data.start_help": (
        "First day of the analysis window (inclusive).",
        "Первый день окна анализа (включительно).",
    ),
    "ui.data.as_of": ("Analyse up to", "Анализировать по"),
    "ui.data.as_of_help": (
        "Last day of the window; recency is measured to this day.",
        "Последний день окна; время с последней покупки считается до этого дня.",
    ),
    "ui.data.preview_title": (
        "The first rows as the studio reads them",
        "Первые строки так, как их прочитала студия",
    ),
    "ui.status.reading": ("Reading the file…", "Читаем файл…"),
    "ui.canonical.customer_id": ("Customer", "Клиент"),
    "ui.canonical.customer_id_help": (
        "Who bought: an ID, a code or a name. Kept as text, so 00012 and 12 differ.",
        "Кто купил: ID, код или наименование. Хранится как текст: 00012 и 12 — разные клиенты.",
    ),
    "ui.canonical.date": ("Date", "Дата"),
    "ui.canonical.date_help": ("When the purchase was made.", "Когда совершена покупка."),
    "ui.canonical.amount": ("Amount", "Сумма"),
    "ui.canonical.amount_help": (
        "Money of the line; a negative amount is a return.",
        "Сумма строки в деньгах; отрицательная сумма — возврат.",
    ),
    "ui.canonical.order_id": ("Order / document", "Заказ / документ"),
    "ui.canonical.order_id_help": ("Order or receipt number.", "Номер заказа, чека или документа."),
    "ui.canonical.product": ("Product", "Товар"),
    "ui.canonical.product_help": ("Product name or SKU.", "Наименование товара или артикул."),
    "ui.canonical.category": ("Category", "Категория"),
    "ui.canonical.category_help": ("Product group.", "Товарная группа."),
    "ui.canonical.cost": ("Cost", "Себестоимость"),
    "ui.canonical.cost_help": (
        "Cost of the line; margin = amount − cost.",
        "Себестоимость строки; маржа = сумма − себестоимость.",
    ),
    "ui.canonical.quantity": ("Quantity", "Количество"),
    "ui.canonical.quantity_help": ("Units in the line.", "Количество единиц в строке."),
    # --- Summary, At risk, and the findings on the Matrix page ---------------------------
    "ui.page.summary": ("Summary", "Итоги"),
    "ui.page.at_risk": ("At risk", "Под угрозой"),
    "ui.summary.data_line": (
        "Data: {dataset}, {customers} customers",
        "Данные: {dataset}, клиентов: {customers}",
    ),
    "ui.summary.scenario_line": ("Scenario: {scenario}", "Сценарий: {scenario}"),
    "ui.summary.download": ("Download the summary", "Скачать итоги"),
    "ui.summary.download_help": (
        "A Markdown file with the findings and the plan, written when you click: for notes, "
        "an e-mail or printing.",
        "Файл Markdown с выводами и планом; создаётся в момент нажатия. Подойдёт для заметок, "
        "письма или печати.",
    ),
    "ui.summary.print_hint": (
        "To print, use the browser's Print: the sidebar and the buttons are left out.",
        "Для печати воспользуйтесь печатью браузера: боковая панель и кнопки на лист не попадут.",
    ),
    "ui.summary.all_customers": ("All customers concerned ({count})", "Все клиенты этого пункта ({count})"),
    "ui.summary.csv": ("Download the list (CSV)", "Скачать список (CSV)"),
    "ui.summary.to_strategy": ("Open the strategy cards", "Открыть карточки стратегии"),
    "ui.findings.customers": ("Customers ({count})", "Клиенты ({count})"),
    "ui.findings.to_summary": (
        "The plan and the full lists: Summary",
        "План и полные списки — на странице «Итоги»",
    ),
    "ui.at_risk.intro": (
        "Key customers (class A or the core, quadrant III) who have stopped buying in their usual "
        "rhythm, the largest revenue at stake first: the list to call this week.",
        "Ключевые клиенты (класс A или ядро, квадрант III), которые перестали покупать в своём "
        "обычном ритме; первыми идут те, с кем под угрозой больше всего выручки. Это список "
        "для звонков на этой неделе.",
    ),
    "ui.at_risk.rule": (
        "Listed: a key customer with at least two purchases who has been quiet for more than "
        "{gaps} usual intervals between purchases (and at least {grace} days longer than one), "
        "but not longer than {reach} days, with a yearly revenue at least that of an average "
        "class-A customer. Lost: quiet for more than {lost} usual intervals, or a P(alive) below "
        "{p_alive} when the predictive LTV model has been fitted.",
        "В список попадает ключевой клиент минимум с двумя покупками, который молчит дольше "
        "{gaps} своих обычных интервалов между покупками (и хотя бы на {grace} дней дольше "
        "одного интервала), но не дольше {reach} дней, и чья выручка в год не меньше, чем у "
        "среднего клиента класса A. «Потерян» — если молчит дольше {lost} обычных интервалов "
        "или, когда построена прогнозная модель LTV, вероятность активности ниже {p_alive}.",
    ),
    "ui.at_risk.none": (
        "Under this scenario no key customer has fallen behind their own buying rhythm.",
        "При этом сценарии ни один ключевой клиент не отстал от своего ритма покупок.",
    ),
    "ui.at_risk.m_customers": ("Key customers at risk", "Ключевых клиентов под угрозой"),
    "ui.at_risk.m_lost": ("Of them look lost", "Из них, похоже, потеряны"),
    "ui.at_risk.m_stake": ("Revenue a year at stake", "Выручка в год под угрозой"),
    "ui.at_risk.p_alive_used": (
        "The fitted LTV model's probability that a customer is still active is taken into account.",
        "Учитывается вероятность активности клиента из построенной модели LTV.",
    ),
    "ui.at_risk.csv": ("CSV for the CRM", "CSV для CRM"),
    "ui.at_risk.xlsx": ("Excel for the CRM", "Excel для CRM"),
    "ui.at_risk.files_note": (
        "The files are made when you click, from the list above; text cells cannot run as formulas.",
        "Файлы создаются в момент нажатия из списка выше; текст в ячейках не может сработать как формула.",
    ),
    # Settings: customer attributes in the loyalty score, preset meanings, quadrant splits
    "ui.quad.attributes": (
        "Customer attributes in the loyalty score",
        "Атрибуты клиентов в оценке лояльности",
    ),
    "ui.quad.attributes_help": (
        "Yes/no and number columns of the customer-attributes file (added on the Data page). "
        "Each one gets a weight on the same scale as the four behaviours and a direction.",
        "Столбцы «да/нет» и числовые столбцы файла атрибутов клиентов (добавляется на странице "
        "данных). У каждого — вес в той же шкале, что у четырёх показателей поведения, и направление.",
    ),
    "ui.quad.attributes_placeholder": ("Choose attributes", "Выберите атрибуты"),
    "ui.quad.attributes_none": (
        "This dataset has no customer attributes. Add a customer-attributes file on the Data "
        "page to weigh, for example, loyalty-programme membership, referrals or payment discipline.",
        "В этих данных нет атрибутов клиентов. Добавьте файл атрибутов на странице данных, "
        "чтобы учесть, например, участие в программе лояльности, рекомендации или платёжную дисциплину.",
    ),
    "ui.quad.attribute_weight": ("Weight: {name}", "Вес: {name}"),
    "ui.quad.attribute_weight_help": (
        "The attribute's weight in the loyalty score, on the scale of the four behaviour weights; "
        "all weights together are scaled to 100 %. 0 % keeps it on screen but out of the score.",
        "Вес атрибута в оценке лояльности, в той же шкале, что веса четырёх показателей поведения; "
        "все веса вместе приводятся к 100 %. При 0 % атрибут остаётся на экране, но не учитывается.",
    ),
    "ui.quad.direction": ("Better when", "Лучше, когда"),
    "ui.quad.direction_help": (
        "Higher is better: more means more loyal (referrals, a loyalty card). Lower is better: "
        "less means more loyal (days of payment delay, returns, complaints).",
        "Больше — лучше: чем больше, тем лояльнее (рекомендации, карта лояльности). Меньше — "
        "лучше: чем меньше, тем лояльнее (дни отсрочки оплаты, возвраты, жалобы).",
    ),
    "ui.quad.direction_higher": ("higher", "больше"),
    "ui.quad.direction_lower": ("lower", "меньше"),
    "ui.quad.leaders": (
        "Highest loyalty score now: {names}.",
        "Самая высокая оценка лояльности сейчас: {names}.",
    ),
    "ui.quad.about_retail": (
        "Retail: how often customers buy ({frequency}) and how recently they bought ({recency}) "
        "weigh most; payment delay and returns count against loyalty.",
        "Розница: больше всего весят частота покупок ({frequency}) и то, как недавно клиент "
        "покупал ({recency}); отсрочка оплаты и возвраты снижают лояльность.",
    ),
    "ui.quad.about_consumer_goods": (
        "Consumer-goods makers: how often customers buy ({frequency}) and how steadily "
        "({regularity}) weigh most; payment delay and returns count against loyalty.",
        "Производители: больше всего весят частота ({frequency}) и регулярность покупок "
        "({regularity}); отсрочка оплаты и возвраты снижают лояльность.",
    ),
    "ui.quad.about_b2b": (
        "B2B and services: the length of the relationship ({tenure}) and a steady rhythm of "
        "orders ({regularity}) weigh most; days of payment delay, when the data have them, "
        "count against loyalty.",
        "B2B и услуги: больше всего весят длительность отношений ({tenure}) и ровный ритм "
        "заказов ({regularity}); дни отсрочки оплаты, если они есть в данных, снижают лояльность.",
    ),
    "ui.quad.about_finance": (
        "Banks and insurers: the length of the relationship ({tenure}) weighs most; products "
        "held and assets add to loyalty when the data have them (add income below if you have "
        "it); overdue loans count against it.",
        "Банки и страховые: больше всего весит длительность отношений ({tenure}); число "
        "продуктов и активы повышают лояльность, если они есть в данных (доход можно добавить "
        "ниже); просроченные кредиты её снижают.",
    ),
    "ui.quad.about_custom": (
        "Own weights: the sliders below decide.",
        "Свои веса: всё решают ползунки ниже.",
    ),
    "ui.abc.about_80_95": (
        "80/95: the classic Pareto split: class A brings 80 % of the total.",
        "80/95 — классическое деление по Парето: класс A даёт 80 % итога.",
    ),
    "ui.abc.about_70_90": (
        "70/90: class A brings 70 % of the total: fewer, larger customers.",
        "70/90 — класс A даёт 70 % итога: меньше клиентов, и они крупнее.",
    ),
    "ui.abc.about_60_90": (
        "60/90: the key group: the customers who bring the first 60 % of turnover, as "
        "consultancies define key accounts.",
        "60/90 — ключевая группа: клиенты, дающие первые 60 % оборота, как определяют "
        "ключевых клиентов консультанты.",
    ),
    "ui.abc.about_50_80": (
        "50/80: class A brings half of the total: only the very largest customers.",
        "50/80 — класс A даёт половину итога: только самые крупные клиенты.",
    ),
    "ui.abc.about_own": (
        "Own cut-offs: class A closes at {a} of the total, class B at {b}.",
        "Свои границы: класс A заканчивается на {a} итога, класс B — на {b}.",
    ),
    "ui.quad.splits": ("Split of the square", "Деление квадрата"),
    "ui.quad.splits_help": (
        "Medians: both axes split at the median. Pareto core: loyalty at the median, "
        "profitability at the 80th percentile, so quadrant III is the top 20 % by "
        "profitability among the more loyal half: close to the sources' core of key customers.",
        "По медианам: обе оси делятся по медиане. Ядро Парето: лояльность по медиане, "
        "прибыльность по 80-му перцентилю, так что квадрант III — 20 % самых прибыльных среди "
        "более лояльной половины: это близко к ядру ключевых клиентов из источников.",
    ),
    "ui.quad.split_median": ("Medians", "По медианам"),
    "ui.quad.split_pareto_core": ("Pareto core", "Ядро Парето"),
    "ui.quad.core_now": (
        "Quadrant III now holds {n} {n:customer|customers} ({share} of all): that many get a "
        "key-account manager's attention. The Pareto core would be {other}.",
        "В квадранте III сейчас {n} {n:клиент|клиента|клиентов} ({share} от всех) — столько "
        "получат внимание персонального менеджера. В ядре Парето было бы {other}.",
    ),
    "ui.quad.core_now_pareto": (
        "Quadrant III now holds {n} {n:customer|customers} ({share} of all): that many get a "
        "key-account manager's attention. This is the Pareto core; the medians would give {other}.",
        "В квадранте III сейчас {n} {n:клиент|клиента|клиентов} ({share} от всех) — столько "
        "получат внимание персонального менеджера. Это ядро Парето; по медианам было бы {other}.",
    ),
}
