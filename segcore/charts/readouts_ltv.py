"""Readouts of the predicted-value charts: CLV and P(alive) histograms, CLV per segment, the checks.

Each function takes the data its chart is drawn from (the forecast per customer, the
per-segment comparison, the holdout table and the cumulative tracking of
:mod:`segcore.ltv.validation`) and gives one or two sentences in ``lang``; money carries the
``currency`` sign the page passes (none by default).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from segcore.charts.readouts_analysis import TOP_VALUE, where
from segcore.charts.readouts_base import count, finite, is_number, money, percent, setting, top_value_share
from segcore.i18n import t
from segcore.i18n.format import fmt_date, fmt_int

__all__ = [
    "ALIVE_HIGH",
    "ALIVE_LOW",
    "alive_histogram",
    "clv_by_segment",
    "clv_histogram",
    "cumulative_tracking",
    "holdout_bars",
]

#: P(alive) from which a customer counts as probably still buying.
ALIVE_HIGH = 0.5
#: P(alive) below which a customer counts as probably gone.
ALIVE_LOW = 0.2


def clv_histogram(
    values: Sequence[float] | np.ndarray, lang: str, months: int = 12, currency: str = ""
) -> str:
    """Give the median and mean predicted CLV over ``months`` and the share the top 10 % hold."""
    clv = finite(values)
    if clv.size == 0:
        return t("readout.clv.empty", lang)
    horizon = fmt_int(int(months), lang)
    median, mean = money(float(np.median(clv)), lang, currency), money(float(clv.mean()), lang, currency)
    share = top_value_share(clv, TOP_VALUE)
    if not is_number(share):
        return t("readout.clv.no_total", lang, months=horizon, median=median, mean=mean)
    return t(
        "readout.clv",
        lang,
        months=horizon,
        median=median,
        mean=mean,
        top=setting(TOP_VALUE, lang),
        top_share=percent(share, lang),
    )


def alive_histogram(p_alive: Sequence[float] | np.ndarray, lang: str) -> str:
    """Give the share of customers probably still buying and how many are probably gone."""
    alive = finite(p_alive)
    if alive.size == 0:
        return t("readout.alive.empty", lang)
    return t(
        "readout.alive",
        lang,
        share=percent(float(np.mean(alive >= ALIVE_HIGH)), lang),
        high=setting(ALIVE_HIGH, lang),
        low=count(int(np.sum(alive < ALIVE_LOW)), lang),
        low_cut=setting(ALIVE_LOW, lang),
    )


def clv_by_segment(frame: pd.DataFrame, lang: str, kind: str = "cell", currency: str = "") -> str:
    """Give the segment with the most predicted value, its share of the forecast and its simple LTV.

    ``frame``: one row per segment with ``segment``, ``predicted`` (total CLV) and
    ``simple`` (total simple LTV); ``kind``: ``cell`` or ``quadrant``.
    """
    predicted = _cleaned(frame["predicted"])
    total = float(predicted.clip(lower=0.0).sum())
    if frame.empty or not total > 0:
        return t("readout.clv_segments.empty", lang)
    best = predicted.idxmax()
    return t(
        "readout.clv_segments",
        lang,
        where=where(str(frame.loc[best, "segment"]), kind, lang),
        value=money(predicted[best], lang, currency),
        share=percent(predicted[best] / total, lang),
        simple=money(_cleaned(frame["simple"])[best], lang, currency),
    )


def _cleaned(column: pd.Series) -> pd.Series:
    """Give a column of money as numbers, missing and infinite values as 0."""
    numbers = pd.to_numeric(column, errors="coerce").astype(float)
    return numbers.where(np.isfinite(numbers), 0.0)


def _against(actual: float, predicted: float) -> tuple[str, float]:
    """Give over / under / same and the size of the gap of a forecast against what happened."""
    gap = predicted / actual - 1.0
    if round(gap * 100, 1) == 0:
        return "same", 0.0
    return ("over" if gap > 0 else "under"), abs(gap)


def holdout_bars(by_frequency: pd.DataFrame, lang: str) -> str:
    """Give the repeat purchases made in the check period against those the model expected.

    ``by_frequency``: :func:`segcore.ltv.validation.holdout_by_frequency` (``actual_total``,
    ``predicted_total`` per group); the totals are summed over the groups.
    """
    actual = float(finite(by_frequency["actual_total"]).sum())
    predicted = float(finite(by_frequency["predicted_total"]).sum())
    if not actual > 0:
        return t("readout.holdout.none", lang)
    side, gap = _against(actual, predicted)
    made, expected, size = count(actual, lang), fmt_int(round(predicted), lang), percent(gap, lang)
    if side == "over":
        return t("readout.holdout.over", lang, actual=made, predicted=expected, gap=size)
    if side == "under":
        return t("readout.holdout.under", lang, actual=made, predicted=expected, gap=size)
    return t("readout.holdout.same", lang, actual=made)


def cumulative_tracking(tracking: pd.DataFrame, lang: str) -> str:
    """Give the cumulative repeat purchases at the last tracked day against the model's expectation.

    ``tracking``: :func:`segcore.ltv.validation.cumulative_tracking` (``period_end``,
    cumulative ``actual`` and ``predicted``).
    """
    if tracking.empty or not float(tracking["actual"].iloc[-1]) > 0:
        return t("readout.tracking.none", lang)
    last = tracking.iloc[-1]
    actual, predicted = float(last["actual"]), float(last["predicted"])
    if not is_number(predicted):
        return t("readout.tracking.none", lang)
    side, gap = _against(actual, predicted)
    day, made = fmt_date(last["period_end"], lang), count(actual, lang)
    expected, size = fmt_int(round(predicted), lang), percent(gap, lang)
    if side == "over":
        return t("readout.tracking.over", lang, date=day, actual=made, predicted=expected, gap=size)
    if side == "under":
        return t("readout.tracking.under", lang, date=day, actual=made, predicted=expected, gap=size)
    return t("readout.tracking.same", lang, date=day, actual=made)
