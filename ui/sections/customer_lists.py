"""Customer lists on the pages: a table in the app's language, and one-click CSV and XLSX downloads.

The table shows numbers, money, days and dates written for the language chosen in the app
(not the browser's), with translated headers; sorting still works on the numbers. Downloads
are built when clicked (``st.download_button`` with a callable), from data captured now:
nothing in them reads the session, which is not there when the file is made.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from segcore.report.customer_list import crm_frame, customer_list_csv, customer_list_xlsx
from ui.format import fmt_date, fmt_int, fmt_money, fmt_number, fmt_percent
from ui.sections.exports import XLSX_MIME
from ui.state import session
from ui.text import column_label, tr

__all__ = ["LEAD_COLUMNS", "csv_download", "list_table", "xlsx_download"]

#: Columns shown right after the customer id when a list has them: what a caller needs first.
LEAD_COLUMNS: tuple[str, ...] = ("status", "revenue_at_stake", "days_since_last", "usual_gap_days")
_FORMATS: dict[str, Callable[[Any, str], str]] = {
    **dict.fromkeys(("revenue", "revenue_at_stake", "avg_check", "ltv_simple", "clv"), fmt_money),
    **dict.fromkeys(("orders", "days_since_last", "recency_days", "tenure_days"), fmt_int),
    **dict.fromkeys(("usual_gap_days", "overdue_ratio"), lambda value, lang: fmt_number(value, lang, 1)),
    **dict.fromkeys(("return_rate", "p_alive"), fmt_percent),
    **dict.fromkeys(("first_purchase", "last_purchase"), fmt_date),
}


def list_table(
    frame: pd.DataFrame, *, key: str, limit: int | None = None, lead: Sequence[str] = LEAD_COLUMNS
) -> None:
    """Draw a customer list: headers translated, values written for the app's language.

    ``limit`` shows only the first rows, with a note of how many there are in all; ``lead``
    names columns shown right after the customer id (the table is wider than the screen).
    """
    lang = session.lang()
    shown = frame if limit is None else frame.head(limit)
    first = ["customer_id", *(c for c in lead if c in shown.columns)]
    shown = shown[[*first, *(c for c in shown.columns if c not in first)]]
    formats = {
        column: (lambda value, f=_FORMATS[column]: f(value, lang))
        for column in shown.columns
        if column in _FORMATS
    }
    config = {
        column: st.column_config.Column(
            column_label(column), width="medium" if column == "customer_id" else None
        )
        for column in shown.columns
    }
    st.dataframe(
        shown.style.format(formats),
        hide_index=True,
        key=key,
        column_config=config,
        height=min(38 + 35 * max(len(shown), 1), 420),
    )
    if limit is not None and len(frame) > limit:
        st.caption(tr("table.top_of", shown=fmt_int(limit, lang), total=fmt_int(len(frame), lang)))


def csv_download(label: str, rows: Callable[[], pd.DataFrame], file_name: str, *, key: str) -> None:
    """Draw a button that downloads ``rows()`` as CSV for the CRM, built on the click."""
    lang = session.lang()
    st.download_button(
        label,
        data=lambda: customer_list_csv(crm_frame(rows(), lang), lang),
        file_name=file_name,
        mime="text/csv",
        on_click="ignore",
        key=key,
        icon=":material/download:",
    )


def xlsx_download(
    label: str, rows: Callable[[], pd.DataFrame], file_name: str, sheet: str, *, key: str
) -> None:
    """Draw a button that downloads ``rows()`` as a one-sheet workbook for the CRM, built on the click."""
    lang = session.lang()
    st.download_button(
        label,
        data=lambda: customer_list_xlsx(crm_frame(rows(), lang), lang, sheet=sheet),
        file_name=file_name,
        mime=XLSX_MIME,
        on_click="ignore",
        key=key,
        icon=":material/table_view:",
    )
