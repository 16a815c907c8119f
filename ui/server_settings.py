"""How much the server keeps and for how long: one place that reads the server's settings.

Every setting is an environment variable read when the server starts (a facilitator sets
them in the shell or the service file; tests set short ones):

    ``STUDIO_SESSION_TTL``    seconds an idle session's record and uploaded files are kept
                              after its last browser tab closed (default 3600: a reload, a
                              dropped Wi-Fi or a new tab within the hour gets them back);
    ``STUDIO_DATASETS``       datasets kept loaded at once (default 8);
    ``STUDIO_DATASETS_MB``    megabytes of loaded transactions kept at once (default 2000);
    ``STUDIO_DATASET_TTL``    seconds a loaded dataset nobody used is kept (default 1800);
    ``STUDIO_SWEEP_SECONDS``  how often expired sessions and datasets are removed (default 60);
    ``STUDIO_UPLOADS_DIR``    the folder of the per-session upload folders (default: a folder
                              ``studio-uploads`` in the system's temporary folder).
The DuckDB memory limit of the process is in :mod:`ui.engine` (``STUDIO_DUCKDB_MEMORY``).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ServerSettings", "server_settings"]


def _number(name: str, default: float) -> float:
    text = os.environ.get(name, "").strip()
    try:
        value = float(text) if text else default
    except ValueError:
        return default
    return value if value > 0 else default


@dataclass(frozen=True)
class ServerSettings:
    """The bounds of what the server keeps (see the module docstring for each one)."""

    session_ttl: float = 3600.0
    datasets: int = 8
    datasets_bytes: int = 2000 * 2**20
    dataset_ttl: float = 1800.0
    sweep_seconds: float = 60.0
    uploads_dir: Path = Path(tempfile.gettempdir()) / "studio-uploads"

    @classmethod
    def from_env(cls) -> ServerSettings:
        """Give the settings from the environment, the defaults where a variable is unset or invalid."""
        folder = os.environ.get("STUDIO_UPLOADS_DIR", "").strip()
        return cls(
            session_ttl=_number("STUDIO_SESSION_TTL", cls.session_ttl),
            datasets=int(_number("STUDIO_DATASETS", cls.datasets)),
            datasets_bytes=int(_number("STUDIO_DATASETS_MB", cls.datasets_bytes / 2**20) * 2**20),
            dataset_ttl=_number("STUDIO_DATASET_TTL", cls.dataset_ttl),
            sweep_seconds=_number("STUDIO_SWEEP_SECONDS", cls.sweep_seconds),
            uploads_dir=Path(folder) if folder else cls.uploads_dir,
        )


def server_settings() -> ServerSettings:
    """Give the server's settings (read from the environment each time; cheap)."""
    return ServerSettings.from_env()
