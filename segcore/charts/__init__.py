"""Altair chart builders: small aggregated frames in, a chart specification out.

Every builder is pure (no I/O, no app state) and testable through ``chart.to_dict()``.
Words (titles, axis titles, segment names) come in as arguments, already translated; numbers
and dates are written with the signs and patterns of the one formatter,
:mod:`segcore.i18n.format` (``lang``: ``"ru"`` gives ``1 234,5``). Colours are fixed
per segment code (:data:`SEGMENT_COLOURS`, Okabe–Ito colour-blind-safe hues), so a segment
keeps its colour when another one is empty. Fonts are sized for a projector (axis labels
15 px, axis titles 16 px, chart titles 20 px). Builders expect aggregated data: a few
thousand rows at most (see :func:`sample_points`).

Modules: :mod:`~segcore.charts.base` (theme, colours per code, titles, labels,
specifications), :mod:`~segcore.charts.segments` (ABC × XYZ heatmap, quadrant scatter),
:mod:`~segcore.charts.pareto`, :mod:`~segcore.charts.distribution` (bars per segment,
histograms), :mod:`~segcore.charts.dynamics` (periods, customer base, cohorts, golden
share, plan), :mod:`~segcore.charts.flows` (migration and threshold sweeps) and
:mod:`~segcore.charts.ltv` (predictive LTV). The names below are re-exported from the
first four.
"""

from segcore.charts.base import (
    ABC_COLOURS,
    ABC_ORDER,
    CODE_COLOURS,
    EVENT_COLOURS,
    QUADRANT_COLOURS,
    QUADRANT_ORDER,
    SEGMENT_COLOURS,
    TEXT_COLOUR,
    XYZ_COLOURS,
    XYZ_ORDER,
    chart_title,
    code_label_expr,
    code_scale,
    finish,
    segment_order,
    segment_scale,
    text_names,
    vega_spec,
    with_datasets,
)
from segcore.charts.distribution import histogram, histogram_frame, segment_bars
from segcore.charts.pareto import pareto_curve
from segcore.charts.segments import (
    HEATMAP_DATA,
    QUADRANT_POINTS_DATA,
    QUADRANT_SPLITS_DATA,
    abc_xyz_heatmap,
    heatmap_frame,
    heatmap_template,
    quadrant_fill,
    quadrant_scatter,
    quadrant_splits,
    quadrant_template,
    quadrant_ticks,
    quadrant_tooltip,
    sample_points,
)

__all__ = [
    "ABC_COLOURS",
    "ABC_ORDER",
    "CODE_COLOURS",
    "EVENT_COLOURS",
    "HEATMAP_DATA",
    "QUADRANT_COLOURS",
    "QUADRANT_ORDER",
    "QUADRANT_POINTS_DATA",
    "QUADRANT_SPLITS_DATA",
    "SEGMENT_COLOURS",
    "TEXT_COLOUR",
    "XYZ_COLOURS",
    "XYZ_ORDER",
    "abc_xyz_heatmap",
    "chart_title",
    "code_label_expr",
    "code_scale",
    "finish",
    "heatmap_frame",
    "heatmap_template",
    "histogram",
    "histogram_frame",
    "pareto_curve",
    "quadrant_fill",
    "quadrant_scatter",
    "quadrant_splits",
    "quadrant_template",
    "quadrant_ticks",
    "quadrant_tooltip",
    "sample_points",
    "segment_bars",
    "segment_order",
    "segment_scale",
    "text_names",
    "vega_spec",
    "with_datasets",
]
