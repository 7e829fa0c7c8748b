"""The Content-Security-Policy every built page carries: only this site's own files may run or load.

Static hosting and ``file://`` cannot send headers, so the policy travels in a ``<meta
http-equiv>`` tag placed before the first script. Scripts Material writes inline are allowed by
their sha256, computed here from the finished page; nothing is allowed by ``'unsafe-inline'``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re

# An inline <script> (no src): its text, exactly as the browser hashes it.
_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.S | re.I)
_SRC = re.compile(r"\ssrc\s*=", re.I)
_TYPE = re.compile(r"""\stype\s*=\s*["']?(?P<type>[^"'\s>]+)""", re.I)
_CONFIG = re.compile(r'<script id="__config" type="application/json">(?P<json>.*?)</script>', re.S)
_CHARSET = re.compile(r"<meta charset=[^>]*>", re.I)
_HEAD = re.compile(r"<head(?:\s[^>]*)?>", re.I)
_FUNCTION = re.compile(r"function (?P<name>[A-Za-z_$][\w$]*)\(")
_TEMPLATE_SCRIPT = re.compile(r"<script>(?P<body>[^`]*?)<\\/script>")
# Script types that are data, not code: the policy does not apply to them.
_DATA_TYPES = {"application/json", "application/ld+json", "text/template"}

# Every directive named, so nothing falls back to a looser default.
#  - 'wasm-unsafe-eval': Pyodide compiles WebAssembly (no JavaScript eval is allowed).
#  - blob: in script-src and worker-src: only for a site opened from disk (file://), where the
#    tools' worker and Pyodide's modules are started from blob: URLs made by our own scripts.
#  - img-src data:: Material's icons are data: SVGs in its stylesheet.
POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'wasm-unsafe-eval'", "blob:"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "frame-src": ["'self'"],
    "manifest-src": ["'self'"],
    "media-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}


def inline_scripts(page_html: str) -> list[str]:
    """The text of every inline script the browser would run (data blocks excluded)."""
    scripts = []
    for match in _INLINE_SCRIPT.finditer(page_html):
        attrs = match["attrs"] or ""
        if _SRC.search(attrs):
            continue
        kind = _TYPE.search(attrs)
        if kind and kind["type"].lower() in _DATA_TYPES:
            continue
        scripts.append(match["body"])
    return scripts


def script_hash(text: str) -> str:
    """The CSP source expression allowing exactly this inline script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def iframe_worker_script(shim: str, worker_url: str) -> str:
    """The inline script Material's ``iframe-worker`` shim writes into its frame for ``worker_url``.

    Under ``file://`` the shim runs a worker in a hidden frame that inherits this page's policy,
    so its bootstrap script must be hashed too. The shim builds it from a template literal that
    embeds its own helper functions' source and the worker's URL; rebuild it the same way.
    """
    template = _TEMPLATE_SCRIPT.search(shim)
    if template is None:
        raise ValueError("iframe-worker shim: no inline <script> template found")
    functions = {match["name"]: _function_source(shim, match.start()) for match in _FUNCTION.finditer(shim)}

    def fill(match: re.Match[str]) -> str:
        name = match[1]
        return functions.get(name, worker_url)

    return re.sub(r"\$\{([A-Za-z_$][\w$]*)\}", fill, template["body"])


def search_worker_url(page_html: str) -> str | None:
    """The search worker's URL as Material passes it to ``new Worker`` on this page."""
    match = _CONFIG.search(page_html)
    if match is None:
        return None
    try:
        return json.loads(html.unescape(match["json"])).get("search")
    except ValueError:
        return None


def policy_for(hashes: list[str]) -> str:
    """The policy text, with the page's inline-script hashes added to script-src."""
    directives = {name: list(sources) for name, sources in POLICY.items()}
    directives["script-src"] += sorted(set(hashes))
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def secure_page(page_html: str, shim: str | None = None) -> str:
    """The page with ``<meta charset>`` and its policy as the first two things in ``<head>``.

    A policy in a meta tag covers only what follows it, so nothing (a preload hint, say) may
    come before it; the charset stays first, where the browser looks for it."""
    if 'http-equiv="Content-Security-Policy"' in page_html:
        return page_html
    scripts = inline_scripts(page_html)
    worker_url = search_worker_url(page_html)
    if shim and worker_url:
        scripts.append(iframe_worker_script(shim, worker_url))
    tag = f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy_for([script_hash(s) for s in scripts]), quote=False)}">'
    charset = _CHARSET.search(page_html)
    if charset is None:
        raise ValueError("page without <meta charset>: cannot place the Content-Security-Policy first")
    without = page_html[: charset.start()] + page_html[charset.end():]
    head = _HEAD.search(without)
    if head is None:
        raise ValueError("page without <head>: cannot place the Content-Security-Policy first")
    return without[: head.end()] + charset[0] + tag + without[head.end():]


def _function_source(text: str, start: int) -> str:
    """``function name(...){...}`` starting at ``start``, by matching braces (strings hold none here)."""
    depth = 0
    for index in range(text.index("{", start), len(text)):
        depth += {"{": 1, "}": -1}.get(text[index], 0)
        if depth == 0:
            return text[start : index + 1]
    raise ValueError("unbalanced function in iframe-worker shim")
