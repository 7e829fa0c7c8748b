"""The checker as the page shows it: its form, and its answer as HTML."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from thankyou.check import STAGES
from thankyou.texts import texts_for
from thankyou.texts.check import CheckTexts
from thankyou.web.forms import ClientContext, Field, FormValues, first, local_datetime
from thankyou.web.markup import Markup, tag

CONTROLS = (
    Field("stage", "select", options=STAGES, default="first"),
    Field("ended_at", "datetime"),
)


def option_labels(name: str, lang: str) -> Mapping[str, str]:
    words = texts_for(CheckTexts, lang)
    return {"stage": words.stages}.get(name, {})


def to_request(form: FormValues, context: ClientContext, lang: str) -> dict[str, Any]:
    """Form values to a ``check`` request; the reader's own clock and zone fill the gaps."""
    request: dict[str, Any] = {"lang": lang, "stage": first(form, "stage"), "now": context.now.isoformat()}
    ended = first(form, "ended_at")
    if ended:
        request["ended_at"] = local_datetime(ended, context.zone, field_name="ended_at").isoformat()
    return request


def render_answer(answer: Mapping[str, Any], lang: str, link_base: str) -> Markup:
    """Verdict first, then the deadline, then the reasons with links into the guide."""
    words = texts_for(CheckTexts, lang)
    deadline = [answer["deadline_text"]]
    if answer.get("time_left"):
        deadline += [" ", tag("span", {"class": "ty-countdown"}, f"({answer['time_left']})")]
    return tag(
        "div",
        {"class": f"ty-answer ty-answer--{answer['verdict']}", "data-verdict": answer["verdict"]},
        tag("p", {"class": "ty-verdict"}, answer["headline"]),
        tag("h3", {"class": "ty-heading"}, words.deadline_heading),
        tag("p", {"class": "ty-deadline", "data-deadline": answer.get("deadline") or ""}, deadline),
        tag("h3", {"class": "ty-heading"}, words.reasons_heading),
        tag(
            "ul",
            {"class": "ty-reasons"},
            [
                tag(
                    "li",
                    {"data-reason": reason["code"]},
                    reason["text"],
                    " ",
                    tag("a", {"href": link_base + reason["link"]}, words.read_more),
                )
                for reason in answer["reasons"]
            ],
        ),
    )


def _labels(lang: str) -> Mapping[str, str]:
    return texts_for(CheckTexts, lang).labels


from thankyou.web import Tool  # noqa: E402  (the registry imports this module lazily)

TOOL = Tool(
    name="check",
    op="check",
    controls=CONTROLS,
    labels=_labels,
    option_labels=option_labels,
    to_request=to_request,
    render_answer=render_answer,
)
