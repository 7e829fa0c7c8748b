"""The JSON-in/JSON-out façade: the single entry point for the browser, the site build and the CLI.

``handle({"op": "check", ...})`` returns the operation's answer as plain JSON data, or
``{"error": {"field", "code", "message"}}`` with the message in the reader's language. It
never raises: a bug becomes an ``internal`` error rather than a traceback in the page.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

from thankyou import review, web
from thankyou.errors import error_payload, field_label
from thankyou.errors import language_of as _language_of
from thankyou.fields import InputError, loads_json
from thankyou.operations import CHECK, DRAFT, REVIEW, Operation
from thankyou.review.spelling import Lexicon
from thankyou.texts import DEFAULT_LANGUAGE, texts_for
from thankyou.texts.common import CommonTexts
from thankyou.texts.draft import DraftTexts
from thankyou.web import examples

__all__ = ["OPERATIONS", "Operation", "error_payload", "field_label", "handle", "handle_json"]


def _no_labels(lang: str) -> Mapping[str, str]:
    return {}


OPERATIONS: dict[str, Operation] = {
    "check": CHECK,
    "review": REVIEW,
    "draft": DRAFT,
    # The guide's example emails, rendered by the generator at build time.
    "example": Operation(examples.example, lambda lang: texts_for(DraftTexts, lang).labels, DRAFT.request),
    # The browser's and the build's view of a tool: a form's raw values in, HTML out.
    "view": Operation(web.view, _no_labels),
    "widget": Operation(web.widget, _no_labels),
    # A #prefill link or a stored value, bounded by the form's limits before the page applies it.
    "restore": Operation(web.restore_form, _no_labels),
}


# The operations that pass word lists on to the reviewer (the page's view and widget render it).
SPELLING_OPERATIONS: dict[str, Callable[..., dict[str, Any]]] = {
    "review": review.review, "view": web.view, "widget": web.widget,
}


def handle(request: Any, *, lexicons: Iterable[Lexicon] = (), now: datetime | None = None) -> dict[str, Any]:
    """Run one request; always returns JSON-ready data.

    ``lexicons``: the word lists a shell loaded for the reviewer's spelling rule (the domain reads
    no files; see ``thankyou.review.spelling``). Other operations ignore them.
    ``now``: the current time; by default the clock, read here, once per request (the domain
    never reads it: a request's own ``now`` or the page's clock takes its place).
    """
    now = now or datetime.now(timezone.utc)
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
            return SPELLING_OPERATIONS[op](payload, now=now, lexicons=tuple(lexicons))
        return OPERATIONS[op].run(payload, now=now)
    except InputError as error:
        labels = OPERATIONS[op].labels(lang) if op else {}
        return {"error": error_payload(error, lang, labels)}
    except Exception:  # noqa: BLE001 — the façade's promise: an answer, never a traceback
        words = texts_for(CommonTexts, lang)
        return {"error": {"field": None, "code": "internal", "message": words.error_internal}}


def handle_json(text: str, *, lexicons: Iterable[Lexicon] = ()) -> str:
    """``handle`` for callers that speak JSON text (the Web Worker, the command line)."""
    try:
        request = loads_json(text)
    except (ValueError, RecursionError):
        words = texts_for(CommonTexts, DEFAULT_LANGUAGE)
        response: dict[str, Any] = {"error": {"field": None, "code": "json", "message": words.error_json}}
    else:
        response = handle(request, lexicons=lexicons)
    return json.dumps(response, ensure_ascii=False)
