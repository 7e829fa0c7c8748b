"""A tiny HTML builder: text is escaped unless it is already :class:`Markup`."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping


class Markup(str):
    """A string that is already safe HTML (built here, never from reader input)."""

    __slots__ = ()


def escape(text: str) -> Markup:
    """``text`` as HTML text or attribute value: ``&<>"'`` escaped, ``None`` as empty."""
    if isinstance(text, Markup):
        return text
    return Markup(html.escape(str(text), quote=True))


def attributes(attrs: Mapping[str, object]) -> str:
    """`` name="value"`` pairs; ``True`` gives a bare attribute, ``False``/``None`` none at all."""
    parts = []
    for name, value in attrs.items():
        if value is None or value is False:
            continue
        name = name.rstrip("_").replace("_", "-")
        parts.append(f" {name}" if value is True else f' {name}="{escape(str(value))}"')
    return "".join(parts)


VOID = frozenset({"input", "br", "hr", "img", "meta", "link"})


def tag(name: str, attrs: Mapping[str, object] | None = None, *children: object) -> Markup:
    """``<name attrs>children</name>``; children are strings, Markup, None, or iterables of them."""
    opening = f"<{name}{attributes(attrs or {})}>"
    if name in VOID:
        return Markup(opening)
    return Markup(f"{opening}{join(children)}</{name}>")


def join(children: Iterable[object]) -> Markup:
    """Children concatenated, each escaped unless it is Markup; ``None`` is skipped."""
    out: list[str] = []
    for child in children:
        if child is None:
            continue
        if isinstance(child, str):
            out.append(escape(child))
        elif isinstance(child, Iterable):
            out.append(join(child))
        else:
            out.append(escape(str(child)))
    return Markup("".join(out))
