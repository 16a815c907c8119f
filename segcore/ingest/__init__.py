"""Reading transaction and attribute files into canonical tables, with a load report.

Public API: :func:`load_transactions` (→ :class:`LoadedTransactions`),
:func:`inspect_source` (→ :class:`SourceInfo`), :func:`load_attributes`
(→ :class:`CustomerAttributes`), :class:`LoadReport` and its codes; :class:`UploadLimits`
and :func:`configured_limits`, the bounds every load enforces.
"""

from segcore.errors import InputError
from segcore.ingest.attributes import CustomerAttributes, load_attributes
from segcore.ingest.inspect import SourceInfo, inspect_source
from segcore.ingest.limits import UploadLimits, configured_limits
from segcore.ingest.load import LoadedTransactions, load_transactions
from segcore.ingest.report import DROP_CODES, WARNING_CODES, LoadReport

__all__ = [
    "DROP_CODES",
    "WARNING_CODES",
    "CustomerAttributes",
    "InputError",
    "LoadReport",
    "LoadedTransactions",
    "SourceInfo",
    "UploadLimits",
    "configured_limits",
    "inspect_source",
    "load_attributes",
    "load_transactions",
]
