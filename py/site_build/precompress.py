"""Precompressed copies of the site's large files, for hosts that serve them as they are.

A host with ``gzip_static``/``brotli_static`` (nginx), ``precompressed`` (Caddy) or the like
answers a request for ``x`` with ``x.br`` or ``x.gz`` when the browser accepts that encoding;
a host without it ignores the extra files. Compressing at the highest levels takes time (half a
minute for the WebAssembly at brotli 11), so each result is cached by the content's digest.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from site_build.runtime import ROOT, write_atomically

CACHE = ROOT / ".cache" / "precompressed"
# Text and WebAssembly compress well; zips, images and fonts are compressed already.
SUFFIXES = (".wasm", ".mjs", ".js", ".css", ".html", ".json", ".svg", ".xml", ".txt")
SMALLEST = 1024  # below this, one network packet either way
WORTH_IT = 0.9  # keep a compressed copy only when it is at most 90 % of the original
WORTH_CACHING = 256 * 1024  # the runtime's files; the pages are quick to compress again


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def _brotli(data: bytes) -> bytes:
    import brotli

    return brotli.compress(data, quality=11)


ENCODERS: dict[str, Callable[[bytes], bytes]] = {".gz": _gzip, ".br": _brotli}


def precompress_folder(folder: Path, under: str = "", leave_out: tuple[str, ...] = ()) -> dict[str, int]:
    """Write ``x.gz`` and ``x.br`` beside each compressible file of ``folder/under``, but for those in
    the subfolders ``leave_out``; return bytes saved per suffix.

    The encoders run on every core (zlib and brotli let go of the GIL while they work), the
    largest files first, so the WebAssembly's half minute overlaps everything else.
    """
    skipped = tuple(folder / name for name in leave_out)
    paths = [path for path in (folder / under).rglob("*")
             if path.is_file() and path.suffix in SUFFIXES and path.stat().st_size >= SMALLEST
             and not any(path.is_relative_to(subfolder) for subfolder in skipped)]
    jobs = sorted(((path, suffix) for path in paths for suffix in ENCODERS), key=lambda job: -job[0].stat().st_size)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = pool.map(lambda job: _compress_beside(*job), jobs)
        saved = dict.fromkeys(ENCODERS, 0)
        for (_, suffix), gained in zip(jobs, results, strict=True):
            saved[suffix] += gained
    return saved


def _compress_beside(path: Path, suffix: str) -> int:
    """``path + suffix`` written when it is worth it (else removed); the bytes it saves."""
    data = path.read_bytes()
    compressed = _cached(data, suffix, ENCODERS[suffix])
    target = path.with_name(path.name + suffix)
    if len(compressed) <= WORTH_IT * len(data):
        target.write_bytes(compressed)
        return len(data) - len(compressed)
    target.unlink(missing_ok=True)
    return 0


def _cached(data: bytes, suffix: str, encode: Callable[[bytes], bytes]) -> bytes:
    if len(data) < WORTH_CACHING:
        return encode(data)  # fast anyway; pages change at every edit and would fill the cache
    cached = CACHE / (hashlib.sha256(data).hexdigest() + suffix)
    if cached.is_file():
        return cached.read_bytes()
    compressed = encode(data)
    write_atomically(cached, compressed)
    return compressed
