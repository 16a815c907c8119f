"""Readouts of the dynamics charts: periods, growth, customer base, cohorts, golden share, plan.

Each function takes the frame its chart is drawn from (see :mod:`segcore.dynamics` and
:mod:`segcore.dynamics.plan`; period labels are used as the frame has them, so a page that
relabels its periods gets its own labels back) and gives one or two sentences in ``lang``;
money carries the ``currency`` sign the page passes (none by default).
"The last period" is the last complete one, as in the pages' headlines; a part-period is
quoted only when no period is complete.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from segcore.charts.readouts_base import (
    count,
    is_number,
    last_row,
    money,
    percent,
    segment_name,
    signed_money,
    signed_number,
    signed_percent,
)
from segcore.dynamics import NO_SEGMENT, GoldenShare
from segcore.dynamics.plan import TOTAL
from segcore.i18n import t

__all__ = [
    "base_flow",
    "cohort_heatmap",
    "golden_share",
    "growth",
    "growth_chart",
    "live_base",
    "period_chart",
    "period_totals",
    "plan_chart",
    "variance_chart",
]

_METRICS = ("revenue", "customers", "orders", "avg_check")
_HEADS = {
    "revenue": "readout.periods.revenue",
    "customers": "readout.periods.customers",
    "orders": "readout.periods.orders",
    "avg_check": "readout.periods.avg_check",
}
_WORDS = {
    "revenue": "readout.metric.revenue",
    "customers": "readout.metric.customers",
    "orders": "readout.metric.orders",
    "avg_check": "readout.metric.avg_check",
}
_SUFFIXES = ("", "_year_ago", "_previous")


def growth(current: Any, base: Any) -> float:
    """Give current / base − 1, NaN when the base is missing, zero or negative (as the frames do)."""
    if not (is_number(current) and is_number(base)) or not float(base) > 0:
        return float("nan")
    return float(current) / float(base) - 1.0


def period_totals(frame: pd.DataFrame) -> pd.DataFrame:
    """Give one row per period of :func:`~segcore.dynamics.period_comparison`, segments summed.

    Revenue, customers and orders (each customer is in one segment) add up; the average
    check is rebuilt from purchases (average check × orders) over orders, for the period,
    a year earlier and the period before.
    """
    work = frame.copy()
    columns = []
    for suffix in _SUFFIXES:
        orders = pd.to_numeric(work[f"orders{suffix}"], errors="coerce")
        check = pd.to_numeric(work[f"avg_check{suffix}"], errors="coerce").fillna(0.0)
        work[f"purchases{suffix}"] = (check * orders).where(orders.notna())
        columns += [f"{m}{suffix}" for m in ("revenue", "customers", "orders", "purchases")]
    grouped = work.groupby("period", sort=True)
    totals = grouped[columns].sum(min_count=1)
    totals["label"] = grouped["label"].first()
    totals["complete"] = grouped["complete"].first().astype(bool)
    for suffix in _SUFFIXES:
        orders = totals[f"orders{suffix}"]
        totals[f"avg_check{suffix}"] = totals[f"purchases{suffix}"] / orders.where(orders > 0)
    return totals.reset_index()


def _value(row: pd.Series, metric: str, lang: str, currency: str) -> object:
    money_metric = metric in ("revenue", "avg_check")
    return money(row[metric], lang, currency) if money_metric else count(row[metric], lang)


def _best_segment(frame: pd.DataFrame, period: object, metric: str, lang: str) -> str | None:
    """Give the sentence on the segment whose metric changed best year over year in ``period``."""
    rows = frame[(frame["period"] == period) & (frame["segment"].astype(str) != NO_SEGMENT)]
    changes = [(growth(r[metric], r[f"{metric}_year_ago"]), str(r["segment"])) for _, r in rows.iterrows()]
    changes = [(change, code) for change, code in changes if is_number(change)]
    if not changes:
        return None
    change, code = max(changes, key=lambda pair: pair[0])
    return t(
        "readout.periods.best_segment",
        lang,
        segment=segment_name(code, lang),
        change=signed_percent(change, lang),
    )


def _with_segments(sentence: str, frame: pd.DataFrame, period: object, metric: str, lang: str) -> str:
    best = _best_segment(frame, period, metric, lang) if "segment" in frame.columns else None
    return sentence if best is None else f"{sentence} {best}"


def period_chart(frame: pd.DataFrame, lang: str, metric: str = "revenue", currency: str = "") -> str:
    """Give the metric in the last period and its change year over year (else period over period).

    ``frame``: :func:`~segcore.dynamics.period_comparison`, in total or by segment; by
    segment the total is quoted and the segment that changed best is named.
    """
    if frame.empty:
        return t("readout.periods.empty", lang)
    row = last_row(period_totals(frame))
    period = str(row["label"])
    if not (is_number(row["customers"]) and row["customers"] > 0 and is_number(row[metric])):
        return t("readout.periods.no_sales", lang, metric=t(_WORDS[metric], lang), period=period)
    head = t(_HEADS[metric], lang, period=period, value=_value(row, metric, lang, currency))
    yoy = growth(row[metric], row[f"{metric}_year_ago"])
    pop = growth(row[metric], row[f"{metric}_previous"])
    if is_number(yoy):
        sentence = t("readout.periods.yoy", lang, head=head, change=signed_percent(yoy, lang))
    elif is_number(pop):
        sentence = t("readout.periods.pop", lang, head=head, change=signed_percent(pop, lang))
    else:
        sentence = t("readout.periods.alone", lang, head=head)
    return _with_segments(sentence, frame, row["period"], metric, lang)


def growth_chart(frame: pd.DataFrame, lang: str, metric: str = "revenue") -> str:
    """Give in how many complete periods the metric grew year over year, and the largest change."""
    word = t(_WORDS[metric], lang)
    if frame.empty:
        return t("readout.growth.none", lang, metric=word)
    totals = period_totals(frame)
    done = totals[totals["complete"]]
    pairs = zip(done[metric], done[f"{metric}_year_ago"], strict=True)
    changes = pd.Series([growth(value, base) for value, base in pairs], index=done.index, dtype=float)
    changes = changes[changes.map(is_number)]
    if changes.empty:
        return t("readout.growth.none", lang, metric=word)
    largest = changes.abs().idxmax()
    sentence = t(
        "readout.growth",
        lang,
        metric=word,
        up=count(int((changes > 0).sum()), lang),
        n=count(len(changes), lang),
        change=signed_percent(changes[largest], lang),
        period=str(totals.loc[largest, "label"]),
    )
    return _with_segments(sentence, frame, last_row(totals)["period"], metric, lang)


def base_flow(base: pd.DataFrame, lang: str) -> str:
    """Give the new and the lost customers of the last period of :func:`~segcore.dynamics.customer_base`."""
    if base.empty:
        return t("readout.periods.empty", lang)
    row = last_row(base)
    new, lost = int(row["new"]), int(row["lost"])
    params = {"period": str(row["label"]), "new": count(new, lang), "lost": count(lost, lang)}
    if new > lost:
        return t("readout.base.gain", lang, diff=count(new - lost, lang), **params)
    if lost > new:
        return t("readout.base.loss", lang, diff=count(lost - new, lang), **params)
    return t("readout.base.even", lang, **params)


def live_base(base: pd.DataFrame, lang: str) -> str:
    """Give the live base at the end of the last period against the end of the first."""
    if base.empty:
        return t("readout.periods.empty", lang)
    row, first = last_row(base), base.iloc[0]
    now, period = count(row["live"], lang), str(row["label"])
    if row["period"] == first["period"]:
        return t("readout.live.one", lang, now=now, period=period)
    return t(
        "readout.live",
        lang,
        now=now,
        period=period,
        start=count(first["live"], lang),
        first=str(first["label"]),
    )


def cohort_heatmap(cohorts: pd.DataFrame, lang: str) -> str:
    """Give the share of a cohort that buys again the period after its first, and the best cohort.

    ``cohorts``: :func:`~segcore.dynamics.cohort_retention`; the average is over all
    customers of the cohorts that have a second period (each cohort weighs by its size).
    """
    if cohorts.empty:
        return t("readout.periods.empty", lang)
    second = cohorts[(cohorts["periods_since"] == 1) & (cohorts["cohort_size"] > 0)]
    if second.empty:
        return t("readout.cohorts.young", lang)
    share = percent(second["customers"].sum() / second["cohort_size"].sum(), lang)
    best = second.sort_values(["share", "cohort_size"], ascending=False, kind="stable").iloc[0]
    label = str(best["cohort_label"])
    if len(second) == 1:
        return t("readout.cohorts.one", lang, share=share, best=label)
    return t("readout.cohorts", lang, share=share, best=label, best_share=percent(best["share"], lang))


def golden_share(result: GoldenShare, lang: str, group: str = "abc") -> str:
    """Give the golden group's share of revenue in the last period against the first, and a campaign's effect.

    ``group``: ``abc`` (class A) or ``quadrant`` (the core, III). Only complete periods
    with revenue count; the campaign sentence comes when both sides have periods.
    """
    frame = result.periods
    usable = frame[frame["complete"].astype(bool) & frame["share"].map(is_number)] if len(frame) else frame
    if usable.empty:
        return t("readout.golden.none", lang)
    name = t("readout.golden.abc" if group == "abc" else "readout.golden.quadrant", lang)
    first, last = usable.iloc[0], usable.iloc[-1]
    now, period = percent(last["share"], lang), str(last["label"])
    if len(usable) == 1:
        sentence = t("readout.golden.one", lang, group=name, now=now, period=period)
    else:
        sentence = t(
            "readout.golden",
            lang,
            group=name,
            now=now,
            period=period,
            start=percent(first["share"], lang),
            first=str(first["label"]),
        )
    effect = result.effect
    if effect is None or not (effect.periods_before and effect.periods_after):
        return sentence
    if not (is_number(effect.before) and is_number(effect.after)):
        return sentence
    change = signed_number((effect.after - effect.before) * 100, lang)
    campaign = t(
        "readout.golden.campaign",
        lang,
        before=percent(effect.before, lang),
        after=percent(effect.after, lang),
        change=change,
    )
    return f"{sentence} {campaign}"


def _key_text(level: str, key: str, lang: str) -> str:
    return t("readout.plan.customer", lang, key=key) if level == "customer" else segment_name(key, lang)


def plan_chart(result: pd.DataFrame, lang: str, currency: str = "") -> str:
    """Give actual revenue against the plan over the periods that have happened, and the weakest key.

    ``result``: :func:`~segcore.dynamics.plan.plan_vs_actual`. The total is that of the
    whole-business rows when the plan has them, else the sum over its keys; the weakest is
    the segment (or customer) furthest below its plan in %, named when there are two or more.
    """
    happened = result[result["actual"].map(is_number)] if len(result) else result
    if happened.empty:
        return t("readout.plan.none", lang)
    whole = happened[happened["level"] == TOTAL]
    rows = whole if len(whole) else happened
    plan, actual = float(rows["plan"].sum()), float(rows["actual"].sum())
    made, planned = money(actual, lang, currency), money(plan, lang, currency)
    sentence = t("readout.plan.no_plan", lang, actual=made, plan=planned)
    if plan != 0:
        change = signed_percent(actual / plan - 1.0, lang)
        variance = signed_money(actual - plan, lang, currency)
        sentence = t("readout.plan", lang, actual=made, plan=planned, change=change, variance=variance)
    parts = happened[happened["level"] != TOTAL]
    keys = parts.groupby(["level", "key"], sort=False)[["plan", "actual"]].sum()
    keys = keys[keys["plan"] != 0]
    if len(keys) < 2:
        return sentence
    changes = keys["actual"] / keys["plan"] - 1.0
    level, key = changes.idxmin()
    name, change = _key_text(str(level), str(key), lang), signed_percent(changes.min(), lang)
    weakest = t(
        "readout.plan.behind" if changes.min() < 0 else "readout.plan.ahead", lang, key=name, change=change
    )
    return f"{sentence} {weakest}"


def variance_chart(shown: pd.DataFrame, lang: str) -> str:
    """Give in how many periods actual revenue fell short of the plan, and the largest shortfall.

    ``shown``: the rows of one plan key (or the plan total) of
    :func:`~segcore.dynamics.plan.plan_vs_actual`; periods without an actual or a plan are
    left out. With no shortfall, the best period is named instead.
    """
    if shown.empty:
        return t("readout.plan.none", lang)
    rows = shown[shown["actual"].map(is_number) & shown["variance_pct"].map(is_number)]
    if rows.empty:
        return t("readout.plan.none", lang)
    pct = rows["variance_pct"].astype(float)
    below = pct[pct < 0]
    if len(below):
        at = below.idxmin()
        return t(
            "readout.variance.below",
            lang,
            below=count(len(below), lang),
            n=count(len(rows), lang),
            change=signed_percent(pct[at], lang),
            period=str(rows.loc[at, "label"]),
        )
    at = pct.idxmax()
    return t(
        "readout.variance.met",
        lang,
        n=count(len(rows), lang),
        change=signed_percent(pct[at], lang),
        period=str(rows.loc[at, "label"]),
    )
