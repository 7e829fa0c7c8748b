"""Form fields as data, and their HTML: labels, options and error slots come from the texts.

A tool declares its form as a tuple of :class:`Field` and :class:`Group` (a repeatable set of
fields, such as one row per interviewer). The page sends back every named control's values as
lists of strings (:data:`FormValues`); fields of a group are named ``group.INDEX.field``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any, Union

from thankyou.export import percent_encode
from thankyou.fields import InputError, Moment, Zone, zone_or_none
from thankyou.web import protocol
from thankyou.web.markup import Markup, tag

# What the page sends: every named form control's values, as lists of strings.
FormValues = Mapping[str, Sequence[str]]


@dataclass(frozen=True)
class Field:
    """One form control. ``kind`` picks the HTML; ``sizes`` the widget sizes it appears in.

    Kinds: ``select``, ``radio``, ``checkboxes`` (several of ``options``), ``checkbox`` (one on/off),
    ``text``, ``email``, ``url``, ``textarea``, ``datetime`` (a local date and time), ``date``, ``number``,
    ``hidden`` (rendered by its tool itself: the page has no error slot for it).
    """

    name: str
    kind: str
    options: tuple[str, ...] = ()
    default: str | tuple[str, ...] = ""
    sizes: tuple[str, ...] = ("full", "compact")
    limit: int = 200
    attrs: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Group:
    """A repeatable set of fields (one item per interviewer, say), between ``minimum`` and ``maximum`` items."""

    name: str
    fields: tuple[Field, ...]
    minimum: int = 1
    maximum: int = 8
    initial: int = 1
    sizes: tuple[str, ...] = ("full", "compact")


Control = Union[Field, Group]


@dataclass(frozen=True)
class FormWords:
    """The words a form needs beyond its own labels (from the common texts)."""

    add: str
    remove: str


def defaults_of(spec: Field) -> list[str]:
    """What a freshly rendered control sends: its default, or nothing for an unchecked choice."""
    default = spec.default if isinstance(spec.default, tuple) else (spec.default,)
    if spec.kind in ("radio", "checkboxes", "checkbox"):
        return [value for value in default if value]
    return [default[0]]


def first(form: FormValues, name: str, default: str = "") -> str:
    """The first value sent for ``name``, or ``default``."""
    values = form.get(name) or ()
    return values[0] if values and isinstance(values[0], str) else default


def every(form: FormValues, name: str) -> list[str]:
    """All values sent for ``name`` (checkboxes), strings only."""
    return [value for value in form.get(name) or () if isinstance(value, str)]


# A field of a group's item, as the page names it: ``interviewers.2.name``.
ITEM_NAME = re.compile(r"^(?P<group>[a-z_]+)\.(?P<index>\d{1,4})\.(?P<field>[a-z_]+)$")


def group_items(form: FormValues, group: str) -> list[tuple[int, dict[str, str]]]:
    """The items of ``group`` in page order: ``[(index, {field: first value}), ...]``."""
    items: dict[int, dict[str, str]] = {}
    for key, values in form.items():
        match = ITEM_NAME.match(key)
        if match and match["group"] == group:
            items.setdefault(int(match["index"]), {})[match["field"]] = values[0] if values else ""
    return sorted(items.items())


def on_form(error: InputError, form: FormValues, controls: Sequence[Control],
            names: Mapping[str, str] | None = None) -> InputError:
    """The domain's error on a request the page made, naming the field as the page does.

    A group's items go to the domain as a list in page order (:func:`group_items`), so its error
    on ``interviewers.K.role`` is about the K-th item sent, whose own index may be another (items
    removed and added: ``interviewers.3.role``); a choice lists the options that item's control
    offers. ``names``: the domain's name → the page's, for fields the page names otherwise.
    """
    if names and error.field in names:
        return InputError(names[error.field], error.code, **error.params)
    groups = {control.name: control for control in controls if isinstance(control, Group)}
    match = ITEM_NAME.match(error.field)
    if match is None or match["group"] not in groups:
        return error
    group, position, name = groups[match["group"]], int(match["index"]), match["field"]
    indexes = [index for index, _values in group_items(form, group.name)]
    if position >= len(indexes):
        return error
    params = error.params
    spec = next((spec for spec in group.fields if spec.name == name), None)
    if error.code == "choice" and spec and spec.options:
        params = {**params, "options": ", ".join(option for option in spec.options if option)}
    return InputError(f"{group.name}.{indexes[position]}.{name}", error.code, **params)


def generic_name(name: str) -> str:
    """``interviewers.3.role`` → ``interviewers.role``: the name labels and hints are keyed by."""
    return ".".join(part for part in name.split(".") if not part.isdigit())


def prefill_fragment(values: Mapping[str, Sequence[str]]) -> str:
    """``#prefill=…``: form values another tool's page puts into its form (a fragment never reaches a server).

    Percent-encoded by the one encoder the package has (``export.percent_encode``), which
    ``thankyou.web.restore`` undoes when the page hands the fragment back with its first view."""
    text = json.dumps({name: list(items) for name, items in values.items()}, ensure_ascii=False, separators=(",", ":"))
    return protocol.PREFILL + percent_encode(text)


# The keyboard a phone brings up for each kind of field (a field's own ``attrs`` win): addresses
# without capitals or spelling marks, the digits for a number, and an Enter key that says what
# it does (in a one-line field it submits the form, which updates the answer: "done").
KEYBOARDS: dict[str, dict[str, str]] = {
    "text": {"enterkeyhint": "done"},
    "email": {"inputmode": "email", "enterkeyhint": "done", "autocapitalize": "off", "spellcheck": "false"},
    "url": {"inputmode": "url", "enterkeyhint": "done", "autocapitalize": "off", "spellcheck": "false"},
    "number": {"inputmode": "numeric", "enterkeyhint": "done"},
    "textarea": {"enterkeyhint": "enter", "autocapitalize": "sentences"},
}
# A person's or a company's name: capitals at each word, no spelling marks under it.
NAME_KEYBOARD = {"autocapitalize": "words", "spellcheck": "false"}


def form_id(tool: str) -> str:
    """The ``id`` of a tool's form: controls rendered outside it (in the answer) name it in ``form=``."""
    return f"ty-{tool}-form"


def field_id(tool: str, name: str) -> str:
    return f"ty-{tool}-{name}".replace(".", "-").replace("_", "-")


# A label that follows the form's values: ``labels["ended_at@test"]`` stands for ``labels["ended_at"]``
# while the tool's ``label_variants`` for the form name ``test`` (the first variant a field has
# words for wins). Every wording is rendered once, each in its own span named like a field
# (``ended_at@`` for the plain one, ``ended_at@test``), and the spans not chosen are hidden as
# fields are: the page applies ``hidden`` and decides nothing.
VARIANT_MARK = "@"


def variants_of(labels: Mapping[str, str], name: str) -> list[str]:
    """The variants ``name`` has words for, in the texts' order (``[]``: its label never changes)."""
    prefix = name + VARIANT_MARK
    return [key[len(prefix):] for key in labels if key.startswith(prefix)]


def chosen_variant(labels: Mapping[str, str], name: str, variants: Sequence[str]) -> str:
    """The variant of ``name``'s label for a form whose variants are ``variants`` (``""``: the plain one)."""
    return next((variant for variant in variants if f"{name}{VARIANT_MARK}{variant}" in labels), "")


def labels_for(labels: Mapping[str, str], variants: Sequence[str]) -> dict[str, str]:
    """``labels`` as this form shows them: each label in its chosen variant (an error names the field so)."""
    plain = {key: text for key, text in labels.items() if VARIANT_MARK not in key}
    return {key: labels[f"{key}{VARIANT_MARK}{variant}"] if (variant := chosen_variant(labels, key, variants)) else text
            for key, text in plain.items()}


def label_markup(labels: Mapping[str, str], name: str, variants: Sequence[str], *, field: str = "") -> str | Markup:
    """``name``'s label: its text, or every wording in its own span, all but the chosen one hidden.

    ``field``: the spans' name when it is not ``name`` (an option's label: ``ended_in.theirs``)."""
    others = variants_of(labels, name)
    if not others:
        return labels[name]
    chosen = chosen_variant(labels, name, variants)
    return Markup("".join(
        tag("span", {"data-field": f"{field or name}{VARIANT_MARK}{variant}", "hidden": variant != chosen},
            labels[f"{name}{VARIANT_MARK}{variant}" if variant else name])
        for variant in ("", *others)))


def hidden_labels(labels: Mapping[str, str], names: Sequence[str], variants: Sequence[str], *,
                  prefix: str = "") -> list[str]:
    """The label spans not shown for a form whose variants are ``variants`` (see :func:`label_markup`);
    ``prefix`` goes before each span's name (``ended_in.`` for the options of ``ended_in``)."""
    hidden = []
    for name in names:
        others = variants_of(labels, name)
        chosen = chosen_variant(labels, name, variants)
        hidden += [f"{prefix}{name}{VARIANT_MARK}{variant}" for variant in ("", *others) if others and variant != chosen]
    return hidden


def hidden_option_labels(option_labels: Any, fields: Sequence[Field], variants: Sequence[str]) -> list[str]:
    """The option-label spans not shown (an option's label may follow the values as a field's does:
    ``time_in["theirs@test"]``; radios and check boxes only, a ``<select>``'s option holds no span)."""
    return [name for spec in fields if spec.kind in ("radio", "checkboxes")
            for name in hidden_labels(option_labels(spec.name), spec.options, variants, prefix=f"{spec.name}.")]


def render_field(
    tool: str,
    spec: Field,
    label: str | Markup,
    option_labels: Mapping[str, str] | None = None,
    *,
    name: str | None = None,
    hint: str = "",
    hidden: bool = False,
    variants: Sequence[str] = (),
) -> Markup:
    """A labelled control with an empty error slot next to it (filled by the page on error).

    ``hidden`` renders it hidden (not worth showing for the default values; the page reveals it).
    ``variants``: the form's label variants (:func:`label_markup`), which an option's label may follow too.
    """
    name = name or spec.name
    ident = field_id(tool, name)
    error_id = f"{ident}-error"
    hint_id = f"{ident}-hint"
    described = f"{hint_id} {error_id}" if hint else error_id
    labels = option_labels or {}
    defaults = spec.default if isinstance(spec.default, tuple) else (spec.default,)
    common = {"id": ident, "name": name, "aria-describedby": described, **KEYBOARDS.get(spec.kind, {}), **spec.attrs}
    wrapper = {"class": f"ty-field ty-field--{spec.kind}", "data-field": name, "hidden": hidden}
    hint_html = tag("p", {"class": "ty-hint", "id": hint_id}, hint) if hint else None
    error_html = tag("p", {"class": "ty-error", "id": error_id, "data-error-for": name})

    if spec.kind in ("radio", "checkboxes"):
        kind = "radio" if spec.kind == "radio" else "checkbox"
        choices = [
            tag(
                "label",
                {"class": "ty-choice"},
                tag("input", {"type": kind, "name": name, "value": option, "checked": option in defaults,
                              "id": f"{ident}-{option}".replace("_", "-"), "aria-describedby": described}),
                " ",
                label_markup(labels, option, variants, field=f"{name}.{option}") if option in labels else option,
            )
            for option in spec.options
        ]
        return tag(
            "fieldset",
            {**wrapper, "id": ident},
            tag("legend", {}, label),
            hint_html,
            tag("div", {"class": "ty-choices"}, choices),
            error_html,
        )

    if spec.kind == "select":
        options = [
            # An <option> holds text only: the wording chosen for the values rendered with the form.
            tag("option", {"value": option, "selected": option == defaults[0]},
                labels_for(labels, variants).get(option, option))
            for option in spec.options
        ]
        control = tag("select", common, options)
    elif spec.kind == "textarea":
        control = tag("textarea", {**common, "maxlength": spec.limit}, defaults[0])
    elif spec.kind == "checkbox":
        control = tag("input", {"type": "checkbox", "value": "on", "checked": defaults[0] == "on", **common})
        return tag(
            "div", wrapper,
            tag("label", {"class": "ty-choice", "for": ident}, control, " ", label),
            hint_html, error_html,
        )
    else:
        input_type = {"datetime": "datetime-local", "date": "date", "email": "email", "url": "url",
                      "number": "number"}.get(spec.kind, "text")
        control = tag("input", {"type": input_type, "value": defaults[0], **common,
                                "maxlength": spec.limit if input_type in ("text", "email", "url") else None})
    return tag("div", wrapper, tag("label", {"for": ident}, label), hint_html, control, error_html)


def render_group(
    tool: str,
    group: Group,
    labels: Mapping[str, str],
    option_labels: Any,
    hints: Mapping[str, str],
    words: FormWords,
    variants: Sequence[str] = (),
) -> Markup:
    """A repeatable group: its items, and add/remove buttons.

    ``labels[group.name]`` is the legend; ``labels[group.name + ".item"]`` titles each item and
    may hold ``{n}``, the item's number (after an add or a remove the page puts in the items
    Python renders again, numbered afresh: ``thankyou.web.events``). The buttons are
    ``data-field``s too, hidden at the group's limits (``events.hidden_names`` says so again on
    each answer).
    """
    return tag(
        "fieldset",
        # data-max: the group's limit, for whoever reads the markup (the tests do).
        {"class": "ty-repeat", "data-repeat": group.name, "data-field": group.name, "data-max": group.maximum},
        tag("legend", {}, label_markup(labels, group.name, variants)),
        tag("div", {"class": "ty-repeat-items", "data-repeat-items": True},
            render_items(tool, group, group.initial, labels, option_labels, hints, words, variants)),
        tag("button", {"type": "button", "class": "ty-button", "data-action": protocol.ADD,
                       "data-event": protocol.event_attribute(protocol.ADD, group=group.name),
                       "data-field": f"{group.name}.{protocol.ADD}", "hidden": group.initial >= group.maximum}, words.add),
        tag("p", {"class": "ty-error", "data-error-for": group.name}),
    )


def render_items(
    tool: str,
    group: Group,
    count: int,
    labels: Mapping[str, str],
    option_labels: Any,
    hints: Mapping[str, str],
    words: FormWords,
    variants: Sequence[str] = (),
) -> list[Markup]:
    """The group's first ``count`` items (indices from 0), their fields at their defaults; an item's
    title, and its fields' labels and hints, follow the form's ``variants`` as a label does
    (``interviewers.item@assessment``, ``interviewers.name@test``): one span name for every item."""
    key = f"{group.name}.item" if f"{group.name}.item" in labels else group.name
    others = variants_of(labels, key)
    chosen = chosen_variant(labels, key, variants)

    def numbered(title: str, index: int) -> list[object]:
        before, mark, after = title.partition("{n}")
        return [before, tag("span", {"data-repeat-number": True}, index + 1) if mark else None, after]

    def title(index: int) -> list[object]:
        if not others:
            return numbered(labels[key], index)
        return [tag("span", {"data-field": f"{key}{VARIANT_MARK}{variant}", "hidden": variant != chosen},
                    numbered(labels[f"{key}{VARIANT_MARK}{variant}" if variant else key], index))
                for variant in ("", *others)]

    return [
        tag(
            "div",
            {"class": "ty-repeat-item", "data-repeat-item": index},
            tag("p", {"class": "ty-repeat-title"}, title(index)),
            [
                render_field(
                    tool, spec, label_markup(labels, f"{group.name}.{spec.name}", variants),
                    option_labels(f"{group.name}.{spec.name}"),
                    name=f"{group.name}.{index}.{spec.name}",
                    hint=label_markup(hints, f"{group.name}.{spec.name}", variants) if f"{group.name}.{spec.name}" in hints else "",
                )
                for spec in group.fields
            ],
            tag("button", {"type": "button", "class": "ty-button ty-button--quiet", "data-action": protocol.REMOVE,
                           "data-event": protocol.event_attribute(protocol.REMOVE, group=group.name, item=str(index)),
                           "data-field": f"{group.name}.{index}.{protocol.REMOVE}", "hidden": count <= group.minimum},
                words.remove),
        )
        for index in range(count)
    ]


def local_datetime(text: str, zone: tzinfo, *, field_name: str) -> datetime:
    """A ``datetime-local`` value (``2026-11-26T14:30``) read in the reader's zone."""
    if len(text) > 40:
        raise InputError(field_name, "datetime")
    try:
        naive = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(field_name, "datetime") from None
    if naive.tzinfo is not None:
        return naive
    return naive.replace(tzinfo=zone)


@dataclass(frozen=True)
class ClientContext:
    """What the page knows and Python cannot: the reader's clock and time zone."""

    now: datetime
    zone: tzinfo


def client_context(raw: Any, *, now: datetime | None = None) -> ClientContext:
    """Read ``{"now": ISO-8601, "tz": IANA name, "offset": minutes east of UTC}`` sent by the page.

    ``now``: the shell's clock, for a page that sends none (the build's pre-rendering); the domain
    never reads the clock, so one of the two must be there."""
    raw = raw if isinstance(raw, Mapping) else {}
    try:
        now = Moment().read(raw.get("now"), "now", None) or now  # the page's clock first
    except InputError:
        pass  # an unreadable clock from the page: the shell's
    if now is None:
        raise ValueError("client_context: neither the page's clock nor the shell's")
    offset = raw.get("offset")
    fixed = timezone(timedelta(minutes=offset)) if isinstance(offset, int) and abs(offset) < 24 * 60 else timezone.utc
    try:
        named = zone_or_none(Zone().read(raw.get("tz"), "tz", None))
    except InputError:
        named = None
    # Unknown here (or no time-zone database): the page's current offset is the best guess.
    zone: tzinfo = named or fixed
    return ClientContext(now=now.astimezone(zone), zone=zone)
