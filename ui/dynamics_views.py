"""Glue of the migration, scenario and plan pages: time windows, codes per window, exports."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, timedelta

import pandas as pd

from segcore.dynamics import period_first_day, period_of_day
from segcore.report import safe_cell
from segcore.dynamics.migration import window_label
from segcore.settings import Scenario
from ui import dynamics, state
from ui.cached import Analysis
from ui.text import tr

__all__ = ["Window", "movers_csv", "movers_xlsx", "period_windows", "plan_kind", "plan_total", "window_codes"]

Window = tuple[int, date, date]


def period_windows(first: date, last: date, grain: str) -> list[Window]:
    """Give the calendar periods (index, first day, last day) from ``first`` to ``last``.

    The first and last windows are cut to the data (a window never starts before the first
    transaction or ends after the last one), so a part-period is named by its real days.
    """
    low, high = period_of_day(first, grain), period_of_day(last, grain)  # type: ignore[arg-type]
    windows = []
    for period in range(low, high + 1):
        start = period_first_day(period, grain)  # type: ignore[arg-type]
        end = period_first_day(period + 1, grain) - timedelta(days=1)  # type: ignore[arg-type]
        windows.append((period, max(start, first), min(end, last)))
    return windows


def window_codes(analyses: Sequence[Analysis], windows: Sequence[Window], scenario: Scenario,
                 kind: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Give every customer's code of ``kind`` and revenue in every window (customers × windows).

    The same frame as :func:`segcore.dynamics.migration.classify_periods` (columns named by
    :func:`segcore.dynamics.migration.window_label`, NA where the customer has no line in the
    window), from the cached per-window segmenters.
    """
    codes, money = {}, {}
    for analysis, (_, start, end) in zip(analyses, windows, strict=True):
        column = window_label(start, end)
        ids = analysis.customers["customer_id"].astype(str).to_numpy()
        if len(ids):
            codes[column] = dynamics.codes_of(analysis, analysis.segment(scenario), kind)
        else:
            codes[column] = pd.Series([], dtype="string")
        money[column] = pd.Series(analysis.customers["revenue"].to_numpy(float), index=ids)
    frame = pd.DataFrame(codes).astype("string").sort_index()
    frame.index.name = "customer_id"
    return frame, pd.DataFrame(money).reindex(frame.index)


_MOVER_COLUMNS = ("customer_id", "abc_a", "abc_b", "xyz_a", "xyz_b", "abc_xyz_a", "abc_xyz_b",
                  "quadrant_a", "quadrant_b", "revenue")


def _movers_for_people(movers: pd.DataFrame) -> pd.DataFrame:
    frame = movers[list(_MOVER_COLUMNS)].sort_values("revenue", ascending=False, kind="stable")
    frame = frame.astype({c: object for c in _MOVER_COLUMNS if c != "revenue"})
    for column in _MOVER_COLUMNS[:-1]:
        frame[column] = [safe_cell(v) for v in frame[column]]
    frame["revenue"] = frame["revenue"].astype(float).round(2)
    return frame.rename(columns={c: tr(f"dyncol.{c}") for c in _MOVER_COLUMNS})


def movers_csv(movers: pd.DataFrame) -> bytes:
    """Give the customers who move as CSV (UTF-8 with BOM; ``;`` and decimal comma in Russian)."""
    russian = state.lang() == "ru"
    text = _movers_for_people(movers).to_csv(index=False, sep=";" if russian else ",",
                                             decimal="," if russian else ".")
    return ("\ufeff" + text).encode("utf-8")


def movers_xlsx(movers: pd.DataFrame) -> bytes:
    """Give the customers who move as an XLSX workbook (one sheet, text cells neutralised)."""
    frame = _movers_for_people(movers)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="xlsxwriter") as writer:
        name = tr("scenb.sheet")[:31]
        frame.to_excel(writer, sheet_name=name, index=False)
        sheet = writer.sheets[name]
        sheet.set_column(0, len(frame.columns) - 1, 16)
        sheet.freeze_panes(1, 0)
    return buffer.getvalue()


def plan_kind(plan: pd.DataFrame) -> str:
    """Give the segment kind a plan's segment rows are set for (abc, abc_xyz, xyz, quadrant)."""
    keys = set(plan.loc[plan["level"] == "segment", "key"].astype(str))
    for kind in ("abc", "abc_xyz", "quadrant", "xyz"):
        if keys <= set(dynamics.KIND_LETTERS[kind]):
            return kind
    return "abc"


def plan_total(result: pd.DataFrame) -> pd.DataFrame:
    """Give plan and actual per period summed over every plan key (one line per period).

    The actual of a period stays empty while no key has one (the period has not happened).
    """
    columns = ["period", "period_start", "label", "complete"]
    summed = result.groupby(columns, as_index=False).agg(
        plan=("plan", "sum"), actual=("actual", lambda s: s.sum(min_count=1))
    )
    summed["variance"] = summed["actual"] - summed["plan"]
    summed["variance_pct"] = summed["actual"] / summed["plan"].where(summed["plan"] != 0) - 1.0
    return summed.sort_values("period").reset_index(drop=True)
