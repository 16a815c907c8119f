"""``python -m segcore``: the command line (``report``: the monthly review without the app)."""

from __future__ import annotations

import sys

from segcore.report.cli import main

__all__: list[str] = []

if __name__ == "__main__":
    sys.exit(main())
