"""The tools run on the standard library the site ships: compiled, trimmed, with our package inside.

Pyodide boots here with that zip as its only standard library and no wheel installed, as the
browser does; every golden case and every tool (its widget in each language and size, and a
view of its default form) must give exactly the answers CPython gives.
"""

import json
import shutil
import subprocess
from pathlib import Path

from site_build.runtime import build_wheel, site_wheels
from site_build.stdlib import JOB_RUNNER, compiled_stdlib
from thankyou.api import handle  # first: the façade imports the tools
from thankyou import web
from thankyou.texts import LANGUAGES

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
GOLDEN = json.loads((TESTS / "golden" / "cases.json").read_text(encoding="utf-8"))
NOW = {"now": "2026-11-26T10:00:00+00:00", "tz": "Asia/Jakarta", "offset": 420}

SCRIPT = """
import json, os, sys
# A module the zip lacks would come from the full library (and say so on stderr): see below.
os.environ["THANKYOU_FULL_STDLIB"] = "/full/python_stdlib.zip"
import thankyou
from thankyou.api import handle
requests = json.loads(open(sys.argv[1]).read())
import tzdata
json.dumps({"file": thankyou.__file__, "tzdata": tzdata.__file__, "answers": [handle(request) for request in requests]})
"""


def every_tool_request() -> list[dict]:
    requests = []
    for name, tool in web.tools().items():
        for lang in LANGUAGES:
            for size in web.SIZES:
                requests.append({"op": "widget", "tool": name, "size": size, "lang": lang, "link_base": "../"})
                form = web.default_values(tool, size)
                requests.append({"op": "view", "tool": name, "lang": lang, "form": form, "context": NOW, "link_base": "../"})
    return requests


def test_every_tool_runs_on_the_compiled_standard_library(tmp_path):
    beside = site_wheels()  # tzdata: inside the zip too, so no wheel is installed here, as in the browser
    compiled = compiled_stdlib(build_wheel(), beside)
    assert compiled.packages == ("thankyou", "tzdata")
    requests = GOLDEN + every_tool_request()
    (tmp_path / "requests.json").write_text(json.dumps(requests), encoding="utf-8")
    (tmp_path / "script.py").write_text(SCRIPT, encoding="utf-8")
    job = {"script": str(tmp_path / "script.py"), "args": ["/job/requests.json"], "stdlib": str(compiled.path),
           "mounts": {"/job": str(tmp_path), "/full": str(ROOT / "node_modules" / "pyodide")}}
    completed = subprocess.run(
        [shutil.which("node"), str(JOB_RUNNER)], input=json.dumps(job), capture_output=True, text=True, timeout=900,
        check=False,
    )
    reply = json.loads(completed.stdout.splitlines()[-1])
    assert reply["ok"], reply["error"] + "\n".join(reply["log"][-30:])
    result = reply["result"]
    # Nothing was missing: an error swallowed by the tools (a time zone falling back to the offset,
    # say) would otherwise hide a module the zip lacks.
    assert not [line for line in reply["log"] if "not in the compiled standard library" in line], reply["log"]
    # Our package came from the zip, compiled: no wheel of ours was installed.
    assert result["file"].startswith("/lib/python3") and ".zip/thankyou/" in result["file"], result["file"]
    assert ".zip/tzdata/" in result["tzdata"], result["tzdata"]  # the zones too: no wheel, no installer
    on_cpython = json.loads(json.dumps([handle(request) for request in requests]))
    assert len(result["answers"]) == len(requests)
    for request, here, there in zip(requests, on_cpython, result["answers"]):
        assert "error" not in there or "error" in here, f"fails on the compiled stdlib: {request}: {there}"
        assert there == here, f"differs for {request}"


FALLBACK_SCRIPT = """
import json, os, sys
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
    import no_such_module_anywhere
except ModuleNotFoundError:
    outcomes["unknown"] = "missing"
json.dumps(outcomes)
"""


def test_a_module_left_out_of_the_compiled_zip_comes_from_the_full_one(tmp_path):
    compiled = compiled_stdlib(build_wheel(), site_wheels())
    # Modules no tool imports, one of them inside a package: they must come from the full zip.
    assert "fractions.pyc" not in compiled.modules and "xml/dom/minidom.pyc" not in compiled.modules
    (tmp_path / "script.py").write_text(FALLBACK_SCRIPT, encoding="utf-8")
    job = {"script": str(tmp_path / "script.py"), "stdlib": str(compiled.path),
           "mounts": {"/full": str(ROOT / "node_modules" / "pyodide")}}
    completed = subprocess.run(
        [shutil.which("node"), str(JOB_RUNNER)], input=json.dumps(job), capture_output=True, text=True, timeout=900,
        check=False,
    )
    reply = json.loads(completed.stdout.splitlines()[-1])
    assert reply["ok"], reply["error"] + "\n".join(reply["log"][-30:])
    assert reply["result"] == {"without_url": "missing", "fractions": "1/3", "xml.dom": "thanks", "unknown": "missing"}
    assert any("loaded the full one" in line for line in reply["log"])
