"""MkDocs hook: ship the Python runtime with the site and render the tools into their pages.

Events, in build order:
- ``on_startup``: note whether this is ``mkdocs serve`` (no service worker, no policy, no zip:
  they would cache a site being edited and block the live-reload script).
- ``on_config``: make ``py/`` importable and forget modules from an earlier ``serve`` rebuild
  (MkDocs does not reload hook modules, so a changed ``py/thankyou`` would otherwise be ignored).
- ``on_files``: add the Pyodide core files, our wheel, the wheels shipped beside it (tzdata),
  the lock file, the tools' standard library compiled to bytecode (``site_build.stdlib``, the
  fast start), and the ``file://`` shim Material's offline plugin needs (from npm, not a CDN).
- ``on_page_context``: point the language selector at this same page in each language.
- ``on_post_build``: give each language folder the sitemap Material fetches next to its pages,
  then write precompressed copies (``.br``, ``.gz``) of the large files (``site_build.precompress``).
- ``on_page_content``: replace each ``<!-- thankyou:TOOL [SIZE] -->`` marker with the tool,
  answered for the default situation by the same Python that runs in the browser, and each
  ``<!-- thankyou-snippet:OP NAME -->`` with ``handle({"op": OP, "name": NAME, ...})["html"]``
  (an example email on the examples page, say): build-time output of the same code.
- ``on_post_build`` (last): the offline and privacy work on the finished site — the runtime as
  classic scripts for ``file://``, a Content-Security-Policy in every page, the service worker
  and the zip of the whole site (see ``offline.py`` and ``security.py``), then ``_headers`` for
  static hosts (``hosts.py``).

For the guide's pages (the helpers at the end of this module and the modules they call):
- ``on_page_markdown``: state the checker's rules where a page has ``<!-- thankyou-rule:SECTION -->``
  (``guide_rules``), then append the glossary of the page's language (tooltips for terms).
- ``on_page_content`` also gives a page without a ``description`` in its front matter its first
  paragraph as one (``page_meta``).
- ``on_page_context`` also adds Indonesian word roots to the page's search entries
  (``search_roots``); ``on_post_build`` copies the sitemap into every folder of pages.
- ``on_post_page``: add Open Graph, Twitter card and ``x-default`` hreflang tags (``page_meta``),
  and repair Material's markup: language links load in full, the search dialog has a name,
  valid HTML (``markup_fixes``; ``on_post_template`` repairs 404.html the same way).
- ``on_pre_build`` and ``on_post_build`` keep the default language's ``404.html`` at the root.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

if TYPE_CHECKING:
    from site_build.runtime import Wheel

PY_DIR = Path(__file__).resolve().parents[1]
# Reset by on_config on every (re)build: the hook module itself lives as long as `mkdocs serve`.
_lock_version = ""
_serving = False
# Material's file:// Worker shim, shipped from its pinned npm package instead of a CDN.
IFRAME_WORKER_SHIM = PY_DIR.parent / "node_modules" / "iframe-worker" / "shim" / "index.js"
IFRAME_WORKER_SITE_PATH = "assets/javascripts/vendor/iframe-worker.js"
_fallback_only: list[str] = []  # runtime files fetched only if the compiled stdlib lacks a module
_shipped_packages: list[str] = []  # our package and the ones shipped beside it, by lock-file name
_fast_start: dict[str, object] = {}  # runtime options of the compiled standard library, for data-runtime
_tool_pages: dict[str, dict] = {}  # src_uri → runtime options of a page with a tool (its first tool starts early)
MARKER = re.compile(r"<!--\s*thankyou:(?P<tool>[a-z_]+)(?:\s+(?P<size>[a-z_]+))?\s*-->")
SNIPPET = re.compile(r"<!--\s*thankyou-snippet:(?P<op>[a-z_]+)\s+(?P<name>[a-z0-9_-]+)\s*-->")


def on_startup(*, command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _lock_version
    _lock_version = ""
    _fast_start.clear()
    _shipped_packages.clear()
    _fallback_only.clear()
    _tool_pages.clear()
    if str(PY_DIR) not in sys.path:
        sys.path.insert(0, str(PY_DIR))
    for name in [name for name in sys.modules if name == "thankyou" or name.startswith("thankyou.")]:
        del sys.modules[name]
    return config


# After mkdocs-static-i18n (priority -100), which moves every file of a translated build under
# its language folder: the runtime is shared by all languages, so it must stay at the root.
@event_priority(-200)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    from site_build import offline, runtime

    try:
        wheel = runtime.build_wheel()
        others = runtime.site_wheels()
        cores = runtime.core_files()
        lock = runtime.lock_file(wheel, others)
    except runtime.RuntimeError_ as error:
        raise PluginError(str(error)) from None
    for site_path, source in cores.items():
        _replace(files, File.generated(config, site_path, abs_src_path=str(source)))
    for shipped in [wheel, *others]:
        _replace(files, File.generated(config, shipped.site_path, abs_src_path=str(shipped.path)))
    _replace(files, File.generated(config, f"{runtime.SITE_DIR}/pyodide-lock.json", content=lock))
    if not IFRAME_WORKER_SHIM.is_file():
        raise PluginError(f"{IFRAME_WORKER_SHIM} is missing: run `make setup` (or `npm ci`) to install the pinned npm packages.")
    _replace(files, File.generated(config, IFRAME_WORKER_SITE_PATH, abs_src_path=str(IFRAME_WORKER_SHIM)))
    # Known to MkDocs so pages may link to it; on_post_build writes the real zip over it.
    _replace(files, File.generated(config, offline.SITE_ZIP, content=b""))
    global _lock_version
    _lock_version = runtime.lock_digest(lock)
    _shipped_packages[:] = [_package_name(shipped) for shipped in [wheel, *others]]
    _add_compiled_stdlib(files, config, wheel, others)
    _add_word_lists(files, config)
    _drop_unused_lunr(files, config)
    return files


def _add_word_lists(files: Files, config: MkDocsConfig) -> None:
    """The reviewer's spelling word lists (``site_build.wordlists``): fetched by the reviewer's page only."""
    from site_build import wordlists

    try:
        for site_path, source in wordlists.site_files().items():
            _replace(files, File.generated(config, site_path, abs_src_path=str(source)))
    except FileNotFoundError as error:
        raise PluginError(str(error)) from None


def _drop_unused_lunr(files: Files, config: MkDocsConfig) -> None:
    """Ship (and so precache) only the lunr files the search imports (``site_build.lunr_files``)."""
    from site_build import lunr_files

    search = config.plugins.get("material/search") or config.plugins.get("search")
    unused = set(lunr_files.unused([file.dest_uri for file in files], search.config.lang if search else []))
    for file in [file for file in files if file.dest_uri in unused]:
        files.remove(file)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    from site_build import glossary, guide_rules

    lang, _to_root, _to_language_root = _page_place(page, config)
    try:
        # The checker's rules, stated from its own tables (``<!-- thankyou-rule:SECTION -->``).
        markdown = guide_rules.render(markdown, lang)
    except guide_rules.UnknownRule as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from None
    return glossary.with_glossary(markdown, lang)


def _package_name(wheel: Wheel) -> str:
    """``tzdata-2026.6-py2.py3-none-any.whl`` → ``tzdata``: the name the lock file knows it by."""
    return wheel.path.name.split("-", 1)[0].lower()


def _add_compiled_stdlib(files: Files, config: MkDocsConfig, wheel: Wheel, others: list[Wheel]) -> None:
    """Ship the tools' standard library as bytecode, with our package in it (see site_build.stdlib).

    The worker passes it to Pyodide as ``stdLibURL`` and then needs no wheel: the browser skips
    compiling every module at each visit, and downloads less than the full ``python_stdlib.zip``.
    """
    from site_build import stdlib

    try:
        compiled = stdlib.compiled_stdlib(wheel, others)
    except stdlib.RuntimeError_ as error:
        raise PluginError(str(error)) from None
    _replace(files, File.generated(config, compiled.site_path, abs_src_path=str(compiled.path)))
    from site_build.offline import integrity

    _fast_start.update({
        "stdLibURL": compiled.site_path,
        "stdLibPackages": list(compiled.packages),
        # Checked only after a failed start, to tell a damaged zip ("package") from Python itself.
        "stdLibIntegrity": integrity(compiled.path.read_bytes()),
    })
    # With every package inside the compiled zip, the full zip and the wheels are only a fallback.
    _fallback_only[:] = [f"{stdlib.SITE_DIR}/python_stdlib.zip", wheel.site_path, *(other.site_path for other in others)]


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if "thankyou" in html:
        html = SNIPPET.sub(lambda match: _snippet(match, page, config), html)
        html = MARKER.sub(lambda match: _widget(match, page, config), html)
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

    lang, _to_root, _to_language_root = _page_place(page, config)
    output = page_meta.add_to_head(output, page_meta.head_tags(_page_meta(page, config)))
    output = markup_fixes.repair(output, lang)
    return output


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """Material's pages that are not guide pages (404.html): the same valid-HTML repairs."""
    from site_build import markup_fixes

    return markup_fixes.valid_html(output_content) if template_name.endswith(".html") else output_content


# Last, after mkdocs-static-i18n (-100) has built the other languages and written the sitemap.
@event_priority(-200)
def on_post_build(config: MkDocsConfig) -> None:
    _restore_default_not_found(config)
    _copy_sitemaps(config)
    if _inside_a_translation_build(config):
        return  # the whole-site steps below run once, when every language is written
    _stem_search_queries(config)  # before the policies: it renames the search worker pages name
    if not _serving:
        _make_offline_and_private(Path(config.site_dir))
    _precompress(config)  # every file is written by then
    if not _serving:
        from site_build import hosts

        hosts.write_headers(Path(config.site_dir))  # last: it names the pages' policies and every file


def _stem_search_queries(config: MkDocsConfig) -> None:
    """A search worker per language that stems Indonesian queries (``site_build.search_stemming``)."""
    from site_build import search_stemming

    i18n = config.plugins.get("i18n")
    locales = [(language.locale, language.default) for language in i18n.config.languages] if i18n else []
    languages = {locale: "" if default else f"{locale}/" for locale, default in sorted(locales, key=lambda item: not item[1])}
    search_stemming.install(Path(config.site_dir), languages or {config.theme["language"]: ""})


def _inside_a_translation_build(config: MkDocsConfig) -> bool:
    """True while mkdocs-static-i18n builds another language from inside the default one's post-build."""
    i18n = config.plugins.get("i18n")
    return bool(i18n is not None and getattr(i18n, "building", False))


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


def _make_offline_and_private(site_dir: Path) -> None:
    """The finished site: file:// bundle, a policy and the service worker's address in every page, sw.js, zip."""
    from site_build import offline, security

    offline.write_search_script(site_dir)
    offline.write_file_bundle(site_dir)
    shim = IFRAME_WORKER_SHIM.read_text(encoding="utf-8")
    for page in sorted(site_dir.rglob("*.html")):
        to_root = "../" * page.relative_to(site_dir).as_posix().count("/")
        html = offline.announce_service_worker(page.read_text(encoding="utf-8"), to_root)
        page.write_text(security.secure_page(html, shim), encoding="utf-8")
    offline.write_service_worker(site_dir, leave_out=_fallback_only)
    offline.write_site_zip(site_dir, site_dir / offline.SITE_ZIP)


def _precompress(config: MkDocsConfig) -> None:
    """``x.br`` and ``x.gz`` beside the large files: the runtime is ≈ 11 MB raw and ≈ 3 MB as brotli,
    which is seconds on a phone network, for hosts that serve precompressed files."""
    from site_build import precompress

    precompress.precompress_folder(Path(config.site_dir))


def _page_place(page: Page, config: MkDocsConfig) -> tuple[str, str, str]:
    """The page's language, and the relative paths from it to the site root and to its language's root."""
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    depth = page.url.count("/")
    # Translated pages live under /LANG/; the guide links in answers are relative to that folder.
    in_language_folder = page.url.startswith(f"{lang}/")
    return lang, "../" * depth, "../" * (depth - 1 if in_language_folder else depth)


def _snippet(match: re.Match[str], page: Page, config: MkDocsConfig) -> str:
    from thankyou.api import handle

    lang, _to_root, to_language_root = _page_place(page, config)
    answer = handle({"op": match["op"], "name": match["name"], "lang": lang, "link_base": to_language_root})
    if "error" in answer or not isinstance(answer.get("html"), str):
        raise PluginError(f"{page.file.src_uri}: cannot render {match[0]}: {json.dumps(answer.get('error'))}")
    return answer["html"]


def _widget(match: re.Match[str], page: Page, config: MkDocsConfig) -> str:
    from site_build import offline
    from thankyou.api import handle

    lang, to_root, to_language_root = _page_place(page, config)
    version = _lock_version
    runtime = {
        "worker": f"{to_root}assets/javascripts/thankyou-worker.js",
        "indexURL": f"{to_root}assets/pyodide/",
        "lockFileURL": f"{to_root}assets/pyodide/pyodide-lock.json?v={version}",
        # Every package the tools use: with the compiled stdlib, all of them are inside it and
        # the worker installs none (without it, loadPackage installs them from their wheels).
        "packages": list(_shipped_packages),
        # Under file://: the runtime as classic scripts (see site_build/offline.py).
        "offline": f"{to_root}{offline.FILE_BUNDLE_INDEX}",
        # The reviewer's spelling lists: the worker fetches them when Python asks for them.
        "wordLists": {lang: f"{to_root}{path}" for lang, path in _word_list_paths().items()},
    }
    runtime.update(_fast_start_options(to_root))
    first_tool_on_page = page.file.src_uri not in _tool_pages
    _tool_pages[page.file.src_uri] = runtime
    request = {
        "op": "widget",
        "tool": match["tool"],
        "size": match["size"] or "full",
        "lang": lang,
        "link_base": to_language_root,
        "runtime": runtime,
    }
    answer = handle(request)
    if "error" in answer:
        raise PluginError(f"{page.file.src_uri}: cannot render {match[0]}: {json.dumps(answer['error'])}")
    return answer["html"] + (_early_transport(to_root) if first_tool_on_page else "")


def _word_list_paths() -> dict[str, str]:
    from site_build import wordlists

    return {lang: wordlists.SITE_PATH.format(lang=lang) for lang in wordlists.SOURCES}


def _early_transport(to_root: str) -> str:
    """The transport again, ``async`` right after the tool, so Python starts before Material's scripts."""
    from site_build import preload

    return preload.early_script(to_root)


def _fast_start_options(to_root: str) -> dict[str, object]:
    """A tool page's fast-start options: start the worker as soon as the page's scripts run
    (thankyou-widgets.js), and the compiled standard library (relative to this page) with the
    packages inside it, when the build made one."""
    options: dict[str, object] = {"startEarly": True}
    if _fast_start:
        options.update(_fast_start, stdLibURL=f"{to_root}{_fast_start['stdLibURL']}")
    return options


def _replace(files: Files, file: File) -> None:
    existing = files.get_file_from_path(file.src_uri)
    if existing is not None:
        files.remove(existing)
    files.append(file)


# The guide's pages: language links, search roots, descriptions and head tags.


# Each language's build renders Material's 404.html into the site root, so the last one (English)
# would replace the Indonesian page a static host shows for every missing address. The page of the
# default language is kept: read before another language's build, written back after it.
_default_not_found: bytes | None = None


def on_pre_build(config: MkDocsConfig) -> None:
    global _default_not_found
    i18n = config.plugins.get("i18n")
    page = Path(config.site_dir) / "404.html"
    if i18n is not None and not i18n.is_default_language_build and page.is_file():
        _default_not_found = page.read_bytes()


def _restore_default_not_found(config: MkDocsConfig) -> None:
    global _default_not_found
    if _default_not_found is not None:
        (Path(config.site_dir) / "404.html").write_bytes(_default_not_found)
        _default_not_found = None


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

    search = config.plugins.get("material/search") or config.plugins.get("search")
    lang, _to_root, _to_language_root = _page_place(page, config)
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

    lang, _to_root, _to_language_root = _page_place(page, config)
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
