"""The Python runtime the site ships: our wheel, the Pyodide core files and their lock file."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = ROOT / "py" / "thankyou"
PYODIDE_DIR = ROOT / "node_modules" / "pyodide"
WHEEL_CACHE = ROOT / ".cache" / "wheels"
# Pure-Python wheels shipped beside ours (tzdata), pinned with hashes; `make setup` downloads them.
SITE_WHEELS_PINNED = ROOT / "py" / "site_build" / "site-wheels.txt"
SITE_WHEELS = ROOT / ".cache" / "site-wheels"

# The Pyodide files a browser needs to start Python; everything else in the npm package is not shipped.
CORE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
# Where the runtime lives in the built site, relative to its root.
SITE_DIR = "assets/pyodide"


class RuntimeError_(Exception):
    """The runtime cannot be prepared; the message says how to fix it."""


def write_atomically(target: Path, data: bytes) -> None:
    """``target`` holds ``data`` whole or not at all: two builds at once (the tests' workers, a
    ``mkdocs serve`` beside a test run) may fill the same cache; a reader never sees half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, scratch = tempfile.mkstemp(dir=target.parent, prefix=".partial-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(scratch, target)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class Wheel:
    path: Path
    digest: str  # sha256 of the sources it was built from, also the cache key

    @property
    def site_path(self) -> str:
        """Where the wheel goes in the site: a folder per content, so no cache serves a stale one."""
        return f"{SITE_DIR}/wheels/{self.digest[:16]}/{self.path.name}"


def source_digest() -> str:
    """sha256 over the package sources and the project metadata (what decides the wheel's bytes)."""
    digest = hashlib.sha256()
    files = sorted(p for p in PACKAGE_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in [ROOT / "pyproject.toml", *files]:
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build_wheel() -> Wheel:
    """The wheel of ``py/thankyou``, built with the project's own backend; cached by source digest."""
    digest = source_digest()
    cached = WHEEL_CACHE / digest[:16]
    found = sorted(cached.glob("thankyou-*.whl")) if cached.is_dir() else []
    if found:
        return Wheel(found[0], digest)
    try:
        from build import BuildBackendException, ProjectBuilder
        from pyproject_hooks import quiet_subprocess_runner
    except ImportError as error:
        raise RuntimeError_(
            f"cannot build the thankyou wheel: {error}. Run `make setup` to install the build tools."
        ) from None
    with tempfile.TemporaryDirectory() as scratch:
        try:
            builder = ProjectBuilder(ROOT, python_executable=sys.executable, runner=quiet_subprocess_runner)
            missing = builder.check_dependencies("wheel")
            if missing:
                names = ", ".join(sorted(next(iter(group)) for group in missing))
                raise RuntimeError_(f"cannot build the thankyou wheel: {names} missing. Run `make setup`.")
            built = Path(builder.build("wheel", scratch))
        except BuildBackendException as error:
            cause = error.exception
            detail = getattr(cause, "stderr", b"") or b""
            last = detail.decode(errors="replace").strip().splitlines()[-1:] or [str(error)]
            raise RuntimeError_(
                f"building the thankyou wheel failed: {last[0]} (check pyproject.toml and py/thankyou, then rebuild)"
            ) from None
        target = cached / built.name
        write_atomically(target, built.read_bytes())
    return Wheel(target, digest)


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    sha256: str


def pinned_wheels(pinned: Path = SITE_WHEELS_PINNED) -> list[Pin]:
    """The ``name==version --hash=sha256:…`` lines of the pinned file (comments skipped)."""
    pins = []
    for line in pinned.read_text(encoding="utf-8").splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        requirement, _, digest = line.partition("--hash=sha256:")
        name, _, version = requirement.strip().partition("==")
        pins.append(Pin(name.strip(), version.strip(), digest.strip()))
    return pins


def site_wheels(folder: Path = SITE_WHEELS, pinned: Path = SITE_WHEELS_PINNED) -> list[Wheel]:
    """The pinned wheels shipped beside ours, checked against their hashes; a clear error when one is missing."""
    wheels = []
    for pin in pinned_wheels(pinned):
        found = sorted(folder.glob(f"{pin.name}-{pin.version}-*.whl")) if folder.is_dir() else []
        if not found:
            raise RuntimeError_(
                f"the {pin.name} wheel ({pin.name}=={pin.version}, listed in {_shown(pinned)}) is missing "
                f"from {_shown(folder)}. Run `make setup` to download it."
            )
        digest = hashlib.sha256(found[0].read_bytes()).hexdigest()
        if digest != pin.sha256:
            raise RuntimeError_(
                f"{found[0].name} in {_shown(folder)} does not match its pinned hash. "
                f"Delete {_shown(folder)} and run `make setup` again."
            )
        wheels.append(Wheel(found[0], digest))
    return wheels


def _shown(path: Path) -> str:
    """``path`` as a message shows it: relative to the repository when inside it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def core_files() -> dict[str, Path]:
    """Site path → source path of each Pyodide core file, from the pinned npm package."""
    missing = [name for name in CORE_FILES if not (PYODIDE_DIR / name).is_file()]
    if missing:
        raise RuntimeError_(
            f"the Pyodide runtime is missing ({', '.join(missing)} not in {PYODIDE_DIR}). "
            "Run `make setup` (or `npm ci`) to install the pinned npm package `pyodide`."
        )
    return {f"{SITE_DIR}/{name}": PYODIDE_DIR / name for name in CORE_FILES}


def lock_file(wheel: Wheel, others: list[Wheel] = []) -> str:  # noqa: B006 (never mutated)
    """A ``pyodide-lock.json`` listing only what the site ships, made with pyodide-lock's own tooling.

    ``others`` are shipped beside ours (tzdata); our wheel's metadata names them as dependencies,
    so the lock file says so and Pyodide loads them with ``loadPackage("thankyou")``.
    """
    try:
        from pyodide_lock import PyodideLockSpec
        from pyodide_lock.utils import add_wheels_to_spec
    except ImportError:
        raise RuntimeError_("pyodide-lock is not installed: run `make setup` (it comes with pyodide-build).") from None
    upstream = json.loads((PYODIDE_DIR / "pyodide-lock.json").read_text(encoding="utf-8"))
    empty = PyodideLockSpec.from_dict({"info": upstream["info"], "packages": {}})
    with tempfile.TemporaryDirectory() as scratch:
        # Stage each wheel where it will sit relative to the lock file, so file_name comes out right.
        staged = []
        for shipped in [wheel, *others]:
            target = Path(scratch) / Path(shipped.site_path).relative_to(SITE_DIR)
            target.parent.mkdir(parents=True)
            shutil.copyfile(shipped.path, target)
            staged.append(target)
        spec = add_wheels_to_spec(empty, staged, base_path=Path(scratch))
        out = Path(scratch) / "pyodide-lock.json"
        spec.to_json(out, indent=1)
        return out.read_text(encoding="utf-8")


def lock_digest(lock_text: str) -> str:
    return hashlib.sha256(lock_text.encode()).hexdigest()[:16]
