"""Markers for the browser tests and timing lines for the benchmarks, off unless asked for.

- ``STUDIO_RUN_IDS=1`` in the server's environment: :func:`run_id` draws a fresh random id,
  hidden, on every run of the code that calls it. A browser test tells a fragment rerun
  from a full rerun by which ids changed (Streamlit's own fragment tests do the same).
- ``STUDIO_TIMING=1``: the blocks marked with :class:`timed` write how long they took to
  the server's log (logger ``studio.timing``, debug level, on stderr). Without it the
  lines are not written and nothing is timed.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import uuid
from contextlib import ContextDecorator
from typing import Any

import streamlit as st

__all__ = ["LOG", "run_id", "timed"]

LOG = logging.getLogger("studio.timing")
_RUN_IDS = os.environ.get("STUDIO_RUN_IDS") == "1"

if os.environ.get("STUDIO_TIMING") == "1" and not LOG.handlers:
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("%(name)s %(message)s"))
    LOG.addHandler(_handler)
    LOG.setLevel(logging.DEBUG)
    LOG.propagate = False


def run_id(key: str) -> None:
    """Draw a new random id (hidden) in a container with ``key``, when run ids are on."""
    if _RUN_IDS:
        with st.container(key=key):
            st.html(f'<span hidden data-run-id="{uuid.uuid4().hex}"></span>')


class timed(ContextDecorator):
    """Log how long a block or a function took as ``<name> <ms> ms`` at debug level.

    Used as ``with timed("segment"):`` or ``@timed("matrix.heatmap")``; each call of a
    decorated function gets its own timer (sessions run in threads of their own).
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.started: float | None = None

    def _recreate_cm(self) -> timed:
        return type(self)(self.name)

    def __enter__(self) -> timed:
        self.started = time.perf_counter() if LOG.isEnabledFor(logging.DEBUG) else None
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.started is not None:
            LOG.debug("%s %.2f ms", self.name, (time.perf_counter() - self.started) * 1e3)
