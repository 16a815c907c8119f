"""A reload or a new tab keeps the session: the uploaded file, its rows, the language and the scenario come
back (the token in the address, or in the browser's cookie for a new tab on the bare address); another
browser gets the demo."""

from __future__ import annotations

from segcore.ingest import load_transactions
from segcore.settings import Scenario
from tests.e2e.studio import (
    SIDEBAR,
    assert_no_exception,
    browser_page,
    go,
    h1,
    integer,
    metric_value,
    move_slider,
    open_app,
    query,
    set_language,
    settle,
    slider_value,
    ui_text,
    upload_and_load,
)
from ui.state.cookie import COOKIE


def _workshop_file(folder):
    lines = ["customer_id,date,amount"]
    for index in range(1500):
        lines.append(
            f"C{index % 240:03d},2024-{index % 12 + 1:02d}-{index % 27 + 1:02d},{(index * 37) % 500 + 5}"
        )
    path = folder / "workshop_sales.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_reload_brings_back_the_uploaded_file_its_rows_and_the_language(browser, app_url, tmp_path):
    path = _workshop_file(tmp_path)
    expected_rows = int(load_transactions(path).report.rows_kept)
    with browser_page(browser) as page:
        upload_and_load(page, app_url, path)
        assert integer(metric_value(page, "Rows kept")) == expected_rows
        set_language(page, "ru")
        token = query(page)["sid"]
        assert len(token) == 1 and len(token[0]) >= 24

        page.reload()
        page.locator("h1").first.wait_for(timeout=120_000)
        settle(page)
        assert_no_exception(page, "after the reload")
        assert h1(page) == ui_text("page.data", "ru")
        assert path.name in page.locator(SIDEBAR).inner_text()
        assert integer(metric_value(page, ui_text("data.rows_kept", "ru"))) == expected_rows
        assert query(page)["sid"] == token

        tab = page.context.new_page()  # a new tab of the same browser with the same address
        open_app(tab, page.url)
        assert path.name in tab.locator(SIDEBAR).inner_text()
        assert h1(tab) == ui_text("page.data", "ru")

    with browser_page(browser) as fresh:  # a new session without the token: the demo
        open_app(fresh, f"{app_url}/data")
        assert ui_text("demo.store_en", "en") in fresh.locator(SIDEBAR).inner_text()
        assert path.name not in fresh.locator(SIDEBAR).inner_text()
        assert "sid" not in query(fresh)


def _cookie(context) -> dict | None:
    return next((c for c in context.cookies() if c["name"] == COOKIE), None)


def test_a_new_tab_on_the_bare_address_gets_the_file_language_and_scenario_from_the_cookie(
    browser, app_url, tmp_path
):
    path = _workshop_file(tmp_path)
    expected_rows = int(load_transactions(path).report.rows_kept)
    default_a = f"{Scenario().abc.a * 100:.0f}"
    with browser_page(browser) as page:
        upload_and_load(page, app_url, path)
        set_language(page, "ru")
        go(page, ui_text("page.matrix", "ru"))
        move_slider(page, "abc_a", "ArrowLeft", 5)
        moved = slider_value(page, "abc_a")
        assert moved != default_a
        token = query(page)["sid"][0]
        kept = _cookie(page.context)
        assert kept is not None and kept["value"] == token, page.context.cookies()
        assert kept["sameSite"] == "Lax" and kept["path"] == "/"
        assert kept["expires"] > 0  # a bounded lifetime, not a session cookie

        tab = page.context.new_page()  # the same browser, the bare address: no token in it
        open_app(tab, f"{app_url}/matrix")
        assert_no_exception(tab, "a new tab restored from the cookie")
        assert path.name in tab.locator(SIDEBAR).inner_text()
        assert h1(tab) == ui_text("page.matrix", "ru")
        assert slider_value(tab, "abc_a") == moved
        assert query(tab)["sid"] == [token]
        go(tab, ui_text("page.data", "ru"))
        assert integer(metric_value(tab, ui_text("data.rows_kept", "ru"))) == expected_rows

    with browser_page(browser) as other:  # another browser (no cookie): the demo, in English
        open_app(other, f"{app_url}/matrix")
        assert ui_text("demo.store_en", "en") in other.locator(SIDEBAR).inner_text()
        assert path.name not in other.locator(SIDEBAR).inner_text()
        assert h1(other) == ui_text("page.matrix", "en")
        assert slider_value(other, "abc_a") == default_a
        assert "sid" not in query(other) and _cookie(other.context) is None


def test_an_address_whose_session_is_gone_says_what_is_loaded_now(browser, app_url):
    with browser_page(browser) as page:
        open_app(page, f"{app_url}/data?sid=" + "Q" * 24)
        notice = page.get_by_text("is no longer kept on the server")
        notice.wait_for(timeout=30_000)
        assert ui_text("demo.store_en", "en") in notice.inner_text()
        assert_no_exception(page, "after an expired session link")
