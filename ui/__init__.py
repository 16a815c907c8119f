"""Streamlit glue shared by the pages: state, cached data, controls and blocks of pages.

- :mod:`ui.state` — session state, the only place that knows its keys (scenario, session,
  the one way widgets keep their values, the keys tests use);
- :mod:`ui.data` — the caches and the :class:`~ui.data.Dataset` / :class:`~ui.data.Analysis`
  facades that own their locks; :mod:`ui.clv` — the predicted CLV fit in the background;
- :mod:`ui.context` — what a page works on (the dataset in use, its analysis, the segmentation);
- :mod:`ui.sources` — where a dataset comes from; :mod:`ui.launch` — command-line options;
- :mod:`ui.text` and :mod:`ui.format` — words and numbers in the session's language;
- :mod:`ui.widgets` — controls; :mod:`ui.sections` — reusable blocks of pages;
- :mod:`ui.probe` — markers for the browser tests and timing lines for the benchmarks.

Importing this package first sets DuckDB's allocator up (:func:`ui.heap.prepare_duckdb_allocator`):
its jemalloc reads its settings once, when ``duckdb`` is first imported. It also keeps the
files built on a download click until the browser has them (:mod:`ui.clicked_files`).
"""

from ui.clicked_files import keep_clicked_files
from ui.heap import prepare_duckdb_allocator

prepare_duckdb_allocator()
keep_clicked_files()

__all__: list[str] = []
