"""The tools as the page shows them: a form's raw values in, escaped HTML out.

Three operations of the façade live here. ``widget`` renders a whole tool (its form, its
loading and failure states, and the answer for the default situation) and is called by the
site build, so a real answer is in the page before Python loads. ``view`` is what the page's
worker calls on every change: it reads the form (on the first call with a link's or the
device's values put back), asks the domain for the answer and renders it, or returns each
error keyed by the slot the page shows it in. ``restore`` (``restore_form``) is the reading of
a link or a stored value alone, as the façade offers it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from thankyou.errors import error_payload
from thankyou.fields import InputError, read_choice, read_lang, read_text
from thankyou.operations import answer as answer_of
from thankyou.spelling import LANGUAGES as SPELLING_LANGUAGES
from thankyou.spelling import Lexicon
from thankyou.texts import texts_for
from thankyou.texts.common import CommonTexts
from thankyou.web import answer_bar, protocol, restore
from thankyou.web.events import apply_event, hidden_names
from thankyou.web.forms import (
    ClientContext,
    Control,
    Field,
    FormValues,
    FormWords,
    Group,
    ITEM_NAME,
    client_context,
    defaults_of,
    form_id,
    hidden_labels,
    hidden_option_labels,
    label_markup,
    labels_for,
    render_field,
    render_group,
    render_items,
)
from thankyou.web.markup import Markup, join, tag
from thankyou.web.tool import SIZES, Tool

__all__ = ["SIZES", "TOOLS", "Tool", "default_values", "render_controls", "restore_form", "tool", "tools", "view", "widget"]



# Each tool the pages show, imported when a page first asks for it: the checker's page starts
# without the generator's and the reviewer's code (thankyou.worker warms them up once it is idle).
def _checker() -> Tool:
    from thankyou.web import check
    return check.TOOL


def _generator() -> Tool:
    from thankyou.web import draft
    return draft.TOOL


def _reviewer() -> Tool:
    from thankyou.web import review
    return review.TOOL


# Every tool's name, in the order the façade lists them, with the function that imports it.
TOOLS: dict[str, Callable[[], Tool]] = {"check": _checker, "draft": _generator, "review": _reviewer}


def tool(name: str) -> Tool:
    """The tool called ``name`` (one of :data:`TOOLS`), imported on first use."""
    return TOOLS[name]()


def tools() -> dict[str, Tool]:
    """Every tool by name (all of them imported)."""
    return {name: load() for name, load in TOOLS.items()}


def view(payload: Mapping[str, Any], *, now: datetime, lexicons: Iterable[Lexicon] = ()) -> dict[str, Any]:
    """``{tool, lang, size, form, event, restore, context, link_base}`` → ``{html, errors, hidden, set, bar}`` for the page.

    ``event``: the button that changed the form, if one did (``thankyou.web.events``); the answer
    is for the form after it, and ``set`` says what the page puts into its form (``None``: nothing):
    ``{values, groups, focus}``, ``groups`` holding the HTML of each rebuilt group's items.
    ``restore``: on the page's first view, a ``#prefill=`` link and what the device stored
    (``{link, stored}``, raw text: ``thankyou.web.restore``); the answer is for the form with them
    put back, ``set`` puts them in the page and ``restored`` adds ``{notice, forget_stored, keep}``.
    ``errors``: each message keyed by the error slot (``data-error-for``) the page has for it,
    ``"form"`` for a field without one.
    ``hidden``: every ``data-field`` not worth showing for these values.
    ``now``: the shell's clock, used when the page sends none of its own (the build's pre-rendering).
    ``bar``: the answer in one line (``thankyou.web.answer_bar``), or why it was not updated.
    ``carry``: with an error, the values of the answer's own controls the page cannot hold yet
    (no answer shows them); it sends them back with its form until an answer does.
    ``lexicons``: the spelling word lists the page's worker has loaded (``thankyou.spelling``).
    A review answered without a list it needs adds ``word_lists``: the languages to load, the
    draft's own first; the worker fetches them once, builds them in Python and asks again.
    """
    lang = read_lang(payload)
    tool = _tool(payload)
    size = read_choice(payload, "size", SIZES, default="full")
    link_base = read_text(payload, "link_base", limit=200)
    controls = tuple(control for control in tool.controls_in(lang) if size in control.sizes)
    form, restored = _form_values(payload.get("form")), None
    if isinstance(payload.get("restore"), Mapping):
        restored = restore.read(tool, lang, size, payload["restore"])
        form = restore.put_back(controls, form, restored)
    form, changes = apply_event(controls, form, payload.get("event"))
    if restored is not None and changes is None:
        changes = {"values": restored["values"], "groups": restored["groups"], "focus": None}
    # Labels that follow the values ("Tes selesai pada" once a test is chosen): their other wordings hidden.
    variants = tool.label_variants(form)
    if changes is not None:
        changes = {**changes, "groups": _items_to_set(tool, lang, controls, changes["groups"], variants)}
    context = client_context(payload.get("context"), now=now)
    hidden = tool.hidden_fields(form)
    names = [control.name for control in controls]
    # A group's items are titled alike ("Pewawancara 1", "Penilai 1"): one name for every item's title.
    titles = [f"{control.name}.item" for control in controls if isinstance(control, Group)]
    # So are the fields inside a group: "Nama penerima" in every item once a test is chosen.
    inside = [f"{control.name}.{spec.name}" for control in controls if isinstance(control, Group) for spec in control.fields]
    hidden_words = [*hidden_labels(tool.labels(lang), names + titles + inside, variants),
                    # Hints follow the values as labels do ("about a week after the test" once a test is chosen).
                    *hidden_labels(tool.hints(lang), names + inside, variants),
                    *hidden_option_labels(lambda name: tool.option_labels(name, lang),
                                          [control for control in controls if isinstance(control, Field)], variants)]
    # A label and its hint may share a wording's name ("interviewers.name@test"): each named once.
    shown = {"hidden": list(dict.fromkeys([*hidden_names(controls, form, hidden), *hidden_words])), "set": changes}
    if restored is not None:
        shown["restored"] = {key: restored[key] for key in ("notice", "forget_stored", "keep")}
    slots = error_slots(tool, controls, form)
    try:
        request = tool.to_request(form, context, lang)
        parsed = tool.read(request, form, now=context.now)
    except InputError as error:
        return {**_errors(error, lang, tool, slots, variants), **shown, **_carried(tool, form)}
    lexicons = tuple(lexicons)
    # Spelling runs with every language's list or not at all: one list alone reports the other
    # language's words as typos.
    complete = {lexicon.lang for lexicon in lexicons} >= set(SPELLING_LANGUAGES)
    # Only the reviewer reads word lists (the worker passes them to every tool once loaded).
    answer = answer_of(tool.operation, parsed, now=context.now,
                       lexicons=lexicons if complete else ())
    if "error" in answer:
        return {"html": None, "errors": placed(answer["error"]["field"], answer["error"]["message"], slots), **shown,
                "bar": answer_bar.render_error(answer["error"]["message"], lang), **_carried(tool, form)}
    # What the answer's own controls decide (the generator's edited messages and their review).
    followed = tool.follow_answer(answer, form, context, lexicons if complete else ()) if tool.follow_answer else {}
    # The request travels with the answer: a renderer may show the reader's own text (marked).
    result = {"html": tool.render_answer({**answer, **followed, "request": request}, lang, link_base),
              "errors": {}, **shown, "bar": answer_bar.render(tool.name, {**answer, **followed}, lang)}
    wanted = (tool.operation.reads_word_lists and answer.get("words")) or followed.get("word_lists_wanted")
    if wanted and not complete:
        result["word_lists"] = word_lists_wanted(answer["lang"], lexicons)
    return result


def error_slots(tool: Tool, controls: Sequence[Control], form: FormValues) -> set[str]:
    """The error slots (``data-error-for``) the page has for this form: ``form``, each field and
    group of the widget, each field of the items the form holds (the answer's own controls
    included, but for hidden ones, which have none)."""
    slots = {"form"}
    for control in (*controls, *tool.answer_controls):
        if isinstance(control, Field):
            slots.add(control.name)
            continue
        if control in controls:
            slots.add(control.name)
        indexes = {match["index"] for name in form if (match := ITEM_NAME.match(name)) and match["group"] == control.name}
        slots |= {f"{control.name}.{index}.{spec.name}" for index in indexes for spec in control.fields
                  if spec.kind != "hidden"}
    return slots


def placed(field: str | None, message: str, slots: set[str]) -> dict[str, str]:
    """An error keyed by the slot the page shows it in: its field's, else the form's."""
    return {field if field in slots else "form": message}


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
            "data-memory-key": protocol.storage_key(tool.name),
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
            tag("button", {"type": "button", "class": "ty-button ty-button--quiet", "data-action": protocol.FORGET,
                           "data-forget": protocol.STORAGE_PREFIX}, words.forget),
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
    labels, option_labels, hints, form_words = _form_words(tool, lang)
    # Hidden from the start when not worth showing for the default values, as the page would hide them.
    hidden = set(tool.hidden_fields(default_values(tool, size)))
    variants = tool.label_variants(default_values(tool, size))
    rendered = []
    for control in tool.controls_in(lang):
        if size not in control.sizes:
            continue
        if isinstance(control, Group):
            rendered.append(render_group(tool.name, control, labels, option_labels, hints, form_words, variants))
        else:
            rendered.append(
                render_field(tool.name, control, label_markup(labels, control.name, variants), option_labels(control.name),
                             hint=label_markup(hints, control.name, variants) if control.name in hints else "",
                             hidden=control.name in hidden, variants=variants)
            )
    return rendered


def _form_words(tool: Tool, lang: str) -> tuple[Mapping[str, str], Any, Mapping[str, str], FormWords]:
    """A form's words in ``lang``: labels, each control's option labels, hints, and the buttons'."""
    words = texts_for(CommonTexts, lang)
    return (tool.labels(lang), lambda name: tool.option_labels(name, lang), tool.hints(lang),
            FormWords(add=words.add_item, remove=words.remove_item))


def _items_to_set(tool: Tool, lang: str, controls: Sequence[Control], counts: Mapping[str, int],
                  variants: Sequence[str] = ()) -> dict[str, str]:
    """The items the page puts into each of its groups that ``counts`` names: their HTML."""
    labels, option_labels, hints, form_words = _form_words(tool, lang)
    return {
        control.name: join(render_items(tool.name, control, counts[control.name], labels, option_labels, hints,
                                        form_words, variants))
        for control in controls if isinstance(control, Group) and control.name in counts
    }


def default_values(tool: Tool, size: str, lang: str = "") -> dict[str, list[str]]:
    """The form values of a freshly rendered widget (on a page in ``lang``): what the pre-rendered answer is for."""
    values: dict[str, list[str]] = {}

    def add(spec: Field, name: str) -> None:
        chosen = defaults_of(spec)
        if chosen:
            values[name] = chosen

    for control in tool.controls_in(lang) if lang else tool.controls:
        if size not in control.sizes:
            continue
        if isinstance(control, Group):
            for index in range(control.initial):
                for spec in control.fields:
                    add(spec, f"{control.name}.{index}.{spec.name}")
        else:
            add(control, control.name)
    return values


def restore_form(payload: Mapping[str, Any], *, now: datetime | None = None) -> dict[str, Any]:
    """``{tool, lang, size, link?, stored?}`` → ``{values, groups, notice, forget_stored, keep}``:
    what :func:`view` puts back on a page's first view (``thankyou.web.restore.read``)."""
    size = read_choice(payload, "size", SIZES, default="full")
    return restore.read(_tool(payload), read_lang(payload), size, payload)


def _tool(payload: Mapping[str, Any]) -> Tool:
    return tool(read_choice(payload, "tool", tuple(TOOLS)))


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


def _carried(tool: Tool, form: FormValues) -> dict[str, Any]:
    """``{"carry": values}``: the values of the answer's own controls (an edited message) when no
    answer is rendered to hold them; the page sends them with its form until one is, so a reader's
    edits put back from memory outlive a form that cannot be answered yet."""
    groups = {control.name for control in tool.answer_controls}
    values = {name: value for name, value in form.items() if name.split(".", 1)[0] in groups}
    return {"carry": values} if values else {}


def _errors(error: InputError, lang: str, tool: Tool, slots: set[str], variants: Sequence[str] = ()) -> dict[str, Any]:
    payload = error_payload(error, lang, labels_for(tool.labels(lang), variants))
    return {"html": None, "errors": placed(payload["field"], payload["message"], slots),
            "bar": answer_bar.render_error(payload["message"], lang)}
