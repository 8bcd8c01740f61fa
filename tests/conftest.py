"""Shared test settings: Hypothesis profiles.

The default profile keeps the suite quick on a laptop; `HYPOTHESIS_PROFILE=ci` runs
many more examples for a nightly or pre-release check.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Sessions are long draws and each step validates a proposal: no per-example deadline.
_COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow])

settings.register_profile("default", max_examples=100, **_COMMON)
settings.register_profile("ci", max_examples=1000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
