"""The bench's lever pages change the page's runtime options through ``RuntimeOptions``, nothing else."""

import html
import importlib.util
import json
import re
from pathlib import Path

from thankyou.web.protocol import RuntimeOptions

# By path: this test folder is itself a package named ``bench``.
_SPEC = importlib.util.spec_from_file_location("bench_pages", Path(__file__).resolve().parents[2] / "bench" / "pages.py")
pages = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(pages)

OPTIONS = RuntimeOptions("w.js", "py/", "py/lock.json?v=1", "off.js", std_lib_url="py/std.zip",
                         std_lib_integrity="sha256-x", full_std_lib_url="py/full.zip")


def runtime_of(text: str) -> RuntimeOptions:
    return RuntimeOptions.from_json(json.loads(html.unescape(re.search(r'data-runtime="([^"]*)"', text)[1])))


def test_each_lever_page_carries_its_own_options(tmp_path):
    (tmp_path / "assets" / "pyodide").mkdir(parents=True)
    (tmp_path / "assets" / "pyodide" / "pyodide-lock.json").write_text(json.dumps({"packages": {"tzdata": {}, "thankyou": {}}}))
    attribute = html.escape(json.dumps(OPTIONS.to_json()))
    (tmp_path / "page.html").write_text(f'<div data-runtime="{attribute}"></div>', encoding="utf-8")
    written = pages.write_lever_pages(tmp_path, "page.html")
    found = {name: runtime_of((tmp_path / path).read_text(encoding="utf-8")) for name, path in written.items()}
    assert found["reference"] == OPTIONS
    assert found["plain-stdlib"] == OPTIONS.without_compiled_stdlib(("thankyou", "tzdata"))
    assert found["plain-stdlib"].install == ("thankyou", "tzdata") and found["plain-stdlib"].start_early
    assert found["late-start"].start_early is False and found["late-start"].std_lib_url == "py/std.zip"
    assert found["before"].start_early is False and found["before"].std_lib_url is None
