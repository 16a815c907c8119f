"""The LTV package's lazy names: the type checker sees the same names, from the same modules."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import segcore.ltv

INIT = Path(segcore.ltv.__file__)


def checker_imports() -> dict[str, str]:
    """Give name → module of the imports under ``if TYPE_CHECKING:`` in the package's ``__init__``."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    guarded = [
        node
        for node in tree.body
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
    ]
    assert len(guarded) == 1
    found: dict[str, str] = {}
    for node in guarded[0].body:
        assert isinstance(node, ast.ImportFrom) and node.module is not None
        for alias in node.names:
            assert alias.asname == alias.name, "a re-export is written `name as name`"
            found[alias.name] = node.module
    return found


def test_the_type_checker_sees_every_lazy_name():
    assert sorted(checker_imports()) == sorted(segcore.ltv.__all__)


def test_the_type_checker_reads_each_name_from_the_module_it_comes_from():
    for name, module in checker_imports().items():
        assert getattr(segcore.ltv, name) is getattr(importlib.import_module(module), name)
