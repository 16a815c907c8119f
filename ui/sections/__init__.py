"""Reusable blocks of pages: the sidebar, tables, charts, exports, strategy cards, CLV parts."""

__all__: list[str] = []
