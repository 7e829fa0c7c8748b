"""Never lose what the reader typed: reloads, language switches, other tools; and no storage at all."""

from __future__ import annotations

import json
import re
import urllib.parse

import pytest
from playwright.sync_api import expect

from . import sweep
from .conftest import open_watched
from .waiting import wait_for


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
    page.evaluate("() => localStorage.setItem('thankyou:v1:check', JSON.stringify({stage: ['final'], format: ['phone']}))")
    page.reload()
    ready(page)
    assert page.locator("select[name=stage]").input_value() == "final"
    page.select_option("select[name=stage]", "screening")
    expect(page.locator("[data-verdict]")).to_have_attribute("data-verdict", "optional")
    wait_for(page, "() => JSON.parse(localStorage.getItem('thankyou:v1:check')).stage[0] === 'screening'")
    assert stored(page)["format"] == ["phone"]


STORAGE_FULL = """
Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };
"""
# Like a browser that blocks site data: reading window.localStorage at all throws, for every
# script on the page (Material's inline helpers included: the site ships them guarded).
STORAGE_BLOCKED = """
Object.defineProperty(window, "localStorage", {
  configurable: true,
  get() { throw new DOMException("Access is denied for this document.", "SecurityError"); },
});
"""
# The object is there, but every use of it throws.
STORAGE_METHODS_THROW = """
for (const name of ["getItem", "setItem", "removeItem", "key", "clear"]) {
  Storage.prototype[name] = function () { throw new DOMException("Access is denied for this document.", "SecurityError"); };
}
Object.defineProperty(Storage.prototype, "length", { get() { throw new DOMException("denied", "SecurityError"); } });
"""
STORAGE_WAYS = [STORAGE_FULL, STORAGE_BLOCKED, STORAGE_METHODS_THROW]
STORAGE_IDS = ["full", "blocked", "methods-throw"]


@pytest.mark.parametrize("storage", STORAGE_WAYS, ids=STORAGE_IDS)
def test_without_storage_the_tools_work_and_say_nothing_is_remembered(browser, server, storage):
    with open_watched(browser, server) as watched:  # fails on any page error or console error
        page = watched.page
        page.context.add_init_script(storage)
        page.goto(server + "index.html")
        ready(page)
        expect(page.locator("[data-memory-note=unavailable]")).to_be_hidden()
        page.select_option("select[name=stage]", "screening")
        expect(page.locator("[data-verdict]")).to_have_attribute("data-verdict", "optional")
        expect(page.locator("[data-memory-note=unavailable]")).to_be_visible()
        page.fill("input[name=ended_at]", "2026-11-26T10:00")
        expect(page.locator(".ty-deadline")).to_have_attribute("data-deadline", "2026-11-27T10:00:00+07:00")
        page.click(".ty-widget [data-action=forget]")
        expect(page.locator("select[name=stage]")).to_have_value("first")


@pytest.mark.parametrize("storage", STORAGE_WAYS, ids=STORAGE_IDS)
def test_without_storage_no_page_raises_an_error_and_the_colour_toggle_works(browser, server, storage):
    with open_watched(browser, server) as watched:  # fails on any page error or console error
        page = watched.page
        page.context.add_init_script(storage)
        for path in ("kirim-atau-tidak.html", "en/index.html", "alat/pembuat-email.html", "privasi.html"):
            page.goto(server + path)
            expect(page.locator("h1").first).to_be_visible()
            toggle = page.locator("form[data-md-component=palette] label:visible").first
            expect(toggle).to_be_visible()
            scheme = page.evaluate("document.body.dataset.mdColorScheme")
            toggle.click()
            wait_for(page, "(before) => document.body.dataset.mdColorScheme !== before", scheme)
            if page.locator(".ty-widget").count():
                ready(page)
        page.click(".md-content [data-action=forget]")
        expect(page.locator(".md-content [data-memory-note=forgotten]")).to_be_visible()


# ---- Hostile links and stored values: bounded by Python before the form is built ------------

TOOL_PAGES = {"check": "alat/pemeriksa.html", "draft": "alat/pembuat-email.html", "review": "alat/peninjau-draf.html"}

# The form as it stands: items per group, and each group's maximum.
FORM_SHAPE = """() => Object.fromEntries([...document.querySelectorAll('.ty-widget [data-repeat]')].map((group) => [
  group.dataset.repeat,
  { items: group.querySelectorAll(':scope [data-repeat-items] > [data-repeat-item]').length, max: Number(group.dataset.max) },
]))"""


def huge_link(page) -> str:
    """A ~100 KB #prefill for the tool on the page: thousands of group items, or one huge text."""
    names = page.evaluate("() => [...document.querySelector('.ty-widget form').elements]"
                          ".filter((c) => c.name && ['text', 'textarea'].includes(c.type)).map((c) => c.name)")
    item = next((name for name in names if name.count(".") == 2), None)
    if item:
        group, _index, field = item.split(".")
        values = {f"{group}.{index}.{field}": [f"Nama {index}"] for index in range(3300)}
    else:
        values = {names[0]: ["x" * 100_000]}
    text = json.dumps(values, separators=(",", ":"))
    assert len(text) >= 100_000
    return "#prefill=" + urllib.parse.quote(text, safe="")


# The two oversize inputs take turns over the tools (all tools each under `make test-thorough`).
@pytest.mark.parametrize("tool", sweep.turn(sorted(TOOL_PAGES), 1, 2))  # the generator, whose groups are the largest
def test_a_huge_link_leaves_the_tool_ready_with_its_form_at_its_limits_and_stores_nothing(watched, server, tool):
    page = watched.page
    page.goto(server + TOOL_PAGES[tool])
    ready(page)
    link = huge_link(page)
    page.goto("about:blank")
    page.goto(server + TOOL_PAGES[tool] + link)
    ready(page)
    expect(page.locator(".ty-widget").first).to_have_attribute("data-answered", re.compile(r"\d"))
    for name, shape in page.evaluate(FORM_SHAPE).items():
        assert shape["items"] == shape["max"], (name, shape)
    # What was left out is said once, in the page's language.
    note = page.locator("[data-restore-note]")
    expect(note).to_be_visible()
    expect(note).to_contain_text("tautan")
    assert "#prefill=" not in page.url
    assert stored(page, tool) is None, "a link is not stored before the reader types"
    # The next visit, without the link, replays nothing.
    page.reload()
    ready(page)
    for name, shape in page.evaluate(FORM_SHAPE).items():
        assert shape["items"] == 1, (name, shape)
    expect(note).to_be_hidden()


@pytest.mark.parametrize("tool", sweep.turn(sorted(TOOL_PAGES), 0, 2))
def test_a_4mb_stored_value_is_discarded_and_never_replayed(watched, server, tool):
    page = watched.page
    page.goto(server + TOOL_PAGES[tool])
    ready(page)
    page.evaluate(
        "(key) => localStorage.setItem(key, JSON.stringify(Object.fromEntries("
        "Array.from({length: 40000}, (_, i) => [`interviewers.${i}.name`, ['x'.repeat(90)]]))))",
        f"thankyou:v1:{tool}",
    )
    assert len(page.evaluate("(key) => localStorage.getItem(key)", f"thankyou:v1:{tool}")) > 4_000_000
    page.reload()
    ready(page)
    expect(page.locator(".ty-widget").first).to_have_attribute("data-answered", re.compile(r"\d"))
    for name, shape in page.evaluate(FORM_SHAPE).items():
        assert shape["items"] == 1, (name, shape)
    expect(page.locator("[data-restore-note]")).to_have_text(
        "Isian yang tersimpan di perangkat ini tidak dapat dipakai lagi, jadi sudah dihapus.")
    assert stored(page, tool) is None
    page.reload()
    ready(page)
    expect(page.locator("[data-restore-note]")).to_be_hidden()


def test_a_link_fills_the_form_but_keeps_the_saved_values_until_the_reader_types(watched, server):
    page = watched.page
    page.goto(server + "alat/pemeriksa.html")
    ready(page)
    page.select_option("select[name=stage]", "final")
    wait_for(page, "() => JSON.parse(localStorage.getItem('thankyou:v1:check') || '{}').stage?.[0] === 'final'")
    link = "#prefill=" + urllib.parse.quote(json.dumps({"stage": ["screening"], "interviewers.5.name": ["Rina"]}), safe="")
    page.goto("about:blank")
    page.goto(server + "alat/pemeriksa.html" + link)
    ready(page)
    assert page.locator("select[name=stage]").input_value() == "screening"
    assert page.locator("input[name='interviewers.0.name']").input_value() == "Rina"
    expect(page.locator("[data-restore-note]")).to_be_hidden()
    assert stored(page)["stage"] == ["final"]
    page.fill("input[name='interviewers.0.name']", "Rina Wijaya")
    wait_for(page, "() => JSON.parse(localStorage.getItem('thankyou:v1:check')).stage[0] === 'screening'")
    # Adding an item after a link gives a fresh name (indices were renumbered from 0).
    page.click("[data-repeat=interviewers] > [data-action=add]")
    # Python adds the item (thankyou.web.events): wait for its answer, then read the names.
    item_names = "() => [...document.querySelectorAll('[data-repeat-items] input[name$=\".name\"]')].map((i) => i.name)"
    wait_for(page, f"() => ({item_names})().length === 2")
    names = page.evaluate(item_names)
    assert len(names) == len(set(names)) == 2, names


def test_a_damaged_link_is_said_once_and_the_saved_values_stay(watched, server):
    page = watched.page
    page.goto(server + "alat/pemeriksa.html")
    ready(page)
    page.select_option("select[name=stage]", "final")
    wait_for(page, "() => JSON.parse(localStorage.getItem('thankyou:v1:check') || '{}').stage?.[0] === 'final'")
    page.goto("about:blank")
    page.goto(server + "alat/pemeriksa.html#prefill=%7B%22stage%22")
    ready(page)
    expect(page.locator("[data-restore-note]")).to_have_text("Tautan ini tidak dapat dibaca, jadi formulir tidak diisi darinya.")
    assert page.locator("select[name=stage]").input_value() == "final"


RADIO_GROUPS = """() => Object.fromEntries([...new Set([...document.querySelectorAll('.ty-widget form input[type=radio]')].map((r) => r.name))]
  .map((name) => [name, document.querySelector(`.ty-widget form input[type=radio][name="${name}"]:checked`)?.value ?? null]))"""


def test_from_the_home_checker_to_the_full_checker_every_choice_shows_as_used(watched, server):
    page = watched.page
    page.goto(server + "alat/pemeriksa.html")
    ready(page)
    defaults = page.evaluate(RADIO_GROUPS)
    assert defaults and all(defaults.values()), defaults
    page.goto(server + "index.html")
    ready(page)
    page.select_option("select[name=stage]", "screening")
    wait_for(page, "() => JSON.parse(localStorage.getItem('thankyou:v1:check') || '{}').stage?.[0] === 'screening'")
    page.goto(server + "alat/pemeriksa.html")
    ready(page)
    assert page.locator("select[name=stage]").input_value() == "screening"
    assert page.evaluate(RADIO_GROUPS) == defaults


def test_an_empty_link_leaves_every_radio_of_the_generator_at_its_default(watched, server):
    page = watched.page
    page.goto(server + "alat/pembuat-email.html")
    ready(page)
    defaults = page.evaluate(RADIO_GROUPS)
    assert len(defaults) >= 4 and all(defaults.values()), defaults
    page.goto("about:blank")
    page.goto(server + "alat/pembuat-email.html#prefill=%7B%7D")
    ready(page)
    assert page.evaluate(RADIO_GROUPS) == defaults


# ---- Typing inside the typing delay is not lost when the page goes ----------------------------

# Type into the field and, in the same task (before the typing delay can end), let the page go
# the way `leave` says; return what storage then holds for the tool.
TYPE_AND_LEAVE = """([selector, text, leave]) => {
  const field = document.querySelector(selector);
  field.value = text;
  field.dispatchEvent(new Event("input", { bubbles: true }));
  if (leave === "pagehide") window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false }));
  if (leave === "link") document.querySelector(".md-nav__link[href$='kirim-atau-tidak.html']").click();
  if (leave === "language") document.querySelector(".md-select__link[hreflang=en]").click();
  return localStorage.getItem("thankyou:v1:draft");
}"""


@pytest.mark.parametrize("leave", ["pagehide", "link", "language"])
def test_typing_within_the_delay_is_stored_before_the_page_goes(watched, server, leave):
    page = watched.page
    page.goto(server + "alat/pembuat-email.html")
    ready(page)
    held = page.evaluate(TYPE_AND_LEAVE, ["input[name=company]", "PT Sinar Data", leave])
    assert held and json.loads(held)["company"] == ["PT Sinar Data"], held
    if leave == "link":
        page.wait_for_url("**/kirim-atau-tidak.html", wait_until="commit")
    if leave == "language":
        page.wait_for_url("**/en/alat/pembuat-email.html", wait_until="commit")
        ready(page)
        assert page.locator("input[name=company]").input_value() == "PT Sinar Data"


def test_a_reload_right_after_typing_keeps_what_was_typed(watched, server):
    page = watched.page
    page.goto(server + "alat/pembuat-email.html")
    ready(page)
    page.evaluate("""() => { const field = document.querySelector("input[name=role]");
      field.value = "Analis Data"; field.dispatchEvent(new Event("input", { bubbles: true })); location.reload(); }""")
    page.wait_for_load_state()
    ready(page)
    assert page.locator("input[name=role]").input_value() == "Analis Data"
