"""The demo datasets: reproducible, the same rows in English and Russian, telling their stories.

Both store files are parsed with plain pandas here so that these checks hold on their own.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data"
WRITTEN = (
    "store_en.csv",
    "store_ru.csv",
    "store_customers_en.csv",
    "store_customers_ru.csv",
    "cdnow/cdnow.csv",
)
RU_HEADER = (
    "Контрагент",
    "Дата",
    "Номер документа",
    "Номенклатура",
    "Номенклатурная группа",
    "Количество",
    "Сумма",
    "Себестоимость",
)
RU_ATTRIBUTES = (
    "Контрагент",
    "Участник программы лояльности",
    "Рекомендации",
    "Отсрочка оплаты, дн.",
    "Регион",
    "Канал привлечения",
)
NBSP = "\u00a0"


def load_generator():
    """Gives the generator script loaded as a module."""
    spec = importlib.util.spec_from_file_location("sample_data_generate", SAMPLE / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def russian_number(text: pd.Series) -> pd.Series:
    """Gives floats from '1 234,50' style text (no-break space thousands, decimal comma)."""
    return text.str.replace(NBSP, "", regex=False).str.replace(",", ".", regex=False).astype(float)


def kopecks(values: pd.Series) -> np.ndarray:
    """Gives money as whole kopecks, so totals compare exactly."""
    return np.round(values.to_numpy(dtype=float) * 100).astype(np.int64)


@pytest.fixture(scope="module")
def store_en() -> pd.DataFrame:
    frame = pd.read_csv(SAMPLE / "store_en.csv", dtype={"customer_id": str, "order_id": str})
    frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d")
    return frame


@pytest.fixture(scope="module")
def store_ru_text() -> pd.DataFrame:
    return pd.read_csv(
        SAMPLE / "store_ru.csv", sep=";", encoding="cp1251", skiprows=3, dtype=str, keep_default_na=False
    )


@pytest.fixture(scope="module")
def store_ru(store_ru_text: pd.DataFrame) -> pd.DataFrame:
    rows = store_ru_text[store_ru_text["Контрагент"] != "Итого"].copy()
    rows["Дата"] = pd.to_datetime(rows["Дата"], format="%d.%m.%Y")
    for column in ("Количество", "Сумма", "Себестоимость"):
        rows[column] = russian_number(rows[column])
    return rows.reset_index(drop=True)


@pytest.fixture(scope="module")
def per_customer(store_en: pd.DataFrame) -> pd.Series:
    return store_en.groupby("customer_id")["amount"].sum().sort_values(ascending=False)


def test_regenerating_into_another_folder_gives_byte_identical_files(tmp_path: Path) -> None:
    load_generator().main(tmp_path)
    for name in WRITTEN:
        assert (tmp_path / name).read_bytes() == (SAMPLE / name).read_bytes(), name


def test_russian_export_opens_with_a_title_a_period_an_empty_line_and_the_header() -> None:
    lines = (SAMPLE / "store_ru.csv").read_bytes().decode("cp1251").split("\r\n")
    assert lines[:3] == ["Продажи по контрагентам", "Период: 01.01.2023 - 31.12.2025", ""]
    assert lines[3] == ";".join(RU_HEADER)
    assert lines[-2].startswith("Итого;") and lines[-1] == ""


def test_russian_totals_line_carries_the_sum_of_the_rows(store_ru_text, store_ru) -> None:
    total = store_ru_text[store_ru_text["Контрагент"] == "Итого"]
    assert len(total) == 1
    assert kopecks(russian_number(total["Сумма"]))[0] == kopecks(store_ru["Сумма"]).sum()
    assert kopecks(russian_number(total["Себестоимость"]))[0] == kopecks(store_ru["Себестоимость"]).sum()
    assert russian_number(total["Количество"]).iloc[0] == store_ru["Количество"].sum()


def test_russian_amounts_use_a_decimal_comma_and_no_break_space_thousands(store_ru_text) -> None:
    amounts = store_ru_text.loc[store_ru_text["Контрагент"] != "Итого", "Сумма"]
    assert amounts.str.fullmatch(r"-?\d{1,3}(\u00a0\d{3})*,\d{2}").all()
    assert amounts.str.contains(NBSP).mean() > 0.1
    assert not amounts.str.contains(NBSP).all()


def test_english_and_russian_files_hold_the_same_rows(store_en, store_ru) -> None:
    assert len(store_en) == len(store_ru)
    assert kopecks(store_en["amount"]).sum() == kopecks(store_ru["Сумма"]).sum()
    assert (kopecks(store_en["amount"]) == kopecks(store_ru["Сумма"])).all()
    assert (kopecks(store_en["cost"]) == kopecks(store_ru["Себестоимость"])).all()
    assert (store_en["quantity"].to_numpy() == store_ru["Количество"].to_numpy()).all()
    assert (store_en["date"].to_numpy() == store_ru["Дата"].to_numpy()).all()


def test_customers_orders_and_products_map_one_to_one_between_the_languages(store_en, store_ru) -> None:
    for en, ru in (
        ("customer_id", "Контрагент"),
        ("order_id", "Номер документа"),
        ("product", "Номенклатура"),
        ("category", "Номенклатурная группа"),
    ):
        pairs = pd.DataFrame({"en": store_en[en], "ru": store_ru[ru]}).drop_duplicates()
        assert pairs["en"].is_unique and pairs["ru"].is_unique, en


def test_per_customer_totals_agree_under_the_id_mapping(store_en, store_ru) -> None:
    mapping = dict(zip(store_ru["Контрагент"], store_en["customer_id"], strict=True))
    en = store_en.groupby("customer_id")["amount"].sum().round(2)
    ru = store_ru.groupby(store_ru["Контрагент"].map(mapping))["Сумма"].sum().round(2)
    pd.testing.assert_series_equal(en.sort_index(), ru.sort_index(), check_names=False)


def test_ids_are_six_digit_codes_with_the_same_number_or_company_names(store_en, store_ru):
    pairs = pd.DataFrame({"en": store_en["customer_id"], "ru": store_ru["Контрагент"]})
    pairs = pairs.drop_duplicates()
    coded = pairs["en"].str.fullmatch(r"C-\d{6}")
    assert coded.sum() == len(pairs) - 5
    assert (pairs.loc[coded, "ru"] == "К-" + pairs.loc[coded, "en"].str[2:]).all()
    assert pairs.loc[~coded, "ru"].str.fullmatch(r"(ООО|АО) «[^»]+»").all()


def test_attribute_tables_describe_every_customer_in_both_languages(store_en) -> None:
    en = pd.read_csv(SAMPLE / "store_customers_en.csv", dtype={"customer_id": str})
    ru = pd.read_csv(
        SAMPLE / "store_customers_ru.csv", sep=";", encoding="cp1251", decimal=",", dtype={"Контрагент": str}
    )
    assert tuple(ru.columns) == RU_ATTRIBUTES
    assert set(en["customer_id"]) == set(store_en["customer_id"]) and en["customer_id"].is_unique
    assert len(ru) == len(en)
    assert (en["loyalty_member"].to_numpy() == (ru["Участник программы лояльности"] == "Да")).all()
    assert (en["payment_delay_days"].to_numpy() == ru["Отсрочка оплаты, дн."].to_numpy()).all()
    assert (en["referrals"].to_numpy() == ru["Рекомендации"].to_numpy()).all()
    key = ~en["customer_id"].str.startswith("C-")
    assert en.loc[key, "payment_delay_days"].min() > en.loc[~key, "payment_delay_days"].median()


def test_november_and_december_bring_well_above_two_twelfths_of_revenue(store_en) -> None:
    late = store_en.loc[store_en["date"].dt.month >= 11, "amount"].sum()
    assert late / store_en["amount"].sum() > 0.22


def test_the_top_fifth_of_customers_brings_65_to_80_percent_of_revenue(per_customer) -> None:
    top = per_customer.iloc[: round(0.2 * len(per_customer))].sum()
    assert 0.65 <= top / per_customer.sum() <= 0.80


def test_four_to_six_key_accounts_each_bring_over_five_percent(per_customer) -> None:
    shares = per_customer / per_customer.sum()
    assert 4 <= (shares > 0.05).sum() <= 6


def test_one_key_account_is_lost_by_mid_2025_after_buying_every_month_before(store_en, per_customer) -> None:
    key = per_customer.index[per_customer / per_customer.sum() > 0.05]
    rows = store_en[store_en["customer_id"].isin(key)]
    last = rows.groupby("customer_id")["date"].max()
    lost = last.index[last < "2025-07-01"]
    assert len(lost) == 1
    months = rows.loc[rows["customer_id"] == lost[0], "date"].dt.to_period("M").nunique()
    assert months == 30  # January 2023 to June 2025
    assert (last.drop(lost) >= "2025-12-01").all()


def test_returns_are_2_to_4_percent_of_lines_and_follow_a_purchase_of_the_same_product(store_en) -> None:
    returns = store_en[store_en["amount"] < 0]
    assert 0.02 <= len(returns) / len(store_en) <= 0.04
    assert (returns["cost"] < 0).all() and (returns["quantity"] < 0).all()
    buys = store_en[store_en["amount"] > 0]
    first_buy = buys.groupby(["customer_id", "product"])["date"].min().rename("first_buy")
    joined = returns.join(first_buy, on=["customer_id", "product"])
    assert (joined["first_buy"] < joined["date"]).all()


def test_more_new_customers_arrive_in_2025_than_in_2023(store_en) -> None:
    first = store_en[store_en["amount"] > 0].groupby("customer_id")["date"].min().dt.year
    counts = first.value_counts()
    assert counts[2025] > counts[2023]


def test_the_campaign_lifts_the_top_group_from_september_2025(store_en) -> None:
    retail = store_en[store_en["customer_id"].str.startswith("C-")]
    window = retail[retail["date"].between("2024-09-01", "2025-08-31")]
    spend = window.groupby("customer_id")["amount"].sum().sort_values(ascending=False)
    top = set(spend.index[: round(0.2 * len(spend))])
    others = set(spend.index) - top

    def growth(group: set[str]) -> float:
        rows = retail[retail["customer_id"].isin(group)]
        after = rows.loc[rows["date"].between("2025-09-01", "2025-12-31"), "amount"].sum()
        return after / rows.loc[rows["date"].between("2025-05-01", "2025-08-31"), "amount"].sum()

    assert growth(top) > 1.3 * growth(others)


def test_steady_regulars_fill_the_x_class_at_monthly_grain(store_en) -> None:
    month = (store_en["date"].dt.year - 2023) * 12 + store_en["date"].dt.month - 1
    table = store_en.groupby(["customer_id", month])["amount"].sum().unstack(fill_value=0.0)
    table = table.reindex(columns=range(36), fill_value=0.0)
    first = month.groupby(store_en["customer_id"]).min().reindex(table.index).to_numpy()
    long = first <= 23  # at least a year of history
    values = np.where(np.arange(36)[None, :] >= first[long, None], table.to_numpy()[long], np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):  # all bought goods returned
        cv = np.nanstd(values, axis=1) / np.nanmean(values, axis=1)
    assert (cv <= 0.5).sum() >= 20
    assert (cv <= 1.0).sum() >= 300


def test_gifts_and_duplicated_rows_exist_but_stay_under_a_thousandth(store_en) -> None:
    gifts = (store_en["amount"] == 0) & (store_en["cost"] > 0)
    duplicates = store_en.duplicated()
    assert 0 < gifts.sum() < 0.001 * len(store_en)
    assert 0 < duplicates.sum() < 0.001 * len(store_en)


def test_lines_orders_and_margins_look_like_a_store(store_en) -> None:
    assert 150_000 <= len(store_en) <= 250_000
    assert store_en["customer_id"].nunique() == 20_000
    assert store_en.groupby("order_id").size().max() > 1
    assert store_en["date"].min() == pd.Timestamp("2023-01-01")
    assert store_en["date"].max() == pd.Timestamp("2025-12-31")
    buys = store_en[store_en["amount"] > 0]
    margin = 1 - buys.groupby("category")["cost"].sum() / buys.groupby("category")["amount"].sum()
    assert 5 <= len(margin) <= 8
    assert margin.between(0.2, 0.45).all()


def test_cdnow_csv_holds_the_whole_sample_with_leading_zeros_kept() -> None:
    cdnow = pd.read_csv(SAMPLE / "cdnow" / "cdnow.csv", dtype={"customer_id": str})
    assert tuple(cdnow.columns) == ("customer_id", "date", "quantity", "amount")
    assert len(cdnow) == 6919
    assert cdnow["customer_id"].nunique() == 2357
    assert cdnow["customer_id"].str.fullmatch(r"\d{4}").all()
    assert kopecks(cdnow["amount"]).sum() == 24_409_194
    dates = pd.to_datetime(cdnow["date"], format="%Y-%m-%d")
    assert dates.min() == pd.Timestamp("1997-01-01") and dates.max() <= pd.Timestamp("1998-06-30")


def test_cdnow_folder_keeps_the_distributed_files_and_their_attribution() -> None:
    folder = SAMPLE / "cdnow"
    for name in (
        "CDNOW_sample.txt",
        "cdnow_customers_summary.csv",
        "cdnow_customers_summary_with_transactions.csv",
    ):
        assert (folder / name).stat().st_size > 0, name
    assert re.search(r"Fader.*Hardie", (folder / "README.md").read_text(encoding="utf-8"))
