"""The explicit wait (waiting.py): it returns the value it waited for and gives up with a clear message."""

from __future__ import annotations

import pytest

from .waiting import wait_for


def test_wait_for_returns_the_value_once_it_is_truthy_and_fails_clearly_when_it_never_is(browser):
    page = browser.new_page()
    try:
        page.evaluate("setTimeout(() => { window.ready = 'yes'; }, 200)")
        assert wait_for(page, "name => window[name]", "ready") == "yes"
        with pytest.raises(AssertionError, match="timed out waiting for"):
            wait_for(page, "() => window.never", timeout=300)
    finally:
        page.close()
