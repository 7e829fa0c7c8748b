"""A reader pastes a draft into the reviewer: findings appear, and each one selects its words in the draft."""

from __future__ import annotations

import urllib.request

from playwright.sync_api import expect

from thankyou.web.review import review_link

from .waiting import wait_for_answer

DRAFT = """Yth. Ibu Rina Wijata,

Terima kasih 🙂 atas wawancara kemarin untuk posisi Analis Data di [Nama Perusahaan]. Saya senang banget mendengar rencana tim membangun dasbor penjualan.

Hormat saya,
Budi Santoso"""

SELECTION = """() => {
  const field = document.querySelector('textarea[name=body]');
  return field.value.slice(field.selectionStart, field.selectionEnd);
}"""


def open_reviewer(watched, server, page_path="alat/peninjau-draf.html"):
    page = watched.page
    page.goto(server + page_path)
    widget = page.locator(".ty-widget[data-tool=review]")
    expect(widget).to_have_attribute("data-state", "ready", timeout=120_000)
    wait_for_answer(page)
    return page


def test_the_reviewer_page_asks_for_a_draft_before_python_loads(server):
    html = urllib.request.urlopen(server + "alat/peninjau-draf.html").read().decode()
    assert 'data-tool="review"' in html and "Tempel draf Anda untuk ditinjau." in html


def test_pasted_draft_gets_findings_and_focus_selects_their_words(watched, server):
    page = open_reviewer(watched, server)
    page.fill("input[name=interviewer]", "Rina Wijaya")
    page.fill("textarea[name=body]", DRAFT)

    name = page.locator('.ty-finding[data-kind="interviewer_misspelled"] .ty-finding-target')
    expect(name).to_have_count(1)
    expect(page.locator(".ty-review")).to_have_attribute("data-ready", "false")
    expect(page.locator(".ty-verdict")).to_contain_text("Belum siap dikirim.")
    expect(page.locator('.ty-finding[data-kind="placeholder"]')).to_contain_text("[Nama Perusahaan]")

    # Keyboard focus on a finding selects its words in the draft (the emoji before it counts as two units).
    name.focus()
    assert page.evaluate(SELECTION) == "Wijata"
    placeholder = page.locator('.ty-finding[data-kind="placeholder"] .ty-finding-target')
    placeholder.focus()
    assert page.evaluate(SELECTION) == "[Nama Perusahaan]"
    assert page.evaluate("document.activeElement.dataset.selectRange") is not None  # focus stays on the list

    # A click puts the caret in the draft, on those words, ready to be typed over.
    page.locator('.ty-finding[data-kind="informal"] .ty-finding-target').click()
    assert page.evaluate("document.activeElement.name") == "body"
    assert page.evaluate(SELECTION) == "banget"
    page.keyboard.type("sangat")
    expect(page.locator('.ty-finding[data-kind="informal"]')).to_have_count(0)


def test_english_page_answers_in_english(watched, server):
    page = open_reviewer(watched, server, "en/alat/peninjau-draf.html")
    expect(page.locator(".ty-verdict")).to_have_text("Paste your draft to review it.")
    page.fill("input[name=subject]", "Follow up")
    page.fill("textarea[name=body]", "Dear Sir/Madam,\n\nThank you for the interview.\n\nBest regards,\nBudi")
    expect(page.locator('.ty-finding[data-kind="subject_vague"]')).to_contain_text("Follow up")
    page.locator('.ty-finding[data-kind="subject_vague"] .ty-finding-target').focus()
    assert page.evaluate("(() => { const f = document.querySelector('input[name=subject]'); return f.value.slice(f.selectionStart, f.selectionEnd); })()") == "Follow up"


def test_a_link_from_the_generator_fills_the_reviewer(watched, server):
    link = review_link({"subject": "Terima kasih atas wawancara", "body": DRAFT, "interviewer": "Rina Wijaya"})
    page = watched.page
    page.goto(server + link)
    expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready", timeout=120_000)
    expect(page.locator('.ty-finding[data-kind="interviewer_misspelled"]')).to_have_count(1)
    assert page.locator("textarea[name=body]").input_value() == DRAFT
    assert "#prefill=" not in page.url
