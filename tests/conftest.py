"""Each test folder's layer mark, and the fixtures shared by the layers that need the built site (tests/build, tests/e2e)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Each test folder is a layer, marked so `pytest -m unit` (or pyodide, e2e, build) selects it.
LAYER_OF_FOLDER = {"unit": "unit", "pyodide": "pyodide", "e2e": "e2e", "build": "build"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        folder = item.path.relative_to(ROOT / "tests").parts[0] if item.path.is_relative_to(ROOT / "tests") else ""
        if folder in LAYER_OF_FOLDER:
            item.add_marker(LAYER_OF_FOLDER[folder])


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`mkdocs build` into a fresh folder, exactly as a reader's copy is built; once per test run."""
    site = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )
    return site
