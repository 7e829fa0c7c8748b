"""The Web Worker's Python side (``thankyou.worker``), run on CPython with a fake fetch.

It answers as the façade does, fetches each spelling list the reviewer asks for once, from the
URL the page's runtime options give, and keeps answering (without spelling) when a list fails,
trying that list again on the next request.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import sys
import types

import pytest

from thankyou import api
from thankyou.web.protocol import RuntimeOptions
from thankyou.worker import WorkerShell, fetch_text

CONTEXT = {"now": "2026-11-26T03:00:00Z", "tz": "Asia/Jakarta", "offset": 420}
BODY = "Dear Anna,\n\nThank you for the inteview today.\n\nBest regards,\nDimas"
REVIEW = json.dumps({"op": "view", "tool": "review", "lang": "id", "form": {"body": [BODY]}, "context": CONTEXT})
CHECK = json.dumps({"op": "view", "tool": "check", "lang": "id", "form": {}, "context": CONTEXT})
LISTS = {
    "https://site.example/assets/words/en.txt": "dear\nanna\nthank\nyou\nfor\nthe\ninterview\ntoday\nbest\nregards\n",
    "https://site.example/assets/words/id.txt": "terima\nkasih\natas\nwawancara\n",
}
# As the build makes them (paths from the site's root) and as a page one folder down has them.
OPTIONS = RuntimeOptions("w.js", "py/", "py/lock.json", "off.js",
                         word_lists=(("en", "assets/words/en.txt"), ("id", "assets/words/id.txt"))).for_page("../")
PAGE = "https://site.example/alat/peninjau-draf.html"

# asyncio.run needs an event loop of its own; inside Pyodide the tests already run in its browser
# loop. There the shell runs with the real fetch (tests/pyodide/test_in_pyodide.py).
pytestmark = pytest.mark.skipif(sys.platform == "emscripten", reason="asyncio.run inside Pyodide's running loop")


class FakeFetch:
    """Serves :data:`LISTS`; the URLs in ``failing`` fail (as a refused or broken download would)."""

    def __init__(self, failing: frozenset[str] = frozenset()) -> None:
        self.asked: list[str] = []
        self.failing = set(failing)

    async def __call__(self, url: str) -> str:
        self.asked.append(url)
        await asyncio.sleep(0)  # a download takes a turn of the loop: other requests may come meanwhile
        if url in self.failing:
            raise OSError(f"{url}: HTTP 404")
        return LISTS[url]


def run(coroutine):
    """``coroutine`` to its end on an event loop of its own, in a thread of its own: the browser tests,
    run before these in one process, leave Playwright's loop running in this one."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def shell_with(fetch: FakeFetch) -> WorkerShell:
    return WorkerShell(WorkerShell.for_page(json.dumps(OPTIONS.to_json()), PAGE).word_lists, fetch)


def finds_the_typo(answer: str) -> bool:
    return 'data-kind="misspelling"' in json.loads(answer)["html"]


def test_the_lists_are_found_where_the_page_options_say():
    shell = WorkerShell.for_page(json.dumps(OPTIONS.to_json()), "file:///home/reader/site/alat/x.html")
    assert shell.word_lists == {"en": "file:///home/reader/site/assets/words/en.txt",
                                "id": "file:///home/reader/site/assets/words/id.txt"}


def test_a_request_that_wants_no_list_is_the_facades_answer_and_fetches_nothing():
    fetch = FakeFetch()
    answer = run(shell_with(fetch).handle(CHECK))
    assert answer == api.handle_json(CHECK) and fetch.asked == []


def test_a_review_fetches_each_list_once_and_is_answered_with_spelling():
    fetch = FakeFetch()
    shell = shell_with(fetch)

    async def two_reviews_at_once_then_one_more() -> list[str]:
        answers = await asyncio.gather(shell.handle(REVIEW), shell.handle(REVIEW))
        return [*answers, await shell.handle(REVIEW)]

    answers = run(two_reviews_at_once_then_one_more())
    assert sorted(fetch.asked) == sorted(LISTS)  # once per language, however many requests wanted it
    assert all(finds_the_typo(answer) and "word_lists" not in json.loads(answer) for answer in answers)
    assert not finds_the_typo(api.handle_json(REVIEW))  # without the lists: no spelling


def test_a_list_that_fails_leaves_the_answer_without_spelling_and_is_tried_again(capsys):
    fetch = FakeFetch(failing=frozenset({"https://site.example/assets/words/id.txt"}))
    shell = shell_with(fetch)
    answer = run(shell.handle(REVIEW))
    assert answer == api.handle_json(REVIEW) and not finds_the_typo(answer)
    assert "spelling lists unavailable: https://site.example/assets/words/id.txt: HTTP 404" in capsys.readouterr().err
    fetch.failing.clear()
    assert finds_the_typo(run(shell.handle(REVIEW)))
    # The list that loaded the first time is not fetched again; the one that failed is.
    assert fetch.asked.count("https://site.example/assets/words/en.txt") == 1
    assert fetch.asked.count("https://site.example/assets/words/id.txt") == 2


def test_a_bad_request_is_the_facades_error_not_a_crash():
    answer = json.loads(run(shell_with(FakeFetch()).handle("{not json")))
    assert answer["error"]["code"] == "json"


class FakeResponse:
    def __init__(self, status: int, text: str) -> None:
        self.ok, self.status, self._text = 200 <= status < 300, status, text

    async def text(self) -> str:
        return self._text


@pytest.mark.parametrize(("status", "outcome"), [(200, "kata\n"), (404, "HTTP 404")])
def test_the_default_fetch_reads_the_text_or_raises_on_an_error_status(monkeypatch, status, outcome):
    async def fetch(url: str) -> FakeResponse:
        return FakeResponse(status, "kata\n")

    monkeypatch.setitem(sys.modules, "js", types.SimpleNamespace(fetch=fetch))
    if status == 200:
        assert run(fetch_text("https://site.example/w.txt")) == outcome
    else:
        with pytest.raises(OSError, match=outcome):
            run(fetch_text("https://site.example/w.txt"))


def test_once_idle_the_shell_imports_the_other_tools_one_per_quiet_moment():
    warmed: list[str] = []
    shell = WorkerShell({}, FakeFetch(), warm_up=[lambda: warmed.append("review"), lambda: warmed.append("draft")],
                        idle_s=0.02)

    async def visit() -> list[list[str]]:
        seen = []
        await shell.handle(CHECK)
        seen.append(list(warmed))  # nothing while the page is being answered
        await asyncio.sleep(0.03)
        seen.append(list(warmed))  # one quiet moment: one tool
        await asyncio.sleep(0.05)
        seen.append(list(warmed))
        return seen

    assert run(visit()) == [[], ["review"], ["review", "draft"]]


def test_a_reader_typing_puts_the_warm_up_off():
    warmed: list[str] = []
    # Ten keys 50 ms apart (half a second of typing) against a 0.25 s idle wait: the typing outlasts the wait, so a
    # warm-up that did not wait for the reader to stop would run during it; and a loaded machine must stall the
    # loop 0.2 s between two keys to fail it (a 0.05 s wait against 10 ms gaps once failed under load).
    shell = WorkerShell({}, FakeFetch(), warm_up=[lambda: warmed.append("review")], idle_s=0.25)

    async def typing() -> list[str]:
        for _ in range(10):
            await shell.handle(CHECK)
            await asyncio.sleep(0.05)
        typed = list(warmed)
        await asyncio.sleep(0.4)
        return typed

    assert run(typing()) == []
    assert warmed == ["review"]


def test_a_tool_that_cannot_be_imported_ahead_stops_the_warm_up_and_is_said(capsys):
    def broken() -> None:
        raise ImportError("no module")

    warmed: list[str] = []
    shell = WorkerShell({}, FakeFetch(), warm_up=[broken, lambda: warmed.append("draft")], idle_s=0.01)

    async def visit() -> str:
        answer = await shell.handle(CHECK)
        await asyncio.sleep(0.05)
        return answer

    assert "html" in json.loads(run(visit()))
    assert warmed == []
    assert "could not be imported ahead" in capsys.readouterr().err


# A fresh interpreter: what the checker's page imports, then what an idle worker adds.
FRESH_WORKER = """
import asyncio, json, sys
OPTIONS_JSON = json.loads({OPTIONS!r})
from thankyou.worker import WorkerShell
shell = WorkerShell.for_page(json.dumps(OPTIONS_JSON), "https://site.example/alat/")
shell.idle_s = 0.01
loaded = lambda: sorted(name for name in sys.modules if name.startswith("thankyou."))

async def visit():
    await shell.handle({CHECK!r})
    first = loaded()
    # Each tool's import, one per quiet moment; a loaded machine takes its time (no timing is asserted).
    for _ in range(600):
        if not shell.warm_up and shell.idle is None:
            break
        await asyncio.sleep(0.05)
    return first, loaded()

print(json.dumps(asyncio.run(visit())))
"""


def test_the_checker_page_imports_neither_the_generator_nor_the_reviewer_until_the_worker_is_idle():
    import subprocess
    from pathlib import Path

    code = FRESH_WORKER.replace("{OPTIONS!r}", repr(json.dumps(OPTIONS.to_json()))).replace("{CHECK!r}", repr(CHECK))
    package = Path(api.__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code], cwd=package, capture_output=True, text=True, check=True)
    first, idle = json.loads(done.stdout)
    assert "thankyou.web.check" in first and "thankyou.check" in first
    assert not {"thankyou.draft", "thankyou.review", "thankyou.web.draft", "thankyou.web.review", "thankyou.phrasing"} & set(first)
    assert {"thankyou.draft", "thankyou.review", "thankyou.web.draft", "thankyou.web.review"} <= set(idle)
