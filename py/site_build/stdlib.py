"""The standard library the tools get: only the modules they import, compiled to bytecode at build time.

Pyodide's own ``python_stdlib.zip`` holds every module as ``.py`` source, so each visit compiles
every module the start-up and our tools import (≈ 2 s of a ≈ 3 s start on our test machine). The
pinned Pyodide, run in Node at build time, is the same Python 3.14 the browser gets: it imports
our package from the wheel's files, runs every tool, and writes what is then imported — the Pyodide
start-up's own modules, the tools' modules and our package — as ``.pyc`` into one small zip that
the worker passes to ``loadPyodide`` as ``stdLibURL``. The pure-Python wheels shipped beside ours
(tzdata) go in whole too, data files included: the worker then installs no wheel at all, so the
browser neither fetches a wheel nor runs Pyodide's installer (and the modules it imports) at each
visit. The full zip stays in the site: for the plain start (with ``pyodide-lock.json`` and the
wheels) when the page gives no ``stdLibURL``, and fetched on demand should a tool import a module
the compiled zip lacks (``stdlib_fallback.py``).
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from site_build.pyodide_job import RUNNER, PyodideJobError, run_job
from site_build.runtime import PYODIDE_DIR, ROOT, SITE_DIR, RuntimeError_, Wheel, write_atomically

HERE = Path(__file__).resolve().parent
IN_PYODIDE = HERE / "stdlib_in_pyodide.py"
FALLBACK = HERE / "stdlib_fallback.py"
CACHE = ROOT / ".cache" / "stdlib"
NAME = "python_stdlib.zip"
# Our package, compiled into the zip so the browser imports it without installing a wheel.
BUNDLED_PACKAGES = ("thankyou",)


@dataclass(frozen=True)
class CompiledStdlib:
    path: Path
    digest: str  # of everything that decides its bytes; also the cache key
    modules: tuple[str, ...]  # the zip's entries: .pyc modules and the bundled packages' data files
    packages: tuple[str, ...]  # the packages inside it (ours and those of the wheels beside it)

    @property
    def site_path(self) -> str:
        """A folder per content, like the wheel's, so no cache ever serves a stale zip."""
        return f"{SITE_DIR}/stdlib/{self.digest[:16]}/{NAME}"


def compiled_stdlib(wheel: Wheel, beside: list[Wheel] | None = None) -> CompiledStdlib:
    """The tools' standard library as bytecode, with our package; built once per input, then cached.

    ``beside``: the pure-Python wheels the site ships next to ours (tzdata). Their packages go into
    the zip whole (tzdata's zone files are read through importlib.resources, which zipimport
    serves), so the worker installs no wheel; the wheels stay in the site for the plain start.
    """
    beside = beside or []
    digest = _input_digest(wheel, beside)
    cached = CACHE / digest[:16]
    packages = (*BUNDLED_PACKAGES, *(name for other in beside for name in _top_level_packages(other.path)))
    if (cached / NAME).is_file() and (cached / "modules.json").is_file():
        modules = tuple(json.loads((cached / "modules.json").read_text(encoding="utf-8")))
        return CompiledStdlib(cached / NAME, digest, modules, packages)
    report = _run_in_pyodide(wheel, cached, beside, packages)
    # Written last: a cache entry with both files is whole (see _run_in_pyodide).
    write_atomically(cached / "modules.json", json.dumps(report["modules"], indent=0).encode())
    return CompiledStdlib(cached / NAME, digest, tuple(report["modules"]), packages)


def _top_level_packages(wheel: Path) -> list[str]:
    """The importable packages a pure-Python wheel holds (``tzdata`` for tzdata's wheel)."""
    with zipfile.ZipFile(wheel) as archive:
        tops = {name.split("/", 1)[0] for name in archive.namelist() if "/" in name}
    return sorted(top for top in tops if not top.endswith((".dist-info", ".data")))


def _input_digest(wheel: Wheel, beside: list[Wheel]) -> str:
    digest = hashlib.sha256(wheel.digest.encode())
    for other in beside:
        digest.update(other.digest.encode())
    # This file too: how the job is put together (which packages go in) decides the zip's bytes.
    for path in (PYODIDE_DIR / "python_stdlib.zip", PYODIDE_DIR / "pyodide.asm.wasm", RUNNER, IN_PYODIDE, FALLBACK,
                 Path(__file__)):
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _run_in_pyodide(wheel: Wheel, target: Path, beside: list[Wheel], packages: tuple[str, ...]) -> dict:
    with tempfile.TemporaryDirectory() as scratch:
        # The wheels' own files, unpacked: what the zip will hold, importable without an installer.
        for each in (wheel, *beside):
            with zipfile.ZipFile(each.path) as archive:
                archive.extractall(Path(scratch) / "package")
        args = [
            f"/out/{NAME}",
            "--source", "/package",
            *(arg for package in packages for arg in ("--package", package)),
            "--fallback", f"/build/{FALLBACK.name}",
        ]
        mounts = {"/out": Path(scratch), "/package": Path(scratch) / "package", "/build": HERE}
        try:
            reply = run_job(script=IN_PYODIDE, args=args, mounts=mounts, timeout=600)
        except PyodideJobError as error:
            raise RuntimeError_(f"compiling the standard library in Pyodide failed: {error}") from error
        write_atomically(target / NAME, (Path(scratch) / NAME).read_bytes())
    return reply.result
