"""Test settings: hypothesis profiles (HYPOTHESIS_PROFILE=ci runs more examples), and a
refusal to test stale compiled modules."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

PACKAGE = Path(__file__).resolve().parent.parent / "annotate"


def stale_builds(package: Path = PACKAGE) -> list[str]:
    """Modules whose mypyc build (setup.py) is older than their source: Python would import
    the old build, so the tests would not test the code in the tree."""
    stale = []
    for built in sorted(package.rglob("*.so")):
        source = built.with_name(built.name.split(".", 1)[0] + ".py")
        if source.exists() and source.stat().st_mtime > built.stat().st_mtime:
            stale.append(str(source.relative_to(package.parent)))
    return stale


def pytest_sessionstart(session: pytest.Session) -> None:
    stale = stale_builds()
    if stale:
        raise pytest.UsageError(
            f"{stale[0]}: changed after it was compiled ({len(stale)} such module(s)); "
            "rebuild with `bash .ci/setup` (or `ANNOTATE_PURE=1 .venv/bin/pip install -e .` "
            "to run without compiling)"
        )


# A shared 2-core machine is slow at times: generation speed is not what the tests check.
settings.register_profile(
    "dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.getenv("HYPOTHESIS_PROFILE", "dev"))
