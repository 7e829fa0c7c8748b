"""The MkDocs hooks, imported as MkDocs imports them (by file path): thin events over named helpers."""

from __future__ import annotations

import ast
import importlib.util
import sys
import types
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "emscripten", reason="the MkDocs hooks are build-time code, not shipped to Pyodide")

ROOT = Path(__file__).resolve().parents[2]
HOOK_FILES = {"tools": ROOT / "py" / "site_build" / "hooks_tools.py", "guide": ROOT / "py" / "site_build" / "hooks_guide.py"}


def load(name: str) -> types.ModuleType:
    path = HOOK_FILES[name]
    spec = importlib.util.spec_from_file_location(f"hook_under_test_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # as MkDocs does: dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_mkdocs_loads_both_hook_files_tools_first():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = [line.strip()[2:] for line in config.split("hooks:", 1)[1].splitlines()[1:3]]
    assert listed == ["py/site_build/hooks_tools.py", "py/site_build/hooks_guide.py"]


@pytest.mark.parametrize("name", sorted(HOOK_FILES))
def test_each_event_is_at_most_a_dozen_lines(name):
    tree = ast.parse(HOOK_FILES[name].read_text(encoding="utf-8"))
    events = {node.name: node.end_lineno - node.lineno + 1 for node in tree.body
              if isinstance(node, ast.FunctionDef) and node.name.startswith("on_")}
    assert events and all(length <= 12 for length in events.values()), events


def test_on_config_resets_the_tools_state_but_not_serving():
    hooks = load("tools")
    hooks.on_startup(command="serve", dirty=False)
    hooks.STATE.lock_version = "abc"
    hooks.STATE.tool_pages.add("index.md")
    hooks.STATE.runtime = object()
    saved = dict(sys.modules)
    try:
        hooks.on_config(object())
    finally:
        sys.modules.update(saved)
    assert hooks.STATE.serving is True
    assert (hooks.STATE.lock_version, hooks.STATE.tool_pages, hooks.STATE.runtime) == ("", set(), None)


def test_on_config_forgets_both_packages_modules_for_a_serve_rebuild():
    hooks = load("tools")
    stale = {name: types.ModuleType(name) for name in ("thankyou.stale_x", "site_build.stale_y")}
    other = types.ModuleType("site_buildings")
    saved = dict(sys.modules)
    sys.modules.update(stale, site_buildings=other)
    try:
        hooks.on_config(object())
        left = set(sys.modules)
    finally:
        for name in (*stale, "site_buildings"):
            sys.modules.pop(name, None)
        sys.modules.update(saved)
    assert not left & set(stale)
    assert "site_buildings" in left  # only the packages themselves and their submodules
    assert str(ROOT / "py") in sys.path


def test_the_guide_state_is_reset_by_on_config():
    hooks = load("guide")
    hooks.STATE.default_not_found = b"<html>"
    hooks.on_config(object())
    assert hooks.STATE.default_not_found is None


def test_the_runtime_options_are_built_once_and_each_page_gets_them_relative_to_it(tmp_path):
    from site_build.runtime import Wheel
    from site_build.stdlib import CompiledStdlib

    hooks = load("tools")
    hooks.STATE.lock_version = "v1"
    (tmp_path / "stdlib.zip").write_bytes(b"zip")
    shipped = [Wheel(tmp_path / "thankyou-1.0-py3-none-any.whl", "a" * 64), Wheel(tmp_path / "tzdata-2026.1-py2.py3-none-any.whl", "b" * 64)]
    compiled = CompiledStdlib(tmp_path / "stdlib.zip", "c" * 64, (), ("thankyou", "tzdata"))
    options = hooks._runtime_options(shipped, compiled)
    assert options.install == () and options.std_lib_url == compiled.site_path
    assert options.lock_file_url.endswith("pyodide-lock.json?v=v1") and options.std_lib_integrity.startswith("sha256-")
    page = options.for_page("../../").to_json()
    assert page["stdLibURL"] == "../../" + options.std_lib_url and page["worker"] == "../../assets/javascripts/thankyou-worker.js"
    assert all(path.startswith("../../assets/") for path in page["wordLists"].values()) and page["startEarly"] is True
    # A package the compiled zip lacks is installed from its wheel.
    partial = hooks._runtime_options(shipped, CompiledStdlib(tmp_path / "stdlib.zip", "c" * 64, (), ("thankyou",)))
    assert partial.install == ("tzdata",)


def test_the_markers_find_tools_and_snippets():
    hooks = load("tools")
    match = hooks.MARKER.search("<p><!-- thankyou:check compact --></p>")
    assert (match["tool"], match["size"]) == ("check", "compact")
    snippet = hooks.SNIPPET.search("<!-- thankyou-snippet:example panel-formal -->")
    assert (snippet["op"], snippet["name"]) == ("example", "panel-formal")


def test_a_page_place_in_a_language_folder():
    from site_build.page_place import page_place

    config = types.SimpleNamespace(theme={"language": "id"})
    english = types.SimpleNamespace(file=types.SimpleNamespace(locale="en"), url="en/alat/pemeriksa.html")
    assert page_place(english, config) == ("en", "../../", "../")
    home = types.SimpleNamespace(file=types.SimpleNamespace(), url="index.html")
    assert page_place(home, config) == ("id", "", "")


def test_a_page_keeps_its_own_description_and_gets_one_when_it_has_none():
    hooks = load("guide")
    page = types.SimpleNamespace(meta={})
    hooks.on_page_content("<h1>T</h1><p>Short.</p><p>The first paragraph with words in it.</p>", page, object(), None)
    assert page.meta["description"] == "The first paragraph with words in it."
    kept = types.SimpleNamespace(meta={"description": "Mine."})
    hooks.on_page_content("<p>Other.</p>", kept, object(), None)
    assert kept.meta["description"] == "Mine."
