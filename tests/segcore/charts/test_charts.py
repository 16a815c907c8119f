"""Chart builders: the specification carries the data, encodings, words and fixed colours."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore import charts
from segcore.classify.segmentation import Segmenter
from segcore.customers import customer_table
from segcore.i18n import t
from segcore.settings import Scenario

CDNOW = Path(__file__).resolve().parents[3] / "sample_data" / "cdnow" / "CDNOW_sample.txt"


@pytest.fixture(scope="module")
def cdnow_transactions() -> pd.DataFrame:
    raw = pd.read_csv(
        CDNOW,
        sep=r"\s+",
        header=None,
        dtype=str,
        names=["customer_id", "sample_id", "date", "quantity", "amount"],
    )
    return pd.DataFrame(
        {
            "customer_id": raw["customer_id"],
            "date": pd.to_datetime(raw["date"], format="%Y%m%d"),
            "amount": raw["amount"].astype(float),
            "quantity": raw["quantity"].astype(float),
        }
    )


def _layer_rows(spec: dict, layer: dict) -> list[dict]:
    data = layer.get("data") or spec.get("data")
    if "values" in data:
        return data["values"]
    return spec["datasets"][data["name"]]


def _layers_with(spec: dict, mark: str) -> list[dict]:
    return [layer for layer in spec["layer"] if _mark(layer) == mark]


def _mark(layer: dict) -> str:
    mark = layer["mark"]
    return mark if isinstance(mark, str) else mark["type"]


def _colour_scale(layer: dict) -> dict[str, str]:
    scale = layer["encoding"]["color"]["scale"]
    return dict(zip(scale["domain"], scale["range"], strict=True))


@pytest.fixture
def summary() -> pd.DataFrame:
    rows = []
    for i, (a, x) in enumerate((a, x) for a in "ABC" for x in "XYZN"):
        rows.append(
            {
                "abc": a,
                "xyz": x,
                "cell": a + x,
                "customers": i + 1,
                "revenue": 100.0 * (12 - i),
                "revenue_share": (12 - i) / 78,
                "avg_revenue": 100.0 * (12 - i) / (i + 1),
            }
        )
    return pd.DataFrame(rows)


TITLES = {
    "cell": "Ячейка",
    "customers": "Клиенты",
    "revenue_share": "Доля выручки",
    "avg_revenue": "Средняя выручка",
}


def test_heatmap_has_one_square_per_cell_coloured_by_the_chosen_metric(summary):
    spec = charts.abc_xyz_heatmap(
        summary,
        metric="customers",
        title="ABC × XYZ: клиенты",
        x_title="XYZ",
        y_title="ABC",
        field_titles=TITLES,
        lang="ru",
    ).to_dict()
    squares = _layers_with(spec, "rect")[0]
    rows = _layer_rows(spec, squares)
    assert sorted(r["cell"] for r in rows) == sorted(summary["cell"])
    assert {r["cell"]: r["customers"] for r in rows}["BY"] == 6
    assert squares["encoding"]["color"]["field"] == "customers"
    assert squares["encoding"]["x"]["sort"] == ["X", "Y", "Z", "N"]
    assert squares["encoding"]["y"]["sort"] == ["A", "B", "C"]
    assert spec["title"]["text"] == "ABC × XYZ: клиенты"
    tooltip_titles = [tip["title"] for tip in squares["encoding"]["tooltip"]]
    assert tooltip_titles == list(TITLES.values())


def test_heatmap_prints_cell_codes_and_values_with_the_language_number_format(summary):
    spec = charts.abc_xyz_heatmap(
        summary,
        metric="revenue_share",
        title="t",
        x_title="x",
        y_title="y",
        field_titles=TITLES,
        lang="ru",
        value_format=".1%",
    ).to_dict()
    texts = _layers_with(spec, "text")
    assert [layer["encoding"]["text"]["field"] for layer in texts] == ["cell", "revenue_share"]
    assert texts[1]["encoding"]["text"]["format"] == ".1%"
    assert spec["config"]["locale"]["number"]["decimal"] == ","
    assert spec["config"]["locale"]["number"]["thousands"] == "\u00a0"


def test_heatmap_labels_dark_squares_in_white_so_they_stay_readable(summary):
    spec = charts.abc_xyz_heatmap(
        summary, metric="customers", title="t", x_title="x", y_title="y", field_titles=TITLES
    ).to_dict()
    rows = _layer_rows(spec, _layers_with(spec, "rect")[0])
    dark = {r["cell"] for r in rows if r["dark"]}
    assert dark == {c for c, n in zip(summary["cell"], summary["customers"], strict=True) if n > 0.55 * 12}


def test_heatmap_offers_a_named_click_selection_when_asked(summary):
    spec = charts.abc_xyz_heatmap(
        summary,
        metric="customers",
        title="t",
        x_title="x",
        y_title="y",
        field_titles=TITLES,
        select="cell_pick",
    ).to_dict()
    params = spec["params"]
    assert params[0]["name"] == "cell_pick"
    assert params[0]["select"]["fields"] == ["cell"]
    assert params[0]["views"] == [_layers_with(spec, "rect")[0]["name"]]


def test_fonts_are_large_enough_for_a_projector(summary):
    spec = charts.abc_xyz_heatmap(
        summary, metric="customers", title="t", x_title="x", y_title="y", field_titles=TITLES
    ).to_dict()
    assert spec["config"]["axis"]["labelFontSize"] >= 14
    assert spec["config"]["axis"]["titleFontSize"] >= 14
    assert spec["config"]["title"]["fontSize"] >= 18


def _quadrant_points(codes: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": [f"c{i}" for i in range(len(codes))],
            "loyalty": np.linspace(0, 1, len(codes)),
            "profit": np.linspace(10, 1000, len(codes)),
            "quadrant": codes,
        }
    )


def test_quadrant_colours_stay_fixed_when_a_quadrant_is_empty():
    names = {"I": "I · Вход", "II": "II · Резерв", "III": "III · Ядро", "IV": "IV · Богатые"}
    spec = charts.quadrant_scatter(
        _quadrant_points(["I", "III", "III", "IV"]),
        loyalty_split=0.5,
        profit_split=300,
        names=names,
        title="Лояльность × доходность",
        x_title="Лояльность",
        y_title="Выручка",
        tooltip_titles={"customer_id": "Клиент"},
        lang="ru",
    ).to_dict()
    dots = _layers_with(spec, "circle")[0]
    colours = _colour_scale(dots)
    assert colours == {q: charts.QUADRANT_COLOURS[q] for q in ("III", "IV", "I")}
    assert list(colours) == ["III", "IV", "I"]  # the legend starts with the core
    assert len(_layer_rows(spec, dots)) == 4
    assert dots["encoding"]["x"]["title"] == "Лояльность"
    assert dots["encoding"]["y"]["title"] == "Выручка"
    assert "IV · Богатые" in dots["encoding"]["color"]["legend"]["labelExpr"]
    assert spec["title"]["text"] == "Лояльность × доходность"


def test_quadrant_chart_draws_both_split_lines_at_the_split_values():
    spec = charts.quadrant_scatter(
        _quadrant_points(["I", "II", "III", "IV"] * 3),
        loyalty_split=0.4,
        profit_split=250.0,
        names={},
        title="t",
        x_title="x",
        y_title="y",
        tooltip_titles={},
        log_profit=True,
    ).to_dict()
    rules = _layers_with(spec, "rule")
    assert [_layer_rows(spec, r)[0] for r in rules] == [{"loyalty": 0.4, "profit": 250.0}] * 2
    assert [next(iter(r["encoding"])) for r in rules] == ["x", "y"]
    y = _layers_with(spec, "circle")[0]["encoding"]["y"]
    assert y["scale"]["type"] == "symlog"
    assert y["axis"]["values"] == [0.0, 10.0, 100.0, 1000.0]


def test_pareto_chart_shades_abc_bands_at_the_given_customer_shares():
    points = pd.DataFrame({"customer_share": [0, 0.2, 1], "revenue_share": [0, 0.8, 1]})
    spec = charts.pareto_curve(
        points,
        band_edges={"A": 0.2, "B": 0.5, "C": 1.0},
        highlight=(0.2, 0.8),
        highlight_label="Top 20 % bring 80 %",
        title="Pareto",
        x_title="Customers",
        y_title="Revenue",
    ).to_dict()
    bands = _layers_with(spec, "rect")[0]
    rows = _layer_rows(spec, bands)
    assert [(r["abc"], r["x0"], r["x1"]) for r in rows] == [("A", 0, 0.2), ("B", 0.2, 0.5), ("C", 0.5, 1.0)]
    assert _colour_scale(bands) == charts.ABC_COLOURS
    lines = _layers_with(spec, "line")
    assert _layer_rows(spec, lines[0]) == [
        {"customer_share": 0.0, "revenue_share": 0.0},
        {"customer_share": 1.0, "revenue_share": 1.0},
    ]
    assert [r["revenue_share"] for r in _layer_rows(spec, lines[1])] == [0, 0.8, 1]
    label = [r for layer in _layers_with(spec, "text") for r in _layer_rows(spec, layer) if "label" in r]
    assert label == [{"customer_share": 0.2, "revenue_share": 0.8, "label": "Top 20 % bring 80 %"}]


def test_pareto_chart_leaves_out_an_empty_band():
    points = pd.DataFrame({"customer_share": [0, 1], "revenue_share": [0, 1]})
    spec = charts.pareto_curve(
        points, band_edges={"A": 0.3, "B": 0.3, "C": 1.0}, highlight=None, title="t", x_title="x", y_title="y"
    ).to_dict()
    rows = _layer_rows(spec, _layers_with(spec, "rect")[0])
    assert [r["abc"] for r in rows] == ["A", "C"]


def test_segment_bars_keep_code_order_and_colours_with_translated_names():
    frame = pd.DataFrame({"segment": ["IV", "I", "III"], "mean": [3.0, 1.0, 2.0]})
    names = {"I": "I · Входящий поток", "III": "III · Ядро", "IV": "IV · Ценные"}
    spec = charts.segment_bars(
        frame,
        kind="quadrant",
        value="mean",
        title="Средний LTV",
        value_title="LTV",
        segment_title="Квадрант",
        names=names,
        lang="ru",
    ).to_dict()
    bars = _layers_with(spec, "bar")[0]
    assert bars["encoding"]["y"]["sort"] == ["III · Ядро", "IV · Ценные", "I · Входящий поток"]
    assert _colour_scale(bars) == {q: charts.QUADRANT_COLOURS[q] for q in ("III", "IV", "I")}
    assert {r["label"]: r["mean"] for r in _layer_rows(spec, bars)} == {
        "IV · Ценные": 3.0,
        "I · Входящий поток": 1.0,
        "III · Ядро": 2.0,
    }
    assert spec["title"]["text"] == "Средний LTV"


def test_cell_bars_take_the_colour_of_their_abc_group():
    frame = pd.DataFrame({"segment": ["AX", "BZ", "CN"], "v": [1.0, 2.0, 3.0]})
    spec = charts.segment_bars(
        frame, kind="cell", value="v", title="t", value_title="v", segment_title="s"
    ).to_dict()
    colours = _colour_scale(_layers_with(spec, "bar")[0])
    assert colours == {
        "AX": charts.ABC_COLOURS["A"],
        "BZ": charts.ABC_COLOURS["B"],
        "CN": charts.ABC_COLOURS["C"],
    }


def test_histogram_frame_counts_by_hand_and_gathers_the_tail_in_the_last_bin():
    frame = charts.histogram_frame(np.array([0, 1, 1, 2, 3, 100.0, np.nan]), bins=3, clip_quantile=0.8)
    # 0.8 quantile of the six finite values is 3, so the bins are [0, 1), [1, 2), [2, 3]
    # and 100 is counted as 3: 0 | 1, 1 | 2, 3, 3.
    assert frame["bin_start"].tolist() == [0, 1, 2]
    assert frame["bin_end"].tolist() == [1, 2, 3]
    assert frame["customers"].tolist() == [1, 2, 3]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(-1e6, 1e9, allow_nan=False), min_size=1, max_size=200), st.integers(1, 40))
def test_histogram_frame_counts_every_finite_value_once(values, bins):
    frame = charts.histogram_frame(np.array(values), bins=bins)
    assert frame["customers"].sum() == len(values)
    assert (frame["bin_end"] > frame["bin_start"]).all()


def test_histogram_draws_the_marker_line_with_its_label():
    bins = charts.histogram_frame(np.arange(100.0), bins=10)
    spec = charts.histogram(
        bins,
        title="Распределение",
        x_title="LTV",
        y_title="Клиентов",
        marker=49.5,
        marker_label="Среднее 49,5",
        lang="ru",
    ).to_dict()
    bars = _layers_with(spec, "bar")[0]
    assert sum(r["customers"] for r in _layer_rows(spec, bars)) == 100
    assert bars["encoding"]["y"]["title"] == "Клиентов"
    rule = _layers_with(spec, "rule")[0]
    assert _layer_rows(spec, rule) == [{"x": 49.5, "label": "Среднее 49,5"}]


def test_sample_points_keeps_every_row_of_a_small_table_and_a_fixed_sample_of_a_big_one():
    assert charts.sample_points(5, limit=10).tolist() == [0, 1, 2, 3, 4]
    first = charts.sample_points(100_000, limit=3000)
    assert len(first) == 3000 and len(set(first.tolist())) == 3000
    assert np.array_equal(first, charts.sample_points(100_000, limit=3000))
    assert first.min() >= 0 and first.max() < 100_000


def test_charts_of_real_cdnow_data_carry_the_segmenter_numbers(cdnow_transactions):
    customers = customer_table(cdnow_transactions)
    seg = Segmenter(customers).segment(Scenario())
    titles = {"cell": t("ui.matrix.cell", "ru"), "customers": t("ui.matrix.metric_customers", "ru")}
    spec = charts.abc_xyz_heatmap(
        seg.matrix, metric="customers", title="m", x_title="x", y_title="y", field_titles=titles, lang="ru"
    ).to_dict()
    rows = _layer_rows(spec, _layers_with(spec, "rect")[0])
    assert sum(r["customers"] for r in rows) == len(customers)
    assert {r["cell"]: r["customers"] for r in rows} == dict(
        zip(seg.matrix["cell"], seg.matrix["customers"].astype(int), strict=True)
    )
    a_share = seg.abc_points[0][0]
    pareto = charts.pareto_curve(
        seg.pareto, band_edges={"A": a_share, "B": 1.0}, highlight=None, title="p", x_title="x", y_title="y"
    ).to_dict()
    curve = _layers_with(pareto, "line")[1]
    assert len(_layer_rows(pareto, curve)) == len(seg.pareto) <= 1000


def _fresh(chart) -> dict:
    """Give an Altair chart's validated specification as Streamlit draws it (no default size)."""
    import altair as alt

    with alt.theme.enable("none"):
        return chart.to_dict()


def _records(frame: pd.DataFrame) -> list[dict]:
    from altair.utils.data import to_values

    return to_values(frame)["values"]  # as Altair puts rows in a specification: NaN → None


def _by_content(spec: dict) -> dict:
    """Give ``spec`` with each dataset named by its rows (so specs with other names compare)."""
    import json

    text = json.dumps({k: v for k, v in spec.items() if k != "datasets"}, sort_keys=True)
    datasets = {}
    for name, rows in spec["datasets"].items():
        rows = _records(rows) if isinstance(rows, pd.DataFrame) else rows
        content = json.dumps(rows, sort_keys=True)
        text = text.replace(json.dumps(name), json.dumps(f"rows:{content}"))
        datasets[f"rows:{content}"] = rows
    return {**json.loads(text), "datasets": datasets}


def test_the_heatmap_template_with_new_rows_is_the_chart_a_fresh_build_gives(summary):
    words = dict(
        title="ABC × XYZ: клиенты",
        x_title="XYZ",
        y_title="ABC",
        field_titles=TITLES,
        lang="ru",
        select="cell_pick",
    )
    template = charts.heatmap_template(metric="avg_revenue", value_format=",.0f", **words)
    kept = json.dumps(template, sort_keys=True)
    for change in (1, 7, 0):
        moved = summary.assign(
            avg_revenue=summary["avg_revenue"] * change, customers=summary["customers"][::-1].to_numpy()
        )
        if change == 0:
            moved.loc[3, "avg_revenue"] = np.nan
        filled = charts.with_datasets(template, cells=charts.heatmap_frame(moved, "avg_revenue"))
        fresh = _fresh(charts.abc_xyz_heatmap(moved, metric="avg_revenue", **words))
        assert _by_content(filled) == _by_content(fresh)
        assert "continuousWidth" not in json.dumps(filled["config"])
    assert json.dumps(template, sort_keys=True) == kept  # the cached template is never changed
    rows = _records(filled["datasets"]["cells"])
    assert {r["cell"]: r["customers"] for r in rows}["AX"] == 12
    assert {r["cell"]: r["avg_revenue"] for r in rows}["AN"] == 0.0
    assert filled["params"][0]["name"] == "cell_pick"


def test_the_quadrant_template_with_new_quadrants_is_the_chart_a_fresh_build_gives():
    points = _quadrant_points(["I", "II", "III", "IV"] * 3)
    points.loc[2, "profit"] = np.nan
    words = dict(
        title="Лояльность × доходность",
        subtitle="показано 12; из 12",
        x_title="Лояльность",
        y_title="Выручка",
        lang="ru",
    )
    titles = {"customer_id": "Клиент", "loyalty": "Лояльность", "profit": "Выручка"}
    template = charts.quadrant_template(
        ticks=charts.quadrant_ticks(points["profit"], True),
        tooltip=charts.quadrant_tooltip(points, titles),
        **words,
    )
    kept = json.dumps(template, sort_keys=True)
    moves = [
        (0.4, 250.0, ["I", "II", "III", "IV"] * 3, {"III": "III · Ядро (3)", "I": "I · Вход (3)"}),
        (0.7, 900.0, ["I", "I", "III", "IV"] * 3, {"III": "III · Ядро (6)", "IV": "IV · Бог'атые"}),
    ]
    for loyalty, profit, codes, names in moves:
        moved = points.assign(quadrant=codes)
        filled = charts.quadrant_fill(
            template, moved, loyalty_split=loyalty, profit_split=profit, names=names
        )
        fresh = _fresh(
            charts.quadrant_scatter(
                moved,
                loyalty_split=loyalty,
                profit_split=profit,
                names=names,
                tooltip_titles=titles,
                log_profit=True,
                **words,
            )
        )
        assert _by_content(filled) == _by_content(fresh)
    assert json.dumps(template, sort_keys=True) == kept
    dots = filled["layer"][0]
    assert _colour_scale(dots) == {q: charts.QUADRANT_COLOURS[q] for q in ("III", "IV", "I")}
    assert "III · Ядро (6)" in dots["encoding"]["color"]["legend"]["labelExpr"]
    assert _records(filled["datasets"]["splits"]) == [{"loyalty": 0.7, "profit": 900.0}]
    assert [r["quadrant"] for r in _records(filled["datasets"]["points"])] == ["I", "I", "III", "IV"] * 3
    assert _records(filled["datasets"]["points"])[2]["profit"] is None  # JSON has no NaN
    assert filled["autosize"] == {"type": "fit-x", "contains": "padding"}
    assert filled["height"] >= 380
