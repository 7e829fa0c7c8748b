"""The domain's operations, each with the labels its error messages use.

The top of the domain layer: the façade (``thankyou.api``) serves these by name, and each tool
of the page (``thankyou.web``) holds the one it runs, so the page calls the domain directly.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from thankyou import check, draft, review
from thankyou.errors import error_payload, internal_error, language_of
from thankyou.fields import InputError, Record
from thankyou.review.spelling import Lexicon
from thankyou.texts import texts_for
from thankyou.texts.check import CheckTexts
from thankyou.texts.draft import DraftTexts
from thankyou.texts.review import ReviewTexts


def _as_given(request: Any, *, now: datetime | None = None) -> Any:
    return request


@dataclass(frozen=True)
class Operation:
    """One operation: what it runs, the labels its error messages use, and its request's schema
    (``thankyou.fields``; the command line's flags and the README's tables come from it).

    ``run(request, now=...)``: ``now`` is the current time, which the shells supply (the domain
    never reads the clock). ``read(request, now=...)``: the request read against its schema into
    the frozen object ``run`` takes as well (``InputError`` on a field), so that the page reads it
    once and names an error by its own fields; as given when the operation reads its own request."""

    run: Callable[..., dict[str, Any]]
    labels: Callable[[str], Mapping[str, str]]
    request: Record | None = None
    read: Callable[..., Any] = _as_given


def _check_labels(lang: str) -> Mapping[str, str]:
    return texts_for(CheckTexts, lang).labels


def _draft_labels(lang: str) -> Mapping[str, str]:
    return texts_for(DraftTexts, lang).labels


def _review_labels(lang: str) -> Mapping[str, str]:
    return texts_for(ReviewTexts, lang).labels


CHECK = Operation(check.check, _check_labels, check.REQUEST, check.read_situation)
DRAFT = Operation(draft.draft, _draft_labels, draft.REQUEST, draft.read_request)
REVIEW = Operation(review.review, _review_labels, review.REQUEST)


def answer(
    operation: Operation, request: Any, *, now: datetime, lexicons: tuple[Lexicon, ...] = ()
) -> dict[str, Any]:
    """The operation's answer to ``request`` (as given, or as ``operation.read`` gave it), or
    ``{"error": ...}`` in the request's language; never raises.

    ``now``: the current time, from the shell. ``lexicons``: spelling word lists for the reviewer
    (``thankyou.review.spelling``), passed on when given."""
    lang = language_of(request)
    try:
        if lexicons:
            return operation.run(request, now=now, lexicons=lexicons)
        return operation.run(request, now=now)
    except InputError as error:
        return {"error": error_payload(error, lang, operation.labels(lang))}
    except Exception:  # noqa: BLE001 — an answer, never a traceback
        return {"error": internal_error(lang)}
