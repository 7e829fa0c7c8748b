"""`thankyou OP` (or `python -m thankyou OP`): a JSON request on stdin and/or flags in, the answer out.

Text by default, the façade's JSON with ``--json``. Invalid input exits with status 2, never a
traceback: in text mode one line on stderr naming the field; with ``--json`` the façade's
``{"error": {"field", "code", "message"}}`` on stdout, so a script reads every outcome as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from dataclasses import dataclass
from typing import Any, TextIO

from thankyou import __version__
from thankyou.api import handle
from thankyou.fields import loads_json
from thankyou.plain import RENDERERS
from thankyou.review.spelling import CLITICS, Lexicon, parse_word_list

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


# Flags per operation: Flag(...) or (flag, request key, help). Flags override keys read from stdin; a key
# with a dot ("context.company") is a key of the object named before the dot.
FLAGS: dict[str, tuple[Flag | tuple[str, str, str], ...]] = {
    "check": (
        ("--stage", "stage", "screening, first, second, final, informal or assessment"),
        ("--format", "format", "phone, video or in_person (default: video)"),
        Flag("--interviewer", "interviewers", "ROLE[:NAME], once per interviewer; ROLE is recruiter, "
             "hiring_manager, executive or colleague (empty: not sure)", many=True, item=interviewer),
        ("--ended-at", "ended_at", "when the interview ended, ISO 8601 with offset"),
        ("--interviewer-tz", "interviewer_tz", "the interviewer's IANA time zone, such as Europe/London"),
        ("--reader-tz", "reader_tz", "your own IANA time zone (default: the offset of --ended-at)"),
        ("--contact", "contact", "direct, recruiter_only or none (default: direct)"),
        ("--setting", "setting", "multinational, local, government, startup or unknown (default)"),
        ("--status", "status", "waiting (default), next_round, offer, rejected or not_interested"),
        ("--decision-by", "decision_by", "the date they said they would decide by, YYYY-MM-DD"),
        Flag("--holiday", "holidays", "a public holiday, YYYY-MM-DD (repeatable)", many=True),
        Flag("--competitive", "competitive", "the role is very competitive", switch=True),
        Flag("--with-interviewer", "with_interviewer", "yes or no: for an assessment, whether someone assessed "
             "it live (no: a written or online test taken alone; default: yes)", item=yes_or_no),
        ("--already-sent", "already_sent", "nothing (default), thank_you or follow_up: what you have sent so far"),
        Flag("--hesitation", "hesitations", "desperate, what_to_say, unimportant or no_email (repeatable)", many=True),
        ("--now", "now", "the current time, ISO 8601 with offset (default: the clock)"),
        ("--lang", "lang", "id or en"),
    ),
    "review": (
        ("--subject", "subject", "the subject line (or the first line of the body)"),
        ("--body", "body", "the email text (usually given in the JSON on stdin)"),
        ("--interviewer", "context.interviewer", "the interviewer's name, to check its spelling"),
        ("--company", "context.company", "the company's name"),
        ("--role", "context.role", "the role applied for"),
        ("--draft-lang", "context.lang", "the draft's language, id or en (default: recognised)"),
        ("--channel", "context.channel", "email, linkedin, whatsapp or card"),
        ("--interview-date", "context.interview_date", "the date of the interview, YYYY-MM-DD"),
        ("--now", "context.now", "the current time, ISO 8601 with offset (default: the clock)"),
        ("--name", "context.name", "your own name (never taken for a slip of the interviewer's)"),
        Flag("--topic", "context.topics", "something you discussed (repeatable): its words are never findings", many=True),
        ("--lang", "lang", "the language of the messages, id or en"),
    ),
    # Interviewers come as a JSON list on stdin: [{"name", "title", "address", "email", "topic"}, ...].
    "draft": (
        ("--name", "name", "your name (required)"),
        ("--company", "company", "the company (required)"),
        ("--role", "role", "the position (required)"),
        ("--contact", "contact", "a contact line for the signature"),
        ("--interview-date", "interview_date", "YYYY-MM-DD"),
        ("--format", "format", "phone, video or in_person"),
        ("--strength", "strength", "a strength or experience to reinforce"),
        ("--forgot", "forgot", "something you forgot to mention"),
        ("--why", "why", "why you want the role"),
        ("--lang", "lang", "the message's language: id or en"),
        ("--register", "register", "formal or semi_formal"),
        ("--length", "length", "short or standard"),
        ("--channel", "channel", "email, linkedin, whatsapp or card"),
        ("--variant", "variant", "another version: 0, 1, 2, ..."),
    ),
}


def flags_of(op: str) -> list[Flag]:
    return [entry if isinstance(entry, Flag) else Flag(*entry) for entry in FLAGS[op]]


EXIT_OK, EXIT_INVALID = 0, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="thankyou", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="op", required=True, metavar="OP")
    for op in FLAGS:
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
    """The spelling rule's word lists (the shell's side of ``thankyou.review.spelling``).

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
