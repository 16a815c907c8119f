"""Money in the charts: a ``$`` format writes the session's currency where the language puts it.

The heatmap of average revenue is drawn to SVG (``vl-convert``, the renderer the slides
use) and its cell texts are read back; the slide caption writes a profitability split in
money with the sign.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import vl_convert

from segcore import charts
from segcore.charts.base import number_locale, with_money_locale
from segcore.charts.slides import caption_lines
from segcore.i18n.format import NBSP
from segcore.settings import Scenario

TITLES = {"cell": "Cell", "avg_revenue": "Average revenue"}


def test_the_number_locale_places_the_sign_as_the_formatter_does():
    assert number_locale("ru", "₽")["currency"] == ["", f"{NBSP}₽"]
    assert number_locale("en", "$")["currency"] == ["$", ""]
    assert number_locale("en", "CHF")["currency"] == ["", f"{NBSP}CHF"]
    assert number_locale("en")["currency"] == ["", ""]
    assert number_locale("ru", "€")["thousands"] == NBSP and number_locale("ru", "€")["decimal"] == ","


def _summary() -> pd.DataFrame:
    # AX: 2 customers, 24,690 in all (12,345 each); every other cell empty
    cells = [a + x for a in "ABC" for x in "XYZN"]
    customers = [2 if c == "AX" else 0 for c in cells]
    revenue = [24690.0 if c == "AX" else 0.0 for c in cells]
    return pd.DataFrame(
        {
            "cell": cells,
            "abc": [c[0] for c in cells],
            "xyz": [c[1] for c in cells],
            "customers": customers,
            "revenue": revenue,
            "revenue_share": [1.0 if c == "AX" else 0.0 for c in cells],
            "avg_revenue": [r / n if n else 0.0 for r, n in zip(revenue, customers, strict=True)],
        }
    )


def _texts(spec: dict) -> list[str]:
    """Give the texts of the drawn chart (rows as records, a fixed width: as the slides draw it)."""
    rows = {name: frame.to_dict("records") for name, frame in spec["datasets"].items()}
    svg = vl_convert.vegalite_to_svg({**spec, "datasets": rows, "width": 400})
    return [re.sub(r"<[^>]+>", "", text) for text in re.findall(r"<text[^>]*>(.*?)</text>", svg)]


def _heatmap(lang: str) -> dict:
    template = charts.heatmap_template(
        metric="avg_revenue",
        title="t",
        x_title="x",
        y_title="y",
        field_titles=TITLES,
        lang=lang,
        value_format="$,.0f",
    )
    return charts.with_datasets(
        template, **{charts.HEATMAP_DATA: charts.heatmap_frame(_summary(), "avg_revenue")}
    )


def test_the_average_revenue_heatmap_writes_the_currency_in_its_cells():
    ru = _heatmap("ru")
    assert "12 345 ₽".replace(" ", NBSP) in _texts(with_money_locale(ru, "ru", "₽"))
    assert "$12,345" in _texts(with_money_locale(_heatmap("en"), "en", "$"))
    plain = _texts(with_money_locale(ru, "ru", ""))
    assert f"12{NBSP}345" in plain and not any("₽" in text for text in plain)


def test_the_money_locale_leaves_the_cached_spec_alone_and_is_stable():
    spec = _heatmap("ru")
    before = repr(spec)
    first, second = with_money_locale(spec, "ru", "₽"), with_money_locale(spec, "ru", "₽")
    assert first == second and repr(spec) == before
    assert first["config"]["locale"]["number"]["currency"] == ["", f"{NBSP}₽"]
    assert {k: v for k, v in first["config"].items() if k != "locale"} == {
        k: v for k, v in spec["config"].items() if k != "locale"
    }


def test_a_profit_split_in_money_carries_the_currency_on_the_slide_caption():
    base = Scenario()
    scenario = base.replace(quadrants=base.quadrants.replace(profit_split_kind="value", profit_split=1500.0))
    assert "profitability split at $1,500.00" in caption_lines(scenario, "x", date(2025, 1, 1), "en", "$")[0]
    russian = caption_lines(scenario, "x", date(2025, 1, 1), "ru", "₽")[0]
    assert f"на уровне 1{NBSP}500,00{NBSP}₽" in russian
    assert "1,500.00" in caption_lines(scenario, "x", date(2025, 1, 1), "en")[0]
