"""Messages about classification settings: ABC, XYZ, loyalty × profitability."""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    "classify.abc_cuts": (
        "The ABC thresholds must grow from A to B and stay within 0–100 %: "
        "0 < A < B ≤ 1. Got A = {a}, B = {b}. Move the A threshold below the B threshold.",
        "Границы ABC должны расти от A к B и оставаться в пределах 0–100 %: "
        "0 < A < B ≤ 1. Получено A = {a}, B = {b}. Сделайте границу A меньше границы B.",
    ),
    "classify.xyz_cuts": (
        "The XYZ thresholds (coefficient of variation) must be positive and grow from X "
        "to Y: 0 < X < Y. Got X = {x}, Y = {y}. Make the X threshold smaller than Y.",
        "Границы XYZ (коэффициент вариации) должны быть положительными и расти от X "
        "к Y: 0 < X < Y. Получено X = {x}, Y = {y}. Сделайте границу X меньше границы Y.",
    ),
    "classify.min_periods": (
        "The minimum history for XYZ must be at least 2 periods (one period has no "
        "variation to measure); got {value}.",
        "Минимальная история для XYZ — не меньше 2 периодов (по одному периоду "
        "колебания не измерить); получено {value}.",
    ),
    "classify.weight_negative": (
        "The loyalty weight of “{name}” must be a number of zero or more; got {value}.",
        "Вес «{name}» в оценке лояльности должен быть числом от нуля и больше; получено {value}.",
    ),
    "classify.weights_zero": (
        "All loyalty weights are zero, so loyalty cannot be measured. "
        "Give at least one criterion a positive weight.",
        "Все веса лояльности равны нулю, и лояльность измерить нельзя. "
        "Задайте хотя бы одному критерию положительный вес.",
    ),
    "classify.extra_weights_syntax": (
        "The attribute weights “{text}” cannot be read. Write them as column:weight "
        "pairs separated by semicolons, each column once, "
        "for example loyalty_member:0.2;referrals:0.1.",
        "Не удаётся прочитать веса атрибутов «{text}». Запишите их парами "
        "столбец:вес через точку с запятой, каждый столбец один раз, "
        "например loyalty_member:0.2;referrals:0.1.",
    ),
    "classify.unknown_attribute": (
        "The loyalty score is told to use the column “{name}”, but the customer table "
        "has no such column. Check the attributes file or remove this weight.",
        "Для оценки лояльности указан столбец «{name}», но в таблице клиентов его нет. "
        "Проверьте файл атрибутов или уберите этот вес.",
    ),
    "classify.attribute_not_numeric": (
        "The column “{name}” holds text; only yes/no values and numbers can enter the "
        "loyalty score. Convert it to numbers or remove its weight.",
        "В столбце «{name}» текст; в оценку лояльности входят только значения да/нет и "
        "числа. Переведите его в числа или уберите его вес.",
    ),
    "classify.split_range": (
        "“{field}” is a share of customers and must lie strictly between 0 and 1; got {value}.",
        "«{field}» — доля клиентов и должна быть строго между 0 и 1; получено {value}.",
    ),
    "classify.split_value": (
        "The profit threshold must be a finite number; got {value}.",
        "Граница прибыльности должна быть конечным числом; получено {value}.",
    ),
    "classify.basis_missing": (
        "Ranking by “{basis}” needs the column “{column}”, which this data does not "
        "provide (margin needs a cost column in the file). Choose revenue or another basis.",
        "Для ранжирования по «{basis}» нужен столбец «{column}», которого в этих данных "
        "нет (для маржи в файле нужен столбец себестоимости). Выберите выручку или другую "
        "основу.",
    ),
    "classify.clv_missing": (
        "Predicted CLV is not available yet: it comes from the predictive model. Open "
        "“Customer value (LTV)”, choose “Predicted CLV” and let the model fit, or choose "
        "another basis.",
        "Прогнозный CLV пока недоступен: он получается из прогнозной модели. Откройте "
        "«Ценность клиента (LTV)», выберите «Прогнозный CLV» и дождитесь подгонки модели "
        "или выберите другую основу.",
    ),
    "classify.no_history": (
        "No customer has at least {min_periods} periods of history with a defined "
        "variation, so XYZ thresholds cannot be suggested. Choose a shorter period "
        "(for example weeks) or lower the minimum history.",
        "Ни у одного клиента нет истории хотя бы в {min_periods} периодов с "
        "определённым коэффициентом вариации, поэтому границы XYZ подобрать нельзя. "
        "Выберите период короче (например, неделю) или уменьшите минимальную историю.",
    ),
    "classify.top_share_range": (
        "The share of top customers must be more than 0 % and at most 100 %; got {value}.",
        "Доля лучших клиентов должна быть больше 0 % и не больше 100 %; получено {value}.",
    ),
}
