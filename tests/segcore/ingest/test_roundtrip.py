"""A random transaction table written in any supported dialect loads back unchanged."""

from __future__ import annotations

import csv
import io
from datetime import date

import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segcore.errors import InputError
from segcore.ingest import load_transactions

WORDS = ["Иван", "Пётр", "Ёлка", "ООО Альфа", "Anna", "Smith & Co", 'ИП "Ромашка"', "O'Neil; Ltd"]
ids = st.one_of(
    st.integers(min_value=0, max_value=99999).map(lambda n: f"{n:06d}"),
    st.integers(min_value=1, max_value=999).map(str),
    st.sampled_from(WORDS),
)
rows = st.lists(
    st.tuples(
        ids,
        st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
        st.integers(min_value=-(10**9), max_value=10**9),
    ),
    min_size=1,
    max_size=40,
)


def _russian(amount_cents: int) -> str:
    whole, frac = divmod(abs(amount_cents), 100)
    sign = "-" if amount_cents < 0 else ""
    return f"{sign}{whole:,}".replace(",", "\u00a0") + f",{frac:02d}"


def _text(table, *, header, delimiter, encoding, day, amount) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for customer, when, cents in table:
        writer.writerow([customer, day(when), amount(cents)])
    return buffer.getvalue().encode(encoding)


def write_ru(table, path):
    path.write_bytes(
        _text(
            table,
            header=["Контрагент", "Дата", "Сумма"],
            delimiter=";",
            encoding="cp1251",
            day=lambda d: d.strftime("%d.%m.%Y"),
            amount=_russian,
        )
    )


def write_en(table, path, encoding="utf-8", delimiter=","):
    path.write_bytes(
        _text(
            table,
            header=["customer", "date", "amount"],
            delimiter=delimiter,
            encoding=encoding,
            day=date.isoformat,
            amount=lambda c: f"{c / 100:.2f}",
        )
    )


def write_xlsx(table, path):
    book = openpyxl.Workbook()
    book.active.append(["Клиент", "Дата", "Сумма"])
    for customer, when, cents in table:
        book.active.append([customer, when, cents / 100])
    book.save(path)


def write_parquet(table, path):
    pq.write_table(
        pa.table(
            {
                "customer_id": [r[0] for r in table],
                "date": pa.array([r[1] for r in table], pa.date32()),
                "amount": [r[2] / 100 for r in table],
            }
        ),
        path,
    )


DIALECTS = {
    "ru.csv": write_ru,
    "en.csv": write_en,
    "bom.csv": lambda t, p: write_en(t, p, encoding="utf-8-sig"),
    "tab.tsv": lambda t, p: write_en(t, p, delimiter="\t"),
    "book.xlsx": write_xlsx,
    "data.parquet": write_parquet,
}


@pytest.mark.parametrize("name", sorted(DIALECTS))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=rows)
def test_a_table_written_in_a_dialect_loads_back_with_the_same_customers_and_totals(tmp_path, name, table):
    path = tmp_path / name
    DIALECTS[name](table, path)
    loaded = load_transactions(path, today=date(2031, 1, 1))
    frame = loaded.to_pandas()
    report = loaded.report
    assert report.rows_read == report.rows_kept + sum(report.dropped.values())
    assert report.rows_kept == len(table) == len(frame)
    assert set(frame["customer_id"]) == {r[0] for r in table}
    assert round(frame["amount"].sum(), 2) == round(sum(r[2] for r in table) / 100, 2)
    assert sorted(frame["date"].dt.date) == sorted(r[1] for r in table)
    assert report.warnings["returns"] == sum(1 for r in table if r[2] < 0)


KINDS = {
    "good": lambda i: (f"К{i:03d}", "05.01.2024", "12,50"),
    "missing_customer": lambda i: ("", "06.01.2024", "1,00"),
    "bad_date": lambda i: (f"К{i:03d}", "32.13.2024", "2,00"),
    "bad_amount": lambda i: (f"К{i:03d}", "07.01.2024", "abc"),
    "blank_row": lambda i: ("", "", ""),
    "totals_row": lambda i: ("Итого", "", "100,00"),
}


@settings(max_examples=25, deadline=None)
@given(kinds=st.lists(st.sampled_from(sorted(KINDS)), min_size=1, max_size=30))
def test_every_messy_row_is_kept_or_dropped_for_its_reason_at_its_line(kinds):
    lines = ["Клиент;Дата;Сумма"] + [";".join(KINDS[k](i)) for i, k in enumerate(kinds)]
    data = ("\n".join(lines) + "\n").encode("cp1251")
    good = kinds.count("good")
    if good == 0:
        with pytest.raises(InputError) as caught:
            load_transactions(data)
        assert caught.value.key == "ingest.all_dropped"
        return
    report = load_transactions(data).report
    assert report.rows_read == len(kinds) == report.rows_kept + sum(report.dropped.values())
    assert report.rows_kept == good
    for kind in KINDS:
        if kind != "good":
            assert report.dropped[kind] == kinds.count(kind)
            lines_of_kind = [i + 2 for i, k in enumerate(kinds) if k == kind][:5]
            assert list(report.examples.get(kind, ())) == lines_of_kind
