"""Every error a person can meet has its own calm words, and code raises only those errors."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from desktop.core import errors
from desktop.ui.kit.messages import describe
from tests.support.paths import ROOT

BASES = {"KeepsakeError", "VaultError", "ModelError", "PhotoError", "CareError"}


def _leaves() -> list[type[errors.KeepsakeError]]:
    found = [
        c
        for _n, c in inspect.getmembers(errors, inspect.isclass)
        if issubclass(c, errors.KeepsakeError) and c.__name__ not in BASES
    ]
    return sorted(found, key=lambda c: c.__name__)


def _example(kind: type[errors.KeepsakeError]) -> errors.KeepsakeError:
    values = {"Path": Path("/data/mum.jpg"), "str": "why", "int": 3, "float": 4.0, "bool": False}
    args: list[object] = []
    for p in inspect.signature(kind.__init__).parameters.values():
        if p.name == "self" or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if p.default is not p.empty:
            continue
        text = str(p.annotation)
        if "tuple" in text:
            args.append(("Mum", "Lily"))
        else:
            args.append(next((v for k, v in values.items() if text.startswith(k)), "why"))
    return kind(*args)


@pytest.mark.parametrize("kind", _leaves(), ids=lambda k: k.__name__)
def test_every_error_has_its_own_words(kind: type[errors.KeepsakeError]) -> None:
    words = describe(_example(kind))
    assert words and "Something went wrong" not in words, kind.__name__


def test_no_code_raises_a_bare_base_error() -> None:
    raised = []
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
                if name in BASES:
                    raised.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert raised == []
