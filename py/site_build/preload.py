"""Early start on a tool page: a big download and the worker start while the page is parsed.

Preload hint: without it the compiled standard library (1.3 MB) is requested only once the
page's scripts have run, the worker has loaded and Pyodide's loader has been imported: several
round trips later (``make bench``: lever "preload-hints"). The worker cannot take the page's
preloaded response over, but finds it in the HTTP cache, so it is not downloaded twice. Guide
pages get no hint: they never download a byte of the runtime.

No ``crossorigin`` attribute: a plain (no-cors) request, which a page opened from disk may also
make; the worker only needs the cached bytes.

The transport, early: Material puts every script at the end of the body, after its own bundle,
which on our 2-core test machine runs ≈ 400 ms after the navigation starts. An ``async`` copy of
``thankyou-widgets.js`` right after the first tool creates the worker as soon as it arrives; the
script ignores its second load.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

MARK = "data-thankyou-preload"
TRANSPORT = "assets/javascripts/thankyou-widgets.js"


def hint_urls(runtime: Mapping[str, object]) -> list[str]:
    """The page-relative URLs worth preloading for ``runtime`` (a tool's data-runtime options).

    Not the WebAssembly: the worker finds a preloaded response only in the HTTP cache, and a
    private window's cache (in memory) does not keep a 9.6 MB response, which a host that does
    not compress it sends: the reader would download it twice (``make bench`` saw 22 MB).
    """
    return [str(runtime["stdLibURL"])] if runtime.get("stdLibURL") else []


def add_hints(page_html: str, runtime: Mapping[str, object]) -> str:
    """``page_html`` with a ``<link rel="preload">`` per hint URL at the top of its ``<head>``."""
    links = "".join(f'<link rel="preload" as="fetch" href="{html.escape(url)}" {MARK}>' for url in hint_urls(runtime))
    head = page_html.find("<head>")
    if head < 0:
        return page_html
    at = head + len("<head>")
    return page_html[:at] + links + page_html[at:]


def early_script(to_root: str) -> str:
    """The transport, loaded ``async`` right after a page's first tool (same URL as Material's copy)."""
    return f'<script src="{html.escape(to_root)}{TRANSPORT}" async {MARK}></script>'
