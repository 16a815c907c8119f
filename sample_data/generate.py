"""Writes the demo datasets: a three-year home-goods store and the CDNOW sample as a CSV.

The store is synthetic. It is built to tell stories the studio's views can find: a
November-December peak, a long-tailed spend distribution, five wholesale key accounts (one of
them lost in June 2025), steady monthly regulars, promotion-only shoppers, many one-time
buyers, a growing customer base, about 3 % return lines and a loyalty campaign from
2025-09-01 that lifts the purchases of the top customers.

The same transactions are written twice: ``store_en.csv`` (UTF-8, ``,``, ISO dates) and
``store_ru.csv`` (a Russian 1C-style export: Windows-1251, ``;``, decimal comma, dd.mm.yyyy,
no-break-space thousands separators, title lines and a totals line), with a customer
attributes table for each. Money is handled in whole kopecks so both files add up to the cent.

Run ``python sample_data/generate.py`` to rewrite the files next to this script
(``--out DIR`` to write elsewhere, ``--summary`` to print the figures quoted in README.md).
The seed is fixed: two runs give byte-identical files.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["main", "story_figures"]

SEED = 20250901
HERE = Path(__file__).resolve().parent
CDNOW_SOURCE = HERE / "cdnow" / "CDNOW_sample.txt"

START = np.datetime64("2023-01-01", "D")
END = np.datetime64("2025-12-31", "D")
N_DAYS = int((END - START).astype(int)) + 1
CAMPAIGN_START = int((np.datetime64("2025-09-01", "D") - START).astype(int))
TARGET_WINDOW_START = int((np.datetime64("2024-09-01", "D") - START).astype(int))
LOST_ACCOUNT_LAST = int((np.datetime64("2025-06-11", "D") - START).astype(int))

KEY, REGULAR, REPEAT, PROMO, ONCE = range(5)
COUNTS = (5, 1000, 10795, 1800, 6400)  # customers per kind, 20,000 in all
EXISTING_SHARE = (1.0, 0.55, 0.13, 0.0, 0.0)  # already customers on 2023-01-01
LIFETIME_DAYS = (1e9, 2200.0, 420.0, 900.0, 0.0)  # mean time until a customer stops buying
NEW_BY_YEAR = (0.2, 0.33, 0.47)  # acquisitions of new customers in 2023, 2024, 2025
PROMO_BY_WINDOW = (0.5, 1.2, 0.7, 1.6, 0.9, 2.1)  # Jan 23, Nov 23, Jan 24, Nov 24, Jan 25, Nov 25
BASKET = (0.0, 1.0, 1.2, 1.6, 1.6)  # mean extra lines per order
TIER = (0.0, 0.0, 0.2, 0.4, 0.6)  # price tier (> 0 favours dearer products)
SALE_DISCOUNT = (0.35, 0.15)  # sale price cut: this share of the margin, at most 15 %
WHOLESALE_DISCOUNT = 0.3  # key accounts' price cut as a share of the margin
CAMPAIGN_BOOST = (0.0, 1.0, 2.5, 0.0, 0.0)  # targets' extra orders per kind, x usual rate
WIN_BACK = 0.5  # share of lapsed targets the campaign brings back
RETURN_RATE = 0.031
N_GIFTS = 40
N_DUPLICATES = 24

MONTH_FACTOR = np.array([0.85, 0.78, 0.88, 0.9, 0.95, 0.88, 0.84, 0.9, 1.0, 1.05, 1.5, 1.95])
WEEKDAY_FACTOR = np.array([0.9, 0.92, 0.95, 1.0, 1.1, 1.25, 1.15])  # Monday first
KEY_MONTH_FACTOR = np.array([0.8, 0.9, 1.0, 1.0, 1.0, 0.95, 0.9, 0.95, 1.05, 1.05, 1.15, 1.3])

# English name, Russian name, margin, return weight, mean extra units per line
CATEGORIES = (
    ("Kitchenware", "Посуда", 0.38, 1.0, 0.3),
    ("Home textiles", "Домашний текстиль", 0.44, 1.6, 0.35),
    ("Lighting", "Освещение", 0.35, 1.0, 0.5),
    ("Garden", "Сад и огород", 0.33, 0.8, 0.3),
    ("Cleaning supplies", "Бытовая химия", 0.27, 0.3, 0.8),
    ("Decor", "Декор", 0.46, 0.8, 0.25),
    ("Small appliances", "Мелкая бытовая техника", 0.28, 1.5, 0.05),
)
CATEGORY_BASE = np.array([0.2, 0.16, 0.12, 0.1, 0.2, 0.12, 0.1])
STAPLE_MIX = np.array([0.2, 0.1, 0.1, 0.0, 0.5, 0.1, 0.0])  # regulars' monthly restock
N_STAPLES = 3
CATEGORY_SEASON = {  # category -> monthly factor, January first
    2: (1.2, 1.1, 1.0, 0.8, 0.7, 0.7, 0.7, 0.8, 1.0, 1.2, 1.3, 1.4),
    3: (0.3, 0.4, 1.0, 2.0, 2.4, 2.2, 1.8, 1.4, 0.8, 0.5, 0.3, 0.3),
    5: (0.8, 0.8, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 1.0, 1.1, 1.8, 2.4),
    6: (1.0, 1.0, 1.0, 0.9, 0.9, 0.9, 0.9, 0.9, 1.0, 1.0, 1.3, 1.4),
}

# category, English name, Russian name, list price on 2023-01-01
PRODUCTS = (
    (0, "Frying pan 24 cm", "Сковорода 24 см", 1890),
    (0, "Frying pan 28 cm", "Сковорода 28 см", 2390),
    (0, "Saucepan 3 l", "Кастрюля 3 л", 2190),
    (0, "Chef's knife", "Нож поварской", 1490),
    (0, "Dinner plate set 6 pcs", "Набор тарелок 6 шт.", 2790),
    (0, "Glass tumblers 4 pcs", "Набор стаканов 4 шт.", 690),
    (0, "Bamboo cutting board", "Доска разделочная бамбуковая", 590),
    (0, "Tea mug", "Кружка чайная", 290),
    (0, "Food storage set", "Набор контейнеров для хранения", 990),
    (1, "Bath towel 70x140", "Полотенце банное 70х140", 890),
    (1, "Hand towel 50x90", "Полотенце для рук 50х90", 490),
    (1, "Bed linen set double", "Комплект постельного белья двуспальный", 4290),
    (1, "Duvet 200x220", "Одеяло 200х220", 3590),
    (1, "Pillow 50x70", "Подушка 50х70", 1190),
    (1, "Throw blanket", "Плед", 1990),
    (1, "Tablecloth 140x180", "Скатерть 140х180", 1290),
    (1, "Curtain pair", "Комплект штор", 3490),
    (2, "LED bulb E27", "Лампа светодиодная E27", 190),
    (2, "LED bulbs 10 pcs", "Лампы светодиодные 10 шт.", 1390),
    (2, "Desk lamp", "Лампа настольная", 2490),
    (2, "Floor lamp", "Торшер", 5990),
    (2, "Ceiling light", "Светильник потолочный", 4590),
    (2, "String lights 10 m", "Гирлянда 10 м", 1190),
    (2, "Night light", "Ночник", 790),
    (3, "Garden hose 20 m", "Шланг садовый 20 м", 1690),
    (3, "Pruning shears", "Секатор", 990),
    (3, "Large flower pot", "Кашпо большое", 890),
    (3, "Potting soil 50 l", "Грунт универсальный 50 л", 590),
    (3, "Seed assortment", "Семена (набор)", 390),
    (3, "Watering can", "Лейка", 690),
    (3, "Garden chair", "Стул садовый", 2990),
    (3, "Barbecue grill", "Мангал", 4990),
    (4, "Laundry detergent 3 kg", "Стиральный порошок 3 кг", 790),
    (4, "Dishwashing liquid", "Средство для мытья посуды", 190),
    (4, "All-purpose cleaner", "Средство чистящее универсальное", 290),
    (4, "Dishwasher tablets 60 pcs", "Таблетки для посудомоечной машины 60 шт.", 1290),
    (4, "Trash bags 30 pcs", "Мешки для мусора 30 шт.", 250),
    (4, "Microfibre cloths 5 pcs", "Салфетки из микрофибры 5 шт.", 350),
    (4, "Fabric softener 2 l", "Кондиционер для белья 2 л", 490),
    (5, "Scented candle", "Свеча ароматическая", 690),
    (5, "Photo frame", "Фоторамка", 490),
    (5, "Glass vase", "Ваза стеклянная", 1290),
    (5, "Wall clock", "Часы настенные", 1890),
    (5, "Christmas ornaments set", "Набор ёлочных игрушек", 1490),
    (5, "Artificial Christmas tree 180 cm", "Ель искусственная 180 см", 6990),
    (5, "Decorative cushion", "Подушка декоративная", 990),
    (5, "Round mirror", "Зеркало круглое", 2790),
    (6, "Electric kettle", "Электрочайник", 2490),
    (6, "Toaster", "Тостер", 2990),
    (6, "Blender", "Блендер", 4490),
    (6, "Steam iron", "Утюг с отпаривателем", 3990),
    (6, "Coffee maker", "Кофеварка", 7990),
    (6, "Vacuum cleaner", "Пылесос", 12990),
    (6, "Hair dryer", "Фен", 2790),
)
GIFT = (0, "Gift mug", "Кружка подарочная", 95.0)  # category, names, cost of the free item

# English name, Russian name, share of revenue, orders a month, category mix
KEY_ACCOUNTS = (
    ("Grand Stay Hotels Ltd", "ООО «Гранд Отель»", 0.070, 3, (4, 8, 1, 0, 6, 1, 0)),
    ("Harbour Restaurant Group", "ООО «Ромашка»", 0.062, 4, (10, 3, 1, 0, 5, 1, 0)),
    ("Maple Home Retail", "АО «Домовой»", 0.059, 2, (3, 3, 4, 2, 0, 5, 3)),
    ("Riverside Catering", "ООО «Кейтеринг Плюс»", 0.057, 3, (9, 2, 0, 0, 5, 0, 4)),
    ("Sunrise Property Management", "ООО «УК Рассвет»", 0.058, 2, (1, 1, 6, 6, 5, 1, 0)),
)
LOST_ACCOUNT = 4
# region, channel (indices into REGIONS / CHANNELS), payment delay in days, referrals
KEY_ATTRIBUTES = ((0, 5, 21.5, 2), (1, 5, 12.0, 1), (3, 5, 30.0, 0), (2, 5, 9.5, 1), (0, 5, 44.0, 0))

REGIONS = (
    ("Moscow", "Москва", 0.32),
    ("Saint Petersburg", "Санкт-Петербург", 0.16),
    ("Kazan", "Казань", 0.07),
    ("Yekaterinburg", "Екатеринбург", 0.08),
    ("Novosibirsk", "Новосибирск", 0.07),
    ("Nizhny Novgorod", "Нижний Новгород", 0.06),
    ("Other regions", "Другие регионы", 0.24),
)
CHANNELS = (
    ("Organic search", "Органический поиск"),
    ("Paid ads", "Контекстная реклама"),
    ("Marketplace", "Маркетплейс"),
    ("Referral", "Рекомендация"),
    ("Offline store", "Офлайн-магазин"),
    ("Direct sales", "Прямые продажи"),
)
CHANNEL_MIX = (  # per kind, over CHANNELS
    (0, 0, 0, 0, 0, 1),
    (0.35, 0.1, 0.05, 0.3, 0.2, 0),
    (0.35, 0.25, 0.2, 0.12, 0.08, 0),
    (0.15, 0.45, 0.35, 0.05, 0, 0),
    (0.25, 0.35, 0.3, 0.05, 0.05, 0),
)
LOYALTY_SHARE = (0.0, 0.65, 0.2, 0.3, 0.07)
REFERRAL_MEAN = (0.0, 1.0, 0.25, 0.1, 0.03)

EN_COLUMNS = ("customer_id", "date", "order_id", "product", "category", "quantity", "amount", "cost")
RU_COLUMNS = (
    "Контрагент",
    "Дата",
    "Номер документа",
    "Номенклатура",
    "Номенклатурная группа",
    "Количество",
    "Сумма",
    "Себестоимость",
)
EN_ATTRIBUTES = (
    "customer_id",
    "loyalty_member",
    "referrals",
    "payment_delay_days",
    "region",
    "acquisition_channel",
)
RU_ATTRIBUTES = (
    "Контрагент",
    "Участник программы лояльности",
    "Рекомендации",
    "Отсрочка оплаты, дн.",
    "Регион",
    "Канал привлечения",
)
RU_TITLE = ("Продажи по контрагентам", "Период: 01.01.2023 - 31.12.2025", "")
NBSP = "\u00a0"


@dataclass(frozen=True)
class Calendar:
    """Day-level facts of the three years, indexed by day number from 2023-01-01."""

    month: np.ndarray
    year: np.ndarray
    sale: np.ndarray
    retail_cum: np.ndarray
    key_cum: np.ndarray
    sale_windows: np.ndarray
    month_bounds: np.ndarray


def build_calendar() -> Calendar:
    """Gives the calendar: months, sale days and cumulative daily purchase weights."""
    dates = START + np.arange(N_DAYS)
    month = dates.astype("datetime64[M]").astype(int) % 12 + 1
    year = dates.astype("datetime64[Y]").astype(int) + 1970
    weekday = (dates.astype(int) + 3) % 7
    dom = (dates - dates.astype("datetime64[M]")).astype(int) + 1
    black_friday = (month == 11) & (dom >= 20) & (dom <= 30)
    new_year_sale = (month == 1) & (dom >= 2) & (dom <= 12)
    weight = MONTH_FACTOR[month - 1] * WEEKDAY_FACTOR[weekday]
    weight *= np.where(black_friday, 2.2, 1.0) * np.where(new_year_sale, 1.5, 1.0)
    weight[(month == 12) & (dom == 31)] *= 0.4
    weight[(month == 1) & (dom == 1)] *= 0.25
    key_weight = KEY_MONTH_FACTOR[month - 1] * (weekday < 5)
    sale = black_friday | new_year_sale
    return Calendar(
        month=month,
        year=year,
        sale=sale,
        retail_cum=np.concatenate([[0.0], np.cumsum(weight / weight.mean())]),
        key_cum=np.concatenate([[0.0], np.cumsum(key_weight)]),
        sale_windows=runs(sale),
        month_bounds=runs_of_labels(month),
    )


def runs(flag: np.ndarray) -> np.ndarray:
    """Gives the [first, last] day of each run of True days, one row per run."""
    edges = np.diff(np.concatenate([[0], flag.astype(int), [0]]))
    return np.column_stack([np.flatnonzero(edges == 1), np.flatnonzero(edges == -1) - 1])


def runs_of_labels(labels: np.ndarray) -> np.ndarray:
    """Gives the [first, last] day of each run of equal labels (calendar months here)."""
    starts = np.flatnonzero(np.concatenate([[True], labels[1:] != labels[:-1]]))
    return np.column_stack([starts, np.concatenate([starts[1:] - 1, [len(labels) - 1]])])


def sample_days(cum: np.ndarray, lo: np.ndarray, hi: np.ndarray, rng) -> np.ndarray:
    """Gives one day per row in [lo, hi] drawn in proportion to the calendar weights."""
    u = cum[lo] + rng.random(len(lo)) * (cum[hi + 1] - cum[lo])
    return np.clip(np.searchsorted(cum, u, side="right") - 1, lo, hi)


def weight_mass(cum: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Gives the summed daily weight of [lo, hi] (zero for empty ranges)."""
    return np.where(hi >= lo, cum[hi + 1] - cum[lo], 0.0)


def build_customers(cal: Calendar, rng) -> pd.DataFrame:
    """Gives one row per customer: kind, activity window, first order, buying parameters."""
    kind = np.repeat(np.arange(5), COUNTS)
    n = len(kind)
    existing = rng.random(n) < np.take(EXISTING_SHARE, kind)
    start = acquisition_days(cal, kind, rng)
    start[existing] = 0
    life = rng.exponential(np.take(LIFETIME_DAYS, kind))
    end = np.minimum(start + life, N_DAYS - 1).astype(int)
    end[kind == KEY] = N_DAYS - 1
    end[LOST_ACCOUNT] = LOST_ACCOUNT_LAST
    first = np.where(existing, sample_days(cal.retail_cum, start, end, rng), start)
    rate = np.where(kind == REPEAT, rng.gamma(4.0, 0.9, n), 0.0)
    rate[kind == REGULAR] = 0.8
    return pd.DataFrame(
        {
            "kind": kind,
            "existing": existing,
            "start": start,
            "end": end,
            "first": first,
            "rate": rate,
            "monthly": np.where(kind == REGULAR, rng.beta(30, 1.5, n), 0.0),
            "basket": np.take(BASKET, kind) * rng.lognormal(0.0, 0.35, n),
            "tier": rng.normal(np.take(TIER, kind), 0.5),
        }
    )


def acquisition_days(cal: Calendar, kind: np.ndarray, rng) -> np.ndarray:
    """Gives each customer's first day: growing by year, promo shoppers in sale windows."""
    year_bounds = np.array([[0, 364], [365, 730], [731, N_DAYS - 1]])
    year = rng.choice(3, size=len(kind), p=NEW_BY_YEAR)
    lo, hi = year_bounds[year, 0], year_bounds[year, 1]
    promo = kind == PROMO
    weights = np.array(PROMO_BY_WINDOW) / sum(PROMO_BY_WINDOW)
    window = rng.choice(len(cal.sale_windows), size=int(promo.sum()), p=weights)
    lo[promo], hi[promo] = cal.sale_windows[window, 0], cal.sale_windows[window, 1]
    return sample_days(cal.retail_cum, lo, hi, rng)


def retail_orders(cust: pd.DataFrame, cal: Calendar, rng) -> pd.DataFrame:
    """Gives the retail orders (customer, day): first orders, repeat, monthly and sale buying."""
    retail = np.flatnonzero(cust["kind"].to_numpy() != KEY)
    parts = [(retail, cust["first"].to_numpy()[retail])]
    lo = np.where(cust["existing"], cust["start"], cust["first"] + 1)
    parts.append(poisson_orders(cust, cal, lo, cust["end"].to_numpy(), rng))
    parts.append(sale_orders(cust, cal, rng))
    parts.append(monthly_orders(cust, cal, lo, rng))
    who = np.concatenate([p[0] for p in parts])
    day = np.concatenate([p[1] for p in parts])
    staple = np.arange(len(who)) >= len(who) - len(parts[-1][0])
    return pd.DataFrame({"cust": who, "day": day, "staple": staple})


def poisson_orders(cust, cal, lo, hi, rng) -> tuple[np.ndarray, np.ndarray]:
    """Gives irregular orders at each customer's yearly rate over [lo, hi]."""
    lo, hi = np.asarray(lo), np.asarray(hi)
    mean = cust["rate"].to_numpy() * weight_mass(cal.retail_cum, lo, hi) / 365.25
    count = rng.poisson(mean)
    who = np.repeat(np.arange(len(cust)), count)
    return who, sample_days(cal.retail_cum, lo[who], hi[who], rng)


def monthly_orders(cust, cal, lo, rng) -> tuple[np.ndarray, np.ndarray]:
    """Gives the regulars' orders: in each month of their window, one order with their odds."""
    regular = np.flatnonzero(cust["kind"].to_numpy() == REGULAR)
    m_lo, m_hi = cal.month_bounds[:, 0], cal.month_bounds[:, 1]
    a = np.maximum(m_lo[None, :], np.asarray(lo)[regular, None])
    b = np.minimum(m_hi[None, :], cust["end"].to_numpy()[regular, None])
    covered = np.clip(b - a + 1, 0, None) / (m_hi - m_lo + 1)[None, :]
    odds = cust["monthly"].to_numpy()[regular, None] * covered
    row, col = np.nonzero(rng.random(odds.shape) < odds)
    return regular[row], sample_days(cal.retail_cum, a[row, col], b[row, col], rng)


def sale_orders(cust, cal, rng) -> tuple[np.ndarray, np.ndarray]:
    """Gives the promo shoppers' later orders: each sale window in their life, about half."""
    promo = np.flatnonzero(cust["kind"].to_numpy() == PROMO)
    w_lo, w_hi = cal.sale_windows[:, 0], cal.sale_windows[:, 1]
    first = cust["first"].to_numpy()[promo, None]
    alive = (w_lo[None, :] > first) & (w_lo[None, :] <= cust["end"].to_numpy()[promo, None])
    take = alive & (rng.random(alive.shape) < 0.5)
    take_twice = take & (rng.random(alive.shape) < 0.2)
    row = np.concatenate([np.nonzero(take)[0], np.nonzero(take_twice)[0]])
    col = np.concatenate([np.nonzero(take)[1], np.nonzero(take_twice)[1]])
    return promo[row], sample_days(cal.retail_cum, w_lo[col], w_hi[col], rng)


def campaign_targets(lines: pd.DataFrame) -> np.ndarray:
    """Gives the campaign's targets: the top 20 % of retail customers by purchases in the
    12 months before 2025-09-01 (customer indices, largest first)."""
    window = (lines["day"] >= TARGET_WINDOW_START) & (lines["day"] < CAMPAIGN_START)
    spend = lines[window].groupby("cust")["amount"].sum().sort_values(ascending=False, kind="stable")
    return spend.index.to_numpy()[: round(0.2 * len(spend))]


def campaign_orders(cust, cal, targets: np.ndarray, rng) -> pd.DataFrame:
    """Gives the extra orders the loyalty campaign brings its targets from 2025-09-01.

    Targets still buying on that day, and WIN_BACK of those who had stopped, buy to the end of
    the year (retention) and CAMPAIGN_BOOST times their usual rate on top (frequency).
    """
    base = cust.iloc[targets]
    end = base["end"].to_numpy()
    rate = base["rate"].to_numpy() + 12 * base["monthly"].to_numpy()
    reached = (end >= CAMPAIGN_START) | (rng.random(len(base)) < WIN_BACK)
    rate = np.where(reached, rate, 0.0)
    lo, last = np.full(len(base), CAMPAIGN_START), np.full(len(base), N_DAYS - 1)
    boost = np.take(CAMPAIGN_BOOST, base["kind"].to_numpy())
    mass = boost * weight_mass(cal.retail_cum, lo, last) + weight_mass(
        cal.retail_cum, np.maximum(end + 1, CAMPAIGN_START), last
    )
    count = rng.poisson(rate * mass / 365.25)
    who = np.repeat(np.arange(len(targets)), count)
    day = sample_days(cal.retail_cum, lo[who], last[who], rng)
    staple = base["kind"].to_numpy()[who] == REGULAR
    return pd.DataFrame({"cust": targets[who], "day": day, "staple": staple})


def catalogue() -> dict[str, np.ndarray]:
    """Gives the product arrays: category, names, price and unit cost in kopecks per year."""
    cat = np.array([p[0] for p in PRODUCTS] + [GIFT[0]])
    base = np.array([p[3] for p in PRODUCTS], dtype=float)
    index = np.array([(1 + 0.07) ** k for k in range(3)])
    price = np.maximum(np.round(base[:, None] * index / 100) * 100 - 10, base[:, None])
    spread = 1 + 0.06 * np.sin(np.arange(len(base)) * 2.3)  # margins vary around the category's
    margin = np.array([CATEGORIES[c][2] for c in cat[:-1]]) * spread
    unit_cost = np.round(price * (1 - margin)[:, None] * 100)
    gift_row = np.full((1, 3), GIFT[3] * 100)
    order = np.lexsort((base, cat[:-1]))
    margin = np.append(margin[order], 0.0)
    return {
        "sale_off": np.round(np.minimum(SALE_DISCOUNT[0] * margin, SALE_DISCOUNT[1]), 2),
        "wholesale_off": np.round(WHOLESALE_DISCOUNT * margin, 2),
        "cat": cat,
        "price": np.vstack([price[order] * 100, np.zeros((1, 3))]).astype(np.int64),
        "unit_cost": np.vstack([unit_cost[order], gift_row]).astype(np.int64),
        "en": np.array([PRODUCTS[i][1] for i in order] + [GIFT[1]], dtype=object),
        "ru": np.array([PRODUCTS[i][2] for i in order] + [GIFT[2]], dtype=object),
        "first": np.searchsorted(cat[:-1][order], np.arange(len(CATEGORIES))),
        "count": np.bincount(cat[:-1], minlength=len(CATEGORIES)),
    }


def category_draw(mix: np.ndarray, rng) -> np.ndarray:
    """Gives one category per row from row-wise category weights."""
    cum = np.cumsum(mix / mix.sum(axis=1, keepdims=True), axis=1)
    return np.minimum((rng.random(len(mix))[:, None] > cum).sum(axis=1), mix.shape[1] - 1)


def month_category_mix() -> np.ndarray:
    """Gives the 12 x categories table of retail category weights by month."""
    mix = np.tile(CATEGORY_BASE, (12, 1))
    for cat, factors in CATEGORY_SEASON.items():
        mix[:, cat] *= factors
    return mix


def retail_lines(orders: pd.DataFrame, cust, cal, cat_info, rng) -> pd.DataFrame:
    """Gives the lines of retail orders: staple restocks or baskets by season and price tier."""
    staple = orders["staple"].to_numpy()
    parts = [
        basket_lines(orders, np.flatnonzero(~staple), cust, cal, cat_info, rng),
        staple_lines(orders, np.flatnonzero(staple), cust, cal, cat_info, rng),
    ]
    return pd.concat(parts, ignore_index=True).sort_values("order", kind="stable")


def staple_lines(orders, which, cust, cal, cat_info, rng) -> pd.DataFrame:
    """Gives the lines of regulars' monthly restocks: mostly the same few products each time."""
    line_order = np.repeat(which, N_STAPLES)
    slot = np.tile(np.arange(N_STAPLES), len(which))
    keep = (slot == 0) | (rng.random(len(slot)) < 0.8)
    line_order, slot = line_order[keep], slot[keep]
    staples = cust[[f"staple_{i}" for i in range(N_STAPLES)]].to_numpy()
    product = staples[orders["cust"].to_numpy()[line_order], slot]
    day = orders["day"].to_numpy()[line_order]
    qty = 1 + rng.poisson(0.4, len(slot))
    price = 1 - np.where(cal.sale[day], cat_info["sale_off"][product], 0.0)
    return priced_lines(line_order, day, product, qty, price, cal, cat_info)


def staple_products(n: int, tier: np.ndarray, cat_info, rng) -> np.ndarray:
    """Gives N_STAPLES everyday products per customer (n x N_STAPLES product indices)."""
    cat = category_draw(np.tile(STAPLE_MIX, (n * N_STAPLES, 1)), rng)
    skew = np.exp(0.4 - np.repeat(tier, N_STAPLES))
    pick = np.floor(cat_info["count"][cat] * rng.random(len(cat)) ** skew).astype(int)
    return (cat_info["first"][cat] + pick).reshape(n, N_STAPLES)


def basket_lines(orders, which, cust, cal, cat_info, rng) -> pd.DataFrame:
    """Gives the lines of ordinary orders: products by season and price tier, sale discounts."""
    c = orders["cust"].to_numpy()[which]
    n_lines = 1 + np.minimum(rng.poisson(cust["basket"].to_numpy()[c]), 9)
    line_order = np.repeat(which, n_lines)
    day = orders["day"].to_numpy()[line_order]
    cat = category_draw(month_category_mix()[cal.month[day] - 1], rng)
    skew = np.exp(0.4 - cust["tier"].to_numpy()[orders["cust"].to_numpy()[line_order]])
    pick = np.floor(cat_info["count"][cat] * rng.random(len(cat)) ** skew).astype(int)
    product = cat_info["first"][cat] + pick
    units = np.array([row[4] for row in CATEGORIES])[cat]
    qty = 1 + rng.poisson(units)
    price = 1 - np.where(cal.sale[day], cat_info["sale_off"][product], 0.0)
    return priced_lines(line_order, day, product, qty, price, cal, cat_info)


def priced_lines(order, day, product, qty, price, cal, cat_info) -> pd.DataFrame:
    """Gives lines with amount and cost in kopecks (price: share of the list price paid),
    each product once per order."""
    year = cal.year[day] - 2023
    amount = np.round(qty * cat_info["price"][product, year] * price).astype(np.int64)
    cost = (qty * cat_info["unit_cost"][product, year]).astype(np.int64)
    lines = pd.DataFrame(
        {"order": order, "day": day, "product": product, "qty": qty, "amount": amount, "cost": cost}
    )
    return lines.drop_duplicates(["order", "product"]).reset_index(drop=True)


def key_orders(cal: Calendar, rng) -> pd.DataFrame:
    """Gives the key accounts' orders: several each month on working days."""
    months = cal.month_bounds
    who, lo, hi = [], [], []
    for account, spec in enumerate(KEY_ACCOUNTS):
        last = LOST_ACCOUNT_LAST if account == LOST_ACCOUNT else N_DAYS - 1
        live = months[months[:, 0] <= last]
        who.append(np.full(len(live) * spec[3], account))
        lo.append(np.repeat(live[:, 0], spec[3]))
        hi.append(np.minimum(np.repeat(live[:, 1], spec[3]), last))
    lo_all, hi_all = np.concatenate(lo), np.concatenate(hi)
    day = sample_days(cal.key_cum, lo_all, hi_all, rng)
    return pd.DataFrame({"cust": np.concatenate(who), "day": day})


def key_lines(orders: pd.DataFrame, retail_revenue: float, cal, cat_info, rng) -> pd.DataFrame:
    """Gives the key accounts' wholesale lines, sized so each brings its share of revenue."""
    n_lines = 5 + rng.poisson(4, len(orders))
    line_order = np.repeat(np.arange(len(orders)), n_lines)
    mix = np.array([spec[4] for spec in KEY_ACCOUNTS], dtype=float)
    cat = category_draw(mix[orders["cust"].to_numpy()[line_order]], rng)
    product = cat_info["first"][cat] + np.floor(cat_info["count"][cat] * rng.random(len(cat))).astype(int)
    drawn = pd.DataFrame({"order": line_order, "product": product}).drop_duplicates()
    line_order, product = drawn["order"].to_numpy(), drawn["product"].to_numpy()
    acc, day = orders["cust"].to_numpy()[line_order], orders["day"].to_numpy()[line_order]
    years = day / 365.25
    fading = np.where((acc == LOST_ACCOUNT) & (cal.year[day] == 2025), 0.6, 1.0)
    shape = rng.lognormal(0, 0.5, len(acc)) * (1 + 0.08 * years) * fading
    shape *= KEY_MONTH_FACTOR[cal.month[day] - 1]
    shares = np.array([spec[2] for spec in KEY_ACCOUNTS])
    target = shares * retail_revenue / (1 - shares.sum())
    scale = target / np.bincount(acc, weights=shape, minlength=len(KEY_ACCOUNTS))
    price = 1 - cat_info["wholesale_off"][product]
    unit = cat_info["price"][product, cal.year[day] - 2023] * price
    qty = np.maximum(1, np.round(scale[acc] * shape / unit)).astype(np.int64)
    return priced_lines(line_order, day, product, qty, price, cal, cat_info)


def return_lines(lines: pd.DataFrame, rng) -> pd.DataFrame:
    """Gives about 3 % return lines: part of an earlier purchase, 1-30 days later, negative."""
    delay = np.minimum(rng.geometric(0.1, len(lines)), 30)
    ret_day = lines["day"].to_numpy() + delay
    last_day = np.where(lines["cust"] == LOST_ACCOUNT, LOST_ACCOUNT_LAST, N_DAYS - 1)
    weight = np.array([row[3] for row in CATEGORIES])[lines["cat"].to_numpy()]
    weight = weight * np.where(lines["cust"] < len(KEY_ACCOUNTS), 0.4, 1.0)
    weight[(ret_day > last_day) | (lines["amount"].to_numpy() <= 0)] = 0.0
    count = round(RETURN_RATE * len(lines) / (1 - RETURN_RATE))
    with np.errstate(divide="ignore"):
        key = np.log(rng.random(len(lines))) / weight
    chosen = np.sort(np.argpartition(-key, count)[:count])
    picked = lines.iloc[chosen]
    qty = picked["qty"].to_numpy()
    wholesale = picked["cust"].to_numpy() < len(KEY_ACCOUNTS)
    top = np.where(wholesale, np.ceil(qty * 0.25), qty).astype(int)
    back = 1 + np.floor(rng.random(len(picked)) * top).astype(int)
    return pd.DataFrame(
        {
            "cust": picked["cust"].to_numpy(),
            "day": ret_day[chosen],
            "product": picked["product"].to_numpy(),
            "cat": picked["cat"].to_numpy(),
            "qty": -back,
            "amount": -np.round(picked["amount"].to_numpy() * back / qty).astype(np.int64),
            "cost": -np.round(picked["cost"].to_numpy() * back / qty).astype(np.int64),
        }
    )


def build_transactions(rng) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Gives every line of the store (customer index, day, document, product, money in kopecks)
    and the customers (with their codes and whether the campaign targeted them)."""
    cal, cat_info = build_calendar(), catalogue()
    cust = build_customers(cal, rng)
    staples = staple_products(len(cust), cust["tier"].to_numpy(), cat_info, rng)
    cust[[f"staple_{i}" for i in range(N_STAPLES)]] = staples
    orders = retail_orders(cust, cal, rng)
    lines = attach(retail_lines(orders, cust, cal, cat_info, rng), orders)
    targets = campaign_targets(lines)
    cust["target"] = np.isin(np.arange(len(cust)), targets)
    extra = campaign_orders(cust, cal, targets, rng)
    orders = pd.concat([orders, extra], ignore_index=True)
    extra_lines = retail_lines(extra, cust, cal, cat_info, rng)
    extra_lines["order"] += len(orders) - len(extra)
    lines = pd.concat([lines, attach(extra_lines, orders)], ignore_index=True)
    k_orders = key_orders(cal, rng)
    k_lines = key_lines(k_orders, float(lines["amount"].sum()), cal, cat_info, rng)
    k_lines["order"] += len(orders)
    orders = pd.concat([orders, k_orders], ignore_index=True)
    lines = pd.concat([lines, attach(k_lines, orders)], ignore_index=True)
    lines["cat"] = cat_info["cat"][lines["product"].to_numpy()]
    lines = add_gifts(lines, cal, rng)
    returns = return_lines(lines[lines["doc"] == 0], rng)
    tx = finish(lines, returns, rng)
    cust["code"] = customer_codes(tx)
    tx["code"] = cust["code"].to_numpy()[tx["cust"].to_numpy()]
    return tx, cust


def attach(lines: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    """Gives the lines with their order's customer and a sales-document marker."""
    lines = lines.copy()
    lines["cust"] = orders["cust"].to_numpy()[lines["order"].to_numpy()]
    lines["doc"] = 0
    return lines


def add_gifts(lines: pd.DataFrame, cal: Calendar, rng) -> pd.DataFrame:
    """Gives the lines plus a few free gift lines (amount 0, cost > 0) in Black Friday orders."""
    days = lines["day"].to_numpy()
    eligible = (cal.month[days] == 11) & cal.sale[days] & (lines["cust"] >= len(KEY_ACCOUNTS))
    orders = np.unique(lines.loc[eligible, "order"].to_numpy())
    chosen = np.sort(rng.choice(orders, N_GIFTS, replace=False))
    first = lines.drop_duplicates("order").set_index("order").loc[chosen]
    gifts = pd.DataFrame(
        {
            "order": chosen,
            "day": first["day"].to_numpy(),
            "product": len(PRODUCTS),
            "qty": 1,
            "amount": 0,
            "cost": int(GIFT[3] * 100),
            "cust": first["cust"].to_numpy(),
            "doc": 0,
            "cat": GIFT[0],
        }
    )
    return pd.concat([lines, gifts], ignore_index=True)


def finish(lines: pd.DataFrame, returns: pd.DataFrame, rng) -> pd.DataFrame:
    """Gives all lines in export order with document numbers and a few duplicated rows."""
    sales = lines.sort_values(["day", "cust", "order"], kind="stable").reset_index(drop=True)
    number = pd.factorize(sales["order"])[0] + 1
    sales["doc_id"] = np.char.mod("%06d", number)
    sales["doc"], sales["seq"] = 1, np.arange(len(sales))
    returns = returns.sort_values(["day", "cust"], kind="stable").reset_index(drop=True)
    returns["doc_id"] = np.char.mod("%06d", np.arange(1, len(returns) + 1))
    returns["doc"], returns["seq"] = 0, np.arange(len(returns))
    paid = np.flatnonzero(sales["amount"].to_numpy() > 0)
    dup = sales.iloc[np.sort(rng.choice(paid, N_DUPLICATES, replace=False))].copy()
    dup["seq"] = dup["seq"] + 0.5
    out = pd.concat([sales, returns, dup], ignore_index=True)
    out = out.sort_values(["day", "doc", "doc_id", "seq"], kind="stable").reset_index(drop=True)
    return out[["cust", "day", "doc", "doc_id", "product", "cat", "qty", "amount", "cost"]]


def customer_codes(tx: pd.DataFrame) -> np.ndarray:
    """Gives each customer's number, 1, 2, ... in order of first purchase (0 for key accounts)."""
    first_day = tx.groupby("cust")["day"].min()
    retail = first_day.drop(index=range(len(KEY_ACCOUNTS))).sort_values(kind="stable")
    code = np.zeros(len(first_day), dtype=int)
    code[retail.index.to_numpy()] = np.arange(1, len(retail) + 1)
    return code


def customer_ids(cust_index: np.ndarray, code: np.ndarray, lang: str) -> np.ndarray:
    """Gives the customer ids: "C-000123" / "К-000123", company names for key accounts."""
    prefix = "C-" if lang == "en" else "К-"
    ids = np.char.add(prefix, np.char.mod("%06d", code)).astype(object)
    names = np.array([spec[0 if lang == "en" else 1] for spec in KEY_ACCOUNTS], dtype=object)
    key = cust_index < len(KEY_ACCOUNTS)
    ids[key] = names[cust_index[key]]
    return ids


def money_en(kopecks: np.ndarray) -> list[str]:
    """Gives amounts as '1234.50'."""
    return [f"{v / 100:.2f}" for v in kopecks.tolist()]


def money_ru(kopecks: np.ndarray) -> list[str]:
    """Gives amounts as '1 234,50' with a no-break space between thousands."""
    return [f"{v / 100:,.2f}".replace(",", NBSP).replace(".", ",") for v in kopecks.tolist()]


def transaction_table(tx: pd.DataFrame, lang: str, cat_info) -> pd.DataFrame:
    """Gives the transaction export in one language, every field already formatted as text."""
    en = lang == "en"
    dates = pd.Series(START + tx["day"].to_numpy().astype("timedelta64[D]"))
    prefixes = ("RT-", "SO-") if en else ("ВТП-", "РТУ-")
    doc = np.where(tx["doc"] == 1, prefixes[1], prefixes[0]).astype(object) + tx["doc_id"]
    cats = np.array([row[0 if en else 1] for row in CATEGORIES], dtype=object)
    money = money_en if en else money_ru
    columns = EN_COLUMNS if en else RU_COLUMNS
    values = (
        customer_ids(tx["cust"].to_numpy(), tx["code"].to_numpy(), lang),
        dates.dt.strftime("%Y-%m-%d" if en else "%d.%m.%Y").to_numpy(),
        doc.to_numpy(),
        cat_info[lang][tx["product"].to_numpy()],
        cats[tx["cat"].to_numpy()],
        tx["qty"].astype(str).to_numpy(),
        money(tx["amount"].to_numpy()),
        money(tx["cost"].to_numpy()),
    )
    return pd.DataFrame(dict(zip(columns, values, strict=True)), dtype=object)


def attribute_table(cust: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Gives the customer attributes (loyalty, referrals, payment delay, region, channel)."""
    en = lang == "en"
    a = cust.sort_values("code", kind="stable")
    index, code = a.index.to_numpy(), a["code"].to_numpy()
    loyal = a["loyal"].to_numpy()
    delay = a["delay"].to_numpy()
    regions = np.array([r[0 if en else 1] for r in REGIONS], dtype=object)
    channels = np.array([c[0 if en else 1] for c in CHANNELS], dtype=object)
    values = (
        customer_ids(index, code, lang),
        np.where(loyal, "True", "False") if en else np.where(loyal, "Да", "Нет"),
        a["referrals"].astype(str).to_numpy(),
        [f"{d:.1f}" if en else f"{d:.1f}".replace(".", ",") for d in delay.tolist()],
        regions[a["region"].to_numpy()],
        channels[a["channel"].to_numpy()],
    )
    columns = EN_ATTRIBUTES if en else RU_ATTRIBUTES
    return pd.DataFrame(dict(zip(columns, values, strict=True)), dtype=object)


def draw_attributes(cust: pd.DataFrame, rng) -> pd.DataFrame:
    """Gives the customers with drawn attributes; campaign targets mostly joined the programme."""
    kind = cust["kind"].to_numpy()
    n = len(cust)
    loyal_odds = np.where(cust["target"], 0.85, np.take(LOYALTY_SHARE, kind))
    cust = cust.assign(
        loyal=rng.random(n) < loyal_odds,
        referrals=rng.poisson(np.take(REFERRAL_MEAN, kind) + 0.5 * cust["target"]),
        delay=np.where(rng.random(n) < 0.03, np.round(rng.exponential(3.0, n), 1), 0.0),
        region=rng.choice(len(REGIONS), n, p=[r[2] for r in REGIONS]),
        channel=category_draw(np.array(CHANNEL_MIX, dtype=float)[kind], rng),
    )
    for account, (region, channel, delay, referrals) in enumerate(KEY_ATTRIBUTES):
        cust.loc[account, ["region", "channel", "delay", "referrals"]] = (region, channel, delay, referrals)
        cust.loc[account, "loyal"] = False
    return cust


def write_en(frame: pd.DataFrame, path: Path) -> None:
    """Writes a UTF-8, comma-separated file with LF line ends."""
    path.write_bytes(frame.to_csv(index=False, lineterminator="\n").encode("utf-8"))


def write_ru(frame: pd.DataFrame, path: Path, title: tuple[str, ...] = (), total: str | None = None) -> None:
    """Writes a Windows-1251, semicolon-separated file with CRLF line ends, title and totals."""
    body = frame.to_csv(index=False, sep=";", lineterminator="\r\n")
    text = "".join(line + "\r\n" for line in title) + body
    if total is not None:
        text += total + "\r\n"
    path.write_bytes(text.encode("cp1251"))


def russian_total(tx: pd.DataFrame) -> str:
    """Gives the closing 'Итого' line: total quantity, amount and cost."""
    qty = f"{int(tx['qty'].sum()):,}".replace(",", NBSP)
    amount, cost = money_ru(np.array([tx["amount"].sum(), tx["cost"].sum()]))
    return ";".join(["Итого", "", "", "", "", qty, amount, cost])


def write_cdnow(source: Path, path: Path) -> None:
    """Writes the CDNOW sample as customer_id (sample id, zeros kept), ISO date, quantity, amount."""
    raw = pd.read_csv(
        source,
        sep=r"\s+",
        header=None,
        dtype=str,
        names=["master_id", "customer_id", "date", "quantity", "amount"],
    )
    day = raw["date"]
    raw["date"] = day.str.slice(0, 4) + "-" + day.str.slice(4, 6) + "-" + day.str.slice(6, 8)
    write_en(raw[["customer_id", "date", "quantity", "amount"]], path)


def main(out_dir: Path | str = HERE, cdnow_source: Path | str = CDNOW_SOURCE) -> list[Path]:
    """Writes every dataset into out_dir (store files and cdnow/cdnow.csv); gives their paths."""
    out = Path(out_dir)
    (out / "cdnow").mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    (tx, cust), cat_info = build_transactions(rng), catalogue()
    cust = draw_attributes(cust, rng)
    paths = [
        out / name
        for name in ("store_en.csv", "store_ru.csv", "store_customers_en.csv", "store_customers_ru.csv")
    ] + [out / "cdnow" / "cdnow.csv"]
    write_en(transaction_table(tx, "en", cat_info), paths[0])
    write_ru(transaction_table(tx, "ru", cat_info), paths[1], RU_TITLE, russian_total(tx))
    write_en(attribute_table(cust, "en"), paths[2])
    write_ru(attribute_table(cust, "ru"), paths[3])
    write_cdnow(Path(cdnow_source), paths[4])
    return paths


def story_figures(folder: Path | str = HERE) -> dict[str, object]:
    """Gives the figures README.md quotes, computed from the written store_en.csv.

    Revenue is net of returns. Key accounts are the customers whose id is a company name.
    """
    tx = pd.read_csv(
        Path(folder) / "store_en.csv", parse_dates=["date"], dtype={"customer_id": str, "order_id": str}
    )
    return {**size_figures(tx), **concentration_figures(tx), **campaign_figures(tx), **stability_figures(tx)}


def size_figures(tx: pd.DataFrame) -> dict[str, object]:
    """Gives counts, revenue by year, seasonality, returns and customer-base growth."""
    revenue = tx["amount"].sum()
    buys = tx[tx["amount"] > 0]
    first = buys.groupby("customer_id")["date"].min().dt.year.value_counts().sort_index()
    orders = buys.groupby("customer_id")["order_id"].nunique()
    return {
        "customers": tx["customer_id"].nunique(),
        "lines": len(tx),
        "orders": buys["order_id"].nunique(),
        "revenue": round(revenue, 2),
        "revenue_by_year": tx.groupby(tx["date"].dt.year)["amount"].sum().round(2).to_dict(),
        "nov_dec_share": round(tx.loc[tx["date"].dt.month >= 11, "amount"].sum() / revenue, 4),
        "return_line_share": round((tx["amount"] < 0).mean(), 4),
        "returned_amount_share": round(-tx.loc[tx["amount"] < 0, "amount"].sum() / buys["amount"].sum(), 4),
        "zero_amount_lines": int((tx["amount"] == 0).sum()),
        "duplicate_rows": int(tx.duplicated().sum()),
        "new_customers_by_year": first.to_dict(),
        "one_order_customers": int((orders == 1).sum()),
        "margin_by_category": (
            1 - tx.groupby("category")["cost"].sum() / tx.groupby("category")["amount"].sum()
        )
        .round(3)
        .to_dict(),
    }


def concentration_figures(tx: pd.DataFrame) -> dict[str, object]:
    """Gives the top-20 % share, the key accounts' shares and their last purchases."""
    per_customer = tx.groupby("customer_id")["amount"].sum().sort_values(ascending=False)
    top = round(0.2 * len(per_customer))
    key = [c for c in per_customer.index if not c.startswith("C-")]
    last = tx[tx["amount"] > 0].groupby("customer_id")["date"].max()
    return {
        "top20_share": round(per_customer.iloc[:top].sum() / per_customer.sum(), 4),
        "key_account_shares": (per_customer[key] / per_customer.sum()).round(4).to_dict(),
        "key_account_last_purchase": last[key].dt.strftime("%Y-%m-%d").to_dict(),
    }


def campaign_figures(tx: pd.DataFrame) -> dict[str, object]:
    """Gives the campaign's lift: revenue Sep-Dec 2025 over May-Aug 2025, targets vs others.

    Targets: the top 20 % of non-key customers by revenue from 2024-09-01 to 2025-08-31;
    others: the rest of the customers who bought in that window.
    """
    retail = tx[tx["customer_id"].str.startswith("C-")]
    window = retail[(retail["date"] >= "2024-09-01") & (retail["date"] < "2025-09-01")]
    spend = window.groupby("customer_id")["amount"].sum().sort_values(ascending=False)
    targets = spend.index[: round(0.2 * len(spend))]
    group = np.where(
        retail["customer_id"].isin(targets),
        "targets",
        np.where(retail["customer_id"].isin(spend.index), "others", "new"),
    )
    before = retail["date"].between("2025-05-01", "2025-08-31")
    after = retail["date"].between("2025-09-01", "2025-12-31")
    sums = {
        name: retail.loc[mask].groupby(group[mask.to_numpy()])["amount"].sum()
        for name, mask in (("before", before), ("after", after))
    }
    ratio = sums["after"] / sums["before"]
    return {
        "campaign_targets": len(targets),
        "campaign_revenue_may_aug_2025": sums["before"].round(2).to_dict(),
        "campaign_revenue_sep_dec_2025": sums["after"].round(2).to_dict(),
        "campaign_lift": round(ratio["targets"] / ratio["others"], 3),
    }


def stability_figures(tx: pd.DataFrame) -> dict[str, object]:
    """Gives how many customers have a monthly CV at or under 0.5, 0.75 and 1.0.

    CV: population std / mean of net revenue per calendar month, from the customer's first
    month to December 2025 (months without purchases count as 0), at least 3 months.
    """
    month = tx["date"].dt.year * 12 + tx["date"].dt.month - (2023 * 12 + 1)
    table = tx.groupby([tx["customer_id"], month])["amount"].sum().unstack(fill_value=0.0)
    table = table.reindex(columns=range(36), fill_value=0.0)
    first = month.groupby(tx["customer_id"]).min().reindex(table.index).to_numpy()
    values = np.where(np.arange(36)[None, :] >= first[:, None], table.to_numpy(), np.nan)
    enough = (36 - first) >= 3
    with np.errstate(divide="ignore", invalid="ignore"):
        cv = np.nanstd(values[enough], axis=1) / np.nanmean(values[enough], axis=1)
    return {f"cv_at_most_{t}": int((cv <= t).sum()) for t in (0.5, 0.75, 1.0)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Writes the demo datasets.")
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into")
    parser.add_argument("--summary", action="store_true", help="print the story figures of the written store")
    args = parser.parse_args()
    main(args.out)
    if args.summary:
        for name, value in story_figures(args.out).items():
            print(f"{name}: {value}")
