"""Test settings: hypothesis profiles (HYPOTHESIS_PROFILE=ci runs more examples)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# A shared 2-core machine is slow at times: generation speed is not what the tests check.
settings.register_profile(
    "dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.getenv("HYPOTHESIS_PROFILE", "dev"))
