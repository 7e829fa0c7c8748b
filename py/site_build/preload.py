"""Early start on a tool page: the worker starts while the page is still being parsed.

The transport, early: Material puts every script at the end of the body, after its own bundle,
which on our 2-core test machine runs ≈ 400 ms after the navigation starts. An ``async`` copy of
``thankyou-widgets.js`` right after the first tool creates the worker as soon as it arrives; the
script ignores its second load.

No preload hint (``<link rel="preload">``) for the compiled standard library any more: the page
never uses the preloaded response (only the worker reads the zip, from the HTTP cache), so
Chromium warned on every tool page that the preload went unused, and it did not pay where it
was measured: 1.97 s against 1.98 s on 127.0.0.1, within noise on the phone network in the same
run (README, Performance), nothing on a revisit (the service worker has the zip) or from disk.
Never the WebAssembly either: a private window's in-memory cache drops a 9.6 MB response, so the
reader would download it twice.
"""

from __future__ import annotations

import html

MARK = "data-thankyou-preload"
TRANSPORT = "assets/javascripts/thankyou-widgets.js"


def early_script(to_root: str) -> str:
    """The transport, loaded ``async`` right after a page's first tool (same URL as Material's copy)."""
    return f'<script src="{html.escape(to_root)}{TRANSPORT}" async {MARK}></script>'
