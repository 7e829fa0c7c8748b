"""End to end: build the site once, serve it on 127.0.0.1, drive Debian's Chromium with Playwright.

Every page a test opens is watched: a console error, an uncaught exception, or a request that
leaves the site's own origin fails the test (see :class:`Watched`). Tests wait on the widgets'
``data-state`` and ``data-answered`` attributes, never on sleeps.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, expect, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
# The machines are shared and Python boots in the page: expect() waits as long as the pages do
# (60 s, see `watched`) instead of its 5 s default. A wait, never a timing assertion.
expect.set_options(timeout=60_000)
CHROMIUM_ARGS = [
    "--no-sandbox",  # these machines run tests as root
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`mkdocs build` into a fresh folder, exactly as a reader's copy is built."""
    site = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )
    return site


class QuietHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript", ".wasm": "application/wasm"}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="session")
def server(built_site: Path) -> Iterator[str]:
    """The built site on a real HTTP server at 127.0.0.1 (a random free port)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(built_site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = shutil.which("chromium")
    assert executable, "Chromium is missing: `make test` installs Debian's chromium package"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Watched:
    """What a page did: every request URL, console errors and uncaught exceptions."""

    page: Page
    origin: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def on_request(self, request: Request) -> None:
        self.requests.append(request.url)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(f"console: {message.text}")

    def foreign_requests(self) -> list[str]:
        return [url for url in self.requests if not (url.startswith(self.origin) or url.startswith(("data:", "blob:")))]


@pytest.fixture
def watched(browser: Browser, server: str) -> Iterator[Watched]:
    """A fresh browser context and page; fails the test on errors or requests to other origins."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID", timezone_id="Asia/Jakarta")
    page = context.new_page()
    page.set_default_timeout(60_000)
    state = Watched(page=page, origin=server)
    context.on("request", state.on_request)
    page.on("console", state.on_console)
    page.on("pageerror", lambda error: state.errors.append(f"pageerror: {error}"))
    yield state
    context.close()
    assert not state.errors, state.errors
    assert not state.foreign_requests(), state.foreign_requests()
