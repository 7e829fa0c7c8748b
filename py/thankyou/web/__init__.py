"""The tools as the page shows them: a form's raw values in, escaped HTML out.

Two operations of the façade live here. ``widget`` renders a whole tool (its form, its
loading and failure states, and the answer for the default situation) and is called by the
site build, so a real answer is in the page before Python loads. ``view`` is what the page's
worker calls on every change: it reads the form, asks the domain for the answer and renders
it, or returns each error keyed by the field it belongs to.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from thankyou import api
from thankyou.fields import InputError, read_choice, read_lang, read_text
from thankyou.texts import texts_for
from thankyou.texts.common import CommonTexts
from thankyou.web.forms import ClientContext, Field, FormValues, client_context, render_field
from thankyou.web.markup import Markup, tag


@dataclass(frozen=True)
class Tool:
    """Everything the page needs to show one tool; all words come from the tool's texts."""

    name: str
    op: str
    fields: tuple[Field, ...]
    title: Callable[[str], str]
    labels: Callable[[str], Mapping[str, str]]
    option_labels: Callable[[str, str], Mapping[str, str]]
    to_request: Callable[[FormValues, ClientContext, str], dict[str, Any]]
    render_answer: Callable[[Mapping[str, Any], str, str], Markup]
    hidden_fields: Callable[[FormValues], list[str]] = lambda form: []


SIZES = ("full", "compact")


def tools() -> dict[str, Tool]:
    """The registered tools by name (imported here so each tool's module stays independent)."""
    from thankyou.web import check

    return {tool.name: tool for tool in (check.TOOL,)}


def view(payload: Mapping[str, Any]) -> dict[str, Any]:
    """``{tool, lang, form, context, link_base}`` → ``{html, errors, hidden}`` for the page."""
    lang = read_lang(payload)
    tool = _tool(payload)
    link_base = read_text(payload, "link_base", limit=200)
    form = _form_values(payload.get("form"))
    context = client_context(payload.get("context"))
    hidden = tool.hidden_fields(form)
    try:
        request = tool.to_request(form, context, lang)
    except InputError as error:
        return _errors(error, lang, tool, hidden)
    answer = api.handle({"op": tool.op, **request})
    if "error" in answer:
        field = answer["error"]["field"] or "form"
        return {"html": None, "errors": {field: answer["error"]["message"]}, "hidden": hidden}
    return {"html": tool.render_answer(answer, lang, link_base), "errors": {}, "hidden": hidden}


def widget(payload: Mapping[str, Any]) -> dict[str, Any]:
    """``{tool, lang, size, link_base, runtime}`` → ``{html}``: the whole tool, answered for the default."""
    lang = read_lang(payload)
    tool = _tool(payload)
    size = read_choice(payload, "size", SIZES, default="full")
    link_base = read_text(payload, "link_base", limit=200)
    runtime = payload.get("runtime") or {}
    words = texts_for(CommonTexts, lang)
    labels = tool.labels(lang)

    controls = [
        render_field(tool.name, spec, labels[spec.name], tool.option_labels(spec.name, lang))
        for spec in tool.fields
        if size in spec.sizes
    ]
    defaults = {spec.name: [spec.default] for spec in tool.fields if spec.default}
    answered = view({"tool": tool.name, "lang": lang, "form": defaults, "link_base": link_base})
    status = tag(
        "div",
        {"class": "ty-status", "data-status": True},
        tag("progress", {"class": "ty-progress", "max": "1", "data-progress": True}),
        tag("span", {"class": "ty-stage", "data-stage": "runtime"}, words.loading_runtime),
        tag("span", {"class": "ty-stage", "data-stage": "package"}, words.loading_package),
        tag(
            "div",
            {"class": "ty-failed", "role": "alert"},
            tag("strong", {}, words.failed_title),
            " ",
            words.failed_body,
            " ",
            tag("button", {"type": "button", "class": "md-button", "data-action": "retry"}, words.retry),
            tag("span", {"class": "ty-failed-detail", "data-failure": True}),
        ),
    )
    html = tag(
        "div",
        {
            "class": f"ty-widget ty-widget--{size}",
            "data-tool": tool.name,
            "data-lang": lang,
            "data-size": size,
            "data-link-base": link_base,
            "data-runtime": json.dumps(runtime, sort_keys=True),
            "data-state": "loading",
        },
        tag(
            "form",
            {"class": "ty-form", "novalidate": True, "autocomplete": "off"},
            controls,
            tag("p", {"class": "ty-error", "data-error-for": "form", "aria-live": "polite"}),
        ),
        status,
        tag("noscript", {}, tag("p", {"class": "ty-note"}, words.noscript)),
        tag(
            "div",
            {"class": "ty-output", "data-output": True, "aria-live": "polite"},
            answered["html"] or "",
        ),
    )
    return {"html": html}


def _tool(payload: Mapping[str, Any]) -> Tool:
    registry = tools()
    return registry[read_choice(payload, "tool", tuple(registry))]


def _form_values(raw: Any) -> dict[str, list[str]]:
    """The page's form values, keeping only string lists (anything else is dropped)."""
    if not isinstance(raw, Mapping):
        return {}
    clean: dict[str, list[str]] = {}
    for name, values in raw.items():
        if isinstance(values, str):
            values = [values]
        if isinstance(name, str) and isinstance(values, list):
            clean[name] = [value for value in values if isinstance(value, str)]
    return clean


def _errors(error: InputError, lang: str, tool: Tool, hidden: list[str]) -> dict[str, Any]:
    payload = api.error_payload(error, lang, tool.labels(lang))
    return {"html": None, "errors": {payload["field"]: payload["message"]}, "hidden": hidden}
