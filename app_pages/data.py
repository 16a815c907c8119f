"""Data: choose a demo or upload a file, map its columns, read the validation report."""

import pandas as pd
import streamlit as st

from segcore.errors import UserFacingError
from segcore.report.md_text import md_text
from ui import context, data
from ui.format import fmt_date, fmt_int, fmt_number
from ui.sections import database_source, upload
from ui.sections.sidebar import dataset_name
from ui.sources import DataSource
from ui.state import session
from ui.text import show_error, show_flash_error, tr
from ui.widgets import scenario as controls

_NUMERIC = {"amount", "cost", "quantity"}


def _window(first, last, date_format: str) -> None:
    left, middle, right = st.columns(3)
    with left:
        controls.choice(
            "aggregation_returns",
            tr("data.returns"),
            tr("data.returns_help"),
            ["net", "gross", "exclude"],
            lambda r: tr(f"returns.{r}"),
            widget="radio",
        )
    with middle:
        controls.date(
            "aggregation_start",
            tr("data.start"),
            tr("data.start_help"),
            low=first,
            high=last,
            fmt=date_format,
        )
    with right:
        controls.date(
            "aggregation_as_of",
            tr("data.as_of"),
            tr("data.as_of_help"),
            low=first,
            high=last,
            fmt=date_format,
        )


def _written(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Give the preview with its numbers as text in the language's way ("1 290", "572,86").

    A table's own number format follows the browser's locale, not the studio's language.
    """
    shown = frame.copy()
    for column in _NUMERIC:  # ids stay as they are written
        if column in shown.columns and pd.api.types.is_numeric_dtype(shown[column]):
            values = shown[column]
            whole = bool((values.dropna() % 1 == 0).all())
            shown[column] = [fmt_number(v, lang, 0 if whole else 2) if pd.notna(v) else "" for v in values]
    return shown


def _report(source: DataSource) -> None:
    lang = session.lang()
    try:
        dataset = data.load(source, tr("status.reading"))
    except UserFacingError as error:
        show_error(error)
        return
    report = dataset.report
    dropped = int(report.rows_read) - int(report.rows_kept)
    st.subheader(tr("data.report_title", name=md_text(dataset_name())))
    cols = st.columns(3)
    cols[0].metric(tr("data.rows_read"), fmt_int(report.rows_read, lang), border=True)
    cols[1].metric(tr("data.rows_kept"), fmt_int(report.rows_kept, lang), border=True)
    cols[2].metric(tr("data.rows_dropped"), fmt_int(dropped, lang), border=True)
    st.markdown("\n".join(f"- {md_text(line)}" for line in report.lines(lang)))
    first, last = dataset.date_range()
    st.subheader(tr("data.window_title"))
    st.caption(tr("data.window_intro", first=fmt_date(first, lang), last=fmt_date(last, lang)))
    date_format = "DD.MM.YYYY" if lang == "ru" else "YYYY-MM-DD"
    _window(first, last, date_format)
    st.subheader(tr("data.preview_title"))
    preview = _written(dataset.preview(20), lang)
    config = {c: st.column_config.Column(tr(f"canonical.{c}")) for c in preview.columns}
    config["date"] = st.column_config.DateColumn(tr("canonical.date"), format=date_format)
    for column in _NUMERIC.intersection(preview.columns):  # numbers written as text, still right-aligned
        config[column] = st.column_config.TextColumn(tr(f"canonical.{column}"), alignment="right")
    st.dataframe(preview, hide_index=True, placeholder="", key="data_preview", column_config=config)


st.title(tr("page.data"))
st.caption(tr("data.intro"))
show_flash_error()
active = context.active_source()
with st.container(border=True):
    upload.source_picker(active)
    database_source.database_picker(active)
pending = session.pending_upload()
if pending is not None:  # a new file is being mapped: the loaded dataset's report would read as its own
    with st.container(border=True):
        upload.mapping_editor(pending)
else:
    _report(active)
