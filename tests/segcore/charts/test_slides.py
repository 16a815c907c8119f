"""Slide pictures: the caption says the cut-offs in force and the data, in the app's language."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from xml.sax.saxutils import escape

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore import charts
from segcore.charts.slides import caption_lines, slide_png, slide_spec, slide_svg, slides_zip
from segcore.charts.story import ranked_bars
from segcore.settings import Scenario

NBSP = "\u00a0"


def _scenario() -> Scenario:
    base = Scenario()
    return base.replace(
        abc=base.abc.replace(a=0.7, b=0.9),
        xyz=base.xyz.replace(x=0.5, y=1.25),
        quadrants=base.quadrants.replace(loyalty_split=0.6, profit_split=0.8),
    )


def _bars(lang: str = "en"):
    frame = pd.DataFrame({"label": ["C-1", "C-2"], "value": [300.0, 120.0], "group": ["lost", "overdue"]})
    return ranked_bars(
        frame,
        title="At risk",
        value_title="Revenue at stake",
        label_title="Customer",
        colours={"overdue": "#E69F00", "lost": "#D55E00"},
        group_names={"overdue": "overdue", "lost": "lost"},
        lang=lang,
    )


def test_the_english_caption_states_every_cut_off_and_the_data_with_its_date():
    lines = caption_lines(_scenario(), "store.csv", date(2025, 12, 31), "en")
    assert lines == [
        f"ABC: A up to 70{NBSP}%, B up to 90{NBSP}% of revenue · XYZ: X ≤ 0.50, Y ≤ 1.25 (by month) · "
        f"loyalty split 60{NBSP}%, profitability split 80{NBSP}%",
        "Data: store.csv · as of 2025-12-31",
    ]


def test_the_russian_caption_uses_decimal_commas_and_russian_dates():
    lines = caption_lines(_scenario(), "выгрузка.csv", date(2025, 12, 31), "ru")
    assert lines[0].startswith(f"ABC: A до 70{NBSP}%, B до 90{NBSP}% по показателю «выручка»")
    assert "X ≤ 0,50, Y ≤ 1,25 (период: месяц)" in lines[0]
    assert f"граница лояльности 60{NBSP}%, граница прибыльности 80{NBSP}%" in lines[0]
    assert lines[1] == "Данные: выгрузка.csv · на 31.12.2025"


def test_a_profit_split_by_amount_is_written_as_an_amount():
    base = Scenario()
    scenario = base.replace(quadrants=base.quadrants.replace(profit_split_kind="value", profit_split=1500.0))
    assert "profitability split at 1,500.00" in caption_lines(scenario, "x", date(2025, 1, 1), "en")[0]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_slide_svg_carries_the_cut_offs_under_the_chart(lang):
    lines = caption_lines(_scenario(), "store <demo> & co", date(2025, 12, 31), lang)
    svg = slide_svg(charts.vega_spec(_bars(lang)), lines)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    text = "".join(svg.split("<text")[1:])
    assert escape("store <demo> & co") in svg  # user text is escaped, never markup
    for word in ("70", "90", "1,25" if lang == "ru" else "1.25", "2025"):
        assert word in text
    assert "C-1" in svg  # the chart itself is drawn


def test_a_chart_with_frames_as_datasets_draws_at_the_slide_width():
    heatmap = charts.with_datasets(
        charts.heatmap_template(
            metric="customers",
            title="Matrix",
            x_title="XYZ",
            y_title="ABC",
            field_titles={"cell": "Cell", "customers": "Customers"},
            lang="en",
        ),
        **{
            charts.HEATMAP_DATA: charts.heatmap_frame(
                pd.DataFrame(
                    {
                        "abc": ["A", "B"],
                        "xyz": ["X", "Y"],
                        "cell": ["AX", "BY"],
                        "customers": [3, 5],
                        "revenue": [10.0, 20.0],
                        "revenue_share": [1 / 3, 2 / 3],
                        "avg_revenue": [3.3, 4.0],
                    }
                ),
                "customers",
            )
        },
    )
    spec = slide_spec(heatmap, width=700)
    assert spec["width"] == 700 and isinstance(spec["datasets"][charts.HEATMAP_DATA], list)
    svg = slide_svg(heatmap, ["caption"], width=700)
    outer = re.match(r'<svg[^>]*\bwidth="(\d+)"', svg)
    assert outer is not None and int(outer.group(1)) == 700
    assert ">caption</text>" in svg


def test_the_png_is_a_png_and_the_zip_holds_both_pictures_of_every_slide():
    svg = slide_svg(charts.vega_spec(_bars()), ["ABC: A up to 70 %"])
    assert slide_png(svg)[:8] == b"\x89PNG\r\n\x1a\n"
    archive = zipfile.ZipFile(io.BytesIO(slides_zip({"01_data": svg, "02_pareto": svg})))
    assert sorted(archive.namelist()) == ["01_data.png", "01_data.svg", "02_pareto.png", "02_pareto.svg"]
    assert archive.read("02_pareto.svg").decode() == svg


@settings(max_examples=25, deadline=None)
@given(st.floats(0.05, 0.94), st.floats(0.01, 4.99))
def test_every_caption_quotes_the_a_cut_off_and_the_x_cut_off(a, x):
    base = Scenario()
    scenario = base.replace(abc=base.abc.replace(a=a, b=0.95), xyz=base.xyz.replace(x=x, y=5.0))
    first = caption_lines(scenario, "d", date(2025, 1, 1), "en")[0]
    assert f"A up to {round(a * 100):.0f}{NBSP}%" in first
    assert f"X ≤ {x:,.2f}" in first
