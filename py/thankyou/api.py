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

from thankyou import web
from thankyou.errors import error_payload, field_label
from thankyou.errors import language_of as _language_of
from thankyou.fields import InputError, loads_json
from thankyou.operations import Operation
from thankyou.spelling import Lexicon
from thankyou.texts import DEFAULT_LANGUAGE, texts_for
from thankyou.texts.common import CommonTexts

__all__ = ["OPERATIONS", "Operation", "error_payload", "field_label", "handle", "handle_json", "operation"]


def _no_labels(lang: str) -> Mapping[str, str]:
    return {}


# The browser's and the build's view of a tool: a form's raw values in, HTML out. The page's
# reviewer reads the word lists the worker loaded.
VIEW = Operation(web.view, _no_labels, reads_word_lists=True)
WIDGET = Operation(web.widget, _no_labels, reads_word_lists=True)
# A #prefill link or a stored value, bounded by the form's limits before the page applies it.
RESTORE = Operation(web.restore_form, _no_labels)


# The domain's operations are imported when first asked for: a page's worker imports only its own tool's.
def _check() -> Operation:
    from thankyou import check
    return check.OPERATION


def _draft() -> Operation:
    from thankyou import draft
    return draft.OPERATION


def _review() -> Operation:
    from thankyou import review
    return review.OPERATION


def _example() -> Operation:
    # The guide's example emails, rendered by the generator at build time.
    from thankyou.web import examples
    return examples.OPERATION


# Every operation by name, with the function that gives it.
OPERATIONS: dict[str, Callable[[], Operation]] = {
    "check": _check,
    "review": _review,
    "draft": _draft,
    "example": _example,
    "view": lambda: VIEW,
    "widget": lambda: WIDGET,
    "restore": lambda: RESTORE,
}


def operation(name: str) -> Operation:
    """The operation called ``name`` (one of :data:`OPERATIONS`)."""
    return OPERATIONS[name]()


def handle(request: Any, *, lexicons: Iterable[Lexicon] = (), now: datetime | None = None) -> dict[str, Any]:
    """Run one request; always returns JSON-ready data.

    ``lexicons``: the word lists a shell loaded for the reviewer's spelling rule (the domain reads
    no files; see ``thankyou.spelling``). Other operations ignore them.
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
        chosen = operation(op)
        if lexicons and chosen.reads_word_lists:
            return chosen.run(payload, now=now, lexicons=tuple(lexicons))
        return chosen.run(payload, now=now)
    except InputError as error:
        labels = operation(op).labels(lang) if op else {}
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
