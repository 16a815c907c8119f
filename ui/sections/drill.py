"""The Matrix page's drill-down: the cell clicked on the heatmap, its customers, their cards and lists.

A click on a heatmap cell (or the choice in the select box) picks the cell, kept under
:data:`ui.state.keys.MATRIX_CELL`. The block below the charts then shows that cell marked
in its heading (code, name, customers, share of revenue), its customers largest revenue
first, and the one-click downloads of the whole cell as a list for the sales team. A
click on the heatmap also scrolls the page to the block (:func:`scroll_next_run`), and
picking a row opens that customer's card (:mod:`ui.sections.customer_card`).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import streamlit as st

from segcore.classify.matrix import CELL_LETTERS
from segcore.classify.segmentation import Segmentation
from segcore.report.sales_list import segment_rows
from ui import probe
from ui.data import Analysis
from ui.format import fmt_int, fmt_percent
from ui.sections import customer_card, customer_lists
from ui.state import keys, session, values
from ui.text import labels, segment_name, tr

__all__ = ["BLOCK", "SHOWN_COLUMNS", "TABLE", "cell_drill", "scroll_next_run"]

#: Key of the drill-down block (its element has the class ``st-key-matrix_drill``).
BLOCK = "matrix_drill"
#: Key of the table of the cell's customers.
TABLE = "matrix_customers"
#: Key of the cell list's downloads (``matrix_list_csv``, ``matrix_list_xlsx``, ``matrix_list_preset``).
DOWNLOADS = "matrix_list"
#: The customer-table columns the drill-down table shows (those the table has).
SHOWN_COLUMNS: tuple[str, ...] = (
    "customer_id",
    "cell",
    "quadrant",
    "revenue",
    "orders",
    "avg_check",
    "last_purchase",
    "recency_days",
    "return_rate",
    "ltv_simple",
)
_SCROLL = "matrix_drill_scroll"
_LIMIT = 300  # the table is for looking; the whole cell is in the one-click files
_SCROLL_SCRIPT = """
<script>
(function (nonce) {{
  let tries = 0;
  const go = () => {{
    const block = document.querySelector(".st-key-{block}");
    if (block) {{ block.scrollIntoView({{behavior: "smooth", block: "start"}}); return; }}
    if (++tries < 40) setTimeout(go, 50);
  }};
  setTimeout(go, 50);
}})({nonce});
</script>
"""


def scroll_next_run() -> None:
    """Ask the next run to scroll the page to the drill-down block (a click on the heatmap)."""
    st.session_state[_SCROLL] = int(st.session_state.get(_SCROLL, 0) or 0) + 1


def _scroll_if_asked() -> None:
    nonce = st.session_state.pop(_SCROLL, None)
    if nonce:
        st.html(_SCROLL_SCRIPT.format(block=BLOCK, nonce=int(nonce)), unsafe_allow_javascript=True)


def _heading(seg: Segmentation, cell: str) -> None:
    lang = session.lang()
    row = seg.matrix.set_index("cell").loc[cell]
    total = float(seg.matrix["revenue"].sum())
    share = float(row["revenue"]) / total if total > 0 else 0.0
    title = tr("drill.title", cell=cell, name=segment_name(cell))
    size = tr("drill.size", customers=fmt_int(row["customers"], lang), share=fmt_percent(share, lang))
    st.markdown(f"### :blue-background[{title}]\n{size}")


def _top(analysis: Analysis, seg: Segmentation, mask: np.ndarray) -> pd.DataFrame:
    """Give the cell's largest customers by revenue (at most the table's limit), codes after the id."""
    positions = np.flatnonzero(mask)
    revenue = analysis.customers["revenue"].to_numpy(dtype=float, na_value=np.nan)[positions]
    order = positions[np.argsort(-np.nan_to_num(revenue, nan=-np.inf), kind="stable")[:_LIMIT]]
    shown = [c for c in SHOWN_COLUMNS if c in analysis.customers.columns]
    frame = analysis.customers.iloc[order][shown].reset_index(drop=True)
    frame.insert(1, "cell", seg.cell[order])
    frame.insert(2, "quadrant", seg.quadrant[order])
    return frame


def _open_picked(ids: list[str]) -> Callable[[], None]:
    def picked() -> None:
        rows = values.current(TABLE).selection.rows if values.current(TABLE) is not None else []
        if rows and rows[0] < len(ids):
            customer_card.open_card(ids[rows[0]])

    return picked


def _choice(seg: Segmentation) -> str:
    lang = session.lang()
    counts = dict(zip(seg.matrix["cell"], seg.matrix["customers"], strict=True))
    cells = list(CELL_LETTERS)
    cell = st.selectbox(
        tr("matrix.drill"),
        cells,
        help=tr("matrix.drill_help"),
        **values.bind(keys.MATRIX_CELL, "AX", options=cells),
        format_func=labels(cells, lambda c: f"{c} · {segment_name(c)} ({fmt_int(counts[c], lang)})"),
    )
    return cell if cell in cells else "AX"


@probe.timed("matrix.drill")
def cell_drill(analysis: Analysis, seg: Segmentation) -> None:
    """Draw the picked cell's block: heading, its customers (a row opens the card), one-click lists."""
    with st.container(border=True, key=BLOCK):
        cell = _choice(seg)
        _heading(seg, cell)
        mask = seg.cell == cell
        shown = _top(analysis, seg, mask)
        if shown.empty:
            st.info(tr("drill.empty"), icon=":material/info:")
        else:
            customers, codes = analysis.customers, {"cell": seg.cell, "quadrant": seg.quadrant}
            customer_lists.list_downloads(
                lambda: segment_rows(customers, mask, codes),
                f"customers_{cell}",
                tr("drill.sheet", cell=cell),
                key=DOWNLOADS,
            )
            ids = shown["customer_id"].astype(str).tolist()
            customer_lists.list_table(
                shown,
                key=TABLE,
                limit=None,
                lead=(),
                on_select=_open_picked(ids),
                total=int(mask.sum()),
                card_links=True,
            )
            st.caption(tr("drill.pick_row"))
    _scroll_if_asked()
    customer_card.requested_card(analysis, seg)
