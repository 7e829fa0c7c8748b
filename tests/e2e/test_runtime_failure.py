"""When Python cannot start or stops answering, the page says so in plain words and stays usable.

Each case breaks one thing in a copy of the built site (or in the running page), then checks:
the widget's own words for that cause (rendered by Python), the guide and the pre-rendered
answer still readable, and a retry button that starts a new worker once the cause is gone.
"""

from __future__ import annotations

import contextlib
import functools
import html
import json
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from thankyou.texts import texts_for
from thankyou.texts.common import CommonTexts

from .conftest import CSP_WATCH, QuietHandler, QuietServer
from .waiting import wait_for

WORDS = texts_for(CommonTexts, "id")


# What the browser itself logs for a file the test removed or broke: the one error the page
# does not choose. Anything else on the console (Python's fatal-error dump, Pyodide's own
# reports, an uncaught rejection) fails the test.
BROWSER_NETWORK_ERROR = re.compile(r"^console: Failed to load resource: ")


@contextlib.contextmanager
def broken_site(built_site: Path, tmp_path: Path, browser, breaks: Callable[[Path], None],
                handler: type = None, path: str = "index.html") -> Iterator:
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    breaks(site)
    httpd = QuietServer(("127.0.0.1", 0), functools.partial(handler or RevalidatingHandler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    context = browser.new_context(locale="id-ID", timezone_id="Asia/Jakarta")
    context.add_init_script(CSP_WATCH)
    errors: list[str] = []
    try:
        page = context.new_page()
        page.on("console", lambda message: message.type == "error" and errors.append(f"console: {message.text}"))
        page.on("pageerror", lambda error: errors.append(f"pageerror: {error}"))
        page.goto(f"http://127.0.0.1:{httpd.server_address[1]}/{path}")
        yield page, site
    finally:
        context.close()
        httpd.shutdown()
    unexpected = [error for error in errors if not BROWSER_NETWORK_ERROR.match(error)]
    assert not unexpected, unexpected


class RevalidatingHandler(QuietHandler):
    """Asks the browser to revalidate every file. Without it, Chromium's heuristic freshness
    (a tenth of the time since Last-Modified) could keep the just-broken file for a retry
    made within a second or so on a loaded machine, and the test would measure the HTTP cache."""

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


def restore(path: Path, original: bytes) -> None:
    """Put the built file back, dated later than the broken one (If-Modified-Since has
    one-second steps, so a restore within the same second would otherwise get a 304)."""
    path.write_bytes(original)
    later = path.stat().st_mtime + 5
    os.utime(path, (later, later))


def expect_failure_said_plainly(page, reason: str) -> None:
    widget = page.locator(".ty-widget")
    expect(widget).to_have_attribute("data-state", "error")
    failed = page.locator(".ty-failed")
    expect(failed).to_be_visible()
    expect(failed).to_contain_text(WORDS.failed_title)
    expect(page.locator(f"[data-failure-reason={reason}]")).to_be_visible()
    expect(page.locator(f"[data-failure-reason={reason}]")).to_have_text(WORDS.failure_reasons[reason])
    assert page.locator("[data-failure-reason]:visible").count() == 1
    expect(page.locator("[data-action=retry]")).to_be_visible()
    # The pre-rendered answer and the guide stay readable.
    expect(page.locator(".ty-verdict")).to_have_text("Ya, kirim. Dalam situasi ini email terima kasih memang diharapkan.")
    expect(page.locator("h1")).to_be_visible()


def package_file_of(site: Path) -> Path:
    """The file the home page's worker gets our package from: with the compiled standard library
    (the site as built), that zip, which holds every package the tools use; else our wheel."""
    runtime = json.loads(html.unescape(re.search(r'data-runtime="([^"]+)"', (site / "index.html").read_text()).group(1)))
    if runtime.get("stdLibURL"):
        assert "thankyou" not in runtime["install"], runtime  # inside the compiled zip, not installed
        return site / runtime["stdLibURL"]
    lock = json.loads((site / "assets" / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))
    return site / "assets" / "pyodide" / lock["packages"]["thankyou"]["file_name"]


def corrupt(path: Path) -> bytes:
    original = path.read_bytes()
    path.write_bytes(b"not what was built " * 64)
    return original


def test_missing_runtime_shows_a_clear_failure_and_keeps_the_answer(built_site, browser, tmp_path):
    def remove_wasm(site: Path) -> None:
        (site / "assets" / "pyodide" / "pyodide.asm.wasm").unlink()

    with broken_site(built_site, tmp_path, browser, remove_wasm) as (page, _):
        expect_failure_said_plainly(page, "wasm")


def test_blocked_webassembly_is_said_plainly_and_retry_recovers(built_site, browser, tmp_path):
    originals = {}

    def damage_wasm(site: Path) -> None:
        originals["wasm"] = corrupt(site / "assets" / "pyodide" / "pyodide.asm.wasm")

    with broken_site(built_site, tmp_path, browser, damage_wasm) as (page, site):
        expect_failure_said_plainly(page, "wasm")
        restore(site / "assets" / "pyodide" / "pyodide.asm.wasm", originals["wasm"])
        page.click("[data-action=retry]")
        expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
        page.select_option("select[name=stage]", "screening")
        expect(page.locator("[data-verdict]")).to_have_attribute("data-verdict", "optional")


def test_a_corrupt_package_is_said_plainly_and_retry_recovers(built_site, browser, tmp_path):
    originals = {}

    def damage_package(site: Path) -> None:
        originals["package"] = corrupt(package_file_of(site))

    with broken_site(built_site, tmp_path, browser, damage_package) as (page, site):
        expect_failure_said_plainly(page, "package")
        restore(package_file_of(site), originals["package"])
        page.click("[data-action=retry]")
        expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
        page.select_option("select[name=stage]", "screening")
        expect(page.locator("[data-verdict]")).to_have_attribute("data-verdict", "optional")


def test_a_worker_killed_mid_request_is_noticed_plainly_and_retry_restarts_it(built_site, browser, tmp_path):
    with broken_site(built_site, tmp_path, browser, lambda site: None) as (page, _):
        expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
        expect(page.locator(".ty-widget")).to_have_attribute("data-answered", "1")
        workers = [worker for worker in page.workers if worker.url.endswith("thankyou-worker.js")]
        assert len(workers) == 1
        with contextlib.suppress(Exception):
            workers[0].evaluate("self.close()")
        # The next request is not even taken: the page notices the worker is gone and says so.
        page.select_option("select[name=stage]", "screening")
        expect_failure_said_plainly(page, "stopped")
        page.click("[data-action=retry]")
        expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
        expect(page.locator("[data-verdict]")).to_have_attribute("data-verdict", "optional")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_failure_cause_has_words_in_both_languages(lang):
    words = texts_for(CommonTexts, lang).failure_reasons
    assert set(words) == {"wasm", "runtime", "package", "timeout", "stopped", "bundle", "offline", "stalled"}
    assert all(text.strip().endswith(".") for text in words.values())


def compiled_stdlib_of(site: Path) -> Path:
    runtime = json.loads(html.unescape(re.search(r'data-runtime="([^"]+)"', (site / "index.html").read_text()).group(1)))
    return site / runtime["stdLibURL"]


def test_a_missing_standard_library_is_damaged_files_without_pythons_fatal_error_dump(built_site, browser, tmp_path):
    with broken_site(built_site, tmp_path, browser, lambda site: compiled_stdlib_of(site).unlink()) as (page, _):
        expect_failure_said_plainly(page, "package")
        # The technical detail stays for whoever debugs, off the console.
        assert "encodings" in page.locator(".ty-widget").get_attribute("data-failure-detail")


def test_an_unreadable_lock_file_is_damaged_files_and_no_page_error(built_site, browser, tmp_path):
    def damage_lock(site: Path) -> None:
        (site / "assets" / "pyodide" / "pyodide-lock.json").write_text("{not json", encoding="utf-8")

    with broken_site(built_site, tmp_path, browser, damage_lock) as (page, _):
        expect_failure_said_plainly(page, "package")


class StallingHandler(RevalidatingHandler):
    """Serves the compiled standard library's first bytes, then nothing more (a dead connection)."""

    def do_GET(self) -> None:  # noqa: N802
        if not self.path.split("?")[0].endswith("python_stdlib.zip"):
            return super().do_GET()
        self.send_response(200)
        self.send_header("Content-Type", "application/zip")
        self.send_header("Content-Length", "2000000")
        self.end_headers()
        self.wfile.write(b"PK" + b"\0" * 1000)
        self.wfile.flush()
        self.release.wait(90)  # until the test ends


def test_a_download_that_stalls_is_said_within_the_wait_not_after_two_minutes(built_site, browser, tmp_path):
    stalled = threading.Event()
    handler = type("Handler", (StallingHandler,), {"release": stalled})
    with broken_site(built_site, tmp_path, browser, lambda site: None, handler=handler) as (page, _):
        try:
            # expect() waits 60 s at most; the page's own boot timeout is 120 s.
            expect_failure_said_plainly(page, "stalled")
        finally:
            stalled.set()


def test_offline_without_a_stored_runtime_is_named_offline(built_site, browser, tmp_path):
    with broken_site(built_site, tmp_path, browser, lambda site: None, path="kirim-atau-tidak.html") as (page, _):
        # A guide page installs the service worker, which stores the pages but not the runtime.
        wait_for(page, "() => navigator.serviceWorker.controller !== null")
        page.context.set_offline(True)
        page.goto(page.url.replace("kirim-atau-tidak.html", "index.html"))
        expect_failure_said_plainly(page, "offline")
