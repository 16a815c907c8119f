"""Messages of the predictive LTV models: errors, warnings and explanations."""

_ADVICE_EN = " Build the summary with the product's own summary step from the transactions."
_ADVICE_RU = " Постройте сводку по клиентам из транзакций встроенным шагом продукта."

MESSAGES = {
    "ltv.model.bgnbd": {"en": "BG/NBD", "ru": "BG/NBD"},
    "ltv.model.pareto_nbd": {"en": "Pareto/NBD", "ru": "Pareto/NBD"},
    "ltv.model.gamma_gamma": {"en": "Gamma-Gamma", "ru": "Gamma-Gamma"},
    "ltv.unit.D": {"en": "days", "ru": "дни"},
    "ltv.unit.W": {"en": "weeks", "ru": "недели"},
    "ltv.period.D": {"en": "day", "ru": "день"},
    "ltv.period.W": {"en": "week", "ru": "неделя"},
    "ltv.period.M": {"en": "month", "ru": "месяц"},
    "ltv.stage.summary": {"en": "Summarising each customer's purchases", "ru": "Сводка покупок по клиентам"},
    "ltv.stage.purchase_model": {"en": "Fitting the purchase model", "ru": "Подгонка модели покупок"},
    "ltv.stage.comparison": {
        "en": "Fitting the other model for comparison",
        "ru": "Подгонка второй модели для сравнения",
    },
    "ltv.stage.spend_model": {"en": "Fitting the spend model", "ru": "Подгонка модели трат"},
    "ltv.stage.intervals": {"en": "Computing CLV intervals", "ru": "Расчёт интервалов CLV"},
    "ltv.stage.validation": {"en": "Checking the forecast", "ru": "Проверка прогноза"},
    "ltv.stage.done": {"en": "Done", "ru": "Готово"},
    "ltv.bad_summary_lengths": {
        "en": "Frequency, recency and T must have one value per customer each." + _ADVICE_EN,
        "ru": "Частота, давность и T должны содержать по одному значению на клиента." + _ADVICE_RU,
    },
    "ltv.bad_summary_missing": {
        "en": "Some customers have no frequency, recency or T (empty or not a number)." + _ADVICE_EN,
        "ru": "У части клиентов нет частоты, давности или T (пусто или не число)." + _ADVICE_RU,
    },
    "ltv.bad_summary_frequency": {
        "en": "Frequency must be a whole number of repeat purchases, 0 or more." + _ADVICE_EN,
        "ru": "Частота должна быть целым числом повторных покупок, 0 или больше." + _ADVICE_RU,
    },
    "ltv.bad_summary_recency": {
        "en": "Recency must lie between 0 and T (the last purchase cannot be after the end of the "
        "calibration period)." + _ADVICE_EN,
        "ru": "Давность должна быть от 0 до T (последняя покупка не может быть позже конца "
        "периода обучения)." + _ADVICE_RU,
    },
    "ltv.bad_summary_recency_without_repeat": {
        "en": "A customer without repeat purchases must have recency 0." + _ADVICE_EN,
        "ru": "У клиента без повторных покупок давность должна быть 0." + _ADVICE_RU,
    },
    "ltv.bad_summary_weights": {
        "en": "Customer weights must be numbers of 0 or more, one per customer.",
        "ru": "Веса клиентов должны быть числами не меньше 0, по одному на клиента.",
    },
    "ltv.missing_columns": {
        "en": "The transactions lack the column(s) {columns}. Map the customer, date and amount columns "
        "on the data page.",
        "ru": "В транзакциях нет столбцов: {columns}. Сопоставьте столбцы клиента, даты и суммы на "
        "странице данных.",
    },
    "ltv.missing_values": {
        "en": "Some transactions have an empty or unreadable date or amount. Fix or remove those rows.",
        "ru": "У части транзакций пустая или нечитаемая дата или сумма. Исправьте или удалите эти строки.",
    },
    "ltv.no_purchases": {
        "en": "There are no purchases (only returns or no rows at all), so there is nothing to forecast.",
        "ru": "Покупок нет (только возвраты или нет строк), поэтому прогнозировать нечего.",
    },
    "ltv.no_customers_in_calibration": {
        "en": "No customer made a first purchase by {calibration_end}, the end of the calibration period. "
        "Choose a later end date.",
        "ru": "Ни один клиент не сделал первую покупку до {calibration_end} — конца периода обучения. "
        "Выберите более позднюю дату.",
    },
    "ltv.holdout_order": {
        "en": "The check period must end after the calibration period: calibration ends {calibration_end}, "
        "check period ends {holdout_end}. Choose a later end for the check period.",
        "ru": "Проверочный период должен заканчиваться после периода обучения: обучение до "
        "{calibration_end}, проверка до {holdout_end}. Выберите более позднюю дату конца проверки.",
    },
    "ltv.holdout_needs_calibration_end": {
        "en": "A check period ending {holdout_end} needs the end of the calibration period too: "
        "choose the calibration end date.",
        "ru": "Для проверочного периода до {holdout_end} нужна и дата конца периода обучения: выберите её.",
    },
    "ltv.bad_time_unit": {
        "en": "Unknown time unit “{value}”: choose days (D) or weeks (W).",
        "ru": "Неизвестная единица времени «{value}»: выберите дни (D) или недели (W).",
    },
    "ltv.bad_choice": {
        "en": "“{field}” cannot be “{value}”. Choose one of the offered options.",
        "ru": "«{field}» не может быть «{value}». Выберите один из предложенных вариантов.",
    },
    "ltv.out_of_range": {
        "en": "“{field}” must be between {low} and {high}; got {value}.",
        "ru": "«{field}» должно быть от {low} до {high}; получено {value}.",
    },
    "ltv.not_converged": {
        "en": "The {model} model could not be fitted to these data ({attempts} attempts from different "
        "starting points did not settle). Usually there are too few repeat buyers or too short a "
        "history: use a longer calibration period, more customers, or the other purchase model.",
        "ru": "Модель {model} не удалось подогнать к этим данным ({attempts} попыток с разных начальных "
        "точек не сошлись). Обычно слишком мало повторных покупателей или слишком короткая история: "
        "возьмите более длинный период обучения, больше клиентов или другую модель покупок.",
    },
    "ltv.gg_nonpositive": {
        "en": "{count} repeat buyer(s) have an average purchase value of zero or less, which the spend "
        "model cannot use. Choose whether to exclude them or raise them to a minimum value.",
        "ru": "У {count} повторных покупателей средняя сумма покупки нулевая или отрицательная — "
        "модель трат не может её использовать. Выберите: исключить их или поднять до минимальной суммы.",
    },
    "ltv.no_repeat_purchases": {
        "en": "Nobody bought more than once in the calibration period, so the models have nothing to "
        "learn repeat buying from. Choose a later end of the calibration period or load more history.",
        "ru": "За период обучения никто не купил больше одного раза, поэтому моделям не на чем учиться. "
        "Выберите более позднюю дату конца периода обучения или загрузите более длинную историю.",
    },
    "ltv.no_repeat_buyers": {
        "en": "No customer has a repeat purchase with a positive value, so spend per purchase cannot be "
        "estimated. Use a longer calibration period or more data.",
        "ru": "Ни у одного клиента нет повторной покупки с положительной суммой, поэтому оценить "
        "траты на покупку нельзя. Возьмите более длинный период обучения или больше данных.",
    },
    "ltv.warn.few_repeat_buyers": {
        "en": "Only {n} {n:customer|customers} bought more than once in the calibration period "
        "(at least {minimum} are advised): the forecasts are rough.",
        "ru": "Только {n} {n:клиент купил|клиента купили|клиентов купили} больше одного раза "
        "за период обучения (желательно не меньше {minimum}): прогнозы приблизительные.",
    },
    "ltv.warn.short_history": {
        "en": "The calibration period covers only {days} days (at least {minimum} are advised): the "
        "models cannot yet tell customers who left from customers who pause.",
        "ru": "Период обучения охватывает только {days} дн. (желательно не меньше {minimum}): модели "
        "пока не отличают ушедших клиентов от сделавших паузу.",
    },
    "ltv.warn.nonpositive_spend_excluded": {
        "en": "{n} repeat {n:buyer|buyers} with an average purchase value of zero or less "
        "{n:was|were} left out of the spend model; their spend forecast treats that value as zero.",
        "ru": "{n} {n:повторный покупатель|повторных покупателя|повторных покупателей} со средней "
        "суммой покупки ноль или меньше не {n:участвовал|участвовали|участвовали} в модели трат; "
        "в прогнозе их сумма считается нулевой.",
    },
    "ltv.warn.nonpositive_spend_clipped": {
        "en": "{n} repeat {n:buyer|buyers} with an average purchase value of zero or less "
        "{n:was|were} counted in the spend model at {floor}; their spend forecast treats that "
        "value as zero.",
        "ru": "{n} {n:повторный покупатель|повторных покупателя|повторных покупателей} со средней "
        "суммой покупки ноль или меньше {n:учтён|учтены|учтены} в модели трат со значением "
        "{floor}; в прогнозе их сумма считается нулевой.",
    },
    "ltv.warn.first_after_calibration": {
        "en": "{n} {n:customer|customers} made their first purchase after {calibration_end} and "
        "{n:is|are} not forecast: the models need them to be known by the end of the calibration "
        "period.",
        "ru": "{n} {n:клиент сделал|клиента сделали|клиентов сделали} первую покупку после "
        "{calibration_end} и не {n:прогнозируется|прогнозируются|прогнозируются}: модели должны "
        "видеть клиента до конца периода обучения.",
    },
    "ltv.warn.return_only_days": {
        "en": "{n} customer-{n:day|days} had only returns; {n:it is not counted as a purchase|they "
        "are not counted as purchases}.",
        "ru": "В {n} {n:клиенто-дне|клиенто-днях|клиенто-днях} были только возвраты; они не "
        "считаются покупками.",
    },
    "ltv.warn.no_intervals": {
        "en": "The {model} estimates are too uncertain to give CLV intervals (the likelihood is flat); "
        "the intervals are left empty.",
        "ru": "Оценки модели {model} слишком неопределённы для интервалов CLV (правдоподобие плоское); "
        "интервалы не показаны.",
    },
    "ltv.warn.spend_mean_undefined": {
        "en": "The spend model gives no finite average for customers without repeat purchases; their "
        "spend per purchase is set to the observed average of repeat purchases, {fallback}.",
        "ru": "Модель трат не даёт конечного среднего для клиентов без повторных покупок; для них "
        "сумма покупки принята равной наблюдаемому среднему повторных покупок, {fallback}.",
    },
    "ltv.warn.comparison_failed": {
        "en": "The {model} model could not be fitted for comparison; only the chosen model is shown.",
        "ru": "Модель {model} не удалось подогнать для сравнения; показана только выбранная модель.",
    },
    "ltv.independence.weak": {
        "en": "Spend per purchase hardly depends on how often customers buy (correlation {correlation} "
        "over {n} repeat buyers): the spend model's assumption holds well enough.",
        "ru": "Сумма покупки почти не зависит от частоты покупок (корреляция {correlation} по {n} "
        "повторным покупателям): допущение модели трат выполняется достаточно хорошо.",
    },
    "ltv.independence.moderate": {
        "en": "Spend per purchase is moderately related to how often customers buy (correlation "
        "{correlation} over {n} repeat buyers): use the spend forecast with care.",
        "ru": "Сумма покупки умеренно связана с частотой покупок (корреляция {correlation} по {n} "
        "повторным покупателям): прогноз трат используйте осторожно.",
    },
    "ltv.independence.strong": {
        "en": "Spend per purchase is strongly related to how often customers buy (correlation "
        "{correlation} over {n} repeat buyers): the spend model's assumption fails, do not rely on "
        "its forecast.",
        "ru": "Сумма покупки сильно связана с частотой покупок (корреляция {correlation} по {n} "
        "повторным покупателям): допущение модели трат нарушено, на её прогноз не полагайтесь.",
    },
    "ltv.independence.undefined": {
        "en": "Too few or too uniform repeat buyers ({n}) to check whether spend depends on frequency "
        "(correlation {correlation}).",
        "ru": "Слишком мало или слишком однородные повторные покупатели ({n}), чтобы проверить "
        "связь трат с частотой (корреляция {correlation}).",
    },
}
