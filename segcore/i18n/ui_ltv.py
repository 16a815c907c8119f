"""Texts of the predicted CLV section of the customer-value page (``ui.clv.*``), English and Russian.

Also the name of the "clv" basis (``ui.basis.clv``) used by the basis selectors.
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    # Choosing the view and the model
    "ui.basis.clv": ("Predicted CLV", "Прогнозный CLV"),
    "ui.clv.view": ("Customer value", "Ценность клиента"),
    "ui.clv.view_help": (
        "Simple LTV: a rule of thumb from each customer's own history. Predicted CLV: "
        "probabilistic models forecast purchases, spend per purchase and who is still active.",
        "Простой LTV — оценка по собственной истории клиента. Прогнозный CLV — вероятностные "
        "модели прогнозируют покупки, сумму покупки и то, кто ещё остаётся клиентом.",
    ),
    "ui.clv.view_simple": ("Simple LTV", "Простой LTV"),
    "ui.clv.view_predictive": ("Predicted CLV", "Прогнозный CLV"),
    "ui.clv.intro": (
        "Predicted CLV = discounted expected margin of a customer over the horizon. A purchase "
        "model (BG/NBD or Pareto/NBD) forecasts how often each customer will buy and whether "
        "they are still active; the Gamma-Gamma model forecasts the value of a purchase. The "
        "models learn on the calibration period and are checked on the days after it.",
        "Прогнозный CLV = дисконтированная ожидаемая маржа клиента за горизонт. Модель покупок "
        "(BG/NBD или Pareto/NBD) прогнозирует, как часто клиент будет покупать и остаётся ли он "
        "клиентом; модель Gamma-Gamma прогнозирует сумму покупки. Модели обучаются на периоде "
        "обучения и проверяются на днях после него.",
    ),
    "ui.clv.too_short": (
        "The data cover less than two weeks: the predictive models need a longer history.",
        "Данные охватывают меньше двух недель: прогнозным моделям нужна более длинная история.",
    ),
    "ui.clv.model": ("Purchase model", "Модель покупок"),
    "ui.clv.model_help": (
        "BG/NBD: a customer may leave right after a purchase. Pareto/NBD: a customer may leave "
        "at any moment. The other model is fitted too and compared below.",
        "BG/NBD: клиент может уйти сразу после покупки. Pareto/NBD: клиент может уйти в любой "
        "момент. Вторая модель тоже подгоняется и сравнивается ниже.",
    ),
    "ui.clv.calibration_end": ("End of the calibration period", "Конец периода обучения"),
    "ui.clv.calibration_end_help": (
        "The models learn from purchases up to this day (inclusive); the days after it up to "
        "the data's last day are the check period. On the last day there is no check, and CLV "
        "is forecast from the end of the data.",
        "Модели учатся на покупках по этот день включительно; дни после него до последнего "
        "дня данных — проверочный период. На последнем дне проверки нет, и CLV "
        "прогнозируется от конца данных.",
    ),
    "ui.clv.months": ("Horizon, months", "Горизонт, мес."),
    "ui.clv.months_help": (
        "How far ahead CLV counts purchases, from the end of the calibration period.",
        "На сколько вперёд CLV учитывает покупки, считая от конца периода обучения.",
    ),
    "ui.clv.discount": ("Discount rate per year", "Ставка дисконтирования в год"),
    "ui.clv.discount_help": (
        "Money later is worth less: a purchase a year from now counts 1 / (1 + rate); "
        "applied month by month.",
        "Деньги позже стоят меньше: покупка через год учитывается как 1 / (1 + ставка); "
        "дисконтирование помесячное.",
    ),
    "ui.clv.margin_note": ("The margin is shared with simple LTV.", "Маржа общая с простым LTV."),
    "ui.clv.periods": (
        "Time is measured in **weeks** (frequency, recency, age and the models' rates are per "
        "week). Calibration: {start} – {end} ({weeks} weeks). Check period: {check_start} – "
        "{check_end} ({check_weeks} weeks). CLV is forecast for {months} months from {end}.",
        "Время измеряется в **неделях** (частота, recency, возраст и темпы моделей — в "
        "неделях). Обучение: {start} – {end} ({weeks} нед.). Проверка: {check_start} – "
        "{check_end} ({check_weeks} нед.). CLV прогнозируется на {months} мес. от {end}.",
    ),
    "ui.clv.periods_no_check": (
        "Time is measured in **weeks** (frequency, recency, age and the models' rates are per "
        "week). Calibration: {start} – {end} ({weeks} weeks), no check period: move the end "
        "of calibration earlier to see how well the model predicts. CLV is forecast for "
        "{months} months from {end}.",
        "Время измеряется в **неделях** (частота, recency, возраст и темпы моделей — в "
        "неделях). Обучение: {start} – {end} ({weeks} нед.), проверки нет: сдвиньте конец "
        "обучения раньше, чтобы увидеть, насколько точно прогнозирует модель. CLV "
        "прогнозируется на {months} мес. от {end}.",
    ),
    "ui.clv.fitting": ("Fitting the models…", "Подгоняем модели…"),
    # The fit
    "ui.clv.fit_title": ("The fit", "Подгонка моделей"),
    "ui.clv.m_model": ("Purchase model", "Модель покупок"),
    "ui.clv.m_model_help": (
        "The model chosen above; the spend per purchase always comes from Gamma-Gamma.",
        "Модель, выбранная выше; сумма покупки всегда из модели Gamma-Gamma.",
    ),
    "ui.clv.converged_short": ("converged", "сошлась"),
    "ui.clv.not_converged_short": ("not converged", "не сошлась"),
    "ui.clv.m_loglik": ("Log-likelihood", "Логарифм правдоподобия"),
    "ui.clv.m_loglik_help": (
        "How probable the observed purchases are under the fitted model (higher is better); "
        "comparable only between models fitted on the same data in the same time unit.",
        "Насколько вероятны наблюдаемые покупки при подогнанной модели (больше — лучше); "
        "сравнимо только между моделями на тех же данных в той же единице времени.",
    ),
    "ui.clv.m_aic": ("AIC", "AIC"),
    "ui.clv.m_aic_help": (
        "Akaike's criterion: 2 × parameters − 2 × log-likelihood; lower is better.",
        "Критерий Акаике: 2 × число параметров − 2 × логарифм правдоподобия; меньше — лучше.",
    ),
    "ui.clv.m_mae": ("MAE per customer", "MAE на клиента"),
    "ui.clv.m_mae_help": (
        "Mean absolute difference between predicted and actual purchases of a customer in the check period.",
        "Средняя абсолютная разница между прогнозом и фактом покупок клиента в проверочном периоде.",
    ),
    "ui.clv.m_rmse": ("RMSE per customer", "RMSE на клиента"),
    "ui.clv.m_rmse_help": (
        "Root mean squared difference between predicted and actual purchases of a customer "
        "in the check period; large misses weigh more.",
        "Корень из среднего квадрата разницы прогноза и факта покупок клиента в проверочном "
        "периоде; крупные промахи весят больше.",
    ),
    "ui.clv.m_total_error": ("Total forecast error", "Ошибка общего прогноза"),
    "ui.clv.m_total_error_help": (
        "(predicted − actual) / actual purchases of all customers in the check period.",
        "(прогноз − факт) / факт покупок всех клиентов в проверочном периоде.",
    ),
    "ui.clv.no_check_help": (
        "No check period: the calibration ends on the data's last day.",
        "Проверочного периода нет: обучение заканчивается в последний день данных.",
    ),
    "ui.clv.params_title": ("Parameters", "Параметры"),
    "ui.clv.params_note": (
        "Estimate ± standard error, and the 95 % interval (symmetric on the log scale). Rates "
        "and scales are in weeks.",
        "Оценка ± стандартная ошибка и 95-процентный интервал (симметричный в логарифмах). "
        "Темпы и масштабы — в неделях.",
    ),
    "ui.clv.col.model": ("Model", "Модель"),
    "ui.clv.col.parameter": ("Parameter", "Параметр"),
    "ui.clv.col.meaning": ("Meaning", "Смысл"),
    "ui.clv.col.estimate": ("Estimate", "Оценка"),
    "ui.clv.col.std_error": ("Standard error", "Стандартная ошибка"),
    "ui.clv.col.interval": ("95 % interval", "95 % интервал"),
    "ui.clv.param.r": ("shape of the purchase rates", "форма распределения темпов покупок"),
    "ui.clv.param.alpha": ("scale of the purchase rates (weeks)", "масштаб темпов покупок (недели)"),
    "ui.clv.param.a": ("drop-out after a purchase (a)", "уход после покупки (a)"),
    "ui.clv.param.b": ("drop-out after a purchase (b)", "уход после покупки (b)"),
    "ui.clv.param.s": ("shape of the lifetimes", "форма распределения сроков жизни"),
    "ui.clv.param.beta": ("scale of the lifetimes (weeks)", "масштаб сроков жизни (недели)"),
    "ui.clv.param.p": ("shape of a purchase's value", "форма распределения суммы покупки"),
    "ui.clv.param.q": ("shape of the customers' average values", "форма средних сумм клиентов"),
    "ui.clv.param.gamma": ("scale of the customers' average values", "масштаб средних сумм клиентов"),
    "ui.clv.converged": (
        "{model}: converged after {iterations} {iterations_word} ({attempts} {starts}; largest "
        "gradient {gradient}).",
        "{model}: сошлась за {iterations} {iterations_word} ({attempts} {starts}; наибольший "
        "градиент {gradient}).",
    ),
    "ui.clv.not_converged": (
        "{model} did not settle at a clear optimum ({attempts} {starts}; largest gradient "
        "{gradient}): treat its numbers with care.",
        "{model} не пришла к чёткому оптимуму ({attempts} {starts}; наибольший градиент "
        "{gradient}): относитесь к её числам осторожно.",
    ),
    "ui.clv.iterations_word": ("iteration|iterations", "итерацию|итерации|итераций"),
    "ui.clv.starts_word": ("start|starts", "старт|старта|стартов"),
    "ui.clv.comparison_title": (
        "Both purchase models on the same data",
        "Обе модели покупок на тех же данных",
    ),
    "ui.clv.col.loglik": ("Log-likelihood", "Логарифм правдоподобия"),
    "ui.clv.col.parameters": ("Parameters", "Параметров"),
    "ui.clv.col.aic": ("AIC", "AIC"),
    "ui.clv.col.delta_aic": ("Δ AIC", "Δ AIC"),
    "ui.clv.chosen": ("(chosen)", "(выбрана)"),
    "ui.clv.comparison_better": (
        "Lower AIC fits better: {best} fits these data better by {delta}. A difference below 2 "
        "means the two fit about equally well.",
        "Меньший AIC — лучшее согласие: {best} лучше описывает эти данные на {delta}. Разница "
        "меньше 2 значит, что модели описывают данные примерно одинаково.",
    ),
    "ui.clv.warnings_title": ("What to keep in mind", "Что учесть"),
    "ui.clv.no_warnings": (
        "No warnings: enough repeat buyers and history, usable spend values.",
        "Предупреждений нет: достаточно повторных покупателей и истории, суммы покупок пригодны.",
    ),
    "ui.clv.independence_title": ("Spend model check", "Проверка модели трат"),
    "ui.clv.independence_meaning": (
        "Gamma-Gamma assumes that what a customer spends per purchase does not depend on how "
        "often they buy. Checked with the correlation of repeat purchases and average spend "
        "among repeat buyers: {rho} (p = {p}).",
        "Gamma-Gamma предполагает, что сумма покупки клиента не зависит от того, как часто он "
        "покупает. Проверка — корреляция числа повторных покупок и средней суммы у повторных "
        "покупателей: {rho} (p = {p}).",
    ),
    # The check on later data
    "ui.clv.check_title": ("Does the model predict?", "Прогнозирует ли модель?"),
    "ui.clv.check_intro": (
        "The model learned on {start} – {end} only; the check period {check_start} – "
        "{check_end} was hidden from it.",
        "Модель училась только на {start} – {end}; проверочный период {check_start} – "
        "{check_end} был от неё скрыт.",
    ),
    "ui.clv.no_check": (
        "No check period: the calibration ends on the data's last day. Move the end of "
        "calibration earlier to compare the forecast with what happened.",
        "Проверочного периода нет: обучение заканчивается в последний день данных. Сдвиньте "
        "конец обучения раньше, чтобы сравнить прогноз с фактом.",
    ),
    "ui.clv.m_actual_total": ("Actual purchases", "Покупок по факту"),
    "ui.clv.m_actual_total_help": (
        "Purchases in the check period: repeat purchase days of the calibration customers "
        "after the calibration end.",
        "Покупки в проверочном периоде: дни покупок клиентов периода обучения после конца обучения.",
    ),
    "ui.clv.m_predicted_total": ("Predicted", "Прогноз"),
    "ui.clv.m_predicted_total_help": (
        "Sum over customers of the expected purchases in the check period given their history.",
        "Сумма по клиентам ожидаемых покупок в проверочном периоде с учётом их истории.",
    ),
    "ui.clv.series_actual": ("Actual", "Факт"),
    "ui.clv.series_predicted": ("Predicted ({model})", "Прогноз ({model})"),
    "ui.clv.bars_title": ("Check-period purchases", "Покупки в проверке"),
    "ui.clv.bars_subtitle": (
        "Mean per customer, by repeat purchases in calibration",
        "Среднее на клиента; по числу покупок при обучении",
    ),
    "ui.clv.bars_x": ("Repeat purchases in calibration", "Повторных покупок за обучение"),
    "ui.clv.bars_y": ("Average purchases per customer", "Среднее покупок на клиента"),
    "ui.clv.tracking_title": ("Cumulative repeat purchases", "Повторные покупки нарастающим итогом"),
    "ui.clv.tracking_subtitle": (
        "Week by week, for the whole base; each customer new at their first purchase",
        "По неделям, для всей базы; клиент — новый в день первой покупки",
    ),
    "ui.clv.tracking_x": ("Week ending", "Неделя по"),
    "ui.clv.tracking_y": ("Repeat purchases", "Повторных покупок"),
    "ui.clv.split_label": ("end of calibration", "конец обучения"),
    "ui.clv.customers_axis": ("Customers", "Клиентов"),
    # Customers
    "ui.clv.customers_title": (
        "Each customer: still active, and worth how much",
        "Каждый клиент: активен ли и сколько стоит",
    ),
    "ui.clv.m_customers": ("Customers forecast", "Клиентов в прогнозе"),
    "ui.clv.m_customers_help": (
        "Customers with a first purchase by the end of the calibration period.",
        "Клиенты, сделавшие первую покупку до конца периода обучения.",
    ),
    "ui.clv.m_alive": ("Average P(alive)", "Средняя P(активен)"),
    "ui.clv.m_alive_help": (
        "Probability that a customer has not left for good, at the end of the calibration "
        "period, averaged over customers.",
        "Вероятность того, что клиент не ушёл насовсем, на конец периода обучения, в среднем по клиентам.",
    ),
    "ui.clv.m_total": ("Total CLV, {months} months", "Общий CLV, {months} мес."),
    "ui.clv.m_total_help": (
        "Discounted expected margin of all forecast customers over the horizon.",
        "Дисконтированная ожидаемая маржа всех клиентов прогноза за горизонт.",
    ),
    "ui.clv.m_mean": ("Average CLV", "Средний CLV"),
    "ui.clv.m_mean_help": ("Total CLV / customers forecast.", "Общий CLV / клиентов в прогнозе."),
    "ui.clv.interval_note": (
        "{level} interval of the total: {low} – {high}. It covers the uncertainty of the "
        "models' parameters (parametric bootstrap, {draws} draws), not the randomness of a "
        "single customer's future.",
        "{level} интервал общего CLV: {low} – {high}. Он отражает неопределённость параметров "
        "моделей (параметрический бутстреп, {draws} выборок), а не случайность будущего "
        "отдельного клиента.",
    ),
    "ui.clv.hist_title": ("How predicted CLV is spread", "Распределение прогнозного CLV"),
    "ui.clv.hist_x": ("CLV over {months} months", "CLV за {months} мес."),
    "ui.clv.mean_marker": ("Average {value}", "Среднее {value}"),
    "ui.clv.alive_title": ("How likely customers are still active", "Насколько вероятно, что клиент активен"),
    "ui.clv.alive_x": ("P(alive)", "P(активен)"),
    "ui.clv.top_title": (
        "The 20 customers with the highest predicted CLV",
        "20 клиентов с наибольшим прогнозным CLV",
    ),
    "ui.clv.col.frequency": ("Repeat purchases", "Повторных покупок"),
    "ui.clv.col.recency": ("Last purchase, week", "Последняя покупка, неделя"),
    "ui.clv.col.T": ("Age, weeks", "Возраст, недель"),
    "ui.clv.col.p_alive": ("P(alive)", "P(активен)"),
    "ui.clv.col.expected_purchases": ("Expected purchases", "Ожидаемых покупок"),
    "ui.clv.col.expected_spend": ("Spend per purchase", "Сумма покупки"),
    "ui.clv.col.clv": ("CLV", "CLV"),
    "ui.clv.col.clv_low": ("CLV, low", "CLV, от"),
    "ui.clv.col.clv_high": ("CLV, high", "CLV, до"),
    "ui.clv.col.simple": ("Simple LTV", "Простой LTV"),
    "ui.clv.top_note": (
        "Recency = weeks from the first to the last purchase; age = weeks from the first "
        "purchase to the end of calibration. The interval is the {level} bootstrap interval.",
        "Recency — недель от первой до последней покупки; возраст — недель от первой покупки "
        "до конца обучения. Интервал — {level} бутстреп-интервал.",
    ),
    # Segments
    "ui.clv.segments_title": (
        "Predicted CLV and simple LTV by segment",
        "Прогнозный CLV и простой LTV по сегментам",
    ),
    "ui.clv.segments_intro": (
        "Simple LTV looks back: revenue per period × average relationship length × margin. "
        "Predicted CLV looks forward: discounted expected margin over the next {months} months. "
        "Totals per segment of the current segmentation; the black whisker is the {level} "
        "interval of the segment's predicted total.",
        "Простой LTV смотрит назад: выручка за период × средняя длительность отношений × "
        "маржа. Прогнозный CLV смотрит вперёд: дисконтированная ожидаемая маржа за следующие "
        "{months} мес. Суммы по сегментам текущей сегментации; чёрный отрезок — {level} "
        "интервал прогнозной суммы сегмента.",
    ),
    "ui.clv.by_cell": ("Totals by ABC × XYZ cell", "Суммы по ячейкам ABC × XYZ"),
    "ui.clv.by_quadrant": ("Totals by quadrant", "Суммы по квадрантам"),
    "ui.clv.value_axis": ("Total value", "Суммарная ценность"),
    "ui.clv.series_simple": ("Simple LTV", "Простой LTV"),
    "ui.clv.series_clv": ("Predicted CLV", "Прогнозный CLV"),
    "ui.clv.interval_short": ("Interval", "Интервал"),
    "ui.clv.col.segment": ("Segment", "Сегмент"),
    "ui.clv.col.customers": ("Customers", "Клиентов"),
    "ui.clv.col.forecast": ("With a forecast", "С прогнозом"),
    "ui.clv.col.simple_total": ("Simple LTV, total", "Простой LTV, сумма"),
    "ui.clv.col.clv_total": ("Predicted CLV, total", "Прогнозный CLV, сумма"),
    "ui.clv.col.clv_interval": ("Interval of the total", "Интервал суммы"),
    "ui.clv.outside_window": (
        "{n} forecast customers are outside the segmentation's analysis window and are not in these totals.",
        "{n} клиентов прогноза вне окна анализа сегментации и не входят в эти суммы.",
    ),
    "ui.clv.not_forecast": (
        "{n} customers of the segmentation first bought after the end of calibration: they "
        "have no forecast and count in simple LTV only.",
        "{n} клиентов сегментации впервые купили после конца обучения: прогноза у них нет, и "
        "они учтены только в простом LTV.",
    ),
    "ui.clv.use_title": (
        "Use predicted CLV in the segmentation",
        "Использовать прогнозный CLV в сегментации",
    ),
    "ui.clv.use_abc": ("Rank ABC by predicted CLV", "Ранжировать ABC по прогнозному CLV"),
    "ui.clv.use_profit": ("Measure profitability by predicted CLV", "Измерять прибыльность прогнозным CLV"),
    "ui.clv.use_note": (
        "Now: ABC by {abc}, profitability by {profit}. Both are also on the Settings page; "
        "predicted CLV is available there while this session has a finished fit on this data.",
        "Сейчас: ABC — по показателю «{abc}», прибыльность — по показателю «{profit}». Оба выбора "
        "есть и на странице настроек; прогнозный CLV доступен там, пока в этой сессии есть "
        "завершённая подгонка на этих данных.",
    ),
    "ui.clv.forecast_from_past": (
        "With a check period the CLV is forecast from the end of calibration ({end}). To "
        "forecast from the data's last day, move the end of calibration to the last day.",
        "При проверочном периоде CLV прогнозируется от конца обучения ({end}). Чтобы "
        "прогнозировать от последнего дня данных, сдвиньте конец обучения на последний день.",
    ),
    # Simple LTV: the definition with a worked example, the sources' formula per segment, yes/no words
    "ui.ltv.intro_simple": (
        "A rule of thumb from each customer's own history, not a forecast: it does not know who "
        "has already left. How it is counted, with an example, is right below the figures.",
        "Оценка по собственной истории клиента, а не прогноз: она не знает, кто уже ушёл. Как она "
        "считается, с примером, — сразу под цифрами.",
    ),
    "ui.ltv.define": (
        "**Simple LTV** = revenue per period × relationship length × margin.\n\n"
        "- *Revenue per period*: the customer's revenue ÷ their age in periods ({unit}), from the "
        "period of their first purchase to the analysis date, but at least a year ({year} {unit}).\n"
        "- *Relationship length*: {lifetime} {unit}, {source}.\n"
        "- *Margin*: {margin}.\n\n"
        "Dividing by the age, not by the time from first to last purchase, keeps a customer who "
        "bought once long ago from looking like one who spends their whole total every period.",
        "**Простой LTV** = выручка за период × длительность отношений × маржа.\n\n"
        "- *Выручка за период*: выручка клиента ÷ его возраст в периодах ({unit}) — от периода "
        "первой покупки до даты анализа, но не меньше года ({year} {unit}).\n"
        "- *Длительность отношений*: {lifetime} {unit}, {source}.\n"
        "- *Маржа*: {margin}.\n\n"
        "Деление на возраст, а не на срок от первой до последней покупки, не даёт клиенту, "
        "купившему один раз много лет назад, выглядеть тем, кто каждый период тратит всю свою сумму.",
    ),
    "ui.ltv.define_average": (
        "the average of all customers (first to last purchase)",
        "средняя по всем клиентам (от первой до последней покупки)",
    ),
    "ui.ltv.define_own": ("as you set it", "как задали вы"),
    "ui.ltv.example": (
        "**Example**: the same {total}, spent in three ways.\n\n"
        "- Bought once, for {total}, three years ago: {total} ÷ {old_age} {unit} = **{old_rate}** "
        "per period → LTV **{old_ltv}**.\n"
        "- Bought for {monthly} every month of the last year: {total} ÷ {young_age} {unit} = "
        "**{young_rate}** per period → LTV **{young_ltv}**.\n"
        "- Bought once, for {total}, in the last period: {total} ÷ {year} {unit} (at least a year) "
        "= {new_rate} → LTV {new_ltv}, not above the steady buyer.\n\n"
        "Spread over first-to-last purchase instead, a one-time buyer would bring {span_rate} per "
        "period and LTV {span_ltv}: {times} times the steady buyer.",
        "**Пример**: одни и те же {total}, потраченные тремя способами.\n\n"
        "- Одна покупка на {total} три года назад: {total} ÷ {old_age} {unit} = **{old_rate}** за "
        "период → LTV **{old_ltv}**.\n"
        "- Покупки на {monthly} каждый месяц последнего года: {total} ÷ {young_age} {unit} = "
        "**{young_rate}** за период → LTV **{young_ltv}**.\n"
        "- Одна покупка на {total} в последнем периоде: {total} ÷ {year} {unit} (не меньше года) "
        "= {new_rate} → LTV {new_ltv}, не выше, чем у постоянного покупателя.\n\n"
        "Если делить на срок от первой до последней покупки, разовый покупатель давал бы "
        "{span_rate} за период и LTV {span_ltv} — в {times} {times:раз|раза|раз} больше, чем "
        "постоянный покупатель.",
    ),
    "ui.ltv.formula_title": ("Per segment: the sources' formula", "По сегментам: формула из источников"),
    "ui.ltv.formula_intro": (
        "For a segment the classic formula stands: the segment's average revenue per period of "
        "relationship (first to last purchase) × its average relationship length × margin, what "
        "a typical member brought while they were buying. Per customer, revenue is spread over "
        "the age instead (see the definition above).",
        "Для сегмента действует классическая формула: средняя выручка сегмента за период "
        "отношений (от первой до последней покупки) × средняя длительность отношений × маржа — "
        "сколько приносил типичный клиент сегмента, пока покупал. Для отдельного клиента выручка "
        "делится на его возраст (см. определение выше).",
    ),
    "ui.ltv.col.segment": ("Segment", "Сегмент"),
    "ui.ltv.col.customers": ("Customers", "Клиентов"),
    "ui.ltv.col.rate": ("Revenue per period of relationship", "Выручка за период отношений"),
    "ui.ltv.col.relationship": ("Relationship, periods", "Длительность, периодов"),
    "ui.ltv.col.segment_ltv": ("LTV by the formula", "LTV по формуле"),
    "ui.ltv.m_lifetime_in": ("Relationship, {unit}", "Срок, {unit}"),
    "ui.table.yes": ("yes", "да"),
    "ui.table.no": ("no", "нет"),
}
