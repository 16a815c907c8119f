"""Texts of the predicted CLV section of the customer-value page (``ui.clv.*``), English and Russian.

Also the name of the "clv" basis (``ui.basis.clv``) used by the basis selectors.
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

_VIEW: dict[str, tuple[str, str]] = {
    "basis.clv": ("Predicted CLV", "Прогнозный CLV"),
    "clv.view": ("Customer value", "Ценность клиента"),
    "clv.view_help": (
        "Simple LTV: a rule of thumb from each customer's own history. Predicted CLV: "
        "probabilistic models forecast purchases, spend per purchase and who is still active.",
        "Простой LTV — оценка по собственной истории клиента. Прогнозный CLV — вероятностные "
        "модели прогнозируют покупки, сумму покупки и то, кто ещё остаётся клиентом.",
    ),
    "clv.view_simple": ("Simple LTV", "Простой LTV"),
    "clv.view_predictive": ("Predicted CLV", "Прогнозный CLV"),
    "clv.intro": (
        "Predicted CLV = discounted expected margin of a customer over the horizon. A purchase "
        "model (BG/NBD or Pareto/NBD) forecasts how often each customer will buy and whether "
        "they are still active; the Gamma-Gamma model forecasts the value of a purchase. The "
        "models learn on the calibration period and are checked on the days after it.",
        "Прогнозный CLV = дисконтированная ожидаемая маржа клиента за горизонт. Модель покупок "
        "(BG/NBD или Pareto/NBD) прогнозирует, как часто клиент будет покупать и остаётся ли он "
        "клиентом; модель Gamma-Gamma прогнозирует сумму покупки. Модели обучаются на периоде "
        "обучения и проверяются на днях после него.",
    ),
    "clv.too_short": (
        "The data cover less than two weeks: the predictive models need a longer history.",
        "Данные охватывают меньше двух недель: прогнозным моделям нужна более длинная история.",
    ),
    "clv.model": ("Purchase model", "Модель покупок"),
    "clv.model_help": (
        "BG/NBD: a customer may leave right after a purchase. Pareto/NBD: a customer may leave "
        "at any moment. The other model is fitted too and compared below.",
        "BG/NBD: клиент может уйти сразу после покупки. Pareto/NBD: клиент может уйти в любой "
        "момент. Вторая модель тоже подгоняется и сравнивается ниже.",
    ),
    "clv.calibration_end": ("End of the calibration period", "Конец периода обучения"),
    "clv.calibration_end_help": (
        "The models learn from purchases up to this day (inclusive); the days after it up to "
        "the data's last day are the check period. On the last day there is no check, and CLV "
        "is forecast from the end of the data.",
        "Модели учатся на покупках по этот день включительно; дни после него до последнего "
        "дня данных — проверочный период. На последнем дне проверки нет, и CLV "
        "прогнозируется от конца данных.",
    ),
    "clv.months": ("Horizon, months", "Горизонт, мес."),
    "clv.months_help": (
        "How far ahead CLV counts purchases, from the end of the calibration period.",
        "На сколько вперёд CLV учитывает покупки, считая от конца периода обучения.",
    ),
    "clv.discount": ("Discount rate per year", "Ставка дисконтирования в год"),
    "clv.discount_help": (
        "Money later is worth less: a purchase a year from now counts 1 / (1 + rate); "
        "applied month by month.",
        "Деньги позже стоят меньше: покупка через год учитывается как 1 / (1 + ставка); "
        "дисконтирование помесячное.",
    ),
    "clv.margin_note": (
        "The margin is shared with simple LTV.",
        "Маржа общая с простым LTV.",
    ),
    "clv.periods": (
        "Time is measured in **weeks** (frequency, recency, age and the models' rates are per "
        "week). Calibration: {start} – {end} ({weeks} weeks). Check period: {check_start} – "
        "{check_end} ({check_weeks} weeks). CLV is forecast for {months} months from {end}.",
        "Время измеряется в **неделях** (частота, давность, возраст и темпы моделей — в "
        "неделях). Обучение: {start} – {end} ({weeks} нед.). Проверка: {check_start} – "
        "{check_end} ({check_weeks} нед.). CLV прогнозируется на {months} мес. от {end}.",
    ),
    "clv.periods_no_check": (
        "Time is measured in **weeks** (frequency, recency, age and the models' rates are per "
        "week). Calibration: {start} – {end} ({weeks} weeks), no check period: move the end "
        "of calibration earlier to see how well the model predicts. CLV is forecast for "
        "{months} months from {end}.",
        "Время измеряется в **неделях** (частота, давность, возраст и темпы моделей — в "
        "неделях). Обучение: {start} – {end} ({weeks} нед.), проверки нет: сдвиньте конец "
        "обучения раньше, чтобы увидеть, насколько точно прогнозирует модель. CLV "
        "прогнозируется на {months} мес. от {end}.",
    ),
    "clv.fitting": ("Fitting the models…", "Подгоняем модели…"),
}

_FIT: dict[str, tuple[str, str]] = {
    "clv.fit_title": ("The fit", "Подгонка моделей"),
    "clv.m_model": ("Purchase model", "Модель покупок"),
    "clv.m_model_help": (
        "The model chosen above; the spend per purchase always comes from Gamma-Gamma.",
        "Модель, выбранная выше; сумма покупки всегда из модели Gamma-Gamma.",
    ),
    "clv.converged_short": ("converged", "сошлась"),
    "clv.not_converged_short": ("not converged", "не сошлась"),
    "clv.m_loglik": ("Log-likelihood", "Логарифм правдоподобия"),
    "clv.m_loglik_help": (
        "How probable the observed purchases are under the fitted model (higher is better); "
        "comparable only between models fitted on the same data in the same time unit.",
        "Насколько вероятны наблюдаемые покупки при подогнанной модели (больше — лучше); "
        "сравнимо только между моделями на тех же данных в той же единице времени.",
    ),
    "clv.m_aic": ("AIC", "AIC"),
    "clv.m_aic_help": (
        "Akaike's criterion: 2 × parameters − 2 × log-likelihood; lower is better.",
        "Критерий Акаике: 2 × число параметров − 2 × логарифм правдоподобия; меньше — лучше.",
    ),
    "clv.m_mae": ("MAE per customer", "MAE на клиента"),
    "clv.m_mae_help": (
        "Mean absolute difference between predicted and actual purchases of a customer in the "
        "check period.",
        "Средняя абсолютная разница между прогнозом и фактом покупок клиента в проверочном "
        "периоде.",
    ),
    "clv.m_rmse": ("RMSE per customer", "RMSE на клиента"),
    "clv.m_rmse_help": (
        "Root mean squared difference between predicted and actual purchases of a customer "
        "in the check period; large misses weigh more.",
        "Корень из среднего квадрата разницы прогноза и факта покупок клиента в проверочном "
        "периоде; крупные промахи весят больше.",
    ),
    "clv.m_total_error": ("Total forecast error", "Ошибка общего прогноза"),
    "clv.m_total_error_help": (
        "(predicted − actual) / actual purchases of all customers in the check period.",
        "(прогноз − факт) / факт покупок всех клиентов в проверочном периоде.",
    ),
    "clv.no_check_help": (
        "No check period: the calibration ends on the data's last day.",
        "Проверочного периода нет: обучение заканчивается в последний день данных.",
    ),
    "clv.params_title": ("Parameters", "Параметры"),
    "clv.params_note": (
        "Estimate ± standard error, and the 95 % interval (symmetric on the log scale). Rates "
        "and scales are in weeks.",
        "Оценка ± стандартная ошибка и 95-процентный интервал (симметричный в логарифмах). "
        "Темпы и масштабы — в неделях.",
    ),
    "clv.col.model": ("Model", "Модель"),
    "clv.col.parameter": ("Parameter", "Параметр"),
    "clv.col.meaning": ("Meaning", "Смысл"),
    "clv.col.estimate": ("Estimate", "Оценка"),
    "clv.col.std_error": ("Standard error", "Стандартная ошибка"),
    "clv.col.interval": ("95 % interval", "95 % интервал"),
    "clv.param.r": ("shape of the purchase rates", "форма распределения темпов покупок"),
    "clv.param.alpha": ("scale of the purchase rates (weeks)", "масштаб темпов покупок (недели)"),
    "clv.param.a": ("drop-out after a purchase (a)", "уход после покупки (a)"),
    "clv.param.b": ("drop-out after a purchase (b)", "уход после покупки (b)"),
    "clv.param.s": ("shape of the lifetimes", "форма распределения сроков жизни"),
    "clv.param.beta": ("scale of the lifetimes (weeks)", "масштаб сроков жизни (недели)"),
    "clv.param.p": ("shape of a purchase's value", "форма распределения суммы покупки"),
    "clv.param.q": ("shape of the customers' average values", "форма средних сумм клиентов"),
    "clv.param.gamma": ("scale of the customers' average values", "масштаб средних сумм клиентов"),
    "clv.converged": (
        "{model}: converged after {iterations} {iterations_word} ({attempts} {starts}; largest "
        "gradient {gradient}).",
        "{model}: сошлась за {iterations} {iterations_word} ({attempts} {starts}; наибольший "
        "градиент {gradient}).",
    ),
    "clv.not_converged": (
        "{model} did not settle at a clear optimum ({attempts} {starts}; largest gradient "
        "{gradient}): treat its numbers with care.",
        "{model} не пришла к чёткому оптимуму ({attempts} {starts}; наибольший градиент "
        "{gradient}): относитесь к её числам осторожно.",
    ),
    "clv.iterations_word": ("iteration|iterations", "итерацию|итерации|итераций"),
    "clv.starts_word": ("start|starts", "старт|старта|стартов"),
    "clv.comparison_title": ("Both purchase models on the same data", "Обе модели покупок на тех же данных"),
    "clv.col.loglik": ("Log-likelihood", "Логарифм правдоподобия"),
    "clv.col.parameters": ("Parameters", "Параметров"),
    "clv.col.aic": ("AIC", "AIC"),
    "clv.col.delta_aic": ("Δ AIC", "Δ AIC"),
    "clv.chosen": ("(chosen)", "(выбрана)"),
    "clv.comparison_better": (
        "Lower AIC fits better: {best} fits these data better by {delta}. A difference below 2 "
        "means the two fit about equally well.",
        "Меньший AIC — лучшее согласие: {best} лучше описывает эти данные на {delta}. Разница "
        "меньше 2 значит, что модели описывают данные примерно одинаково.",
    ),
    "clv.warnings_title": ("What to keep in mind", "Что учесть"),
    "clv.no_warnings": (
        "No warnings: enough repeat buyers and history, usable spend values.",
        "Предупреждений нет: достаточно повторных покупателей и истории, суммы покупок пригодны.",
    ),
    "clv.independence_title": ("Spend model check", "Проверка модели трат"),
    "clv.independence_meaning": (
        "Gamma-Gamma assumes that what a customer spends per purchase does not depend on how "
        "often they buy. Checked with the correlation of repeat purchases and average spend "
        "among repeat buyers: {rho} (p = {p}).",
        "Gamma-Gamma предполагает, что сумма покупки клиента не зависит от того, как часто он "
        "покупает. Проверка — корреляция числа повторных покупок и средней суммы у повторных "
        "покупателей: {rho} (p = {p}).",
    ),
}

_CHECK: dict[str, tuple[str, str]] = {
    "clv.check_title": ("Does the model predict?", "Прогнозирует ли модель?"),
    "clv.check_intro": (
        "The model learned on {start} – {end} only; the check period {check_start} – "
        "{check_end} was hidden from it.",
        "Модель училась только на {start} – {end}; проверочный период {check_start} – "
        "{check_end} был от неё скрыт.",
    ),
    "clv.no_check": (
        "No check period: the calibration ends on the data's last day. Move the end of "
        "calibration earlier to compare the forecast with what happened.",
        "Проверочного периода нет: обучение заканчивается в последний день данных. Сдвиньте "
        "конец обучения раньше, чтобы сравнить прогноз с фактом.",
    ),
    "clv.m_actual_total": ("Actual purchases", "Покупок по факту"),
    "clv.m_actual_total_help": (
        "Purchases in the check period: repeat purchase days of the calibration customers "
        "after the calibration end.",
        "Покупки в проверочном периоде: дни покупок клиентов периода обучения после конца обучения.",
    ),
    "clv.m_predicted_total": ("Predicted", "Прогноз"),
    "clv.m_predicted_total_help": (
        "Sum over customers of the expected purchases in the check period given their history.",
        "Сумма по клиентам ожидаемых покупок в проверочном периоде с учётом их истории.",
    ),
    "clv.series_actual": ("Actual", "Факт"),
    "clv.series_predicted": ("Predicted ({model})", "Прогноз ({model})"),
    "clv.bars_title": ("Check-period purchases", "Покупки в проверке"),
    "clv.bars_subtitle": (
        "Mean per customer, by repeat purchases in calibration",
        "Среднее на клиента; по числу покупок при обучении",
    ),
    "clv.bars_x": ("Repeat purchases in calibration", "Повторных покупок за обучение"),
    "clv.bars_y": ("Average purchases per customer", "Среднее покупок на клиента"),
    "clv.tracking_title": ("Cumulative repeat purchases", "Повторные покупки нарастающим итогом"),
    "clv.tracking_subtitle": (
        "Week by week, for the whole base; each customer new at their first purchase",
        "По неделям, для всей базы; клиент — новый в день первой покупки",
    ),
    "clv.tracking_x": ("Week ending", "Неделя по"),
    "clv.tracking_y": ("Repeat purchases", "Повторных покупок"),
    "clv.split_label": ("end of calibration", "конец обучения"),
    "clv.customers_axis": ("Customers", "Клиентов"),
}

_CUSTOMERS: dict[str, tuple[str, str]] = {
    "clv.customers_title": (
        "Each customer: still active, and worth how much",
        "Каждый клиент: активен ли и сколько стоит",
    ),
    "clv.m_customers": ("Customers forecast", "Клиентов в прогнозе"),
    "clv.m_customers_help": (
        "Customers with a first purchase by the end of the calibration period.",
        "Клиенты, сделавшие первую покупку до конца периода обучения.",
    ),
    "clv.m_alive": ("Average P(alive)", "Средняя P(активен)"),
    "clv.m_alive_help": (
        "Probability that a customer has not left for good, at the end of the calibration "
        "period, averaged over customers.",
        "Вероятность того, что клиент не ушёл насовсем, на конец периода обучения, в среднем "
        "по клиентам.",
    ),
    "clv.m_total": ("Total CLV, {months} months", "Общий CLV, {months} мес."),
    "clv.m_total_help": (
        "Discounted expected margin of all forecast customers over the horizon.",
        "Дисконтированная ожидаемая маржа всех клиентов прогноза за горизонт.",
    ),
    "clv.m_mean": ("Average CLV", "Средний CLV"),
    "clv.m_mean_help": ("Total CLV / customers forecast.", "Общий CLV / клиентов в прогнозе."),
    "clv.interval_note": (
        "{level} interval of the total: {low} – {high}. It covers the uncertainty of the "
        "models' parameters (parametric bootstrap, {draws} draws), not the randomness of a "
        "single customer's future.",
        "{level} интервал общего CLV: {low} – {high}. Он отражает неопределённость параметров "
        "моделей (параметрический бутстреп, {draws} выборок), а не случайность будущего "
        "отдельного клиента.",
    ),
    "clv.hist_title": ("How predicted CLV is spread", "Распределение прогнозного CLV"),
    "clv.hist_x": ("CLV over {months} months", "CLV за {months} мес."),
    "clv.mean_marker": ("Average {value}", "Среднее {value}"),
    "clv.alive_title": ("How likely customers are still active", "Насколько вероятно, что клиент активен"),
    "clv.alive_x": ("P(alive)", "P(активен)"),
    "clv.top_title": (
        "The 20 customers with the highest predicted CLV",
        "20 клиентов с наибольшим прогнозным CLV",
    ),
    "clv.col.frequency": ("Repeat purchases", "Повторных покупок"),
    "clv.col.recency": ("Last purchase, week", "Последняя покупка, неделя"),
    "clv.col.T": ("Age, weeks", "Возраст, недель"),
    "clv.col.p_alive": ("P(alive)", "P(активен)"),
    "clv.col.expected_purchases": ("Expected purchases", "Ожидаемых покупок"),
    "clv.col.expected_spend": ("Spend per purchase", "Сумма покупки"),
    "clv.col.clv": ("CLV", "CLV"),
    "clv.col.clv_low": ("CLV, low", "CLV, от"),
    "clv.col.clv_high": ("CLV, high", "CLV, до"),
    "clv.col.simple": ("Simple LTV", "Простой LTV"),
    "clv.top_note": (
        "Recency = weeks from the first to the last purchase; age = weeks from the first "
        "purchase to the end of calibration. The interval is the {level} bootstrap interval.",
        "Давность = недель от первой до последней покупки; возраст = недель от первой покупки "
        "до конца обучения. Интервал — {level} бутстреп-интервал.",
    ),
}

_SEGMENTS: dict[str, tuple[str, str]] = {
    "clv.segments_title": (
        "Predicted CLV and simple LTV by segment",
        "Прогнозный CLV и простой LTV по сегментам",
    ),
    "clv.segments_intro": (
        "Simple LTV looks back: revenue per period × average relationship length × margin. "
        "Predicted CLV looks forward: discounted expected margin over the next {months} months. "
        "Totals per segment of the current segmentation; the black whisker is the {level} "
        "interval of the segment's predicted total.",
        "Простой LTV смотрит назад: выручка за период × средняя длительность отношений × "
        "маржа. Прогнозный CLV смотрит вперёд: дисконтированная ожидаемая маржа за следующие "
        "{months} мес. Суммы по сегментам текущей сегментации; чёрный отрезок — {level} "
        "интервал прогнозной суммы сегмента.",
    ),
    "clv.by_cell": ("Totals by ABC × XYZ cell", "Суммы по ячейкам ABC × XYZ"),
    "clv.by_quadrant": ("Totals by quadrant", "Суммы по квадрантам"),
    "clv.value_axis": ("Total value", "Суммарная ценность"),
    "clv.series_simple": ("Simple LTV", "Простой LTV"),
    "clv.series_clv": ("Predicted CLV", "Прогнозный CLV"),
    "clv.interval_short": ("Interval", "Интервал"),
    "clv.col.segment": ("Segment", "Сегмент"),
    "clv.col.customers": ("Customers", "Клиентов"),
    "clv.col.forecast": ("With a forecast", "С прогнозом"),
    "clv.col.simple_total": ("Simple LTV, total", "Простой LTV, сумма"),
    "clv.col.clv_total": ("Predicted CLV, total", "Прогнозный CLV, сумма"),
    "clv.col.clv_interval": ("Interval of the total", "Интервал суммы"),
    "clv.outside_window": (
        "{n} forecast customers are outside the segmentation's analysis window and are not in "
        "these totals.",
        "{n} клиентов прогноза вне окна анализа сегментации и не входят в эти суммы.",
    ),
    "clv.not_forecast": (
        "{n} customers of the segmentation first bought after the end of calibration: they "
        "have no forecast and count in simple LTV only.",
        "{n} клиентов сегментации впервые купили после конца обучения: прогноза у них нет, и "
        "они учтены только в простом LTV.",
    ),
    "clv.use_title": ("Use predicted CLV in the segmentation", "Использовать прогнозный CLV в сегментации"),
    "clv.use_abc": ("Rank ABC by predicted CLV", "Ранжировать ABC по прогнозному CLV"),
    "clv.use_profit": ("Measure profitability by predicted CLV", "Измерять доходность прогнозным CLV"),
    "clv.use_note": (
        "Now: ABC by {abc}, profitability by {profit}. Both are also on the Settings page; "
        "predicted CLV is available there while this session has a finished fit on this data.",
        "Сейчас: ABC — по показателю «{abc}», доходность — по показателю «{profit}». Оба выбора "
        "есть и на странице настроек; прогнозный CLV доступен там, пока в этой сессии есть "
        "завершённая подгонка на этих данных.",
    ),
    "clv.forecast_from_past": (
        "With a check period the CLV is forecast from the end of calibration ({end}). To "
        "forecast from the data's last day, move the end of calibration to the last day.",
        "При проверочном периоде CLV прогнозируется от конца обучения ({end}). Чтобы "
        "прогнозировать от последнего дня данных, сдвиньте конец обучения на последний день.",
    ),
}

_PAIRS = {**_VIEW, **_FIT, **_CHECK, **_CUSTOMERS, **_SEGMENTS}

MESSAGES: dict[str, dict[str, str]] = {
    f"ui.{key}": {"en": en, "ru": ru} for key, (en, ru) in _PAIRS.items()
}
