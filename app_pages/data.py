"""Data: choose a demo or upload a file, map its columns, read the validation report."""

import pandas as pd
import streamlit as st

from segcore.errors import UserFacingError
from ui import cached, context, controls, state, upload
from ui.format import fmt_date, fmt_int, fmt_number
from ui.sidebar import dataset_name
from ui.text import labels, show_error, show_flash_error, tr

_NUMERIC = {"amount", "cost", "quantity"}
UPLOAD_TYPES = ["csv", "txt", "tsv", "xlsx", "xlsm", "xls", "parquet", "gz", "zip"]


def _source_picker(source: state.DataSource) -> None:
    demo_col, upload_col = st.columns(2, gap="large")
    with demo_col:
        state.put(state.KEY_DATA_DEMO, source.demo if source.kind == "demo" else None)
        st.radio(tr("data.demo"), list(cached.DEMOS), key=state.KEY_DATA_DEMO,
                 format_func=labels(cached.DEMOS, lambda d: tr(f"demo.{d}")), on_change=upload.choose_demo,
                 captions=[tr(f"data.caption_{d}") for d in cached.DEMOS])
    with upload_col:
        st.file_uploader(tr("data.upload"), type=UPLOAD_TYPES, key=state.KEY_DATA_UPLOAD,
                         on_change=upload.on_upload, help=tr("data.upload_help"))


def _delimiter_name(delimiter: str | None) -> str:
    if delimiter in (None, ""):
        return "—"
    if delimiter in ("\t", "whitespace"):
        return tr(f"data.delimiter_{'tab' if delimiter == chr(9) else 'spaces'}")
    return f"«{delimiter}»"


def _mapping_editor(pending: dict) -> None:
    info = pending["info"]
    st.subheader(tr("data.mapping_title", name=pending["name"]))
    st.caption(tr("data.detected", format=info.format, encoding=info.encoding or "—",
                  delimiter=_delimiter_name(info.delimiter)))
    sheets = list(info.sheets)
    if len(sheets) > 1:
        state.put_default(state.KEY_DATA_SHEET, pending.get("sheet") or sheets[0])
        st.selectbox(tr("data.sheet"), sheets, key=state.KEY_DATA_SHEET, on_change=upload.on_sheet,
                     help=tr("data.sheet_help"))
    upload.seed_mapping(pending)
    options = [upload.NOT_MAPPED, *info.columns]
    cols = st.columns(4)
    for index, canonical in enumerate(upload.CANONICAL):
        required = canonical in upload.REQUIRED
        label = tr(f"canonical.{canonical}") + (" *" if required else "")
        key = state.mapping_key(canonical)
        state.seed_choice(key, options, upload.NOT_MAPPED)
        cols[index % 4].selectbox(label, options, key=key, help=tr(f"canonical.{canonical}_help"),
                                  format_func=labels(options, lambda c: c or tr("data.not_mapped")),
                                  on_change=state.keep_choice, args=(key,))
    st.caption(tr("data.required_note"))
    if info.rows:
        preview = pd.DataFrame([row[: len(info.columns)] for row in info.rows],
                               columns=list(info.columns)[: len(info.rows[0])])
        st.dataframe(preview, hide_index=True, placeholder="", height=260,
                     key=f"{state.KEY_DATA_PREVIEW}_source")
    st.file_uploader(tr("data.attributes"), type=UPLOAD_TYPES, key=state.KEY_DATA_ATTRIBUTES,
                     help=tr("data.attributes_help"))
    if st.button(tr("data.load"), key=state.KEY_DATA_LOAD, type="primary",
                 icon=":material/check_circle:"):
        error = upload.load_pending(pending)
        if error is None:
            st.rerun()
        show_error(error)


def _report(source: state.DataSource) -> None:
    lang = state.lang()
    try:
        data = cached.loaded(source, tr("status.reading"))
    except UserFacingError as error:
        show_error(error)
        return
    report = data.report
    dropped = int(report.rows_read) - int(report.rows_kept)
    st.subheader(tr("data.report_title", name=dataset_name()))
    cols = st.columns(3)
    cols[0].metric(tr("data.rows_read"), fmt_int(report.rows_read, lang), border=True)
    cols[1].metric(tr("data.rows_kept"), fmt_int(report.rows_kept, lang), border=True)
    cols[2].metric(tr("data.rows_dropped"), fmt_int(dropped, lang), border=True)
    st.markdown("\n".join(f"- {line}" for line in report.lines(lang)))
    first, last = cached.date_range(source)
    st.subheader(tr("data.window_title"))
    st.caption(tr("data.window_intro", first=fmt_date(first, lang), last=fmt_date(last, lang)))
    date_format = "DD.MM.YYYY" if lang == "ru" else "YYYY-MM-DD"
    left, middle, right = st.columns(3)
    with left:
        controls.choice("aggregation_returns", tr("data.returns"), tr("data.returns_help"),
                        ["net", "gross", "exclude"], lambda r: tr(f"returns.{r}"), widget="radio")
    with middle:
        controls.date("aggregation_start", tr("data.start"), tr("data.start_help"),
                      low=first, high=last, fmt=date_format)
    with right:
        controls.date("aggregation_as_of", tr("data.as_of"), tr("data.as_of_help"),
                      low=first, high=last, fmt=date_format)
    st.subheader(tr("data.preview_title"))
    preview = _written(data.table.head(20).to_pandas(), state.lang())
    config = {c: st.column_config.Column(tr(f"canonical.{c}")) for c in preview.columns}
    config["date"] = st.column_config.DateColumn(tr("canonical.date"), format=date_format)
    for column in _NUMERIC.intersection(preview.columns):  # numbers written as text, still right-aligned
        config[column] = st.column_config.TextColumn(tr(f"canonical.{column}"), alignment="right")
    st.dataframe(preview, hide_index=True, placeholder="", key=state.KEY_DATA_PREVIEW, column_config=config)


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


st.title(tr("page.data"))
st.caption(tr("data.intro"))
show_flash_error()
active = context.active_source()
with st.container(border=True):
    _source_picker(active)
pending = state.pending_upload()
if pending is not None:
    with st.container(border=True):
        _mapping_editor(pending)
_report(active)
