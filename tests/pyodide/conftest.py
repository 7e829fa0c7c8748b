"""Run Python inside real Pyodide in Node: the same wheel the site ships, with plain JSON in and out."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNNER = Path(__file__).with_name("runner.mjs")
TEST_WHEELS = ROOT / ".cache" / "pyodide-wheels"


def run_in_pyodide(code: str, *, wheels: list[Path], mounts: dict[str, Path] | None = None,
                   env: dict[str, str] | None = None, cwd: str | None = None, timeout: int = 900) -> object:
    """Run ``code`` (its last expression a JSON string) in Pyodide; return the decoded value."""
    node = shutil.which("node")
    assert node, "Node.js is needed to run Pyodide tests"
    job = {
        "wheels": [str(wheel) for wheel in wheels],
        "mounts": {target: str(source) for target, source in (mounts or {}).items()},
        "env": env or {},
        "cwd": cwd,
        "code": code,
    }
    completed = subprocess.run(
        [node, str(RUNNER)], input=json.dumps(job), capture_output=True, text=True, cwd=ROOT, timeout=timeout, check=False
    )
    assert completed.stdout, f"Pyodide runner printed nothing: {completed.stderr[-2000:]}"
    reply = json.loads(completed.stdout.splitlines()[-1])
    assert reply["ok"], reply["error"] + "\n" + "\n".join(reply["log"][-50:])
    return reply["result"]


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
