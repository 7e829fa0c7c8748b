"""Precompressed copies of the site's large files, for hosts that serve them as they are.

A host with ``gzip_static``/``brotli_static`` (nginx), ``precompressed`` (Caddy) or the like
answers a request for ``x`` with ``x.br`` or ``x.gz`` when the browser accepts that encoding;
a host without it ignores the extra files. Compressing at the highest levels takes time (half a
minute for the WebAssembly at brotli 11), so each result is cached by the content's digest.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Callable
from pathlib import Path

from site_build.runtime import ROOT

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


def precompress_folder(folder: Path, under: str = "") -> dict[str, int]:
    """Write ``x.gz`` and ``x.br`` beside each compressible file of ``folder/under``; return bytes saved per suffix."""
    saved = dict.fromkeys(ENCODERS, 0)
    for path in sorted((folder / under).rglob("*")):
        if not path.is_file() or path.suffix not in SUFFIXES or path.stat().st_size < SMALLEST:
            continue
        data = path.read_bytes()
        for suffix, encode in ENCODERS.items():
            compressed = _cached(data, suffix, encode)
            target = path.with_name(path.name + suffix)
            if len(compressed) <= WORTH_IT * len(data):
                target.write_bytes(compressed)
                saved[suffix] += len(data) - len(compressed)
            elif target.exists():
                target.unlink()
    return saved


def _cached(data: bytes, suffix: str, encode: Callable[[bytes], bytes]) -> bytes:
    if len(data) < WORTH_CACHING:
        return encode(data)  # fast anyway; pages change at every edit and would fill the cache
    cached = CACHE / (hashlib.sha256(data).hexdigest() + suffix)
    if cached.is_file():
        return cached.read_bytes()
    compressed = encode(data)
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(compressed)
    return compressed
