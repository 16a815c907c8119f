"""What the studio's download buttons would hand out: the files, made as a click would make them.

A download button given a callable registers it with the media file manager and runs it
when clicked. The :func:`downloads` fixture wraps that registration (and the one for
ready bytes), lets it go through unchanged, and keeps what was registered by file name,
so a test gets the bytes a click would give.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager

__all__ = ["downloads"]


@pytest.fixture
def downloads(monkeypatch) -> Iterator[dict[str, Callable[[], Any]]]:
    """Give file name → a function that makes the file's content, for every download drawn."""
    made: dict[str, Callable[[], Any]] = {}
    deferred, ready = MediaFileManager.add_deferred, MediaFileManager.add

    def add_deferred(self, data_callable, mimetype, coordinates, file_name=None, **options):
        made[str(file_name)] = data_callable
        return deferred(self, data_callable, mimetype, coordinates, file_name=file_name, **options)

    def add(self, path_or_data, mimetype, coordinates, file_name=None, **options):
        if file_name is not None:
            made[str(file_name)] = lambda: path_or_data
        return ready(self, path_or_data, mimetype, coordinates, file_name=file_name, **options)

    monkeypatch.setattr(MediaFileManager, "add_deferred", add_deferred)
    monkeypatch.setattr(MediaFileManager, "add", add)
    yield made
