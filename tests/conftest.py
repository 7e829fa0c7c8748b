"""Each test folder's layer mark, and the fixtures shared by the layers that need the built site
(tests/build, tests/e2e, tests/bench) or run commands (Node, Python, the built site)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from filelock import FileLock

ROOT = Path(__file__).resolve().parents[1]
# Each test folder is a layer, marked so `pytest -m unit` (or pyodide, e2e, build) selects it.
LAYER_OF_FOLDER = {"unit": "unit", "pyodide": "pyodide", "e2e": "e2e", "build": "build"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        folder = item.path.relative_to(ROOT / "tests").parts[0] if item.path.is_relative_to(ROOT / "tests") else ""
        if folder in LAYER_OF_FOLDER:
            item.add_marker(LAYER_OF_FOLDER[folder])


# Commands the tests start: one way to run them, one way to say why they failed.

RunCommand = Callable[..., subprocess.CompletedProcess]
NodeJson = Callable[..., object]


def _run_command(args: Sequence[str | Path], *, input: str | None = None, env: dict[str, str] | None = None,  # noqa: A002
                 cwd: Path = ROOT, timeout: float = 900, check: bool = True) -> subprocess.CompletedProcess:
    """``args`` run to the end, text in and out; with ``check``, a failure fails the test with its stderr."""
    completed = subprocess.run([str(arg) for arg in args], input=input, capture_output=True, text=True, cwd=cwd,
                               env=env, timeout=timeout, check=False)
    if check and completed.returncode != 0:
        pytest.fail(f"{' '.join(map(str, args[:4]))} exited with {completed.returncode}:\n{completed.stderr[-3000:]}",
                    pytrace=False)
    return completed


def _node_json(script: Path | str, value: object, *, timeout: float = 600) -> object:
    """Node runs ``script`` (a file, or JavaScript source) with ``value`` as JSON on stdin; its stdout, decoded."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is missing: `make setup` needs it (the site build runs Pyodide in it)", pytrace=False)
    if isinstance(script, Path):
        completed = _run_command([node, script], input=json.dumps(value), timeout=timeout)
    else:  # the program itself on stdin, its input inside it
        completed = _run_command([node, "-"], input=script.replace("/*INPUT*/null", json.dumps(value)), timeout=timeout)
    return json.loads(completed.stdout)


@pytest.fixture(scope="session")
def run_command() -> RunCommand:
    """``run_command(args, input=, env=, cwd=, timeout=, check=)``: a command run to the end, text in and out."""
    return _run_command


@pytest.fixture(scope="session")
def node_json() -> NodeJson:
    """``node_json(script, value)``: Node runs ``script`` (a path, or JavaScript whose ``/*INPUT*/null``
    becomes ``value``) with ``value`` as JSON on stdin; returns its stdout decoded from JSON."""
    return _node_json


def build_site(site: Path, *, site_url: str | None = None) -> Path:
    """`mkdocs build --strict` into ``site``, as a reader's copy is built (for ``site_url`` when given)."""
    env = {**os.environ, **({"SITE_URL": site_url} if site_url else {})}
    _run_command([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site], env=env)
    return site


@dataclass(frozen=True)
class SiteBuild:
    path: Path
    url: str  # the address it was built for (SITE_URL): its canonical links and sitemap name it
    listener: socket.socket  # bound to that address, so no one else takes the port before it is served


@pytest.fixture(scope="session")
def site_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteBuild]:
    """The site, built once per test run for an address on 127.0.0.1 whose port is kept for it.

    Material's instant navigation only takes over links it finds in the sitemap, whose URLs come
    from `site_url` (it adopts the page's host name but keeps the port and path): served at that
    address (tests/e2e ``site_url``), the site behaves as a published one. Served elsewhere (every
    other server of the tests), its pages load one by one, as the plain `python -m http.server`
    serves a site built for another address.
    """
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/"
    # Under `make test` each worker (pytest-xdist) builds its own copy, for its own address: one at
    # a time, so the first fills the build's caches (.cache: the compressed runtime, the compiled
    # standard library) and the others find them.
    with FileLock(tmp_path_factory.getbasetemp().parent / "site-build.lock"):
        site = build_site(tmp_path_factory.mktemp("site"), site_url=url)
    yield SiteBuild(site, url, listener)
    listener.close()


@pytest.fixture(scope="session")
def built_site(site_build: SiteBuild) -> Path:
    """`mkdocs build` into a fresh folder, exactly as a reader's copy is built; once per test run."""
    return site_build.path
