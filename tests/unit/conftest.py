"""Settings shared by the unit suite, on CPython and inside Pyodide: the Hypothesis profiles (see budget.py)."""

from budget import PROFILE, PROFILES, examples
from hypothesis import HealthCheck, settings

# No deadline: these machines are shared, and Pyodide is slower than CPython; speed is measured
# by `make bench`, never asserted here.
for name in ("default", "thorough"):
    settings.register_profile(name, deadline=None, max_examples=examples(100, name),
                              suppress_health_check=[HealthCheck.too_slow])
for name in ("pyodide", "pyodide-thorough"):
    settings.register_profile(name, deadline=None, max_examples=examples(100, name), database=None,
                              suppress_health_check=list(HealthCheck))
assert PROFILE in PROFILES, f"HYPOTHESIS_PROFILE={PROFILE!r}: one of {', '.join(PROFILES)}"
settings.load_profile(PROFILE)
