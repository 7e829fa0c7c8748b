"""The package under real Pyodide (Python 3.14, WebAssembly) gives the same answers as on CPython."""

import json
from pathlib import Path

from thankyou.api import handle

from .conftest import run_in_pyodide

TESTS = Path(__file__).resolve().parents[1]
GOLDEN = json.loads((TESTS / "golden" / "cases.json").read_text(encoding="utf-8"))


def test_golden_cases_are_identical_on_cpython_and_pyodide(shipped_wheels):
    code = f"""
import json
from thankyou.api import handle
json.dumps([handle(case) for case in json.loads({json.dumps(json.dumps(GOLDEN))})])
"""
    in_pyodide = run_in_pyodide(code, wheels=shipped_wheels)
    on_cpython = json.loads(json.dumps([handle(case) for case in GOLDEN]))
    assert len(in_pyodide) == len(GOLDEN)
    for case, here, there in zip(GOLDEN, on_cpython, in_pyodide):
        assert there == here, f"differs for {case}"


def test_time_zones_have_daylight_saving_inside_pyodide(shipped_wheels):
    """Pyodide has no time-zone database of its own: the shipped tzdata wheel gives zoneinfo one."""
    code = """
import json
from datetime import datetime
from zoneinfo import ZoneInfo
zone = ZoneInfo("Europe/Amsterdam")
json.dumps([datetime(2026, 3, 27, 12, tzinfo=zone).isoformat(), datetime(2026, 3, 30, 12, tzinfo=zone).isoformat()])
"""
    assert run_in_pyodide(code, wheels=shipped_wheels) == ["2026-03-27T12:00:00+01:00", "2026-03-30T12:00:00+02:00"]


def test_the_unit_suite_passes_inside_pyodide(shipped_wheels, test_wheels):
    code = """
import contextlib, io, json, sys
import pytest
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
    status = pytest.main(["/tests/unit", "-q", "-p", "no:cacheprovider", "-o", "addopts="])
json.dumps({"status": int(status), "tail": out.getvalue()[-3000:], "platform": sys.platform})
"""
    result = run_in_pyodide(
        code,
        wheels=[*shipped_wheels, *test_wheels],
        mounts={"/tests/unit": TESTS / "unit"},
        env={"HYPOTHESIS_PROFILE": "pyodide"},
        cwd="/tmp",
    )
    assert result["platform"] == "emscripten"
    assert result["status"] == 0, result["tail"]
    assert " passed" in result["tail"]
