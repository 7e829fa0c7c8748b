"""Search understands Indonesian queries in derived forms, and lists the reader's language first.

The index holds roots ("lambat" for a section saying "terlambat"); the search worker stems the
query with the same algorithm (site_build.search_stemming), so "keterlambatan", a word no page
uses, finds that section.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import pytest
from playwright.sync_api import expect


def search(page, server: str, start: str, query: str) -> list[str]:
    """The result links for ``query`` typed on ``start``, without Material's ``?h=`` highlighting."""
    page.goto(server + start)
    page.keyboard.press("/")
    field = page.locator("input.md-search__input")
    expect(field).to_be_focused()
    field.press_sequentially(query)
    results = page.locator(".md-search-result__list a.md-search-result__link")
    expect(results.first).to_be_visible()
    hrefs = results.evaluate_all("links => links.map(link => link.href)")
    return [urlunsplit(urlsplit(href)._replace(query="")) for href in hrefs]


@pytest.mark.parametrize(("query", "expected"), [
    ("keterlambatan", "kapan-mengirim.html#terlambat"),  # no page says it: "terlambat", root "lambat"
    ("pengirimannya", "kapan-mengirim.html#dalam-24-jam"),  # "mengirim", root "kirim"
])
def test_a_derived_indonesian_query_finds_the_section_of_its_root(watched, server, query, expected):
    assert server + expected in search(watched.page, server, "index.html", query)


@pytest.mark.parametrize(("start", "own"), [("index.html", False), ("en/index.html", True)])
def test_results_in_the_reader_s_language_come_first(watched, server, start, own):
    hrefs = search(watched.page, server, start, "LinkedIn")
    english = [href.startswith(server + "en/") for href in hrefs]
    assert True in english and False in english, hrefs  # both languages have LinkedIn in them
    assert english == sorted(english, reverse=own), hrefs  # the reader's language before the other
