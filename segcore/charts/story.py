"""Charts of the presenter's story that no analysis page draws: ranked bars of named rows.

The at-risk step ranks key customers by the revenue at stake (coloured by overdue / lost),
the plan step lists the findings most urgent first with the customers they concern (coloured
by urgency).
"""

from __future__ import annotations

from collections.abc import Mapping

import altair as alt
import pandas as pd

from segcore.charts.base import TEXT_COLOUR, chart_title, finish

__all__ = ["BAR_STEP", "ranked_bars"]

#: Pixels per bar (and its gap): ten bars make a 300-pixel chart, every label readable.
BAR_STEP = 30


def ranked_bars(
    frame: pd.DataFrame,
    *,
    title: str,
    value_title: str,
    label_title: str,
    colours: Mapping[str, str],
    group_names: Mapping[str, str],
    value_format: str = ",.0f",
    lang: str = "en",
) -> alt.LayerChart:
    """Give horizontal bars of ``value`` per ``label``, in the frame's order, coloured by ``group``.

    ``frame`` has ``label``, ``value`` and ``group`` (a key of ``colours``); ``group_names``
    gives the legend's words for the groups.
    """
    data = frame[["label", "value", "group"]].copy()
    data["group_name"] = [group_names.get(g, g) for g in data["group"]]
    groups = [g for g in colours if g in set(data["group"])] or list(colours)
    order = list(data["label"])
    base = alt.Chart(data).encode(
        y=alt.Y("label:N", sort=order, title=label_title, axis=alt.Axis(labelLimit=320)),
        x=alt.X("value:Q", title=value_title, axis=alt.Axis(format=value_format)),
        tooltip=[
            alt.Tooltip("label:N", title=label_title),
            alt.Tooltip("value:Q", title=value_title, format=value_format),
        ],
    )
    bars = base.mark_bar(cornerRadiusEnd=3).encode(
        color=alt.Color(
            "group_name:N",
            scale=alt.Scale(
                domain=[group_names.get(g, g) for g in groups], range=[colours[g] for g in groups]
            ),
            legend=alt.Legend(title=None, orient="bottom"),
        )
    )
    text = base.mark_text(align="left", dx=6, fontSize=15, color=TEXT_COLOUR).encode(
        text=alt.Text("value:Q", format=value_format)
    )
    chart = alt.LayerChart(layer=[bars, text]).properties(title=chart_title(title), height=alt.Step(BAR_STEP))
    return finish(chart, lang)
