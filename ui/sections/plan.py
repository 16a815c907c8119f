"""Blocks of the plan page: where the plan file comes from, and plan against actual drawn."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from segcore.charts import readouts
from segcore.charts.dynamics import plan_chart, variance_chart
from ui import context
from ui.sections import readout
from ui.sources import SAMPLES
from ui.state import currency, keys, session, values
from ui.text import tr

__all__ = ["charts", "file_picker"]

EXAMPLE = SAMPLES / "plan_example.csv"
#: The demos the example plan was written for.
EXAMPLE_FOR = ("store_en", "store_ru")


def _on_upload() -> None:
    upload = values.current(keys.PLAN_UPLOAD)
    if upload is not None:
        session.set_plan_file((upload.name, upload.getvalue()))


def _use_example() -> None:
    session.set_plan_file((EXAMPLE.name, EXAMPLE.read_bytes()))


def file_picker() -> None:
    """Draw the plan file's uploader, the demo store's example plan and the button that drops the file."""
    source = context.active_source()
    cols = st.columns([3, 1.2, 1])
    cols[0].file_uploader(
        tr("plan.upload"),
        type=["csv", "tsv", "txt", "gz", "xlsx", "parquet"],
        key=keys.PLAN_UPLOAD,
        on_change=_on_upload,
        help=tr("plan.upload_help"),
    )
    with cols[1]:
        st.write("")
        if source.kind == "demo" and source.demo in EXAMPLE_FOR:
            st.button(
                tr("plan.example"),
                key=keys.PLAN_EXAMPLE,
                on_click=_use_example,
                icon=":material/description:",
                help=tr("plan.example_help"),
            )
    with cols[2]:
        st.write("")
        if session.plan_file() is not None:
            st.button(
                tr("plan.clear"),
                key="plan_clear",
                on_click=session.set_plan_file,
                args=(None,),
                icon=":material/close:",
            )


def charts(shown: pd.DataFrame, read: pd.DataFrame | None = None) -> None:
    """Draw plan against actual per period, and the variance in percent, each with its readout.

    ``shown``: the rows drawn (one key, or the plan total); ``read``: the rows the first
    readout sums and names the weakest key from (every key when the total is drawn).
    """
    lang = session.lang()
    st.altair_chart(
        plan_chart(
            shown,
            title=tr("plan.chart_title"),
            period_title=tr("dyn.period"),
            value_title=currency.money_label(tr("dyncol.revenue")),
            plan_title=tr("dyncol.plan"),
            actual_title=tr("dyncol.actual"),
            lang=lang,
            currency=currency.current(),
        ),
        width="stretch",
        key="plan_chart",
    )
    readout.show(readouts.plan_chart(shown if read is None else read, lang, currency.current()))
    st.altair_chart(
        variance_chart(
            shown,
            title=tr("plan.variance_title"),
            period_title=tr("dyn.period"),
            value_title=tr("dyncol.variance_pct"),
            above_title=tr("plan.above"),
            below_title=tr("plan.below"),
            lang=lang,
        ),
        width="stretch",
        key="plan_variance",
    )
    readout.show(readouts.variance_chart(shown, lang))
