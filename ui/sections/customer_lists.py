"""Customer lists on the pages: a table in the app's language, and one-click CSV and XLSX downloads.

The table shows numbers, money, days and dates written for the language chosen in the app
(not the browser's), with translated headers; sorting still works on the numbers. Downloads
are built when clicked (``st.download_button`` with a callable), from data captured now:
nothing in them reads the session, which is not there when the file is made.

Every download is a list a team can act on (:func:`segcore.report.sales_list.sales_frame`):
in the "sales" preset the customer, cell, next action, priority, an empty owner column, last
purchase, revenue and the contact columns of the attribute file; in the "analyst" preset
every column. The preset chosen last (:func:`preset_choice`) is kept for every list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

import pandas as pd
import streamlit as st

from segcore.report.columns import MONEY_COLUMNS
from segcore.report.customer_list import crm_frame, customer_list_csv, customer_list_xlsx
from segcore.report.sales_list import PRESETS, Preset, sales_frame, with_customer_columns
from ui import context
from ui.format import fmt_date, fmt_int, fmt_money, fmt_number, fmt_percent
from ui.state import card_link, currency, session, values
from ui.text import column_label, labels, tr

__all__ = [
    "CARD_LINK",
    "LEAD_COLUMNS",
    "PRESET",
    "XLSX_MIME",
    "csv_download",
    "current_preset",
    "list_downloads",
    "list_table",
    "preset_choice",
    "sales_table",
    "xlsx_download",
]

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: The kept choice of columns for every list's downloads (``sales`` or ``analyst``).
PRESET = "lists_preset"

#: A list's column of links to each customer's card (:func:`ui.state.card_link.card_url`).
CARD_LINK = "card_link"
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
    frame: pd.DataFrame,
    *,
    key: str,
    limit: int | None = None,
    lead: Sequence[str] = LEAD_COLUMNS,
    on_select: Callable[[], None] | None = None,
    total: int | None = None,
    card_links: bool = False,
) -> None:
    """Draw a customer list: headers translated, values written for the app's language.

    ``limit`` shows only the first rows, with a note of how many there are in all (``total``
    when the frame is already cut); ``lead`` names columns shown right after the customer id
    (the table is wider than the screen); ``on_select`` makes one row pickable and is called
    when the pick changes (read it from the table's key); ``card_links`` adds a
    :data:`CARD_LINK` column (after the lead columns) whose links open each customer's card
    (``?customer=<id>``).
    """
    lang = session.lang()
    shown = frame if limit is None else frame.head(limit)
    if card_links:
        params = {name: st.query_params[name] for name in st.query_params}
        links = [card_link.card_url(str(customer), params) for customer in shown["customer_id"]]
        shown = shown.assign(**{CARD_LINK: links})
    first = ["customer_id", *(c for c in lead if c in shown.columns)]
    first += [CARD_LINK] if CARD_LINK in shown.columns else []
    shown = shown[[*first, *(c for c in shown.columns if c not in first)]]
    formats = {
        column: (lambda value, f=_FORMATS[column]: f(value, lang))
        for column in shown.columns
        if column in _FORMATS
    }
    config: dict[str, Any] = {
        column: st.column_config.Column(
            currency.money_label(column_label(column)) if column in MONEY_COLUMNS else column_label(column),
            width="medium" if column == "customer_id" else None,
        )
        for column in shown.columns
    }
    if CARD_LINK in shown.columns:
        config[CARD_LINK] = st.column_config.LinkColumn(
            tr("lists.card_link"), display_text=tr("lists.card_open"), help=tr("lists.card_link_help")
        )
    st.dataframe(
        shown.style.format(formats),
        hide_index=True,
        key=key,
        column_config=config,
        height=min(38 + 35 * max(len(shown), 1), 420),
        on_select=on_select if on_select is not None else "ignore",
        selection_mode="single-row",
    )
    listed = max(total or 0, len(frame))
    if listed > len(shown):
        st.caption(tr("table.top_of", shown=fmt_int(len(shown), lang), total=fmt_int(listed, lang)))


def _keep_preset(key: str) -> None:
    values.remember(PRESET, values.current(key))


def current_preset() -> Preset:
    """Give the columns chosen last for the lists (``sales`` until one is chosen)."""
    preset: Preset = values.remembered(PRESET, "sales", options=PRESETS)
    return preset


def preset_choice(key: str) -> Preset:
    """Draw the choice of columns ("for sales" / "for analysts") and give it; kept for every list."""
    values.show(key, values.remembered(PRESET, "sales", options=PRESETS), relabelled=True)
    chosen = st.segmented_control(
        tr("lists.preset"),
        PRESETS,
        format_func=labels(
            PRESETS, {"sales": tr("lists.preset_sales"), "analyst": tr("lists.preset_analyst")}.__getitem__
        ),
        required=True,
        help=tr("lists.preset_help"),
        key=key,
        on_change=_keep_preset,
        args=(key,),
    )
    return chosen if chosen in PRESETS else "sales"


def sales_table(
    rows: Callable[[], pd.DataFrame], *, segment: Literal["cell", "quadrant"] = "cell"
) -> Callable[[], pd.DataFrame]:
    """Give how to build the list for a download: sales columns in the kept preset, written for people.

    Everything the file needs is captured now (language, strategy cards, preset, the customer
    table whose columns complete the list), so the function runs without the session.
    """
    lang, playbook = session.lang(), session.playbook()
    preset = current_preset()
    analysis = context.active_analysis(quiet=True)
    customers = analysis.customers if analysis is not None else None

    def build() -> pd.DataFrame:
        frame = rows()
        if customers is not None:
            frame = with_customer_columns(frame, customers)
        return crm_frame(sales_frame(frame, playbook, lang, segment=segment, preset=preset), lang)

    return build


def csv_download(
    label: str,
    rows: Callable[[], pd.DataFrame],
    file_name: str,
    *,
    key: str,
    segment: Literal["cell", "quadrant"] = "cell",
) -> None:
    """Draw a button that downloads ``rows()`` as a CSV list for the CRM, built on the click."""
    lang, sign, table = session.lang(), currency.current(), sales_table(rows, segment=segment)
    st.download_button(
        label,
        data=lambda: customer_list_csv(table(), lang, currency=sign),
        file_name=file_name,
        mime="text/csv",
        on_click="ignore",
        key=key,
        icon=":material/download:",
        help=tr("lists.csv_help"),
    )


def xlsx_download(
    label: str,
    rows: Callable[[], pd.DataFrame],
    file_name: str,
    sheet: str,
    *,
    key: str,
    segment: Literal["cell", "quadrant"] = "cell",
) -> None:
    """Draw a button that downloads ``rows()`` as a one-sheet workbook for the CRM, built on the click."""
    lang, sign, table = session.lang(), currency.current(), sales_table(rows, segment=segment)
    st.download_button(
        label,
        data=lambda: customer_list_xlsx(table(), lang, sheet=sheet, currency=sign),
        file_name=file_name,
        mime=XLSX_MIME,
        on_click="ignore",
        key=key,
        icon=":material/table_view:",
        help=tr("lists.xlsx_help"),
    )


def list_downloads(
    rows: Callable[[], pd.DataFrame],
    file_stem: str,
    sheet: str,
    *,
    key: str,
    segment: Literal["cell", "quadrant"] = "cell",
    choose: bool = True,
) -> None:
    """Draw the choice of columns (unless ``choose`` is false) and the list's CSV and Excel buttons."""
    if choose:
        preset_col, csv_col, xlsx_col = st.columns([2, 1, 1], vertical_alignment="bottom")
        with preset_col:
            preset_choice(f"{key}_preset")
    else:
        csv_col, xlsx_col = st.columns(2)
    with csv_col:
        csv_download(tr("lists.csv"), rows, f"{file_stem}.csv", key=f"{key}_csv", segment=segment)
    with xlsx_col:
        xlsx_download(tr("lists.xlsx"), rows, f"{file_stem}.xlsx", sheet, key=f"{key}_xlsx", segment=segment)
