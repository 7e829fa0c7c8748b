"""A static host in miniature: serves a built site and applies its ``_headers`` as Netlify and
Cloudflare Pages do.

Read independently of ``site_build.hosts`` (which writes the file), as a host reads it: a line
starting a block names a path (``*`` matches any run of characters), the indented ``Name: value``
lines under it are its headers; every rule matching a request applies, and a header named by two
of them has its values joined with ", ". Like the hosts, ``/x`` serves ``x.html`` and the file
``_headers`` itself is never served.
"""

from __future__ import annotations

import os
import re
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from urllib.parse import unquote, urlsplit

HEADERS_FILE = "_headers"


def read_rules(text: str) -> list[tuple[re.Pattern[str], list[tuple[str, str]]]]:
    """The rules of a ``_headers`` text: (path pattern, [(name, value), ...]) in file order."""
    rules: list[tuple[re.Pattern[str], list[tuple[str, str]]]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            rules.append((re.compile(".*".join(map(re.escape, line.strip().split("*")))), []))
            continue
        name, separator, value = line.strip().partition(":")
        if not separator or not rules:
            raise ValueError(f"_headers: not a header line under a path: {line!r}")
        rules[-1][1].append((name.strip(), value.strip()))
    return rules


def headers_for(rules: list[tuple[re.Pattern[str], list[tuple[str, str]]]], url_path: str) -> dict[str, str]:
    """The headers a host adds to the response for ``url_path``."""
    headers: dict[str, str] = {}
    for pattern, block in rules:
        if pattern.fullmatch(url_path):
            for name, value in block:
                key = next((known for known in headers if known.lower() == name.lower()), name)
                headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers


class AppliesHeaders(SimpleHTTPRequestHandler):
    """Mixin for a ``SimpleHTTPRequestHandler`` serving a built site: its ``_headers`` applied."""

    def _rules(self) -> list[tuple[re.Pattern[str], list[tuple[str, str]]]]:
        headers_file = Path(self.directory) / HEADERS_FILE
        return read_rules(headers_file.read_text(encoding="utf-8"))

    def send_head(self):  # noqa: ANN201 — the base class's signature
        path = unquote(urlsplit(self.path).path)
        if path == "/" + HEADERS_FILE:
            self.send_error(404)
            return None
        self._added = headers_for(self._rules(), path)
        return super().send_head()

    def translate_path(self, path: str) -> str:
        local = super().translate_path(path)
        if not os.path.exists(local) and os.path.isfile(local + ".html"):
            return local + ".html"  # the hosts' "pretty URLs": /x serves x.html
        return local

    def send_header(self, keyword: str, value: str) -> None:
        added = getattr(self, "_added", {})
        if any(keyword.lower() == name.lower() for name in added):
            return  # the rule's value replaces the server's own (Content-Type of a .br file)
        super().send_header(keyword, value)

    def end_headers(self) -> None:
        for name, value in getattr(self, "_added", {}).items():
            super().send_header(name, value)
        self._added = {}
        super().end_headers()
