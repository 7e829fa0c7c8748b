"""The built site as a static host serves it with the build's ``_headers`` (Netlify, Cloudflare Pages).

What a browser gets over HTTP, read from the responses of the miniature host in static_host.py:
each page's header policy is its ``<meta>`` policy plus ``frame-ancestors``, worker scripts carry
a policy of their own, hashed files are cached for good and the rest is revalidated. The privacy
and offline suites run their served tests against the same host (``SERVERS`` in conftest.py).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from site_build import hosts, offline, security

from .conftest import SERVERS

pytestmark = pytest.mark.parametrize("server", SERVERS[1:], indirect=True)


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url) as response:  # noqa: S310 — 127.0.0.1 only
            return response.status, {name.lower(): value for name, value in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {name.lower(): value for name, value in error.headers.items()}, b""


def directives(policy: str) -> dict[str, list[str]]:
    return {part.split()[0]: sorted(part.split()[1:]) for part in policy.split(";") if part.strip()}


def test_each_page_header_policy_is_its_meta_policy_and_frame_ancestors(server, built_site: Path):
    pages = sorted(path.relative_to(built_site).as_posix() for path in built_site.rglob("*.html"))
    assert "index.html" in pages and "en/alat/pemeriksa.html" in pages
    for relative in pages:
        # Hosts serve x.html at /x too ("pretty URLs"), and dir/index.html at dir/.
        short = relative.removesuffix("index.html") if relative.endswith("index.html") else relative.removesuffix(".html")
        for address in (relative, short):
            status, headers, body = get(server + address)
            assert status == 200, address
            meta = hosts.meta_policy(body.decode("utf-8"))
            header = directives(headers["content-security-policy"])
            assert header.pop("frame-ancestors") == ["'none'"], address
            assert header == directives(meta), address  # the same policy, directive by directive
            assert headers["cache-control"] == "no-cache", address
            assert headers["x-content-type-options"] == "nosniff"


def test_worker_scripts_carry_a_policy_a_meta_tag_cannot_give(server, built_site: Path):
    # One search worker per language (site_build.search_stemming), each named by its content.
    search_workers = [path.relative_to(built_site).as_posix() for path in built_site.glob("assets/javascripts/workers/search-*.min.js")]
    assert len(search_workers) == 2, search_workers
    for script in ("sw.js", "assets/javascripts/thankyou-worker.js", *search_workers):
        status, headers, _body = get(server + script)
        assert status == 200, script
        policy = directives(headers["content-security-policy"])
        assert policy == directives(security.policy_for([])), script
        assert "'unsafe-eval'" not in policy["script-src"] and policy["connect-src"] == ["'self'"]
        if script.startswith("assets/javascripts/workers/"):
            assert get(server + script)[1]["cache-control"] == "public, max-age=31536000, immutable", script


def test_hashed_files_are_kept_and_the_rest_revalidated(server, built_site: Path):
    hashed = [path.relative_to(built_site).as_posix() for path in [
        next(built_site.glob("assets/javascripts/bundle.*.min.js")),
        next(built_site.glob("assets/stylesheets/main.*.min.css")),
        next(built_site.glob("assets/pyodide/stdlib/*/python_stdlib.zip")),
    ]]
    for path in hashed:
        assert get(server + path)[1]["cache-control"] == "public, max-age=31536000, immutable", path
    for path in ("sw.js", "assets/pyodide/pyodide-lock.json", "index.html"):
        assert get(server + path)[1]["cache-control"] == "no-cache", path
    # Not named by its content: the host's default (revalidated), never kept for a year.
    assert "immutable" not in get(server + "assets/javascripts/thankyou-widgets.js")[1].get("cache-control", "")


def test_precompressed_copies_say_what_they_hold(server, built_site: Path):
    status, headers, body = get(server + "assets/pyodide/pyodide.asm.wasm.br")
    assert status == 200
    assert (headers["content-type"], headers["content-encoding"]) == ("application/wasm", "br")
    assert body == (built_site / "assets/pyodide/pyodide.asm.wasm.br").read_bytes()
    headers = get(server + "index.html.gz")[1]
    assert (headers["content-type"], headers["content-encoding"]) == ("text/html; charset=utf-8", "gzip")
    # The file:// copy of the runtime is read from disk only, where no host sends an encoding.
    bundle = built_site / offline.FILE_BUNDLE_DIR
    assert any(bundle.glob("*.js")) and not [path.name for path in bundle.iterdir() if path.suffix in (".br", ".gz")]


def test_the_headers_file_itself_is_not_served_and_no_header_is_set_twice(server, built_site: Path):
    assert get(server + hosts.HEADERS_FILE)[0] == 404
    text = (built_site / hosts.HEADERS_FILE).read_text(encoding="utf-8")
    assert text.count("\n/") + 1 <= hosts.MAX_RULES  # Cloudflare Pages reads no more
    for relative in ("index.html", "assets/javascripts/thankyou-worker.js", "assets/pyodide/pyodide.asm.wasm.br"):
        headers = get(server + relative)[1]
        # The host joins a header named by two rules with ", ": a policy would then be two policies.
        assert ", default-src" not in headers.get("content-security-policy", ""), relative
        assert headers.get("cache-control", "").count("max-age") <= 1, relative
