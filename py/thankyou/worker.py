"""The Web Worker's Python side: a page's request in, its JSON answer out, spelling lists fetched as asked.

The worker script (``docs/assets/javascripts/thankyou-worker.js``) boots Pyodide, makes one
:class:`WorkerShell` from the page's runtime options and hands it each request as JSON text.
An answer may name the word lists the reviewer wants (``word_lists``: languages). Each is fetched
once from the URL the options give, parsed into a lexicon and kept; the request is then asked
again with them. A list that cannot be fetched leaves the answer as it was (no spelling findings)
and is tried again by the next request that wants it.

A page imports only its own tool (``thankyou.web.tools``). Once the worker has been idle for a
moment, it imports the others, one per quiet moment, so a second tool page reached by the site's
navigation answers at once, and a reader typing never waits for more than one tool's import.

A shell: it fetches (through the worker's own ``fetch``, which keeps to the site's origin) and
reports trouble on stderr, which the worker passes to the console as a warning. It imports
Pyodide's ``js`` module only inside :func:`fetch_text`, so the package still imports on CPython.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable, Callable, Iterable, Mapping
from urllib.parse import urljoin

from thankyou import api, web
from thankyou.spelling import Lexicon, parse_word_list
from thankyou.web.protocol import RuntimeOptions

FetchText = Callable[[str], Awaitable[str]]

# Seconds without a request before the worker imports a tool no page has asked for yet.
IDLE_S = 1.0
# The tools imported then, in this order: the reviewer first, which the generator holds too.
WARM_UP = ("review", "draft", "check")


async def fetch_text(url: str) -> str:
    """The text at ``url``, fetched by the worker's JavaScript; an HTTP error status raises."""
    import js  # Pyodide's bridge to the worker's globals: only there

    response = await js.fetch(url)
    if not response.ok:
        raise OSError(f"{url}: HTTP {response.status}")
    return await response.text()


class WorkerShell:
    """One worker's state across requests: the word lists' URLs and the lexicons loaded so far."""

    def __init__(self, word_lists: Mapping[str, str], fetch: FetchText = fetch_text, *,
                 warm_up: Iterable[Callable[[], object]] = (), idle_s: float = IDLE_S) -> None:
        self.word_lists = dict(word_lists)  # language → absolute URL
        self.fetch = fetch
        self.lexicons: list[Lexicon] = []
        self.loading: dict[str, asyncio.Future[None]] = {}  # one download per language at a time
        self.warm_up = list(warm_up)  # what is still to import, once idle
        self.idle_s = idle_s
        self.idle: asyncio.TimerHandle | None = None

    @classmethod
    def for_page(cls, options: str, base: str) -> WorkerShell:
        """The shell for the page's runtime options (``data-runtime`` as JSON text), whose paths are relative to ``base``."""
        word_lists = RuntimeOptions.from_json(json.loads(options)).word_lists
        return cls({lang: urljoin(base, path) for lang, path in word_lists},
                   warm_up=[lambda name=name: web.tool(name) for name in WARM_UP])

    async def handle(self, request: str) -> str:
        """The façade's JSON answer to ``request``, with the spelling lists it asks for when they load."""
        if self.idle is not None:
            self.idle.cancel()
        try:
            return await self._answer(request)
        finally:
            self._rest()

    def _rest(self) -> None:
        """Import the next tool once no request has come for :attr:`idle_s` seconds."""
        if self.warm_up:
            self.idle = asyncio.get_running_loop().call_later(self.idle_s, self._warm)

    def _warm(self) -> None:
        self.idle = None
        try:
            self.warm_up.pop(0)()
        except Exception as error:  # noqa: BLE001 — the page asks for the tool itself and reports it then
            print(f"thankyou worker: a tool could not be imported ahead: {error!r}", file=sys.stderr)
            self.warm_up.clear()
        self._rest()

    async def _answer(self, request: str) -> str:
        first = api.handle_json(request, lexicons=self.lexicons)
        wanted = [lang for lang in json.loads(first).get("word_lists", ()) if lang in self.word_lists]
        if not wanted:
            return first
        try:
            await asyncio.gather(*(self._load(lang) for lang in wanted))
        except Exception as error:  # noqa: BLE001 — without the lists the answer stands, without spelling
            print(f"thankyou worker: spelling lists unavailable: {error}", file=sys.stderr)
            return first
        return api.handle_json(request, lexicons=self.lexicons)

    def _load(self, lang: str) -> asyncio.Future[None]:
        if lang not in self.loading:
            self.loading[lang] = asyncio.ensure_future(self._fetch(lang))
        return self.loading[lang]

    async def _fetch(self, lang: str) -> None:
        try:
            self.lexicons.append(parse_word_list(await self.fetch(self.word_lists[lang]), lang))
        except BaseException:
            del self.loading[lang]  # tried again next time
            raise
