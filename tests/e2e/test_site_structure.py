"""The built site as files: both languages complete, every internal link and anchor alive, and
each page described for search engines and link previews (title, description, Open Graph,
hreflang, sitemap). Pages are discovered from the build, so new tool pages are covered too."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import pytest

from .site_pages import guide_pages, pages_of_language, parse

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_the_site_has_pages_in_both_languages(built_site):
    indonesian, english = pages_of_language(built_site, "id"), pages_of_language(built_site, "en")
    assert "index.html" in indonesian and "kirim-atau-tidak.html" in indonesian
    assert indonesian == english, f"only in Indonesian: {indonesian - english}; only in English: {english - indonesian}"


def test_every_page_source_has_an_english_translation():
    sources = {path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md")}
    indonesian = {source for source in sources if not source.endswith(".en.md")}
    missing = sorted(source for source in indonesian if source.removesuffix(".md") + ".en.md" not in sources)
    orphans = sorted(source for source in sources - indonesian if source.removesuffix(".en.md") + ".md" not in sources)
    assert not missing and not orphans, f"without English: {missing}; without Indonesian: {orphans}"


def _targets(built_site: Path) -> dict[str, set[str]]:
    return {page: parse(built_site / page).ids for page in guide_pages(built_site)}


def test_every_internal_link_and_anchor_exists(built_site):
    """Stricter than MkDocs' own check: the rendered pages, tools and navigation included."""
    pages = _targets(built_site)
    broken = []
    for page in pages:
        for link in parse(built_site / page).links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:", "javascript:")):
                continue
            target = PurePosixPath(page).parent / unquote(parts.path) if parts.path else PurePosixPath(page)
            target_path = Path(built_site, *_normalise(target).parts)
            if not target_path.exists():
                broken.append(f"{page}: {link} (no file)")
                continue
            anchor = unquote(parts.fragment)
            if anchor and target_path.suffix == ".html":
                key = target_path.relative_to(built_site).as_posix()
                ids = pages.get(key) or parse(target_path).ids
                # "#prefill=..." fills a tool's form (see thankyou-widgets.js); it is not an anchor.
                if anchor not in ids and not anchor.startswith("prefill="):
                    broken.append(f"{page}: {link} (no #{anchor})")
    assert not broken, "\n".join(broken)


def _normalise(path: PurePosixPath) -> PurePosixPath:
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            assert parts, f"{path} leaves the site"
            parts.pop()
        elif part not in {".", ""}:
            parts.append(part)
    return PurePosixPath(*parts)


def _head(built_site: Path, page: str) -> str:
    html = (built_site / page).read_text(encoding="utf-8")
    return html[: html.index("</head>")]


def _meta(head: str, key: str) -> list[str]:
    return re.findall(rf'<meta (?:name|property)="{re.escape(key)}" content="([^"]*)"', head)


def test_every_page_has_a_title_description_and_social_metadata(built_site):
    problems = []
    for page in guide_pages(built_site):
        head = _head(built_site, page)
        lang = "en" if page.startswith("en/") else "id"
        html_lang = re.search(r'<html lang="([^"]+)"', (built_site / page).read_text(encoding="utf-8"))
        if not html_lang or html_lang.group(1) != lang:
            problems.append(f"{page}: <html lang> is not {lang}")
        if not re.search(r"<title>[^<]+</title>", head):
            problems.append(f"{page}: no <title>")
        descriptions = re.findall(r'<meta name="description" content="([^"]+)"', head)
        if len(descriptions) != 1:
            problems.append(f"{page}: {len(descriptions)} descriptions")
        for key in ("og:title", "og:description", "og:url", "og:locale", "og:site_name", "twitter:card"):
            if len(_meta(head, key)) != 1 or not _meta(head, key)[0]:
                problems.append(f"{page}: no single {key}")
        if _meta(head, "og:locale") != [{"id": "id_ID", "en": "en_US"}[lang]]:
            problems.append(f"{page}: og:locale is {_meta(head, 'og:locale')}")
        if not all(url.endswith(page) for url in _meta(head, "og:url")):
            problems.append(f"{page}: og:url {_meta(head, 'og:url')} is another page")
        alternates = dict(
            (hreflang, href) for href, hreflang in re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)">', head)
        )
        if set(alternates) != {"id", "en", "x-default"}:
            problems.append(f"{page}: hreflang alternates {sorted(alternates)}")
        elif alternates["x-default"] != alternates["id"]:
            problems.append(f"{page}: x-default is not the Indonesian page")
    assert not problems, "\n".join(problems)


GUIDE_PAGES = ["index.html", "kirim-atau-tidak.html", "kapan-mengirim.html", "cara-menulis.html", "sumber.html"]


@pytest.mark.parametrize("lang_root", ["", "en/"])
def test_the_guide_pages_have_their_own_short_description(built_site, lang_root):
    """Search engines cut descriptions at about 160 characters; each page describes itself."""
    descriptions = [_meta(_head(built_site, lang_root + page), "og:description")[0] for page in GUIDE_PAGES]
    assert len(set(descriptions)) == len(GUIDE_PAGES), descriptions
    assert all(50 <= len(description) <= 160 for description in descriptions), [len(d) for d in descriptions]


def test_the_sitemap_lists_every_page_with_its_language_alternates(built_site):
    tree = ET.parse(built_site / "sitemap.xml")
    urls = {}
    for url in tree.getroot().iter(f"{SITEMAP}url"):
        location = url.findtext(f"{SITEMAP}loc")
        urls[location] = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
    site_url = next(iter(urls)).split("index.html")[0] if urls else ""
    pages = {site_url + page for page in guide_pages(built_site)}
    assert pages <= set(urls) | {site_url + page for page in guide_pages(built_site) if page.startswith("en/")}
    for page in pages_of_language(built_site, "id"):
        alternates = urls[site_url + page]
        assert alternates == {"id": site_url + page, "en": site_url + "en/" + page}, page
    # Material looks for a sitemap beside the other language's pages when switching language.
    assert (built_site / "en" / "sitemap.xml").is_file()


def test_every_front_matter_is_valid_yaml_and_the_guide_pages_have_a_description():
    """A colon in an unquoted description makes MkDocs drop the whole front matter, silently."""
    import yaml

    problems = []
    for path in sorted(DOCS.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---\n"):
            continue
        try:
            meta = yaml.safe_load(text[4 : text.index("\n---", 4)]) or {}
        except yaml.YAMLError as error:
            problems.append(f"{path.relative_to(DOCS)}: {error}")
            continue
        source = path.relative_to(DOCS).as_posix()
        if not isinstance(meta, dict) or (source.split(".")[0] + ".html" in GUIDE_PAGES and not meta.get("description")):
            problems.append(f"{source}: no description")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("page", "term", "words"), [("kapan-mengirim.html", "WIB", "Waktu Indonesia Barat"), ("en/kapan-mengirim.html", "WIB", "Western Indonesia Time"), ("sumber.html", "HR", "sumber daya manusia"), ("en/sumber.html", "HR", "Human resources")])
def test_terms_carry_a_tooltip_in_the_page_language(built_site, page, term, words):
    html = (built_site / page).read_text(encoding="utf-8")
    assert re.search(rf'<abbr title="[^"]*{re.escape(words)}[^"]*">{re.escape(term)}</abbr>', html)


def test_the_not_found_page_at_the_root_is_in_the_first_language(built_site):
    """Static hosts show /404.html for every missing address, English ones included."""
    html = (built_site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="id"' in html
