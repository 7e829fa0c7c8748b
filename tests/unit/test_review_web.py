"""The reviewer as the page and the terminal show it: its form, its findings as focusable ranges, its command."""

from __future__ import annotations

import io
import json
import re
import urllib.parse

import pytest

from thankyou.api import handle
from thankyou.cli import main
from thankyou.web.forms import prefill_fragment
from thankyou.web.review import CONTROLS, review_link

CONTEXT = {"now": "2026-11-26T03:00:00Z", "tz": "Asia/Jakarta", "offset": 420}
DRAFT = "Yth. Ibu Rina Wijata,\n\nTerima kasih 🙂 atas wawancara kemarin di [Perusahaan].\n\nHormat saya,\nBudi"


def view(form, lang="id", **extra):
    return handle({"op": "view", "tool": "review", "lang": lang, "form": form, "context": CONTEXT, **extra})


def test_the_form_uses_the_field_names_other_tools_link_with():
    names = {control.name for control in CONTROLS}
    assert names == {"subject", "body", "interviewer", "company", "role", "lang", "channel", "interview_date"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_widget_is_labelled_and_starts_by_asking_for_a_draft(lang):
    html = handle({"op": "widget", "tool": "review", "lang": lang, "size": "full"})["html"]
    for control_id in re.findall(r'<(?:select|input|textarea)[^>]* id="([^"]+)"', html):
        assert f'<label for="{control_id}">' in html
    assert 'name="body"' in html and "<textarea" in html
    assert {"id": "Tempel draf Anda untuk ditinjau.", "en": "Paste your draft to review it."}[lang] in html
    assert "(opsional)" in html if lang == "id" else "(optional)" in html


def test_each_finding_is_a_button_that_selects_its_range_in_utf16():
    answer = view({"body": [DRAFT], "interviewer": ["Rina Wijaya"], "interview_date": ["2026-11-25"]})
    assert answer["errors"] == {}
    html = answer["html"]
    buttons = re.findall(r'<button type="button" class="ty-finding-target"[^>]*data-select-range="(\d+) (\d+)" data-range-field="(\w+)"', html)
    assert buttons, html
    units = DRAFT.encode("utf-16-le")
    selected = {units[2 * int(start) : 2 * int(end)].decode("utf-16-le") for start, end, field in buttons if field == "body"}
    assert {"Wijata", "[Perusahaan]", "🙂"} <= selected
    assert 'data-ready="false"' in html
    assert "Belum siap dikirim." in html


def test_the_readers_clock_dates_timing_words():
    form = {"body": ["Yth. Ibu Rina,\n\nTerima kasih atas wawancara kemarin.\n\nHormat saya,\nBudi"], "interview_date": ["2026-11-23"]}
    assert 'data-kind="timing"' in view(form)["html"]
    assert 'data-kind="timing"' not in view({**form, "interview_date": ["2026-11-25"]})["html"]


def test_a_bad_date_is_reported_next_to_its_field():
    answer = view({"body": ["Halo"], "interview_date": ["26/11/2026"]}, lang="en")
    assert answer["errors"] == {"interview_date": "Date of the interview: not a valid date. A valid example: 2026-11-26."}


def test_a_draft_over_the_limit_gets_a_message_not_silence():
    answer = view({"body": ["x" * 10_001]})
    assert answer["errors"] == {"body": "Isi email terlalu panjang (paling banyak 10000 karakter)."}
    assert 'maxlength="20000"' in handle({"op": "widget", "tool": "review", "lang": "id"})["html"]


@pytest.mark.parametrize("payload", ["<img src=x onerror=alert(1)>", "</textarea><script>alert(1)</script>", '" onfocus="alert(1)'])
def test_the_readers_words_come_back_escaped(payload):
    answer = view({"body": [f"Yth. {payload},\n\n{payload} [{payload}]\n\nHormat saya,\n{payload}"], "subject": [payload],
                   "interviewer": [payload], "company": [payload], "role": [payload]})
    assert "<img" not in str(answer) and "<script" not in str(answer) and '" onfocus' not in str(answer)


def test_links_into_the_guide_are_relative_to_the_page():
    html = view({"body": [DRAFT]}, link_base="../")["html"]
    assert 'href="../cara-menulis.html#kesalahan-umum"' in html


def test_a_link_from_the_generator_prefills_the_reviewer():
    values = {"subject": "Terima kasih – Analis Data", "body": "Yth. Ibu Rina,\n\n100% siap & senang 🙂", "company": "PT Sinar Data",
              "name": "not a reviewer field"}
    link = review_link(values, "../")
    page, _, fragment = link.partition("#prefill=")
    assert page == "../alat/peninjau-draf.html"
    assert re.fullmatch(r"[A-Za-z0-9\-_.!~*'()%]+", fragment)
    assert json.loads(urllib.parse.unquote(fragment)) == {
        "subject": ["Terima kasih – Analis Data"], "body": ["Yth. Ibu Rina,\n\n100% siap & senang 🙂"], "company": ["PT Sinar Data"],
    }


def test_the_prefill_fragment_is_what_decodeURIComponent_undoes():
    # The one encoder (export.percent_encode): only RFC 3986 unreserved characters stay as they are.
    fragment = prefill_fragment({"body": ["a b&c/d?é🙂'()*!~%"]})
    assert fragment == "#prefill=%7B%22body%22%3A%5B%22a%20b%26c%2Fd%3F%C3%A9%F0%9F%99%82%27%28%29%2A%21~%25%22%5D%7D"
    assert json.loads(urllib.parse.unquote(fragment.removeprefix("#prefill="))) == {"body": ["a b&c/d?é🙂'()*!~%"]}


# ---- Command line -------------------------------------------------------------------------------


class Stdin(io.StringIO):
    def isatty(self):
        return False


def run(argv, stdin_text=""):
    out = io.StringIO()
    status = main(argv, stdin=Stdin(stdin_text), stdout=out)
    return status, out.getvalue()


def test_the_command_prints_the_summary_and_each_finding():
    request = {"subject": "Follow up", "body": DRAFT, "context": {"interviewer": "Rina Wijaya"}}
    status, out = run(["review", "--lang", "en"], json.dumps(request))
    lines = out.splitlines()
    assert status == 0
    assert lines[0] == "Not ready to send. Fix this first: a template mark left in (2 must-fix items)."
    assert "[must] body 64-76: “[Perusahaan]” looks like part of a template. Replace it with the real words, or delete it." in lines
    assert any(line.startswith("[should] subject 0-9: “Follow up” names no role, company or sender") for line in lines)


def test_the_command_speaks_json_and_flags_fill_the_context():
    status, out = run(["review", "--json", "--interviewer", "Rina Wijaya", "--interview-date", "2026-11-23",
                       "--now", "2026-11-26T10:00+07:00", "--channel", "whatsapp"], json.dumps({"body": DRAFT}))
    answer = json.loads(out)
    assert status == 0 and set(answer) >= {"ready", "summary", "findings"}
    kinds = {finding["kind"] for finding in answer["findings"]}
    assert {"interviewer_misspelled", "timing", "placeholder"} <= kinds
    assert "subject_missing" not in kinds  # a WhatsApp message has no subject
    for finding in answer["findings"]:
        assert set(finding) >= {"kind", "severity", "message", "field", "start", "end"}


def test_a_bad_flag_value_is_one_line_and_status_2(capsys):
    status, out = run(["review", "--channel", "fax"], json.dumps({"body": DRAFT}))
    err = capsys.readouterr().err
    assert status == 2 and out == ""
    assert err == "error: channel: Dikirim lewat: pilih salah satu dari email, linkedin, whatsapp, card.\n"


# ---- The draft, marked; fixes applied by the page --------------------------------------------

from html.parser import HTMLParser  # noqa: E402

from thankyou.spelling import Lexicon  # noqa: E402
from thankyou.web.review import render_marked  # noqa: E402
from thankyou.texts import texts_for  # noqa: E402
from thankyou.texts.review import ReviewTexts  # noqa: E402

EN = Lexicon("en", frozenset("dear anna thank you for the interview today it was great best regards".split()))
ID = Lexicon("id", frozenset("terima kasih atas wawancara kemarin hormat saya karena dikarenakan".split()))


class MarkedText(HTMLParser):
    """The marked draft's text as a reader sees it, the marks' notes left out."""

    def __init__(self):
        super().__init__()
        self.text = ""
        self._inside = False
        self._note = 0

    def handle_starttag(self, name, attrs):
        attrs = dict(attrs)
        if name == "div" and attrs.get("data-marked-field") == "body":
            self._inside = True
        if self._inside and name == "span" and attrs.get("class") == "ty-mark-note":
            self._note += 1

    def handle_endtag(self, name):
        if name == "span" and self._note:
            self._note -= 1
        elif name == "div":
            self._inside = False

    def handle_data(self, data):
        if self._inside and not self._note:
            self.text += data


def marked(html: str) -> MarkedText:
    parser = MarkedText()
    parser.feed(html)
    return parser


def test_the_draft_comes_back_whole_and_escaped_with_each_finding_underlined():
    body = "Yth. Ibu Rina Wijata,\n\nTerima kasih atas wawancara kemarin di [Perusahaan] <b>.\n\nHormat saya,\nBudi"
    html = view({"body": [body], "interviewer": ["Rina Wijaya"]})["html"]
    reading = marked(html)
    assert reading.text == body  # every character once, in order, the reader's markup as text
    assert "<b>" not in html.split('data-marked-field="body"')[1].split("</div>")[0]
    underlined = re.findall(r'<mark [^>]*data-kind="(\w+)"[^>]*>([^<]*)<span', html)
    assert ("interviewer_misspelled", "Wijata") in underlined and ("placeholder", "[Perusahaan]") in underlined


def test_each_mark_carries_its_message_and_selects_its_range():
    body = "Yth. Ibu Rina Wijata,\n\nTerima kasih 🙂 atas wawancara kemarin.\n\nHormat saya,\nBudi"
    html = view({"body": [body], "interviewer": ["Rina Wijaya"]})["html"]
    mark = re.search(r'<mark [^>]*data-kind="interviewer_misspelled"[^>]*data-select-range="(\d+) (\d+)"[^>]*>Wijata'
                     r'<span class="ty-mark-note" id="([\w-]+)" role="note">([^<]+)', html)
    assert mark, html
    units = body.encode("utf-16-le")
    assert units[2 * int(mark[1]) : 2 * int(mark[2])].decode("utf-16-le") == "Wijata"
    assert "Wijaya" in mark[4]
    assert f'aria-describedby="{mark[3]}"' in html


def test_overlapping_and_whole_draft_findings_are_not_underlined_twice():
    findings = [
        {"field": "body", "start": 0, "end": 40, "severity": "should", "kind": "length", "message": "short",
         "start_utf16": 0, "end_utf16": 40, "excerpt": "x"},
        {"field": "body", "start": 5, "end": 9, "severity": "must", "kind": "misspelling", "message": "typo",
         "start_utf16": 5, "end_utf16": 9, "excerpt": "tyop", "replacement": "typo"},
        {"field": "body", "start": 6, "end": 12, "severity": "should", "kind": "informal", "message": "overlaps",
         "start_utf16": 6, "end_utf16": 12, "excerpt": "x"},
        {"field": "subject", "start": 0, "end": 3, "severity": "must", "kind": "placeholder", "message": "subject",
         "start_utf16": 0, "end_utf16": 3, "excerpt": "x"},
    ]
    text = "Dear tyop and more words.\n\nBest,\nDimas"
    html = str(render_marked(text, findings, "body", texts_for(ReviewTexts, "en")))
    assert re.findall(r'data-kind="(\w+)"', html) == ["misspelling"]  # the typo wins: most severe, shortest
    assert render_marked(text, findings[:1], "body", texts_for(ReviewTexts, "en")) is None


@pytest.mark.parametrize(("body", "form", "found", "fix"), [
    ("Dear Anna,\n\nThank you for the inteview today.\n\nBest regards,\nDimas", {"lang": ["en"]}, "inteview", "interview"),
    ("Dear Anna,\n\nThank you. Inteview today was great.\n\nBest regards,\nDimas", {"lang": ["en"]}, "Inteview", "Interview"),
    ("Yth. Ibu Rina Wijata,\n\nTerima kasih atas wawancara kemarin.\n\nHormat saya,\nBudi", {"interviewer": ["Rina Wijaya"]},
     "Wijata", "Wijaya"),
])
def test_a_mechanical_fix_says_which_range_becomes_which_text(body, form, found, fix):
    answer = handle({"op": "view", "tool": "review", "lang": "en", "form": {"body": [body], **form}, "context": CONTEXT},
                    lexicons=(EN, ID))
    buttons = re.findall(r'data-replace-range="(\d+) (\d+)" data-replace-field="body" data-replace-from="([^"]*)" '
                         r'data-replace-with="([^"]*)"', answer["html"])
    assert buttons, answer["html"]
    units = body.encode("utf-16-le")
    for start, end, was, becomes in buttons:
        assert units[2 * int(start) : 2 * int(end)].decode("utf-16-le") == was == found
        assert becomes == fix
        fixed = (units[: 2 * int(start)] + becomes.encode("utf-16-le") + units[2 * int(end) :]).decode("utf-16-le")
        again = handle({"op": "review", "lang": "en", "body": fixed,
                        "context": {"interviewer": form.get("interviewer", [""])[0], "lang": form.get("lang", [""])[0]}},
                       lexicons=(EN, ID))
        assert found not in {finding["excerpt"] for finding in again["findings"]}


def test_a_finding_that_needs_judgement_offers_no_fix():
    html = view({"body": ["Yth. Ibu Rina,\n\nTerima kasih 🙂 atas wawancara di [Perusahaan].\n\nHormat saya,\nBudi"]})["html"]
    assert 'data-kind="placeholder"' in html and 'data-action="replace"' not in html


def test_a_review_asks_for_both_word_lists_once_and_uses_them_only_together():
    form = {"body": ["Dear Anna,\n\nThank you for the inteview today.\n\nBest regards,\nDimas"]}
    payload = {"op": "view", "tool": "review", "lang": "id", "form": form, "context": CONTEXT}
    assert handle(payload)["word_lists"] == ["en", "id"]  # the draft's language first
    alone = handle(payload, lexicons=(EN,))
    assert alone["word_lists"] == ["id"] and 'data-kind="misspelling"' not in alone["html"]
    both = handle(payload, lexicons=(EN, ID))
    assert "word_lists" not in both and 'data-kind="misspelling"' in both["html"]
    # Other tools never ask for them, nor does an empty draft.
    assert "word_lists" not in handle({**payload, "form": {"body": [""]}})
    assert "word_lists" not in handle({"op": "view", "tool": "check", "lang": "id", "form": {}, "context": CONTEXT})


@pytest.mark.parametrize(("lang", "body", "title"), [
    ("en", "Dear Ms. Wijaya,\n\nI look forward to hear from you.\n\nBest regards,\nAndi", "words that do not go together"),
    ("en", "Dear Ms. Wijaya,\n\nThank you for the the interview.\n\nBest regards,\nAndi", "a word typed twice"),
    ("id", "Yth. Ibu Rina,\n\nTerima kasih untuk untuk waktunya.\n\nHormat saya,\nAndi", "kata yang tertulis dua kali"),
])
def test_a_slip_of_words_that_are_each_right_is_not_titled_a_typo(lang, body, title):
    # Each word is spelled right: the finding's title and the summary say what is wrong instead.
    html = view({"body": [body], "subject": ["Terima kasih"]}, lang=lang)["html"]
    assert f'<span class="ty-finding-title">{title[0].upper() + title[1:]}</span>' in html
    assert re.search(rf'<p class="ty-verdict">[^<]*: {re.escape(title)}[ .(]', html)
