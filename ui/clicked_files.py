"""Files built on a download click stay served until the browser has fetched them.

A download button whose data is a function (``st.download_button(data=callable)``) builds
its file when clicked; Streamlit's media file manager stores it *unmapped*, and every
finished script run of any session sweeps the unmapped files: the first sweep marks one,
the second deletes it. With a room of sessions, two runs can finish between the click and
the browser's request for the file, which then gets a 404 and the download is cancelled.

:func:`keep_clicked_files` makes the manager map each file built on a click to the session
that clicked, as if the button had drawn it: it is kept until that session's next full run
(or its end) and swept as usual afterwards, so nothing accumulates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from streamlit.runtime.media_file_manager import MediaFileManager

__all__ = ["COORDINATE_PREFIX", "keep_clicked_files"]

#: Where a clicked file is mapped in its session's files (beside the page's own coordinates).
COORDINATE_PREFIX = "clicked-download:"

_ORIGINAL: Callable[[MediaFileManager, str], str] = MediaFileManager.execute_deferred


def _stored_id(url: str) -> str:
    """Give the stored file's id from its URL (``…/media/<id><extension>``)."""
    return url.rsplit("/", 1)[-1].split(".", 1)[0]


def _execute_and_keep(manager: Any, file_id: str) -> str:
    url = _ORIGINAL(manager, file_id)
    stored = _stored_id(url)
    with manager._lock:
        entry = manager._deferred_callables.get(file_id)
        # A session without references has ended (or is between runs): nothing would unmap it.
        files = manager._files_by_session_and_coord.get(entry["session_id"]) if entry else None
        if files is not None and stored in manager._file_metadata:
            files[COORDINATE_PREFIX + file_id] = stored
    return url


def keep_clicked_files() -> None:
    """Keep each file built on a download click mapped to its session (idempotent)."""
    MediaFileManager.execute_deferred = _execute_and_keep  # type: ignore[method-assign, assignment]
