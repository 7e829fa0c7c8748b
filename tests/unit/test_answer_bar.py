"""The answer bar (a tool's answer in one line, kept in view on a phone) and the keyboards the
form's fields ask a phone for: what Python renders, in both languages."""

from __future__ import annotations

import html
import re

import pytest

from thankyou.api import handle
from thankyou.texts import LANGUAGES, texts_for
from thankyou.texts.answer_bar import AnswerBarTexts
from thankyou.web import default_values, tools
from thankyou.web.answer_bar import shorten

CONTEXT = {"now": "2026-11-26T05:00:00Z", "tz": "Asia/Jakarta", "offset": 420}
PANEL = {
    "name": ["Andi Pratama"], "company": ["PT Sinar Data Nusantara"], "role": ["Analis Data"],
    "interviewers.0.name": ["Rina Wijaya"], "interviewers.0.address": ["ibu"],
    "interviewers.0.topic": ["migrasi data ke cloud"],
    "interviewers.1.name": ["Budi Santoso"], "interviewers.1.address": ["bapak"],
    "interviewers.1.topic": ["kualitas data"],
}
# A draft with a leftover template mark (must fix) and an interviewer's name spelled two ways.
DRAFT = (
    "Yth. Ibu Rina Wijata,\n\nTerima kasih atas waktu Ibu kemarin untuk wawancara posisi [posisi] di "
    "PT Sinar Data Nusantara.\n\nHormat saya,\nAndi Pratama"
)


def view(tool, form, lang="id"):
    return handle({"op": "view", "tool": tool, "lang": lang, "form": form, "context": CONTEXT, "link_base": "../"})


def bar_text(bar: str) -> str:
    """The bar's words as a reader sees them."""
    return html.unescape(re.sub(r"<[^>]+>", "", bar))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_checkers_bar_is_its_verdict_and_countdown(lang):
    answer = view("check", {"stage": ["final"], "ended_at": ["2026-11-26T10:00"]}, lang)
    text = bar_text(answer["bar"])
    headline = html.unescape(re.search(r'<p class="ty-verdict">(.*?)</p>', answer["html"])[1])
    countdown = html.unescape(re.search(r'<strong class="ty-countdown"[^>]*>(.*?)</strong>', answer["html"])[1])
    assert text == f"{countdown} {headline}"
    assert re.search(r'<strong class="ty-bar-label">[^<]+</strong>', answer["bar"])  # the countdown stands out
    # Another situation, another line: the bar follows the answer (no countdown, no label).
    other = view("check", {"stage": ["final"], "status": ["offer"]}, lang)
    assert bar_text(other["bar"]) == html.unescape(re.search(r'<p class="ty-verdict">(.*?)</p>', other["html"])[1])
    assert headline not in bar_text(other["bar"]) and "ty-bar-label" not in other["bar"]


def test_a_late_thank_you_colours_the_bar_as_the_answer_does():
    late = view("check", {"stage": ["final"], "ended_at": ["2026-11-22T10:00"]})["bar"]
    assert 'data-bar-tone="late"' in late or 'data-bar-tone="very_late"' in late
    assert 'data-bar-tone="on_time"' in view("check", {"stage": ["final"], "ended_at": ["2026-11-26T10:00"]})["bar"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_generators_bar_is_the_greeting_and_first_line_of_the_first_message(lang):
    # An English message takes its topic in English (an Indonesian one is refused beside its field).
    panel = {**PANEL, "lang": [lang]} if lang == "id" else {**PANEL, "lang": [lang], "interviewers.0.topic": ["the data migration"]}
    answer = view("draft", panel, lang)
    text = bar_text(answer["bar"])
    words = texts_for(AnswerBarTexts, lang)
    assert text.startswith(words.draft_of.format(count=2) + " ")
    body = html.unescape(re.search(r'<textarea id="ty-draft-body-0"[^>]*>(.*?)</textarea>', answer["html"], re.S)[1])
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    greeting = lines[0]
    assert "Wijaya" in greeting and greeting in text
    # Formula lines ("Dengan hormat,") are skipped: the next words are the message's own.
    first_line = next(line for line in lines[1:] if not line.endswith(","))
    shown = text.removeprefix(words.draft_of.format(count=2) + " " + greeting + " ").removesuffix("…")
    assert shown and first_line.startswith(shown.rstrip(" ,;:."))
    assert "Budi" not in text  # the second message is one tap away, not in the bar
    # Typing a name changes the bar at once.
    renamed = bar_text(view("draft", {**panel, "interviewers.0.name": ["Sari Lestari"]}, lang)["bar"])
    assert "Lestari" in renamed and "Wijaya" not in renamed


def test_one_message_is_called_the_draft():
    one = {key: value for key, value in PANEL.items() if not key.startswith("interviewers.1.")}
    assert bar_text(view("draft", one)["bar"]).startswith(texts_for(AnswerBarTexts, "id").labels["draft"] + " ")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_reviewers_bar_counts_the_findings_by_severity(lang):
    answer = view("review", {"body": [DRAFT], "interviewer": ["Rina Wijaya"], "interview_date": ["2026-11-25"]}, lang)
    severities = re.findall(r'class="ty-finding ty-finding--(must|should|tip)"', answer["html"])
    assert "must" in severities
    words = texts_for(AnswerBarTexts, lang)
    expected = [
        (words.severities_one if severities.count(severity) == 1 else words.severities_many)[severity].format(
            count=severities.count(severity))
        for severity in ("must", "should", "tip") if severity in severities
    ]
    assert bar_text(answer["bar"]) == f"{words.labels['review']} " + " · ".join(expected)
    assert 'data-bar-tone="must"' in answer["bar"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_reviewers_bar_says_when_there_is_nothing_to_review_or_to_fix(lang):
    words = texts_for(AnswerBarTexts, lang)
    assert bar_text(view("review", {"body": [""]}, lang)["bar"]).endswith(words.review_empty)
    clean = view("review", {"body": ["Yth. Ibu Rina,\n\nTerima kasih atas wawancaranya.\n\nSalam,\nAndi"]}, lang)
    if 'class="ty-finding ' not in clean["html"]:
        assert bar_text(clean["bar"]).endswith(words.review_clean)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_field_to_fix_says_in_the_bar_that_the_answer_was_not_updated(lang):
    answer = view("check", {"stage": ["final"], "ended_at": ["not a date"]}, lang)
    assert answer["html"] is None
    text = bar_text(answer["bar"])
    assert text == texts_for(AnswerBarTexts, lang).not_updated.format(error=answer["errors"]["ended_at"])
    assert 'data-bar-tone="error"' in answer["bar"]


@pytest.mark.parametrize("tool", ["check", "draft", "review"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_widget_docks_the_status_and_the_bar_before_a_focusable_answer(tool, lang):
    markup = handle({"op": "widget", "tool": tool, "lang": lang, "link_base": "../"})["html"]
    dock = re.search(r'<div class="ty-dock">(.*?)</div><noscript>', markup, re.S)
    assert dock, "the dock sits right before the answer"
    assert 'data-status' in dock[1] and 'data-progress' in dock[1]  # loading and failure where the reader looks
    button = re.search(r"<button [^>]*data-show-answer[^>]*>(.*?)</button>", dock[1])
    assert button and html.unescape(button[1]) == texts_for(AnswerBarTexts, lang).buttons[tool]
    # The pre-rendered bar is the one for the pre-rendered answer (the default situation).
    default = handle({"op": "view", "tool": tool, "lang": lang, "link_base": "../",
                      "form": default_values(tools()[tool], "full", lang)})
    assert f'data-answer-bar>{default["bar"]}</div>' in dock[1]
    assert re.search(r'<div class="ty-output" data-output aria-live="polite" tabindex="-1">', markup)


def test_shorten_cuts_at_a_word_and_says_so():
    assert shorten("Terima kasih atas waktu Ibu", 100) == "Terima kasih atas waktu Ibu"
    assert shorten("Terima kasih atas waktu Ibu", 20) == "Terima kasih atas…"
    assert shorten("Terima kasih, atas waktu", 14) == "Terima kasih…"


def _inputs(tool: str) -> dict[str, str]:
    """Each control of the tool's full widget: its name → its opening tag."""
    markup = handle({"op": "widget", "tool": tool, "lang": "id", "link_base": "../"})["html"]
    markup = re.sub(r"<template.*?</template>", "", markup, flags=re.S)
    return {re.search(r' name="([^"]+)"', opening)[1]: opening
            for opening in re.findall(r"<(?:input|textarea)[^>]*>", markup) if ' name="' in opening}


def test_each_field_asks_the_phone_for_the_right_keyboard():
    draft = _inputs("draft")
    for name in ("interviewers.0.email", "recruiter_email"):
        assert 'type="email"' in draft[name] and 'inputmode="email"' in draft[name], name
        assert 'autocapitalize="off"' in draft[name] and 'spellcheck="false"' in draft[name], name
    for name in ("name", "company", "interviewers.0.name", "recruiter_name"):
        assert 'autocapitalize="words"' in draft[name] and 'spellcheck="false"' in draft[name], name
    assert 'autocomplete="name"' in draft["name"]  # the reader's own name, and only that one
    assert 'autocomplete=' not in draft["interviewers.0.name"]
    assert 'inputmode="numeric"' in draft["variant"]
    assert 'enterkeyhint="enter"' in draft["strength"] and 'autocapitalize="sentences"' in draft["strength"]
    assert 'autocapitalize="words"' in _inputs("check")["interviewers.0.name"]
    review = _inputs("review")
    assert 'autocapitalize="words"' in review["interviewer"]
    assert 'spellcheck="true"' in review["body"]  # the reviewer's draft keeps the browser's spelling marks


@pytest.mark.parametrize("tool", ["check", "draft", "review"])
def test_every_one_line_field_says_what_enter_does(tool):
    for name, opening in _inputs(tool).items():
        if re.search(r'type="(text|email|url|number)"', opening):
            assert 'enterkeyhint="done"' in opening, name


def test_the_generators_bar_follows_the_readers_edit():
    generated = view("draft", PANEL)
    body = html.unescape(re.search(r'<textarea id="ty-draft-body-0"[^>]*>(.*?)</textarea>', generated["html"], re.S)[1])
    edited = body.replace("Yth. Ibu Rina Wijaya,", "Yth. Ibu Rina Wijaya,\n\nSelamat siang, Bu Rina.", 1)
    assert edited != body
    answer = view("draft", {**PANEL, "edit.0.text": [edited], "edit.0.base": [body]})
    assert "Selamat siang, Bu Rina." in bar_text(answer["bar"])
    assert "Selamat siang" not in bar_text(generated["bar"])
