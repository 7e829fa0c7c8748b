"""One bench run: every measurement, several rounds, interleaved (baseline, ours, baseline, ours…)."""

from __future__ import annotations

import gzip
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext

from bench import measure, pages
from bench.server import Host
from bench.stats import percentile, summary

FIRST_ANSWER = "thankyou:first-answer:{tool}"
CHECKER_PAGE = "alat/pemeriksa.html"
GENERATOR_PAGE = "alat/pembuat-email.html"
HOME_PAGE = "index.html"
GUIDE_PAGE = "kirim-atau-tidak.html"
RUNTIME_PATHS = ("/assets/pyodide/", "/_bench/pyodide/")


@dataclass(frozen=True)
class ToolDrive:
    """How the latency measurement changes one tool's form, and how many times."""

    tool: str
    page: str
    fields: list[tuple[str, list[str]]]
    changes: int


TOOLS = (
    ToolDrive("check", CHECKER_PAGE, [("stage", []), ("ended_at", ["2026-11-26T10:00", "2026-11-25T16:30", ""])], 200),
    # Fields the generator shares with the other tools (notes/HELPERS.md); cycled like a reader would.
    ToolDrive("draft", GENERATOR_PAGE, [("register", []), ("length", []), ("channel", [])], 50),
)


@dataclass
class Settings:
    rounds: int = 5
    quick: bool = False
    levers: bool = True
    network: measure.Network = measure.PHONE


@dataclass
class Samples:
    """Raw samples per measurement name, and notes on what could not be measured."""

    times: dict[str, list[float]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, value: float | None) -> None:
        if value is not None:
            self.times.setdefault(name, []).append(value)


# After a page closes, Chromium tears its renderer down in the background (a main-thread Pyodide
# leaves hundreds of MB to free): let that finish before the next measurement starts.
SETTLE_S = 1.0


def close(context: BrowserContext) -> None:
    context.close()
    time.sleep(SETTLE_S)


def tool_on(site: Path, page: str, tool: str) -> bool:
    path = site / page
    return path.is_file() and f'data-tool="{tool}"' in path.read_text(encoding="utf-8")


def run(browser: Browser, host: Host, settings: Settings, progress: Callable[[str], None]) -> dict:
    site = host.root
    bench_pages = pages.write_bench_pages(site)
    levers = pages.write_lever_pages(site, CHECKER_PAGE) if settings.levers else {}
    snapshot = pages.write_snapshot_pages(site) if settings.levers else {}
    url = host.url
    generator = tool_on(site, GENERATOR_PAGE, "draft")
    drives = [drive for drive in TOOLS if tool_on(site, drive.page, drive.tool)]
    samples = Samples()
    latencies: dict[str, list[float]] = {drive.tool: [] for drive in drives}
    if not generator:
        samples.notes["warm_second_tool"] = (
            "the generator is not on its page yet: measured the home page's compact checker, "
            "reached from the checker page by the site's own navigation"
        )
        samples.notes["latency_draft"] = "not available: the generator is not on its page yet"
    file_available = True

    def baseline(network: measure.Network | None, suffix: str) -> None:
        load = measure.load_until_mark(browser, url + bench_pages["baseline"], pages.BASELINE_MARK, network)
        samples.add("baseline" + suffix, load.time_ms)
        if network is None:
            samples.add("long_tasks_baseline", load.long_tasks_ms)
        close(load.context)

    def floor(network: measure.Network | None, suffix: str) -> None:
        load = measure.load_until_mark(browser, url + bench_pages["floor"], pages.FLOOR_MARK, network)
        samples.add("floor" + suffix, load.time_ms)
        close(load.context)

    def ours(round_index: int) -> None:
        mark = FIRST_ANSWER.format(tool="check")
        load = measure.load_until_mark(browser, url + CHECKER_PAGE, mark)
        samples.add("cold", load.time_ms)
        samples.add("long_tasks_cold", load.long_tasks_ms)
        samples.add("long_tasks_cold_starting", load.long_tasks_starting_ms)
        samples.add("warm_same_page", measure.reload_until_mark(load, url + CHECKER_PAGE, mark))
        for drive in drives:
            if drive.page != CHECKER_PAGE:
                load.page.goto(url + drive.page)
            count = max(10, drive.changes // settings.rounds) if not settings.quick else 10
            latencies[drive.tool] += measure.input_latencies(load.page, drive.tool, drive.fields, count)
        if load.page.url != url + CHECKER_PAGE:
            load.page.goto(url + CHECKER_PAGE)
            measure.mark_time(load.page, mark)
        target, target_mark = (GENERATOR_PAGE, "draft") if generator else (HOME_PAGE, "check")
        elapsed, same_document = measure.navigate_to_tool(load, url + target, FIRST_ANSWER.format(tool=target_mark))
        samples.add("warm_second_tool", elapsed)
        if elapsed is not None and not same_document:
            samples.notes["instant_navigation"] = (
                "Material's instant navigation did not engage (it needs the site served on its site_url's port): "
                "the second tool page was a full page load with warm caches"
            )
        close(load.context)

    def ours_phone() -> None:
        load = measure.load_until_mark(browser, url + CHECKER_PAGE, FIRST_ANSWER.format(tool="check"), settings.network)
        samples.add("cold_phone", load.time_ms)
        close(load.context)

    def lever(name: str, network: measure.Network | None, suffix: str, precompressed: bool = True) -> None:
        host.precompressed = precompressed
        try:
            load = measure.load_until_mark(browser, url + levers[name], FIRST_ANSWER.format(tool="check"), network)
            samples.add(f"lever_{name}{suffix}", load.time_ms)
            close(load.context)
        finally:
            host.precompressed = True

    for round_index in range(settings.rounds):
        progress(f"round {round_index + 1}/{settings.rounds}")
        # Alternate who goes first, so a slow patch of the shared machine hurts both alike.
        pair = [lambda: baseline(None, ""), lambda: ours(round_index)]
        for step in (pair if round_index % 2 == 0 else pair[::-1]):
            step()
        floor(None, "")
        guide_context, guide, _requests = measure.new_context(browser)
        guide.goto(url + GUIDE_PAGE, wait_until="networkidle")
        samples.add("long_tasks_guide", measure.long_tasks_before(guide, float("inf")))
        close(guide_context)
        if file_available:
            time_ms, why = measure.file_cold(browser, site / CHECKER_PAGE, FIRST_ANSWER.format(tool="check"))
            samples.add("file_cold", time_ms)
            if time_ms is None:
                file_available = False
                samples.notes["file_cold"] = f"not available: {why}"
        phone = [lambda: baseline(settings.network, "_phone"), ours_phone]
        for step in (phone if round_index % 2 == 0 else phone[::-1]):
            step()
        floor(settings.network, "_phone")
        if levers:
            # The site as shipped, measured here too: the reference for the levers around it.
            lever("reference", None, "")
            lever("reference", settings.network, "_phone")
            lever("before", None, "")
            lever("plain-stdlib", None, "")
            lever("late-start", None, "")
            lever("plain-stdlib", settings.network, "_phone")
            lever(pages.NO_PRELOAD_VARIANT, None, "")
            lever(pages.NO_PRELOAD_VARIANT, settings.network, "_phone")
            for network, suffix in ((None, ""), (settings.network, "_phone")):
                for name in ("without", "with"):
                    load = measure.load_until_mark(browser, url + snapshot[name], pages.SNAPSHOT_MARK, network)
                    samples.add(f"snapshot_{name}{suffix}", load.time_ms)
                    close(load.context)
            # Ours without precompressed files: the host sends every file as it is.
            host.precompressed = False
            try:
                ours_phone_plain = measure.load_until_mark(
                    browser, url + CHECKER_PAGE, FIRST_ANSWER.format(tool="check"), settings.network
                )
                samples.add("lever_uncompressed_phone", ours_phone_plain.time_ms)
                close(ours_phone_plain.context)
            finally:
                host.precompressed = True

    progress("bytes per kind of page")
    return {
        "times": {name: summary(values) for name, values in samples.times.items()},
        "latency": {
            tool: {"p50": percentile(values, 0.5), "p95": percentile(values, 0.95), "n": len(values), "max": max(values, default=None)}
            for tool, values in latencies.items()
        },
        "bytes": page_bytes(browser, host, bench_pages),
        "stdlib": stdlib_bytes(site),
        "snapshot": {key: value for key, value in snapshot.items() if key in ("raw", "gzip")},
        "notes": samples.notes,
        "generator": generator,
    }


def page_bytes(browser: Browser, host: Host, bench_pages: dict[str, str]) -> dict[str, dict]:
    """What each kind of page downloads on a cold visit: raw, gzip -9, and on the wire from our host."""
    kinds = {
        "guide page (no tool)": (GUIDE_PAGE, None),
        "home (compact checker)": (HOME_PAGE, FIRST_ANSWER.format(tool="check")),
        "checker page": (CHECKER_PAGE, FIRST_ANSWER.format(tool="check")),
        "baseline page": (bench_pages["baseline"], pages.BASELINE_MARK),
    }
    if tool_on(host.root, GENERATOR_PAGE, "draft"):
        kinds["generator page"] = (GENERATOR_PAGE, FIRST_ANSWER.format(tool="draft"))
    result = {}
    for kind, (page, mark) in kinds.items():
        host.take_sent()
        urls = measure.page_requests(browser, host.url + page, mark)
        time.sleep(0.2)  # let the server finish counting the last responses
        wire = sum(size for _path, size in host.take_sent())
        result[kind] = {**_sizes(host, urls), "wire": wire}
    return result


_gzip_sizes: dict[Path, int] = {}


def _sizes(host: Host, urls: list[str]) -> dict[str, int]:
    totals = {"raw": 0, "gzip": 0, "pyodide_raw": 0, "pyodide_gzip": 0, "files": 0}
    seen = set()
    for address in urls:
        if not address.startswith(host.url):
            continue
        path = urlsplit(address).path
        file = host.root / path.lstrip("/")
        if file.is_dir():
            file = file / "index.html"
        if path in seen or not file.is_file():
            continue
        seen.add(path)
        raw = file.stat().st_size
        if file not in _gzip_sizes:
            _gzip_sizes[file] = len(gzip.compress(file.read_bytes(), compresslevel=9))
        packed = _gzip_sizes[file]
        totals["raw"] += raw
        totals["gzip"] += packed
        totals["files"] += 1
        if path.startswith(RUNTIME_PATHS):
            totals["pyodide_raw"] += raw
            totals["pyodide_gzip"] += packed
    return totals


def stdlib_bytes(site: Path) -> dict[str, int | None]:
    """The standard library the tools get against Pyodide's full ``python_stdlib.zip``."""
    full = site / "assets" / "pyodide" / "python_stdlib.zip"
    compiled = sorted((site / "assets" / "pyodide" / "stdlib").glob("*/python_stdlib.zip"))
    return {
        "full_raw": full.stat().st_size if full.is_file() else None,
        "tools_raw": compiled[0].stat().st_size if compiled else None,
    }
