"""End to end: build the site once, serve it on 127.0.0.1, drive Debian's Chromium with Playwright.

Every page a test opens is watched: a console error, an uncaught exception, a
Content-Security-Policy violation, or a request that leaves the site's own origin fails the test
(see :class:`Watched`). Tests wait on the widgets' ``data-state`` and ``data-answered``
attributes, never on sleeps: with ``expect(...)``, or with ``waiting.wait_for(page, predicate)``.
"""

from __future__ import annotations

import contextlib
import functools
import shutil
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, expect, sync_playwright
from playwright.sync_api import Error as PlaywrightError

from .static_host import AppliesHeaders
from .waiting import wait_for  # noqa: F401 - its old home: `from .conftest import wait_for` still works

if TYPE_CHECKING:
    from tests.conftest import SiteBuild

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
    # Cheaper to run, the same to the pages (none uses WebGL, and WebAssembly means the same in
    # either tier): no GPU process, and the runtime's code compiled once, without the optimising
    # tier's second compile in the background. Together a third less processor time per start of
    # Python, which every browser test pays. Speed is the bench's to measure, with Chromium's
    # defaults (bench/__main__.py); these tests check behaviour.
    "--disable-gpu",
    "--js-flags=--liftoff-only",
]


# `built_site` (the site built once per run) is in tests/conftest.py: tests/build and tests/bench use it too.


class QuietHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript", ".wasm": "application/wasm"}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class QuietServer(ThreadingHTTPServer):
    """A test's server: a page closed mid-download (the test is over) is no error worth a traceback."""

    def handle_error(self, request: object, client_address: tuple[str, int]) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class HostHandler(AppliesHeaders, QuietHandler):
    """The site as Netlify or Cloudflare Pages serve it: with the headers of its ``_headers``."""


# Which server: "plain" (headers of a bare static server, as `python -m http.server`) unless a test
# module asks for both, `pytest.mark.parametrize("server", SERVERS, indirect=True)`: "headers" is
# a host applying the build's _headers (static_host.py).
SERVERS = ["plain", "headers"]


@pytest.fixture(scope="session")
def server(built_site: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The built site on a real HTTP server at 127.0.0.1 (a random free port)."""
    handler = {"plain": QuietHandler, "headers": HostHandler}[getattr(request, "param", "plain")]
    httpd = QuietServer(("127.0.0.1", 0), functools.partial(handler, directory=str(built_site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="session")
def site_url(site_build: SiteBuild) -> Iterator[str]:
    """The built site served at the very address it was built for, where instant navigation works."""
    httpd = QuietServer(site_build.listener.getsockname(), functools.partial(QuietHandler, directory=str(site_build.path)),
                                bind_and_activate=False)
    httpd.socket.close()
    httpd.socket = site_build.listener
    httpd.server_activate()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield site_build.url
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = shutil.which("chromium")
    assert executable, "Chromium is missing: `make test` installs Debian's chromium package"
    # No browser.close() at the end: under load it once never returned (all tests passed, the run
    # hung). Leaving the block stops Playwright's driver, which closes Chromium, or kills it after 30 s.
    with sync_playwright() as playwright:
        yield playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)


# Reports every policy violation as a console error, in the page and in each frame it makes
# (Material's file:// search runs in a hidden frame): the watchers fail the test on it.
CSP_WATCH = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile}:${event.lineNumber}`);
});
"""


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
            where = message.location.get("url", "") if message.location else ""
            self.errors.append(f"console: {message.text}" + (f" ({where})" if where else ""))

    def foreign_requests(self) -> list[str]:
        return [url for url in self.requests if not (url.startswith(self.origin) or url.startswith(("data:", "blob:")))]


@contextlib.contextmanager
def open_watched(browser: Browser, origin: str, **context_options: object) -> Iterator[Watched]:
    """A fresh context and page, watched; fails on errors, policy violations or requests elsewhere."""
    options = {"viewport": {"width": 1280, "height": 900}, "locale": "id-ID", "timezone_id": "Asia/Jakarta", **context_options}
    context = browser.new_context(**options)
    page = context.new_page()
    page.set_default_timeout(60_000)
    state = Watched(page=page, origin=origin)
    context.add_init_script(CSP_WATCH)
    context.on("request", state.on_request)
    page.on("console", state.on_console)
    page.on("pageerror", lambda error: state.errors.append(f"pageerror: {error}"))
    yield state
    # The page is left first, under a timeout: closing a context with a navigation or Python's
    # worker still busy once left Chromium never answering (the run hung at context.close()).
    with contextlib.suppress(PlaywrightError):
        page.goto("about:blank", timeout=30_000)
    context.close()
    assert not state.errors, state.errors
    assert not state.foreign_requests(), state.foreign_requests()


@pytest.fixture
def watched(browser: Browser, server: str) -> Iterator[Watched]:
    """A fresh browser context and page on the served site (see :func:`open_watched`)."""
    with open_watched(browser, server) as state:
        yield state


@pytest.fixture
def watched_disk(browser: Browser, built_site: Path) -> Iterator[Watched]:
    """Like ``watched``, for the site opened from disk: ``origin`` is the site folder's file:// URL."""
    with open_watched(browser, built_site.as_uri() + "/") as state:
        yield state
