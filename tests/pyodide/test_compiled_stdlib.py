"""The tools run on the standard library the site ships: compiled, trimmed, with our package inside.

Pyodide boots here with that zip as its only standard library and no wheel installed, as the
browser does; every golden case and every tool (its widget in each language and size, and a
view of its default form) must give exactly the answers CPython gives.
"""

import json
from pathlib import Path

import pytest

from site_build.runtime import build_wheel, site_wheels
from site_build.stdlib import CompiledStdlib, compiled_stdlib
from thankyou.api import handle  # first: the façade imports the tools
from thankyou import web
from thankyou.texts import LANGUAGES

from .conftest import Pyodide, run_in_pyodide

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
GOLDEN = json.loads((TESTS / "golden" / "cases.json").read_text(encoding="utf-8"))
NOW = {"now": "2026-11-26T10:00:00+00:00", "tz": "Asia/Jakarta", "offset": 420}


@pytest.fixture(scope="module")
def compiled() -> CompiledStdlib:
    # tzdata, shipped beside our wheel, goes inside the zip too: no wheel is installed, as in the browser.
    return compiled_stdlib(build_wheel(), site_wheels())


@pytest.fixture(scope="module")
def from_the_zip(compiled: CompiledStdlib) -> Pyodide:
    """Pyodide booted on the compiled zip alone, Pyodide's full zip mounted at /full for the fallback."""
    return Pyodide(stdlib=compiled.path, mounts={"/full": ROOT / "node_modules" / "pyodide"})


@run_in_pyodide
def answers_from_the_zip(pyodide, requests):
    import os

    # A module the zip lacks would come from the full library (and say so on stderr): see below.
    os.environ["THANKYOU_FULL_STDLIB"] = "/full/python_stdlib.zip"
    import thankyou
    import tzdata
    from thankyou.api import handle

    return {"file": thankyou.__file__, "tzdata": tzdata.__file__, "answers": [handle(request) for request in requests]}


def every_tool_request() -> list[dict]:
    requests = []
    for name, tool in web.tools().items():
        for lang in LANGUAGES:
            for size in web.SIZES:
                requests.append({"op": "widget", "tool": name, "size": size, "lang": lang, "link_base": "../"})
                form = web.default_values(tool, size)
                requests.append({"op": "view", "tool": name, "lang": lang, "form": form, "context": NOW, "link_base": "../"})
    return requests


def test_every_tool_runs_on_the_compiled_standard_library(compiled, from_the_zip):
    assert compiled.packages == ("thankyou", "tzdata")
    requests = GOLDEN + every_tool_request()
    reply = answers_from_the_zip.reply(from_the_zip, requests)
    result = reply.result
    # Nothing was missing: an error swallowed by the tools (a time zone falling back to the offset,
    # say) would otherwise hide a module the zip lacks.
    assert not [line for line in reply.log if "not in the compiled standard library" in line], reply.log
    # Our package came from the zip, compiled: no wheel of ours was installed.
    assert result["file"].startswith("/lib/python3") and ".zip/thankyou/" in result["file"], result["file"]
    assert ".zip/tzdata/" in result["tzdata"], result["tzdata"]  # the zones too: no wheel, no installer
    on_cpython = json.loads(json.dumps([handle(request) for request in requests]))
    assert len(result["answers"]) == len(requests)
    for request, here, there in zip(requests, on_cpython, result["answers"]):
        assert "error" not in there or "error" in here, f"fails on the compiled stdlib: {request}: {there}"
        assert there == here, f"differs for {request}"


@run_in_pyodide
def fall_back_to_the_full_zip(pyodide):
    import os

    outcomes = {}
    try:
        import fractions
        outcomes["without_url"] = "imported"
    except ModuleNotFoundError:
        outcomes["without_url"] = "missing"
    os.environ["THANKYOU_FULL_STDLIB"] = "/full/python_stdlib.zip"
    import fractions
    from xml.dom import minidom

    outcomes["fractions"] = str(fractions.Fraction(2, 6))
    outcomes["xml.dom"] = minidom.parseString("<thanks/>").documentElement.tagName
    try:
        import no_such_module_anywhere  # noqa: F401
    except ModuleNotFoundError:
        outcomes["unknown"] = "missing"
    return outcomes


def test_a_module_left_out_of_the_compiled_zip_comes_from_the_full_one(compiled, from_the_zip):
    # Modules no tool imports, one of them inside a package: they must come from the full zip.
    assert "fractions.pyc" not in compiled.modules and "xml/dom/minidom.pyc" not in compiled.modules
    reply = fall_back_to_the_full_zip.reply(from_the_zip)
    assert reply.result == {"without_url": "missing", "fractions": "1/3", "xml.dom": "thanks", "unknown": "missing"}
    assert any("loaded the full one" in line for line in reply.log)
