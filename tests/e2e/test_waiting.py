"""The explicit wait: it returns the value it waited for, gives up with a clear message, and is
the only wait by predicate the e2e tests use (Playwright's ``wait_for_function`` cannot pass the
built pages' policy, see waiting.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .waiting import wait_for

HERE = Path(__file__).resolve().parent


def test_wait_for_returns_the_value_once_it_is_truthy_and_fails_clearly_when_it_never_is(browser):
    page = browser.new_page()
    try:
        page.evaluate("setTimeout(() => { window.ready = 'yes'; }, 200)")
        assert wait_for(page, "name => window[name]", "ready") == "yes"
        with pytest.raises(AssertionError, match="timed out waiting for"):
            wait_for(page, "() => window.never", timeout=300)
    finally:
        page.close()


def test_no_e2e_test_waits_through_playwrights_wait_for_function():
    calls = {path.name: len(re.findall(r"\.wait_for_function\(", path.read_text(encoding="utf-8")))
             for path in HERE.glob("*.py")}
    assert not {name: count for name, count in calls.items() if count}, "use waiting.wait_for(page, ...) instead"
