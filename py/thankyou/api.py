"""The JSON-in/JSON-out façade: the single entry point for the browser, the site build and the CLI.

``handle({"op": "check", ...})`` returns the operation's answer as plain JSON data, or
``{"error": {"field", "code", "message"}}`` with the message in the reader's language. It
never raises: a bug becomes an ``internal`` error rather than a traceback in the page.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from thankyou import check, draft, review, web
from thankyou.web import examples, restore
from thankyou.fields import InputError
from thankyou.review.spelling import Lexicon
from thankyou.texts import DEFAULT_LANGUAGE, LANGUAGES, texts_for
from thankyou.texts.check import CheckTexts
from thankyou.texts.common import CommonTexts
from thankyou.texts.draft import DraftTexts
from thankyou.texts.review import ReviewTexts


@dataclass(frozen=True)
class Operation:
    """One operation of the façade: what it runs, and the labels its error messages use."""

    run: Callable[[Mapping[str, Any]], dict[str, Any]]
    labels: Callable[[str], Mapping[str, str]]


def _no_labels(lang: str) -> Mapping[str, str]:
    return {}


OPERATIONS: dict[str, Operation] = {
    "check": Operation(check.check, lambda lang: texts_for(CheckTexts, lang).labels),
    "review": Operation(review.review, lambda lang: texts_for(ReviewTexts, lang).labels),
    "draft": Operation(draft.draft, lambda lang: texts_for(DraftTexts, lang).labels),
    # The guide's example emails, rendered by the generator at build time.
    "example": Operation(examples.example, lambda lang: texts_for(DraftTexts, lang).labels),
    # The browser's and the build's view of a tool: a form's raw values in, HTML out.
    "view": Operation(web.view, _no_labels),
    "widget": Operation(web.widget, _no_labels),
    # A #prefill link or a stored value, bounded by the form's limits before the page applies it.
    "restore": Operation(restore.restore, _no_labels),
}


# The operations that pass word lists on to the reviewer (the page's view and widget render it).
SPELLING_OPERATIONS: dict[str, Callable[..., dict[str, Any]]] = {
    "review": review.review, "view": web.view, "widget": web.widget,
}


def handle(request: Any, *, lexicons: Iterable[Lexicon] = ()) -> dict[str, Any]:
    """Run one request; always returns JSON-ready data.

    ``lexicons``: the word lists a shell loaded for the reviewer's spelling rule (the domain reads
    no files; see ``thankyou.review.spelling``). Other operations ignore them.
    """
    lang = _language_of(request)
    op = request.get("op") if isinstance(request, dict) else None
    op = op if isinstance(op, str) and op in OPERATIONS else None
    try:
        if not isinstance(request, dict):
            raise InputError("request", "type")
        if op is None:
            raise InputError("op", "unknown_op", options=", ".join(OPERATIONS))
        payload = {key: value for key, value in request.items() if key != "op"}
        if op in SPELLING_OPERATIONS and lexicons:
            return SPELLING_OPERATIONS[op](payload, lexicons=tuple(lexicons))
        return OPERATIONS[op].run(payload)
    except InputError as error:
        labels = OPERATIONS[op].labels(lang) if op else {}
        return {"error": error_payload(error, lang, labels)}
    except Exception:  # noqa: BLE001 — the façade's promise: an answer, never a traceback
        words = texts_for(CommonTexts, lang)
        return {"error": {"field": None, "code": "internal", "message": words.error_internal}}


def handle_json(text: str, *, lexicons: Iterable[Lexicon] = ()) -> str:
    """``handle`` for callers that speak JSON text (the Web Worker, the command line)."""
    try:
        request = json.loads(text)
    except (ValueError, RecursionError):
        words = texts_for(CommonTexts, DEFAULT_LANGUAGE)
        response: dict[str, Any] = {"error": {"field": None, "code": "json", "message": words.error_json}}
    else:
        response = handle(request, lexicons=lexicons)
    return json.dumps(response, ensure_ascii=False)


def error_payload(error: InputError, lang: str, labels: Mapping[str, str]) -> dict[str, Any]:
    """The structured error for ``error``, its message naming the field in ``lang``."""
    words = texts_for(CommonTexts, lang)
    label = field_label(error.field, labels, words)
    template = getattr(words, f"error_{error.code}")
    return {"field": error.field, "code": error.code, "message": template.format(field=label, **error.params)}


def field_label(field: str, labels: Mapping[str, str], words: type[CommonTexts]) -> str:
    """The reader-facing name of a field path such as ``interviewers.0.role``."""
    generic = ".".join(part for part in field.split(".") if not part.isdigit())
    for key in (field, generic, generic.rsplit(".", 1)[-1]):
        if key in labels:
            return labels[key]
    common = {"op": words.field_op, "request": words.field_request, "lang": words.field_lang}
    return common.get(field, field)


def _language_of(request: Any) -> str:
    """The language to answer in: the request's own when valid, else the default."""
    if isinstance(request, dict) and request.get("lang") in LANGUAGES:
        return request["lang"]
    return DEFAULT_LANGUAGE
