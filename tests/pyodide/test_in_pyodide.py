"""The package under real Pyodide (Python 3.14, WebAssembly) gives the same answers as on CPython."""

import json
import os
from pathlib import Path

from thankyou.api import handle

from .conftest import run_in_pyodide

TESTS = Path(__file__).resolve().parents[1]
GOLDEN = json.loads((TESTS / "golden" / "cases.json").read_text(encoding="utf-8"))


@run_in_pyodide
def answers(pyodide, requests):
    from thankyou.api import handle

    return [handle(request) for request in requests]


def test_golden_cases_are_identical_on_cpython_and_pyodide(pyodide):
    in_pyodide = answers(pyodide, GOLDEN)
    on_cpython = json.loads(json.dumps([handle(case) for case in GOLDEN]))
    assert len(in_pyodide) == len(GOLDEN)
    for case, here, there in zip(GOLDEN, on_cpython, in_pyodide):
        assert there == here, f"differs for {case}"


@run_in_pyodide
def test_time_zones_have_daylight_saving_inside_pyodide(pyodide):
    """Pyodide has no time-zone database of its own: the shipped tzdata wheel gives zoneinfo one."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("Europe/Amsterdam")
    assert datetime(2026, 3, 27, 12, tzinfo=zone).isoformat() == "2026-03-27T12:00:00+01:00"
    assert datetime(2026, 3, 30, 12, tzinfo=zone).isoformat() == "2026-03-30T12:00:00+02:00"


@run_in_pyodide
async def test_the_worker_shell_fetches_its_lists_through_javascript(pyodide):
    """The worker's Python side with the runtime's own fetch (Node's here, as the browser's in the
    page): data: URLs stand for the site's lists; a list that cannot be fetched leaves the answer
    without spelling."""
    import json
    from urllib.parse import quote

    from thankyou.worker import WorkerShell

    body = "Dear Anna,\n\nThank you for the inteview today.\n\nBest regards,\nDimas"
    request = json.dumps({"op": "view", "tool": "review", "lang": "en", "form": {"body": [body]},
                          "context": {"now": "2026-11-26T03:00:00Z", "tz": "", "offset": 0}})
    english = "data:text/plain," + quote("dear\nanna\nthank\nyou\nfor\nthe\ninterview\ntoday\nbest\nregards\n")
    indonesian = "data:text/plain," + quote("terima\nkasih\n")
    shell = WorkerShell({"en": english, "id": indonesian})
    assert 'data-kind="misspelling"' in json.loads(await shell.handle(request))["html"]
    assert {lexicon.lang for lexicon in shell.lexicons} == {"en", "id"}
    unreachable = WorkerShell({"en": english, "id": "http://127.0.0.1:9/id.txt"})
    answer = json.loads(await unreachable.handle(request))
    assert 'data-kind="misspelling"' not in answer["html"] and answer["word_lists"] == ["en", "id"]
    assert [lexicon.lang for lexicon in unreachable.lexicons] == ["en"]  # kept; "id" is tried again next time


@run_in_pyodide
def unit_suite(pyodide):
    import contextlib
    import io
    import sys

    import pytest

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        status = pytest.main(["/tests/unit", "-q", "-p", "no:cacheprovider", "-o", "addopts="])
    return {"status": int(status), "tail": out.getvalue()[-3000:], "platform": sys.platform}


def test_the_unit_suite_passes_inside_pyodide(pyodide_with_pytest):
    result = unit_suite(pyodide_with_pytest)
    assert result["platform"] == "emscripten"
    assert result["status"] == 0, result["tail"]
    assert " passed" in result["tail"]
    # Under `make test` the sweeps run their share of cases in here (tests/unit/budget.py); all of them when thorough.
    assert ("deselected" in result["tail"]) != os.environ.get("HYPOTHESIS_PROFILE", "").endswith("thorough")
