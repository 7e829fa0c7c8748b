"""Run Python inside real Pyodide in Node: the same wheel the site ships, with plain JSON in and out.

A test (or a helper) that runs inside Pyodide is a plain function under :func:`run_in_pyodide`,
as with pytest-pyodide: its first parameter is the :class:`Pyodide` to run in (a fixture, for a
test), the others are sent there as JSON, and what it returns comes back as JSON. Its source is
all that travels, so it imports what it needs inside its body. An ``assert`` that fails inside
Pyodide fails here with Pyodide's traceback. Every job goes through the build's own runner
(``site_build.pyodide_job``).
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import inspect
import os
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from site_build.pyodide_job import JobReply, PyodideJobError, run_job

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
TEST_WHEELS = ROOT / ".cache" / "pyodide-wheels"


@dataclass(frozen=True)
class Pyodide:
    """Where a function runs: a fresh Pyodide with these wheels installed and host folders mounted.

    ``stdlib`` replaces Pyodide's standard library zip (the compiled one the site ships);
    ``env`` and ``cwd`` are set before the function runs.
    """

    wheels: tuple[Path, ...] = ()
    mounts: Mapping[str, Path] = field(default_factory=dict)
    env: Mapping[str, str] = field(default_factory=dict)
    cwd: str | None = None
    stdlib: Path | None = None
    timeout: float = 900

    def but(self, **changes: Any) -> Pyodide:
        """The same runtime with some settings changed (``pyodide.but(env={...})``)."""
        return dataclasses.replace(self, **changes)

    def run(self, code: str, input: object = None, filename: str | None = None) -> JobReply:  # noqa: A002
        return run_job(code=code, filename=filename, input=input, wheels=self.wheels, mounts=self.mounts, env=self.env,
                       cwd=self.cwd, stdlib=self.stdlib, timeout=self.timeout)


def _function_source(function: Callable[..., object]) -> str:
    """The function's own source, dedented, without its decorators, at its own line numbers (for tracebacks)."""
    lines, first = inspect.getsourcelines(function)
    source = textwrap.dedent("".join(lines))
    definition = ast.parse(source).body[0]
    assert isinstance(definition, (ast.FunctionDef, ast.AsyncFunctionDef)), f"{function.__name__}: only functions run in Pyodide"
    skipped = definition.lineno - 1  # the decorators
    return "\n" * (first - 1 + skipped) + "\n".join(source.splitlines()[skipped:]) + "\n"


class InPyodideError(Exception):
    """The function raised inside Pyodide (anything but a failed ``assert``)."""


def run_in_pyodide(function: Callable[..., object]) -> Callable[..., object]:
    """Run ``function`` inside Pyodide: ``function(pyodide, *args)`` here sends ``args`` there as JSON.

    Inside, the first parameter is ``None``. The result comes back decoded from JSON;
    ``function.reply(pyodide, *args)`` gives it with what Python printed (:class:`JobReply`).
    """
    source = _function_source(function)
    filename = inspect.getsourcefile(function)
    signature = inspect.signature(function)
    runtime_name = next(iter(signature.parameters))
    # An async function is awaited there (the job runs as Pyodide's runPythonAsync: top-level await).
    call = (f"{source}\nimport json as __json\n"
            f"__args, __kwargs = __json.loads(__job_input__)\n"
            f"__result = {function.__name__}(None, *__args, **__kwargs)\n"
            f"__json.dumps(await __result if {inspect.iscoroutinefunction(function)} else __result)\n")

    def reply(*args: object, **kwargs: object) -> JobReply:
        bound = signature.bind(*args, **kwargs)
        runtime = bound.arguments.pop(runtime_name)
        assert isinstance(runtime, Pyodide), f"{function.__name__}: the first argument is the Pyodide to run in"
        try:
            return runtime.run(call, input=[[], dict(bound.arguments)], filename=filename)
        except PyodideJobError as error:
            raised = error.error.rstrip().splitlines()[-1] if error.error.strip() else ""
            kind = AssertionError if raised.startswith("AssertionError") else InPyodideError
            raise kind(f"inside Pyodide, {function.__name__}:\n{error}") from None

    @functools.wraps(function)
    def run(*args: object, **kwargs: object) -> object:
        return reply(*args, **kwargs).result

    run.reply = reply  # type: ignore[attr-defined]
    return run


@pytest.fixture(scope="session")
def package_wheel() -> Path:
    """The wheel of py/thankyou, built exactly as the site build builds it."""
    from site_build.runtime import build_wheel

    return build_wheel().path


@pytest.fixture(scope="session")
def shipped_wheels(package_wheel: Path) -> list[Path]:
    """Our wheel and the wheels the site ships beside it (tzdata), as the browser gets them."""
    from site_build.runtime import site_wheels

    return [package_wheel, *(wheel.path for wheel in site_wheels())]


@pytest.fixture(scope="session")
def test_wheels() -> list[Path]:
    """pytest, Hypothesis and their dependencies as pure-Python wheels (downloaded by `make test`)."""
    wheels = sorted(TEST_WHEELS.glob("*.whl"))
    assert wheels, f"no wheels in {TEST_WHEELS}: run `make test`, which downloads them"
    return wheels


@pytest.fixture(scope="session")
def pyodide(shipped_wheels: list[Path]) -> Pyodide:
    """Pyodide with what the browser installs: our wheel and the wheels beside it."""
    return Pyodide(wheels=tuple(shipped_wheels))


@pytest.fixture(scope="session")
def pyodide_with_pytest(pyodide: Pyodide, test_wheels: list[Path]) -> Pyodide:
    """The same, with pytest and Hypothesis installed and ``tests/unit`` mounted at ``/tests/unit``."""
    # The Hypothesis budgets follow this run's: full under `make test-thorough` (tests/unit/budget.py).
    thorough = os.environ.get("HYPOTHESIS_PROFILE", "default").endswith("thorough")
    return pyodide.but(wheels=(*pyodide.wheels, *test_wheels), mounts={"/tests/unit": TESTS / "unit"},
                       env={"HYPOTHESIS_PROFILE": "pyodide-thorough" if thorough else "pyodide"}, cwd="/tmp")
