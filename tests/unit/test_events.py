"""The tools' buttons, decided in Python (``thankyou.web.events``) and answered with the view."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone

import pytest

from thankyou.web import view, widget
from thankyou.web.events import apply_event, hidden_names
from thankyou.web.forms import Field, Group

NOW = datetime(2026, 11, 26, 3, 0, tzinfo=timezone.utc)

PANEL = Group("panel", (Field("name", "text"), Field("role", "select", options=("a", "b"), default="b")),
              minimum=1, maximum=3, initial=1)
COUNTER = Field("variant", "number", default="0", attrs={"min": 0, "max": 2, "step": 1})
CONTROLS = (Field("kind", "radio", options=("x", "y"), default="x"), Field("ok", "checkbox"), COUNTER, PANEL)


@pytest.mark.parametrize(("before", "after"), [("0", "1"), ("1", "2"), ("2", "0"), ("", "1"), ("seven", "1"), ("-4", "0")])
def test_a_step_moves_the_counter_on_and_wraps_past_its_maximum(before, after):
    form, changes = apply_event(CONTROLS, {"variant": [before]}, {"action": "step", "control": "variant"})
    assert form["variant"] == [after]
    assert changes == {"values": {"variant": [after]}, "groups": {}, "focus": None}


def test_a_step_on_anything_but_a_number_field_changes_nothing():
    for control in ("kind", "nothing", None, "panel"):
        form, changes = apply_event(CONTROLS, {"kind": ["x"]}, {"action": "step", "control": control})
        assert (form, changes) == ({"kind": ["x"]}, None)


def test_adding_an_item_gives_it_the_defaults_renumbers_and_focuses_it():
    form = {"panel.0.name": ["Sari"], "panel.0.role": ["a"], "panel.7.name": ["Budi"], "panel.7.role": ["b"], "kind": ["y"]}
    after, changes = apply_event(CONTROLS, form, {"action": "add", "group": "panel"})
    assert changes["groups"] == {"panel": 3}
    assert changes["values"] == {"panel.0.name": ["Sari"], "panel.0.role": ["a"], "panel.1.name": ["Budi"],
                                 "panel.1.role": ["b"], "panel.2.name": [""], "panel.2.role": ["b"]}
    assert changes["focus"] == "panel.2.name"
    assert after == {"kind": ["y"], **changes["values"]}


def test_a_group_at_its_maximum_takes_no_more_and_at_its_minimum_loses_none():
    full = {f"panel.{index}.name": [str(index)] for index in range(3)}
    assert apply_event(CONTROLS, full, {"action": "add", "group": "panel"}) == (full, None)
    one = {"panel.4.name": ["only"]}
    assert apply_event(CONTROLS, one, {"action": "remove", "group": "panel", "item": "4"}) == (one, None)


def test_removing_an_item_keeps_the_others_in_order_numbered_from_zero():
    form = {"panel.0.name": ["A"], "panel.3.name": ["B"], "panel.9.name": ["C"]}
    after, changes = apply_event(CONTROLS, form, {"action": "remove", "group": "panel", "item": "3"})
    assert changes["groups"] == {"panel": 2} and changes["focus"] is None
    assert [after[f"panel.{index}.name"] for index in range(2)] == [["A"], ["C"]] and "panel.2.name" not in after
    # An item the form does not have, or a group it does not know: nothing happens.
    assert apply_event(CONTROLS, form, {"action": "remove", "group": "panel", "item": "5"}) == (form, None)
    assert apply_event(CONTROLS, form, {"action": "remove", "group": "other", "item": "3"}) == (form, None)


def test_forget_sets_every_control_back_to_the_form_as_first_rendered():
    form = {"kind": ["y"], "ok": ["on"], "variant": ["2"], "panel.0.name": ["A"], "panel.1.name": ["B"]}
    after, changes = apply_event(CONTROLS, form, {"action": "forget"})
    assert changes["groups"] == {"panel": 1}
    # An unchecked box is named with no value, so the page unchecks it.
    assert changes["values"] == {"kind": ["x"], "ok": [], "variant": ["0"], "panel.0.name": [""], "panel.0.role": ["b"]}
    assert after == {"kind": ["x"], "variant": ["0"], "panel.0.name": [""], "panel.0.role": ["b"]}


@pytest.mark.parametrize("event", [None, "step", [], {"action": "explode"}, {"action": "add", "group": ["panel"]}, {"action": 3}])
def test_an_event_that_does_not_fit_changes_nothing(event):
    assert apply_event(CONTROLS, {"kind": ["y"]}, event) == ({"kind": ["y"]}, None)


def test_hidden_names_are_the_pages_own_and_the_buttons_at_the_limits():
    one = {"panel.5.name": ["A"]}
    assert hidden_names(CONTROLS, one, ["panel.role", "ok"]) == ["panel.role", "ok", "panel.5.role", "panel.5.remove"]
    full = {f"panel.{index}.name": ["x"] for index in range(3)}
    assert hidden_names(CONTROLS, full, []) == ["panel.add"]
    assert hidden_names(CONTROLS, {"panel.0.name": ["x"], "panel.1.name": ["y"]}, []) == []


def test_the_view_answers_for_the_form_after_the_event():
    form = {"stage": ["first"], "interviewers.0.role": ["unknown"], "interviewers.0.name": ["Sari"]}
    answer = view({"tool": "check", "lang": "en", "form": form, "event": {"action": "add", "group": "interviewers"}}, now=NOW)
    assert list(answer["set"]["groups"]) == ["interviewers"] and answer["set"]["focus"] == "interviewers.1.role"
    items = answer["set"]["groups"]["interviewers"]
    assert re.findall(r'data-repeat-item="(\d+)"', items) == ["0", "1"] and 'name="interviewers.1.name"' in items
    assert answer["set"]["values"]["interviewers.0.name"] == ["Sari"]
    assert "interviewers.0.remove" not in answer["hidden"] and answer["html"]
    assert view({"tool": "check", "lang": "en", "form": form}, now=NOW)["set"] is None


def test_each_form_changing_button_carries_the_event_python_acts_on():
    """The page sends a button's ``data-event`` as it is: add, then remove the item it added."""
    import html

    from thankyou.web import protocol

    def events(markup: str) -> dict[str, list[dict]]:
        found: dict[str, list[dict]] = {}
        for action, event in re.findall(r'data-action="(\w+)" data-event="([^"]*)"', markup):
            found.setdefault(action, []).append(json.loads(html.unescape(event)))
        return found

    form = {"stage": ["first"], "interviewers.0.name": ["Sari"]}
    rendered = events(widget({"tool": "check", "lang": "en", "size": "full"}, now=NOW)["html"])
    assert set(rendered) == {protocol.ADD, protocol.REMOVE}
    added = view({"tool": "check", "lang": "en", "form": form, "event": rendered[protocol.ADD][0]}, now=NOW)
    assert added["set"]["groups"]["interviewers"].count("data-repeat-item=") == 2
    second = events(added["set"]["groups"]["interviewers"])[protocol.REMOVE][1]
    assert second == {"action": "remove", "group": "interviewers", "item": "1"}
    after = {**form, **added["set"]["values"]}
    removed = view({"tool": "check", "lang": "en", "form": after, "event": second}, now=NOW)
    assert removed["set"]["values"] == {"interviewers.0.name": ["Sari"], "interviewers.0.role": after["interviewers.0.role"]}


def test_the_generators_next_version_is_stepped_in_python():
    base = {"tool": "draft", "lang": "en", "form": {"variant": ["0"]}}
    first = view(base, now=NOW)
    stepped = view({**base, "event": {"action": "step", "control": "variant"}}, now=NOW)
    assert stepped["set"]["values"] == {"variant": ["1"]} and stepped["html"] != first["html"]


# ---- The first view: a link or what the device stored, put back (thankyou.web.restore) --------------

def test_the_first_view_answers_for_the_form_with_the_link_put_back_and_says_what_to_set():
    from urllib.parse import quote

    from thankyou.web import default_values, tools

    link = quote(json.dumps({"stage": ["final"], "interviewers.5.name": ["Rina"], "format": ["fax"]}))
    defaults = default_values(tools()["check"], "full", "en")
    restoring = view({"tool": "check", "lang": "en", "form": defaults, "restore": {"link": link, "stored": None}}, now=NOW)
    assert restoring["set"]["values"] == {"stage": ["final"], "interviewers.0.name": ["Rina"]}
    assert restoring["set"]["groups"]["interviewers"].count("data-repeat-item=") == 1
    assert restoring["restored"]["notice"] and ": Format." in restoring["restored"]["notice"]
    put_back = {**defaults, "stage": ["final"], "interviewers.0.name": ["Rina"]}
    assert restoring["html"] == view({"tool": "check", "lang": "en", "form": put_back}, now=NOW)["html"]


def test_a_group_put_back_is_rebuilt_with_its_items_at_their_defaults():
    from thankyou.web.restore import put_back

    form = {"kind": ["y"], "panel.0.name": ["Old"], "panel.0.role": ["a"], "ok": ["on"]}
    restored = {"values": {"panel.0.name": ["A"], "panel.1.name": ["B"], "ok": [], "edit.0.text": ["T"]},
                "groups": {"panel": 2, "edit": 1}}
    assert put_back(CONTROLS, form, restored) == {
        "kind": ["y"], "panel.0.name": ["A"], "panel.0.role": ["b"], "panel.1.name": ["B"], "panel.1.role": ["b"],
        "edit.0.text": ["T"],
    }


@pytest.mark.parametrize("restore", [None, "x", []])
def test_a_view_without_sources_to_restore_puts_nothing_back(restore):
    answer = view({"tool": "check", "lang": "en", "form": {"stage": ["final"]}, "restore": restore}, now=NOW)
    assert answer["set"] is None and "restored" not in answer


def test_a_stored_value_that_fails_is_to_be_removed_and_sets_nothing():
    answer = view({"tool": "check", "lang": "en", "form": {}, "restore": {"link": None, "stored": "not json"}}, now=NOW)
    assert answer["restored"]["forget_stored"] is True and answer["set"]["values"] == {}


def test_errors_are_keyed_by_the_pages_slots_and_the_rest_goes_to_the_form():
    form = {"stage": ["final"], "interviewers.3.name": ["x" * 500], "interviewers.3.role": ["unknown"]}
    assert list(view({"tool": "check", "lang": "en", "form": form}, now=NOW)["errors"]) == ["interviewers.3.name"]
    # A field only the full form has: the compact one has no slot for it, so the form's says it.
    wrong = {"stage": ["final"], "decision_by": ["not a date"]}
    full = view({"tool": "check", "lang": "en", "form": wrong}, now=NOW)["errors"]
    compact = view({"tool": "check", "lang": "en", "size": "compact", "form": wrong}, now=NOW)["errors"]
    assert list(full) == ["decision_by"] and compact == {"form": full["decision_by"]}
