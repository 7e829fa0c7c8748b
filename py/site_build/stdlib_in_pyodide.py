"""Runs inside Pyodide at site-build time: what do the tools import, as bytecode, in one small zip.

Called by ``site_build.stdlib`` through ``pyodide_job.mjs`` as ``stdlib_in_pyodide.py OUTPUT_ZIP
--source FOLDER [--package NAME]... [--fallback stdlib_fallback.py]``, FOLDER holding the
unpacked wheel. By the time it runs, Pyodide has booted (importing what its own start-up needs).
It then imports our package from FOLDER, as the browser will from the zip (no wheel installed,
so nothing the installer imports is counted), runs every tool once per language and size,
imports every module our package names anywhere (also imports inside functions; not the command
line's own modules, which the browser never runs), and writes the standard-library modules
now loaded, compiled to ``.pyc``, into ``OUTPUT_ZIP``; each ``--package`` goes in too, compiled
the same way, with its data files, so the browser imports it without installing a wheel
(tzdata's zone files are read through importlib.resources, which zipimport serves); ``--fallback`` goes in as
``sitecustomize``, knowing which modules the zip leaves out.
The last expression is a JSON report: the entries written and the imports that failed.
"""

import ast
import importlib
import importlib.util
import json
import marshal
import sys
import zipfile
from pathlib import Path

output = Path(sys.argv[1])
bundled = [sys.argv[index + 1] for index, arg in enumerate(sys.argv) if arg == "--package"]
SOURCE = Path(sys.argv[sys.argv.index("--source") + 1])
STDLIB = next(Path(entry) for entry in sys.path if entry.endswith(".zip"))  # /lib/python3XY.zip
COMMAND_LINE_ONLY = ("cli.py", "__main__.py")  # `python -m thankyou`, never run in the browser
# The standard library is compiled as by `python -OO` (no docstrings, no asserts), a mode CPython
# supports for it: 12 % fewer bytes to download. Pyodide's own modules keep theirs (it reads
# docstrings to document its JavaScript API), and so does our package.
STDLIB_OPTIMIZE = 2
KEEP_DOCSTRINGS = ("pyodide/", "_pyodide/")
sys.path.insert(0, str(SOURCE))
# A timestamp-based pyc header whose source is absent: zipimport then trusts the bytecode as it is.
PYC_HEADER = importlib.util.MAGIC_NUMBER + bytes(12)


# What a page sends as its context (the reader's clock and zone): with a zone, the tools use
# zoneinfo, which imports more of the standard library than a view without one.
CONTEXTS = (
    {"now": "2026-11-26T03:00:00.000Z", "tz": "Asia/Jakarta", "offset": 420},
    {"now": "2026-11-26T03:00:00.000Z", "tz": "Europe/Amsterdam", "offset": 60},
    {"now": "2026-11-26T03:00:00.000Z", "tz": "", "offset": 0},
)


def exercise_the_tools() -> None:
    """Every tool, in every language and size, through the façade as the build and the page call it."""
    from thankyou import api, web
    from thankyou.texts import LANGUAGES

    for name, tool in web.tools().items():
        for lang in LANGUAGES:
            for size in web.SIZES:
                api.handle_json(json.dumps({"op": "widget", "tool": name, "size": size, "lang": lang, "link_base": "../"}))
                for context in CONTEXTS:
                    request = {"op": "view", "tool": name, "lang": lang, "link_base": "../",
                               "form": web.default_values(tool, size), "context": context}
                    api.handle_json(json.dumps(request))


def import_what_the_package_names() -> list[str]:
    """Import every module any of our modules imports, wherever the import stands; return failures."""
    failed = []
    for path in sorted(path for package in bundled for path in (SOURCE / package).rglob("*.py")):
        if path.name in COMMAND_LINE_ONLY:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                try:
                    importlib.import_module(name)
                except ImportError:
                    failed.append(name)
    return failed


def loaded_stdlib_entries() -> set[str]:
    """Zip entries (``x/y.py``) of the standard-library modules loaded now."""
    entries = set()
    prefix = STDLIB.as_posix() + "/"
    for module in list(sys.modules.values()):
        origin = getattr(getattr(module, "__spec__", None), "origin", None) or ""
        if origin.startswith(prefix) and origin.endswith(".py"):
            entries.add(origin[len(prefix):])
    return entries


def compile_entry(source: bytes, filename: str, optimize: int = 0) -> bytes:
    code = compile(source, filename, "exec", dont_inherit=True, optimize=optimize)
    return PYC_HEADER + marshal.dumps(code)


def write_zip(entries: dict[str, bytes]) -> None:
    folders = {str(Path(name).parent) + "/" for name in entries if "/" in name}
    # Each parent folder too, so zipimport sees packages exactly as in the original zip.
    for folder in list(folders):
        parts = folder.rstrip("/").split("/")
        folders.update("/".join(parts[:index]) + "/" for index in range(1, len(parts)))
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(folders):
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), b"")
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, entries[name], compresslevel=9)


exercise_the_tools()
missing_imports = import_what_the_package_names()
compiled = {}
with zipfile.ZipFile(STDLIB) as original:
    for name in sorted(loaded_stdlib_entries() & set(original.namelist())):
        level = 0 if name.startswith(KEEP_DOCSTRINGS) else STDLIB_OPTIMIZE
        compiled[name + "c"] = compile_entry(original.read(name), f"{STDLIB}/{name}", level)
# The full library on demand (stdlib_fallback.py), as sitecustomize, which Python runs at start-up.
fallback = Path(sys.argv[sys.argv.index("--fallback") + 1]) if "--fallback" in sys.argv else None
if fallback is not None:
    left_out = sorted(
        name.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        for name in set(zipfile.ZipFile(STDLIB).namelist()) - {entry[:-1] for entry in compiled}
        if name.endswith(".py")
    )
    source = fallback.read_text(encoding="utf-8") + f"\n\ninstall(frozenset({left_out!r}))\n"
    compiled["sitecustomize.pyc"] = compile_entry(source.encode(), f"{STDLIB}/sitecustomize.py")
for package in bundled:
    for path in sorted(path for path in (SOURCE / package).rglob("*") if path.is_file()):
        name = path.relative_to(SOURCE).as_posix()
        if "__pycache__" in path.parts:
            continue
        if path.suffix == ".py":
            # Named as if it sat in the zip, which is where the browser will import it from.
            compiled[name + "c"] = compile_entry(path.read_bytes(), f"{STDLIB}/{name}")
        else:
            compiled[name] = path.read_bytes()  # data the package reads (tzdata's zone files)
write_zip(compiled)
json.dumps({"modules": sorted(compiled), "missing_imports": missing_imports})
