"""Heavy results, computed once and shared: datasets, customer tables, and what pages ask of them.

Caching design
    - :func:`load` — the parsed transactions of a source, once per data key, as a
      :class:`Dataset` (``st.cache_resource``: it holds an ibis table on the dataset's own
      in-process DuckDB connection, which cannot be pickled).
    - :func:`analysis` — the customer table and its segmenter, once per (data key,
      aggregation settings), as an :class:`Analysis`, and the time windows' analyses: kept
      by the dataset itself (:meth:`Dataset.derived`, bounded; counted in its bytes and
      dropped with it), shared and read-only, NOT ``st.cache_data``: that would unpickle a
      fresh copy of a million-row frame on every slider move, which only calls
      :meth:`Analysis.segment` (milliseconds).
    - the dynamics frames, the date range and plan files (``st.cache_data``: small frames,
      handed out as copies); the sweep bases (``st.cache_resource``, read-only).
    Every cache is bounded (``max_entries``) and shared by all sessions, so what it gives is
    read-only by convention. Segment codes passed in are not hashed: their ``key`` names what
    they were built from (kind + scenario JSON).

    The datasets themselves are kept by a :class:`ui.dataset_cache.DatasetCache` (bounded in
    entries, bytes and idle time; a dataset dropped from it drops its DuckDB table and
    closes its connection), each on a connection of the server's one DuckDB database
    (:mod:`ui.engine`: one memory limit for the process).

Locks
    A :class:`Dataset` owns the lock its queries take turns on: a DuckDB connection is not
    meant for concurrent queries from several threads, and every dataset has a connection
    of its own, so two datasets are queried side by side. An :class:`Analysis` owns the lock
    of its segmenter, which fills caches as it works. Pages call methods; they never see a lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple, TypeVar

import pandas as pd
import streamlit as st

from segcore.classify.buckets import BucketTables, bucket_tables
from segcore.classify.kinds import segment_codes
from segcore.classify.segmentation import Segmentation, Segmenter
from segcore.classify.sensitivity import SweepBasis, SweepParameter, sweep
from segcore.customers import analysis_window, customer_table
from segcore.dynamics import GoldenShare, cohort_retention, customer_base, golden_share, period_comparison
from segcore.dynamics.calendar_windows import Window
from segcore.dynamics.campaign import CampaignLift, CampaignWindows
from segcore.dynamics.migration import ScenarioComparison, compare_scenarios, window_label
from segcore.dynamics.plan import load_plan, plan_vs_actual
from segcore.errors import InputError
from segcore.ingest import LoadedTransactions, LoadReport, load_transactions
from segcore.periods import Grain
from segcore.settings import AggregationSettings, ReturnsPolicy, Scenario
from ui.campaign import LOOKBACK_MONTHS, cached_lift, raise_uncovered, year_earlier
from ui.dataset_cache import DatasetCache, Derived
from ui.engine import new_backend, release_backend
from ui.server_settings import server_settings
from ui.sources import DataSource, content_digest, named_file
from ui.state import session

__all__ = [
    "Analysis",
    "Dataset",
    "PlanFile",
    "SegmentCodes",
    "analysis",
    "load",
    "loaded_keys",
    "plan_file",
    "release_idle",
    "warm",
]

T = TypeVar("T")

#: Results kept per dataset: customer tables (per aggregation, per set of time windows),
#: their findings bases, the purchases a model fit reads.
_DERIVED_ENTRIES = 10


@dataclass(frozen=True)
class SegmentCodes:
    """Each customer's segment code of one kind, and what the codes were built from (``key``)."""

    kind: str
    key: str
    by_customer: pd.Series


class PlanFile(NamedTuple):
    """A plan file's lines (:func:`segcore.dynamics.plan.load_plan`) and the digest of its bytes."""

    key: str
    lines: pd.DataFrame


class Analysis:
    """A customer table and its segmenter; callers of the segmenter take turns on its lock.

    ``key`` names the table (data key, aggregation, and any column joined in), ``customers``
    is read-only, ``transactions`` the number of transaction lines it was built from.
    """

    def __init__(self, key: str, customers: pd.DataFrame, transactions: int = 0) -> None:
        self.key = key
        self.customers = customers
        self.transactions = transactions
        self._segmenter = Segmenter(customers)
        self._lock = threading.Lock()

    @property
    def size(self) -> int:
        """Give the number of customers."""
        return self._segmenter.n

    def segment(self, scenario: Scenario) -> Segmentation:
        """Give the segmentation of ``scenario`` (raises SettingsError)."""
        with self._lock:
            return self._segmenter.segment(scenario)

    def top_share(self, basis: str, share: float) -> float:
        """Give the share of ``basis`` the top ``share`` of customers bring (a read of the ranking)."""
        with self._lock:
            return self._segmenter.top_share(basis, share)

    def buckets(self, segmentation: Segmentation) -> BucketTables:
        """Give the bucket tables of a segmentation's scenario (the charts' rows in the browser)."""
        with self._lock:
            return bucket_tables(self._segmenter, segmentation)

    def compare(self, a: Scenario, b: Scenario) -> ScenarioComparison:
        """Give scenario A against scenario B on this table: both segmentations and who moves."""
        with self._lock:
            return compare_scenarios(self._segmenter, a, b)

    def sweep(self, scenario: Scenario, parameter: SweepParameter) -> pd.DataFrame:
        """Give class sizes and shares as ``parameter`` sweeps its range around ``scenario``."""
        basis = _sweep_basis(self.key, scenario.to_json(), self._new_sweep_basis)
        with self._lock:
            return sweep(basis, scenario, parameter)

    def _new_sweep_basis(self, scenario: Scenario) -> SweepBasis:
        with self._lock:
            return SweepBasis(self._segmenter, scenario)

    def codes(self, segmentation: Segmentation, kind: str) -> SegmentCodes:
        """Give each customer's code of ``kind`` in ``segmentation`` (one of this table's)."""
        by_customer = segment_codes(self.customers["customer_id"], segmentation, kind)
        return SegmentCodes(kind, f"{self.key}|{kind}:{segmentation.scenario.to_json()}", by_customer)

    def with_column(self, key: str, name: str, values: Any) -> Analysis:
        """Give a new analysis of this table with one more column (e.g. predicted CLV)."""
        return Analysis(key, self.customers.assign(**{name: values}), self.transactions)


@st.cache_resource(max_entries=6, show_spinner=False)
def _sweep_basis(key: str, scenario_json: str, _build: Callable[[Scenario], SweepBasis]) -> SweepBasis:
    return _build(Scenario.from_json(scenario_json))


class Dataset:
    """One loaded dataset: its transactions in DuckDB, and the lock its queries take turns on.

    :meth:`query` is the ONE way to its DuckDB table: every read of the transactions runs
    inside it, so no two queries of the dataset's connection ever run at the same time.
    """

    def __init__(self, key: str, transactions: LoadedTransactions) -> None:
        self.key = key
        self._transactions: LoadedTransactions | None = transactions
        self._report = transactions.report
        self._lock = threading.Lock()
        self._rows_bytes = _estimated_bytes(transactions)
        self._derived = Derived(_DERIVED_ENTRIES)

    @property
    def nbytes(self) -> int:
        """Give about how many bytes the dataset holds: its rows in DuckDB and its customer tables."""
        return self._rows_bytes + self._derived.nbytes

    def derived(self, key: tuple[Any, ...], build: Callable[[], T], size: Callable[[T], int]) -> T:
        """Give what ``build()`` gives (built once, kept with the dataset and dropped with it)."""
        return self._derived.get(key, build, size)

    @property
    def report(self) -> LoadReport:
        """Give the load report: every line read accounted for."""
        return self._report

    def query(self, work: Callable[[LoadedTransactions], T]) -> T:
        """Give ``work(transactions)``, run while no other query of this dataset runs.

        Raises InputError when the dataset was released (unused for a long time) meanwhile.
        """
        with self._lock:
            if self._transactions is None:
                raise InputError("ui.server.released")
            return work(self._transactions)

    def close(self) -> None:
        """Drop the dataset's table and customer tables, close its connection (after the running query)."""
        with self._lock:
            found, self._transactions = self._transactions, None
        self._derived.clear()
        if found is not None:
            release_backend(found.backend, (found.table.get_name(),))

    def preview(self, rows: int = 20) -> pd.DataFrame:
        """Give the first ``rows`` transactions in canonical columns."""
        return self.query(lambda data: data.table.head(rows).to_pandas())

    def date_range(self) -> tuple[date, date]:
        """Give the first and the last transaction date (cached)."""
        return _date_range(self.key, self)

    def period_comparison(
        self, grain: Grain, years: int, returns: ReturnsPolicy, codes: SegmentCodes | None
    ) -> pd.DataFrame:
        """Give :func:`segcore.dynamics.period_comparison`, by segment when ``codes`` are given."""
        key, by = (codes.key, codes.by_customer) if codes is not None else ("", None)
        return _comparison(self.key, grain, years, returns, key, self, by)

    def customer_base(self, grain: Grain, lost_after: int) -> pd.DataFrame:
        """Give :func:`segcore.dynamics.customer_base`."""
        return _base(self.key, grain, lost_after, self)

    def cohorts(self, grain: Grain) -> pd.DataFrame:
        """Give :func:`segcore.dynamics.cohort_retention`."""
        return _cohorts(self.key, grain, self)

    def golden_share(
        self,
        codes: SegmentCodes,
        group: str,
        grain: Grain,
        campaign: date | None,
        periods: int | None,
        returns: ReturnsPolicy,
    ) -> tuple[GoldenShare, int]:
        """Give :func:`segcore.dynamics.golden_share` of the customers coded ``group``, and their number."""
        ids = codes.by_customer.index[codes.by_customer.to_numpy(dtype=object) == group].tolist()
        key = f"{codes.key}:{group}"
        return _golden(self.key, grain, campaign, periods, returns, key, self, ids), len(ids)

    def campaign_lift(
        self, scenario: Scenario, kind: str, group: str, campaign: date, months: int
    ) -> CampaignLift:
        """Give :func:`segcore.dynamics.campaign_lift` of ``scenario``'s ``group`` fixed before the campaign.

        The group: the customers coded ``group`` of ``kind`` (class A, quadrant III …) by
        ``scenario`` on the customer table of the :data:`ui.campaign.LOOKBACK_MONTHS` before ``campaign``
        (at least ``months``); it is compared with the other customers who bought in those
        months, ``months`` calendar months before and from the campaign. The placebo a year
        earlier picks its group again the same way from the months before that date (the same
        rule, not the same people), and is None when the data do not cover it. Cached; raises
        SettingsError (data that do not cover the windows, an empty group, a scenario that does
        not fit the data).
        """
        lookback = max(LOOKBACK_MONTHS, months)
        days = [campaign, year_earlier(campaign)]
        covered = [CampaignWindows.around(d, months, lookback).covered_by(self.date_range()) for d in days]
        if not covered[0]:
            self.query(lambda data: raise_uncovered(data, campaign, months, lookback))
        spans = [
            (index, CampaignWindows.around(day, months, lookback).lookback_start, day - timedelta(days=1))
            for index, day in enumerate(days[: 2 if covered[1] else 1])
        ]
        codes, _ = self.window_codes(scenario.aggregation, spans, scenario, kind)
        groups = tuple(
            tuple(codes.index[codes[window_label(start, end)].eq(group).fillna(False).to_numpy(bool)])
            for _, start, end in spans
        )
        key = f"{kind}:{group}:{scenario.to_json()}"
        returns = scenario.aggregation.returns
        return cached_lift(self.key, key, campaign, months, lookback, returns, self, groups)

    def plan_actual(
        self, plan: PlanFile, grain: Grain, returns: ReturnsPolicy, codes: SegmentCodes
    ) -> pd.DataFrame:
        """Give :func:`segcore.dynamics.plan.plan_vs_actual` (raises SettingsError / InputError)."""
        return _plan_actual(
            self.key, plan.key, grain, returns, codes.key, plan.lines, self, codes.by_customer
        )

    def window_codes(
        self, aggregation: AggregationSettings, windows: Sequence[Window], scenario: Scenario, kind: str
    ) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Give every customer's code of ``kind`` and revenue in every window (customers × windows).

        The same frame as :func:`segcore.dynamics.migration.classify_periods` (columns named by
        ``window_label``, NA where the customer has no line in the window), from customer
        tables built once per dataset, aggregation and set of windows.
        """
        spans = tuple((start, end) for _, start, end in windows)
        codes, money = {}, {}
        for table, (start, end) in zip(_windows(aggregation.to_json(), spans, self), spans, strict=True):
            column = window_label(start, end)
            ids = table.customers["customer_id"].astype(str).to_numpy()
            found = table.codes(table.segment(scenario), kind).by_customer if len(ids) else None
            codes[column] = found if found is not None else pd.Series([], dtype="string")
            money[column] = pd.Series(table.customers["revenue"].to_numpy(float), index=ids)
        frame = pd.DataFrame(codes).astype("string").sort_index()
        frame.index.name = "customer_id"
        return frame, pd.DataFrame(money).reindex(frame.index)


@st.cache_data(max_entries=16, show_spinner=False)
def _date_range(key: str, _dataset: Dataset) -> tuple[date, date]:
    window = _dataset.query(lambda data: analysis_window(data, AggregationSettings()))
    return window.start, window.as_of


@st.cache_data(max_entries=24, show_spinner=False)
def _comparison(
    key: str,
    grain: Grain,
    years: int,
    returns: ReturnsPolicy,
    codes_key: str,
    _dataset: Dataset,
    _codes: pd.Series | None,
) -> pd.DataFrame:
    return _dataset.query(
        lambda data: period_comparison(data, grain, years=years, by=_codes, returns=returns)
    )


@st.cache_data(max_entries=24, show_spinner=False)
def _base(key: str, grain: Grain, lost_after: int, _dataset: Dataset) -> pd.DataFrame:
    return _dataset.query(lambda data: customer_base(data, grain, lost_after=lost_after))


@st.cache_data(max_entries=12, show_spinner=False)
def _cohorts(key: str, grain: Grain, _dataset: Dataset) -> pd.DataFrame:
    return _dataset.query(lambda data: cohort_retention(data, grain))


@st.cache_data(max_entries=24, show_spinner=False)
def _golden(
    key: str,
    grain: Grain,
    campaign: date | None,
    periods: int | None,
    returns: ReturnsPolicy,
    codes_key: str,
    _dataset: Dataset,
    _ids: Sequence[str],
) -> GoldenShare:
    return _dataset.query(
        lambda data: golden_share(data, _ids, grain, campaign_date=campaign, periods=periods, returns=returns)
    )


def _windows(
    aggregation: str, spans: tuple[tuple[date, date], ...], dataset: Dataset
) -> tuple[Analysis, ...]:
    """Give the customer tables of ``spans`` (kept with the dataset)."""

    def build() -> tuple[Analysis, ...]:
        settings = AggregationSettings.from_json(aggregation)
        tables = dataset.query(
            lambda data: [
                customer_table(data, settings.replace(start=start, as_of=end)) for start, end in spans
            ]
        )
        return tuple(
            Analysis(f"{dataset.key}|{aggregation}|{span}", table)
            for span, table in zip(spans, tables, strict=True)
        )

    return dataset.derived(
        ("windows", aggregation, spans), build, lambda found: sum(map(_analysis_bytes, found))
    )


@st.cache_data(max_entries=8, show_spinner=False)
def _plan_lines(digest: str, name: str, _content: bytes) -> pd.DataFrame:
    return load_plan(named_file(_content, name))


def plan_file(name: str, content: bytes) -> PlanFile:
    """Give the lines of a plan file (cached by its digest; raises InputError)."""
    digest = content_digest(content)
    return PlanFile(digest, _plan_lines(digest, name, content))


@st.cache_data(max_entries=16, show_spinner=False)
def _plan_actual(
    key: str,
    plan_key: str,
    grain: Grain,
    returns: ReturnsPolicy,
    codes_key: str,
    _plan: pd.DataFrame,
    _dataset: Dataset,
    _codes: pd.Series,
) -> pd.DataFrame:
    return _dataset.query(lambda data: plan_vs_actual(_plan, data, grain, by=_codes, returns=returns))


def _estimated_bytes(transactions: LoadedTransactions) -> int:
    """Give about how many bytes the transactions hold in DuckDB (rows × columns × 12)."""
    return int(transactions.report.rows_kept) * len(transactions.table.columns) * 12


def _read(key: str, source: DataSource) -> Dataset:
    """Give the dataset of ``source`` read into a new connection of the server's database."""
    extra: Any = source.attributes_path or source.attributes_name
    mapping = {k: v or None for k, v in source.mapping} or None
    backend = new_backend()
    try:
        loaded = load_transactions(
            source.path, mapping=mapping, sheet=source.sheet, attributes=extra, backend=backend
        )
    except BaseException:
        release_backend(backend, ())
        raise
    return Dataset(key, loaded)


_settings = server_settings()
_DATASETS: DatasetCache[Dataset] = DatasetCache(
    _settings.datasets, _settings.datasets_bytes, _settings.dataset_ttl
)


def _load(key: str, source: DataSource) -> Dataset:
    return _DATASETS.get(key, lambda: _read(key, source))


def release_idle() -> int:
    """Release the datasets nobody used for the dataset TTL (tables dropped); give how many.

    When none is left loaded, nobody is working: the customer tables and other results
    cached from them are dropped as well (their caches only expire when asked again).
    """
    released = _DATASETS.sweep()
    if released and not _DATASETS.keys():
        _sweep_basis.clear()
        st.cache_data.clear()
    return released


def loaded_keys() -> list[str]:
    """Give the keys of the datasets loaded now, least recently used first."""
    return _DATASETS.keys()


def _analyse(aggregation: str, dataset: Dataset) -> Analysis:
    """Give the customer table and segmenter of ``dataset`` under ``aggregation`` (kept with the dataset)."""

    def build() -> Analysis:
        settings = AggregationSettings.from_json(aggregation)
        customers = dataset.query(lambda data: customer_table(data, settings))
        return Analysis(f"{dataset.key}|{aggregation}", customers, int(dataset.report.rows_kept))

    return dataset.derived(("analyse", aggregation), build, _analysis_bytes)


def _analysis_bytes(found: Analysis) -> int:
    """Give about how many bytes an analysis holds: its customer table and the segmenter's copies (×2)."""
    return 2 * int(found.customers.memory_usage(index=True, deep=False).sum())


def _with_status(keys: tuple[str, ...], label: str, work: Callable[[], T]) -> T:
    """Run ``work``; when this session has not had ``keys`` yet, show a status box meanwhile.

    The box disappears when the work is done (a cache hit needs no box).
    """
    if all(session.has_seen(key) for key in keys):
        return work()
    slot = st.empty()
    with slot.status(label, expanded=False):
        result = work()
    slot.empty()
    for key in keys:
        session.mark_seen(key)
    return result


def load(source: DataSource, label: str) -> Dataset:
    """Give the dataset of ``source`` (cached; raises InputError), showing ``label`` while it loads."""
    return _with_status((f"load:{source.key}",), label, lambda: _load(source.key, source))


def warm(source: DataSource, settings: AggregationSettings) -> tuple[Dataset, Analysis]:
    """Give the dataset of ``source`` and its analysis under ``settings`` (cached; no status box)."""
    dataset = _load(source.key, source)
    return dataset, _analyse(settings.to_json(), dataset)


def analysis(source: DataSource, settings: AggregationSettings, label: str) -> Analysis:
    """Give the customer table and segmenter of ``source`` under ``settings`` (cached)."""
    aggregation = settings.to_json()
    keys = (f"load:{source.key}", f"analyse:{source.key}:{aggregation}")
    return _with_status(keys, label, lambda: _analyse(aggregation, _load(source.key, source)))
