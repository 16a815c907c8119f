"""Charts drawn from cached Vega-Lite templates: a threshold move only sends new rows.

Building an Altair chart (and validating it) takes tens of milliseconds; the Matrix page's
charts change only in their data when a slider moves. Their specifications without the
data are built once per metric, language and words (a small LRU cache keyed by those) and
given the new rows on each run (``segcore.charts.with_datasets`` / ``quadrant_fill``; the
templates themselves are never changed). The datasets keep their names between runs, so
the browser updates the drawn chart's data instead of building a new chart.

Given ``live`` (the analysis and its segmentation), the heatmap and the scatter carry the
scenario's bucket tables instead (:mod:`segcore.charts.live`, built once per analysis and
non-threshold settings, :func:`buckets`) and follow the threshold sliders in the browser
while they are dragged. Those live specifications do not depend on the thresholds: each is
built once per bucket table and words, and the same one is drawn after every release, with
the sliders' values the server holds in a one-row dataset beside it
(:func:`segcore.charts.live.with_slider_values`).
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, Literal, NamedTuple

import numpy as np
import pandas as pd
import streamlit as st
from streamlit import dataframe_util

from segcore import charts
from segcore.charts import live as live_charts
from segcore.classify.buckets import BucketTables
from segcore.classify.cell_grid import CellGrid, cell_grid
from segcore.classify.segmentation import BASIS_COLUMNS, Segmentation
from segcore.settings import Scenario
from ui.data import Analysis
from ui.state import scenario as scenario_state
from ui.text import segment_name, tr

__all__ = ["Live", "buckets", "draw", "heatmap_spec", "live_legend", "quadrant_points", "quadrant_spec"]

#: What a chart needs to follow the sliders in the browser: the analysis and its segmentation.
Live = tuple[Analysis, Segmentation]


class _Rows(NamedTuple):
    """The bucket tables and what the live charts send of them (built once; the same on each run)."""

    tables: BucketTables
    grid: CellGrid
    heatmap: dict[str, bytes]
    grids: tuple[list[float], list[float]]
    specs: dict[tuple, dict]


# Kept per analysis, as long as the analysis itself is kept (``ui.data``'s bounded cache): a
# room of twenty sessions on a dozen datasets must not evict each other's rows on every move.
_PER_ANALYSIS = 6
_BUCKETS: weakref.WeakKeyDictionary[Analysis, OrderedDict[str, _Rows]] = weakref.WeakKeyDictionary()
_BUCKETS_LOCK = threading.Lock()

_Sample = tuple[np.ndarray, np.ndarray, np.ndarray]  # rows, ids, profits of the scatter's customers
_SAMPLES: weakref.WeakKeyDictionary[Analysis, dict[tuple[str, int], _Sample]] = weakref.WeakKeyDictionary()
_SAMPLES_LOCK = threading.Lock()


@lru_cache(maxsize=32)
def _heatmap_template(
    metric: str,
    title: str,
    x_title: str,
    y_title: str,
    field_titles: tuple[tuple[str, str], ...],
    lang: str,
    value_format: str,
    select: str | None,
) -> dict:
    return charts.heatmap_template(
        metric=metric,
        title=title,
        x_title=x_title,
        y_title=y_title,
        field_titles=dict(field_titles),
        lang=lang,
        value_format=value_format,
        select=select,
    )


@lru_cache(maxsize=32)
def _quadrant_template(
    ticks: tuple[float, ...] | None,
    tooltip: tuple,
    title: str,
    x_title: str,
    y_title: str,
    subtitle: str | None,
    lang: str,
) -> dict:
    return charts.quadrant_template(
        ticks=ticks,
        tooltip=tooltip,
        title=title,
        x_title=x_title,
        y_title=y_title,
        subtitle=subtitle,
        lang=lang,
    )


def _without_thresholds(scenario: Scenario) -> str:
    """Give the scenario's JSON with the sliders' thresholds at their defaults (a bucket cache key)."""
    plain = Scenario()
    quad = scenario.quadrants.replace(loyalty_split=plain.quadrants.loyalty_split)
    if quad.profit_split_kind == "percentile":
        quad = quad.replace(profit_split=plain.quadrants.profit_split)
    return scenario.replace(
        abc=scenario.abc.replace(a=plain.abc.a, b=plain.abc.b),
        xyz=scenario.xyz.replace(x=plain.xyz.x, y=plain.xyz.y),
        quadrants=quad,
    ).to_json()


def _rows(analysis: Analysis, segmentation: Segmentation) -> _Rows:
    key = _without_thresholds(segmentation.scenario)
    with _BUCKETS_LOCK:
        kept = _BUCKETS.setdefault(analysis, OrderedDict())
        hit = kept.get(key)
        if hit is not None:
            kept.move_to_end(key)
            return hit
    tables = analysis.buckets(segmentation)
    grid = cell_grid(tables.cells)
    rows = _Rows(
        tables,
        grid,
        {
            name: dataframe_util.convert_anything_to_arrow_bytes(frame)
            for name, frame in live_charts.heatmap_data(grid).items()
        },
        (
            live_charts.quadrant_grid(tables.quadrants, "customers"),
            live_charts.quadrant_grid(tables.quadrants, "revenue"),
        ),
        {},
    )
    with _BUCKETS_LOCK:
        kept = _BUCKETS.setdefault(analysis, OrderedDict())
        kept[key] = rows
        while len(kept) > _PER_ANALYSIS:
            kept.popitem(last=False)
    return rows


def buckets(analysis: Analysis, segmentation: Segmentation) -> BucketTables:
    """Give the bucket tables of the segmentation's scenario (built once per analysis and settings)."""
    return _rows(analysis, segmentation).tables


def _thresholds(scenario: Scenario) -> dict[str, float]:
    """Give the sliders' values of the scenario, as the sliders show them."""
    return {key: scenario_state.BINDINGS[key].to_widget(value) for key, value in _fields(scenario).items()}


def _fields(scenario: Scenario) -> dict[str, float]:
    return {
        "abc_a": scenario.abc.a,
        "abc_b": scenario.abc.b,
        "xyz_x": scenario.xyz.x,
        "xyz_y": scenario.xyz.y,
        "quadrants_loyalty_split": scenario.quadrants.loyalty_split,
        "quadrants_profit_split": scenario.quadrants.profit_split,
    }


def live_legend(segmentation: Segmentation) -> dict[str, str]:
    """Give each quadrant's legend text with ``{customers}`` and ``{share}`` left for the browser."""
    codes = segmentation.quadrant_summary["quadrant"]
    return {
        str(code): tr(
            "quad.legend", code=code, name=segment_name(code), customers="{customers}", share="{share}"
        )
        for code in codes
    }


def heatmap_spec(
    summary: pd.DataFrame,
    *,
    metric: str,
    title: str,
    x_title: str,
    y_title: str,
    field_titles: Mapping[str, str],
    lang: str,
    value_format: str = ",.0f",
    select: str | None = None,
    live: Live | None = None,
) -> dict:
    """Give the ABC × XYZ heatmap's specification (as ``charts.abc_xyz_heatmap`` draws it).

    With ``live``, the cells are computed in the browser from the bucket table and follow
    the ABC and XYZ sliders while they move.
    """
    template = _heatmap_template(
        metric, title, x_title, y_title, tuple(field_titles.items()), lang, value_format, select
    )
    if live is not None:
        analysis, segmentation = live
        rows = _rows(analysis, segmentation)
        words = (title, x_title, y_title, tuple(field_titles.items()), lang, value_format, select)
        key = ("heatmap", metric, words)
        if key not in rows.specs:
            spec = live_charts.live_heatmap(
                template, rows.grid, metric=metric, thresholds=_thresholds(segmentation.scenario)
            )
            rows.specs[key] = {**spec, "datasets": {**spec["datasets"], **rows.heatmap}}
        return live_charts.with_slider_values(rows.specs[key], _thresholds(segmentation.scenario))
    return charts.with_datasets(template, **{charts.HEATMAP_DATA: charts.heatmap_frame(summary, metric)})


def quadrant_points(
    analysis: Analysis, segmentation: Segmentation, limit: int = 3000, *, live: bool = False
) -> pd.DataFrame:
    """Give at most ``limit`` customers (a fixed sample) with loyalty, profit and quadrant.

    ``live`` adds each one's loyalty and profit buckets (``lb``, ``pb``), for the scatter
    that recolours itself in the browser.

    The sample's ids and profits are the same for every threshold: they are taken out of the
    customer table once per dataset and profit basis (a million ids take ~0.1 s to copy).
    """
    customers = analysis.customers
    basis = BASIS_COLUMNS[segmentation.scenario.quadrants.profit_basis]
    key = (basis, limit)
    with _SAMPLES_LOCK:
        hit = _SAMPLES.setdefault(analysis, {}).get(key)
    if hit is None:
        rows = charts.sample_points(analysis.size, limit)
        ids = customers["customer_id"].iloc[rows].to_numpy(dtype=object)
        profit = customers[basis].iloc[rows].to_numpy(dtype=float, na_value=np.nan)
        hit = (rows, ids, profit)
        with _SAMPLES_LOCK:
            _SAMPLES.setdefault(analysis, {})[key] = hit
    rows, ids, profit = hit
    points = pd.DataFrame(
        {
            "customer_id": ids,
            "loyalty": segmentation.loyalty[rows],
            "profit": profit,
            "quadrant": segmentation.quadrant[rows],
        }
    )
    if live:
        tables = buckets(analysis, segmentation)
        points["lb"] = tables.customer_loyalty[rows]
        points["pb"] = tables.customer_profit[rows]
    return points


def _live_scatter(
    template: dict, points: pd.DataFrame, rows: _Rows, legend: Mapping[str, str], segmentation: Segmentation
) -> dict:
    tables = rows.tables
    values = _thresholds(segmentation.scenario)
    return live_charts.live_scatter(
        template,
        points.drop(columns=["quadrant"]),
        rows.grids,
        loyalty_split=int(values["quadrants_loyalty_split"]),
        profit_split=None if tables.profit_fixed else int(values["quadrants_profit_split"]),
        loyalty_values=tables.loyalty_values.tolist(),
        profit_values=tables.profit_values.tolist(),
        legend=legend,
    )


def quadrant_spec(
    points: pd.DataFrame,
    *,
    loyalty_split: float,
    profit_split: float,
    names: Mapping[str, str],
    title: str,
    x_title: str,
    y_title: str,
    tooltip_titles: Mapping[str, str],
    subtitle: str | None = None,
    lang: str = "en",
    log_profit: bool = False,
    live: Live | None = None,
    legend: Mapping[str, str] | None = None,
) -> dict:
    """Give the loyalty × profitability scatter's specification (as ``charts.quadrant_scatter``).

    With ``live`` (and ``points`` from :func:`quadrant_points` with ``live=True``), the dots
    recolour, the split lines move and the legend's sizes follow the split sliders in the
    browser; ``legend`` gives each quadrant's text with ``{customers}`` and ``{share}`` left in.
    """
    words = (
        charts.quadrant_ticks(points["profit"], log_profit),
        charts.quadrant_tooltip(points, tooltip_titles),
        title,
        x_title,
        y_title,
        subtitle,
        lang,
    )
    template = _quadrant_template(*words)
    if live is not None:
        analysis, segmentation = live
        rows = _rows(analysis, segmentation)
        legend = legend if legend is not None else names
        key = ("scatter", words, tuple(legend.items()), len(points))
        if key not in rows.specs:
            rows.specs[key] = _live_scatter(template, points, rows, legend, segmentation)
        return live_charts.with_slider_values(rows.specs[key], _thresholds(segmentation.scenario))
    return charts.quadrant_fill(
        template, points, loyalty_split=loyalty_split, profit_split=profit_split, names=names
    )


def draw(
    spec: dict,
    *,
    key: str,
    on_select: Literal["ignore", "rerun"] | Callable[[], None] = "ignore",
    selection_mode: str | None = None,
) -> Any:
    """Draw a specification as wide as its column, in Streamlit's chart theme."""
    return st.vega_lite_chart(
        spec=spec,
        width="stretch",
        key=key,
        on_select=on_select,
        selection_mode=selection_mode,
        theme="streamlit",
    )
