"""Error answers in the reader's language: one home for how an ``InputError`` becomes a message.

Used by the façade (``thankyou.api``) and by the page's view of a tool (``thankyou.web``), so a
field's error reads the same whichever way the request came in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from thankyou.fields import InputError
from thankyou.texts import DEFAULT_LANGUAGE, LANGUAGES, texts_for
from thankyou.texts.common import CommonTexts


def error_payload(error: InputError, lang: str, labels: Mapping[str, str]) -> dict[str, Any]:
    """The structured error for ``error``, its message naming the field in ``lang``."""
    words = texts_for(CommonTexts, lang)
    label = field_label(error.field, labels, words)
    template = getattr(words, f"error_{error.code}")
    # A language named in a message is named in the reader's language ("Inggris", "English").
    params = {key: words.language_names.get(value, value) if key in LANGUAGE_PARAMS else value
              for key, value in error.params.items()}
    return {"field": error.field, "code": error.code, "message": template.format(field=label, **params)}


LANGUAGE_PARAMS = ("written", "message")  # an error's parameters that hold a language code


def internal_error(lang: str) -> dict[str, Any]:
    """The error for a bug: an answer that says so, never a traceback."""
    words = texts_for(CommonTexts, lang)
    return {"field": None, "code": "internal", "message": words.error_internal}


def field_label(field: str, labels: Mapping[str, str], words: type[CommonTexts]) -> str:
    """The reader-facing name of a field path such as ``interviewers.0.role``."""
    generic = ".".join(part for part in field.split(".") if not part.isdigit())
    for key in (field, generic, generic.rsplit(".", 1)[-1]):
        if key in labels:
            return labels[key]
    common = {"op": words.field_op, "request": words.field_request, "lang": words.field_lang}
    return common.get(field, field)


def language_of(request: Any) -> str:
    """The language to answer in: the request's own when valid, else the default.

    ``request``: as given (a JSON object), or read already (an object with its ``lang``)."""
    lang = request.get("lang") if isinstance(request, dict) else getattr(request, "lang", None)
    return lang if isinstance(lang, str) and lang in LANGUAGES else DEFAULT_LANGUAGE
