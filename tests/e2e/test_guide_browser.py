"""The guide in Chromium: every page of both languages passes axe-core (light and dark), is
photographed at phone and desktop width, and the reader can navigate, switch language on the
same page (also after instant navigation) and search in Indonesian and English.

Pages come from the build (``site_pages.guide_pages``), so tool pages are covered as they land.
`make test` sweeps one page of each kind, `make test-thorough` every page (``sweep.pages``).
Pages with a tool are checked in its answered state: each ``.ty-widget`` gets ``data-answered``.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit, urlunsplit
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from . import sweep
from .axe import AXE_OPTIONS, axe_report
from .site_pages import guide_pages
from .waiting import wait_for

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "tests" / "e2e" / "screenshots"
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}


# In this module, `server` (and so `watched`) serves the site at the address it was built for, where
# Material's instant navigation takes over the links it finds in the sitemap (tests/conftest.py).
@pytest.fixture(scope="module")
def server(site_url: str) -> str:
    return site_url




def open_answered(page: Page, url: str) -> None:
    """Open a page and wait until every tool on it (if any) has shown an answer."""
    page.goto(url)
    page.wait_for_load_state("load")
    widgets = page.locator(".ty-widget")
    for index in range(widgets.count()):
        expect(widgets.nth(index)).to_have_attribute("data-answered", re.compile(r"\d+"), timeout=120_000)


def switch_to_dark(page: Page) -> None:
    """Click the palette toggle, as a reader would, and wait for the dark scheme."""
    page.locator("form[data-md-component=palette] label:visible").first.click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


def settle(page: Page) -> None:
    """Move the pointer and the focus away, so no tooltip is half-faded when axe looks."""
    page.mouse.move(0, 0)
    page.evaluate("document.activeElement && document.activeElement.blur()")
    expect(page.locator(".md-tooltip--active, .md-tooltip2--active")).to_have_count(0)
    wait_for(
        page,
        "[...document.querySelectorAll('.md-tooltip, .md-tooltip2')].every(t => getComputedStyle(t).opacity === '0')"
    )


def test_every_page_passes_axe_in_light_and_dark_mode(watched, server, built_site):
    page = watched.page
    failures = []
    for path in sweep.pages(built_site, guide_pages(built_site)):
        open_answered(page, server + path)
        failures += axe_report(page, f"{path} (light)", AXE_OPTIONS)
        switch_to_dark(page)
        settle(page)
        failures += axe_report(page, f"{path} (dark)", {**AXE_OPTIONS, "runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]}})
        page.evaluate("localStorage.clear()")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_screenshots_of_every_page(watched, server, built_site, width):
    """Saved for a person to look at (tests/e2e/screenshots/, git-ignored)."""
    page = watched.page
    page.set_viewport_size(dict(zip(("width", "height"), WIDTHS[width])))
    folder = SCREENSHOTS / width
    folder.mkdir(parents=True, exist_ok=True)
    for path in sweep.pages(built_site, guide_pages(built_site)):
        open_answered(page, server + path)
        target = folder / (path.replace("/", "__").removesuffix(".html") + ".png")
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000, target


def test_the_navigation_reaches_every_page_in_the_nav(watched, server, built_site):
    page = watched.page
    page.goto(server + "index.html")
    links = page.locator("nav.md-nav--primary a.md-nav__link[href]")
    # Material makes the links absolute once the page runs; keep the pages, not the anchors.
    targets = sorted({href for href in links.evaluate_all("links => links.map(link => link.href)") if "#" not in href})
    assert targets == sorted(server + path for path in guide_pages(built_site) if not path.startswith("en/"))
    for target in targets:
        link = page.locator(f'nav.md-nav--primary a.md-nav__link[href="{target}"]').first
        link.evaluate("link => link.click()")  # the drawer hides the nav on narrow screens
        expect(page).to_have_url(target)
        expect(page.locator("article h1")).to_have_count(1)
        # The head follows the navigation too: the title is the built page's own.
        built = (built_site / target.removeprefix(server)).read_text(encoding="utf-8")
        expect(page).to_have_title(html.unescape(re.search(r"<title>([^<]*)</title>", built).group(1)))


def _switch_language(page: Page, language: str) -> None:
    page.locator(".md-header__option .md-select").hover()
    page.get_by_role("navigation", name=re.compile("Header|Kepala")).get_by_role("link", name=language, exact=True).click()


@pytest.mark.parametrize("start", ["kapan-mengirim.html", "cara-menulis.html", "sumber.html"])
def test_the_language_switch_keeps_the_reader_on_the_same_page(watched, server, start):
    page = watched.page
    page.goto(server + start)
    _switch_language(page, "English")
    expect(page).to_have_url(server + "en/" + start)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    _switch_language(page, "Bahasa Indonesia")
    expect(page).to_have_url(server + start)
    expect(page.locator("html")).to_have_attribute("lang", "id")


def test_the_language_switch_follows_instant_navigation(watched, server):
    page = watched.page
    page.goto(server + "index.html")
    page.wait_for_load_state("networkidle")  # Material intercepts links once it has the sitemap
    # Instant navigation swaps the content without a new page load: mark the window to prove it.
    page.evaluate("window.__stayed = true")
    page.locator(f'nav.md-nav--primary a.md-nav__link[href="{server}cara-menulis.html"]').first.click()
    expect(page).to_have_url(server + "cara-menulis.html")
    assert page.evaluate("window.__stayed === true"), "the click reloaded the page"
    _switch_language(page, "English")
    expect(page).to_have_url(server + "en/cara-menulis.html")
    page.wait_for_load_state("networkidle")
    page.evaluate("window.__stayed = true")
    page.locator(f'nav.md-nav--primary a.md-nav__link[href="{server}en/sumber.html"]').first.click()
    expect(page).to_have_url(server + "en/sumber.html")
    assert page.evaluate("window.__stayed === true")
    _switch_language(page, "Bahasa Indonesia")
    expect(page).to_have_url(server + "sumber.html")


# query, page to search from, a result that must be found. The first two need word roots: those
# sections say "mengirim" and "perekrut" but no word that starts with "kirim" or "rekrut".
SEARCHES = [
    ("kirim", "index.html", "kapan-mengirim.html#dalam-24-jam"),
    ("rekrut", "index.html", "kirim-atau-tidak.html#harapan-perekrut"),
    ("tindak lanjut", "index.html", "kapan-mengirim.html#tindak-lanjut"),
    ("zona waktu", "kirim-atau-tidak.html", "kapan-mengirim.html#zona-waktu"),
    ("follow up", "en/index.html", "en/kapan-mengirim.html#tindak-lanjut"),
    ("panel", "en/index.html", "en/cara-menulis.html#panel"),
    ("misquoted", "en/index.html", "en/sumber.html#angka-keliru"),
]


@pytest.mark.parametrize(("query", "start", "expected"), SEARCHES)
def test_search_finds_the_page_in_either_language(watched, server, query, start, expected):
    page = watched.page
    page.goto(server + start)
    page.keyboard.press("/")  # Material's shortcut, as a keyboard reader would open search
    search = page.locator("input.md-search__input")
    expect(search).to_be_focused()
    search.press_sequentially(query)  # Material searches on key presses, not on a filled value
    results = page.locator(".md-search-result__list a.md-search-result__link")
    expect(results.first).to_be_visible()
    # Links carry ?h=QUERY (for highlighting) before any #anchor: compare without it.
    hrefs = [urlunsplit(urlsplit(href)._replace(query="")) for href in results.evaluate_all("links => links.map(link => link.href)")]
    assert server + expected in hrefs, hrefs


FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    inContent: !!el.closest('.md-content'), tag: el.tagName, cls: el.className,
    outline: style.outlineStyle, width: parseFloat(style.outlineWidth),
  };
}"""


@pytest.mark.parametrize("path", ["kirim-atau-tidak.html", "en/cara-menulis.html"])
def test_a_keyboard_reader_can_skip_to_the_content_and_sees_the_focus(watched, server, path):
    page = watched.page
    page.goto(server + path)
    page.keyboard.press("Tab")
    expect(page.locator(".md-skip")).to_be_focused()
    expect(page.locator(".md-skip")).to_be_visible()
    page.keyboard.press("Enter")  # skip the header and the navigation
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["inContent"] and focused["tag"] == "A":
            break
    else:
        pytest.fail("no link of the content was reached with Tab")
    assert focused["outline"] != "none" and focused["width"] >= 2, focused
