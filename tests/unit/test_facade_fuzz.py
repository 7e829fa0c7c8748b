"""Every operation of the façade, fed malformed requests: a structured error or an answer, never a crash.

Parametrized over ``api.OPERATIONS`` and ``web.tools()``, so operations and tools added later are
covered without touching this file. A crash inside an operation would surface as the façade's
``internal`` error, so that code fails the test too.
"""

from __future__ import annotations

import json
import sys

import pytest
from budget import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from thankyou import api, web
from thankyou.texts import LANGUAGES
from thankyou.web.forms import Field, Group

# At least 2 000 examples per operation on CPython under `make test-thorough` (a tenth under `make
# test`, see budget.py); fewer inside Pyodide, where the same test runs slower.
EXAMPLES = examples(200 if sys.platform == "emscripten" else 2000)
# Request keys every operation may meet: the web operations' own and the common ones.
COMMON_KEYS = ("op", "lang", "now", "tool", "form", "context", "link_base", "size", "name", "runtime")

hostile_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.sampled_from("<>&\"'/\x00\u202e\u200b\ud83d\ude00:;"), max_size=12),
    st.sampled_from([
        "", " ", "\x00", "\ud800", "\u202e", "\u200b", "<script>x</script>", "</textarea>", "javascript:alert(1)",
        "9999-12-31T23:59", "0001-01-01T00:00", "2026-03-08T02:30", "2026-13-45", "NaN", "-1", "1e309", "{}", "[]",
        "x" * 5000,
    ]),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | hostile_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(hostile_text, inner, max_size=4),
    max_leaves=10,
)


def field_names(tool: web.Tool) -> list[str]:
    """Every form name a tool's page can send, group items numbered 0 to 2."""
    names = []
    for control in tool.controls:
        if isinstance(control, Group):
            names += [f"{control.name}.{index}.{spec.name}" for index in range(3) for spec in control.fields]
        elif isinstance(control, Field):
            names.append(control.name)
    return names


def known_keys(op: str) -> list[str]:
    keys = set(COMMON_KEYS)
    for lang in LANGUAGES:
        keys |= {key.split(".")[0] for key in api.operation(op).labels(lang)}
    return sorted(keys)


def form_values(tool: web.Tool) -> st.SearchStrategy:
    names = field_names(tool) or ["x"]
    value = st.lists(hostile_text, max_size=3) | json_values
    return st.dictionaries(st.sampled_from(names) | st.text(max_size=12), value, max_size=len(names) + 2)


def requests_for(op: str) -> st.SearchStrategy:
    """Requests for ``op``: its keys with wrong values, stray keys, and for the web ops real tool forms."""
    keys = st.sampled_from(known_keys(op)) | st.text(max_size=10)
    loose = st.dictionaries(keys, json_values, max_size=7)
    tools = list(web.tools().values())
    shaped = st.builds(
        lambda tool, lang, form, extra: {**extra, "tool": tool.name, "lang": lang, "form": form},
        st.sampled_from(tools),
        st.sampled_from([*LANGUAGES, *LANGUAGES, "xx", None]),
        st.sampled_from(tools).flatmap(form_values),
        st.dictionaries(keys, hostile_text | json_values, max_size=4),
    )
    return (loose | shaped).map(lambda request: {**request, "op": op})


def assert_structured(answer: object) -> None:
    assert isinstance(answer, dict)
    json.dumps(answer, ensure_ascii=False)
    if "error" in answer:
        error = answer["error"]
        assert error["code"] != "internal", error
        assert isinstance(error["message"], str) and error["message"].strip()
        assert error["field"] is None or isinstance(error["field"], str)


@pytest.mark.parametrize("op", sorted(api.OPERATIONS))
def test_malformed_requests_get_a_structured_error_never_a_crash(op):
    @settings(max_examples=EXAMPLES)
    @given(requests_for(op))
    def run(request):
        assert_structured(api.handle(request))

    run()


@settings(max_examples=EXAMPLES // 4)
@given(st.text(max_size=200) | json_values.map(json.dumps))
def test_any_json_text_gets_json_back(text):
    answer = json.loads(api.handle_json(text))
    assert isinstance(answer, dict)
