"""What the first and last steps of the story show: the data in one line, key customers at risk, the plan."""

from __future__ import annotations

import numpy as np
import pandas as pd

from segcore import charts
from segcore.charts.story import ranked_bars
from segcore.classify.segmentation import Segmentation
from segcore.i18n import t
from segcore.i18n.format import fmt_compact_money, fmt_date, fmt_int
from segcore.insight.finding import Severity
from segcore.insight.plan import action_plan
from ui import insight
from ui.data import Analysis
from ui.presenter.steps import Shown
from ui.state import currency

__all__ = ["at_risk", "compact_money", "data", "plan"]

#: Bars at most on the at-risk and plan charts (a projector shows ten names well).
SHOWN_BARS = 10
_STATUS_COLOURS = {"overdue": "#E69F00", "lost": "#D55E00"}
_SEVERITY_COLOURS = {"3": "#D55E00", "2": "#0072B2", "1": "#999999"}
_SEVERITY_WORDS = {"3": "insight.severity.3", "2": "insight.severity.2", "1": "insight.severity.1"}


def compact_money(value: float, lang: str) -> str:
    """Give an amount short enough for a tile, with the session's currency: 670 тыс. ₽, $61M, 1.2B."""
    return fmt_compact_money(value, lang, currency.current())


def data(analysis: Analysis, seg: Segmentation, lang: str) -> Shown:
    """Give the data step: customers, revenue, lines and dates in one line, and how spend spreads."""
    customers = analysis.customers
    revenue = float(customers["revenue"].sum())
    first, last = customers["first_purchase"].min(), customers["last_purchase"].max()
    months = max(round((last - first).days / 30.44), 1) if pd.notna(first) and pd.notna(last) else 0
    line = t(
        "ui.present.data.line",
        lang,
        customers=fmt_int(len(customers), lang),
        revenue=compact_money(revenue, lang),
        rows=fmt_int(analysis.transactions, lang),
        first=fmt_date(first, lang),
        last=fmt_date(last, lang),
    )
    chart = charts.histogram(
        charts.histogram_frame(customers["revenue"].to_numpy(dtype=float, na_value=np.nan), bins=30),
        title=t("ui.present.data.chart", lang),
        x_title=t("ui.present.data.x", lang),
        y_title=t("ui.present.data.y", lang),
        lang=lang,
    )
    numbers = (
        (t("ui.present.m.customers", lang), fmt_int(len(customers), lang)),
        (t("ui.present.m.revenue", lang), compact_money(revenue, lang)),
        (t("ui.present.m.months", lang), fmt_int(months, lang)),
    )
    return Shown(charts.vega_spec(chart), line, numbers)


def at_risk(analysis: Analysis, seg: Segmentation, lang: str) -> Shown:
    """Give the at-risk step: the key customers with the most revenue at stake, overdue or lost."""
    listed = insight.at_risk(analysis)
    listed = (
        listed if listed is not None else pd.DataFrame(columns=["customer_id", "revenue_at_stake", "status"])
    )
    top = listed.sort_values("revenue_at_stake", ascending=False).head(SHOWN_BARS)
    frame = pd.DataFrame(
        {
            "label": top["customer_id"].astype(str).to_numpy(),
            "value": top["revenue_at_stake"].to_numpy(dtype=float),
            "group": top["status"].astype(str).to_numpy(),
        }
    )
    names = {"overdue": t("ui.present.status.overdue", lang), "lost": t("ui.present.status.lost", lang)}
    chart = ranked_bars(
        frame,
        title=t("ui.present.at_risk.chart", lang),
        value_title=currency.money_label(t("ui.present.at_risk.value", lang)),
        label_title=t("ui.present.at_risk.segment", lang),
        colours=_STATUS_COLOURS,
        group_names=names,
        lang=lang,
    )
    finding = next((f for f in insight.findings(analysis) if f.kind == "at_risk"), None)
    readout = (
        finding.text(lang, currency.current()) if finding is not None else t("ui.present.at_risk.none", lang)
    )
    numbers = (
        (t("ui.present.m.at_risk", lang), fmt_int(len(listed), lang)),
        (t("ui.present.m.stake", lang), compact_money(float(listed["revenue_at_stake"].sum()), lang)),
    )
    return Shown(charts.vega_spec(chart), readout, numbers)


def plan(analysis: Analysis, seg: Segmentation, lang: str) -> Shown:
    """Give the plan step: the findings to act on by the customers they concern, and the first actions."""
    planned = action_plan(insight.findings(analysis))
    shown = planned[:SHOWN_BARS]
    frame = pd.DataFrame(
        {
            "label": [p.finding.title(lang) for p in shown],
            "value": [float(len(p.customer_ids)) for p in shown],
            "group": [str(int(p.severity)) for p in shown],
        }
    )
    chart = ranked_bars(
        frame,
        title=t("ui.present.plan.chart", lang),
        value_title=t("ui.present.plan.value", lang),
        label_title=t("ui.present.plan.segment", lang),
        colours=_SEVERITY_COLOURS,
        group_names={code: t(key, lang) for code, key in _SEVERITY_WORDS.items()},
        lang=lang,
    )
    first = [
        t("ui.present.plan.first", lang, title=p.finding.title(lang), action=p.actions(lang)[0])
        for p in planned[:2]
        if p.actions(lang)
    ]
    urgent = sum(1 for p in planned if p.severity >= Severity.MEDIUM)
    readout = first[0] if first else t("ui.present.plan.none", lang)
    notes = tuple(first[1:])
    numbers = ((t("ui.present.m.actions", lang), fmt_int(urgent, lang)),)
    return Shown(charts.vega_spec(chart), readout, numbers, notes)
