"""Form fields as data, and their HTML: labels, options and error slots come from the texts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any

from thankyou.fields import InputError, zone_named
from thankyou.web.markup import Markup, tag

# What the page sends: every named form control's values, as lists of strings.
FormValues = Mapping[str, Sequence[str]]


@dataclass(frozen=True)
class Field:
    """One form control. ``kind`` picks the HTML; ``sizes`` the widget sizes it appears in."""

    name: str
    kind: str  # "select" | "datetime" | "text" | "textarea" | "checkbox" | "checkboxes"
    options: tuple[str, ...] = ()
    default: str = ""
    sizes: tuple[str, ...] = ("full", "compact")
    limit: int = 200
    attrs: Mapping[str, object] = field(default_factory=dict)


def first(form: FormValues, name: str, default: str = "") -> str:
    """The first value sent for ``name``, or ``default``."""
    values = form.get(name) or ()
    return values[0] if values and isinstance(values[0], str) else default


def field_id(tool: str, name: str) -> str:
    return f"ty-{tool}-{name}".replace(".", "-").replace("_", "-")


def render_field(
    tool: str,
    spec: Field,
    label: str,
    option_labels: Mapping[str, str] | None = None,
    value: str | None = None,
) -> Markup:
    """A labelled control with an empty error slot next to it (filled by the page on error)."""
    ident = field_id(tool, spec.name)
    error_id = f"{ident}-error"
    current = spec.default if value is None else value
    common = {"id": ident, "name": spec.name, "aria-describedby": error_id, **spec.attrs}
    if spec.kind == "select":
        options = [
            tag("option", {"value": option, "selected": option == current}, (option_labels or {}).get(option, option))
            for option in spec.options
        ]
        control = tag("select", common, options)
    elif spec.kind == "datetime":
        control = tag("input", {"type": "datetime-local", "value": current, **common})
    elif spec.kind == "textarea":
        control = tag("textarea", {"maxlength": spec.limit, **common}, current)
    elif spec.kind == "checkbox":
        control = tag("input", {"type": "checkbox", "value": "on", "checked": current == "on", **common})
    else:
        control = tag("input", {"type": "text", "value": current, "maxlength": spec.limit, **common})
    return tag(
        "div",
        {"class": f"ty-field ty-field--{spec.kind}", "data-field": spec.name},
        tag("label", {"for": ident}, label),
        control,
        tag("p", {"class": "ty-error", "id": error_id, "data-error-for": spec.name}),
    )


def local_datetime(text: str, zone: tzinfo, *, field_name: str) -> datetime:
    """A ``datetime-local`` value (``2026-11-26T14:30``) read in the reader's zone."""
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


def client_context(raw: Any) -> ClientContext:
    """Read ``{"now": ISO-8601, "tz": IANA name, "offset": minutes east of UTC}`` sent by the page."""
    raw = raw if isinstance(raw, Mapping) else {}
    now = datetime.now(timezone.utc)
    if isinstance(raw.get("now"), str):
        try:
            parsed = datetime.fromisoformat(raw["now"])
            if parsed.tzinfo is not None:
                now = parsed
        except ValueError:
            pass
    offset = raw.get("offset")
    fixed = timezone(timedelta(minutes=offset)) if isinstance(offset, int) and abs(offset) < 24 * 60 else timezone.utc
    zone: tzinfo = fixed
    if isinstance(raw.get("tz"), str) and raw["tz"]:
        try:
            zone = zone_named(raw["tz"], field="tz")
        except InputError:
            zone = fixed  # no time-zone database here: the page's current offset is the best guess
    return ClientContext(now=now.astimezone(zone), zone=zone)
