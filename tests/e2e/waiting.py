"""Waiting in a page, explicitly: a test calls :func:`wait_for` (or :func:`wait_for_answer`) itself.

:func:`wait_for` polls a predicate with ``page.evaluate`` (DevTools evaluation, which the pages'
strict policy does not govern) until it is truthy, as long as the pages may take to start Python,
and says what it waited for when it gives up. It replaces the session-wide patch that once made
every ``Page.wait_for_function`` this: nothing of Playwright's is changed any more. (Playwright's
own ``wait_for_function`` works on the built pages too, checked with Playwright 1.65 and Debian's
Chromium 156; the tests use this one so a wait reads the same everywhere.) Waits are waits, never
timing assertions: the machines are shared.
"""

from __future__ import annotations

import time

from playwright.sync_api import Page

TIMEOUT_MS = 60_000  # as long as the pages wait for Python to start (see conftest.watched)
POLL_MS = 50


def wait_for(page: Page, expression: str, arg: object = None, timeout: float | None = None) -> object:
    """Wait until ``expression`` (a JS expression or function of ``arg``) is truthy; return its value.

    ``timeout`` in milliseconds, as Playwright counts (60 s unless given).
    """
    deadline = time.monotonic() + (TIMEOUT_MS if timeout is None else timeout) / 1000
    while True:
        value = page.evaluate(expression, arg)
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression} (arg {arg!r})")
        page.wait_for_timeout(POLL_MS)


def answered(page: Page) -> int:
    """How many answers the page's (first) tool has shown: its ``data-answered``."""
    return int(page.locator(".ty-widget").first.get_attribute("data-answered") or 0)


def wait_for_answer(page: Page, after: int = 0) -> int:
    """Wait until the page's (first) tool has shown an answer newer than ``after``; return its number."""
    wait_for(page, "after => Number(document.querySelector('.ty-widget').dataset.answered || 0) > after", after)
    return answered(page)
