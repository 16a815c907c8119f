"""Readouts of the charts of movement: migration between periods, scenario against scenario, sweeps.

Each function takes the frame its chart is drawn from (a from → to matrix of
:func:`~segcore.dynamics.migration.migration_matrix` or
:meth:`~segcore.dynamics.migration.ScenarioComparison.migration`, a sweep of
:func:`~segcore.classify.sensitivity.sweep`) and gives one or two sentences in ``lang``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from segcore.charts.readouts_base import count, is_number, money, percent, segment_name, setting
from segcore.dynamics.migration import LOST, NEW, ordered_codes
from segcore.i18n import t
from segcore.i18n.format import fmt_number

__all__ = [
    "CV_STEP",
    "LOW_SIDE",
    "MONEY_STEP",
    "SHARE_STEP",
    "migration_flow",
    "migration_heatmap",
    "scenario_heatmap",
    "sweep_chart",
    "sweep_step",
]

#: The step of a threshold that is a share (ABC cut-offs, percentile splits): 5 points.
SHARE_STEP = 0.05
#: The step of an XYZ threshold (a coefficient of variation).
CV_STEP = 0.1
#: The step of a profit split in money, as a share of the swept range.
MONEY_STEP = 0.05

#: The classes below each threshold: their size grows as the threshold rises.
LOW_SIDE = {
    "abc_a": ("A",),
    "abc_b": ("A", "B"),
    "xyz_x": ("X",),
    "xyz_y": ("X", "Y"),
    "loyalty_split": ("I", "IV"),
    "profit_split": ("I", "II"),
}
_THRESHOLDS = {
    "abc_a": "readout.sweep.threshold.abc_a",
    "abc_b": "readout.sweep.threshold.abc_b",
    "xyz_x": "readout.sweep.threshold.xyz_x",
    "xyz_y": "readout.sweep.threshold.xyz_y",
    "loyalty_split": "readout.sweep.threshold.loyalty_split",
    "profit_split": "readout.sweep.threshold.profit_split",
}
_BETWEEN = {
    "abc_a": "readout.sweep.between.abc_a",
    "abc_b": "readout.sweep.between.abc_b",
    "xyz_x": "readout.sweep.between.xyz_x",
    "xyz_y": "readout.sweep.between.xyz_y",
    "loyalty_split": "readout.sweep.between.loyalty_split",
    "profit_split": "readout.sweep.between.profit_split",
}


def _codes(matrix: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    frm = matrix["from"].astype(str).to_numpy()
    to = matrix["to"].astype(str).to_numpy()
    return frm, to, matrix["customers"].to_numpy(dtype=np.int64)


def migration_heatmap(matrix: pd.DataFrame, lang: str, top: str | None = None) -> str:
    """Give how many customers kept their segment, and what became of the top segment's customers.

    ``top``: the segment to follow (the page's golden segment: A, X, AX or III); by default
    III when present, else the first segment in display order.
    """
    frm, to, customers = _codes(matrix)
    both = (frm != NEW) & (to != LOST)
    total = int(customers[both].sum())
    if total == 0:
        return t("readout.migration.none", lang)
    stayed = int(customers[both & (frm == to)].sum())
    kept = t(
        "readout.migration.kept",
        lang,
        both=count(total, lang),
        stayed=count(stayed, lang),
        stayed_share=percent(stayed / total, lang),
    )
    codes = ordered_codes([*frm, *to])
    top = top if top is not None else ("III" if "III" in codes else codes[0])
    mine = frm == top
    size = int(customers[mine].sum())
    if size == 0:
        return kept
    lost = int(customers[mine & (to == LOST)].sum())
    moved = int(customers[mine & (to != LOST) & (to != top)].sum())
    fate = t(
        "readout.migration.top",
        lang,
        top_size=count(size, lang),
        top=segment_name(top, lang),
        top_lost=count(lost, lang),
        top_moved=count(moved, lang),
    )
    return f"{kept} {fate}"


def _largest_move(matrix: pd.DataFrame, column: str) -> tuple[str, str, float] | None:
    """Give the from → to pair between two different segments with the largest ``column``."""
    frm, to, _ = _codes(matrix)
    values = pd.to_numeric(matrix[column], errors="coerce").fillna(0.0).to_numpy(dtype=np.float64)
    moves = (frm != NEW) & (to != LOST) & (frm != to) & (values > 0)
    if not moves.any():
        return None
    at = int(np.flatnonzero(moves)[np.argmax(values[moves])])
    return frm[at], to[at], float(values[at])


def migration_flow(matrix: pd.DataFrame, lang: str, metric: str = "customers", currency: str = "") -> str:
    """Give the largest move between two segments (by ``metric``) and the new and lost customers.

    ``metric``: ``customers``, or a revenue column of the matrix (``revenue_a``, ``revenue_b``),
    written with the ``currency`` sign.
    """
    frm, to, customers = _codes(matrix)
    largest = _largest_move(matrix, metric)
    if largest is None:
        move = t("readout.flow.none", lang)
    elif metric == "customers":
        move = t(
            "readout.flow.customers",
            lang,
            source=largest[0],
            target=largest[1],
            value=count(largest[2], lang),
        )
    else:
        value = money(largest[2], lang, currency)
        move = t("readout.flow.money", lang, source=largest[0], target=largest[1], value=value)
    arrivals = t(
        "readout.flow.new_lost",
        lang,
        new=count(customers[frm == NEW].sum(), lang),
        lost=count(customers[to == LOST].sum(), lang),
    )
    return f"{move} {arrivals}"


def scenario_heatmap(matrix: pd.DataFrame, lang: str) -> str:
    """Give how many customers Scenario 2 puts in another segment than Scenario 1, and the largest move."""
    frm, to, customers = _codes(matrix)
    total = int(customers.sum())
    if total == 0:
        return t("readout.scenario.empty", lang)
    moved = int(customers[frm != to].sum())
    largest = _largest_move(matrix, "customers")
    if moved == 0 or largest is None:
        return t("readout.scenario.same", lang)
    return t(
        "readout.scenario",
        lang,
        moved=count(moved, lang),
        total=count(total, lang),
        share=percent(moved / total, lang),
        source=largest[0],
        target=largest[1],
        value=count(largest[2], lang),
    )


def sweep_step(frame: pd.DataFrame, money_split: bool = False) -> float:
    """Give the step a sweep's readout quotes: 5 points, 0.1 of CV, or 5 % of a money range."""
    parameter = str(frame["parameter"].iloc[0])
    if parameter.startswith("xyz"):
        return CV_STEP
    if parameter == "profit_split" and money_split:
        values = frame["value"].astype(float)
        return MONEY_STEP * float(values.max() - values.min())
    return SHARE_STEP


def _texts(
    parameter: str, current: float, step: float, money_split: bool, lang: str, currency: str
) -> dict[str, str]:
    if parameter.startswith("xyz"):
        step_text, value = fmt_number(step, lang, 1), fmt_number(current, lang, 2)
    elif money_split:
        step_text, value = money(step, lang, currency), money(current, lang, currency)
    else:
        step_text = t("readout.sweep.points", lang, step=fmt_number(step * 100, lang, 0))
        value = setting(current, lang)
    return {
        "threshold": t(_THRESHOLDS[parameter], lang),
        "step": step_text,
        "value": value,
        "between": t(_BETWEEN[parameter], lang),
    }


def _moved_per_step(frame: pd.DataFrame, column: str, current: float, step: float) -> float:
    """Give how much of ``column`` crosses the threshold per ``step`` around ``current``, off the grid."""
    side = frame[frame["class"].astype(str).isin(LOW_SIDE[str(frame["parameter"].iloc[0])])]
    totals = side.groupby("value", sort=True)[column].sum(min_count=1).astype(float)
    values, amounts = totals.index.to_numpy(dtype=np.float64), totals.to_numpy()
    low, high = max(current - step, values[0]), min(current + step, values[-1])
    if not high > low:
        return 0.0
    change = float(np.interp(high, values, amounts) - np.interp(low, values, amounts))
    return abs(change) * step / (high - low)


def sweep_chart(
    frame: pd.DataFrame,
    lang: str,
    metric: str = "customer_share",
    profit_split_kind: str = "percentile",
    currency: str = "",
) -> str:
    """Give how many customers (or how much revenue) move per step of the swept threshold.

    ``frame``: :func:`~segcore.classify.sensitivity.sweep` of one threshold (trimmed or not);
    ``metric``: ``customer_share`` (the readout counts customers) or ``revenue_share``. The
    step is 5 points of a share, 0.1 of a CV, or 5 % of the swept range of a profit split in
    money; the amount is the change of the classes below the threshold across one step each
    side of the current value, per step (one side only at an end of the range). A split in
    money is written with the ``currency`` sign.
    """
    if frame.empty or not frame["current"].astype(bool).any():
        return t("readout.sweep.empty", lang)
    parameter = str(frame["parameter"].iloc[0])
    money_split = parameter == "profit_split" and profit_split_kind == "value"
    current = float(frame.loc[frame["current"].astype(bool), "value"].iloc[0])
    step = sweep_step(frame, money_split)
    texts = _texts(parameter, current, step, money_split, lang, currency)
    if metric == "customer_share":
        moved = round(_moved_per_step(frame, "customers", current, step))
        if moved == 0:
            return t("readout.sweep.customers_none", lang, **texts)
        return t("readout.sweep.customers", lang, count=count(moved, lang), **texts)
    if not frame["revenue_share"].map(is_number).all():
        return t("readout.sweep.no_revenue", lang)
    shifted = _moved_per_step(frame, "revenue_share", current, step)
    if round(shifted * 100, 1) == 0:
        return t("readout.sweep.revenue_none", lang, **texts)
    return t("readout.sweep.revenue", lang, share=percent(shifted, lang), **texts)
