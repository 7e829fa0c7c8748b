"""A static host on 127.0.0.1 for the bench: serves a folder, and its precompressed files when allowed.

It stands for the static hosts the site is meant for. When ``precompressed`` is on and the browser
accepts it, a request for ``x`` is answered with ``x.br`` or ``x.gz`` (made at build time) and the
matching ``Content-Encoding``, as nginx's ``gzip_static``/``brotli_static`` or Caddy's
``precompressed`` do; a file without such a sibling goes out as it is. Every response is counted
(path and bytes on the wire) so a measurement can say what a page really downloaded.
"""

from __future__ import annotations

import email.utils
import functools
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

# Encodings a precompressed sibling may have, best first, as (Accept-Encoding token, suffix).
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


@dataclass
class Host:
    """The running server: its base URL and the settings a measurement may change between runs."""

    url: str
    root: Path
    precompressed: bool = True
    sent: list[tuple[str, int]] = field(default_factory=list)  # (path, bytes on the wire)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take_sent(self) -> list[tuple[str, int]]:
        """What was sent since the last call (and forget it)."""
        with self.lock:
            sent, self.sent = self.sent, []
        return sent


class BenchHandler(SimpleHTTPRequestHandler):
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
        ".zip": "application/zip",
    }

    def __init__(self, *args: object, host: Host, **kwargs: object) -> None:
        self.host = host
        super().__init__(*args, directory=str(host.root), **kwargs)  # type: ignore[arg-type]

    def send_head(self):  # noqa: ANN201  (the base class's own contract)
        path = self.translate_path(self.path)
        encoding = self._precompressed(path)
        if encoding is None:
            return super().send_head()
        token, sibling = encoding
        modified = int(os.stat(path).st_mtime)
        if self._unchanged_since(modified):
            self.send_response(304)
            self.end_headers()
            return None
        handle = open(sibling, "rb")  # noqa: SIM115  (closed by the base class after copying)
        size = os.fstat(handle.fileno()).st_size
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", token)
        self.send_header("Content-Length", str(size))
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Last-Modified", self.date_time_string(modified))
        self.end_headers()
        return handle

    def _unchanged_since(self, modified: int) -> bool:
        since = self.headers.get("If-Modified-Since")
        if not since:
            return False
        try:
            return email.utils.parsedate_to_datetime(since).timestamp() >= modified
        except (TypeError, ValueError):
            return False

    def _precompressed(self, path: str) -> tuple[str, str] | None:
        if not self.host.precompressed or not os.path.isfile(path):
            return None
        accepted = {part.split(";")[0].strip() for part in self.headers.get("Accept-Encoding", "").split(",")}
        for token, suffix in ENCODINGS:
            if token in accepted and os.path.isfile(path + suffix):
                return token, path + suffix
        return None

    def end_headers(self) -> None:
        # Fresh contexts measure cold loads; within one context the browser may reuse what it has.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def copyfile(self, source, outputfile) -> None:  # noqa: ANN001
        before = source.tell()
        super().copyfile(source, outputfile)
        with self.host.lock:
            self.host.sent.append((self.path.split("?")[0], source.tell() - before))

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def sitemap_port(root: Path) -> int:
    """The port of the site's own URL (``site_url``, as its sitemap says; 80 when it names none).

    Material's instant navigation compares links with the sitemap's URLs rebased on the page's
    protocol and host name but not its port: it engages only when the site is served on the port
    its ``site_url`` names (8000 for a default build); elsewhere every click is a full page load.
    """
    try:
        first = ElementTree.parse(root / "sitemap.xml").getroot().find(f"{SITEMAP}url/{SITEMAP}loc")
    except (OSError, ElementTree.ParseError):
        return 80
    location = urlsplit(first.text.strip() if first is not None and first.text else "")
    return location.port or (443 if location.scheme == "https" else 80)


SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@contextmanager
def serve(root: Path) -> Iterator[Host]:
    """Serve ``root`` on 127.0.0.1 (on its ``site_url``'s port when free, so instant navigation
    works) during the block."""
    host = Host(url="", root=root)
    handler = functools.partial(BenchHandler, host=host)
    try:
        httpd = ThreadingHTTPServer(("127.0.0.1", sitemap_port(root)), handler)
    except OSError:
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    port = httpd.server_address[1]
    host.url = "http://127.0.0.1/" if port == 80 else f"http://127.0.0.1:{port}/"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield host
    finally:
        httpd.shutdown()
        httpd.server_close()
