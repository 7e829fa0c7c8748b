"""The package under real Pyodide (Python 3.14, WebAssembly) gives the same answers as on CPython."""

import json
from pathlib import Path

from thankyou.api import handle

from .conftest import run_in_pyodide

TESTS = Path(__file__).resolve().parents[1]
GOLDEN = json.loads((TESTS / "golden" / "cases.json").read_text(encoding="utf-8"))


def test_golden_cases_are_identical_on_cpython_and_pyodide(package_wheel):
    code = f"""
import json
from thankyou.api import handle
json.dumps([handle(case) for case in json.loads({json.dumps(json.dumps(GOLDEN))})])
"""
    in_pyodide = run_in_pyodide(code, wheels=[package_wheel])
    on_cpython = json.loads(json.dumps([handle(case) for case in GOLDEN]))
    assert len(in_pyodide) == len(GOLDEN)
    for case, here, there in zip(GOLDEN, on_cpython, in_pyodide):
        assert there == here, f"differs for {case}"


def test_the_unit_suite_passes_inside_pyodide(package_wheel, test_wheels):
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
        wheels=[package_wheel, *test_wheels],
        mounts={"/tests/unit": TESTS / "unit"},
        env={"HYPOTHESIS_PROFILE": "pyodide"},
        cwd="/tmp",
    )
    assert result["platform"] == "emscripten"
    assert result["status"] == 0, result["tail"]
    assert " passed" in result["tail"]
