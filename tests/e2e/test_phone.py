"""The tools on a phone: a 390 × 844 touch screen (and a 320 × 640 one), both languages.

After each input the updated answer is on the screen or one tap away: either the answer's top
is in the viewport, or the answer bar (``data-show-answer``) is, uncovered, and a tap on it
brings the answer into the viewport with the focus. No page scrolls sideways at 320 px (one page
of each kind under `make test`, every page under `make test-thorough`: ``sweep.pages``); the
tools' controls are at least 44 × 44 px; axe reports nothing at any step. Each step is
photographed (tests/e2e/screenshots/phone/, git-ignored) for a person to look at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from . import sweep
from .axe import AXE_OPTIONS, axe_report
from .conftest import open_watched
from .site_pages import guide_pages
from .waiting import wait_for

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "tests" / "e2e" / "screenshots" / "phone"
PHONES = {
    "390": {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True, "has_touch": True},
    "320": {"viewport": {"width": 320, "height": 640}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True},
}
# A CSS pixel of rounding: 2.2rem at Material's 20 px root is 44 px, drawn at sub-pixel positions.
TAP = 43.5

# Each tool's page in each language, and what a reader types into it, one field at a time:
# (control, value). A select takes an option's value; the others are typed.
TOOLS = {
    "check": {
        "pages": {"id": "alat/pemeriksa.html", "en": "en/alat/pemeriksa.html"},
        "steps": [("select[name=stage]", "screening"), ("input[name=ended_at]", "2026-11-26T10:00"),
                  ("select[name='interviewers.0.role']", "hiring_manager"),
                  ("select[name=status]", "offer")],
    },
    "home": {
        "pages": {"id": "index.html", "en": "en/index.html"},
        "steps": [("select[name=stage]", "screening"), ("input[name=ended_at]", "2026-11-26T10:00")],
    },
    "draft": {
        "pages": {"id": "alat/pembuat-email.html", "en": "en/alat/pembuat-email.html"},
        "steps": [("input[name=name]", "Dewi Lestari"), ("input[name=company]", "PT Arunika Logistik"),
                  ("input[name=role]", "Koordinator Gudang"), ("input[name='interviewers.0.name']", "Maria Simanjuntak"),
                  ("input[name='interviewers.0.topic']", "program pelatihan staf gudang"),
                  # In the message's language (the page's own): a phrase in the other one is refused.
                  ("textarea[name=strength]", {"id": "Saya pernah menata ulang gudang dengan 40 staf.",
                                               "en": "I once reorganised a warehouse with 40 staff."})],
    },
    "review": {
        "pages": {"id": "alat/peninjau-draf.html", "en": "en/alat/peninjau-draf.html"},
        "steps": [("textarea[name=body]", "Yth. Ibu Rina Wijata,\n\nTerima kasih atas waktu Ibu kemarin untuk wawancara "
                                          "posisi [posisi].\n\nHormat saya,\nDewi Lestari"),
                  ("input[name=interviewer]", "Rina Wijaya"), ("input[name=interview_date]", "2026-11-20")],
    },
}

# Where the answer and its bar are on the screen, in CSS pixels of the viewport.
PLACES = """(root) => {
  const header = document.querySelector('.md-header').getBoundingClientRect().bottom;
  const output = root.querySelector('[data-output]').getBoundingClientRect();
  const button = root.querySelector('[data-show-answer]');
  const box = button.getBoundingClientRect();
  const x = box.left + box.width / 2, y = box.top + box.height / 2;
  const onTop = document.elementFromPoint(x, y);
  return {
    height: innerHeight,
    answerInView: output.top >= header - 1 && output.top < innerHeight - 40,
    barInView: box.width > 0 && box.top >= header && box.bottom <= innerHeight + 0.5
      && !!onTop && (onTop === button || button.contains(onTop)),
    bar: root.querySelector('[data-answer-bar]').innerText.trim(),
    focused: document.activeElement === root.querySelector('[data-output]'),
    outputTop: output.top,
    header,
  };
}"""


def answered(page: Page, after: int = 0) -> int:
    wait_for(page, "after => Number(document.querySelector('.ty-widget[data-tool]').dataset.answered || 0) > after", after)
    return int(page.locator(".ty-widget[data-tool]").first.get_attribute("data-answered"))


def enter(page: Page, selector: str, value: str) -> None:
    """Tap the control (the browser scrolls it into view), then choose or type, as a reader does."""
    control = page.locator(selector).first
    control.scroll_into_view_if_needed()
    if selector.startswith("select"):
        control.select_option(value)
    else:
        control.tap()
        control.fill(value)


def shoot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(target))
    assert target.stat().st_size > 5_000, target


# Each tool in each language, each on both screens and each language on both (every pair of the
# three settings); every combination under `make test-thorough` (sweep.pairs).
@pytest.mark.parametrize(("tool", "lang", "phone"), sweep.pairs(sorted(TOOLS), ["id", "en"], sorted(PHONES)))
def test_after_each_input_the_answer_is_on_screen_or_one_tap_away(browser, server, tool, lang, phone):
    with open_watched(browser, server, **PHONES[phone]) as watched:
        page = watched.page
        page.goto(server + TOOLS[tool]["pages"][lang])
        root = page.locator(".ty-widget[data-tool]").first
        expect(root).to_have_attribute("data-state", "ready", timeout=120_000)
        count = answered(page)
        failures: list[str] = []
        for step, (selector, value) in enumerate(TOOLS[tool]["steps"], start=1):
            value = value[lang] if isinstance(value, dict) else value
            bar_before = root.locator("[data-answer-bar]").inner_text()
            enter(page, selector, value)
            count = answered(page, count)
            label = f"{phone}-{lang}-{tool}-{step}"
            places = root.evaluate(PLACES)
            shoot(page, label)
            assert places["bar"], label
            assert places["answerInView"] or places["barInView"], (label, places)
            if step == 1:
                assert places["bar"] != bar_before, (label, "the bar follows the answer")
            if phone == "390":
                failures += axe_report(page, label, AXE_OPTIONS)
            if not places["answerInView"]:
                root.locator("[data-show-answer]").tap()
                wait_for(page, f"(root) => ({PLACES})(root).answerInView", root.element_handle())
                places = root.evaluate(PLACES)
                assert places["focused"], (label, "the focus moves to the answer")
                shoot(page, label + "-answer")
        assert not failures, "\n".join(failures)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_bar_shows_the_answers_own_first_words(watched, server, lang):
    """The bar is Python's line for the answer now shown: the checker's verdict, the draft's greeting."""
    page = watched.page
    page.set_viewport_size(PHONES["390"]["viewport"])
    page.goto(server + TOOLS["check"]["pages"][lang])
    root = page.locator(".ty-widget[data-tool]")
    count = answered(page)
    page.select_option("select[name=stage]", "final")
    answered(page, count)
    verdict = root.locator(".ty-verdict").inner_text()
    expect(root.locator("[data-answer-bar]")).to_contain_text(verdict)

    page.goto(server + TOOLS["draft"]["pages"][lang])
    count = answered(page)
    for selector, value in TOOLS["draft"]["steps"][:4]:
        page.fill(selector, value)
    answered(page, count)
    expect(root.locator("#ty-draft-body-0")).to_contain_text("Simanjuntak")
    greeting = root.locator("#ty-draft-body-0").input_value().splitlines()[0]
    assert "Simanjuntak" in greeting
    expect(root.locator("[data-answer-bar]")).to_contain_text(greeting)


def test_no_page_scrolls_sideways_at_320_px(browser, server, built_site):
    pages = guide_pages(built_site)
    assert any(page.startswith("en/") for page in pages) and "alat/pembuat-email.html" in pages
    wide = []
    with open_watched(browser, server, **PHONES["320"]) as watched:
        page = watched.page
        for path in sweep.pages(built_site, pages):
            page.goto(server + path)
            widgets = page.locator(".ty-widget[data-tool]")
            for index in range(widgets.count()):
                expect(widgets.nth(index)).to_have_attribute("data-answered", re.compile(r"\d+"), timeout=120_000)
            # Against the device's width: on a phone, a page wider than the screen widens innerWidth with it.
            width = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
            if max(width) > PHONES["320"]["viewport"]["width"]:
                wide.append(f"{path}: {width[0]} px wide, the screen {width[1]} px")
    assert not wide, wide


# Every control a finger uses in a tool: buttons, links drawn as buttons, fields, and each
# checkbox or radio with its label (the label is what is tapped).
TARGETS = """(root) => [...root.querySelectorAll(
  'button, a.ty-button, a.md-button, select, textarea, input:not([type=checkbox]):not([type=radio]), label.ty-choice'
)].filter((element) => !element.closest('template') && element.getClientRects().length
  && getComputedStyle(element).visibility !== 'hidden')
 .map((element) => {
   const box = element.getBoundingClientRect();
   return {what: element.outerHTML.slice(0, 90), width: box.width, height: box.height};
 })"""


@pytest.mark.parametrize("tool", sorted(TOOLS))
def test_the_tools_controls_are_big_enough_for_a_finger(browser, server, tool):
    with open_watched(browser, server, **PHONES["390"]) as watched:
        page = watched.page
        page.goto(server + TOOLS[tool]["pages"]["id"])
        root = page.locator(".ty-widget[data-tool]").first
        expect(root).to_have_attribute("data-answered", re.compile(r"\d+"), timeout=120_000)
        if tool == "review":  # findings, marks and one-tap fixes appear once there is a draft
            count = answered(page)
            enter(page, *TOOLS["review"]["steps"][0])
            answered(page, count)
        targets = root.evaluate(TARGETS)
        assert len(targets) >= 3
        small = [target for target in targets if target["width"] < TAP or target["height"] < TAP]
        assert not small, small


def test_the_generator_by_keyboard_alone(watched, server):
    """Tab reaches the fields in order with a visible focus; Enter on the bar's button shows the draft."""
    page = watched.page
    page.set_viewport_size(PHONES["390"]["viewport"])
    page.goto(server + TOOLS["draft"]["pages"]["id"])
    root = page.locator(".ty-widget[data-tool]")
    count = answered(page)
    page.locator("select[name=kind]").focus()
    names = []
    for _ in range(4):
        page.keyboard.press("Tab")
        names.append(page.evaluate("document.activeElement.name"))
    assert names == ["name", "company", "role", "contact"]
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.type("Dewi Lestari")
    answered(page, count)
    button = root.locator("[data-show-answer]")
    expect(button).to_be_in_viewport()
    button.focus()
    page.keyboard.press("Enter")
    wait_for(page, f"(root) => ({PLACES})(root).answerInView", root.element_handle())
    assert root.evaluate(PLACES)["focused"]


def test_a_failed_start_is_said_where_the_reader_is_looking(built_site, browser, tmp_path):
    """Python cannot start: on a phone, at the form's fields, the failure and its retry button are on screen."""
    from .test_runtime_failure import broken_site

    def remove_wasm(site: Path) -> None:
        (site / "assets" / "pyodide" / "pyodide.asm.wasm").unlink()

    with broken_site(built_site, tmp_path, browser, remove_wasm, path="alat/pembuat-email.html") as (page, _):
        page.set_viewport_size(PHONES["390"]["viewport"])
        root = page.locator(".ty-widget[data-tool]")
        expect(root).to_have_attribute("data-state", "error", timeout=120_000)
        page.locator("input[name=company]").scroll_into_view_if_needed()
        expect(page.locator("input[name=company]")).to_be_in_viewport()
        expect(root.locator(".ty-failed")).to_be_in_viewport()
        expect(root.locator("[data-failure-reason=wasm]")).to_be_in_viewport()
        expect(root.locator("[data-action=retry]")).to_be_in_viewport(ratio=1)


@pytest.mark.parametrize("phone", ["320", "390"])
def test_a_marks_note_stays_on_the_screen(browser, server, phone):
    """Tapped, a mark near the end of its line opens its note inside the screen, not past its edge."""
    with open_watched(browser, server, **PHONES[phone]) as watched:
        page = watched.page
        page.goto(server + TOOLS["review"]["pages"]["id"])
        root = page.locator(".ty-widget[data-tool]").first
        count = answered(page)
        # The slip ends a long line on both screens; every mark is opened in turn.
        enter(page, "textarea[name=body]",
              "Yth. Ibu Rina Wijaya,\n\nTerima kasih atas waktu Ibu kemarin untuk wawancara posisi Analis Data. "
              "Saya senang membahas rencana migrasi gudang data ke cloud bersama tim Ibu yang sangat menyenagkan."
              "\n\nHormat saya,\nDewi Lestari")
        answered(page, count)
        marks = root.locator(".ty-mark")
        expect(marks.filter(has_text="menyenagkan")).to_be_attached(timeout=60_000)
        for index in range(marks.count()):
            mark = marks.nth(index)
            mark.scroll_into_view_if_needed()
            mark.tap()
            note = mark.locator(".ty-mark-note")
            expect(note).to_be_visible()
            box = note.bounding_box()
            # The device's width: on a phone a page wider than the screen widens innerWidth with it.
            width = PHONES[phone]["viewport"]["width"]
            assert box["x"] >= 0 and box["x"] + box["width"] <= width, (phone, index, box, width)
            assert page.evaluate("innerWidth") == width
