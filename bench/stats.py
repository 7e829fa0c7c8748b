"""Small statistics for noisy timings: median with min–max, and nearest-rank percentiles."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def summary(samples: Sequence[float]) -> dict[str, float | int | list[float] | None]:
    """``{median, min, max, n, samples}`` of ``samples`` (all ``None`` when there are none)."""
    values = [float(value) for value in samples]
    if not values:
        return {"median": None, "min": None, "max": None, "n": 0, "samples": []}
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "n": len(values),
        "samples": [round(value, 1) for value in values],
    }


def percentile(samples: Sequence[float], fraction: float) -> float | None:
    """The nearest-rank percentile (``fraction`` = 0.95 for p95): a value that was really measured."""
    values = sorted(samples)
    if not values:
        return None
    rank = max(1, math.ceil(fraction * len(values)))
    return values[rank - 1]


def ratio(top: float | None, bottom: float | None) -> float | None:
    if top is None or not bottom:
        return None
    return top / bottom
