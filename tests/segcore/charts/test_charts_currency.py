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
from segcore.charts.dynamics import period_chart
from segcore.charts.plan import plan_chart
from segcore.charts.slides import caption_lines
from segcore.dynamics import period_comparison
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
    rows = {
        name: frame.to_dict("records") if isinstance(frame, pd.DataFrame) else frame
        for name, frame in spec.get("datasets", {}).items()
    }
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


def _tooltips(spec: dict) -> dict[str, str]:
    """Give each tooltip field's format, over the layers of a specification."""
    found = {}
    for layer in spec.get("layer", [spec]):
        for tip in layer.get("encoding", {}).get("tooltip", []):
            found[tip["field"]] = tip.get("format", "")
    return found


def test_the_plan_chart_writes_plan_and_actual_with_the_currency():
    frame = pd.DataFrame(
        {
            "label": ["2024", "2025"],
            "period": [pd.Period("2024", "Y"), pd.Period("2025", "Y")],
            "plan": [29000.0, 20000.0],
            "actual": [30000.0, float("nan")],
            "complete": [True, False],
        }
    )
    titles = {
        "title": "t",
        "period_title": "p",
        "value_title": "v",
        "plan_title": "Plan",
        "actual_title": "A",
    }
    spec = charts.vega_spec(plan_chart(frame, **titles, lang="ru", currency="₽"))
    assert _tooltips(spec)["plan"] == "$,.0f" and _tooltips(spec)["actual"] == "$,.0f"
    assert spec["config"]["locale"]["number"]["currency"] == ["", f"{NBSP}₽"]
    plain = charts.vega_spec(plan_chart(frame, **titles, lang="ru"))
    assert plain["config"]["locale"]["number"]["currency"] == ["", ""]


def test_the_period_chart_s_bars_write_both_values_with_the_currency():
    # 2023: 20,000; 2024: 30,000 (the shop of the dynamics readouts)
    shop = pd.DataFrame(
        {
            "customer_id": ["a", "b", "a", "d"],
            "date": pd.to_datetime(["2023-01-10", "2023-04-05", "2024-02-01", "2024-12-31"]).date,
            "amount": [15000.0, 5000.0, 22000.0, 8000.0],
            "order_id": ["o1", "o2", "o3", "o4"],
        }
    )
    words = {
        "title": "t",
        "value_title": "v",
        "period_title": "p",
        "current_title": "c",
        "year_ago_title": "y",
    }
    chart = period_chart(period_comparison(shop, "Y"), metric="revenue", **words, lang="en", currency="$")
    spec = charts.vega_spec(chart)
    assert _tooltips(spec)["value"] == "$,.0f" and _tooltips(spec)["year_ago"] == "$,.0f"
    assert spec["config"]["locale"]["number"]["currency"] == ["$", ""]
    texts = _texts(spec)
    assert "30,000" in texts and not any(
        "$" in text for text in texts
    )  # the axis keeps plain figures: its title carries the sign
