"""Private by construction: a strict policy on every page, and nothing a reader does leaves the site.

The pages and the tools are discovered from the built site, so pages and tools added later are
covered as they land (`make test` walks one page of each kind, `make test-thorough` every page:
``sweep.pages``). The ``watched`` fixture fails on any request to another origin and on any
Content-Security-Policy violation.
"""

from __future__ import annotations

import re
import zipfile

import pytest
from playwright.sync_api import expect

from site_build import offline

from . import sweep
from .conftest import SERVERS
from .tools import DISCOVER, SET_AND_WAIT, sample_value, site_pages

POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="(?P<policy>[^"]+)">')


def directives(policy: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def test_every_page_carries_a_strict_policy_before_any_script(built_site):
    pages = site_pages(built_site)
    assert "index.html" in pages and "en/index.html" in pages
    for page in pages:
        html = (built_site / page).read_text(encoding="utf-8")
        match = POLICY.search(html)
        assert match, f"{page}: no Content-Security-Policy"
        assert match.start() < html.index("<script"), f"{page}: a script comes before the policy"
        policy = directives(match["policy"])
        assert policy["default-src"] == ["'self'"]
        assert policy["connect-src"] == ["'self'"]
        assert "'wasm-unsafe-eval'" in policy["script-src"]
        assert not {"'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"} & set(policy["script-src"]), page
        assert "'unsafe-inline'" not in policy["style-src"]
        assert all(source.startswith(("'self'", "'sha256-", "'wasm-unsafe-eval'", "blob:")) for source in policy["script-src"])
        # Every resource the page loads (scripts, images, styles, icons) is on this site.
        # (A canonical or alternate <link> names an address; it loads nothing.)
        loading_link = r'<link\b(?=[^>]*\brel="(?:stylesheet|icon|preload|modulepreload|prefetch|manifest)")[^>]*href="(?:https?:)?//'
        assert not re.search(r'src="(?:https?:)?//|' + loading_link, html), page


FIRST_IN_HEAD = re.compile(r'<head>\s*<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]+">')


def test_the_policy_is_first_in_the_head_of_every_page_the_offline_zip_included(built_site):
    """A policy in a meta tag covers only what follows it: only the charset may come before it."""
    pages = {path: (built_site / path).read_text(encoding="utf-8") for path in site_pages(built_site)}
    with zipfile.ZipFile(built_site / offline.SITE_ZIP) as archive:
        zipped = {name: archive.read(name).decode("utf-8") for name in archive.namelist()
                  if name.endswith(".html") and "/assets/" not in name}
    assert len(zipped) == len(pages) > 10
    for path, html in {**pages, **zipped}.items():
        assert FIRST_IN_HEAD.search(html), f"{path}: something comes before the policy in <head>"
        assert html.count("<meta charset") == 1, path


def test_no_page_links_to_a_script_or_style_elsewhere(built_site):
    for page in site_pages(built_site):
        html = (built_site / page).read_text(encoding="utf-8")
        assert "unpkg.com" not in html and "cdn.jsdelivr" not in html and "fonts.googleapis" not in html, page


# Each host and each language (sweep.pairs); both hosts in both languages under `make test-thorough`.
@pytest.mark.parametrize(("server", "lang_root"), sweep.pairs(SERVERS, ["", "en/"]), indirect=["server"])
def test_every_page_and_every_tool_stays_on_this_site(watched, server, built_site, lang_root):
    page = watched.page
    pages = [path for path in site_pages(built_site) if (path.startswith("en/") if lang_root else not path.startswith("en/"))]
    used = set()
    for path in sweep.pages(built_site, pages):
        page.goto(server + path)
        expect(page.locator("h1").first).to_be_visible()
        for tool in page.evaluate(DISCOVER):
            root = page.locator(".ty-widget[data-tool]").nth(tool["index"])
            expect(root).to_have_attribute("data-state", "ready")
            for field in tool["fields"]:
                result = page.evaluate(SET_AND_WAIT, [tool["index"], field["name"], sample_value(field)])
                assert result["replied"] and result["state"] == "ready", (path, field, result)
            used.add(tool["tool"])
    assert used, "no tool found on any page"
    assert all(url.startswith(server) or url.startswith(("data:", "blob:")) for url in watched.requests)


@pytest.mark.parametrize("server", SERVERS, indirect=True)
def test_the_privacy_page_forgets_everything_the_tools_stored(watched, server):
    page = watched.page
    page.goto(server + "index.html")
    expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
    page.select_option("select[name=stage]", "screening")
    expect(page.locator("[data-verdict]")).to_have_attribute("data-verdict", "optional")
    stored = page.evaluate("Object.keys(localStorage).filter(key => key.startsWith('thankyou:'))")
    assert stored == ["thankyou:v1:check"]

    page.goto(server + "privasi.html")
    page.evaluate("() => __md_set('__palette', {index: 1})")
    assert page.evaluate("Object.keys(localStorage).some(key => key.endsWith('.__palette'))")
    button = page.locator(".md-content [data-action=forget]")
    expect(button).to_be_visible()
    button.click()
    expect(page.locator(".md-content [data-memory-note=forgotten]")).to_be_visible()
    assert page.evaluate("Object.keys(localStorage).filter(key => key.startsWith('thankyou:'))") == []
    assert page.evaluate("Object.keys(localStorage)") == []


# The page's policy (a meta tag) does not govern the worker: it refuses other origins itself.
FROM_THE_WORKER = """async (elsewhere) => {
  const outcome = async (attempt) => { try { await attempt(); return "went out"; } catch (error) { return String(error); } };
  return {
    fetch: await outcome(() => fetch(elsewhere)),
    request: await outcome(() => fetch(new Request(elsewhere))),
    xhr: await outcome(() => { const xhr = new XMLHttpRequest(); xhr.open("GET", elsewhere); xhr.send(); }),
    socket: typeof WebSocket,
    own: (await fetch("pyodide-lock.json".replace(/^/, new URL("../pyodide/", location.href).href))).status,
  };
}"""


def test_the_worker_refuses_to_reach_another_origin(watched, server):
    page = watched.page
    page.goto(server + "alat/pemeriksa.html")
    expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
    worker = next(worker for worker in page.workers if worker.url.endswith("thankyou-worker.js"))
    result = worker.evaluate(FROM_THE_WORKER, "http://127.0.0.1:9/elsewhere")
    assert result["fetch"].startswith("TypeError: refused") and result["request"].startswith("TypeError: refused"), result
    assert result["xhr"].startswith("TypeError: refused"), result
    assert result["socket"] == "undefined"
    assert result["own"] == 200
    assert not [url for url in watched.requests if ":9/" in url]
