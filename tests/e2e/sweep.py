"""How much of each exhaustive browser sweep a run covers: all of it under `make test-thorough`, a
fixed sample under `make test` (the same run to run, so a failure repeats).

The sweeps are the tests that do one thing to every page or every value: axe in both colour
schemes, screenshots, the 320 px width, the privacy walk, the hostile-input table. They are the
browser layer's longest tests, and on every page they exercise the same few templates and the same
form code. The sample keeps every kind of page once and every hostile value once:

- pages (:func:`pages`): each page that carries a tool, in the site's first language (the tools and
  their code are the same in both; every other browser test switches languages), and the first
  page of prose in each language;
- hostile values (:func:`values_for_field`): each field tries a quarter of the table, a different
  quarter for the next field, so every value still meets a field of each tool;
- hostile links (:data:`LINK_STEP`): every second link of the table's cycle;
- the tools of two tests that push the same limit two ways (:func:`turn`: a 100 KB link, a 4 MB
  stored value): each tool meets one of them;
- matrices of settings (:func:`pairs`): the phone test's tool × language × screen, the privacy
  walk's language × host: every pair of values meets once (pairwise testing, allpairspy); for two
  settings, each value once.

`make test-thorough` (HYPOTHESIS_PROFILE=thorough, as for the Hypothesis budgets) sweeps it all.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Sequence
from pathlib import Path

from allpairspy import AllPairs

from .site_pages import LANGUAGE_FOLDERS

THOROUGH = os.environ.get("HYPOTHESIS_PROFILE", "default").endswith("thorough")
VALUE_SHARE = 4  # under `make test`, each field tries one value in four of the hostile table
LINK_STEP = 17 if THOROUGH else 34  # each link of the hostile-link test starts that far into the table


def widgets(site: Path, path: str) -> list[tuple[str, str]]:
    """The tools a built page carries, in order, with their sizes: ``[("check", "compact")]``."""
    html = (site / path).read_text(encoding="utf-8")
    found = []
    for chunk in html.split('class="ty-widget ty-widget--')[1:]:
        size, _, rest = chunk.partition(" ")
        found.append((rest.split('data-tool="', 1)[1].split('"', 1)[0], size.rstrip('"')))
    return found


def page_kind(site: Path, path: str) -> str:
    """The tools a page carries, with their sizes (``check:compact``), or ``prose`` with the language."""
    tools = [f"{tool}:{size}" for tool, size in widgets(site, path)]
    if tools:
        return " ".join(sorted(tools))
    language = "second" if path.split("/")[0] in LANGUAGE_FOLDERS else "first"
    return f"not found:{language}" if path.endswith("404.html") else f"prose:{language}"


def pages(site: Path, every: Sequence[str], *, thorough: bool = THOROUGH) -> list[str]:
    """``every`` page under `make test-thorough`; otherwise the first page of each kind, first-language pages first."""
    if thorough:
        return list(every)
    chosen: dict[str, str] = {}
    for path in sorted(every, key=lambda path: (path.split("/")[0] in LANGUAGE_FOLDERS, path)):
        chosen.setdefault(page_kind(site, path), path)
    return sorted(chosen.values())


def values_for_field(values: Sequence[str], field_index: int, fields: int, *, thorough: bool = THOROUGH) -> list[str]:
    """The hostile values field number ``field_index`` of ``fields`` tries: all, or one in :data:`VALUE_SHARE`
    (fewer when the tool has fewer fields), turning with the field so that together they try every value."""
    share = min(VALUE_SHARE, fields)
    if thorough or share <= 1:
        return list(values)
    return [value for index, value in enumerate(values) if index % share == field_index % share]


def turn(values: Sequence[str], index: int, turns: int, *, thorough: bool = THOROUGH) -> list[str]:
    """Every value under `make test-thorough`; otherwise the values at ``index``, ``index + turns``, ...: tests
    that each take their turn (0 .. ``turns - 1``) together try every value once."""
    return list(values) if thorough else list(values)[index % turns :: turns]


def pairs(*axes: Sequence[str], thorough: bool = THOROUGH) -> list[tuple[str, ...]]:
    """Every combination of the axes' values under `make test-thorough`; otherwise a sample where each
    pair of values of any two axes meets at least once (for two axes, whose pairs are all of them:
    each value once, the shorter axis turning)."""
    if thorough:
        return list(itertools.product(*axes))
    if len(axes) == 2:
        longest = max(len(axis) for axis in axes)
        return [tuple(axis[index % len(axis)] for axis in axes) for index in range(longest)]
    return sorted(tuple(row) for row in AllPairs([list(axis) for axis in axes]))
