"""Messages of the predictive LTV models: errors, warnings and explanations."""

from __future__ import annotations

__all__ = ["MESSAGES"]

_ADVICE_EN = " Build the summary with the product's own summary step from the transactions."
_ADVICE_RU = " Постройте сводку по клиентам из транзакций встроенным шагом продукта."

MESSAGES: dict[str, tuple[str, str]] = {
    "ltv.model.bgnbd": ("BG/NBD", "BG/NBD"),
    "ltv.model.pareto_nbd": ("Pareto/NBD", "Pareto/NBD"),
    "ltv.model.gamma_gamma": ("Gamma-Gamma", "Gamma-Gamma"),
    "ltv.unit.D": ("days", "дни"),
    "ltv.unit.W": ("weeks", "недели"),
    "ltv.period.D": ("day", "день"),
    "ltv.period.W": ("week", "неделя"),
    "ltv.period.M": ("month", "месяц"),
    "ltv.stage.summary": ("Summarising each customer's purchases", "Сводка покупок по клиентам"),
    "ltv.stage.purchase_model": ("Fitting the purchase model", "Подгонка модели покупок"),
    "ltv.stage.comparison": (
        "Fitting the other model for comparison",
        "Подгонка второй модели для сравнения",
    ),
    "ltv.stage.spend_model": ("Fitting the spend model", "Подгонка модели трат"),
    "ltv.stage.intervals": ("Computing CLV intervals", "Расчёт интервалов CLV"),
    "ltv.stage.validation": ("Checking the forecast", "Проверка прогноза"),
    "ltv.stage.done": ("Done", "Готово"),
    "ltv.bad_summary_lengths": (
        "Frequency, recency and T must have one value per customer each." + _ADVICE_EN,
        "Частота, recency и T должны содержать по одному значению на клиента." + _ADVICE_RU,
    ),
    "ltv.bad_summary_missing": (
        "Some customers have no frequency, recency or T (empty or not a number)." + _ADVICE_EN,
        "У части клиентов нет частоты, recency или T (пусто или не число)." + _ADVICE_RU,
    ),
    "ltv.bad_summary_frequency": (
        "Frequency must be a whole number of repeat purchases, 0 or more." + _ADVICE_EN,
        "Частота должна быть целым числом повторных покупок, 0 или больше." + _ADVICE_RU,
    ),
    "ltv.bad_summary_recency": (
        "Recency must lie between 0 and T (the last purchase cannot be after the end of the "
        "calibration period)." + _ADVICE_EN,
        "Recency (недель от первой до последней покупки) должна быть от 0 до T (последняя покупка "
        "не может быть позже конца "
        "периода обучения)." + _ADVICE_RU,
    ),
    "ltv.bad_summary_recency_without_repeat": (
        "A customer without repeat purchases must have recency 0." + _ADVICE_EN,
        "У клиента без повторных покупок recency должна быть 0." + _ADVICE_RU,
    ),
    "ltv.bad_summary_weights": (
        "Customer weights must be numbers of 0 or more, one per customer.",
        "Веса клиентов должны быть числами не меньше 0, по одному на клиента.",
    ),
    "ltv.missing_columns": (
        "The transactions lack the column(s) {columns}. Map the customer, date and amount columns "
        "on the data page.",
        "В транзакциях нет столбцов: {columns}. Сопоставьте столбцы клиента, даты и суммы на "
        "странице данных.",
    ),
    "ltv.missing_values": (
        "Some transactions have an empty or unreadable date or amount. Fix or remove those rows.",
        "У части транзакций пустая или нечитаемая дата или сумма. Исправьте или удалите эти строки.",
    ),
    "ltv.no_purchases": (
        "There are no purchases (only returns or no rows at all), so there is nothing to forecast.",
        "Покупок нет (только возвраты или нет строк), поэтому прогнозировать нечего.",
    ),
    "ltv.no_customers_in_calibration": (
        "No customer made a first purchase by {calibration_end}, the end of the calibration period. "
        "Choose a later end date.",
        "Ни один клиент не сделал первую покупку до {calibration_end} — конца периода обучения. "
        "Выберите более позднюю дату.",
    ),
    "ltv.holdout_order": (
        "The check period must end after the calibration period: calibration ends {calibration_end}, "
        "check period ends {holdout_end}. Choose a later end for the check period.",
        "Проверочный период должен заканчиваться после периода обучения: обучение до "
        "{calibration_end}, проверка до {holdout_end}. Выберите более позднюю дату конца проверки.",
    ),
    "ltv.holdout_needs_calibration_end": (
        "A check period ending {holdout_end} needs the end of the calibration period too: "
        "choose the calibration end date.",
        "Для проверочного периода до {holdout_end} нужна и дата конца периода обучения: выберите её.",
    ),
    "ltv.bad_time_unit": (
        "Unknown time unit “{value}”: choose days (D) or weeks (W).",
        "Неизвестная единица времени «{value}»: выберите дни (D) или недели (W).",
    ),
    "ltv.bad_choice": (
        "“{field}” cannot be “{value}”. Choose one of the offered options.",
        "«{field}» не может быть «{value}». Выберите один из предложенных вариантов.",
    ),
    "ltv.out_of_range": (
        "“{field}” must be between {low} and {high}; got {value}.",
        "«{field}» должно быть от {low} до {high}; получено {value}.",
    ),
    "ltv.not_converged": (
        "The {model} model could not be fitted to these data ({attempts} attempts from different "
        "starting points did not settle). Usually there are too few repeat buyers or too short a "
        "history: use a longer calibration period, more customers, or the other purchase model.",
        "Модель {model} не удалось подогнать к этим данным ({attempts} попыток с разных начальных "
        "точек не сошлись). Обычно слишком мало повторных покупателей или слишком короткая история: "
        "возьмите более длинный период обучения, больше клиентов или другую модель покупок.",
    ),
    "ltv.gg_nonpositive": (
        "{count} repeat buyer(s) have an average purchase value of zero or less, which the spend "
        "model cannot use. Choose whether to exclude them or raise them to a minimum value.",
        "У {count} повторных покупателей средняя сумма покупки нулевая или отрицательная — "
        "модель трат не может её использовать. Выберите: исключить их или поднять до минимальной суммы.",
    ),
    "ltv.no_repeat_purchases": (
        "Nobody bought more than once in the calibration period, so the models have nothing to "
        "learn repeat buying from. Choose a later end of the calibration period or load more history.",
        "За период обучения никто не купил больше одного раза, поэтому моделям не на чем учиться. "
        "Выберите более позднюю дату конца периода обучения или загрузите более длинную историю.",
    ),
    "ltv.no_repeat_buyers": (
        "No customer has a repeat purchase with a positive value, so spend per purchase cannot be "
        "estimated. Use a longer calibration period or more data.",
        "Ни у одного клиента нет повторной покупки с положительной суммой, поэтому оценить "
        "траты на покупку нельзя. Возьмите более длинный период обучения или больше данных.",
    ),
    "ltv.warn.few_repeat_buyers": (
        "Only {n} {n:customer|customers} bought more than once in the calibration period "
        "(at least {minimum} are advised): the forecasts are rough.",
        "Только {n} {n:клиент купил|клиента купили|клиентов купили} больше одного раза "
        "за период обучения (желательно не меньше {minimum}): прогнозы приблизительные.",
    ),
    "ltv.warn.short_history": (
        "The calibration period covers only {days} days (at least {minimum} are advised): the "
        "models cannot yet tell customers who left from customers who pause.",
        "Период обучения охватывает только {days} дн. (желательно не меньше {minimum}): модели "
        "пока не отличают ушедших клиентов от сделавших паузу.",
    ),
    "ltv.warn.nonpositive_spend_excluded": (
        "{n} repeat {n:buyer|buyers} with an average purchase value of zero or less "
        "{n:was|were} left out of the spend model; their spend forecast treats that value as zero.",
        "{n} {n:повторный покупатель|повторных покупателя|повторных покупателей} со средней "
        "суммой покупки ноль или меньше не {n:участвовал|участвовали|участвовали} в модели трат; "
        "в прогнозе их сумма считается нулевой.",
    ),
    "ltv.warn.nonpositive_spend_clipped": (
        "{n} repeat {n:buyer|buyers} with an average purchase value of zero or less "
        "{n:was|were} counted in the spend model at {floor}; their spend forecast treats that "
        "value as zero.",
        "{n} {n:повторный покупатель|повторных покупателя|повторных покупателей} со средней "
        "суммой покупки ноль или меньше {n:учтён|учтены|учтены} в модели трат со значением "
        "{floor}; в прогнозе их сумма считается нулевой.",
    ),
    "ltv.warn.first_after_calibration": (
        "{n} {n:customer|customers} made their first purchase after {calibration_end} and "
        "{n:is|are} not forecast: the models need them to be known by the end of the calibration "
        "period.",
        "{n} {n:клиент сделал|клиента сделали|клиентов сделали} первую покупку после "
        "{calibration_end} и не {n:прогнозируется|прогнозируются|прогнозируются}: модели должны "
        "видеть клиента до конца периода обучения.",
    ),
    "ltv.warn.return_only_days": (
        "{n} customer-{n:day|days} had only returns; {n:it is not counted as a purchase|they "
        "are not counted as purchases}.",
        "В {n} {n:клиенто-дне|клиенто-днях|клиенто-днях} были только возвраты; они не считаются покупками.",
    ),
    "ltv.warn.no_intervals": (
        "The {model} estimates are too uncertain to give CLV intervals (the likelihood is flat); "
        "the intervals are left empty.",
        "Оценки модели {model} слишком неопределённы для интервалов CLV (правдоподобие плоское); "
        "интервалы не показаны.",
    ),
    "ltv.warn.spend_mean_undefined": (
        "The spend model gives no finite average for customers without repeat purchases; their "
        "spend per purchase is set to the observed average of repeat purchases, {fallback}.",
        "Модель трат не даёт конечного среднего для клиентов без повторных покупок; для них "
        "сумма покупки принята равной наблюдаемому среднему повторных покупок, {fallback}.",
    ),
    "ltv.warn.comparison_failed": (
        "The {model} model could not be fitted for comparison; only the chosen model is shown.",
        "Модель {model} не удалось подогнать для сравнения; показана только выбранная модель.",
    ),
    "ltv.independence.weak": (
        "Spend per purchase hardly depends on how often customers buy (correlation {correlation} "
        "over {n} repeat buyers): the spend model's assumption holds well enough.",
        "Сумма покупки почти не зависит от частоты покупок (корреляция {correlation} по {n} "
        "повторным покупателям): допущение модели трат выполняется достаточно хорошо.",
    ),
    "ltv.independence.moderate": (
        "Spend per purchase is moderately related to how often customers buy (correlation "
        "{correlation} over {n} repeat buyers): use the spend forecast with care.",
        "Сумма покупки умеренно связана с частотой покупок (корреляция {correlation} по {n} "
        "повторным покупателям): прогноз трат используйте осторожно.",
    ),
    "ltv.independence.strong": (
        "Spend per purchase is strongly related to how often customers buy (correlation "
        "{correlation} over {n} repeat buyers): the spend model's assumption fails, do not rely on "
        "its forecast.",
        "Сумма покупки сильно связана с частотой покупок (корреляция {correlation} по {n} "
        "повторным покупателям): допущение модели трат нарушено, на её прогноз не полагайтесь.",
    ),
    "ltv.independence.undefined": (
        "Too few or too uniform repeat buyers ({n}) to check whether spend depends on frequency "
        "(correlation {correlation}).",
        "Слишком мало или слишком однородные повторные покупатели ({n}), чтобы проверить "
        "связь трат с частотой (корреляция {correlation}).",
    ),
}
