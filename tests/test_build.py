"""The compiled build (setup.py): what it compiles exists, and stale builds are caught."""

from __future__ import annotations

import ast
import importlib.machinery
import os
from pathlib import Path

import pytest

from tests.conftest import PACKAGE, stale_builds

ROOT = PACKAGE.parent


def compiled_list() -> list[str]:
    """setup.py's COMPILED, read without running setup()."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "COMPILED":
            value: list[str] = ast.literal_eval(node.value)
            return value
    raise AssertionError("setup.py has no COMPILED list")


def test_every_compiled_module_exists_and_has_no_pydantic_models() -> None:
    for path in compiled_list():
        text = (ROOT / path).read_text(encoding="utf-8")
        assert "(BaseModel)" not in text, f"{path}: mypyc cannot compile pydantic models"


def test_the_installed_build_is_the_compiled_one_unless_pure() -> None:
    if os.environ.get("ANNOTATE_PURE"):
        pytest.skip("pure build asked for")
    built = {p.relative_to(ROOT) for p in PACKAGE.rglob("*.so")}
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    for path in compiled_list():
        assert Path(path[: -len(".py")] + suffix) in built, f"{path} is not compiled"


def test_a_source_newer_than_its_build_is_stale(tmp_path: Path) -> None:
    package = tmp_path / "annotate"
    package.mkdir()
    source, built = package / "vote.py", package / "vote.cpython-311-x86_64-linux-gnu.so"
    source.write_text("", encoding="utf-8")
    built.write_bytes(b"")
    os.utime(built, (1_000, 1_000))
    os.utime(source, (2_000, 2_000))
    assert stale_builds(package) == ["annotate/vote.py"]
    os.utime(built, (3_000, 3_000))
    assert stale_builds(package) == []
