"""MkDocs hook, the tools' runtime: ship Python with the site and render the tools into their pages.

Events, in build order (the guide's own events are in ``hooks_guide.py``, listed after this file):
- ``on_startup``: note whether this is ``mkdocs serve`` (no service worker, no policy, no zip:
  they would cache a site being edited and block the live-reload script).
- ``on_config``: make ``py/`` importable, forget the build's state and the modules of an earlier
  ``serve`` rebuild (``thankyou.*`` and ``site_build.*``: MkDocs does not reload hook modules, so a
  changed ``py/`` would otherwise be ignored).
- ``on_files``: add the Pyodide core files, our wheel, the wheels shipped beside it (tzdata),
  the lock file, the tools' standard library compiled to bytecode (``site_build.stdlib``, the
  fast start), the reviewer's word lists, and the ``file://`` shim Material's offline plugin
  needs (from npm, not a CDN).
- ``on_page_content``: replace each ``<!-- thankyou:TOOL [SIZE] -->`` marker with the tool,
  answered for the default situation by the same Python that runs in the browser, and each
  ``<!-- thankyou-snippet:OP NAME -->`` with ``handle({"op": OP, "name": NAME, ...})["html"]``
  (an example email on the examples page, say): build-time output of the same code.
- ``on_post_build`` (last, after the guide's): the offline and privacy work on the finished
  site — the runtime as classic scripts for ``file://``, a Content-Security-Policy in every page,
  the service worker and the zip of the whole site (see ``offline.py`` and ``security.py``),
  precompressed copies of the large files (``precompress.py``), then ``_headers`` for static
  hosts (``hosts.py``).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

if TYPE_CHECKING:
    from site_build.runtime import Wheel
    from site_build.stdlib import CompiledStdlib
    from thankyou.web.protocol import RuntimeOptions

PY_DIR = Path(__file__).resolve().parents[1]
# Material's file:// Worker shim, shipped from its pinned npm package instead of a CDN.
IFRAME_WORKER_SHIM = PY_DIR.parent / "node_modules" / "iframe-worker" / "shim" / "index.js"
IFRAME_WORKER_SITE_PATH = "assets/javascripts/vendor/iframe-worker.js"
MARKER = re.compile(r"<!--\s*thankyou:(?P<tool>[a-z_]+)(?:\s+(?P<size>[a-z_]+))?\s*-->")
SNIPPET = re.compile(r"<!--\s*thankyou-snippet:(?P<op>[a-z_]+)\s+(?P<name>[a-z0-9_-]+)\s*-->")
# The packages whose modules a `mkdocs serve` rebuild imports afresh.
FRESH_PACKAGES = ("thankyou", "site_build")


@dataclass
class ToolsBuild:
    """What one build learns about the runtime; the hook module lives as long as ``mkdocs serve``.

    ``serving`` is the session's (set by ``on_startup``); the rest is reset by ``on_config``.
    """

    serving: bool = False
    lock_version: str = ""
    # Runtime files fetched only if the compiled stdlib lacks a module.
    fallback_only: list[str] = field(default_factory=list)
    # The worker's options, relative to the site's root: built once by on_files, given to each tool page.
    runtime: RuntimeOptions | None = None
    # The pages with a tool (their first tool starts early).
    tool_pages: set[str] = field(default_factory=set)

    def reset(self) -> None:
        self.__init__(serving=self.serving)  # type: ignore[misc]


STATE = ToolsBuild()


def on_startup(*, command: str, dirty: bool) -> None:
    STATE.serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    STATE.reset()
    import_afresh(PY_DIR, FRESH_PACKAGES)
    return config


# After mkdocs-static-i18n (priority -100), which moves every file of a translated build under
# its language folder: the runtime is shared by all languages, so it must stay at the root.
@event_priority(-200)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    wheel, others = _add_runtime(files, config)
    compiled = _add_compiled_stdlib(files, config, wheel, others)
    _add_word_lists(files, config)
    STATE.runtime = _runtime_options([wheel, *others], compiled)
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if "thankyou" in html:
        html = SNIPPET.sub(lambda match: _snippet(match, page, config), html)
        html = MARKER.sub(lambda match: _widget(match, page, config), html)
    return html


# Last, after mkdocs-static-i18n (-100) and the guide's post-build (-150).
@event_priority(-200)
def on_post_build(config: MkDocsConfig) -> None:
    if _inside_a_translation_build(config):
        return  # the whole-site steps below run once, when every language is written
    if not STATE.serving:
        _make_offline_and_private(Path(config.site_dir))
    _precompress(config)  # every file is written by then
    if not STATE.serving:
        _write_headers(config)  # last: it names the pages' policies and every file


def import_afresh(py_dir: Path, packages: tuple[str, ...]) -> None:
    """Make ``py_dir`` importable and forget the modules of ``packages`` imported by an earlier build."""
    if str(py_dir) not in sys.path:
        sys.path.insert(0, str(py_dir))
    stale = [name for name in sys.modules if name in packages or name.startswith(tuple(f"{p}." for p in packages))]
    for name in stale:
        del sys.modules[name]


def _add_runtime(files: Files, config: MkDocsConfig) -> tuple[Wheel, list[Wheel]]:
    """The Pyodide core files, our wheel and those beside it, the lock file, the file:// shim."""
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
    STATE.lock_version = runtime.lock_digest(lock)
    return wheel, others


def _add_word_lists(files: Files, config: MkDocsConfig) -> None:
    """The reviewer's spelling word lists (``site_build.wordlists``): fetched by the reviewer's page only."""
    from site_build import wordlists

    try:
        for site_path, source in wordlists.site_files().items():
            _replace(files, File.generated(config, site_path, abs_src_path=str(source)))
    except FileNotFoundError as error:
        raise PluginError(str(error)) from None


def _package_name(wheel: Wheel) -> str:
    """``tzdata-2026.6-py2.py3-none-any.whl`` → ``tzdata``: the name the lock file knows it by."""
    return wheel.path.name.split("-", 1)[0].lower()


def _add_compiled_stdlib(files: Files, config: MkDocsConfig, wheel: Wheel, others: list[Wheel]) -> CompiledStdlib:
    """Ship the tools' standard library as bytecode, with our package in it (see site_build.stdlib).

    The worker passes it to Pyodide as ``stdLibURL`` and then installs no wheel: the browser skips
    compiling every module at each visit, and downloads less than the full ``python_stdlib.zip``.
    """
    from site_build import stdlib

    try:
        compiled = stdlib.compiled_stdlib(wheel, others)
    except stdlib.RuntimeError_ as error:
        raise PluginError(str(error)) from None
    _replace(files, File.generated(config, compiled.site_path, abs_src_path=str(compiled.path)))
    # With every package inside the compiled zip, the full zip and the wheels are only a fallback.
    STATE.fallback_only[:] = [f"{stdlib.SITE_DIR}/python_stdlib.zip", wheel.site_path, *(other.site_path for other in others)]
    return compiled


def _runtime_options(shipped: list[Wheel], compiled: CompiledStdlib) -> RuntimeOptions:
    """The worker's options, once for the whole site (paths from its root; see ``RuntimeOptions``).

    Every package the tools use is inside the compiled standard library: the worker installs
    none (those it lacked, should there be any, it would install from their wheels).
    """
    from site_build import offline, runtime, wordlists
    from site_build.offline import integrity
    from thankyou.web.protocol import RuntimeOptions

    left_out = {_package_name(wheel) for wheel in shipped} - set(compiled.packages)
    return RuntimeOptions(
        worker="assets/javascripts/thankyou-worker.js",
        index_url=f"{runtime.SITE_DIR}/",
        lock_file_url=f"{runtime.SITE_DIR}/pyodide-lock.json?v={STATE.lock_version}",
        offline=offline.FILE_BUNDLE_INDEX,
        word_lists=tuple((lang, wordlists.SITE_PATH.format(lang=lang)) for lang in wordlists.SOURCES),
        install=tuple(sorted(left_out)),
        std_lib_url=compiled.site_path,
        # Checked only after a failed start, to tell a damaged zip ("package") from Python itself.
        std_lib_integrity=integrity(compiled.path.read_bytes()),
        full_std_lib_url=f"{runtime.SITE_DIR}/python_stdlib.zip",
    )


def _inside_a_translation_build(config: MkDocsConfig) -> bool:
    """True while mkdocs-static-i18n builds another language from inside the default one's post-build."""
    i18n = config.plugins.get("i18n")
    return bool(i18n is not None and getattr(i18n, "building", False))


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
    offline.write_service_worker(site_dir, leave_out=STATE.fallback_only)
    offline.write_site_zip(site_dir, site_dir / offline.SITE_ZIP)


def _precompress(config: MkDocsConfig) -> None:
    """``x.br`` and ``x.gz`` beside the large files: the runtime is ≈ 11 MB raw and ≈ 3 MB as brotli,
    which is seconds on a phone network, for hosts that serve precompressed files."""
    from site_build import offline, precompress

    # Not the file:// copy (the runtime again, as base64 scripts): it is read from disk, where no
    # host answers with an encoding. At brotli 11 it was two thirds of a cold build.
    precompress.precompress_folder(Path(config.site_dir), leave_out=(offline.FILE_BUNDLE_DIR,))


def _write_headers(config: MkDocsConfig) -> None:
    """``_headers`` for static hosts (``site_build.hosts``)."""
    from site_build import hosts

    hosts.write_headers(Path(config.site_dir))


def _snippet(match: re.Match[str], page: Page, config: MkDocsConfig) -> str:
    from site_build.page_place import page_place
    from thankyou.api import handle

    lang, _to_root, to_language_root = page_place(page, config)
    answer = handle({"op": match["op"], "name": match["name"], "lang": lang, "link_base": to_language_root})
    if "error" in answer or not isinstance(answer.get("html"), str):
        raise PluginError(f"{page.file.src_uri}: cannot render {match[0]}: {json.dumps(answer.get('error'))}")
    return answer["html"]


def _widget(match: re.Match[str], page: Page, config: MkDocsConfig) -> str:
    from site_build import offline
    from site_build.page_place import page_place
    from thankyou.api import handle

    lang, to_root, to_language_root = page_place(page, config)
    first_tool_on_page = page.file.src_uri not in STATE.tool_pages
    STATE.tool_pages.add(page.file.src_uri)
    request = {
        "op": "widget",
        "tool": match["tool"],
        "size": match["size"] or "full",
        "lang": lang,
        "link_base": to_language_root,
        "runtime": STATE.runtime.for_page(to_root).to_json(),
    }
    answer = handle(request)
    if "error" in answer:
        raise PluginError(f"{page.file.src_uri}: cannot render {match[0]}: {json.dumps(answer['error'])}")
    return answer["html"] + (_early_transport(to_root) if first_tool_on_page else "")


def _early_transport(to_root: str) -> str:
    """The transport again, ``async`` right after the tool, so Python starts before Material's scripts."""
    from site_build import preload

    return preload.early_script(to_root)


def _replace(files: Files, file: File) -> None:
    existing = files.get_file_from_path(file.src_uri)
    if existing is not None:
        files.remove(existing)
    files.append(file)
