"""The package's layers, read from its imports: nothing imports upward, nothing imports in a circle.

texts → fields/schema → domain → web → api (the façade) → shells (the command line, the
Web Worker's Python side). A module may
import its own layer or the ones below it. Every module also imports on its own, in a fresh
interpreter, whatever was imported before it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "emscripten", reason="reads the package's source files and starts fresh interpreters: CPython only")

PACKAGE = Path(__file__).resolve().parents[2] / "py" / "thankyou"

# The lowest layers by name; every other module of the package top level is domain.
LAYERS = ("texts", "fields", "domain", "web", "api", "shells")
FIELDS = {"thankyou", "thankyou.fields", "thankyou.errors", "thankyou.textstats", "thankyou.dates",
          "thankyou.guide", "thankyou.ics", "thankyou.export", "thankyou.phrasing"}
SHELLS = {"thankyou.cli", "thankyou.__main__", "thankyou.worker"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> int:
    if module == "thankyou.texts" or module.startswith("thankyou.texts."):
        return LAYERS.index("texts")
    if module in FIELDS:
        return LAYERS.index("fields")
    if module == "thankyou.web" or module.startswith("thankyou.web."):
        return LAYERS.index("web")
    if module == "thankyou.api":
        return LAYERS.index("api")
    if module in SHELLS:
        return LAYERS.index("shells")
    return LAYERS.index("domain")


def imports_of(module: str) -> set[str]:
    """The package's modules ``module`` imports, anywhere in its file (a lazy import is an import too)."""
    found = set()
    for node in ast.walk(ast.parse(MODULES[module].read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # ``from thankyou.web import check`` imports the submodule when there is one.
            names = [f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in MODULES else node.module
                     for alias in node.names]
        else:
            continue
        found |= {name for name in names if name in MODULES and name != module}
    return found


GRAPH = {module: imports_of(module) for module in MODULES}


def test_the_layer_table_knows_the_package():
    assert "thankyou.api" in MODULES and "thankyou.web.examples" in MODULES
    assert {layer_of(module) for module in MODULES} == set(range(len(LAYERS)))


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_a_layer_above_its_own(module):
    upward = sorted(name for name in GRAPH[module] if layer_of(name) > layer_of(module))
    assert not upward, f"{module} ({LAYERS[layer_of(module)]}) imports upward: {upward}"


def test_only_the_shells_import_the_facade():
    importers = sorted(module for module, names in GRAPH.items() if "thankyou.api" in names)
    assert set(importers) <= SHELLS, importers


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import circle in ``graph`` as a path that returns to its start, or [] when there is none."""
    done: set[str] = set()
    path: list[str] = []

    def visit(module: str) -> list[str]:
        if module in path:
            return path[path.index(module):] + [module]
        if module in done:
            return []
        path.append(module)
        for name in sorted(graph[module]):
            if cycle := visit(name):
                return cycle
        path.pop()
        done.add(module)
        return []

    for module in sorted(graph):
        if cycle := visit(module):
            return cycle
    return []


def test_no_import_circle():
    assert find_cycle(GRAPH) == []


def test_the_circle_finder_finds_a_circle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_every_module_imports_on_its_own():
    """Each module in a fresh interpreter of its own (``python -c "import thankyou.web.examples"``)."""
    failed = {}
    for module in sorted(set(MODULES) - {"thankyou.__main__"}):  # importing it runs the command line
        run = subprocess.run([sys.executable, "-c", f"import {module}"], cwd=PACKAGE.parent,
                             capture_output=True, text=True)
        if run.returncode:
            failed[module] = run.stderr.strip().splitlines()[-1:]
    assert not failed, failed
