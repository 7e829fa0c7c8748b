"""Offline, three ways: served then cut off (service worker), opened from disk, unpacked from the zip."""

from __future__ import annotations

import functools
import hashlib
import html
import io
import json
import re
import shutil
import threading
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from site_build import offline
from thankyou.texts import texts_for
from thankyou.texts.check import CheckTexts

from .conftest import SERVERS, QuietHandler, QuietServer
from .waiting import wait_for

# The home page's pre-rendered verdict, in Indonesian: the sentence a new build will change.
SEND = texts_for(CheckTexts, "id").verdicts["send"]
NEW_SEND = SEND.upper()  # same length: it can stand in for the old one even inside bytecode

RUNTIME_KEPT = """async (path) => {
  const names = await caches.keys();
  if (names.length !== 1) return false;
  const cache = await caches.open(names[0]);
  return Boolean(await cache.match(new URL(path, location.href).href)) && names[0];
}"""


def answer_screening(page, verdict_text: str = "Tidak wajib, tetapi mengirimnya jarang keliru.") -> None:
    widget = page.locator(".ty-widget").first
    expect(widget).to_have_attribute("data-state", "ready")
    page.select_option("select[name=stage]", "screening")
    expect(page.locator("[data-verdict]").first).to_have_attribute("data-verdict", "optional")
    expect(page.locator(".ty-verdict").first).to_have_text(verdict_text)


def serve(folder: Path) -> QuietServer:
    httpd = QuietServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


@pytest.mark.parametrize("server", SERVERS, indirect=True)
def test_a_served_site_keeps_working_offline_after_the_first_visit(watched, server):
    page = watched.page
    page.goto(server + "index.html")
    answer_screening(page)
    # The service worker takes over and, once Python has started, keeps the runtime too.
    wait_for(page, "() => navigator.serviceWorker.controller !== null")
    wait_for(page, RUNTIME_KEPT, "assets/pyodide/pyodide.asm.wasm")
    page.goto(server + "alat/pemeriksa.html")
    answer_screening(page)

    page.context.set_offline(True)
    try:
        for url in ("index.html", "alat/pemeriksa.html", "en/alat/pemeriksa.html", "kirim-atau-tidak.html"):
            page.goto(server + url)
            expect(page.locator("h1")).to_be_visible()
        page.goto(server + "alat/pemeriksa.html")
        answer_screening(page)
        page.goto(server + "en/index.html")
        answer_screening(page, "Optional, but sending one is rarely a mistake.")
    finally:
        page.context.set_offline(False)


def _rebuild_with_a_changed_answer(site: Path) -> str:
    """Stand-in for a new build whose Python says something else: change the verdict in the Python
    the page loads (the compiled standard library holding our package, else our wheel), then sw.js."""
    runtime = json.loads(html.unescape(re.search(r'data-runtime="([^"]+)"', (site / "index.html").read_text()).group(1)))
    lock_path = site / "assets" / "pyodide" / "pyodide-lock.json"
    lock = json.loads(lock_path.read_text(encoding="utf-8"))
    if runtime.get("stdLibURL"):
        archive_path, member = site / runtime["stdLibURL"], "thankyou/texts/check.pyc"
    else:
        archive_path, member = lock_path.parent / lock["packages"]["thankyou"]["file_name"], "thankyou/texts/check.py"
    source, changed = io.BytesIO(archive_path.read_bytes()), io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(changed, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == member:
                # Same length, so the bytecode's own string lengths stay right.
                assert SEND.encode() in data
                data = data.replace(SEND.encode(), NEW_SEND.encode())
            new.writestr(item, data)
    archive_path.write_bytes(changed.getvalue())
    if not runtime.get("stdLibURL"):
        lock["packages"]["thankyou"]["sha256"] = hashlib.sha256(changed.getvalue()).hexdigest()
        lock_path.write_text(json.dumps(lock, indent=1), encoding="utf-8")
    return offline.write_service_worker(site)


def test_a_new_build_replaces_the_cache_and_never_serves_the_old_python(built_site, browser, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    httpd = serve(site)
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base + "index.html")
        expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
        expect(page.locator(".ty-verdict")).to_have_text(SEND)
        first_cache = wait_for(page, RUNTIME_KEPT, "assets/pyodide/pyodide.asm.wasm")

        new_cache = _rebuild_with_a_changed_answer(site)
        assert new_cache != first_cache
        # The browser finds the new sw.js on the next visit; it fills its cache and takes over. The page is let
        # start first, as a reader's would: an update() asked for in the same instant as the reload's own update
        # check, while the page's Python starts, left the new worker waiting past the wait here (seen 2026-12-01,
        # with this stop's build and with the one before it alike).
        page.reload()
        expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
        page.evaluate("async () => (await navigator.serviceWorker.ready).update()")
        wait_for(page, "async (name) => JSON.stringify(await caches.keys()) === JSON.stringify([name])", new_cache)
        page.reload()
        expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
        expect(page.locator(".ty-verdict")).to_have_text(NEW_SEND)
    finally:
        context.close()
        httpd.shutdown()


def test_opened_from_disk_the_tools_and_the_search_work(watched_disk):
    page = watched_disk.page
    page.goto(watched_disk.origin + "index.html")
    answer_screening(page)
    page.click(".md-search__input")
    page.locator(".md-search__input").press_sequentially("email")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    page.goto(watched_disk.origin + "en/alat/pemeriksa.html")
    answer_screening(page, "Optional, but sending one is rarely a mistake.")
    assert all(url.startswith(("file://", "blob:", "data:")) for url in watched_disk.requests)


def test_the_zip_unpacked_opens_from_disk_with_working_tools(built_site, browser, tmp_path):
    with zipfile.ZipFile(built_site / offline.SITE_ZIP) as archive:
        names = archive.namelist()
        assert all(name.startswith("thankyou-offline/") for name in names)
        assert "thankyou-offline/index.html" in names and offline.SITE_ZIP not in {Path(n).name for n in names}
        archive.extractall(tmp_path)
    context = browser.new_context()
    errors: list[str] = []
    try:
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.goto((tmp_path / "thankyou-offline" / "index.html").as_uri())
        answer_screening(page)
    finally:
        context.close()
    assert not errors, errors


def test_the_service_worker_lists_every_file_of_the_build_with_its_hash(built_site):
    text = (built_site / offline.SERVICE_WORKER).read_text(encoding="utf-8")
    build = json.loads(text[len("const BUILD = "): text.index(";\n")])
    assert build["cache"].startswith("thankyou-")
    for path in ("index.html", "en/index.html", "search/search_index.json", "assets/pyodide/pyodide.asm.wasm",
                 "assets/pyodide/pyodide-lock.json"):
        assert path in build["files"], path
    # What the tools load: the compiled standard library, holding every package. The wheels and
    # the full source zip serve only the plain start, so they are not stored.
    assert any(path.startswith("assets/pyodide/stdlib/") for path in build["files"])
    assert not any(path.startswith("assets/pyodide/wheels/") for path in build["files"])
    assert "assets/pyodide/python_stdlib.zip" not in build["files"]
    assert not any(path.startswith("assets/offline/") or path.endswith(".map") for path in build["files"])
    assert build["files"]["index.html"] == offline.integrity((built_site / "index.html").read_bytes())
