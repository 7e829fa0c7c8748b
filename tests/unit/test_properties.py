"""Property tests over the façade: any valid situation gets a valid answer, anything else a clear error."""

import json
from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from thankyou.api import handle
from thankyou.check import STAGES

offsets = st.integers(min_value=-12 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.builds(
    lambda naive, zone: naive.replace(tzinfo=zone),
    st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(8999, 1, 1)),
    offsets,
)
situations = st.fixed_dictionaries(
    {"stage": st.sampled_from(STAGES)},
    optional={
        "lang": st.sampled_from(["id", "en"]),
        "ended_at": moments.map(datetime.isoformat),
        "now": moments.map(datetime.isoformat),
    },
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


@given(situations)
def test_any_valid_situation_gives_a_valid_answer(situation):
    answer = handle({"op": "check", **situation})
    assert "error" not in answer, answer
    assert answer["verdict"] in {"send", "optional"}
    assert answer["headline"] and answer["deadline_text"] and answer["reasons"]
    if "ended_at" in situation:
        deadline = datetime.fromisoformat(answer["deadline"])
        assert deadline - datetime.fromisoformat(situation["ended_at"]) == timedelta(hours=24)
    json.dumps(answer)


@given(st.dictionaries(st.sampled_from(["stage", "lang", "ended_at", "now", "op", "x"]), json_values))
def test_any_request_gives_an_answer_or_a_structured_error(fields):
    answer = handle({"op": "check", **fields} if "op" not in fields else fields)
    json.dumps(answer)
    if "error" in answer:
        error = answer["error"]
        assert error["code"] != "internal", error
        assert isinstance(error["message"], str) and error["message"]
        assert error["field"] in {"stage", "lang", "ended_at", "now", "op", "request"}


@given(json_values)
def test_anything_at_all_gets_a_structured_answer(value):
    answer = handle(value)
    assert "error" in answer or "verdict" in answer
    json.dumps(answer)
