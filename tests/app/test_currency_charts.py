"""The currency setting reaches the charts: readouts under them, money axis titles, the heatmap's cells."""

from __future__ import annotations

import json

from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

from segcore.charts import readouts
from segcore.i18n.format import NBSP, fmt_money_in
from segcore.settings import Scenario
from tests.app.studio import PAGES, assert_clean, customers, expected, open_app
from ui.sections.readout import readout_markdown
from ui.state.currency import CURRENCY
from ui.state.keys import LANG


def _specs(at) -> tuple[dict, dict]:
    heatmap, scatter = (json.loads(element.proto.spec) for element in at.get("vega_lite_chart"))
    return heatmap, scatter


def _sign(at, sign: str) -> None:
    at.switch_page(PAGES["settings"]).run()
    at.selectbox(key=CURRENCY).set_value(sign).run()
    assert_clean(at)


def test_switching_the_currency_on_settings_changes_the_matrix_s_average_revenue_and_money_titles():
    at = open_app("store_en", "matrix")
    at.segmented_control(key="matrix_metric").set_value("avg_revenue").run()
    assert_clean(at)
    heatmap, scatter = _specs(at)
    assert heatmap["config"]["locale"]["number"]["currency"] == ["", ""]  # none in English by default
    assert heatmap["layer"][2]["encoding"]["text"]["format"] == "$,.0f"
    assert heatmap["layer"][0]["encoding"]["color"]["title"] == "Average revenue"
    assert scatter["layer"][0]["encoding"]["y"]["title"] == "Revenue"
    _sign(at, "$")
    at.switch_page(PAGES["matrix"]).run()
    assert_clean(at)
    heatmap, scatter = _specs(at)
    assert heatmap["config"]["locale"]["number"]["currency"] == ["$", ""]
    assert heatmap["layer"][0]["encoding"]["color"]["title"] == "Average revenue, $"
    assert scatter["layer"][0]["encoding"]["y"]["title"] == "Revenue, $"
    shown = convert_arrow_bytes_to_pandas_df(at.table[0].proto.arrow_data.styler.display_values)
    averages = expected("store_en", Scenario()).matrix["avg_revenue"]
    assert set(shown[list("XYZN")].to_numpy().ravel()) == {fmt_money_in(v, "en", "$") for v in averages}
    at.run()
    assert _specs(at) == (heatmap, scatter)  # the same sign sends the same charts again


def test_switching_the_currency_on_settings_changes_the_ltv_readout():
    at = open_app("store_en")
    at.session_state[LANG] = "ru"
    at.run()
    at.switch_page(PAGES["ltv"]).run()
    assert_clean(at)
    ltv = customers("store_en")["ltv_simple"].to_numpy(float)
    text = "\n".join(m.value for m in at.markdown)
    roubles = readouts.ltv_histogram(ltv, "ru", "₽")
    assert f"{NBSP}₽ (в среднем" in roubles
    assert readout_markdown(roubles) in text
    _sign(at, "€")
    at.switch_page(PAGES["ltv"]).run()
    assert_clean(at)
    text = "\n".join(m.value for m in at.markdown)
    assert readout_markdown(readouts.ltv_histogram(ltv, "ru", "€")) in text
    assert readout_markdown(roubles) not in text
