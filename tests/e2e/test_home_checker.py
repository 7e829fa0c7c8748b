"""A reader on the home page: the compact checker answers, and changes as they change the inputs."""

import urllib.request
from datetime import datetime, timedelta, timezone

from playwright.sync_api import expect

from .waiting import wait_for_answer

# The page clock: Thursday 26 November 2026, 12:00 in Jakarta, so the deadline below is still ahead
# (a real clock later than it would make it one that has passed: "Batas waktunya …").
START = datetime(2026, 11, 26, 12, 0, tzinfo=timezone(timedelta(hours=7)))


def test_the_answer_is_in_the_page_before_python_loads(server):
    html = urllib.request.urlopen(server + "index.html").read().decode()
    assert 'data-state="loading"' in html
    assert 'data-verdict="send"' in html
    assert "Kirim dalam 24 jam setelah wawancara selesai." in html


def test_home_checker_answers_and_follows_the_inputs(watched, server):
    page = watched.page
    page.clock.install(time=START)
    page.goto(server + "index.html")
    widget = page.locator(".ty-widget[data-tool=check]")
    expect(widget).to_have_attribute("data-state", "ready")
    answered = wait_for_answer(page)

    page.select_option("select[name=stage]", "screening")
    answered = wait_for_answer(page, answered)
    expect(page.locator("[data-verdict]")).to_have_attribute("data-verdict", "optional")
    expect(page.locator(".ty-verdict")).to_have_text("Tidak wajib, tetapi mengirimnya jarang keliru.")

    page.fill("input[name=ended_at]", "2026-11-26T10:00")
    wait_for_answer(page, answered)
    expect(page.locator(".ty-deadline")).to_have_attribute("data-deadline", "2026-11-27T10:00:00+07:00")
    expect(page.locator(".ty-deadline")).to_contain_text("Kirim paling lambat besok pagi, Jumat, pukul 10.00.")

    page.select_option("select[name=stage]", "final")
    expect(page.locator("[data-verdict]")).to_have_attribute("data-verdict", "send")
    assert any("/assets/pyodide/pyodide.asm.wasm" in url for url in watched.requests)


def test_english_page_answers_in_english(watched, server):
    page = watched.page
    page.goto(server + "en/index.html")
    expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
    page.select_option("select[name=stage]", "screening")
    expect(page.locator(".ty-verdict")).to_have_text("Optional, but sending one is rarely a mistake.")


def test_a_bad_date_gets_a_message_next_to_the_field(watched, server):
    page = watched.page
    page.goto(server + "index.html")
    expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
    answered = wait_for_answer(page)
    # A datetime-local input only ever holds a valid value; send a bad one as a script would.
    page.evaluate(
        "() => { const input = document.querySelector('input[name=ended_at]');"
        " input.type = 'text'; input.value = '31/02/2026'; input.dispatchEvent(new Event('change', {bubbles: true})); }"
    )
    message = page.locator("[data-error-for=ended_at]")
    expect(message).to_have_text("Wawancara selesai pada: tanggal atau jam tidak valid. Contoh yang benar: 2026-11-26T14:30+07:00.")
    expect(page.locator("input[name=ended_at]")).to_have_attribute("aria-invalid", "true")
    assert page.locator("input[name=ended_at]").input_value() == "31/02/2026"
    page.evaluate(
        "() => { const input = document.querySelector('input[name=ended_at]');"
        " input.value = ''; input.dispatchEvent(new Event('change', {bubbles: true})); }"
    )
    expect(message).to_have_text("")
    assert answered


def test_guide_pages_without_a_tool_load_no_python(watched, server):
    page = watched.page
    page.goto(server + "kirim-atau-tidak.html")
    page.wait_for_load_state("networkidle")
    assert not [url for url in watched.requests if "/assets/pyodide/" in url]


def test_the_site_ships_the_runtime_and_our_wheel(built_site):
    runtime = built_site / "assets" / "pyodide"
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        assert (runtime / name).is_file(), name
    assert list(runtime.glob("wheels/*/thankyou-*-py3-none-any.whl"))


def test_inputs_are_remembered_on_this_device_and_can_be_forgotten(watched, server):
    page = watched.page
    page.goto(server + "index.html")
    expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
    wait_for_answer(page)
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('thankyou:'))") == []  # nothing before typing
    page.select_option("select[name=stage]", "screening")
    expect(page.locator("[data-verdict]")).to_have_attribute("data-verdict", "optional")

    page.reload()
    expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
    assert page.locator("select[name=stage]").input_value() == "screening"
    expect(page.locator("[data-verdict]")).to_have_attribute("data-verdict", "optional")

    page.click("[data-action=forget]")
    expect(page.locator("[data-memory-note=forgotten]")).to_be_visible()
    expect(page.locator("select[name=stage]")).to_have_value("first")  # once Python has answered the forget
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('thankyou:'))") == []
