"""Each measurement, as one function of a browser and the served site; times are in milliseconds.

Times come from the page itself: ``performance.mark`` entries (the site's own
``thankyou:first-answer:TOOL``, the bench pages' marks) are read as ``startTime``, which counts
from the navigation's start. Long tasks are gathered by a ``PerformanceObserver`` installed before
any page script runs. The phone network is Chromium's own emulation through the DevTools
protocol, which also throttles the worker's downloads.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page

TIMEOUT_MS = 120_000  # a phone-network start fetches ≈ 4–14 MB at 10 Mbit/s
FILE_TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class Network:
    """An emulated connection (Chromium DevTools ``Network.emulateNetworkConditions``)."""

    name: str
    download_mbit: float
    upload_mbit: float
    latency_ms: float

    def conditions(self) -> dict[str, float | bool]:
        return {
            "offline": False,
            "latency": self.latency_ms,
            "downloadThroughput": self.download_mbit * 1_000_000 / 8,
            "uploadThroughput": self.upload_mbit * 1_000_000 / 8,
        }


PHONE = Network("phone", download_mbit=10, upload_mbit=5, latency_ms=40)

# Collect long tasks from the very start of each document (the list survives until the next load).
LONG_TASKS = """
window.__benchLongTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
} catch (error) {}
"""


@dataclass
class Load:
    """One page load up to a mark: when it came, the long tasks before it, what was fetched.

    ``long_tasks_ms`` counts every long task from the navigation to the mark;
    ``long_tasks_starting_ms`` only those after ``DOMContentLoaded``, while Python starts (the page's
    own scripts, Material's above all, run before it).
    """

    context: BrowserContext
    page: Page
    time_ms: float | None
    long_tasks_ms: float | None = None
    long_tasks_starting_ms: float | None = None
    requests: list[str] = field(default_factory=list)


def new_context(browser: Browser, network: Network | None = None) -> tuple[BrowserContext, Page, list[str]]:
    """A fresh context (empty caches), a phone-sized page, and the list of its requests."""
    context = browser.new_context(viewport={"width": 412, "height": 915}, locale="id-ID", timezone_id="Asia/Jakarta")
    context.add_init_script(LONG_TASKS)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    if network is not None:
        session = context.new_cdp_session(page)
        session.send("Network.enable")
        session.send("Network.emulateNetworkConditions", network.conditions())
    return context, page, requests


def mark_time(page: Page, mark: str, timeout: float = TIMEOUT_MS, after: int = 0) -> float:
    """``startTime`` of the ``after``-th + 1 entry named ``mark``, waiting for it to exist."""
    page.wait_for_function(
        "([name, after]) => performance.getEntriesByName(name).length > after", arg=[mark, after], timeout=timeout
    )
    return page.evaluate("([name, after]) => performance.getEntriesByName(name)[after].startTime", [mark, after])


def long_tasks_before(page: Page, time_ms: float, after_ms: float = 0) -> float:
    """Total duration of the main thread's long tasks (> 50 ms each) starting in [after_ms, time_ms)."""
    return page.evaluate(
        "([from, until]) => (window.__benchLongTasks || []).filter(([start]) => start >= from && start < until)"
        ".reduce((sum, [, duration]) => sum + duration, 0)",
        [after_ms, time_ms],
    )


def dom_content_loaded(page: Page) -> float:
    return page.evaluate("() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")


def load_until_mark(browser: Browser, url: str, mark: str, network: Network | None = None) -> Load:
    """A cold load of ``url`` in a fresh context, up to ``mark``; the context stays open for more."""
    context, page, requests = new_context(browser, network)
    page.goto(url, wait_until="commit")
    time_ms = mark_time(page, mark)
    starting = long_tasks_before(page, time_ms, after_ms=dom_content_loaded(page))
    return Load(context, page, time_ms, long_tasks_before(page, time_ms), starting, requests)


def reload_until_mark(load: Load, url: str, mark: str) -> float:
    """The same page again in the same context (warm HTTP and compiled-code caches)."""
    load.page.goto(url, wait_until="commit")
    return mark_time(load.page, mark)


def navigate_to_tool(load: Load, target_url: str, mark: str) -> tuple[float | None, bool]:
    """Click the site's own link to ``target_url``; ms from the click to ``mark`` on the new page.

    Also says whether Material's instant navigation kept the document (and so the worker) or the
    browser loaded a new one. ``(None, False)`` when the page has no link to ``target_url``.
    """
    before = load.page.evaluate("name => performance.getEntriesByName(name).length", mark)
    clicked_at = load.page.evaluate(
        """target => {
          const link = [...document.querySelectorAll("a[href]")].find((a) => a.href.split("#")[0] === target);
          if (!link) return null;
          window.__benchSameDocument = true;
          const at = performance.timeOrigin + performance.now();
          link.click();
          return at;
        }""",
        target_url,
    )
    if clicked_at is None:
        return None, False
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while time.monotonic() < deadline:
        try:
            found = load.page.evaluate(
                """([name, before]) => {
                  const same = Boolean(window.__benchSameDocument);
                  const entries = performance.getEntriesByName(name);
                  const entry = same ? entries[before] : entries[0];
                  return entry ? { same, at: performance.timeOrigin + entry.startTime } : null;
                }""",
                [mark, before],
            )
        except Exception:  # noqa: BLE001  (the old document went away mid-call: a full load)
            found = None
        if found:
            return found["at"] - clicked_at, found["same"]
        time.sleep(0.02)
    raise TimeoutError(f"no {mark} after following the link to {target_url}")


# Drives one tool's form like a reader, change after change, timing each from the input event to
# the moment the new answer is in the page (``data-answered`` moves; the paint follows in the
# next frame). Selects and radio buttons cycle through their options; other fields take the given
# values in turn. Each change fires "input" then "change", as the browser does.
LATENCY_DRIVER = """
async ([tool, fields, count]) => {
  const root = document.querySelector(`.ty-widget[data-tool="${tool}"]`);
  const times = [];
  for (let index = 0; index < count; index++) {
    const [name, values] = fields[index % fields.length];
    const controls = [...root.querySelectorAll(`[name="${name}"]`)].filter((c) => !c.closest("template"));
    if (!controls.length) throw new Error(`no field ${name} in ${tool}`);
    const before = Number(root.dataset.answered || 0);
    const answered = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (Number(root.dataset.answered || 0) > before) { observer.disconnect(); resolve(performance.now()); }
      });
      observer.observe(root, { attributes: true, attributeFilter: ["data-answered"] });
    });
    let target = controls[0];
    if (target.type === "radio") {
      const current = controls.findIndex((c) => c.checked);
      target = controls[(current + 1) % controls.length];
      target.checked = true;
    } else if (target.tagName === "SELECT") {
      target.selectedIndex = (target.selectedIndex + 1) % target.options.length;
    } else {
      target.value = values[Math.floor(index / fields.length) % values.length];
    }
    const start = performance.now();
    target.dispatchEvent(new Event("input", { bubbles: true }));
    target.dispatchEvent(new Event("change", { bubbles: true }));
    times.push((await answered) - start);
  }
  return times;
}
"""


def input_latencies(page: Page, tool: str, fields: list[tuple[str, list[str]]], count: int) -> list[float]:
    """``count`` changes to ``tool``'s form; ms from each input event to its answer in the page."""
    page.wait_for_function(
        "tool => document.querySelector(`.ty-widget[data-tool='${tool}']`)?.dataset.state === 'ready'", arg=tool
    )
    return page.evaluate(LATENCY_DRIVER, [tool, [list(field) for field in fields], count])


def file_cold(browser: Browser, page_file: Path, mark: str) -> tuple[float | None, str]:
    """Cold time to ``mark`` with the site opened from disk; ``(None, why)`` when it does not answer."""
    context, page, _requests = new_context(browser)
    try:
        page.goto(page_file.as_uri(), wait_until="commit")
        try:
            return mark_time(page, mark, timeout=FILE_TIMEOUT_MS), ""
        except Exception:  # noqa: BLE001  (a timeout or a crashed page: either way, not available)
            state = page.evaluate(
                "() => [...document.querySelectorAll('.ty-widget')].map((w) => w.dataset.state + ': ' +"
                " (w.querySelector('[data-failure]')?.textContent || '')).join('; ')"
            )
            return None, f"no answer within {FILE_TIMEOUT_MS // 1000} s ({state or 'no tool on the page'})"
    finally:
        context.close()


def page_requests(browser: Browser, url: str, mark: str | None) -> list[str]:
    """Every URL a cold load of ``url`` fetches, up to its first answer (if any) and a quiet network."""
    context, page, requests = new_context(browser)
    try:
        page.goto(url)
        if mark:
            mark_time(page, mark)
        page.wait_for_load_state("networkidle")
        return list(requests)
    finally:
        context.close()
