"""The fast start: the page's Python comes from the compiled standard library alone.

The build ships the tools' standard library compiled to bytecode, with our package inside
(py/site_build/stdlib.py). A module it lacks would still load, from the full library fetched on
demand — correct but 2.5 MB slower — so these tests fail when that happens on a reader's path.
"""

from playwright.sync_api import expect

from .waiting import wait_for_answer

FULL_STDLIB = "/assets/pyodide/python_stdlib.zip"


def test_the_checker_needs_nothing_but_the_compiled_standard_library(watched, server):
    page = watched.page
    warnings = []
    page.on("console", lambda message: warnings.append(message.text) if message.type == "warning" else None)
    # The home page's compact checker (pages under alat/ log a 404 for alat/sitemap.xml, which
    # Material's language selector asks for: not this test's business).
    page.goto(server + "index.html")
    expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
    answered = wait_for_answer(page)
    for stage in ("screening", "final", "informal"):
        page.select_option("select[name=stage]", stage)
        answered = wait_for_answer(page, answered)
    page.fill("input[name=ended_at]", "2026-11-26T10:00")
    wait_for_answer(page, answered)
    fetched = [url for url in watched.requests if "/assets/pyodide/" in url]
    assert any("/assets/pyodide/stdlib/" in url and url.endswith("/python_stdlib.zip") for url in fetched), fetched
    assert not [url for url in fetched if url.split("?")[0].endswith(FULL_STDLIB)], fetched
    # Our package and tzdata are inside the compiled zip: no wheel is downloaded, none installed.
    assert not [url for url in fetched if url.split("?")[0].endswith(".whl")], fetched
    assert not [text for text in warnings if "not in the compiled standard library" in text], warnings
    # The transport is loaded twice on a tool page (early, and where Material puts scripts): one worker.
    assert len([worker for worker in page.workers if "thankyou-worker.js" in worker.url]) == 1


def test_tool_pages_start_python_early_and_guide_pages_not_at_all(built_site):
    tool_page = (built_site / "alat" / "pemeriksa.html").read_text(encoding="utf-8")
    assert "&quot;startEarly&quot;: true" in tool_page
    assert "&quot;stdLibURL&quot;: &quot;../assets/pyodide/stdlib/" in tool_page
    # The transport comes again right after the tool, async, to start the worker before Material's scripts.
    assert '<script src="../assets/javascripts/thankyou-widgets.js" async data-thankyou-preload></script>' in tool_page
    # No preload hint: the page would never use the preloaded response (the worker reads the zip),
    # and Chromium warns about that on every tool page (site_build.preload says why it did not pay).
    head = tool_page.split("</head>")[0]
    assert 'rel="preload"' not in head
    assert "pyodide.asm.wasm" not in head
    guide_page = (built_site / "kirim-atau-tidak.html").read_text(encoding="utf-8")
    assert "data-runtime" not in guide_page
    assert "data-thankyou-preload" not in guide_page
