"""Property tests over the façade: any valid situation gets a valid answer, anything else a clear error."""

import json
from datetime import date, datetime, timedelta, timezone

from hypothesis import example, given
from hypothesis import strategies as st

from thankyou import check as rules
from thankyou.api import handle
from thankyou.guide import SECTIONS

offsets = st.integers(min_value=-12 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.builds(
    lambda naive, zone: naive.replace(tzinfo=zone),
    st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(8999, 1, 1)),
    offsets,
)
# Near one another, as real requests are: the interview, now, and the dates the reader gives.
near = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1))
zones = st.sampled_from(["Asia/Jakarta", "Europe/Amsterdam", "America/New_York", "Australia/Sydney", "UTC",
                         "Asia/Kolkata", "Pacific/Chatham", "Nowhere/Atlantis", ""])
interviewers = st.lists(
    st.fixed_dictionaries({}, optional={"role": st.sampled_from(rules.ROLES), "name": st.text(max_size=80)}),
    max_size=rules.MAX_INTERVIEWERS,
)


@st.composite
def situations(draw):
    """Any request the contract allows, with every key optional but ``stage``."""
    situation = draw(st.fixed_dictionaries(
        {"stage": st.sampled_from(rules.STAGES)},
        optional={
            "lang": st.sampled_from(["id", "en"]),
            "format": st.sampled_from(rules.FORMATS),
            "interviewers": interviewers,
            "contact": st.sampled_from(rules.CONTACTS),
            "setting": st.sampled_from(rules.SETTINGS),
            "status": st.sampled_from(rules.STATUSES),
            "competitive": st.booleans(),
            "with_interviewer": st.booleans(),
            "already_sent": st.sampled_from(rules.ALREADY_SENT),
            "hesitations": st.lists(st.sampled_from(rules.HESITATIONS), max_size=6),
            "interviewer_tz": zones,
            "reader_tz": zones,
            "holidays": st.lists(st.dates(date(2020, 1, 1), date(2035, 1, 1)).map(date.isoformat), max_size=20),
        },
    ))
    ended = draw(st.none() | st.tuples(near, offsets))
    if ended:
        situation["ended_at"] = ended[0].replace(tzinfo=ended[1]).isoformat()
        situation["now"] = (ended[0].replace(tzinfo=ended[1]) + draw(st.timedeltas(timedelta(days=-2), timedelta(days=60)))).isoformat()
        if draw(st.booleans()):
            situation["decision_by"] = (ended[0] + draw(st.timedeltas(timedelta(days=2), timedelta(days=40)))).date().isoformat()
    elif draw(st.booleans()):
        situation["now"] = draw(moments).isoformat()
    return situation


CONTRACT = {
    "verdict", "message", "headline", "deadline", "deadline_text", "time_left", "timing", "timing_text",
    "send_at", "send_at_text", "emails", "emails_text", "recipients", "channel", "channel_fallback",
    "channel_text", "follow_up_on", "second_follow_up_on", "follow_up_text", "calendar", "reasons",
    "hesitations", "interviewer_tz", "notes", "draft", "lang",
}


@given(situations())
@example({"stage": "screening", "lang": "id", "interviewers": [{}, {}]})  # two recruiters, roles not given: one note
def test_any_valid_situation_gives_a_valid_answer(situation):
    answer = handle({"op": "check", **situation})
    assert "error" not in answer, answer
    assert set(answer) == CONTRACT
    assert answer["verdict"] in {"send", "recommended", "optional", "other_message"}
    assert (answer["message"] is None) == (answer["verdict"] != "other_message")
    assert answer["timing"] in {"on_time", "late", "very_late"}
    assert answer["channel"] in {"direct_email", "through_recruiter", "reply_in_thread", "linkedin"}
    assert answer["headline"] and answer["deadline_text"] and answer["channel_text"] and answer["reasons"]
    # One email per interviewer when writing to each directly; one otherwise (a reply, one email in the
    # recruiter's thread naming them all, or one note after a screening call held by recruiters alone, a
    # role not given there being a recruiter's).
    people = situation.get("interviewers") or []
    recruiters_screening = situation["stage"] == "screening" and len(people) > 1 and all(
        person.get("role", rules.ROLE_NOT_GIVEN["screening"]) == "recruiter" for person in people)
    per_person = answer["message"] is None and answer["channel"] == "direct_email" and not recruiters_screening
    assert answer["emails"] == (max(1, len(people)) if per_person else 1)
    assert answer["draft"] is not None and answer["draft"]["kind"]
    for reason in answer["reasons"] + answer["hesitations"]:
        assert reason["text"] and "{" not in reason["text"]
        assert reason["link"] in SECTIONS.values()
    if answer["deadline"]:
        deadline = datetime.fromisoformat(answer["deadline"])
        ended = datetime.fromisoformat(situation["ended_at"])
        # 24 hours, or more when they end on a day off (never more than a long holiday away).
        assert timedelta(hours=24) <= deadline - ended <= timedelta(days=30)
        assert datetime.fromisoformat(answer["send_at"]).utcoffset() is not None
    if answer["follow_up_on"]:
        first, second = date.fromisoformat(answer["follow_up_on"]), date.fromisoformat(answer["second_follow_up_on"])
        assert first.weekday() < 5 and second.weekday() < 5 and second > first
        assert first.isoformat() not in situation.get("holidays", [])
    if answer["calendar"]:
        assert answer["calendar"]["text"].startswith("BEGIN:VCALENDAR\r\n")
    json.dumps(answer)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
KEYS = ["stage", "lang", "ended_at", "now", "format", "interviewers", "interviewer_tz", "reader_tz", "contact",
        "setting", "status", "competitive", "hesitations", "decision_by", "holidays", "op", "x"]


@given(st.dictionaries(st.sampled_from(KEYS), json_values))
def test_any_request_gives_an_answer_or_a_structured_error(fields):
    answer = handle({"op": "check", **fields} if "op" not in fields else fields)
    json.dumps(answer)
    if "error" in answer:
        error = answer["error"]
        assert error["code"] != "internal", error
        assert isinstance(error["message"], str) and error["message"]
        assert error["field"].split(".")[0] in set(KEYS) | {"request"}, error


@given(situations(), st.sampled_from(KEYS[:-2]), json_values)
def test_one_malformed_field_is_named_in_the_error(situation, key, value):
    answer = handle({"op": "check", **situation, key: value})
    json.dumps(answer)
    if "error" in answer:
        assert answer["error"]["code"] != "internal", answer
        assert answer["error"]["field"].split(".")[0] in {key, "decision_by"}, (key, answer)


@given(json_values)
def test_anything_at_all_gets_a_structured_answer(value):
    answer = handle(value)
    assert "error" in answer or "verdict" in answer
    json.dumps(answer)
