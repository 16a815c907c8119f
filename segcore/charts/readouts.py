"""Readouts: one sentence under each chart that says in plain words what the chart shows.

A readout takes the data its chart is drawn from and the language, and gives one or two
sentences with the chart's biggest or most telling fact, its numbers written for the
language (:mod:`segcore.i18n.format`) and its texts from the catalogue
(:mod:`segcore.i18n.readouts`). One function per chart, named after the chart:

- analysis (:mod:`~segcore.charts.readouts_analysis`): :func:`abc_xyz_heatmap`,
  :func:`quadrant_scatter`, :func:`pareto_curve`, :func:`ltv_histogram`, :func:`ltv_by_segment`;
- predicted value (:mod:`~segcore.charts.readouts_ltv`): :func:`clv_histogram`,
  :func:`alive_histogram`, :func:`clv_by_segment`, :func:`holdout_bars`,
  :func:`cumulative_tracking`;
- dynamics (:mod:`~segcore.charts.readouts_dynamics`): :func:`period_chart`,
  :func:`growth_chart`, :func:`base_flow`, :func:`live_base`, :func:`cohort_heatmap`,
  :func:`golden_share`, :func:`plan_chart`, :func:`variance_chart`;
- movement (:mod:`~segcore.charts.readouts_flows`): :func:`migration_heatmap`,
  :func:`migration_flow`, :func:`scenario_heatmap`, :func:`sweep_chart`.

Usage: ``st.caption(readouts.pareto_curve(seg, lang, top=x, top_share=y))`` under the chart.
"""

from __future__ import annotations

from segcore.charts.readouts_analysis import (
    abc_xyz_heatmap,
    ltv_by_segment,
    ltv_histogram,
    pareto_curve,
    quadrant_scatter,
)
from segcore.charts.readouts_dynamics import (
    base_flow,
    cohort_heatmap,
    golden_share,
    growth_chart,
    live_base,
    period_chart,
    plan_chart,
    variance_chart,
)
from segcore.charts.readouts_flows import migration_flow, migration_heatmap, scenario_heatmap, sweep_chart
from segcore.charts.readouts_ltv import (
    alive_histogram,
    clv_by_segment,
    clv_histogram,
    cumulative_tracking,
    holdout_bars,
)

__all__ = [
    "abc_xyz_heatmap",
    "alive_histogram",
    "base_flow",
    "clv_by_segment",
    "clv_histogram",
    "cohort_heatmap",
    "cumulative_tracking",
    "golden_share",
    "growth_chart",
    "holdout_bars",
    "live_base",
    "ltv_by_segment",
    "ltv_histogram",
    "migration_flow",
    "migration_heatmap",
    "pareto_curve",
    "period_chart",
    "plan_chart",
    "quadrant_scatter",
    "scenario_heatmap",
    "sweep_chart",
    "variance_chart",
]
