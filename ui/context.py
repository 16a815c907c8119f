"""What a page works on: the dataset in use, its customer table, the current segmentation.

Each function shows why there is nothing (a friendly error) and gives None, so a page only
checks for None.
"""

from __future__ import annotations

from segcore.classify.segmentation import Segmentation
from segcore.errors import UserFacingError
from ui import clv, data, launch, probe
from ui.data import Analysis, Dataset, SegmentCodes
from ui.sources import DEFAULT_DEMO, DEMOS, DataSource, demo_source
from ui.state import scenario, session
from ui.text import show_error, tr

__all__ = ["active_analysis", "active_dataset", "active_source", "segment_codes", "segmentation"]


def active_source() -> DataSource:
    """Give the dataset in use.

    A new session starts on the demo named in its URL, else on the file named at launch
    (``-- --data FILE`` or a database, see :mod:`ui.launch`), else on the demo store.
    """
    source = session.data_source()
    if source is None:
        demo = scenario.requested_demo()
        launched = launch.launch_source()
        if demo in DEMOS or launched is None:
            source = demo_source(demo if demo in DEMOS else DEFAULT_DEMO)
        else:
            source = launched
        session.set_data_source(source)
    return source


def active_dataset() -> Dataset | None:
    """Give the transactions of the dataset in use (cached), or show why there are none."""
    try:
        return data.load(active_source(), tr("status.reading"))
    except UserFacingError as error:
        show_error(error)
        return None


def active_analysis(*, quiet: bool = False) -> Analysis | None:
    """Give the cached customer table and segmenter, or show why there is none.

    Once this session has a finished predictive LTV fit on the dataset, the table has a
    ``clv`` column (predicted CLV, usable as a basis; see :func:`ui.clv.with_clv`).
    """
    try:
        source = active_source()
        base = data.analysis(source, scenario.current().aggregation, tr("status.preparing"))
        return clv.with_clv(source, base)
    except UserFacingError as error:
        if not quiet:
            show_error(error)
        return None


@probe.timed("segment")
def segmentation(analysis: Analysis) -> Segmentation | None:
    """Give the segmentation of the active scenario (milliseconds), or show why there is none."""
    try:
        return analysis.segment(scenario.current())
    except UserFacingError as error:
        show_error(error)
        return None


def segment_codes(kind: str) -> SegmentCodes | None:
    """Give each customer's code of ``kind`` under the active scenario, or show why there are none."""
    analysis = active_analysis()
    seg = segmentation(analysis) if analysis is not None else None
    if analysis is None or seg is None:
        return None
    return analysis.codes(seg, kind)
