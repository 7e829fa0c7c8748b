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

The sweeps get the same treatment inside Pyodide. A test parametrised over many cases (every kind
of message in each language, say) runs each one on CPython every time; inside Pyodide under `make
test` it runs a quarter of them, the same quarter on every run (:func:`kept_cases`). That run is
there to show that the package behaves as it does on CPython, and a quarter of each sweep does,
at a fraction of the time: Pyodide is several times slower than CPython, and this suite set the
pace of `make test`. ``pyodide-thorough`` runs every case.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Sequence

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")
PROFILES = ("default", "thorough", "pyodide", "pyodide-thorough")
QUICK_SHARE = 10  # `make test` tries a tenth of each full budget ...
QUICK_FLOOR = 25  # ... but never fewer than this (nor more than the full budget)


def examples(full: int, profile: str = PROFILE) -> int:
    """The number of examples to try for a property whose full budget is ``full``."""
    return full if profile.endswith("thorough") else min(full, max(QUICK_FLOOR, full // QUICK_SHARE))


SWEEP_SHARE = 4  # inside Pyodide under `make test`, a parametrised test runs a quarter of its cases ...
SWEEP_MIN = 4  # ... when it has at least this many; a test with fewer runs them all


def sweep_share(profile: str = PROFILE) -> int:
    """One in how many of a sweep's cases run under ``profile``: all but in Pyodide's quick run."""
    return SWEEP_SHARE if profile == "pyodide" else 1


def kept_cases(ids: Sequence[str], share: int) -> set[str]:
    """The ids of the cases a sweep keeps: ``len(ids) / share`` of them, rounded up, chosen by a
    checksum of each id, so the choice is the same on every run and spread over the whole sweep
    (every language and every kind, rather than every fourth line of a table)."""
    if share <= 1 or len(ids) < SWEEP_MIN:
        return set(ids)
    ranked = sorted(ids, key=lambda case: (zlib.crc32(case.encode("utf-8")), case))
    return set(ranked[: -(-len(ids) // share)])
