"""Sales by period: revenue, customers, orders and average check against a year earlier
and the previous period, in total or by segment of the current scenario."""

import pandas as pd
import streamlit as st

from segcore.charts import readouts
from segcore.charts.dynamics import growth_chart, period_chart
from segcore.i18n import t
from segcore.i18n.format import money_header
from ui import context
from ui.sections import page_head, readout
from ui.sections.tables import period_table, tile_count, tile_money
from ui.state import currency, scenario, session
from ui.text import code_names, growth_text, relabel, show_flash_error, tr
from ui.widgets.choice import view_choice

METRICS = ("revenue", "customers", "orders", "avg_check")
SPLITS = ("total", "abc", "quadrant")
GRAINS = ("M", "Q", "Y")
FORMATS = {"revenue": ",.0f", "customers": ",.0f", "orders": ",.0f", "avg_check": ",.0f"}


def _controls() -> tuple[str, int, str, str]:
    top = st.columns(2)
    with top[0]:
        grain = view_choice("periods_grain", tr("dyn.grain"), GRAINS, lambda g: tr(f"dyn.grain_{g}"), "Q")
    with top[1]:
        years = view_choice(
            "periods_years",
            tr("periods.years"),
            (1, 2, 3),
            lambda y: str(y),
            3,
            help_text=tr("periods.years_help"),
        )
    bottom = st.columns(2)
    with bottom[0]:
        split = view_choice(
            "periods_split",
            tr("periods.split"),
            SPLITS,
            lambda s: tr(f"periods.split_{s}"),
            "total",
            help_text=tr("periods.split_help"),
        )
    with bottom[1]:
        metric = view_choice(
            "periods_metric", tr("periods.metric"), METRICS, lambda m: tr(f"dyncol.{m}"), "revenue"
        )
    return grain, years, split, metric


def _frame(grain: str, years: int, split: str) -> pd.DataFrame | None:
    dataset = context.active_dataset()
    if dataset is None:
        return None
    codes = None
    if split != "total":
        codes = context.segment_codes(split)
        if codes is None:
            return None
    frame = dataset.period_comparison(grain, years, scenario.current().aggregation.returns, codes)
    return relabel(frame, grain)


def _headline(total: pd.DataFrame) -> None:
    lang = session.lang()
    done = total[total["complete"]]
    row = (done if len(done) else total).iloc[-1]
    st.markdown(tr("periods.headline", period=row["label"]))
    cols = st.columns(4)
    for col, metric in zip(cols, METRICS, strict=True):
        money = metric in ("revenue", "avg_check")
        value = tile_money(row[metric], lang) if money else tile_count(row[metric], lang)
        col.metric(
            tr(f"dyncol.{metric}"),
            value,
            delta=growth_text(row[f"{metric}_yoy"]),
            border=True,
            help=tr("periods.delta_help"),
        )


def _table(frame: pd.DataFrame, split: str) -> None:
    kinds = {"label": "text"}
    if split != "total":
        names = code_names(split)
        frame = frame.assign(segment=[names.get(str(c), str(c)) for c in frame["segment"]])
        kinds["segment"] = "text"
    for metric in METRICS:
        kinds |= {
            metric: "money" if metric in ("revenue", "avg_check") else "count",
            f"{metric}_yoy": "share",
            f"{metric}_pop": "share",
        }
    period_table(frame, kinds, key="periods_table")


page_head.head(tr("page.periods"), tr("periods.intro"))
show_flash_error()
grain, years, split, metric = _controls()
frame = _frame(grain, years, split)
total = _frame(grain, years, "total") if split != "total" else frame
if frame is not None and total is not None and len(total):
    lang = session.lang()
    _headline(total)
    names = code_names(split) if split != "total" else None
    unit = tr(f"dyn.grain_{grain}").lower()
    chart = period_chart(
        frame,
        metric=metric,
        title=tr("periods.chart_title", metric=tr(f"dyncol.{metric}"), grain=unit),
        value_title=money_header(tr(f"dyncol.{metric}"), currency.current())
        if metric in ("revenue", "avg_check")
        else tr(f"dyncol.{metric}"),
        period_title=tr("dyn.period"),
        current_title=tr("periods.current"),
        year_ago_title=tr("periods.year_ago"),
        names=names,
        value_format=FORMATS[metric],
        lang=lang,
        currency=currency.current() if metric in ("revenue", "avg_check") else "",
        subtitle=tr("periods.by_segment", split=tr(f"periods.split_{split}")) if names else None,
    )
    st.altair_chart(chart, width="stretch", key="periods_chart")
    readout.show(readouts.period_chart(frame, lang, metric, currency.current()))
    growth = growth_chart(
        frame,
        metric=metric,
        title=tr("periods.growth_title", metric=tr(f"dyncol.{metric}")),
        period_title=tr("dyn.period"),
        growth_title=tr("periods.growth"),
        yoy_title=tr("periods.yoy"),
        pop_title=tr("periods.pop"),
        names=names,
        lang=lang,
    )
    st.altair_chart(growth, width="stretch", key="periods_growth")
    readout.show(readouts.growth_chart(frame, lang, metric))
    notes = [t("dynamics.define.growth", lang)]
    partial = total.loc[~total["complete"], "label"].tolist()
    if partial:
        notes.append(t("dynamics.define.incomplete", lang, label=", ".join(partial)))
    st.caption("  \n".join(notes))
    st.subheader(tr("periods.table_title"))
    _table(frame, split)
