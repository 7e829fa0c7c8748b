"""How many examples each Hypothesis property tries: few under `make test`, the full budgets under
`make test-thorough`.

The Hypothesis profile comes from the environment variable HYPOTHESIS_PROFILE (registered in
conftest.py):

- ``default`` (`make test` and the quick loop): a tenth of each full budget, at least 25 examples;
- ``thorough`` (`make test-thorough`): the full budgets, 2,000 malformed requests per operation of
  the façade among them;
- ``pyodide`` and ``pyodide-thorough``: the same two, for the unit suite run inside Pyodide
  (``tests/pyodide``), which runs the tests without a database and with every health check off.

A property names its full budget, ``@settings(max_examples=examples(300))``; one without a
``max_examples`` of its own gets ``examples(100)``, Hypothesis's own default.
"""

from __future__ import annotations

import os

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")
PROFILES = ("default", "thorough", "pyodide", "pyodide-thorough")
QUICK_SHARE = 10  # `make test` tries a tenth of each full budget ...
QUICK_FLOOR = 25  # ... but never fewer than this (nor more than the full budget)


def examples(full: int, profile: str = PROFILE) -> int:
    """The number of examples to try for a property whose full budget is ``full``."""
    return full if profile.endswith("thorough") else min(full, max(QUICK_FLOOR, full // QUICK_SHARE))
