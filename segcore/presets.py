"""Named presets: ABC cut-off pairs, quadrant splits, and what each industry weighs in loyalty.

Plain tables, read by the settings objects of :mod:`segcore.settings` (which re-exports
them) and shown by the app next to the controls they fill in.
"""

from __future__ import annotations

__all__ = [
    "ABC_PRESETS",
    "INDUSTRY_PRESETS",
    "LOWER_IS_BETTER",
    "LOYALTY_COMPONENTS",
    "PRESET_ATTRIBUTES",
    "PRESET_LOWER_IS_BETTER",
    "QUADRANT_SPLITS",
]

#: Named ABC cut-off pairs (cumulative shares for A and for A+B). ``60/90`` is the
#: consultancies' key group: the customers who give the first 60 % of turnover.
ABC_PRESETS: dict[str, tuple[float, float]] = {
    "80/95": (0.80, 0.95),
    "70/90": (0.70, 0.90),
    "60/90": (0.60, 0.90),
    "50/80": (0.50, 0.80),
}

#: Named splits of the loyalty × profitability square (loyalty percentile, profit
#: percentile). ``median``: both axes at the median, so quadrant III holds roughly a third
#: of the customers when loyalty and profit go together. ``pareto_core``: quadrant III
#: is the top 20 % by profit among the more loyal half, close to the sources' core (the
#: Pareto 20 % that brings most of the revenue).
QUADRANT_SPLITS: dict[str, tuple[float, float]] = {
    "median": (0.5, 0.5),
    "pareto_core": (0.5, 0.8),
}

#: The four behavioural parts of the loyalty score, in this order everywhere.
LOYALTY_COMPONENTS: tuple[str, ...] = ("frequency", "tenure", "recency", "regularity")

#: Weights of the loyalty score per industry (each row sums to 1).
#:
#: - ``retail``: shoppers are judged by how often they come and whether they still come
#:   (frequency and recency); visits are irregular by nature, so regularity counts less.
#: - ``consumer_goods``: makers sell repeat, replenished goods, so frequency and the
#:   steadiness of buying (regularity) carry the score.
#: - ``b2b`` (and services): contracts run for years and orders follow a rhythm, so the
#:   length of the relationship (tenure) and regularity matter most; the number of orders
#:   reflects contract size more than loyalty.
#: - ``finance``: banks and insurers value the duration of the relationship above all;
#:   the products held and the assets come from an attributes file
#:   (see :data:`PRESET_ATTRIBUTES`).
INDUSTRY_PRESETS: dict[str, dict[str, float]] = {
    "retail": {"frequency": 0.35, "tenure": 0.15, "recency": 0.35, "regularity": 0.15},
    "consumer_goods": {"frequency": 0.35, "tenure": 0.15, "recency": 0.15, "regularity": 0.35},
    "b2b": {"frequency": 0.15, "tenure": 0.35, "recency": 0.15, "regularity": 0.35},
    "finance": {"frequency": 0.10, "tenure": 0.50, "recency": 0.15, "regularity": 0.25},
}

#: Attribute columns a preset adds to the loyalty score when the customer table has them
#: (weights on the same scale as :data:`INDUSTRY_PRESETS`; explicit ``extra_weights`` win).
PRESET_ATTRIBUTES: dict[str, dict[str, float]] = {
    "b2b": {"payment_delay_days": 0.15},
    "finance": {"products_held": 0.25, "assets": 0.15},
}

#: Attribute columns where less is more loyal: paying late and sending goods back are not
#: loyalty. The loyalty score ranks them in reverse (the default of every preset).
LOWER_IS_BETTER: tuple[str, ...] = ("payment_delay_days", "return_rate", "returns")

#: The lower-is-better attributes each industry preset sets (its own attributes included).
PRESET_LOWER_IS_BETTER: dict[str, tuple[str, ...]] = {
    "retail": LOWER_IS_BETTER,
    "consumer_goods": LOWER_IS_BETTER,
    "b2b": LOWER_IS_BETTER,
    "finance": (*LOWER_IS_BETTER, "overdue_loans"),
}
