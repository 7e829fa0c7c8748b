"""The tools as HTML: whole widgets for the build, and answers for the page's worker."""

import json
import re

import pytest

from thankyou.api import handle
from thankyou.texts import texts_for
from thankyou.texts.check import CheckTexts
from thankyou.web.markup import Markup, tag

CONTEXT = {"now": "2026-11-26T05:00:00Z", "tz": "Asia/Jakarta", "offset": 420}


def view(form, lang="id", **extra):
    return handle({"op": "view", "tool": "check", "lang": lang, "form": form, "context": CONTEXT, **extra})


def test_markup_escapes_text_and_attributes():
    html = tag("p", {"title": '"><script>'}, "<img src=x onerror=alert(1)>", Markup("<b>ok</b>"))
    assert html == '<p title="&quot;&gt;&lt;script&gt;">&lt;img src=x onerror=alert(1)&gt;<b>ok</b></p>'


@pytest.mark.parametrize("size", ["full", "compact"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_widget_has_a_labelled_form_and_a_prerendered_answer(lang, size):
    html = handle({"op": "widget", "tool": "check", "lang": lang, "size": size})["html"]
    assert 'data-state="loading"' in html
    # Every control has a label: its own <label for>, or the choice label wrapped around it.
    wrapped = set(re.findall(r'<label class="ty-choice"><input [^>]*id="([^"]+)"', html))
    for control_id in re.findall(r'<(?:select|input|textarea)[^>]* id="([^"]+)"', html):
        assert f'<label for="{control_id}">' in html or f'<label class="ty-choice" for="{control_id}">' in html \
            or control_id in wrapped, control_id
    assert 'data-verdict="send"' in html
    assert 'data-refresh="60"' in html


def test_view_puts_errors_next_to_their_field_in_the_readers_language():
    answer = view({"stage": ["final"], "ended_at": ["not a date"]}, lang="en")
    assert answer["html"] is None
    assert answer["errors"] == {"ended_at": "The interview ended at: not a valid date or time. A valid example: 2026-11-26T14:30+07:00."}


@pytest.mark.parametrize("payload", ["<img src=x onerror=alert(1)>", "</textarea><script>alert(1)</script>"])
def test_hostile_values_never_come_back_as_markup(payload):
    answer = view({"stage": [payload], "ended_at": [payload]})
    assert "<img" not in str(answer) and "<script" not in str(answer)


def test_links_are_relative_to_the_page():
    answer = view({"stage": ["first"]}, link_base="../")
    assert 'href="../kirim-atau-tidak.html#selalu-kirim"' in answer["html"]


def test_repeatable_group_renders_its_items_and_buttons():
    from thankyou.web.forms import Field, FormWords, Group, group_items, render_group, render_items

    group = Group("panel", (Field("name", "text"), Field("role", "select", options=("a", "b"))), initial=2, maximum=5)
    labels = {"panel": "Panel", "panel.item": "Member {n}", "panel.name": "Name", "panel.role": "Role"}
    words = FormWords(add="Add", remove="Remove")
    html = render_group("demo", group, labels, lambda name: {}, {}, words)
    assert html.count('data-repeat-item="') == 2 and "<template" not in html  # new items come from Python
    assert 'name="panel.0.name"' in html and 'name="panel.1.role"' in html
    # Items as the page gets them after an add or a remove: their remove buttons hidden at the minimum.
    one = "".join(render_items("demo", group, 1, labels, lambda name: {}, {}, words))
    assert one.count('data-repeat-item="') == 1 and 'data-field="panel.0.remove" hidden' in one
    assert 'data-field="panel.2.remove">' in "".join(render_items("demo", group, 3, labels, lambda name: {}, {}, words))
    assert '<label for="ty-demo-panel-1-name">Name</label>' in html
    assert 'Member <span data-repeat-number>2</span>' in html
    assert 'data-max="5"' in html and 'data-action="add"' in html
    form = {"panel.10.name": ["Sari"], "panel.2.name": ["Budi"], "panel.2.role": ["b"], "other": ["x"], "panel.x.name": ["?"]}
    assert group_items(form, "panel") == [(2, {"name": "Budi", "role": "b"}), (10, {"name": "Sari"})]


# ---- The checker's form ----------------------------------------------------------------------

def checker_request(form, context=CONTEXT):
    from thankyou.web.check import to_request
    from thankyou.web.forms import client_context

    return to_request(form, client_context(context), "id")


def test_view_reads_the_form_in_the_readers_zone():
    answer = view({"stage": ["final"], "ended_at": ["2026-11-26T10:00"]})
    assert answer["errors"] == {}
    assert 'data-deadline="2026-11-27T10:00:00+07:00"' in answer["html"]
    assert '<strong class="ty-countdown" data-timing="on_time">masih 22 jam lagi</strong>' in answer["html"]


def test_the_compact_widget_asks_only_the_stage_and_the_end_time():
    html = handle({"op": "widget", "tool": "check", "lang": "id", "size": "compact"})["html"]
    assert set(re.findall(r' name="([a-z_.0-9]+)"', html)) == {"stage", "ended_at"}


@pytest.mark.parametrize(
    ("form", "hidden"),
    [
        ({}, ["no_interviewer", "sent_on", "interviewer_tz", "ended_in", "holiday_next", "holiday_days"]),
        ({"ended_at": ["2026-11-26T10:00"]}, ["no_interviewer", "sent_on", "interviewer_tz", "ended_in", "holiday_days"]),
        # How many days off, once the next working day is said to be one.
        ({"ended_at": ["2026-11-26T10:00"], "holiday_next": ["on"]}, ["no_interviewer", "sent_on", "interviewer_tz", "ended_in"]),
        ({"other_zone": ["on"]}, ["no_interviewer", "sent_on", "ended_in", "holiday_next", "holiday_days"]),
        ({"other_zone": ["on"], "ended_at": ["2026-11-26T10:00"]}, ["no_interviewer", "sent_on", "holiday_days"]),
        ({"stage": ["assessment"], "other_zone": ["on"], "ended_at": ["2026-11-26T10:00"]}, ["sent_on", "holiday_days"]),
        # A test taken alone was not held by phone, video or in person.
        ({"stage": ["assessment"], "no_interviewer": ["on"]}, ["format", "interviewers", "sent_on", "interviewer_tz",
                                                              "ended_in", "holiday_next", "holiday_days", "contact"]),
        # The day it went out, once something was sent.
        ({"already_sent": ["follow_up"]}, ["no_interviewer", "interviewer_tz", "ended_in", "holiday_next", "holiday_days"]),
        ({"status": ["offer"], "ended_at": ["2026-11-26T10:00"]},
         ["no_interviewer", "already_sent", "sent_on", "interviewer_tz", "ended_in", "holiday_next", "holiday_days", "decision_by",
          "contact", "competitive"]),
    ],
)
def test_detail_is_revealed_only_when_it_matters(form, hidden):
    shown = view({"stage": ["first"], **form})["hidden"]
    assert [name for name in shown if "@" not in name] == hidden  # a label's other wordings: below


# The labels follow the step taken part in and the message already sent: each wording is in the page
# once, in a span named like a field, and the view hides those not chosen (the page decides nothing).
@pytest.mark.parametrize(
    ("form", "lang", "shown", "words"),
    [
        ({"stage": ["first"]}, "id", ["ended_at@", "format@"], "Wawancara selesai pada"),
        ({"stage": ["assessment"]}, "id", ["ended_at@assessment", "format@assessment"],
         "Tes, studi kasus, atau presentasi selesai pada"),
        ({"stage": ["assessment"], "no_interviewer": ["on"]}, "id", ["ended_at@test", "other_zone@test"],
         "Tes selesai pada"),
        ({"stage": ["assessment"], "no_interviewer": ["on"]}, "en", ["ended_at@test", "interviewer_tz@test"],
         "The test ended at"),
        # Ticked for a live presentation, then the stage changed: no test alone, the interview's words.
        ({"stage": ["second"], "no_interviewer": ["on"]}, "en", ["ended_at@", "other_zone@"], "The interview ended at"),
        ({"stage": ["first"], "already_sent": ["thank_you"]}, "id", ["sent_on@thank_you"],
         "Tanggal email terima kasih dikirim"),
        ({"stage": ["first"], "already_sent": ["follow_up"]}, "en", ["sent_on@follow_up"],
         "The day you sent the first follow-up"),
    ],
)
def test_labels_follow_the_step_and_what_was_sent(form, lang, shown, words):
    labels = texts_for(CheckTexts, lang).labels
    hidden = view(form, lang=lang)["hidden"]
    for name in shown:
        field, variant = name.split("@")
        others = ["", *(key.split("@")[1] for key in labels if key.startswith(field + "@"))]
        assert name not in hidden
        assert {f"{field}@{other}" for other in others if other != variant} <= set(hidden)
    field, variant = shown[0].split("@")
    assert labels[f"{field}@{variant}" if variant else field].startswith(words)


def test_the_built_form_holds_every_wording_of_a_label_the_plain_one_shown():
    html = handle({"op": "widget", "tool": "check", "lang": "id", "size": "full"})["html"]
    assert '<span data-field="ended_at@">Wawancara selesai pada</span>' in html
    assert '<span data-field="ended_at@test" hidden>Tes selesai pada</span>' in html
    # A label still names its control once (the hidden wording is not read out).
    assert re.search(r'<label for="ty-check-ended-at"><span data-field="ended_at@">', html)


@pytest.mark.parametrize(("lang", "theirs", "recruiter"), [
    ("id", "Zona waktu pewawancara", "Zona waktu perekrut"),
    ("en", "The interviewer's time zone", "The recruiter's time zone"),
])
def test_an_options_label_follows_the_step_too(lang, theirs, recruiter):
    """A test taken alone had no interviewer: the end time is in the recruiter's zone, not the interviewer's."""
    html = handle({"op": "widget", "tool": "check", "lang": lang, "size": "full"})["html"]
    assert f'<span data-field="ended_in.theirs@">{tag("span", {}, theirs)[6:-7]}</span>' in html
    assert f'<span data-field="ended_in.theirs@test" hidden>{tag("span", {}, recruiter)[6:-7]}</span>' in html
    alone = {"stage": ["assessment"], "no_interviewer": ["on"], "other_zone": ["on"], "ended_at": ["2026-11-26T10:00"]}
    hidden = view(alone, lang=lang)["hidden"]
    assert "ended_in" not in hidden and "ended_in.theirs@test" not in hidden and "ended_in.theirs@" in hidden
    hidden = view({**alone, "stage": ["final"]}, lang=lang)["hidden"]
    assert "ended_in.theirs@" not in hidden and "ended_in.theirs@test" in hidden


def test_a_live_test_or_presentation_names_its_assessors_on_the_form():
    """The group and each item's title follow the step, in the page and after an item is added."""
    html = handle({"op": "widget", "tool": "check", "lang": "id", "size": "full"})["html"]
    assert '<legend><span data-field="interviewers@">Pewawancara</span><span data-field="interviewers@assessment" hidden>Penilai</span></legend>' in html
    assert re.search(r'<span data-field="interviewers.item@assessment" hidden>Penilai <span data-repeat-number>1</span>', html)
    hidden = view({"stage": ["assessment"]}, lang="en")["hidden"]
    assert {"interviewers@", "interviewers.item@"} <= set(hidden)
    assert "interviewers@assessment" not in hidden and "interviewers.item@assessment" not in hidden
    hidden = view({"stage": ["final"]}, lang="en")["hidden"]
    assert {"interviewers@assessment", "interviewers.item@assessment"} <= set(hidden)
    added = view({"stage": ["assessment"], "interviewers.0.name": ["Rina"]}, lang="en",
                 event={"action": "add", "group": "interviewers"})["set"]["groups"]["interviewers"]
    assert re.search(r'<span data-field="interviewers.item@assessment">Assessor <span data-repeat-number>2</span>', added)


def test_an_error_names_the_field_as_its_label_reads_now():
    answer = view({"stage": ["assessment"], "no_interviewer": ["on"], "ended_at": ["not a time"]}, lang="en")
    assert answer["errors"]["ended_at"].startswith("The test ended at:")
    answer = view({"stage": ["first"], "ended_at": ["not a time"]}, lang="en")
    assert answer["errors"]["ended_at"].startswith("The interview ended at:")


def test_a_test_taken_alone_and_a_thank_you_already_sent_reach_the_checker():
    html = view({"stage": ["assessment"], "no_interviewer": ["on"]})["html"]
    assert 'data-verdict="optional"' in html and 'data-reason="test_without_interviewer"' in html
    html = view({"stage": ["first"], "already_sent": ["thank_you"]})["html"]
    assert 'data-message="follow_up"' in html


def test_fields_hidden_at_first_are_hidden_in_the_built_page_too():
    html = handle({"op": "widget", "tool": "check", "lang": "id", "size": "full"})["html"]
    for name in ("interviewer_tz", "ended_in", "holiday_next"):
        assert re.search(rf'data-field="{name}" hidden', html), name
    assert not re.search(r'data-field="status" hidden', html)


def test_hidden_fields_say_nothing_in_the_request():
    request = checker_request({"stage": ["first"], "status": ["offer"], "decision_by": ["2026-12-04"],
                               "competitive": ["on"], "contact": ["none"], "interviewer_tz": ["Asia/Tokyo"]})
    assert request["status"] == "offer"
    assert not {"decision_by", "competitive", "contact", "interviewer_tz"} & set(request)


@pytest.mark.parametrize(
    ("ended_in", "ended_at"),
    [
        ("mine", "2026-03-27T16:00:00+07:00"),
        ("theirs", "2026-03-27T16:00:00+01:00"),  # Amsterdam, still winter time that Friday
    ],
)
def test_the_end_time_is_read_in_the_zone_the_reader_chose(ended_in, ended_at):
    request = checker_request({"stage": ["final"], "ended_at": ["2026-03-27T16:00"], "other_zone": ["on"],
                               "interviewer_tz": ["Europe/Amsterdam"], "ended_in": [ended_in]})
    assert request["ended_at"] == ended_at
    assert request["interviewer_tz"] == "Europe/Amsterdam" and request["reader_tz"] == "Asia/Jakarta"


@pytest.mark.parametrize(("ended_at", "holiday"), [
    ("2026-11-27T10:00", "2026-11-30"),  # Friday's next working day is Monday
    # Christmas Eve 2025 (a Wednesday): Christmas is counted already, so the holiday ticked is the
    # Friday after (cuti bersama), not Christmas Day again.
    ("2025-12-24T10:00", "2025-12-26"),
    ("2027-08-16T10:00", "2027-08-18"),  # 17 August is counted already
])
def test_the_next_working_day_as_a_holiday_becomes_a_date(ended_at, holiday):
    request = checker_request({"stage": ["first"], "ended_at": [ended_at], "holiday_next": ["on"]})
    assert request["holidays"] == [holiday]


# Collective leave is a run of working days off: the reader says how many, and each is listed; a day
# the checker counts already (17 August) or a weekend is not one of them.
@pytest.mark.parametrize(("ended_at", "days", "holidays"), [
    ("2026-03-13T10:00", "5", ["2026-03-16", "2026-03-17", "2026-03-18", "2026-03-19", "2026-03-20"]),
    ("2027-08-16T10:00", "3", ["2027-08-18", "2027-08-19", "2027-08-20"]),
    ("2026-11-27T10:00", "", ["2026-11-30"]),  # left empty: the next working day alone
])
def test_working_days_off_in_a_row_become_dates(ended_at, days, holidays):
    request = checker_request({"stage": ["first"], "ended_at": [ended_at], "holiday_next": ["on"], "holiday_days": [days]})
    assert request["holidays"] == holidays


def test_a_week_of_leave_moves_the_deadline_past_it_and_a_wrong_count_names_the_field():
    form = {"stage": ["first"], "ended_at": ["2026-03-13T10:00"], "holiday_next": ["on"], "holiday_days": ["5"]}
    answer = view(form, lang="en", **{"context": {**CONTEXT, "now": "2026-03-13T05:00:00Z"}})
    assert "Monday, 23 March 2026" in answer["html"]
    for wrong in ("0", "eleven", "99"):
        answer = view({**form, "holiday_days": [wrong]}, lang="en")
        assert list(answer["errors"]) == ["holiday_days"]
        assert answer["errors"]["holiday_days"].startswith("How many working days off in a row must be a whole number")


def test_interviewers_come_from_the_group_and_errors_name_the_pages_own_item():
    request = checker_request({"stage": ["first"], "interviewers.0.role": ["unknown"], "interviewers.0.name": [" Rina "],
                               "interviewers.3.role": ["executive"], "interviewers.3.name": [""]})
    assert request["interviewers"] == [{"name": "Rina"}, {"name": "", "role": "executive"}]
    answer = view({"stage": ["first"], "interviewers.0.role": ["recruiter"], "interviewers.3.role": ["boss"]}, lang="en")
    assert list(answer["errors"]) == ["interviewers.3.role"]
    assert answer["errors"]["interviewers.3.role"].startswith("Role: choose one of unknown, recruiter")
    # The domain's schema bounds the name; the error names the page's item (the 2nd sent is item 3).
    answer = view({"stage": ["first"], "interviewers.0.name": ["Rina"], "interviewers.3.name": ["x" * 81]})
    assert answer["errors"] == {"interviewers.3.name": "Nama (tidak wajib) terlalu panjang (paling banyak 80 karakter)."}


def test_the_answer_reads_verdict_first_then_when_why_how_hesitations_follow_up_draft():
    html = view({"stage": ["final"], "ended_at": ["2026-11-26T10:00"], "hesitations": ["desperate"],
                 "interviewers.0.role": ["hiring_manager"], "interviewers.1.role": ["colleague"]})["html"]
    order = ["ty-verdict", 'data-part="when"', "ty-countdown", 'data-part="why"', 'data-part="how"',
             'data-part="hesitations"', 'data-part="follow_up"', "data-calendar", "data-draft-link"]
    positions = [html.index(marker) for marker in order]
    assert positions == sorted(positions)
    assert html.count("Baca selengkapnya") == 7  # three reasons why, one each for when, how, follow-up, hesitation


def test_the_calendar_link_downloads_the_reminder():
    import base64
    import html as html_lib

    markup = view({"stage": ["first"], "ended_at": ["2026-11-26T10:00"]})["html"]
    link = re.search(r'<a class="md-button ty-calendar" download="([^"]+)" href="([^"]+)"', markup)
    assert link[1] == "tindak-lanjut-2026-12-03.ics"
    prefix = "data:text/calendar;charset=utf-8;base64,"
    href = html_lib.unescape(link[2])
    assert href.startswith(prefix)
    assert base64.b64decode(href[len(prefix):]).decode().startswith("BEGIN:VCALENDAR\r\n")


def test_write_the_draft_carries_the_situation_to_the_generator():
    import html as html_lib
    import json
    import urllib.parse

    markup = view({"stage": ["informal"], "format": ["in_person"], "setting": ["startup"], "ended_at": ["2026-11-26T10:00"],
                   "interviewers.0.name": ["Rina Wijaya"], "interviewers.0.role": ["colleague"],
                   "interviewers.2.name": ["Đức <b>"], "interviewers.2.role": ["unknown"]}, link_base="../")["html"]
    href = html_lib.unescape(re.search(r'href="([^"]+)" data-draft-link', markup)[1])
    page, _, fragment = href.partition("#prefill=")
    assert page == "../alat/pembuat-email.html"
    assert re.fullmatch(r"[A-Za-z0-9\-_.!~*'()%]+", fragment)  # as encodeURIComponent writes it
    values = json.loads(urllib.parse.unquote(fragment))
    # The reminder the generator offers after sending is the day of the checker's own calendar file.
    reminder = re.search(r'download="tindak-lanjut-(\d{4}-\d\d-\d\d)\.ics"', markup)
    assert values.pop("follow_up_on", None) == ([reminder[1]] if reminder else None)
    assert values == {
        "kind": ["thank_you"], "lang": ["id"], "format": ["in_person"], "step": ["interview"], "register": ["semi_formal"],
        "length": ["short"], "channel": ["email"], "interview_date": ["2026-11-26"], "interviewers.0.name": ["Rina Wijaya"], "interviewers.1.name": ["Đức <b>"],
    }


@pytest.mark.parametrize(("status", "kind"), [("offer", "reply_to_offer"), ("not_interested", "withdrawal"),
                                             ("rejected", "reply_to_rejection"), ("next_round", "confirm_next_round")])
def test_with_news_the_draft_link_asks_for_the_reply_instead_of_a_thank_you(status, kind):
    import html as html_lib
    import json
    import urllib.parse

    html = view({"stage": ["final"], "status": [status]})["html"]
    assert 'data-message="' in html
    href = html_lib.unescape(re.search(r'href="([^"]+)" data-draft-link', html)[1])
    assert json.loads(urllib.parse.unquote(href.partition("#prefill=")[2]))["kind"] == [kind]


def test_a_follow_up_link_says_which_follow_up():
    import html as html_lib
    import json
    import urllib.parse

    html = view({"stage": ["final"], "already_sent": ["follow_up"]})["html"]
    href = html_lib.unescape(re.search(r'href="([^"]+)" data-draft-link', html)[1])
    values = json.loads(urllib.parse.unquote(href.partition("#prefill=")[2]))
    assert (values["kind"], values["attempt"]) == (["follow_up"], ["2"])


def test_the_answer_stays_the_same_within_the_hour_so_a_refresh_changes_nothing():
    form = {"stage": ["final"], "ended_at": ["2026-11-26T10:30"]}
    at = lambda now: handle({"op": "view", "tool": "check", "lang": "id", "form": form,  # noqa: E731
                             "context": {"now": now, "tz": "Asia/Jakarta", "offset": 420}})["html"]
    assert at("2026-11-26T05:01:00Z") == at("2026-11-26T05:02:00Z")
    assert at("2026-11-26T05:01:00Z") != at("2026-11-26T06:01:00Z")  # the countdown moved on


# ---- Values put back into a form: a #prefill link or what the device stored (thankyou.web.restore)

from urllib.parse import quote  # noqa: E402


def restore(tool="check", size="full", lang="id", **sources):
    return handle({"op": "restore", "tool": tool, "size": size, "lang": lang, **sources})


def link(values) -> str:
    return quote(json.dumps(values))


def test_a_huge_link_fills_the_group_up_to_its_maximum_and_says_what_was_left_out():
    from thankyou.web.check import CONTROLS

    maximum = next(control.maximum for control in CONTROLS if control.name == "interviewers")
    values = {f"interviewers.{index}.name": [f"Orang {index}"] for index in range(3300)}
    answer = restore(link=link(values))
    assert answer["groups"] == {"interviewers": maximum}
    assert sorted(answer["values"]) == sorted(f"interviewers.{index}.name" for index in range(maximum))
    assert answer["values"]["interviewers.0.name"] == ["Orang 0"]
    assert "Pewawancara" in answer["notice"] and answer["notice"].count("tautan") == 1
    assert answer["forget_stored"] is False


def test_item_indices_are_renumbered_from_zero_in_their_order():
    values = {"interviewers.7.name": ["B"], "interviewers.2.name": ["A"], "interviewers.99999999999999999999.name": ["C"]}
    answer = restore(link=link(values), lang="en")
    assert answer["groups"] == {"interviewers": 2}
    assert answer["values"] == {"interviewers.0.name": ["A"], "interviewers.1.name": ["B"]}
    assert "Interviewer" in answer["notice"]


@pytest.mark.parametrize("values, kept, named", [
    ({"stage": ["final"], "format": ["fax"]}, {"stage": ["final"]}, "Bentuk wawancara"),
    ({"stage": ["final", "first"]}, {}, "Tahap"),
    ({"interviewers.0.name": ["x" * 10_000]}, {}, "Pewawancara"),
    ({"hesitations": ["desperate", "desperate"]}, {}, ""),
    ({"competitive": ["yes"]}, {}, ""),
    ({"stage": "final", "nonsense": ["x"]}, {"stage": ["final"]}, ""),
])
def test_a_link_keeps_what_fits_the_form_and_leaves_the_rest_out(values, kept, named):
    answer = restore(link=link(values))
    assert answer["values"] == kept
    assert answer["notice"] and named in answer["notice"]


@pytest.mark.parametrize("text", ["%7B", "%E0%A4%A", "[1,2]", "%22text%22", "x" * 1_000_001, "%5B" * 100_000])
def test_a_damaged_link_is_said_once_and_fills_nothing(text):
    answer = restore(link=text, lang="en")
    assert answer["values"] == {} and answer["groups"] == {}
    assert answer["notice"] == "This link could not be read, so the form was not filled from it."


def test_a_link_wins_over_what_is_stored_and_leaves_it_stored():
    answer = restore(link=link({"stage": ["final"]}), stored=json.dumps({"stage": ["screening"]}))
    assert answer == {"values": {"stage": ["final"]}, "groups": {}, "notice": None, "forget_stored": False, "keep": {}}


def test_a_damaged_link_falls_back_to_what_is_stored():
    answer = restore(link="%7B", stored=json.dumps({"stage": ["screening"]}))
    assert answer["values"] == {"stage": ["screening"]} and answer["notice"] and not answer["forget_stored"]


def test_a_stored_value_that_fits_is_put_back_for_the_controls_of_this_size_only():
    stored = json.dumps({"stage": ["final"], "format": ["phone"], "interviewers.3.role": ["recruiter"]})
    assert restore(size="compact", stored=stored)["values"] == {"stage": ["final"]}
    full = restore(stored=stored)
    assert full["values"] == {"stage": ["final"], "format": ["phone"], "interviewers.0.role": ["recruiter"]}
    assert full["groups"] == {"interviewers": 1} and full["notice"] is None


def test_what_the_other_size_stored_is_handed_back_to_be_stored_again():
    stored = json.dumps({"stage": ["final"], "format": ["phone"], "interviewers.3.role": ["recruiter"]})
    compact = restore(size="compact", stored=stored)
    assert compact["keep"] == {"format": ["phone"], "interviewers.3.role": ["recruiter"]}
    assert restore(stored=stored)["keep"] == {}  # the full form has every field
    # Kept even when a link fills the form; never from a stored value that failed.
    assert restore(size="compact", link=link({"stage": ["first"]}), stored=stored)["keep"] == compact["keep"]
    assert restore(size="compact", stored=json.dumps({"format": ["fax"]}))["keep"] == {}


@pytest.mark.parametrize("stored", [
    "x" * 4_000_000,
    json.dumps({"interviewers.0.name": ["x" * 4_000_000]}),
    json.dumps({f"interviewers.{index}.name": ["x"] for index in range(100)}),
    json.dumps({"stage": ["final"], "format": ["fax"]}),
    json.dumps({"stage": ["final"], "only_in_some_other_version": ["x"]}),
    "not json",
    "[]",
])
def test_a_stored_value_that_fails_is_discarded_whole_never_replayed(stored):
    answer = restore(stored=stored, lang="en")
    assert answer["values"] == {} and answer["groups"] == {}
    assert answer["forget_stored"] is True
    assert answer["notice"] == "What was saved on this device could not be used any more, so it has been removed."


def test_radios_the_values_do_not_name_are_not_touched():
    answer = restore(tool="draft", link=link({}))
    assert answer["values"] == {} and answer["notice"] is None
    answer = restore(stored=json.dumps({"stage": ["final"]}))
    assert set(answer["values"]) == {"stage"}


@pytest.mark.parametrize("tool", ["check", "draft", "review"])
def test_every_tool_restores_its_own_default_values(tool):
    from thankyou.web import default_values, tools

    for size in ("full", "compact"):
        values = default_values(tools()[tool], size)
        answer = restore(tool=tool, size=size, stored=json.dumps(values))
        assert answer["notice"] is None and not answer["forget_stored"], (tool, size, answer)


# ---- A mailto: link too long for some mail apps is announced, with the .eml and copy offered

def draft_view(**fields):
    form = {"name": ["Andi Pratama"], "company": ["PT Sinar Data"], "role": ["Analis Data"],
            "interviewers.0.name": ["Rina Wijaya"], "interviewers.0.address": ["ibu"],
            "interviewers.0.email": ["rina@example.com"], **fields}
    return handle({"op": "view", "tool": "draft", "lang": "id", "form": form, "context": CONTEXT})


def mailto_hrefs(html: str) -> list[str]:
    import html as html_module

    return [html_module.unescape(href) for href in re.findall(r'href="(mailto:[^"]*)"', html)]


@pytest.mark.parametrize("strength, long", [
    ("pengalaman tiga tahun menangani pelanggan korporat", False),
    ("𠀋" * 150, True),  # four bytes each, as an emoji (which a phrase no longer carries: phrasing._EMOJI)
    ("数据迁移和云计算项目" * 15, True),
])
def test_a_mailto_link_past_2000_characters_comes_after_a_warning(strength, long):
    from thankyou.texts.common import CommonTexts
    from thankyou.texts import texts_for
    from thankyou.web.mail import MAILTO_SAFE_LENGTH

    html = draft_view(strength=[strength])["html"]
    [href] = mailto_hrefs(html)
    assert (len(href) > MAILTO_SAFE_LENGTH) is long
    warning = texts_for(CommonTexts, "id").mailto_too_long
    assert (warning in html) is long
    if long:
        assert html.index(warning) < html.index('data-export="mailto"') < html.index('data-export="eml"')
        assert ".eml" in warning and "salin" in warning


def test_after_a_test_taken_alone_the_draft_link_asks_for_the_test_and_the_form_drops_the_interview_format():
    import html as html_lib
    import json
    import urllib.parse

    from thankyou.web import draft as draft_page

    html = view({"stage": ["assessment"], "no_interviewer": ["on"]})["html"]
    href = html_lib.unescape(re.search(r'href="([^"]+)" data-draft-link', html)[1])
    values = json.loads(urllib.parse.unquote(href.partition("#prefill=")[2]))
    assert values["step"] == ["test"] and values["format"] == [""]
    hidden = draft_page.hidden_fields({"step": ["written_test"], "send_to": ["recruiter"]})
    assert {"format", "send_to", "recruiter_interviewer"} <= set(hidden)
    assert "format" not in draft_page.hidden_fields({"step": ["interview"]})


# After a test taken alone, the date is the test's and the follow-up reminder is counted from it: the
# label and the hint say so (each wording rendered once; the view hides those not chosen).
@pytest.mark.parametrize(("field", "step", "lang", "words"), [
    ("interview_date", "interview", "id", "Tanggal wawancara"), ("interview_date", "psychological_test", "id", "Tanggal tes"),
    ("interview_date", "written_test", "en", "Test date"), ("interview_date", "interview", "en", "Interview date"),
    ("follow_up_on", "interview", "id", "sekitar seminggu setelah wawancara."),
    ("follow_up_on", "written_test", "id", "sekitar seminggu setelah tes."),
    ("follow_up_on", "technical_test", "en", "about a week after the test."),
    ("follow_up_on", "interview", "en", "about a week after the interview."),
    # The one message after a test goes to whoever arranged it: no one there was an interviewer.
    ("interviewers", "written_test", "id", "Yang mengatur tes"), ("interviewers", "interview", "en", "Interviewers"),
    ("interviewers.name", "psychological_test", "id", "Nama penerima"), ("interviewers.name", "interview", "id", "Nama pewawancara"),
    ("interviewers.email", "technical_test", "en", "Recipient&#x27;s email address"),
    ("interviewers.topic", "written_test", "en", "A part of the test worth naming"),
])
def test_the_generators_date_label_and_reminder_hint_follow_the_step_taken_part_in(field, step, lang, words):
    answer = handle({"op": "view", "tool": "draft", "lang": lang, "now": "2026-11-26T12:00:00+07:00",
                     "form": {"step": [step], "name": ["Andi"], "company": ["PT Sinar Data"], "role": ["Analis"]}})
    chosen, other = (f"{field}@test", f"{field}@") if step != "interview" else (f"{field}@", f"{field}@test")
    assert chosen not in answer["hidden"] and other in answer["hidden"]
    page = handle({"op": "widget", "tool": "draft", "lang": lang, "size": "full"})["html"]
    assert re.search(rf'<span data-field="{re.escape(chosen)}"[^>]*>[^<]*{re.escape(words)}</span>', page)


def test_a_test_taken_alone_asks_for_no_interviewer_and_sends_none():
    form = {"stage": ["assessment"], "no_interviewer": ["on"], "interviewers.0.role": ["hiring_manager"],
            "interviewers.0.name": ["Rina Wijaya"], "contact": ["none"]}
    answer = view(form)
    assert {"interviewers", "contact", "format"} <= set(answer["hidden"])
    # A hidden field's value is ignored: no interviewer is named to the generator, and a hiring
    # manager typed before ticking the box does not make the thank-you expected.
    assert "Rina" not in answer["html"] and 'data-verdict="optional"' in answer["html"]


# Rule: a zone offered in the form names only cities that keep its holiday calendar: New York and
# Toronto share a clock but not 4 July or Thanksgiving, so they are offered apart.
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_zone_choice_names_only_cities_of_its_calendar(lang):
    from datetime import date
    from zoneinfo import ZoneInfo, available_timezones

    from thankyou.check import fixed_holidays
    from thankyou.web.check import ZONE_CHOICES

    words = texts_for(CheckTexts, lang)
    for choice in ZONE_CHOICES:
        region = choice.partition("/")[0] + "/"
        cities = {name.rsplit("/", 1)[-1].replace("_", " "): name for name in available_timezones()
                  if name.startswith(region) and name != choice}
        for city in re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", words.zones[choice]):
            if city in cities:
                there = fixed_holidays(ZoneInfo(cities[city]), date(2027, 6, 1))
                assert there == fixed_holidays(ZoneInfo(choice), date(2027, 6, 1)), (choice, city)
