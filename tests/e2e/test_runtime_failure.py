"""When Python cannot start, the page says so in plain words and stays usable."""

import functools
import shutil
import threading
from http.server import ThreadingHTTPServer

from playwright.sync_api import expect

from .conftest import QuietHandler


def test_missing_runtime_shows_a_clear_failure_and_keeps_the_answer(built_site, browser, tmp_path):
    broken = tmp_path / "site"
    shutil.copytree(built_site, broken)
    (broken / "assets" / "pyodide" / "pyodide.asm.wasm").unlink()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(broken)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{httpd.server_address[1]}/index.html")
        widget = page.locator(".ty-widget")
        expect(widget).to_have_attribute("data-state", "error", timeout=60_000)
        expect(page.locator(".ty-failed")).to_be_visible()
        expect(page.locator(".ty-failed")).to_contain_text("Alat ini tidak dapat dimuat.")
        expect(page.locator("[data-action=retry]")).to_be_visible()
        # The pre-rendered answer and the guide stay readable.
        expect(page.locator(".ty-verdict")).to_have_text("Ya, kirim. Dalam situasi ini email terima kasih memang diharapkan.")
        expect(page.locator("h1")).to_be_visible()
    finally:
        context.close()
        httpd.shutdown()
