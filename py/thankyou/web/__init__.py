"""The tools as the page shows them: a form's raw values in, escaped HTML out.

Two operations of the façade live here. ``widget`` renders a whole tool (its form, its
loading and failure states, and the answer for the default situation) and is called by the
site build, so a real answer is in the page before Python loads. ``view`` is what the page's
worker calls on every change: it reads the form, asks the domain for the answer and renders
it, or returns each error keyed by the field it belongs to.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from thankyou.errors import error_payload
from thankyou.fields import InputError, read_choice, read_lang, read_text
from thankyou.operations import REVIEW
from thankyou.operations import answer as answer_of
from thankyou.review.spelling import LANGUAGES as SPELLING_LANGUAGES
from thankyou.review.spelling import Lexicon
from thankyou.texts import texts_for
from thankyou.texts.common import CommonTexts
from thankyou.web import answer_bar, check, draft, protocol, review
from thankyou.web.events import apply_event, hidden_names
from thankyou.web.forms import (
    ClientContext,
    Control,
    Field,
    FormValues,
    FormWords,
    Group,
    client_context,
    defaults_of,
    form_id,
    render_field,
    render_group,
)
from thankyou.web.markup import Markup, tag
from thankyou.web.tool import Tool

__all__ = ["SIZES", "TOOLS", "Tool", "default_values", "render_controls", "tools", "view", "widget"]

# Every tool the pages show, in the order the façade lists them.
TOOLS: tuple[Tool, ...] = (check.TOOL, draft.TOOL, review.TOOL)


SIZES = ("full", "compact")


def tools() -> dict[str, Tool]:
    """Every tool by name."""
    return {tool.name: tool for tool in TOOLS}


def view(payload: Mapping[str, Any], *, now: datetime, lexicons: Iterable[Lexicon] = ()) -> dict[str, Any]:
    """``{tool, lang, size, form, event, context, link_base}`` → ``{html, errors, hidden, set, bar}`` for the page.

    ``event``: the button that changed the form, if one did (``thankyou.web.events``); the answer
    is for the form after it, and ``set`` says what the page puts into its form (``None``: nothing).
    ``hidden``: every ``data-field`` not worth showing for these values.
    ``now``: the shell's clock, used when the page sends none of its own (the build's pre-rendering).
    ``bar``: the answer in one line (``thankyou.web.answer_bar``), or why it was not updated.
    ``lexicons``: the spelling word lists the page's worker has loaded (``thankyou.review.spelling``).
    A review answered without a list it needs adds ``word_lists``: the languages to load, the
    draft's own first; the worker fetches them once, builds them in Python and asks again.
    """
    lang = read_lang(payload)
    tool = _tool(payload)
    size = read_choice(payload, "size", SIZES, default="full")
    link_base = read_text(payload, "link_base", limit=200)
    controls = tuple(control for control in _controls_for(tool, lang) if size in control.sizes)
    form, changes = apply_event(controls, _form_values(payload.get("form")), payload.get("event"))
    context = client_context(payload.get("context"), now=now)
    hidden = tool.hidden_fields(form)
    shown = {"hidden": hidden_names(controls, form, hidden), "set": changes}
    try:
        request = tool.to_request(form, context, lang)
        parsed = tool.read(request, form, now=context.now)
    except InputError as error:
        return {**_errors(error, lang, tool), **shown}
    lexicons = tuple(lexicons)
    # Spelling runs with every language's list or not at all: one list alone reports the other
    # language's words as typos.
    complete = {lexicon.lang for lexicon in lexicons} >= set(SPELLING_LANGUAGES)
    # Only the reviewer reads word lists (the worker passes them to every tool once loaded).
    answer = answer_of(tool.operation, parsed, now=context.now,
                       lexicons=lexicons if complete and tool.operation is REVIEW else ())
    if "error" in answer:
        field = answer["error"]["field"] or "form"
        return {"html": None, "errors": {field: answer["error"]["message"]}, **shown,
                "bar": answer_bar.render_error(answer["error"]["message"], lang)}
    # What the answer's own controls decide (the generator's edited messages and their review).
    followed = tool.follow_answer(answer, form, context, lexicons if complete else ()) if tool.follow_answer else {}
    # The request travels with the answer: a renderer may show the reader's own text (marked).
    result = {"html": tool.render_answer({**answer, **followed, "request": request}, lang, link_base),
              "errors": {}, **shown, "bar": answer_bar.render(tool.name, {**answer, **followed}, lang)}
    wanted = (tool.operation is REVIEW and answer.get("words")) or followed.get("word_lists_wanted")
    if wanted and not complete:
        result["word_lists"] = word_lists_wanted(answer["lang"], lexicons)
    return result


def word_lists_wanted(draft_lang: str, lexicons: Iterable[Lexicon]) -> list[str]:
    """The spelling lists a review of a ``draft_lang`` draft still lacks, the draft's language first.

    Both languages' lists are wanted: drafts in either language carry words of the other
    ("interview", "event" in Indonesian; "banyak" in English), which the own list alone would
    report as typos.
    """
    loaded = {lexicon.lang for lexicon in lexicons}
    order = [draft_lang] + [lang for lang in SPELLING_LANGUAGES if lang != draft_lang]
    return [lang for lang in order if lang in SPELLING_LANGUAGES and lang not in loaded]


def widget(payload: Mapping[str, Any], *, now: datetime, lexicons: Iterable[Lexicon] = ()) -> dict[str, Any]:
    """``{tool, lang, size, link_base, runtime}`` → ``{html}``: the whole tool, answered for the default."""
    lang = read_lang(payload)
    tool = _tool(payload)
    size = read_choice(payload, "size", SIZES, default="full")
    link_base = read_text(payload, "link_base", limit=200)
    runtime = payload.get("runtime") or {}
    words = texts_for(CommonTexts, lang)
    controls = render_controls(tool, lang, size)
    answered = view({"tool": tool.name, "lang": lang, "size": size, "form": default_values(tool, size, lang), "link_base": link_base},
                    now=now, lexicons=lexicons)
    status = tag(
        "div",
        {"class": "ty-status", "data-status": True},
        tag("progress", {"class": "ty-progress", "max": "1", "data-progress": True}),
        [tag("span", {"class": "ty-stage", "data-stage": stage}, text)
         for stage, text in zip(protocol.LOADING_STAGES, (words.loading_runtime, words.loading_package), strict=True)],
        tag(
            "div",
            {"class": "ty-failed", "role": "alert"},
            tag("strong", {}, words.failed_title),
            " ",
            words.failed_body,
            " ",
            # One line per cause; the page shows the one it met (data-failure-reason).
            [
                tag("span", {"class": "ty-failed-detail", "data-failure-reason": code, "hidden": True},
                    words.failure_reasons[code])
                for code in protocol.FAILURE_REASONS
            ],
            " ",
            tag("button", {"type": "button", "class": "md-button", "data-action": protocol.RETRY}, words.retry),
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
            "data-refresh": tool.refresh or None,
            "data-state": protocol.LOADING,
        },
        tag(
            "form",
            {"class": "ty-form", "id": form_id(tool.name), "novalidate": True, "autocomplete": "off"},
            controls,
            tag("p", {"class": "ty-error", "data-error-for": "form", "aria-live": "polite"}),
        ),
        tag(
            "div",
            {"class": "ty-memory"},
            tag("button", {"type": "button", "class": "ty-button ty-button--quiet", "data-action": protocol.FORGET}, words.forget),
            tag("span", {"class": "ty-memory-note", "data-memory-note": "forgotten", "hidden": True}, words.forgotten),
            tag("span", {"class": "ty-memory-note", "data-memory-note": "unavailable", "hidden": True}, words.storage_unavailable),
            # What a link or the stored values could not fill in (thankyou.web.restore), said once.
            tag("span", {"class": "ty-memory-note", "data-restore-note": True, "role": "status", "hidden": True}),
        ),
        # The dock: while Python loads, its progress and any failure; then the answer in one line
        # with a button to it. On a phone it stays at the bottom of the screen while the form is
        # there and the answer is below (position: sticky, in thankyou.css); beside the answer
        # on a wide screen it holds only the status.
        tag(
            "div",
            {"class": "ty-dock"},
            status,
            tag(
                "div",
                {"class": "ty-bar"},
                tag("div", {"class": "ty-bar-summary", "data-answer-bar": True},
                    answered.get("bar") or ""),
                answer_bar.button(tool.name, lang),
            ),
        ),
        tag("noscript", {}, tag("p", {"class": "ty-note"}, words.noscript)),
        tag(
            "div",
            # Focusable by script only: the bar's button moves the focus here.
            {"class": "ty-output", "data-output": True, "aria-live": "polite", "tabindex": "-1"},
            # Replaced by the first live answer; until then it says whose situation this answers.
            tag("p", {"class": "ty-note"}, words.prerendered_note),
            answered["html"] or "",
        ),
    )
    return {"html": html}


def render_controls(tool: Tool, lang: str, size: str) -> list[Markup]:
    """The tool's form controls for a widget ``size``, labelled in ``lang``."""
    words = texts_for(CommonTexts, lang)
    labels = tool.labels(lang)
    hints = tool.hints(lang)
    form_words = FormWords(add=words.add_item, remove=words.remove_item)
    # Hidden from the start when not worth showing for the default values, as the page would hide them.
    hidden = set(tool.hidden_fields(default_values(tool, size)))
    rendered = []
    for control in _controls_for(tool, lang):
        if size not in control.sizes:
            continue
        if isinstance(control, Group):
            rendered.append(
                render_group(tool.name, control, labels, lambda name: tool.option_labels(name, lang), hints, form_words)
            )
        else:
            rendered.append(
                render_field(tool.name, control, labels[control.name], tool.option_labels(control.name, lang),
                             hint=hints.get(control.name, ""), hidden=control.name in hidden)
            )
    return rendered


def _controls_for(tool: Tool, lang: str) -> tuple[Control, ...]:
    """The tool's controls with the defaults of a page in ``lang``."""
    overrides = tool.language_defaults(lang)
    return tuple(
        replace(control, default=overrides[control.name])
        if isinstance(control, Field) and control.name in overrides
        else control
        for control in tool.controls
    )


def default_values(tool: Tool, size: str, lang: str = "") -> dict[str, list[str]]:
    """The form values of a freshly rendered widget (on a page in ``lang``): what the pre-rendered answer is for."""
    values: dict[str, list[str]] = {}

    def add(spec: Field, name: str) -> None:
        chosen = defaults_of(spec)
        if chosen:
            values[name] = chosen

    for control in _controls_for(tool, lang) if lang else tool.controls:
        if size not in control.sizes:
            continue
        if isinstance(control, Group):
            for index in range(control.initial):
                for spec in control.fields:
                    add(spec, f"{control.name}.{index}.{spec.name}")
        else:
            add(control, control.name)
    return values


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


def _errors(error: InputError, lang: str, tool: Tool) -> dict[str, Any]:
    payload = error_payload(error, lang, tool.labels(lang))
    return {"html": None, "errors": {payload["field"]: payload["message"]},
            "bar": answer_bar.render_error(payload["message"], lang)}
