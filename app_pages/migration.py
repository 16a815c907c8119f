"""Segment migration: customers classified in two periods with the same thresholds, and who moved."""

import pandas as pd
import streamlit as st

from segcore.charts.flows import migration_flow, transition_heatmap
from segcore.dynamics.migration import LOST, NEW, migration_customers, migration_matrix, stayed_counts
from ui import cached, cached_dynamics, context, dynamics, state
from ui.dynamics_views import Window, period_windows, window_codes
from ui.format import fmt_int, fmt_money
from ui.text import show_flash_error, tr

KINDS = ("abc", "xyz", "abc_xyz", "quadrant")
GRAINS = ("Y", "Q", "M")
METRICS = ("customers", "revenue_a", "revenue_b")
GOLDEN = {"abc": "A", "xyz": "X", "abc_xyz": "AX", "quadrant": "III"}


def _windows() -> tuple[list[Window], str] | None:
    grain = dynamics.choice(state.KEY_MIGRATION_GRAIN, tr("migr.grain"), GRAINS,
                            lambda g: tr(f"dyn.grain_{g}"), "Y", help_text=tr("migr.grain_help"))
    first, last = cached.date_range(context.active_source())
    windows = period_windows(first, last, grain)
    if len(windows) < 2:
        st.info(tr("migr.one_period"), icon=":material/info:")
        return None
    return windows, grain


def _pick(windows: list[Window], grain: str) -> tuple[int, int]:
    periods = [w[0] for w in windows]
    cols = st.columns(2)
    with cols[0]:
        a = dynamics.choice(state.KEY_MIGRATION_FROM, tr("migr.from"), periods,
                            lambda p: dynamics.period_text(p, grain), periods[-2], widget="select")
    with cols[1]:
        b = dynamics.choice(state.KEY_MIGRATION_TO, tr("migr.to"), periods,
                            lambda p: dynamics.period_text(p, grain), periods[-1], widget="select")
    return periods.index(a), periods.index(b)


def _headline(matrix: pd.DataFrame) -> None:
    lang = state.lang()
    frm, to = matrix["from"].astype(str), matrix["to"].astype(str)
    known = (frm != NEW) & (to != LOST)
    counts = {
        "stayed": matrix.loc[known & (frm == to), "customers"].sum(),
        "moved": matrix.loc[known & (frm != to), "customers"].sum(),
        "new": matrix.loc[frm == NEW, "customers"].sum(),
        "lost": matrix.loc[to == LOST, "customers"].sum(),
    }
    cols = st.columns(4)
    for col, (name, value) in zip(cols, counts.items(), strict=True):
        col.metric(tr(f"migr.m_{name}"), fmt_int(value, lang), border=True, help=tr(f"migr.m_{name}_help"))


def _charts(matrix: pd.DataFrame, kind: str, labels: tuple[str, str]) -> None:
    lang = state.lang()
    metric = dynamics.choice(state.KEY_MIGRATION_METRIC, tr("migr.metric"), METRICS,
                             lambda m: tr(f"migr.metric_{m}", a=labels[0], b=labels[1]), "customers")
    names = dynamics.code_names(kind)
    money = metric != "customers"
    fmt = ",.0f"
    titles = {"customers": tr("dyncol.customers"), "share_of_from": tr("dyncol.share_of_from"),
              "revenue_a": tr("migr.revenue_in", period=labels[0]),
              "revenue_b": tr("migr.revenue_in", period=labels[1])}
    left, right = st.columns([1, 1], gap="medium")
    with left:
        st.altair_chart(transition_heatmap(
            matrix, metric=metric, title=tr("migr.heatmap_title", metric=titles[metric].lower()),
            from_title=labels[0], to_title=labels[1], field_titles=titles, names=names,
            value_format=fmt, lang=lang), width="stretch", key=state.KEY_MIGRATION_HEATMAP)
    with right:
        st.altair_chart(migration_flow(
            matrix, metric=metric, title=tr("migr.flow_title"), from_title=labels[0], to_title=labels[1],
            value_title=titles[metric], names=names, value_format=fmt, lang=lang,
            subtitle=tr("migr.flow_money") if money else None), width="stretch", key=state.KEY_MIGRATION_FLOW)
    st.caption(tr("migr.how_to_read"))


def _stayed(codes: pd.DataFrame, kind: str, grain: str) -> None:
    letters = list(dynamics.KIND_LETTERS[kind])
    names = dynamics.code_names(kind)
    st.subheader(tr("migr.stayed_title", n=len(codes.columns), unit=tr(f"dyn.units_{grain}")))
    code = dynamics.choice(state.KEY_MIGRATION_CODE, tr("migr.stayed_code"), letters,
                           lambda c: names.get(c, c), GOLDEN[kind], widget="select")
    runs = stayed_counts(codes, code)
    lang = state.lang()
    full = runs.iloc[-1]
    st.markdown(tr("migr.stayed_text", all=fmt_int(full["current_at_least"], lang), n=int(full["k"]),
                   code=names.get(code, code), ever=fmt_int(full["ever_at_least"], lang),
                   unit=tr(f"dyn.units_{grain}")))
    dynamics.table(runs, {"k": "count", "current_exactly": "count", "current_at_least": "count",
                          "ever_at_least": "count"}, key=state.KEY_MIGRATION_STAYED)


def _cell(matrix: pd.DataFrame, a: pd.Series, b: pd.Series, money: tuple[pd.Series, pd.Series],
          kind: str, labels: tuple[str, str]) -> None:
    lang = state.lang()
    names = dynamics.code_names(kind)
    pairs = matrix[matrix["customers"] > 0]
    options = [f"{f}→{t}" for f, t in zip(pairs["from"], pairs["to"], strict=True)]
    counts = dict(zip(options, pairs["customers"], strict=True))
    st.subheader(tr("migr.cell_title"))
    moved = [o for o in options if o.split("→")[0] != o.split("→")[1]]
    chosen = dynamics.choice(state.KEY_MIGRATION_CELL, tr("migr.cell"), options,
                             lambda o: f"{names.get(o.split('→')[0], o.split('→')[0])} → "
                                       f"{names.get(o.split('→')[1], o.split('→')[1])} "
                                       f"({fmt_int(counts[o], lang)})",
                             (moved or options)[0], widget="select", help_text=tr("migr.cell_help"))
    frm, to = chosen.split("→")
    ids = migration_customers(a, b, frm, to)
    shown = pd.DataFrame({"customer_id": ids, "from": names.get(frm, frm), "to": names.get(to, to),
                          "revenue_a": money[0].reindex(ids).fillna(0.0).round(0).to_numpy(),
                          "revenue_b": money[1].reindex(ids).fillna(0.0).round(0).to_numpy()})
    total = money[1].reindex(ids).fillna(0.0).sum()
    shown = shown.sort_values(["revenue_a", "revenue_b"], ascending=False, kind="stable").head(1000)
    st.caption(tr("migr.cell_caption", n=fmt_int(len(ids), lang), a=labels[0], b=labels[1],
                  revenue=fmt_money(total, lang)))
    config = {
        "customer_id": st.column_config.TextColumn(tr("dyncol.customer_id")),
        "from": st.column_config.TextColumn(labels[0]), "to": st.column_config.TextColumn(labels[1]),
        **{f"revenue_{side}": st.column_config.NumberColumn(tr("migr.revenue_in", period=label),
                                                             format="localized")
           for side, label in zip("ab", labels, strict=True)},
    }
    st.dataframe(shown, hide_index=True, placeholder="—", key=state.KEY_MIGRATION_TABLE, height=320,
                 column_config=config)


st.title(tr("page.migration"))
st.caption(tr("migr.intro"))
show_flash_error()
data = dynamics.loaded()
found = _windows() if data is not None else None
if found is not None:
    windows, grain = found
    kind = dynamics.choice(state.KEY_MIGRATION_KIND, tr("migr.kind"), KINDS, lambda k: tr(f"migr.kind_{k}"),
                           "abc", help_text=tr("migr.kind_help"))
    i, j = _pick(windows, grain)
    scenario = state.scenario()
    spans = tuple((start, end) for _, start, end in windows)
    with st.spinner(tr("migr.working")):
        analyses = cached_dynamics.window_analyses(context.active_source().key,
                                                   scenario.aggregation.to_json(), spans, data)
    codes, money = window_codes(analyses, windows, scenario, kind)
    labels = (dynamics.period_text(windows[i][0], grain), dynamics.period_text(windows[j][0], grain))
    if i == j:
        st.warning(tr("migr.same_period"), icon=":material/warning:")
    a, b = codes.iloc[:, i].dropna(), codes.iloc[:, j].dropna()
    revenue_a, revenue_b = money.iloc[:, i].dropna(), money.iloc[:, j].dropna()
    matrix = migration_matrix(a, b, revenue_b, revenue_a, codes=dynamics.KIND_LETTERS[kind])
    if kind == "abc_xyz":
        matrix = matrix[matrix.groupby("from")["customers"].transform("sum").gt(0)
                        & matrix.groupby("to")["customers"].transform("sum").gt(0)]
    _headline(matrix)
    st.caption(tr("migr.same_thresholds", window=" · ".join(labels)))
    _charts(matrix, kind, labels)
    _cell(matrix, a, b, (revenue_a, revenue_b), kind, labels)
    _stayed(codes, kind, grain)
