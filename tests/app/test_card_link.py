"""``?customer=<id>`` opens that customer's card; the drill-down's rows link to it; closing takes it off."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from tests.app.studio import assert_clean, open_app
from ui.sections import customer_card, customer_lists, drill
from ui.state import card_link, keys

LOST = "Sunrise Property Management"


def _has_card(at, customer: str) -> bool:
    shown = any(customer in m.value for m in at.markdown)
    return shown and "customer_card_close" in [button.key for button in at.button]


def test_an_address_naming_a_customer_opens_the_card_and_keeps_it_in_the_address():
    at = open_app("store_en", "matrix", customer=LOST)
    assert_clean(at)
    assert _has_card(at, LOST)
    assert at.session_state[customer_card.OPEN_CARD] == LOST
    assert at.query_params[card_link.URL_PARAM] in (LOST, [LOST])


def test_closing_the_card_takes_the_customer_off_the_address_and_it_stays_closed():
    at = open_app("store_en", "matrix", customer=LOST)
    at.button(key="customer_card_close").click().run()
    assert_clean(at)
    at.run()
    assert not _has_card(at, LOST)
    assert card_link.URL_PARAM not in at.query_params


def test_a_customer_the_data_lacks_is_a_note_not_an_error():
    at = open_app("store_en", "matrix", customer="nobody at all")
    assert_clean(at)
    assert any("nobody at all" in info.value for info in at.info)


def test_each_row_of_the_drill_down_links_to_its_customer_s_card_with_the_view_kept():
    at = open_app("store_en", "matrix", abc_a="0.7")
    at.selectbox(key=keys.MATRIX_CELL).set_value("AX").run()
    assert_clean(at)
    shown = at.dataframe(key=drill.TABLE).value
    links = shown[customer_lists.CARD_LINK].tolist()
    assert len(links) == len(shown)
    for customer, link in zip(shown["customer_id"], links, strict=True):
        address = urlsplit(link)
        assert address.path == card_link.CARD_PAGE
        query = parse_qs(address.query)
        assert query[card_link.URL_PARAM] == [str(customer)] and query["abc_a"] == ["0.7"]
    first = parse_qs(urlsplit(links[0]).query)
    opened = open_app("store_en", "matrix", **{k: v[0] for k, v in first.items()})
    assert_clean(opened)
    assert _has_card(opened, str(shown["customer_id"].iloc[0]))


def test_the_at_risk_list_links_each_customer_to_their_card_after_the_lead_columns():
    at = open_app("store_en")
    at.switch_page("app_pages/at_risk.py").run()
    assert_clean(at)
    table = at.dataframe[0].value
    assert table.columns.tolist().index(customer_lists.CARD_LINK) == 1 + len(customer_lists.LEAD_COLUMNS)
    for customer, link in zip(table["customer_id"], table[customer_lists.CARD_LINK], strict=True):
        assert parse_qs(urlsplit(link).query)[card_link.URL_PARAM] == [str(customer)]
