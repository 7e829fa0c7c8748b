"""The façade: one entry point that always answers with JSON data, never with an exception."""

import json

import pytest

from thankyou.api import OPERATIONS, handle, handle_json


@pytest.mark.parametrize(
    ("request_", "field", "code"),
    [
        ([], "request", "type"),
        ("check", "request", "type"),
        (None, "request", "type"),
        ({}, "op", "unknown_op"),
        ({"op": "delete_everything"}, "op", "unknown_op"),
        ({"op": ["check"]}, "op", "unknown_op"),
    ],
)
def test_malformed_requests_are_structured_errors(request_, field, code):
    error = handle(request_)["error"]
    assert (error["field"], error["code"]) == (field, code)
    assert error["message"]


def test_error_language_follows_the_request():
    assert handle({"op": "nope", "lang": "en"})["error"]["message"].startswith("Unknown operation; choose one of check")
    assert handle({"op": "nope"})["error"]["message"].startswith("Operasi tidak dikenal; pilih salah satu dari check")


def test_handle_json_round_trips():
    answer = json.loads(handle_json(json.dumps({"op": "check", "stage": "first", "lang": "en"})))
    assert answer["verdict"] == "send"


@pytest.mark.parametrize("text", ["", "{", "[1,", "\x00", "{" * 100000])
def test_handle_json_rejects_bad_json_with_a_message(text):
    answer = json.loads(handle_json(text))
    assert answer["error"]["code"] == "json"


def test_a_bug_becomes_an_internal_error_not_a_traceback(monkeypatch):
    def broken(request):
        raise ZeroDivisionError

    check = OPERATIONS["check"]()
    monkeypatch.setitem(OPERATIONS, "check", lambda: check.__class__(broken, check.labels))
    error = handle({"op": "check", "stage": "first", "lang": "en"})["error"]
    assert error["code"] == "internal"
    assert "unexpected" in error["message"]


def test_answers_are_plain_json():
    answer = handle({"op": "check", "stage": "final", "ended_at": "2026-11-26T10:00+07:00", "now": "2026-11-26T11:00+07:00"})
    assert json.loads(json.dumps(answer)) == answer


@pytest.mark.parametrize("text", ["[" * 100_000, '{"a":' * 50_000, '["' + "[" * 1000 + '"]'])
def test_deeply_nested_json_is_refused_before_it_is_parsed(text):
    """The parser recurses once per level: in the browser that overflows WebAssembly's stack and ends
    the runtime, so depth is checked first (brackets inside strings do not count)."""
    from thankyou.fields import loads_json

    if text.startswith('["'):
        assert loads_json(text) == ["[" * 1000]
    else:
        with pytest.raises(ValueError):
            loads_json(text)
        assert json.loads(handle_json(text))["error"]["code"] == "json"
