"""The ``.eml`` export writes the same bytes on every Python the package allows (``requires-python``):
its headers no longer go through ``email``'s header parsing, which changed between versions (on
3.11 an encoded CR LF in a role became a real ``Bcc:`` line)."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

from tests.mail.test_eml_independent_parser import HEADER_SHAPED, NAMES

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, sys
from thankyou import export
cases = json.loads(sys.stdin.read())
print(json.dumps([export.eml(name, "rina@example.com", subject, "Halo,\\nterima kasih.").decode("ascii")
                  for name, subject in cases]))
"""
CASES = [[name, subject] for name in [*HEADER_SHAPED, *NAMES] for subject in [*HEADER_SHAPED, *NAMES]]


def minimum_python() -> tuple[int, int]:
    spec = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert spec.startswith(">="), spec
    major, minor = spec[2:].split(".")[:2]
    return int(major), int(minor)


def candidates(version: str) -> list[str]:
    """``pythonX.Y`` on the PATH, then pyenv's own installs (its shims refuse versions not selected)."""
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    found = [shutil.which(f"python{version}")]
    found += [str(path) for path in sorted(pyenv_root.glob(f"versions/{version}.*/bin/python{version}"))]
    return [python for python in found if python]


def export_with(run_command, python: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "py")}
    return json.loads(run_command([python, "-c", SCRIPT], input=json.dumps(CASES), env=env, timeout=120).stdout)


def test_every_allowed_python_on_this_machine_writes_the_same_eml(run_command):
    major, minor = minimum_python()
    here = export_with(run_command, sys.executable)
    others = {}
    for version in range(minor, 20):
        for python in candidates(f"{major}.{version}"):
            if run_command([python, "-c", "import sys"], check=False).returncode == 0:
                others[f"{major}.{version}"] = python
                break
    # The oldest allowed version is the one whose email package differed most: it must be checked.
    if f"{major}.{minor}" not in others:
        pytest.skip(f"python{major}.{minor} is not installed here; the CI machine has it (pyenv)")
    for version, python in others.items():
        assert export_with(run_command, python) == here, version
    assert len(others) >= 2, others  # the oldest allowed and at least one more
