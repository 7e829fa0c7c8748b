"""``run_in_pyodide`` itself: arguments and results cross as JSON, and a failure inside fails the test here."""

from pathlib import Path

import pytest

from .conftest import Pyodide, run_in_pyodide


@run_in_pyodide
def where_and_what(pyodide, value, *, label="none"):
    import sys

    return {"platform": sys.platform, "value": value, "label": label, "runtime": pyodide}


@run_in_pyodide
def fails_inside(pyodide):
    assert 1 + 1 == 3, "arithmetic inside Pyodide"


def test_arguments_go_in_and_the_result_comes_back_as_json():
    value = {"nama": "Rina", "dates": ["2026-11-26"], "n": 3, "nothing": None}
    result = where_and_what(Pyodide(), value, label="ok")
    assert result == {"platform": "emscripten", "value": value, "label": "ok", "runtime": None}


def test_a_failure_inside_pyodide_fails_here_with_its_traceback():
    with pytest.raises(AssertionError, match="arithmetic inside Pyodide") as failed:
        fails_inside(Pyodide())
    # The traceback names this file and the line of the assert.
    line = next(number for number, text in enumerate(Path(__file__).read_text().splitlines(), 1) if "1 + 1 == 3" in text)
    assert f'File "{__file__}", line {line}, in fails_inside' in str(failed.value)
