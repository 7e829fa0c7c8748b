"""Never lose what the reader typed: reloads, language switches, other tools; and no storage at all."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from .conftest import CSP_WATCH, wait_for


def ready(page) -> None:
    expect(page.locator(".ty-widget").first).to_have_attribute("data-state", "ready")


def stored(page, tool: str = "check") -> dict:
    return json.loads(page.evaluate("(key) => localStorage.getItem(key)", f"thankyou:v1:{tool}") or "null")


def test_what_was_typed_follows_the_reader_to_the_other_language(watched, server):
    page = watched.page
    page.goto(server + "index.html")
    ready(page)
    page.select_option("select[name=stage]", "screening")
    page.fill("input[name=ended_at]", "2026-11-26T10:00")
    expect(page.locator(".ty-deadline")).to_have_attribute("data-deadline", "2026-11-27T10:00:00+07:00")
    # The language selector opens on hover; follow its English link as a reader would.
    page.hover(".md-select")
    page.click(".md-select__link[hreflang=en]")
    page.wait_for_url("**/en/index.html", wait_until="commit")
    ready(page)
    assert page.locator("select[name=stage]").input_value() == "screening"
    assert page.locator("input[name=ended_at]").input_value() == "2026-11-26T10:00"
    expect(page.locator(".ty-verdict")).to_have_text("Optional, but sending one is rarely a mistake.")


def test_what_was_typed_survives_moving_between_pages_and_tools(watched, server):
    page = watched.page
    page.goto(server + "alat/pemeriksa.html")
    ready(page)
    page.select_option("select[name=stage]", "final")
    page.fill("input[name=ended_at]", "2026-11-26T10:00")
    expect(page.locator(".ty-deadline")).to_have_attribute("data-deadline", "2026-11-27T10:00:00+07:00")
    # Through Material's instant navigation, then a full load of the home page's compact checker.
    page.click(".md-nav__link[href$='kirim-atau-tidak.html']")
    page.wait_for_url("**/kirim-atau-tidak.html", wait_until="commit")
    page.goto(server + "index.html")
    ready(page)
    assert page.locator("select[name=stage]").input_value() == "final"
    assert page.locator("input[name=ended_at]").input_value() == "2026-11-26T10:00"
    page.go_back()
    page.go_back()
    ready(page)
    assert page.locator("select[name=stage]").input_value() == "final"


def test_a_smaller_form_keeps_what_the_fuller_one_stored(watched, server):
    """The compact home tool must not drop fields that only the tool's own page has."""
    page = watched.page
    page.goto(server + "index.html")
    ready(page)
    page.evaluate("() => localStorage.setItem('thankyou:v1:check', JSON.stringify({stage: ['final'], only_on_full_page: ['kept']}))")
    page.reload()
    ready(page)
    assert page.locator("select[name=stage]").input_value() == "final"
    page.select_option("select[name=stage]", "screening")
    expect(page.locator("[data-verdict]")).to_have_attribute("data-verdict", "optional")
    wait_for(page, "() => JSON.parse(localStorage.getItem('thankyou:v1:check')).stage[0] === 'screening'")
    assert stored(page)["only_on_full_page"] == ["kept"]


STORAGE_FULL = """
Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };
"""
# Like a browser that blocks site data: touching localStorage at all throws. Material's own
# inline scripts read it too (for the colour palette), so only the tools' own script is given
# the throwing storage: the page's other scripts would fail the same way without us.
STORAGE_BLOCKED = """
(() => {
  const blocked = () => { throw new DOMException("Access is denied for this document.", "SecurityError"); };
  document.addEventListener("DOMContentLoaded", () => {}, { once: true });
  const real = Object.getOwnPropertyDescriptor(window, "localStorage");
  Object.defineProperty(window, "localStorage", {
    configurable: true,
    get() {
      const caller = new Error().stack || "";
      if (caller.includes("thankyou-widgets.js")) blocked();
      return real.get.call(window);
    },
  });
})();
"""


@pytest.mark.parametrize("storage", [STORAGE_FULL, STORAGE_BLOCKED], ids=["full", "blocked"])
def test_without_storage_the_tools_work_and_say_nothing_is_remembered(browser, server, storage):
    context = browser.new_context(locale="id-ID", timezone_id="Asia/Jakarta")
    context.add_init_script(CSP_WATCH)
    context.add_init_script(storage)
    errors: list[str] = []
    try:
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.goto(server + "index.html")
        ready(page)
        expect(page.locator("[data-memory-note=unavailable]")).to_be_hidden()
        page.select_option("select[name=stage]", "screening")
        expect(page.locator("[data-verdict]")).to_have_attribute("data-verdict", "optional")
        expect(page.locator("[data-memory-note=unavailable]")).to_be_visible()
        page.fill("input[name=ended_at]", "2026-11-26T10:00")
        expect(page.locator(".ty-deadline")).to_have_attribute("data-deadline", "2026-11-27T10:00:00+07:00")
        page.click("[data-action=forget]")
        expect(page.locator("select[name=stage]")).to_have_value("first")
    finally:
        context.close()
    assert not errors, errors
