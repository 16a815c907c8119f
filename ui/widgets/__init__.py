"""Controls: widgets bound to the scenario or to scenario B, and view choices kept across pages."""

__all__: list[str] = []
