"""The domain package is pure: standard library only, and no I/O outside its shells (command line, worker)."""

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "py" / "thankyou"
if not PACKAGE.is_dir():  # inside Pyodide the tests run against the installed wheel
    import thankyou

    PACKAGE = Path(thankyou.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))
# The shells read, fetch and print: the command line, and the Web Worker's Python side, which alone
# may import Pyodide's bridge to JavaScript (`js`, inside a function: the package imports on CPython).
SHELLS = {"cli.py", "__main__.py", "worker.py"}
PYODIDE_BRIDGE = {"js"}
FORBIDDEN_CALLS = {"open", "print", "input", "exec", "eval", "__import__"}


def imported_roots(tree: ast.AST) -> set[str]:
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def test_there_are_modules():
    assert len(MODULES) > 5


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.relative_to(PACKAGE).as_posix())
def test_standard_library_only(path):
    roots = imported_roots(ast.parse(path.read_text(encoding="utf-8")))
    allowed = {"thankyou"} | (PYODIDE_BRIDGE if path.name in SHELLS else set())
    outside = {root for root in roots if root not in allowed and root not in sys.stdlib_module_names}
    assert not outside, f"{path.name} imports {outside}"


@pytest.mark.parametrize("path", [p for p in MODULES if p.name not in SHELLS], ids=lambda path: path.name)
def test_no_io_outside_the_command_line(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert not calls & FORBIDDEN_CALLS, f"{path.name} calls {calls & FORBIDDEN_CALLS}"
    assert not imported_roots(tree) & {"os", "io", "subprocess", "socket", "urllib", "pathlib", "shutil"}
