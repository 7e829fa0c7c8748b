"""Values put back into a form: a ``#prefill=`` link or what this device stored, bounded first.

The page passes both as raw text, untouched, with its first view (``restore: {link, stored}``;
``link``: the fragment after ``#prefill=``, still percent-encoded; ``stored``: the text in
``localStorage``). Nothing reaches the form before it is read here against the form's own
limits: known names only, choices among the options, text within its length, a group within
its maximum (items renumbered from 0, in their order). The view then answers for the form with
these values put back (:func:`put_back`) and tells the page what to set.

- A link fills what it can; what it carries beyond the form's limits is left out and said once.
- A stored value is used whole or not at all: one that fails (too large, not readable, a name
  or a value the form would never have written) is discarded, and the page removes it.
- A link wins over what is stored; the page stores nothing until the reader types.
- Only named controls are set: a radio group the values do not name keeps its default.
- The same tool may appear in two sizes (compact on the home page, full on its own page): what
  the other size stored for fields this one does not have is handed back (``keep``), and the
  page stores it again beside its own values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from thankyou.fields import loads_json
from thankyou.texts import texts_for
from thankyou.texts.common import CommonTexts
from thankyou.web.forms import ITEM_NAME, Control, Field, FormValues, Group, defaults_of, generic_name
from thankyou.web.tool import Tool

# Beyond these, the text is not even parsed. The largest legitimate form (the reviewer's
# 20,000-character draft) stays far below either: as JSON at most 6 characters per character
# (a \uXXXX escape), percent-encoded at most 12 (one emoji: 4 bytes written as %XX).
MAX_STORED_CHARS = 500_000
MAX_LINK_CHARS = 1_000_000
# An item index as the page writes it; a longer run of digits is no index the page made.
_PERCENT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_ITEM = re.compile(r"^(?P<group>[a-z_]+)\.(?P<index>\d{1,6})\.(?P<field>[a-z_]+)$")


@dataclass
class _Reading:
    """What one source gave: the values kept, the items per group, and what was left out."""

    values: dict[str, list[str]] = field(default_factory=dict)
    groups: dict[str, int] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)  # generic names, in the order met
    unreadable: bool = False
    other_size: dict[str, list[str]] = field(default_factory=dict)  # fitting values of fields this size lacks


def read(tool: Tool, lang: str, size: str, sources: Any) -> dict[str, Any]:
    """``sources``: ``{link?, stored?}`` → ``{values, groups, notice, forget_stored, keep}``.

    ``values``: what to set, by control name (only controls of this size, the answer's own
    included); ``groups``: how many items each named group gets (indices 0…n-1); ``notice``: one
    sentence for the reader, or ``None``; ``forget_stored``: the stored value failed and must be
    removed; ``keep``: the stored values of the tool's other size, stored again with this form's own.
    """
    sources = sources if isinstance(sources, Mapping) else {}
    words = texts_for(CommonTexts, lang)
    link, stored = sources.get("link"), sources.get("stored")
    notices: list[str] = []
    chosen = _Reading()
    forget_stored = False

    from_link = _read(link, tool, lang, size, MAX_LINK_CHARS, encoded=True) if isinstance(link, str) else None
    if from_link is not None and from_link.unreadable:
        notices.append(words.restore_link_unreadable)
    elif from_link is not None:
        chosen = from_link
        if from_link.dropped:
            labels = _labels_of(tool, lang, from_link.dropped)
            notices.append(words.restore_link_partly.format(fields=", ".join(labels)) if labels
                           else words.restore_link_partly_unnamed)
    from_storage = _read(stored, tool, lang, size, MAX_STORED_CHARS, encoded=False) if isinstance(stored, str) else None
    stored_fits = from_storage is not None and not (from_storage.unreadable or from_storage.dropped)
    if (from_link is None or from_link.unreadable) and from_storage is not None:
        if stored_fits:
            chosen = from_storage
        else:
            forget_stored = True
            notices.append(words.restore_stored_discarded)
    return {
        "keep": from_storage.other_size if stored_fits else {},
        "values": chosen.values,
        "groups": chosen.groups,
        "notice": " ".join(notices) or None,
        "forget_stored": forget_stored,
    }


def put_back(controls: Sequence[Control], form: FormValues, restored: Mapping[str, Any]) -> dict[str, list[str]]:
    """The form once the page has set what :func:`read` returned, as the page would then send it.

    ``controls``: the widget's own. Each of its groups that ``restored`` names is rebuilt with
    that many items, their fields at their defaults; then each named value is set (a control it
    does not name keeps what it has). A choice left with nothing checked is not sent.
    """
    rebuilt = {control.name: control for control in controls
               if isinstance(control, Group) and control.name in restored["groups"]}
    values = {name: list(sent) for name, sent in form.items()
              if not ((match := ITEM_NAME.match(name)) and match["group"] in rebuilt)}
    for group in rebuilt.values():
        for index in range(restored["groups"][group.name]):
            values.update({f"{group.name}.{index}.{spec.name}": defaults_of(spec) for spec in group.fields})
    values.update(restored["values"])
    return {name: sent for name, sent in values.items() if sent}


def _read(text: str, tool: Tool, lang: str, size: str, limit: int, *, encoded: bool) -> _Reading:
    """Read one source; ``unreadable`` when it is too large, not JSON or not a mapping."""
    reading = _Reading()
    if len(text) > limit:
        reading.unreadable = True
        return reading
    try:
        raw = loads_json(decode_uri_component(text) if encoded else text)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raw = None
    if not isinstance(raw, Mapping):
        reading.unreadable = True
        return reading
    fields, groups = _form_of(tool, lang)
    items: dict[str, dict[int, dict[str, list[str]]]] = {}
    for name, values in raw.items():
        values = [values] if isinstance(values, str) else values
        item = _ITEM.match(name) if isinstance(name, str) else None
        if item and item["group"] in groups:
            group = groups[item["group"]]
            spec = next((spec for spec in group.fields if spec.name == item["field"]), None)
            if spec is None or not _fits(spec, values):
                reading.dropped.append(group.name)  # the reader knows the group ("Interviewers")
            elif size in group.sizes:
                items.setdefault(group.name, {}).setdefault(int(item["index"]), {})[spec.name] = list(values)
            else:
                reading.other_size[name] = list(values)
        elif isinstance(name, str) and name in fields:
            spec = fields[name]
            if not _fits(spec, values):
                reading.dropped.append(name)
            elif size in spec.sizes:
                reading.values[name] = list(values)
            else:
                reading.other_size[name] = list(values)
        else:
            reading.dropped.append(generic_name(name).split(".")[0] if isinstance(name, str) else "")
    answers = {control.name for control in tool.answer_controls}
    for name, by_index in items.items():
        group = groups[name]
        kept = sorted(by_index)[: group.maximum]
        if len(by_index) > group.maximum:
            reading.dropped.append(name)
        if name in answers:
            # An answer's own items belong to its messages (edit.1 is the second one's): not renumbered.
            kept = [index for index in kept if index < group.maximum]
            positions = kept
        else:
            reading.groups[name] = len(kept)
            positions = list(range(len(kept)))
        for position, index in zip(positions, kept):
            for spec_name, values in by_index[index].items():
                reading.values[f"{name}.{position}.{spec_name}"] = values
    return reading


def _form_of(tool: Tool, lang: str) -> tuple[dict[str, Field], dict[str, Group]]:
    """The tool's fields and groups in every size, by name (the page in ``lang``'s defaults)."""
    controls = (*tool.controls_in(lang), *tool.answer_controls)
    return (
        {control.name: control for control in controls if isinstance(control, Field)},
        {control.name: control for control in controls if isinstance(control, Group)},
    )


def _fits(spec: Field, values: Any) -> bool:
    """Could the page have written ``values`` for this control?"""
    if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
        return False
    if spec.kind in ("radio", "select"):
        return len(values) == 1 and values[0] in spec.options
    if spec.kind == "checkboxes":
        return len(set(values)) == len(values) and set(values) <= set(spec.options)
    if spec.kind == "checkbox":
        return values in ([], ["on"])
    return len(values) == 1 and len(values[0]) <= spec.limit


def _labels_of(tool: Tool, lang: str, names: list[str]) -> list[str]:
    """The reader's names of the fields left out, each once, in the order met (unknown names skipped)."""
    labels = tool.labels(lang)
    found: list[str] = []
    for name in names:
        label = labels.get(name)
        if label and label not in found:
            found.append(label)
    return found


def decode_uri_component(text: str) -> str:
    """JavaScript's ``decodeURIComponent``: ``ValueError`` on a stray ``%`` or bytes that are not UTF-8."""
    if _STRAY_PERCENT.search(text):
        raise ValueError("a % not followed by two hex digits")
    return _PERCENT_RUN.sub(lambda run: bytes.fromhex(run[0].replace("%", "")).decode("utf-8"), text)
