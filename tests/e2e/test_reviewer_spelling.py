"""Spelling on the reviewer page: the word lists load when a review first needs them, typos are
underlined in the reader's draft, and one tap puts Python's fix in place. Served and from disk.

The figures (bytes of the lists, time to the first review with spelling) are printed, never asserted.
"""

from __future__ import annotations

import html
import json
import re
import time

from playwright.sync_api import expect

from thankyou.web.protocol import RuntimeOptions

from .waiting import answered, wait_for, wait_for_answer

ID_DRAFT = """Yth. Ibu Rina Wijaya,

Terima kasih atas wawancara kemarin. Saya tidak bisa hadir lebih awal dikarena hujan deras, dan Ibu tetap menyambut saya dengan ramah.

Hormat saya,
Budi Santoso"""

EN_DRAFT = """Dear Ms. Wijaya,

Thank you for the inteview yesterday. I enjoyed hearing how your team plans the new sales dashboard.

Best regards,
Budi Santoso"""

REVIEWER = "alat/peninjau-draf.html"
CHECKER = "alat/pemeriksa.html"


def words_requested(requests: list[str]) -> list[str]:
    return [url for url in requests if "/assets/words/" in url]


def ready(page):
    expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready", timeout=120_000)
    wait_for_answer(page)


def typo(page, word):
    return page.locator(f'.ty-finding[data-kind="misspelling"]:has(q.ty-excerpt:text-is("{word}"))')


def review_both_drafts(page, label):
    page.fill("input[name=interviewer]", "Rina Wijaya")
    started = time.perf_counter()
    page.fill("textarea[name=body]", ID_DRAFT)
    found = typo(page, "dikarena")
    expect(found).to_have_count(1, timeout=60_000)
    print(f"\n{label}: first review with spelling {time.perf_counter() - started:.2f} s after the draft was typed")
    expect(found).to_have_attribute("data-suggestions", '["dikarenakan"]')
    expect(page.locator('.ty-marked mark[data-kind="misspelling"]')).to_contain_text("dikarena")

    page.fill("textarea[name=body]", EN_DRAFT)
    found = typo(page, "inteview")
    expect(found).to_have_count(1)
    assert "interview" in found.get_attribute("data-suggestions")


def test_the_lists_load_for_a_review_only_and_typos_get_suggestions(watched, server):
    page = watched.page
    responses, asked = [], []
    # The page's worker asks; the service worker, storing a list it did not have, asks the network
    # again: only the first kind counts as the page's request.
    page.context.on("request", lambda request: "/assets/words/" in request.url and request.service_worker is None
                    and asked.append(request.url))
    page.context.on("response", lambda response: "/assets/words/" in response.url
                    and response.request.service_worker is None and responses.append(response))
    page.goto(server + CHECKER)
    ready(page)
    assert not words_requested(watched.requests), "the checker page fetched the spelling lists"

    page.goto(server + REVIEWER)
    ready(page)
    assert not words_requested(watched.requests), "the lists were fetched before any draft was reviewed"
    review_both_drafts(page, "served")
    assert sorted(url.rsplit("/", 1)[1] for url in asked) == ["en.txt", "id.txt"]  # each once, kept after
    for response in responses:
        try:
            body = len(response.body())
        except Exception:  # noqa: BLE001 — a figure to print, not a check
            body = "?"
        sent = response.headers.get("content-length", "?")
        print(f"served: {response.url.rsplit('/', 1)[1]}: {body} bytes of words, {sent} bytes on the wire"
              f" ({response.headers.get('content-encoding', 'identity')})")


def test_a_tap_on_an_underlined_typo_applies_its_fix(watched, server):
    page = watched.page
    page.goto(server + REVIEWER)
    ready(page)
    page.fill("input[name=subject]", "Thank you for the interview")
    page.fill("textarea[name=body]", EN_DRAFT)
    mark = page.locator('.ty-marked mark[data-kind="misspelling"]')
    expect(mark).to_have_count(1, timeout=60_000)
    note = mark.locator(".ty-mark-note")
    expect(note).to_be_hidden()
    mark.click()  # a tap: the note opens with the message and the fix
    expect(note).to_be_visible()
    expect(note).to_contain_text("interview")
    note.locator("button[data-action=replace]").click()
    assert "Thank you for the interview yesterday." in page.locator("textarea[name=body]").input_value()
    expect(page.locator('.ty-finding[data-kind="misspelling"]')).to_have_count(0)
    expect(page.locator(".ty-review")).to_have_attribute("data-ready", "true")


def test_a_list_that_cannot_be_fetched_leaves_the_review_without_spelling(watched, server):
    """The lists' URLs on another site: the worker's Python fetches through the worker's own fetch,
    which refuses other origins, so nothing leaves the site (the watch fails on a request elsewhere);
    the review answers without spelling and says why on the console, as a warning."""
    page = watched.page

    def lists_elsewhere(route):
        text = route.fetch().text()
        options = RuntimeOptions.from_json(json.loads(html.unescape(re.search(r'data-runtime="([^"]*)"', text)[1])))
        moved = RuntimeOptions(**{**vars(options), "word_lists": (("en", "http://127.0.0.1:9/en.txt"),
                                                                   ("id", "http://127.0.0.1:9/id.txt"))})
        route.fulfill(body=re.sub(r'data-runtime="[^"]*"', lambda _: f'data-runtime="{html.escape(json.dumps(moved.to_json()))}"',
                                  text), content_type="text/html")

    page.route("**/" + REVIEWER, lists_elsewhere)
    page.goto(server + REVIEWER)
    ready(page)
    before = answered(page)
    with page.context.expect_console_message(lambda message: "spelling lists unavailable" in message.text) as said:
        page.fill("textarea[name=body]", EN_DRAFT)
    assert said.value.type == "warning" and "refused: http://127.0.0.1:9 is not this site" in said.value.text, said.value.text
    wait_for_answer(page, before)
    expect(page.locator(".ty-finding").first).to_be_visible()  # the review's other findings, without spelling
    expect(page.locator('.ty-finding[data-kind="misspelling"]')).to_have_count(0)


def test_opened_from_disk_the_reviewer_finds_typos_too(watched_disk):
    page = watched_disk.page
    page.goto(watched_disk.origin + REVIEWER)
    ready(page)
    review_both_drafts(page, "file://")
    assert all(url.startswith(("file://", "blob:", "data:")) for url in watched_disk.requests)


STORED = """async (paths) => {
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    const stored = await Promise.all(paths.map((path) => cache.match(new URL("../" + path, location.href).href)));
    if (stored.every(Boolean)) return true;
  }
  return false;
}"""
LISTS = ["assets/words/en.txt", "assets/words/id.txt"]


def test_once_a_review_ran_the_lists_are_kept_for_offline_use(watched, server):
    page = watched.page
    page.goto(server + REVIEWER)
    ready(page)
    wait_for(page, "() => navigator.serviceWorker.controller !== null")
    wait_for(page, STORED, ["assets/pyodide/pyodide.asm.wasm"])  # the runtime, kept once Python started
    assert not page.evaluate(STORED, LISTS[:1]), "the service worker stored a list before any review"
    page.fill("textarea[name=body]", ID_DRAFT)
    expect(typo(page, "dikarena")).to_have_count(1, timeout=60_000)
    wait_for(page, STORED, LISTS)

    page.context.set_offline(True)
    try:
        page.reload()
        ready(page)
        page.fill("textarea[name=body]", EN_DRAFT)
        expect(typo(page, "inteview")).to_have_count(1, timeout=60_000)
    finally:
        page.context.set_offline(False)
