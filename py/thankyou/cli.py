"""`thankyou OP` (or `python -m thankyou OP`): a JSON request on stdin and/or flags in, the answer out.

Text by default, the façade's JSON with ``--json``. Invalid input exits with status 2, never a
traceback: in text mode one line on stderr naming the field; with ``--json`` the façade's
``{"error": {"field", "code", "message"}}`` on stdout, so a script reads every outcome as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from dataclasses import dataclass
from typing import Any, TextIO

from thankyou import __version__
from thankyou.api import handle
from thankyou.fields import Boolean, Choice, ListOf, Record, Spec, Text, loads_json
from thankyou import check, draft, review
from thankyou.operations import Operation
from thankyou.plain import RENDERERS
from thankyou.spelling import CLITICS, Lexicon, parse_word_list

@dataclass(frozen=True)
class Flag:
    """One command-line flag setting one request key. ``many``: repeatable, the key gets a list;
    ``switch``: takes no value, the key gets ``true``; ``item`` turns each value into the request's."""

    flag: str
    key: str
    help: str
    many: bool = False
    switch: bool = False
    item: Callable[[str], Any] = str


def yes_or_no(text: str) -> bool | str:
    """``yes``/``no`` (also ``true``/``false``) → a boolean; anything else stays text, for the checker to refuse."""
    answer = {"yes": True, "true": True, "no": False, "false": False}.get(text.strip().lower())
    return text if answer is None else answer


def interviewer(text: str) -> dict[str, str]:
    """``ROLE`` or ``ROLE:NAME`` (either part may be empty) → ``{"role", "name"}``."""
    role, _, name = text.partition(":")
    person = {"name": name.strip()} if name.strip() else {}
    return {**({"role": role.strip()} if role.strip() else {}), **person}


# The operations with flags; each flag comes from a field of the operation's request schema.
OPERATIONS: dict[str, Operation] = {"check": check.OPERATION, "review": review.OPERATION, "draft": draft.OPERATION}
# Where a flag's text is not itself the item of the list it adds to.
ITEMS: dict[tuple[str, str], Callable[[str], Any]] = {("check", "interviewers"): interviewer}


def flags_of(op: str) -> list[Flag]:
    """The flags of ``op``: one per field of its request schema that has one, in the schema's order.

    A field of an object whose fields stand among the request's (the reviewer's ``context``) is set
    with a dotted key (``context.company``). Flags override keys read from stdin."""
    return list(_flags(op, OPERATIONS[op].request.fields, ""))


def _flags(op: str, specs: Mapping[str, Spec], prefix: str) -> Iterator[Flag]:
    for key, spec in specs.items():
        if isinstance(spec, Record) and spec.flat:
            yield from _flags(op, spec.fields, f"{prefix}{key}.")
        if spec.flag is None or spec.internal:
            continue
        name = spec.flag or "--" + key.replace("_", "-")
        help_text = flag_help(spec)
        if isinstance(spec, ListOf):
            yield Flag(name, prefix + key, help_text, many=True, item=ITEMS.get((op, key), str))
        elif isinstance(spec, Boolean) and not spec.default:
            yield Flag(name, prefix + key, help_text, switch=True)
        elif isinstance(spec, Boolean):
            yield Flag(name, prefix + key, help_text, item=yes_or_no)
        else:
            yield Flag(name, prefix + key, help_text)


def flag_help(spec: Spec) -> str:
    """The flag's help: what the field is, then what it takes (from the schema)."""
    if isinstance(spec, Choice):
        taken = ", ".join(spec.options) + (f" (default: {spec.default})" if spec.default else " (required)")
        if spec.default == "":
            taken = ", ".join(spec.options)
    elif isinstance(spec, Boolean):
        taken = "yes or no (default: yes)" if spec.default else ""
    elif isinstance(spec, ListOf):
        item = spec.item
        taken = "repeatable" if isinstance(item, Record) else item.values() + "; repeatable"
    elif isinstance(spec, Text) and spec.required:
        taken = spec.values() + " (required)"
    else:
        taken = spec.values()
    return f"{spec.help}: {taken.replace('`', '')}" if taken else spec.help


EXIT_OK, EXIT_INVALID = 0, 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a Unix tool stopped by a closed pipe reports


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="thankyou", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="op", required=True, metavar="OP")
    for op in OPERATIONS:
        command = commands.add_parser(op, help=f"the {op} operation")
        command.add_argument("--json", action="store_true", help="print the JSON answer")
        if op == "review":
            command.add_argument("--words", metavar="DIR", help="a folder with the word lists en.txt and id.txt "
                                 "(the site's assets/words); default: the lists the site build cached")
        for flag in flags_of(op):
            if flag.switch:
                command.add_argument(flag.flag, dest=flag.key, help=flag.help, action="store_const", const=True)
            else:
                command.add_argument(flag.flag, dest=flag.key, help=flag.help, action="append" if flag.many else "store")
    return parser


def read_request(stdin: TextIO) -> dict[str, Any]:
    """The JSON object on stdin (empty when stdin is a terminal); raises ``StdinError``."""
    if stdin.isatty():
        return {}
    text = stdin.read()
    if not text.strip():
        return {}
    try:
        request = loads_json(text)
    except (ValueError, RecursionError) as error:
        where = f"{error.msg}, line {error.lineno}" if isinstance(error, json.JSONDecodeError) else "nested too deeply"
        raise StdinError("json", f"not valid JSON ({where})") from None
    if not isinstance(request, dict):
        raise StdinError("object", "expected a JSON object")
    return request


class StdinError(ValueError):
    """What was read on stdin is not a JSON object: the ``code`` and a message for the ``stdin`` field."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def fail(error: dict[str, Any], as_json: bool, stdout: TextIO) -> int:
    """Report an invalid input: the error object on stdout with ``--json``, else one line on stderr."""
    if as_json:
        print(json.dumps({"error": error}, ensure_ascii=False, indent=2), file=stdout)
    else:
        print(f"error: {error['field']}: {error['message']}", file=sys.stderr)
    return EXIT_INVALID


def put(request: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` in ``request``; ``outer.inner`` sets ``inner`` in the object ``outer``."""
    outer, _, inner = key.partition(".")
    if not inner:
        request[key] = value
        return
    if not isinstance(request.get(outer), dict):
        request[outer] = {}
    request[outer][inner] = value


# Where the site build keeps the lists it builds (``site_build.wordlists.CACHE``), in a source checkout.
BUILT_WORD_LISTS = Path(__file__).resolve().parents[2] / ".cache" / "wordlists"


def load_lexicons(folder: str | None) -> tuple[Lexicon, ...]:
    """The spelling rule's word lists (the shell's side of ``thankyou.spelling``).

    From ``folder`` when given (``en.txt``, ``id.txt``: the site's ``assets/words``); else the
    newest lists the site build left in a source checkout's ``.cache/wordlists``; else none, and
    the review runs without the spelling rule.
    """
    found = []
    for lang in CLITICS:
        if folder:
            paths = [Path(folder) / f"{lang}.txt"]
        else:
            paths = sorted(BUILT_WORD_LISTS.glob(f"{lang}-*.txt"), key=lambda path: path.stat().st_mtime)[-1:]
        for path in paths:
            if path.is_file():
                found.append(parse_word_list(path.read_text(encoding="utf-8"), lang))
    return tuple(found)


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    args = build_parser().parse_args(argv)
    try:
        status = answer_on(args, stdin, stdout)
        stdout.flush()
        return status
    except BrokenPipeError:
        # The output went into a pipe whose reader stopped early (`| head -3`): it read what it wanted. No traceback;
        # the standard output is pointed at nothing, so the interpreter's last flush does not fail again
        # (the Python documentation's own advice, "Note on SIGPIPE").
        if stdout is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def answer_on(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    try:
        request = read_request(stdin)
    except StdinError as error:
        return fail({"field": "stdin", "code": error.code, "message": error.message}, args.json, stdout)
    for flag in flags_of(args.op):
        given = getattr(args, flag.key)
        if given is None:
            continue
        if flag.switch:
            put(request, flag.key, True)
        elif flag.many:
            put(request, flag.key, [flag.item(value) for value in given])
        else:
            put(request, flag.key, flag.item(given))
    lexicons = load_lexicons(args.words) if args.op == "review" else ()
    answer = handle({**request, "op": args.op}, lexicons=lexicons)
    if "error" in answer:
        return fail(answer["error"], args.json, stdout)
    if args.json:
        print(json.dumps(answer, ensure_ascii=False, indent=2), file=stdout)
    else:
        print(RENDERERS[args.op](answer), file=stdout)
    return EXIT_OK
