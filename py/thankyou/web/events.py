"""What a tool's buttons do to its form: decided here, applied by the page.

The page sends its form's values with the event that changes them (``data-action`` and what the
button names), and applies what comes back:

- ``{"action": "step", "control": "variant"}``: a number field moves on by its step, past its
  maximum back to its minimum (the generator's "another version").
- ``{"action": "add", "group": "interviewers"}``: one more item, with its fields' defaults, up to
  the group's maximum; the reader's focus goes to its first field.
- ``{"action": "remove", "group": "interviewers", "item": "2"}``: that item goes, down to the
  group's minimum.
- ``{"action": "forget"}``: the form as first rendered.

The answer is the form after the event (what the view then answers for) and what the page sets,
in the shape :func:`thankyou.web.restore.read` returns: ``{values, groups, focus}``. A group
named in ``groups`` is rebuilt with that many items, numbered from 0 in their order, so after an
add or a remove the items are renumbered (the view sends the page their HTML). An event that does not fit the form (an unknown
control, a group at its limit) changes nothing and sets nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from thankyou.web import protocol
from thankyou.web.forms import ITEM_NAME, Control, Field, FormValues, Group, defaults_of, first

Changes = dict[str, Any]


def apply_event(controls: Sequence[Control], form: FormValues, event: Any) -> tuple[dict[str, list[str]], Changes | None]:
    """``controls``: the widget's own (its size, its page's defaults). → (form after the event, what to set)."""
    values = {name: list(items) for name, items in form.items()}
    if not isinstance(event, Mapping):
        return values, None
    action = event.get("action")
    fields = {control.name: control for control in controls if isinstance(control, Field)}
    groups = {control.name: control for control in controls if isinstance(control, Group)}
    if action == protocol.STEP and isinstance(event.get("control"), str) and event["control"] in fields:
        return _step(fields[event["control"]], values)
    if action == protocol.FORGET:
        return _initial(controls)
    group = groups.get(event.get("group")) if isinstance(event.get("group"), str) else None
    if group is None or action not in (protocol.ADD, protocol.REMOVE):
        return values, None
    items = _items(values, group)
    if action == protocol.ADD and len(items) < group.maximum:
        items.append({spec.name: defaults_of(spec) for spec in group.fields})
        return _with_items(values, group, items, focus=f"{group.name}.{len(items) - 1}.{group.fields[0].name}")
    index = event.get("item")
    position = next((at for at, (item_index, _) in enumerate(_indexed(values, group)) if str(item_index) == index), None)
    if action == protocol.REMOVE and position is not None and len(items) > group.minimum:
        del items[position]
        return _with_items(values, group, items)
    return values, None


def _step(spec: Field, values: dict[str, list[str]]) -> tuple[dict[str, list[str]], Changes | None]:
    """The next value of a number field, wrapping to its minimum (0 when it has none)."""
    if spec.kind != "number":
        return values, None
    low, high, step = (_number(spec.attrs.get(name), default) for name, default in (("min", 0), ("max", None), ("step", 1)))
    following = _number(first(values, spec.name), low) + step
    following = low if following < low or (high is not None and following > high) else following
    values[spec.name] = [str(following)]
    return values, {"values": {spec.name: values[spec.name]}, "groups": {}, "focus": None}


def _number(raw: object, default: int | None) -> int | None:
    try:
        return int(str(raw))
    except ValueError:
        return default


def _indexed(values: FormValues, group: Group) -> list[tuple[int, dict[str, list[str]]]]:
    """The group's items in page order (by index), each with its fields' values."""
    items: dict[int, dict[str, list[str]]] = {}
    for name, sent in values.items():
        match = ITEM_NAME.match(name)
        if match and match["group"] == group.name:
            items.setdefault(int(match["index"]), {})[match["field"]] = list(sent)
    return sorted(items.items())


def _items(values: FormValues, group: Group) -> list[dict[str, list[str]]]:
    return [item for _index, item in _indexed(values, group)]


def _with_items(values: dict[str, list[str]], group: Group, items: list[dict[str, list[str]]],
                focus: str | None = None) -> tuple[dict[str, list[str]], Changes]:
    """The form with the group's items numbered from 0, and the values that rebuild them."""
    kept = {name: sent for name, sent in values.items() if not _in_group(name, group)}
    numbered = {
        f"{group.name}.{position}.{spec.name}": item.get(spec.name, defaults_of(spec))
        for position, item in enumerate(items)
        for spec in group.fields
    }
    form = {**kept, **{name: sent for name, sent in numbered.items() if sent}}
    return form, {"values": numbered, "groups": {group.name: len(items)}, "focus": focus}


def _in_group(name: str, group: Group) -> bool:
    match = ITEM_NAME.match(name)
    return bool(match and match["group"] == group.name)


def _initial(controls: Sequence[Control]) -> tuple[dict[str, list[str]], Changes]:
    """The form as first rendered: every control's default, each group with its initial items."""
    values: dict[str, list[str]] = {}
    groups: dict[str, int] = {}
    for control in controls:
        if isinstance(control, Group):
            groups[control.name] = control.initial
            values.update({f"{control.name}.{index}.{spec.name}": defaults_of(spec)
                           for index in range(control.initial) for spec in control.fields})
        else:
            values[control.name] = defaults_of(control)
    form = {name: sent for name, sent in values.items() if sent}
    return form, {"values": values, "groups": groups, "focus": None}


def hidden_names(controls: Sequence[Control], form: FormValues, hidden: Sequence[str]) -> list[str]:
    """Every ``data-field`` the page hides: the tool's hidden fields, in each item of their group
    (``interviewers.name`` → ``interviewers.0.name``…), a group's add button at its maximum and
    its items' remove buttons at its minimum."""
    names = list(hidden)
    for group in (control for control in controls if isinstance(control, Group)):
        indexes = [index for index, _item in _indexed(form, group)]
        names += [f"{group.name}.{index}.{name.split('.', 1)[1]}" for name in hidden
                  if name.startswith(group.name + ".") for index in indexes]
        if len(indexes) >= group.maximum:
            names.append(f"{group.name}.{protocol.ADD}")
        if len(indexes) <= group.minimum:
            names += [f"{group.name}.{index}.{protocol.REMOVE}" for index in indexes]
    return names
