"""The checker's decision: should this reader send a thank-you email, and by when?"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from thankyou import fields
from thankyou.dates import format_datetime, format_time_left
from thankyou.guide import link_to
from thankyou.texts import texts_for
from thankyou.texts.check import CheckTexts

STAGES = ("screening", "first", "second", "final", "informal", "assessment")

# Rule table: the verdict each interview stage gives, and the reason that explains it.
VERDICT_BY_STAGE: dict[str, tuple[str, str]] = {
    "screening": ("optional", "may_be_optional"),
    "first": ("send", "always_send"),
    "second": ("send", "always_send"),
    "final": ("send", "always_send"),
    "informal": ("send", "always_send"),
    "assessment": ("send", "always_send"),
}

SEND_WITHIN = timedelta(hours=24)


def check(request: Mapping[str, Any]) -> dict[str, Any]:
    """The advice for one situation, as plain data (see the JSON contract in the README)."""
    lang = fields.read_lang(request)
    stage = fields.read_choice(request, "stage", STAGES)
    now = fields.read_datetime(request, "now", default=fields.utc_now())
    ended_at = fields.read_datetime(request, "ended_at")
    words = texts_for(CheckTexts, lang)

    verdict, reason = VERDICT_BY_STAGE[stage]
    reasons = [reason, "within_24_hours"]
    answer: dict[str, Any] = {
        "lang": lang,
        "verdict": verdict,
        "headline": words.verdicts[verdict],
        "deadline": None,
        "deadline_text": words.deadline_relative,
        "time_left": None,
        "reasons": [
            {"code": code, "text": words.reasons[code], "link": link_to(code)}
            for code in reasons
        ],
    }
    if ended_at is not None:
        deadline = ended_at + SEND_WITHIN
        answer["deadline"] = deadline.isoformat()
        answer["deadline_text"] = words.deadline_at.format(when=format_datetime(deadline, lang))
        assert now is not None
        answer["time_left"] = format_time_left(deadline - now.astimezone(deadline.tzinfo), lang)
    return answer
