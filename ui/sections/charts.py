"""Charts drawn from cached Vega-Lite templates: a threshold move only sends new rows.

Building an Altair chart (and validating it) takes tens of milliseconds; the Matrix page's
charts change only in their data when a slider moves. Their specifications without the
data are built once per metric, language and words (a small LRU cache keyed by those) and
given the new rows on each run (``segcore.charts.with_datasets`` / ``quadrant_fill``; the
templates themselves are never changed). The datasets keep their names between runs, so
the browser updates the drawn chart's data instead of building a new chart.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, Literal

import numpy as np
import pandas as pd
import streamlit as st

from segcore import charts
from segcore.classify.segmentation import BASIS_COLUMNS, Segmentation
from ui.data import Analysis

__all__ = ["draw", "heatmap_spec", "quadrant_points", "quadrant_spec"]

_SAMPLES: OrderedDict[tuple[int, str, int], tuple[pd.DataFrame, np.ndarray, np.ndarray, np.ndarray]] = (
    OrderedDict()
)
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
) -> dict:
    """Give the ABC × XYZ heatmap's specification (as ``charts.abc_xyz_heatmap`` draws it)."""
    template = _heatmap_template(
        metric, title, x_title, y_title, tuple(field_titles.items()), lang, value_format, select
    )
    return charts.with_datasets(template, **{charts.HEATMAP_DATA: charts.heatmap_frame(summary, metric)})


def quadrant_points(analysis: Analysis, segmentation: Segmentation, limit: int = 3000) -> pd.DataFrame:
    """Give at most ``limit`` customers (a fixed sample) with loyalty, profit and quadrant.

    The sample's ids and profits are the same for every threshold: they are taken out of the
    customer table once per dataset and profit basis (a million ids take ~0.1 s to copy).
    """
    customers = analysis.customers
    basis = BASIS_COLUMNS[segmentation.scenario.quadrants.profit_basis]
    key = (id(customers), basis, limit)
    with _SAMPLES_LOCK:
        hit = _SAMPLES.get(key)
        if hit is not None and hit[0] is customers:
            _SAMPLES.move_to_end(key)
    if hit is None or hit[0] is not customers:
        rows = charts.sample_points(analysis.size, limit)
        ids = customers["customer_id"].iloc[rows].to_numpy(dtype=object)
        profit = customers[basis].iloc[rows].to_numpy(dtype=float, na_value=np.nan)
        hit = (customers, rows, ids, profit)
        with _SAMPLES_LOCK:
            _SAMPLES[key] = hit
            while len(_SAMPLES) > 4:
                _SAMPLES.popitem(last=False)
    _, rows, ids, profit = hit
    return pd.DataFrame(
        {
            "customer_id": ids,
            "loyalty": segmentation.loyalty[rows],
            "profit": profit,
            "quadrant": segmentation.quadrant[rows],
        }
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
) -> dict:
    """Give the loyalty × profitability scatter's specification (as ``charts.quadrant_scatter``)."""
    template = _quadrant_template(
        charts.quadrant_ticks(points["profit"], log_profit),
        charts.quadrant_tooltip(points, tooltip_titles),
        title,
        x_title,
        y_title,
        subtitle,
        lang,
    )
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
