"""Reading request fields: each reader returns a clean value or raises :class:`InputError`."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timezone, tzinfo
from typing import Any

from thankyou.texts import DEFAULT_LANGUAGE, LANGUAGES


class InputError(Exception):
    """A request field is missing or wrong. ``code`` picks the message; ``params`` fill it."""

    def __init__(self, field: str, code: str, **params: Any) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code
        self.params = params


def read_lang(request: Mapping[str, Any]) -> str:
    """The reader's language; an unknown code is an error on ``lang``."""
    return read_choice(request, "lang", LANGUAGES, default=DEFAULT_LANGUAGE)


def read_choice(
    request: Mapping[str, Any], key: str, options: Sequence[str], *, default: str | None = None
) -> str:
    """One of ``options``; ``default`` when absent (``None`` makes the field required)."""
    value = request.get(key)
    if value is None or value == "":
        if default is None:
            raise InputError(key, "required")
        return default
    if not isinstance(value, str) or value not in options:
        raise InputError(key, "choice", options=", ".join(options))
    return value


def read_bool(request: Mapping[str, Any], key: str, *, default: bool = False) -> bool:
    """A JSON boolean; absent means ``default``."""
    value = request.get(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise InputError(key, "type")
    return value


def read_text(
    request: Mapping[str, Any], key: str, *, limit: int, required: bool = False
) -> str:
    """A string of at most ``limit`` characters, stripped; empty when absent and optional."""
    value = request.get(key)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InputError(key, "type")
    value = value.strip()
    if required and not value:
        raise InputError(key, "required")
    if len(value) > limit:
        raise InputError(key, "too_long", limit=limit)
    return value


# ISO 8601 as `datetime.fromisoformat` reads it on 3.11+, with an explicit offset.
_OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2}(:?\d{2}(\.\d+)?)?)$")
# Far enough to hold any real interview, near enough that arithmetic never overflows.
EARLIEST = datetime(1970, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(9000, 1, 1, tzinfo=timezone.utc)


def read_datetime(
    request: Mapping[str, Any], key: str, *, default: datetime | None = None, required: bool = False
) -> datetime | None:
    """An aware datetime from ISO 8601 with an offset (``Z`` or ``+07:00``)."""
    value = request.get(key)
    if value is None or value == "":
        if required:
            raise InputError(key, "required")
        return default
    if not isinstance(value, str) or len(value) > 64 or not _OFFSET.search(value.strip()):
        raise InputError(key, "datetime")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError(key, "datetime") from None
    if moment.tzinfo is None or not (EARLIEST <= moment <= LATEST):
        raise InputError(key, "datetime")
    return moment


def read_date(request: Mapping[str, Any], key: str, *, default: date | None = None) -> date | None:
    """A calendar date in ISO 8601 (``2026-11-26``)."""
    value = request.get(key)
    if value is None or value == "":
        return default
    return parse_date(value, field=key)


def parse_date(value: Any, *, field: str) -> date:
    """``value`` as an ISO 8601 date (``YYYY-MM-DD``), or an ``InputError`` on ``field``."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise InputError(field, "date")
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(field, "date") from None
    if not (EARLIEST.date() <= day <= LATEST.date()):
        raise InputError(field, "date")
    return day


def read_list(request: Mapping[str, Any], key: str, *, limit: int) -> list[Any]:
    """A JSON list of at most ``limit`` items; absent means empty."""
    value = request.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(key, "type")
    if len(value) > limit:
        raise InputError(key, "too_many", limit=limit)
    return value


def read_choices(request: Mapping[str, Any], key: str, options: Sequence[str]) -> tuple[str, ...]:
    """Several of ``options`` (a list, each at most once, in the order given); absent means none."""
    chosen = read_list(request, key, limit=len(options) * 2)
    for item in chosen:
        if not isinstance(item, str) or item not in options:
            raise InputError(key, "choice", options=", ".join(options))
    return tuple(dict.fromkeys(chosen))


def zone_named(name: str, *, field: str) -> tzinfo:
    """The IANA zone ``name``; fixed offsets such as ``UTC`` need no time-zone database."""
    if name in ("UTC", "Etc/UTC", "Z"):
        return timezone.utc
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except (ImportError, ValueError, OSError, LookupError):
        # ZoneInfoNotFoundError is a KeyError (a LookupError); a malformed key is a ValueError.
        raise InputError(field, "timezone") from None


def utc_now() -> datetime:
    """The current time. Kept here so callers pass ``now`` explicitly and answers stay reproducible."""
    return datetime.now(timezone.utc)


# JSON nesting the tools ever need (a form's values: an object of lists of strings; a request: an
# object of lists of objects); deeper text is refused before it is parsed, because the parser
# recurses once per level and in the browser a deep enough "[[[[…" overflows WebAssembly's stack,
# which ends the whole runtime rather than raising RecursionError.
JSON_DEPTH = 32
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_JSON_BRACKET = re.compile(r"[\[\]{}]")


def loads_json(text: str, max_depth: int = JSON_DEPTH) -> Any:
    """``json.loads`` for text from outside (a link, storage, a worker message, stdin): ``ValueError``
    when it is not JSON or nests deeper than ``max_depth``."""
    depth = 0
    for bracket in _JSON_BRACKET.findall(_JSON_STRING.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        if depth > max_depth:
            raise ValueError(f"JSON nested deeper than {max_depth} levels")
    return json.loads(text)
