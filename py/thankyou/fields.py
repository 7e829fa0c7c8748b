"""The request schema: one declarative spec per request field, and the readers behind them.

Each operation declares its request as a ``Record`` of specs (``check.REQUEST``, ``draft.REQUEST``,
``review.REQUEST``): ``Text`` (a limit, and how it is cleaned), ``Choice``, ``Boolean``,
``Integer``, ``Date`` and ``Moment`` (with bounds), ``Zone``, ``ListOf`` and ``Record``. Reading a
request against its record gives the clean values or raises :class:`InputError` naming the field
(``interviewers.1.role`` for an item of a list). The command line's flags and their help
(``thankyou.cli``) are made from the same specs, and ``tests/unit/test_schema.py`` holds the
README's contracts to them, so neither can drift. The current time is never read here: ``now`` is
passed in by the shell.
"""

from __future__ import annotations

from functools import lru_cache

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import date, datetime, timezone, tzinfo
from typing import Any, TypeVar

from thankyou.texts import DEFAULT_LANGUAGE, LANGUAGES


class InputError(Exception):
    """A request field is missing or wrong. ``code`` picks the message; ``params`` fill it."""

    def __init__(self, field: str, code: str, **params: Any) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code
        self.params = params

    def inside(self, path: str) -> InputError:
        """The same error for the field ``path.field``: an item of a list, a key of an object."""
        return InputError(f"{path}.{self.field}", self.code, **self.params)


# Far enough to hold any real interview, near enough that date arithmetic never overflows. One pair
# of bounds for every date and time of every operation.
EARLIEST = datetime(1970, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(9000, 1, 1, tzinfo=timezone.utc)
# ISO 8601 as `datetime.fromisoformat` reads it on 3.11+, with an explicit offset.
_OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2}(:?\d{2}(\.\d+)?)?)$")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
RequestT = TypeVar("RequestT")


def _given(value: Any) -> bool:
    return not (value is None or value == "")


@dataclass(frozen=True)
class Spec:
    """What every field spec has: ``help`` (English, for the command line's help),
    ``flag``: the command-line flag ("" derives ``--key-name``; ``None``: given in the JSON only),
    and ``internal``: a key the tools' pages send, no part of the contract (no flag, not listed)."""

    help: str = ""
    flag: str | None = ""
    internal: bool = False

    def read(self, value: Any, field: str, now: datetime | None) -> Any:
        raise NotImplementedError

    def values(self) -> str:
        """What this field takes, in the README's words (its table's values column; the flag's help)."""
        return ""


@dataclass(frozen=True)
class Text(Spec):
    """A string of at most ``limit`` characters (white space at its ends not counted).

    ``clean`` turns it into what is kept: ``str.strip`` by default, ``None`` keeps it exactly as
    given (the reviewer's offsets point into it, and count a lone surrogate as the browser does);
    a text that is cleaned refuses a lone surrogate, which no encoding can carry into an answer.
    ``check`` may refuse the cleaned text.
    """

    limit: int = 0
    required: bool = False
    clean: Callable[[str], str] | None = str.strip
    check: Callable[[str, str], None] | None = None

    def read(self, value: Any, field: str, now: datetime | None) -> str:
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise InputError(field, "type")
        if len(value.strip() if self.clean else value) > self.limit:
            raise InputError(field, "too_long", limit=self.limit)
        if self.clean:
            if has_lone_surrogate(value):
                raise InputError(field, "characters")  # a lone surrogate: no encoding can carry it
            value = self.clean(value)
        if self.check:
            self.check(value, field)
        if self.required and not value.strip():
            raise InputError(field, "required")
        return value

    def values(self) -> str:
        return f"text, at most {self.limit:,} characters"


@dataclass(frozen=True)
class Choice(Spec):
    """One of ``options``; absent or empty means ``default`` (``None``: the field is required)."""

    options: Sequence[str] = ()
    default: str | None = None

    def read(self, value: Any, field: str, now: datetime | None) -> str:
        if not _given(value):
            if self.default is None:
                raise InputError(field, "required")
            return self.default
        if not isinstance(value, str) or value not in self.options:
            raise InputError(field, "choice", options=", ".join(self.options))
        return value

    def values(self) -> str:
        return ", ".join(f"`{option}`" for option in self.options)


@dataclass(frozen=True)
class Boolean(Spec):
    """A JSON boolean; absent means ``default``."""

    default: bool = False

    def read(self, value: Any, field: str, now: datetime | None) -> bool:
        if value is None:
            return self.default
        if not isinstance(value, bool):
            raise InputError(field, "type")
        return value

    def values(self) -> str:
        return "boolean"


@dataclass(frozen=True)
class Integer(Spec):
    """A whole number from ``minimum`` to ``maximum`` (or its digits as text, as a form sends it).

    ``code`` names the error: ``integer`` (with the bounds) or ``choice`` (the numbers listed)."""

    minimum: int = 0
    maximum: int = 0
    default: int = 0
    code: str = "integer"

    def read(self, value: Any, field: str, now: datetime | None) -> int:
        if not _given(value):
            return self.default
        if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() and len(value.strip()) <= 6:
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int) or not self.minimum <= value <= self.maximum:
            if self.code == "choice":  # the numbers to choose from; 0, where allowed, is the same as none
                numbers = range(max(self.minimum, 1), self.maximum + 1)
                raise InputError(field, "choice", options=", ".join(str(n) for n in numbers))
            raise InputError(field, "integer", minimum=self.minimum, maximum=self.maximum)
        return value

    def values(self) -> str:
        return f"{self.minimum}–{self.maximum}"


def _iso(value: Any, field: str, code: str, shape: Callable[[str], Any], parse: Callable[[str], Any],
         earliest: Any, latest: Any) -> Any:
    """The one reader of dates and times: ISO 8601 text of the right ``shape``, within the bounds."""
    text = value.strip() if isinstance(value, str) and len(value) <= 64 else ""
    if not shape(text):
        raise InputError(field, code)
    try:
        parsed = parse(text)
    except ValueError:
        raise InputError(field, code) from None
    if getattr(parsed, "tzinfo", True) is None or not (earliest <= parsed <= latest):
        raise InputError(field, code)
    return parsed


@dataclass(frozen=True)
class Date(Spec):
    """A calendar date, ``YYYY-MM-DD`` (what a date input sends), within ``EARLIEST``–``LATEST``."""

    def read(self, value: Any, field: str, now: datetime | None) -> date | None:
        if not _given(value):
            return None
        return _iso(value, field, "date", _DATE.fullmatch, date.fromisoformat, EARLIEST.date(), LATEST.date())

    def values(self) -> str:
        return "`YYYY-MM-DD`"


@dataclass(frozen=True)
class Moment(Spec):
    """An aware time, ISO 8601 with an offset (``Z`` or ``+07:00``), within ``EARLIEST``–``LATEST``.

    ``default_now``: absent means the ``now`` the shell passed in (the reader's clock)."""

    default_now: bool = False

    def read(self, value: Any, field: str, now: datetime | None) -> datetime | None:
        if not _given(value):
            return now if self.default_now else None
        return _iso(value, field, "datetime", _OFFSET.search, datetime.fromisoformat, EARLIEST, LATEST)

    def values(self) -> str:
        return "ISO 8601 with offset"


@dataclass(frozen=True)
class Zone(Spec):
    """The name of an IANA time zone (``Asia/Jakarta``), kept as a name: whether this runtime knows
    it is the domain's question (``zone_or_none``), since an unknown one may fall back with a note."""

    def read(self, value: Any, field: str, now: datetime | None) -> str | None:
        if not _given(value):
            return None
        if not isinstance(value, str) or len(value) > 64:
            raise InputError(field, "timezone")
        return value.strip()

    def values(self) -> str:
        return "IANA zone"


@dataclass(frozen=True)
class Record(Spec):
    """A JSON object of named fields; each is read by its spec, errors naming ``object.field``
    (``flat``: the field alone, as a form that shows the object's fields among others names them).
    An absent object reads as an empty one."""

    fields: Mapping[str, Spec] = field(default_factory=dict)
    flat: bool = False

    def read(self, value: Any, field: str, now: datetime | None) -> dict[str, Any]:
        if not _given(value):
            value = {}
        if not isinstance(value, Mapping):
            raise InputError(field, "type")
        try:
            return read(self, value, now=now)
        except InputError as error:
            if self.flat:
                raise
            raise error.inside(field) from None

    def values(self) -> str:
        return "object"


@dataclass(frozen=True)
class ListOf(Spec):
    """A JSON list of at most ``limit`` items, each read by ``item`` (errors name ``key.N``).

    ``one_ok``: a single value stands for a list of one; ``skip``: which items read are left out
    (an empty text, an untouched form row); ``unique``: each value once, in the order given;
    ``whole``: an item's error names the list (a set of boxes to tick shows one error for all)."""

    item: Spec = field(default_factory=Spec)
    limit: int = 0
    one_ok: bool = False
    skip: Callable[[Any], bool] | None = None
    unique: bool = False
    whole: bool = False

    def read(self, value: Any, field: str, now: datetime | None) -> tuple[Any, ...]:
        if value is None or (self.one_ok and value == ""):
            return ()
        if self.one_ok and isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise InputError(field, "type")
        if len(value) > self.limit:
            raise InputError(field, "too_many", limit=self.limit)
        items = []
        for index, raw in enumerate(value):
            try:
                item = self.item.read(raw, field if self.whole else str(index), now)
            except InputError as error:
                raise error if self.whole else error.inside(field) from None
            if self.skip and self.skip(item):
                continue
            items.append(item)
        return tuple(dict.fromkeys(items)) if self.unique else tuple(items)

    def values(self) -> str:
        return f"list (at most {self.limit}) of {self.item.values() or 'values'}"


def read(record: Record, request: Mapping[str, Any], *, now: datetime | None = None) -> dict[str, Any]:
    """``request`` read against ``record``: every declared key, cleaned, with its default when absent."""
    return {key: spec.read(request.get(key), key, now) for key, spec in record.fields.items()}


def build(cls: type[RequestT], given: Mapping[str, Any], **derived: Any) -> RequestT:
    """The frozen request object ``cls`` from the values read: each of its fields named like a key of
    ``given`` takes that value; ``derived`` gives (or replaces) the others."""
    names = {item.name for item in dataclass_fields(cls)}
    return cls(**{**{key: value for key, value in given.items() if key in names}, **derived})


def read_one(spec: Spec, request: Mapping[str, Any], key: str) -> Any:
    """One key of ``request`` read by ``spec`` (the page's own payload keys: ``tool``, ``size``, ...)."""
    return spec.read(request.get(key), key, None)


LANGUAGE = Choice(options=LANGUAGES, default=DEFAULT_LANGUAGE, help="the language of the answer", flag="--lang")


def read_lang(request: Mapping[str, Any]) -> str:
    """The reader's language; an unknown code is an error on ``lang``."""
    return read_one(LANGUAGE, request, "lang")


def read_choice(
    request: Mapping[str, Any], key: str, options: Sequence[str], *, default: str | None = None
) -> str:
    """One of ``options``; ``default`` when absent (``None`` makes the field required)."""
    return read_one(Choice(options=tuple(options), default=default), request, key)


def read_text(request: Mapping[str, Any], key: str, *, limit: int, required: bool = False) -> str:
    """A string of at most ``limit`` characters, stripped; empty when absent and optional."""
    return read_one(Text(limit=limit, required=required), request, key)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def has_lone_surrogate(text: str) -> bool:
    """Whether ``text`` holds half of a UTF-16 pair, which no encoding can carry (one C-speed search)."""
    return _LONE_SURROGATE.search(text) is not None


# Indonesia's three zones by the names every Indonesian reader uses for them (any case): WIB, WITA, WIT.
ZONE_ALIASES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}


@lru_cache(maxsize=32)
def zone_or_none(name: str | None) -> tzinfo | None:
    """The IANA zone ``name``, or None when it is not given or not known here (the one zone resolver).

    Fixed offsets such as ``UTC`` need no time-zone database; ``WIB``, ``WITA`` and ``WIT`` are
    Indonesia's zones."""
    if not name:
        return None
    if name in ("UTC", "Etc/UTC", "Z"):
        return timezone.utc
    name = ZONE_ALIASES.get(name.strip().upper(), name)
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except (ImportError, ValueError, OSError, LookupError):
        # ZoneInfoNotFoundError is a KeyError (a LookupError); a malformed key is a ValueError.
        return None


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
