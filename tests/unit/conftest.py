"""Settings shared by the unit suite, on CPython and inside Pyodide: the Hypothesis profiles and the
share of each sweep that runs (see budget.py)."""

from collections import defaultdict

import pytest
from budget import PROFILE, PROFILES, examples, kept_cases, sweep_share
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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Inside Pyodide under `make test`, each sweep runs its share of cases (budget.kept_cases)."""
    share = sweep_share()
    if share == 1:
        return
    def sweep(item: pytest.Item) -> str:  # the test's node id without its case's
        return item.nodeid[: -len(item.callspec.id) - 2]

    cases: dict[str, list[str]] = defaultdict(list)
    for item in items:
        if hasattr(item, "callspec"):
            cases[sweep(item)].append(item.callspec.id)
    kept = {name: kept_cases(ids, share) for name, ids in cases.items()}
    dropped = [item for item in items if hasattr(item, "callspec") and item.callspec.id not in kept[sweep(item)]]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        dropped_ids = set(map(id, dropped))
        items[:] = [item for item in items if id(item) not in dropped_ids]
