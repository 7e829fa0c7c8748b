"""MkDocs hook: ship the Python runtime with the site and render the tools into their pages.

Events, in build order:
- ``on_config``: make ``py/`` importable and forget modules from an earlier ``serve`` rebuild
  (MkDocs does not reload hook modules, so a changed ``py/thankyou`` would otherwise be ignored).
- ``on_files``: add the Pyodide core files, our wheel and its lock file to the build, and the
  tools' standard library compiled to bytecode (``site_build.stdlib``, the fast start).
- ``on_page_context``: point the language selector at this same page in each language.
- ``on_post_build``: give each language folder the sitemap Material fetches next to its pages,
  then write precompressed copies (``.br``, ``.gz``) of the large files (``site_build.precompress``).
- ``on_post_page``: on a page with a tool, preload hints for the WebAssembly and the compiled
  standard library at the top of ``<head>`` (``site_build.preload``).
- ``on_page_content``: replace each ``<!-- thankyou:TOOL [SIZE] -->`` marker with the tool,
  answered for the default situation by the same Python that runs in the browser, and each
  ``<!-- thankyou-snippet:OP NAME -->`` with ``handle({"op": OP, "name": NAME, ...})["html"]``
  (an example email on the examples page, say): build-time output of the same code.
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

if TYPE_CHECKING:
    from site_build.runtime import Wheel

PY_DIR = Path(__file__).resolve().parents[1]
# Reset by on_config on every (re)build: the hook module itself lives as long as `mkdocs serve`.
_lock_version = ""
_fast_start: dict[str, object] = {}  # runtime options of the compiled standard library, for data-runtime
_tool_pages: dict[str, dict] = {}  # src_uri → runtime options of a page with a tool, for its preload hints
MARKER = re.compile(r"<!--\s*thankyou:(?P<tool>[a-z_]+)(?:\s+(?P<size>[a-z_]+))?\s*-->")
SNIPPET = re.compile(r"<!--\s*thankyou-snippet:(?P<op>[a-z_]+)\s+(?P<name>[a-z0-9_-]+)\s*-->")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _lock_version
    _lock_version = ""
    _fast_start.clear()
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
    from site_build import runtime

    try:
        wheel = runtime.build_wheel()
        cores = runtime.core_files()
        lock = runtime.lock_file(wheel)
    except runtime.RuntimeError_ as error:
        raise PluginError(str(error)) from None
    for site_path, source in cores.items():
        _replace(files, File.generated(config, site_path, abs_src_path=str(source)))
    _replace(files, File.generated(config, wheel.site_path, abs_src_path=str(wheel.path)))
    _replace(files, File.generated(config, f"{runtime.SITE_DIR}/pyodide-lock.json", content=lock))
    global _lock_version
    _lock_version = runtime.lock_digest(lock)
    _add_compiled_stdlib(files, config, wheel)
    return files


def _add_compiled_stdlib(files: Files, config: MkDocsConfig, wheel: Wheel) -> None:
    """Ship the tools' standard library as bytecode, with our package in it (see site_build.stdlib).

    The worker passes it to Pyodide as ``stdLibURL`` and then needs no wheel: the browser skips
    compiling every module at each visit, and downloads less than the full ``python_stdlib.zip``.
    """
    from site_build import stdlib

    try:
        compiled = stdlib.compiled_stdlib(wheel)
    except stdlib.RuntimeError_ as error:
        raise PluginError(str(error)) from None
    _replace(files, File.generated(config, compiled.site_path, abs_src_path=str(compiled.path)))
    _fast_start.update({"stdLibURL": compiled.site_path, "stdLibPackages": list(stdlib.BUNDLED_PACKAGES)})


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _preload_runtime(output, page)


def _preload_runtime(output: str, page: Page) -> str:
    """On a page with a tool, start its two big downloads from the ``<head>`` (see site_build.preload)."""
    from site_build import preload

    runtime = _tool_pages.get(page.file.src_uri)
    return preload.add_hints(output, runtime) if runtime else output


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if "thankyou" not in html:
        return html
    html = SNIPPET.sub(lambda match: _snippet(match, page, config), html)
    return MARKER.sub(lambda match: _widget(match, page, config), html)


# After mkdocs-static-i18n's own page context (priority 50), which knows each page's alternates.
@event_priority(0)
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    i18n = config.plugins.get("i18n")
    alternates = getattr(page.file, "alternates", None)
    if i18n is None or not alternates:
        return context
    # Site-root-relative URLs: Material's `url` filter makes them relative to the page, so the
    # links also work from a subfolder or when the site is opened from disk.
    config.extra["alternate"] = [
        {"name": language.name, "lang": language.locale, "link": alternates[language.locale].url}
        for language in i18n.config.languages
        if language.locale in alternates
    ]
    return context


# Last, after mkdocs-static-i18n (-100) has built the other languages and written the sitemap.
@event_priority(-200)
def on_post_build(config: MkDocsConfig) -> None:
    _copy_sitemaps(config)
    _precompress(config)  # last: every file is written by then


def _copy_sitemaps(config: MkDocsConfig) -> None:
    i18n = config.plugins.get("i18n")
    sitemap = Path(config.site_dir) / "sitemap.xml"
    if i18n is None or not sitemap.is_file():
        return
    # Material looks for sitemap.xml beside each alternate-language link, to keep the reader on
    # the same page when switching; the i18n sitemap (with every language) only sits at the root.
    for language in i18n.config.languages:
        folder = Path(config.site_dir) / language.locale
        if not language.default and folder.is_dir():
            for name in ("sitemap.xml", "sitemap.xml.gz"):
                if (Path(config.site_dir) / name).is_file():
                    shutil.copyfile(Path(config.site_dir) / name, folder / name)


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
    from thankyou.api import handle

    lang, to_root, to_language_root = _page_place(page, config)
    version = _lock_version
    runtime = {
        "worker": f"{to_root}assets/javascripts/thankyou-worker.js",
        "indexURL": f"{to_root}assets/pyodide/",
        "lockFileURL": f"{to_root}assets/pyodide/pyodide-lock.json?v={version}",
        "packages": ["thankyou"],
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
