"""The pages of the built site, discovered from the build (never a fixed list), and their links."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

# Folders of the build that hold no pages a reader navigates to.
NOT_PAGES = {"assets", "search"}
LANGUAGE_FOLDERS = {"en"}


def guide_pages(site: Path) -> list[str]:
    """Every HTML page of the site, as a path relative to its root (``en/alat/pemeriksa.html``)."""
    pages = []
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site)
        if relative.parts[0] in NOT_PAGES or relative.name == "404.html":
            continue
        pages.append(relative.as_posix())
    return pages


def pages_of_language(site: Path, lang: str) -> set[str]:
    """The pages of one language, relative to that language's root."""
    pages = guide_pages(site)
    if lang == "id":
        return {page for page in pages if page.split("/")[0] not in LANGUAGE_FOLDERS}
    return {page.removeprefix(f"{lang}/") for page in pages if page.startswith(f"{lang}/")}


class PageLinks(HTMLParser):
    """What one page links to and which ids it holds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        for attribute in ("href", "src"):
            value = values.get(attribute)
            if value and tag in {"a", "link", "script", "img", "iframe", "source"}:
                self.links.append(value)


def parse(path: Path) -> PageLinks:
    parser = PageLinks()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser
