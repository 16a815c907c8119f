"""Upload limits: how big a file, its content, its table and its load time may be.

Every loader (:func:`segcore.ingest.load_transactions`, :func:`~segcore.ingest.inspect_source`,
:func:`~segcore.ingest.load_attributes`) takes ``limits=`` and, when it is ``None``, uses
:func:`configured_limits`: the defaults below, changed by environment variables (or a TOML
file named by ``SEGCORE_LIMITS_FILE``, whose keys are the field names). Past any limit the
load stops with an :class:`~segcore.errors.InputError` that names the limit and its value,
and leaves nothing in the temporary folder.

===================  =====================================  ===========================
limit                what it bounds                         environment variable
===================  =====================================  ===========================
upload_mb            the file as given (compressed)         SEGCORE_LIMIT_UPLOAD_MB
content_mb           the content once decompressed          SEGCORE_LIMIT_CONTENT_MB
                     (gzip stream, workbook parts)
inflate_ratio        decompressed ÷ compressed size, once   SEGCORE_LIMIT_INFLATE_RATIO
                     past 64 MB (stops zip and gzip bombs)
rows                 rows of the table                      SEGCORE_LIMIT_ROWS
columns              columns of the table                   SEGCORE_LIMIT_COLUMNS
workbook_cells       rows × columns of a workbook sheet     SEGCORE_LIMIT_WORKBOOK_CELLS
seconds              wall time of one load                  SEGCORE_LIMIT_SECONDS
===================  =====================================  ===========================
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from segcore.errors import InputError, SettingsError

__all__ = ["ENV_PREFIX", "LIMITS_FILE_ENV", "MB", "RATIO_FLOOR_BYTES", "UploadLimits", "configured_limits"]

MB = 1024 * 1024
#: The inflate ratio is checked only once this much content has been decompressed.
RATIO_FLOOR_BYTES = 64 * MB
ENV_PREFIX = "SEGCORE_LIMIT_"
LIMITS_FILE_ENV = "SEGCORE_LIMITS_FILE"


@dataclass(frozen=True)
class UploadLimits:
    """The bounds of one load; every field must be positive (see the module's table)."""

    upload_mb: float = 2048
    content_mb: float = 8192
    inflate_ratio: float = 200
    rows: int = 50_000_000
    columns: int = 2_000
    workbook_cells: int = 50_000_000
    seconds: float = 600

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
                raise SettingsError("ingest.limit.bad_setting", name=field.name, value=value)

    @property
    def upload_bytes(self) -> int:
        """Give the upload limit in bytes."""
        return int(self.upload_mb * MB)

    @property
    def content_bytes(self) -> int:
        """Give the decompressed-content limit in bytes."""
        return int(self.content_mb * MB)

    def exceeded(self, limit: str, name: str) -> InputError:
        """Give the InputError saying that the file ``name`` is past ``limit`` (a field name)."""
        value = getattr(self, limit)
        shown = f"{value:,.0f}".replace(",", "\u00a0") if value >= 10 else f"{value:g}"
        return InputError(f"ingest.limit.{limit}", name=name, value=shown, env=ENV_PREFIX + limit.upper())

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> UploadLimits:
        """Give limits with the fields in ``values`` changed (text is read as a number)."""
        changes: dict[str, float | int] = {}
        for field in dataclasses.fields(cls):
            if field.name in values:
                changes[field.name] = _number(field.name, values[field.name], integer=field.type == "int")
        return cls(**changes)  # type: ignore[arg-type]


def _number(name: str, raw: object, *, integer: bool) -> float | int:
    """Give a limit's value from text or a number; SettingsError when it is not a number."""
    try:
        value = float(str(raw).replace("_", "").strip())
    except ValueError:
        raise SettingsError("ingest.limit.bad_setting", name=name, value=raw) from None
    return int(value) if integer and value.is_integer() else value


def configured_limits(environ: Mapping[str, str] | None = None) -> UploadLimits:
    """Give the limits in force: defaults, then the file named by SEGCORE_LIMITS_FILE, then variables."""
    env = os.environ if environ is None else environ
    values: dict[str, object] = {}
    file = env.get(LIMITS_FILE_ENV)
    if file:
        try:
            values.update(tomllib.loads(Path(file).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError("ingest.limit.bad_file", path=file, detail=str(exc)[:200]) from exc
    for field in dataclasses.fields(UploadLimits):
        key = ENV_PREFIX + field.name.upper()
        if env.get(key, "").strip():
            values[field.name] = env[key]
    return UploadLimits.from_mapping(values)
