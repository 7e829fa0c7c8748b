"""MkDocs hook, the guide's pages: its rules and glossary, search, head tags, languages and 404.

Listed after ``hooks_tools.py`` (which makes ``py/`` importable and imports it afresh on every
``mkdocs serve`` rebuild), so on the same event its steps run after the tools' ones.
- ``on_config``: forget the state of an earlier build.
- ``on_files``: ship (and so precache) only the lunr files the search imports (``lunr_files``).
- ``on_page_markdown``: state the checker's rules where a page has ``<!-- thankyou-rule:SECTION -->``
  (``guide_rules``), then append the glossary of the page's language (tooltips for terms).
- ``on_page_content``: give a page without a ``description`` in its front matter its first
  paragraph as one (``page_meta``), read after the tools are rendered into it.
- ``on_page_context``: point the language selector at this same page in each language, and add
  Indonesian word roots to the page's search entries (``search_roots``).
- ``on_post_page``: add Open Graph, Twitter card and ``x-default`` hreflang tags (``page_meta``),
  and repair Material's markup: language links load in full, the search dialog has a name,
  valid HTML (``markup_fixes``; ``on_post_template`` repairs 404.html the same way).
- ``on_pre_build`` and ``on_post_build`` keep the default language's ``404.html`` at the root;
  ``on_post_build`` also gives each language folder the sitemap Material fetches next to its
  pages, and a search worker that stems Indonesian queries (before the tools' post-build, whose
  policies name the search worker).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url


@dataclass
class GuideBuild:
    """What one build keeps between events; reset by ``on_config``.

    Each language's build renders Material's 404.html into the site root, so the last one
    (English) would replace the Indonesian page a static host shows for every missing address.
    The page of the default language is kept: read before another language's build, written
    back after it.
    """

    default_not_found: bytes | None = None

    def reset(self) -> None:
        self.default_not_found = None


STATE = GuideBuild()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    STATE.reset()
    return config


# With the tools' files (after mkdocs-static-i18n, priority -100).
@event_priority(-200)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    _drop_unused_lunr(files, config)
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    from site_build import glossary, guide_rules
    from site_build.page_place import page_place

    lang, _to_root, _to_language_root = page_place(page, config)
    try:
        # The checker's rules, stated from its own tables (``<!-- thankyou-rule:SECTION -->``).
        markdown = guide_rules.render(markdown, lang)
    except guide_rules.UnknownRule as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from None
    return glossary.with_glossary(markdown, lang)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    _describe(page, html)
    return html


# After mkdocs-static-i18n's page context (priority 50), which knows each page's alternates, and
# after Material's search plugin (priority 0), which has just indexed this page's sections; before
# mkdocs-static-i18n's on_post_build (-100) gathers every language's entries into one index.
@event_priority(-50)
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    _point_language_links(page, config)
    _add_search_roots(page, config)
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    from site_build import markup_fixes, page_meta
    from site_build.page_place import page_place

    lang, _to_root, _to_language_root = page_place(page, config)
    output = page_meta.add_to_head(output, page_meta.head_tags(_page_meta(page, config)))
    return markup_fixes.repair(output, lang)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """Material's pages that are not guide pages (404.html): the same valid-HTML repairs."""
    from site_build import markup_fixes

    return markup_fixes.valid_html(output_content) if template_name.endswith(".html") else output_content


def on_pre_build(config: MkDocsConfig) -> None:
    i18n = config.plugins.get("i18n")
    page = Path(config.site_dir) / "404.html"
    if i18n is not None and not i18n.is_default_language_build and page.is_file():
        STATE.default_not_found = page.read_bytes()


# After mkdocs-static-i18n (-100) has built the other languages and written the sitemap, and
# before the tools' post-build (-200), whose policies name the search workers.
@event_priority(-150)
def on_post_build(config: MkDocsConfig) -> None:
    _restore_default_not_found(config)
    _copy_sitemaps(config)
    if not _inside_a_translation_build(config):
        _stem_search_queries(config)  # once, when every language is written


def _drop_unused_lunr(files: Files, config: MkDocsConfig) -> None:
    """Ship (and so precache) only the lunr files the search imports (``site_build.lunr_files``)."""
    from site_build import lunr_files

    search = config.plugins.get("material/search") or config.plugins.get("search")
    unused = set(lunr_files.unused([file.dest_uri for file in files], search.config.lang if search else []))
    for file in [file for file in files if file.dest_uri in unused]:
        files.remove(file)


def _restore_default_not_found(config: MkDocsConfig) -> None:
    if STATE.default_not_found is not None:
        (Path(config.site_dir) / "404.html").write_bytes(STATE.default_not_found)
        STATE.default_not_found = None


def _copy_sitemaps(config: MkDocsConfig) -> None:
    site_dir = Path(config.site_dir)
    if config.plugins.get("i18n") is None or not (site_dir / "sitemap.xml").is_file():
        return
    # Material fetches sitemap.xml beside each alternate-language link (new URL("sitemap.xml",
    # link)), to keep the reader on the same page when switching: en/alat/pemeriksa.html makes
    # it ask for en/alat/sitemap.xml. The i18n sitemap (every language) sits only at the root,
    # so put a copy in every folder holding pages.
    folders = {page.parent for page in site_dir.rglob("*.html")} - {site_dir}
    for folder in sorted(folders):
        if folder.relative_to(site_dir).parts[0] in ("assets", "search"):
            continue
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            if (site_dir / name).is_file():
                shutil.copyfile(site_dir / name, folder / name)


def _inside_a_translation_build(config: MkDocsConfig) -> bool:
    """True while mkdocs-static-i18n builds another language from inside the default one's post-build."""
    i18n = config.plugins.get("i18n")
    return bool(i18n is not None and getattr(i18n, "building", False))


def _stem_search_queries(config: MkDocsConfig) -> None:
    """A search worker per language that stems Indonesian queries (``site_build.search_stemming``)."""
    from site_build import search_stemming

    i18n = config.plugins.get("i18n")
    locales = [(language.locale, language.default) for language in i18n.config.languages] if i18n else []
    languages = {locale: "" if default else f"{locale}/" for locale, default in sorted(locales, key=lambda item: not item[1])}
    search_stemming.install(Path(config.site_dir), languages or {config.theme["language"]: ""})


def _point_language_links(page: Page, config: MkDocsConfig) -> None:
    i18n = config.plugins.get("i18n")
    alternates = getattr(page.file, "alternates", None)
    if i18n is None or not alternates:
        return
    # Site-root-relative URLs: Material's `url` filter makes them relative to the page, so the
    # links also work from a subfolder or when the site is opened from disk.
    config.extra["alternate"] = [
        {"name": language.name, "lang": language.locale, "link": alternates[language.locale].url}
        for language in i18n.config.languages
        if language.locale in alternates
    ]


def _add_search_roots(page: Page, config: MkDocsConfig) -> None:
    from site_build import search_roots
    from site_build.page_place import page_place

    search = config.plugins.get("material/search") or config.plugins.get("search")
    lang, _to_root, _to_language_root = page_place(page, config)
    if search is None or lang not in search_roots.LANGUAGES or not hasattr(search, "search_index"):
        return
    # The search plugin appends this page's sections last: walk back while they are this page's.
    entries = []
    for entry in reversed(search.search_index.entries):
        if entry["location"].split("#")[0] != page.url:
            break
        entries.append(entry)
    search_roots.add_roots(entries)


def _describe(page: Page, html: str) -> None:
    """Material renders page.meta["description"]; give pages without one their first paragraph."""
    from site_build import page_meta

    if not page.meta.get("description"):
        description = page_meta.first_paragraph(html)
        if description:
            page.meta["description"] = description


def _page_meta(page: Page, config: MkDocsConfig):  # -> page_meta.PageMeta
    from site_build import page_meta
    from site_build.page_place import page_place

    lang, _to_root, _to_language_root = page_place(page, config)
    alternates = getattr(page.file, "alternates", None) or {}
    i18n = config.plugins.get("i18n")
    default = next((language.locale for language in i18n.config.languages if language.default), None) if i18n else None
    default_alternate = (
        get_relative_url(alternates[default].url, page.url) if default in alternates else None
    )
    return page_meta.PageMeta(
        title=str(page.meta.get("title") or page.title or config.site_name),
        description=str(page.meta.get("description") or config.site_description or ""),
        url=page.canonical_url or page.abs_url or page.url,
        lang=lang,
        other_langs=tuple(sorted(locale for locale in alternates if locale != lang)),
        site_name=config.site_name,
        default_alternate=default_alternate,
    )
