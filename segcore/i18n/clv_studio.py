"""Messages of the forward-looking predicted CLV, its model check, the fit pool and the scenario library."""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the forecast in words (segcore.ltv.outlook) ---
    "ltv.outlook.total": (
        "Over the next {months} {months_word} the model expects about {purchases} purchases worth {value}. "
        "Customers probably still buying (P(alive) ≥ {cut}): {active} of {customers}.",
        "За следующие {months} {months_word} модель ожидает около {purchases} покупок на {value}. "
        "Клиентов, которые, вероятно, ещё покупают (P(активен) ≥ {cut}): {active} из {customers}.",
    ),
    "ltv.stage.customers": ("Forecasting each customer", "Прогноз по каждому клиенту"),
    "ltv.outlook.months_word": ("month|months", "месяц|месяца|месяцев"),
    "ltv.outlook.top": (
        "The {top} customers worth the most bring {share} of it.",
        "Самые ценные клиенты ({top}) дают {share} этой суммы.",
    ),
    # --- the business view ---
    "ui.clv_studio.intro": (
        "What each customer is likely to bring in the coming months, learnt from the whole history.",
        "Что каждый клиент, вероятно, принесёт в ближайшие месяцы — по всей истории покупок.",
    ),
    "ui.clv_studio.intro_simple": (
        "A rule of thumb from each customer's own history, not a forecast: it does not know who "
        "has already left. How it is counted, with an example, is right below the chart.",
        "Оценка по собственной истории клиента, а не прогноз: она не знает, кто уже ушёл. Как она "
        "считается, с примером, — сразу под графиком.",
    ),
    "ui.clv_studio.forward_note": (
        "Fitted on {start} – {end}; the forecast covers the {months} months after {end}.",
        "Модели обучены на {start} – {end}; прогноз — на {months} мес. после {end}.",
    ),
    "ui.clv_studio.top_title": (
        "Customers worth the most over the next {months} months",
        "Самые ценные клиенты на следующие {months} мес.",
    ),
    "ui.clv_studio.top_subtitle": (
        "Expected value (with margin, discounted); the thin line is the {level} interval",
        "Ожидаемая ценность (с маржой, дисконтированная); тонкая линия — интервал {level}",
    ),
    "ui.clv_studio.top_x": ("Expected value, {months} months", "Ожидаемая ценность за {months} мес."),
    "ui.clv_studio.top_y": ("Customer", "Клиент"),
    "ui.clv_studio.m_value": ("Value, next {months} mo.", "Ценность за {months} мес."),
    "ui.clv_studio.exact": ("Exactly: {value}.", "Точно: {value}."),
    "ui.clv_studio.m_value_help": (
        "The sum of every customer's expected value over the horizon: expected purchases × expected "
        "spend per purchase × margin, discounted.",
        "Сумма ожидаемой ценности всех клиентов за горизонт: ожидаемые покупки × ожидаемая сумма покупки "
        "× маржа, с дисконтированием.",
    ),
    "ui.clv_studio.m_purchases": ("Expected purchases", "Ожидаемые покупки"),
    "ui.clv_studio.m_purchases_help": (
        "How many purchases all customers together are expected to make over the horizon.",
        "Сколько покупок все клиенты вместе, по прогнозу, сделают за горизонт.",
    ),
    "ui.clv_studio.m_active": ("Probably still buying", "Вероятно, ещё покупают"),
    "ui.clv_studio.m_active_help": (
        "Customers whose probability of still being a customer (P(alive)) is at least {cut}.",
        "Клиенты, у которых вероятность остаться клиентом (P(активен)) не меньше {cut}.",
    ),
    # --- the model check ---
    "ui.clv_studio.check": (
        "Model check: statistics and backtest",
        "Проверка модели: статистика и проверка на прошлом",
    ),
    "ui.clv_studio.check_intro": (
        "For analysts: how well the models fit the whole history, and a backtest that fits them on the "
        "earlier part and compares the forecast with what happened after.",
        "Для аналитиков: насколько модели подходят ко всей истории, и проверка на прошлом: модели обучаются "
        "на начале истории, а прогноз сравнивается с тем, что было потом.",
    ),
    "ui.clv_studio.backtest": ("Run a backtest", "Проверить на прошлом"),
    "ui.clv_studio.backtest_help": (
        "Fits the models again up to the date you choose and compares their forecast with the purchases "
        "that came after it. A second fit: it takes as long as the first.",
        "Ещё раз обучает модели до выбранной даты и сравнивает их прогноз с покупками после неё. "
        "Это второй расчёт: он занимает столько же времени, сколько первый.",
    ),
    # --- the fit in the background ---
    "ui.clv_studio.fitting": ("Fitting the models in the background…", "Модели рассчитываются в фоне…"),
    "ui.clv_studio.queued": (
        "Waiting for the model worker: other fits are ahead in the queue.",
        "Ждём свободного исполнителя: впереди в очереди другие расчёты.",
    ),
    "ui.clv_studio.cancel": ("Cancel", "Отменить"),
    "ui.clv_studio.cancelled": (
        "The fit was cancelled. Change a setting or fit again when you are ready.",
        "Расчёт отменён. Измените настройку или запустите расчёт снова, когда будете готовы.",
    ),
    "ui.clv_studio.refit": ("Fit again", "Рассчитать снова"),
    "ui.clv_studio.fit_time": ("Fitted in {seconds} s.", "Расчёт занял {seconds} с."),
    # --- the scenario library ---
    "ui.scenario_library.title": ("Scenario library", "Библиотека сценариев"),
    "ui.scenario_library.intro": (
        "Keep the scenarios you want to come back to in this session: save the current one under a name, "
        "load one back, rename it, or put any two side by side.",
        "Сохраняйте сценарии, к которым хотите вернуться в этом сеансе: сохраните текущий под именем, "
        "загрузите сохранённый, переименуйте его или сравните любые два рядом.",
    ),
    "ui.scenario_library.name": ("Name for Scenario 1", "Название для сценария 1"),
    "ui.scenario_library.default_name": ("Scenario {n}", "Сценарий {n}"),
    "ui.scenario_library.save": ("Save Scenario 1", "Сохранить сценарий 1"),
    "ui.scenario_library.saved": ("Saved as “{name}”.", "Сохранено как «{name}»."),
    "ui.scenario_library.replaced": (
        "“{name}” now holds the current scenario.",
        "«{name}» теперь хранит текущий сценарий.",
    ),
    "ui.scenario_library.empty": (
        "No saved scenarios yet: save the current one to start the library.",
        "Сохранённых сценариев пока нет: сохраните текущий, чтобы начать библиотеку.",
    ),
    "ui.scenario_library.chosen": ("Saved scenario", "Сохранённый сценарий"),
    "ui.scenario_library.load": ("Make Scenario 1", "Сделать сценарием 1"),
    "ui.scenario_library.load_b": ("Make Scenario 2", "Сделать сценарием 2"),
    "ui.scenario_library.loaded": ("“{name}” is now Scenario {n}.", "«{name}» теперь сценарий {n}."),
    "ui.scenario_library.new_name": ("New name", "Новое название"),
    "ui.scenario_library.rename": ("Rename", "Переименовать"),
    "ui.scenario_library.renamed": ("Renamed to “{name}”.", "Переименовано в «{name}»."),
    "ui.scenario_library.delete": ("Delete", "Удалить"),
    "ui.scenario_library.name_taken": (
        "A saved scenario is already called “{name}”.",
        "Сценарий с названием «{name}» уже есть.",
    ),
    "ui.scenario_library.name_empty": ("Give the scenario a name.", "Дайте сценарию название."),
    "ui.scenario_library.compare": ("Compare two saved scenarios", "Сравнить два сохранённых сценария"),
    "ui.scenario_library.compare_first": ("First", "Первый"),
    "ui.scenario_library.compare_second": ("Second", "Второй"),
    "ui.scenario_library.compare_button": ("Compare side by side", "Сравнить рядом"),
    "ui.scenario_library.compare_note": (
        "“{first}” is now Scenario 1 and “{second}” Scenario 2: the comparison below shows them "
        "side by side.",
        "«{first}» теперь сценарий 1, «{second}» — сценарий 2: сравнение ниже показывает их рядом.",
    ),
    "ui.scenario_library.col.name": ("Name", "Название"),
    "ui.scenario_library.col.summary": ("Cut-offs", "Границы"),
    "ui.scenario_library.b_copy_note": (
        "Scenario 2 starts as a copy of Scenario 1: change its cut-offs to see who moves.",
        "Сценарий 2 начинается как копия сценария 1: измените его границы, чтобы увидеть, кто переходит.",
    ),
}
