"""What a page works on: the active dataset, its cached analysis and the current segmentation."""

from __future__ import annotations

from segcore.errors import UserFacingError
from segcore.classify.segmentation import Segmentation
from ui import cached, launch, ltv, probe, state
from ui.cached import Analysis
from ui.state import DataSource
from ui.text import show_error, tr

__all__ = ["active_analysis", "active_source", "segmentation"]


def active_source() -> DataSource:
    """Give the dataset in use.

    A new session starts on the demo named in its URL, else on the file named at launch
    (``-- --data FILE``, see :mod:`ui.launch`), else on the demo store.
    """
    source = state.data_source()
    if source is None:
        demo = state.requested_demo()
        path = launch.data_file()
        if demo in cached.DEMOS or path is None:
            source = cached.demo_source(demo if demo in cached.DEMOS else state.DEFAULT_DEMO)
        else:
            source = cached.file_source(path)
        state.set_data_source(source)
    return source


def active_analysis(*, quiet: bool = False) -> Analysis | None:
    """Give the cached customer table and segmenter, or show why there is none.

    Once this session has a finished predictive LTV fit on the dataset, the table has a
    ``clv`` column (predicted CLV, usable as a basis; see :func:`ui.ltv.with_clv`).
    """
    try:
        source = active_source()
        base = cached.analysis(source, state.scenario().aggregation, tr("status.preparing"))
        return ltv.with_clv(source, base)
    except UserFacingError as error:
        if not quiet:
            show_error(error)
        return None


@probe.timed("segment")
def segmentation(analysis: Analysis) -> Segmentation | None:
    """Give the segmentation of the active scenario (milliseconds), or show why there is none."""
    try:
        return analysis.segment(state.scenario())
    except UserFacingError as error:
        show_error(error)
        return None
