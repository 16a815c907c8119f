"""The scenario as a file: save it, open one, or go back to the defaults."""

from __future__ import annotations

import streamlit as st

from segcore.errors import SettingsError
from segcore.report.md_text import md_text
from segcore.settings import Scenario
from ui.state import keys, scenario, session, values
from ui.text import tr

__all__ = ["draw"]


def _open() -> None:
    upload = values.current(keys.SCENARIO_UPLOAD)
    if upload is None:
        return
    try:
        loaded = Scenario.from_json(upload.getvalue().decode("utf-8", errors="replace"))
    except SettingsError as error:
        session.flash_error(error)
        return
    scenario.set_current(loaded)
    session.set_notice(tr("settings.file_loaded", name=md_text(upload.name)))


def draw() -> None:
    """Draw the scenario file's box: download as JSON, open a JSON file, reset to the defaults."""
    st.subheader(tr("settings.file_title"))
    st.caption(tr("settings.file_intro"))
    st.download_button(
        tr("settings.download"),
        data=scenario.current().to_json(),
        file_name="scenario.json",
        mime="application/json",
        key=keys.SCENARIO_DOWNLOAD,
        icon=":material/download:",
        on_click="ignore",
    )
    st.file_uploader(
        tr("settings.upload"),
        type=["json"],
        key=keys.SCENARIO_UPLOAD,
        help=tr("settings.upload_help"),
        on_change=_open,
    )
    st.button(
        tr("settings.reset"),
        key=keys.SETTINGS_RESET,
        icon=":material/restart_alt:",
        on_click=scenario.reset,
        help=tr("settings.reset_help"),
    )
