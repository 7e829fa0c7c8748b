"""What a domain operation is, and how any of them answers without raising.

Each domain module declares its own (``thankyou.check.OPERATION``, ``thankyou.draft.OPERATION``,
``thankyou.review.OPERATION``); the façade (``thankyou.api``) serves them by name and each tool of
the page (``thankyou.web``) holds the one it runs. This module imports none of them, so a page
imports only its own tool's domain.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from thankyou.errors import error_payload, internal_error, language_of
from thankyou.fields import InputError, Record
from thankyou.spelling import Lexicon


def _as_given(request: Any, *, now: datetime | None = None) -> Any:
    return request


@dataclass(frozen=True)
class Operation:
    """One operation: what it runs, the labels its error messages use, and its request's schema
    (``thankyou.fields``; the command line's flags and the README's tables come from it).

    ``run(request, now=...)``: ``now`` is the current time, which the shells supply (the domain
    never reads the clock). ``read(request, now=...)``: the request read against its schema into
    the frozen object ``run`` takes as well (``InputError`` on a field), so that the page reads it
    once and names an error by its own fields; as given when the operation reads its own request.
    ``reads_word_lists``: ``run`` takes the spelling lists a shell loaded (``lexicons=``)."""

    run: Callable[..., dict[str, Any]]
    labels: Callable[[str], Mapping[str, str]]
    request: Record | None = None
    read: Callable[..., Any] = _as_given
    reads_word_lists: bool = False


def answer(
    operation: Operation, request: Any, *, now: datetime, lexicons: tuple[Lexicon, ...] = ()
) -> dict[str, Any]:
    """The operation's answer to ``request`` (as given, or as ``operation.read`` gave it), or
    ``{"error": ...}`` in the request's language; never raises.

    ``now``: the current time, from the shell. ``lexicons``: spelling word lists for the reviewer
    (``thankyou.spelling``), passed on when given."""
    lang = language_of(request)
    try:
        if lexicons and operation.reads_word_lists:
            return operation.run(request, now=now, lexicons=lexicons)
        return operation.run(request, now=now)
    except InputError as error:
        return {"error": error_payload(error, lang, operation.labels(lang))}
    except Exception:  # noqa: BLE001 — an answer, never a traceback
        return {"error": internal_error(lang)}
