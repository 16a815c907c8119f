"""Receiving an uploaded file: written to the session's folder on disk, dropped from memory.

Streamlit holds an uploaded file's bytes in the server's memory for as long as the
uploader widget of the session holds it. :func:`spill` copies the file to the session's
upload folder (:mod:`ui.uploads`, removed with the session), tells Streamlit to forget
its copy and empties the ``UploadedFile`` itself (which lets go of the bytes), so an upload
costs disk, not memory, while the session lasts. Emptying matters: that very object is the
widget's value in the session's state (Streamlit copies it on every run of the page) and
stays there after the tab closed, for ``server.disconnectedSessionTTL`` (120 s) and then
until the garbage collector frees the ended session, so a room of uploads would otherwise
keep every file's bytes. (Emptied, not closed: Streamlit deep-copies the value, which a
closed file refuses.)
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from streamlit.runtime.scriptrunner import get_script_run_ctx

from ui.state import restore
from ui.uploads import store

__all__ = ["spill"]


def _forget(upload: Any) -> None:
    """Remove Streamlit's in-memory copy of ``upload`` (the widget's value becomes None next run)."""
    ctx = get_script_run_ctx()
    file_id = getattr(upload, "file_id", None)
    if ctx is None or file_id is None:
        return
    with contextlib.suppress(Exception):  # an internal API: the file then just stays in memory
        manager: Any = ctx.uploaded_file_mgr
        manager.remove_file(ctx.session_id, file_id)


def spill(upload: Any) -> Path:
    """Write an uploaded file (a Streamlit ``UploadedFile``) to the session's folder; give its path.

    The upload is emptied afterwards (its name and size can still be read, its bytes are gone).
    """
    upload.seek(0)
    path = store().save(restore.ensure_token(), upload.name, upload)
    _forget(upload)  # the widget's value is None from the next run on
    upload.seek(0)
    upload.truncate(0)  # this value (kept by the session until it is freed) lets go of the bytes now
    return path
