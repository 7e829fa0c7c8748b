"""The site offline, three ways: a service worker, a runtime carried in classic scripts, one zip.

- **Served, then offline:** ``sw.js`` precaches every file of the build under a cache named by
  a digest of what was built, so a new build gets a new cache and never the old Python.
- **Opened from disk (``file://``):** browsers refuse module workers and ``fetch`` there, but run
  classic ``<script src>`` files. Each runtime file (Pyodide, our wheel, the lock file) is
  written as a classic script holding its bytes in base64, the worker as one holding its source
  as text; the page loads them and starts the worker from a ``blob:`` URL of that text, and the
  worker serves the bytes to Pyodide.
- **One file:** a zip of the whole built site, unpacked and opened from disk as above.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from collections.abc import Iterable
from pathlib import Path

SERVICE_WORKER = "sw.js"
SERVICE_WORKER_TEMPLATE = Path(__file__).with_name("service-worker.js")
# The runtime as classic scripts, for file://; never precached (a served site does not need it).
FILE_BUNDLE_DIR = "assets/offline"
FILE_BUNDLE_INDEX = f"{FILE_BUNDLE_DIR}/runtime.js"
# What the worker needs under file://: the worker itself, every file of the runtime folder and
# the reviewer's spelling lists (carried like the compiled standard library: handed to the
# worker with the runtime, fetched from memory only when a review asks for them).
FILE_BUNDLE_WORKER = "assets/javascripts/thankyou-worker.js"
FILE_BUNDLE_SOURCES = (FILE_BUNDLE_WORKER, "assets/pyodide/", "assets/words/")
SITE_ZIP = "thankyou-offline.zip"
SEARCH_INDEX = "search/search_index.json"
# Never precached: source maps (for developers), compressed duplicates, the file:// bundle, the zip.
NOT_PRECACHED = (".map", ".gz", ".br")
NOT_PRECACHED_DIRS = (FILE_BUNDLE_DIR + "/",)
# Stored by the service worker only once a tool has started Python: a guide page never loads it.
ON_DEMAND = ("assets/pyodide/",)
# Stored only once fetched: the spelling lists (about 550 kB compressed), which only a review
# fetches; a reader who never reviews a draft never downloads them, one who did can review offline.
ON_USE = ("assets/words/",)
# A fixed timestamp, so the same site gives the same zip.
ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def site_files(site_dir: Path) -> list[str]:
    """Every file of the built site, as sorted site-relative POSIX paths."""
    return sorted(path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*") if path.is_file())


def precached(paths: Iterable[str]) -> list[str]:
    """The files the service worker stores: the whole site but what only developers or file:// use."""
    return [
        path for path in paths
        if not path.endswith(NOT_PRECACHED)
        and not path.startswith(NOT_PRECACHED_DIRS)
        and path not in (SERVICE_WORKER, SITE_ZIP)
    ]


def integrity(data: bytes) -> str:
    """The Subresource Integrity value of ``data``."""
    return "sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")


def file_hashes(site_dir: Path, paths: Iterable[str]) -> dict[str, str]:
    """Path → integrity of each file: what the service worker checks every stored file against."""
    return {path: integrity((site_dir / path).read_bytes()) for path in paths}


def build_digest(hashes: dict[str, str]) -> str:
    """A digest of every file's name and hash: changes whenever anything served changes."""
    return hashlib.sha256(json.dumps(hashes, sort_keys=True).encode()).hexdigest()[:16]


def cache_name(digest: str) -> str:
    return f"thankyou-{digest}"


def service_worker(hashes: dict[str, str]) -> str:
    """``sw.js``: the template with this build's cache name and files in front of it."""
    build = {"cache": cache_name(build_digest(hashes)), "onDemand": list(ON_DEMAND), "onUse": list(ON_USE), "files": hashes}
    return f"const BUILD = {json.dumps(build, indent=0, sort_keys=True)};\n" + SERVICE_WORKER_TEMPLATE.read_text(encoding="utf-8")


def write_service_worker(site_dir: Path, leave_out: Iterable[str] = ()) -> str:
    """Write ``sw.js`` for the site as it is now; return the cache name.

    ``leave_out``: files the pages only fetch as a fallback (the full standard library and our
    wheel, when the compiled standard library holds what the tools import): not worth keeping.
    """
    skipped = set(leave_out)
    hashes = file_hashes(site_dir, [path for path in precached(site_files(site_dir)) if path not in skipped])
    (site_dir / SERVICE_WORKER).write_text(service_worker(hashes), encoding="utf-8")
    return cache_name(build_digest(hashes))


def write_search_script(site_dir: Path) -> None:
    """The search index as a script for file://, as Material's offline plugin writes it, from the final index.

    The plugin writes it before mkdocs-static-i18n adds the other language to the index (and
    before any later step adds to it), so write it again from what the site finally holds.
    """
    index = site_dir / SEARCH_INDEX
    if index.is_file():
        index.with_suffix(".js").write_text("var __index = " + index.read_text(encoding="utf-8"), encoding="utf-8")


def announce_service_worker(page_html: str, to_root: str) -> str:
    """Name the service worker in the page's head; the page registers it only when it is there."""
    tag = f'<meta name="thankyou:service-worker" content="{to_root}{SERVICE_WORKER}">'
    if 'name="thankyou:service-worker"' in page_html:
        return page_html
    return page_html.replace("</head>", tag + "</head>", 1)


def bundle_sources(paths: Iterable[str]) -> list[str]:
    """The site files the worker needs under file://, by :data:`FILE_BUNDLE_SOURCES`."""
    return [
        path for path in paths
        if any(path == source or (source.endswith("/") and path.startswith(source)) for source in FILE_BUNDLE_SOURCES)
        and not path.endswith(NOT_PRECACHED)
    ]


def file_script(path: str, data: bytes) -> str:
    """A classic script that hands the page ``data`` (the bytes of site file ``path``) in base64;
    the worker's own source as text (``thankyouOffline.worker``), which the page starts as it is."""
    if path == FILE_BUNDLE_WORKER:
        return f"(self.thankyouOffline ??= {{ files: {{}} }}).worker = {json.dumps(data.decode('utf-8'))};\n"
    return (
        f"(self.thankyouOffline ??= {{ files: {{}} }}).files[{json.dumps(path)}] = "
        f'"{base64.b64encode(data).decode("ascii")}";\n'
    )


def index_script(chunks: dict[str, str], root: str) -> str:
    """The bundle's index: which script holds which file, and where the site root is from here."""
    manifest = {"root": root, "files": chunks}
    return f"(self.thankyouOffline ??= {{ files: {{}} }}).manifest = {json.dumps(manifest, indent=0, sort_keys=True)};\n"


def write_file_bundle(site_dir: Path) -> list[str]:
    """Write the runtime as classic scripts under :data:`FILE_BUNDLE_DIR`; return the files bundled."""
    folder = site_dir / FILE_BUNDLE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    sources = bundle_sources(site_files(site_dir))
    chunks = {}
    for path in sources:
        data = (site_dir / path).read_bytes()
        name = hashlib.sha256(path.encode() + b"\0" + data).hexdigest()[:16] + ".js"
        (folder / name).write_text(file_script(path, data), encoding="ascii")
        chunks[path] = name
    root = "../" * FILE_BUNDLE_INDEX.count("/")
    (site_dir / FILE_BUNDLE_INDEX).write_text(index_script(chunks, root), encoding="utf-8")
    return sources


def write_site_zip(site_dir: Path, target: Path, folder: str = "thankyou-offline") -> Path:
    """A zip of the whole site (but the zip itself) in one top folder; same site, same bytes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = target.with_suffix(".tmp")
    with zipfile.ZipFile(scratch, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in site_files(site_dir):
            if (site_dir / path).resolve() in (target.resolve(), scratch.resolve()):
                continue
            info = zipfile.ZipInfo(f"{folder}/{path}", date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, (site_dir / path).read_bytes())
    scratch.replace(target)
    return target
