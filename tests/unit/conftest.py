"""Settings shared by the unit suite, on CPython and inside Pyodide: the Hypothesis profiles and the
share of each sweep that runs (see budget.py)."""

import sys
from collections import defaultdict

import pytest
from budget import PROFILE, PROFILES, examples, kept_cases, sweep_share
from hypothesis import HealthCheck, settings


# Shared by the reviewer's tests (``from conftest import needs_lists, review``; the fixture ``real_lexicons`` is found by
# name): a test that reads the real word lists runs on CPython only, as site_build and node_modules are build-time.
needs_lists = pytest.mark.skipif(sys.platform == "emscripten", reason="site_build and node_modules are build-time, CPython only")
# The guide's Markdown files are beside the repository, not in the wheel Pyodide runs.
on_disk = pytest.mark.skipif(sys.platform == "emscripten", reason="reads the guide's Markdown files")


@pytest.fixture(scope="module")
def real_lexicons():
    """The word lists the site build makes (``site_build.wordlists``)."""
    from site_build.wordlists import lexicons

    return lexicons()


def review(lang: str, subject: str, body: str, context: dict, lexicons=None) -> dict:
    """The reviewer's answer through the façade, for a draft in ``lang`` and its context."""
    from thankyou.api import handle

    request = {"op": "review", "lang": lang, "subject": subject, "body": body, "context": {"lang": lang, **context}}
    return handle(request, lexicons=lexicons) if lexicons is not None else handle(request)

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


# What the reviewer's round tests ask of an answer (test_review_round3*.py).
def excerpts(answer: dict, *codes: str) -> list[tuple[str, str | None]]:
    """Each finding of these codes as (excerpt, replacement)."""
    return [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["code"] in codes]


def coded_excerpts(answer: dict, *codes: str) -> list[tuple[str, str, str | None]]:
    """Each finding of these codes as (code, excerpt, replacement)."""
    return [(item["code"], item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["code"] in codes]


def severe(answer: dict) -> list[tuple[str, str]]:
    """The must-fix and should-fix findings as (code, excerpt): what a correct letter must never get."""
    return [(item["code"], item["excerpt"]) for item in answer["findings"] if item["severity"] in ("must", "should")]


def messages_of(answer: dict, code: str) -> list[str]:
    """The words of each finding of one code."""
    return [item["message"] for item in answer["findings"] if item["code"] == code]
