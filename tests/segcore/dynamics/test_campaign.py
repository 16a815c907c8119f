"""Campaign lift (group fixed before the campaign vs the rest): by hand, random logs, demo store."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segcore.dynamics import CampaignWindows, campaign_lift
from segcore.errors import SettingsError

# Months Apr–Aug 2024 (and one old purchase in January). Campaign on 1 July; two months on
# each side (May–Jun against Jul–Aug); the three look-back months Apr–Jun pick the group.
# Look-back revenue: g1 300, g2 300, r1 50, r2 60, key 3000 (a key account); n1 is new in
# July, o1 bought in January only and comes back in August.
HAND_ROWS = [
    ("o1", "2024-01-15", 500.0),
    ("key", "2024-04-01", 1000.0),
    ("g1", "2024-04-10", 100.0),
    ("g2", "2024-04-12", 200.0),
    ("r1", "2024-04-15", 10.0),
    ("key", "2024-05-01", 1000.0),
    ("g1", "2024-05-10", 100.0),
    ("g2", "2024-05-12", 50.0),
    ("r2", "2024-05-20", 60.0),
    ("key", "2024-06-01", 1000.0),
    ("g1", "2024-06-10", 100.0),
    ("g2", "2024-06-12", 50.0),
    ("r1", "2024-06-15", 40.0),
    ("key", "2024-07-01", 1000.0),
    ("g1", "2024-07-10", 300.0),
    ("g2", "2024-07-12", 50.0),
    ("r1", "2024-07-15", 30.0),
    ("r2", "2024-07-20", -10.0),
    ("n1", "2024-07-25", 70.0),
    ("g1", "2024-08-10", 300.0),
    ("g2", "2024-08-12", 50.0),
    ("r1", "2024-08-15", 30.0),
    ("r2", "2024-08-20", 30.0),
    ("o1", "2024-08-25", 80.0),
    ("key", "2024-08-31", 1000.0),
]
CAMPAIGN = date(2024, 7, 1)


def hand_lift(tx, **options):
    return campaign_lift(tx(HAND_ROWS), CAMPAIGN, months=2, lookback_months=3, **options)


def test_the_group_fixed_before_the_campaign_against_the_rest_by_hand(tx):
    # Class A of g1, g2, r1, r2 (key aside) at 80 %: total 710, g1 and g2 start below 80 %,
    # r2 starts at 600 / 710 = 84.5 %. Group May–Jun 200 + 100 = 300, Jul–Aug 600 + 100 = 700
    # (× 7/3); rest 40 + 60 = 100, then 60 + (−10 + 30) = 80 (× 0.8); lift (7/3) / 0.8 = 35/12;
    # at the rest's rate the group would have brought 300 × 0.8 = 240, so 700 − 240 = 460 more.
    result = hand_lift(tx, exclude_ids=["key"])
    assert (result.rule, result.cut) == ("class_a", 0.8)
    assert result.windows == CampaignWindows(CAMPAIGN, date(2024, 4, 1), date(2024, 5, 1), date(2024, 8, 31))
    group, rest = result.group, result.rest
    assert (group.customers, group.before, group.after, group.change) == (2, 300.0, 700.0, 400.0)
    assert group.ratio == pytest.approx(7 / 3)
    assert (rest.customers, rest.before, rest.after) == (2, 100.0, 80.0)
    assert rest.ratio == pytest.approx(0.8)
    assert (group.buyers_before, group.buyers_after, rest.buyers_before, rest.buyers_after) == (2, 2, 2, 2)
    assert result.lift == pytest.approx(35 / 12)
    assert result.expected_after == pytest.approx(240.0)
    assert result.difference == pytest.approx(460.0)


def test_customers_outside_the_look_back_and_excluded_ids_are_reported_apart(tx):
    result = hand_lift(tx, exclude_ids=["key"])
    newcomers, excluded = result.newcomers, result.excluded
    assert (newcomers.customers, newcomers.before, newcomers.after) == (2, 0.0, 150.0)
    assert math.isnan(newcomers.ratio)
    assert result.new_customers == 1  # n1; o1 bought in January
    assert (excluded.customers, excluded.before, excluded.after, excluded.ratio) == (1, 2000.0, 2000.0, 1.0)


def test_the_top_share_rule_and_explicit_ids_pick_the_same_group_here(tx):
    by_class = hand_lift(tx, exclude_ids=["key"])
    by_share = hand_lift(tx, rule="top_share", cut=0.5, exclude_ids=["key"])  # the first ⌈0.5 × 4⌉
    by_ids = hand_lift(tx, group_ids=["g1", "g2", "key"], exclude_ids=["key"])  # exclusion wins
    assert by_share.rule == "top_share" and by_ids.rule == "ids" and math.isnan(by_ids.cut)
    for other in (by_share, by_ids):
        assert (other.group, other.rest, other.lift) == (by_class.group, by_class.rest, by_class.lift)


def test_without_setting_the_key_account_aside_it_alone_is_class_a(tx):
    # key: 3000 of 3710 = 80.9 % on its own; g1 would start above the 80 % cut.
    result = hand_lift(tx)
    assert (result.group.customers, result.group.before, result.group.after) == (1, 2000.0, 2000.0)
    assert (result.rest.before, result.rest.after) == (400.0, 780.0)
    assert result.lift == pytest.approx(1 / 1.95)
    assert result.excluded.customers == 0


def test_given_ids_outside_the_look_back_stay_in_the_group(tx):
    result = hand_lift(tx, group_ids=["g1", "n1"], exclude_ids=["key"])
    assert (result.group.customers, result.group.before, result.group.after) == (2, 200.0, 670.0)
    assert (result.rest.customers, result.rest.before, result.rest.after) == (3, 200.0, 180.0)
    assert (result.newcomers.customers, result.new_customers) == (1, 0)


def test_the_placebo_repeats_the_comparison_a_year_earlier_when_the_data_cover_it(tx):
    rows = []
    for year, boost in ((2023, 1.0), (2024, 3.0)):
        for month in range(1, 13):
            after = month >= 7
            rows += [
                ("g", f"{year}-{month:02d}-01", 100.0 * (boost if after else 1.0)),
                ("r", f"{year}-{month:02d}-06", 10.0 * (2.0 if after else 1.0)),
            ]
    result = campaign_lift(tx(rows), CAMPAIGN, months=3, lookback_months=6)
    # A: g (600 of 660 in Jan–Jun 2024). 2024: g 300 → 900, r 30 → 60, lift 1.5; 2023: g stays,
    # r doubles, lift 0.5.
    assert result.lift == pytest.approx(1.5)
    placebo = result.placebo
    assert placebo.windows.campaign_date == date(2023, 7, 1)
    assert (placebo.group.before, placebo.group.after, placebo.rest.ratio) == (300.0, 300.0, 2.0)
    assert placebo.lift == pytest.approx(0.5)
    assert placebo.placebo is None
    assert campaign_lift(tx(rows), CAMPAIGN, months=3, lookback_months=6, placebo=False).placebo is None
    assert hand_lift(tx).placebo is None  # the data start in January 2024


@pytest.mark.parametrize(
    ("options", "key"),
    [
        ({"months": 0}, "dynamics.campaign_months"),
        ({"months": 1.5}, "dynamics.campaign_months"),
        ({"lookback_months": 1}, "dynamics.campaign_lookback"),
        ({"rule": "top"}, "dynamics.campaign_rule"),
        ({"cut": 1.0}, "dynamics.campaign_cut"),
        ({"cut": 0}, "dynamics.campaign_cut"),
        ({"returns": "some"}, "settings.unparseable"),
        ({"lookback_months": 7}, "dynamics.campaign_window"),
        ({"group_ids": ["nobody"]}, "dynamics.campaign_group_empty"),
    ],
)
def test_bad_settings_are_errors_that_name_the_setting(tx, options, key):
    settings_ = {"months": 2, "lookback_months": 3, **options}
    with pytest.raises(SettingsError) as caught:
        campaign_lift(tx(HAND_ROWS), CAMPAIGN, **settings_)
    assert caught.value.key == key


def test_windows_outside_the_data_are_a_clear_error(tx):
    with pytest.raises(SettingsError) as caught:
        campaign_lift(tx(HAND_ROWS), date(2024, 8, 1), months=2, lookback_months=3)
    assert caught.value.key == "dynamics.campaign_window"
    assert caught.value.params["end"] == "2024-09-30" and caught.value.params["last"] == "2024-08-31"
    assert "2024-09-30" in caught.value.message("en") and "30.09.2024" not in caught.value.message("en")
    empty = tx(HAND_ROWS).iloc[:0]
    with pytest.raises(SettingsError, match="no transactions"):
        campaign_lift(empty, CAMPAIGN, months=2, lookback_months=3)


def test_the_returns_policy_decides_what_revenue_counts(tx):
    gross = hand_lift(tx, exclude_ids=["key"], returns="gross")
    assert (gross.rest.before, gross.rest.after) == (100.0, 90.0)  # r2's return of 10 left out
    dropped = hand_lift(tx, exclude_ids=["key"], returns="exclude")
    assert (dropped.rest.before, dropped.rest.after) == (100.0, 90.0)


# ---- properties on random logs -------------------------------------------------------------

_DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2024, 12, 31))
_LOGS = st.lists(
    st.tuples(st.sampled_from(list("abcdefg")), _DAYS, st.integers(min_value=-100, max_value=900)),
    min_size=1,
    max_size=50,
)
_ANCHORS = [("anchor", date(2024, 1, 1), 1.0), ("anchor", date(2024, 12, 31), 1.0)]
quick = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def log_frame(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame([(c, d, float(a)) for c, d, a in rows], columns=["customer_id", "date", "amount"])
    frame["customer_id"] = frame["customer_id"].astype("string")
    return frame


def same_or_both_nan(left: float, right: float) -> bool:
    return (math.isnan(left) and math.isnan(right)) or left == pytest.approx(right)


@quick
@given(_LOGS, st.sampled_from(["class_a", "top_share"]), st.integers(1, 4), st.sampled_from([0.5, 2.0, 8.0]))
def test_scaling_every_amount_keeps_the_group_the_ratios_and_the_lift(rows, rule, months, factor):
    # The anchor buys on the first day of the look-back, so the group is never empty.
    data = log_frame([*rows, *_ANCHORS])
    scaled = data.assign(amount=data["amount"] * factor)
    options = {"months": months, "lookback_months": 6, "rule": rule, "exclude_ids": ["g"]}
    plain, times = (campaign_lift(d, date(2024, 7, 1), **options) for d in (data, scaled))
    for side in ("group", "rest", "newcomers", "excluded"):
        one, other = getattr(plain, side), getattr(times, side)
        assert one.customers == other.customers
        assert other.before == pytest.approx(one.before * factor)
        assert other.after == pytest.approx(one.after * factor)
        assert same_or_both_nan(one.ratio, other.ratio)
    assert same_or_both_nan(plain.lift, times.lift)
    assert same_or_both_nan(plain.difference * factor, times.difference)


@quick
@given(_LOGS, st.integers(1, 5), st.sampled_from(["net", "gross"]))
def test_the_sides_split_the_revenue_of_each_window(rows, months, returns):
    data = log_frame([*rows, *_ANCHORS])
    result = campaign_lift(
        data, date(2024, 7, 1), months=months, lookback_months=6, exclude_ids=["g"], returns=returns
    )
    windows = result.windows
    revenue = data["amount"] if returns == "net" else data["amount"].clip(lower=0)
    days = data["date"]
    before = revenue[(days >= windows.before_start) & (days < windows.campaign_date)].sum()
    after = revenue[(days >= windows.campaign_date) & (days <= windows.after_last)].sum()
    sides = (result.group, result.rest, result.newcomers, result.excluded)
    assert sum(s.before for s in sides) == pytest.approx(before)
    assert sum(s.after for s in sides) == pytest.approx(after)
    assert result.newcomers.before == 0


_PURCHASES = st.lists(
    st.tuples(st.sampled_from(list("abcdef")), st.integers(0, 1), st.integers(1, 28), st.integers(1, 1000)),
    min_size=1,
    max_size=30,
)
_FACTORS = st.sampled_from([0.5, 1.0, 1.5, 2.0, 3.0])


@quick
@given(_PURCHASES, st.sets(st.sampled_from(list("abcdef")), min_size=1), _FACTORS, _FACTORS)
def test_the_lift_is_the_group_factor_over_the_rest_factor(purchases, group, group_factor, rest_factor):
    # Every purchase of March–April is repeated two months later, × the side's factor; with equal
    # factors (the same behaviour on both sides of the date) the lift is 1 and nothing is extra.
    rows = [*_ANCHORS]
    for customer, month, day, amount in purchases:
        factor = group_factor if customer in group else rest_factor
        rows += [
            (customer, date(2024, 3 + month, day), amount),
            (customer, date(2024, 5 + month, day), amount * factor),
        ]
    options = {"months": 2, "lookback_months": 2, "group_ids": group, "exclude_ids": ["anchor"]}
    bought = {c for c, *_ in purchases}
    if not bought & group:
        with pytest.raises(SettingsError, match="no customer"):
            campaign_lift(log_frame(rows), date(2024, 5, 1), **options)
        return
    result = campaign_lift(log_frame(rows), date(2024, 5, 1), **options)
    assert result.group.ratio == pytest.approx(group_factor)
    if bought - group:
        assert result.rest.ratio == pytest.approx(rest_factor)
        assert result.lift == pytest.approx(group_factor / rest_factor)
        assert result.difference == pytest.approx(result.group.before * (group_factor - rest_factor))
    else:
        assert math.isnan(result.lift)


# ---- the demo store ------------------------------------------------------------------------


def key_accounts(store: pd.DataFrame) -> list[str]:
    """Give the wholesale key accounts: their ids are company names, not "C-" numbers."""
    return sorted(c for c in store["customer_id"].unique() if not c.startswith("C-"))


def test_the_demo_store_campaign_reproduces_the_readme(store):
    # sample_data/README.md, "The campaign": the top 20 % of retail customers by revenue in the
    # 12 months before 2025-09-01 (1,986), May–Aug against Sep–Dec 2025.
    result = campaign_lift(
        store, date(2025, 9, 1), rule="top_share", cut=0.2, exclude_ids=key_accounts(store)
    )
    assert (result.group.customers, result.rest.customers) == (1986, 7944)
    assert result.group.before == pytest.approx(24_010_340.00, abs=0.005)
    assert result.group.after == pytest.approx(75_102_257.60, abs=0.005)
    assert round(result.group.ratio, 2) == 3.13
    assert result.rest.before == pytest.approx(18_882_110.00, abs=0.005)
    assert result.rest.after == pytest.approx(25_240_196.20, abs=0.005)
    assert round(result.rest.ratio, 2) == 1.34
    assert round(result.lift, 2) == 2.34
    assert result.newcomers.after == pytest.approx(38_404_918.90, abs=0.005)
    # the same comparison a year earlier (group picked again on Sep 2023 – Aug 2024), without a
    # campaign: the group picked at its best months falls back
    assert result.placebo.windows.campaign_date == date(2024, 9, 1)
    assert round(result.placebo.lift, 2) == 0.67


def test_the_demo_store_readme_group_given_as_ids_gives_the_same_lift(store):
    retail = store[store["customer_id"].str.startswith("C-")]
    window = retail[(retail["date"] >= "2024-09-01") & (retail["date"] < "2025-09-01")]
    spend = window.groupby("customer_id")["amount"].sum().sort_values(ascending=False)
    targets = list(spend.index[: round(0.2 * len(spend))])
    result = campaign_lift(
        store, date(2025, 9, 1), group_ids=targets, exclude_ids=key_accounts(store), placebo=False
    )
    assert result.rule == "ids" and result.group.customers == 1986
    assert result.group.before == pytest.approx(24_010_340.00, abs=0.005)
    assert round(result.lift, 2) == 2.34


def test_the_demo_store_class_a_before_the_campaign_matches_a_plain_count(store):
    # Class A at 80 % of the revenue from 2024-09-01 to 2025-08-31, key accounts included,
    # counted here with pandas: a customer is A while the share before them is under 80 %.
    window = store[(store["date"] >= "2024-09-01") & (store["date"] < "2025-09-01")]
    spend = window.groupby("customer_id")["amount"].sum().reset_index()
    spend = spend.sort_values(["amount", "customer_id"], ascending=[False, True])
    positive = spend[spend["amount"] > 0]
    share_before = (positive["amount"].cumsum() - positive["amount"]) / positive["amount"].sum()
    class_a = set(positive.loc[share_before < 0.8, "customer_id"])
    before = store["date"].between("2025-05-01", "2025-08-31")
    after = store["date"].between("2025-09-01", "2025-12-31")
    in_a = store["customer_id"].isin(class_a)
    rest = store["customer_id"].isin(set(spend["customer_id"]) - class_a)

    result = campaign_lift(store, date(2025, 9, 1))
    assert result.group.customers == len(class_a)
    assert result.group.before == pytest.approx(store.loc[before & in_a, "amount"].sum(), abs=0.005)
    assert result.group.after == pytest.approx(store.loc[after & in_a, "amount"].sum(), abs=0.005)
    assert result.rest.before == pytest.approx(store.loc[before & rest, "amount"].sum(), abs=0.005)
    assert result.rest.after == pytest.approx(store.loc[after & rest, "amount"].sum(), abs=0.005)
    # the campaign still shows (the key accounts, in class A, dilute it), and not a year earlier
    assert result.lift > 1.3 and result.placebo.lift < 1
