"""`python -m thankyou OP`: a JSON request on stdin and/or flags in, the answer out.

Text by default, the façade's JSON with ``--json``. Invalid input prints one line naming
the field and exits with status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from thankyou.api import handle
from thankyou.plain import RENDERERS

# Flags per operation: (flag, request key, help). Flags override keys read from stdin.
FLAGS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "check": (
        ("--stage", "stage", "screening, first, second, final, informal or assessment"),
        ("--ended-at", "ended_at", "when the interview ended, ISO 8601 with offset"),
        ("--now", "now", "the current time, ISO 8601 with offset (default: the clock)"),
        ("--lang", "lang", "id or en"),
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

EXIT_OK, EXIT_INVALID = 0, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m thankyou", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="op", required=True, metavar="OP")
    for op, flags in FLAGS.items():
        command = commands.add_parser(op, help=f"the {op} operation")
        command.add_argument("--json", action="store_true", help="print the JSON answer")
        for flag, key, text in flags:
            command.add_argument(flag, dest=key, help=text)
    return parser


def read_request(stdin: TextIO) -> dict[str, Any] | str:
    """The JSON object on stdin (empty when stdin is a terminal), or an error line."""
    if stdin.isatty():
        return {}
    text = stdin.read()
    if not text.strip():
        return {}
    try:
        request = json.loads(text)
    except ValueError as error:
        return f"stdin: not valid JSON ({error.msg}, line {error.lineno})"
    if not isinstance(request, dict):
        return "stdin: expected a JSON object"
    return request


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    args = build_parser().parse_args(argv)
    request = read_request(stdin)
    if isinstance(request, str):
        print(f"error: {request}", file=sys.stderr)
        return EXIT_INVALID
    for _flag, key, _text in FLAGS[args.op]:
        if getattr(args, key) is not None:
            request[key] = getattr(args, key)
    answer = handle({**request, "op": args.op})
    if "error" in answer:
        error = answer["error"]
        print(f"error: {error['field']}: {error['message']}", file=sys.stderr)
        return EXIT_INVALID
    if args.json:
        print(json.dumps(answer, ensure_ascii=False, indent=2), file=stdout)
    else:
        print(RENDERERS[args.op](answer), file=stdout)
    return EXIT_OK
