"""The guide's example emails, rendered at build time by the generator itself (the ``example`` operation)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from thankyou import draft, export
from thankyou.draft import heading
from thankyou.examples import EXAMPLES
from thankyou.fields import read_choice, read_lang, read_text
from thankyou.operations import Operation
from thankyou.operations import answer as answer_of
from thankyou.texts import texts_for
from thankyou.texts.draft import DraftTexts
from thankyou.web.draft import form_values, prefill_link, review_values
from thankyou.web.markup import Markup, tag


def example(payload: Mapping[str, Any], *, now: datetime) -> dict[str, Any]:
    """``{name, lang, link_base}`` → ``{html}``: one situation's messages, labelled in the page's ``lang``."""
    lang = read_lang(payload)
    name = read_choice(payload, "name", tuple(EXAMPLES))
    link_base = read_text(payload, "link_base", limit=200)
    request = EXAMPLES[name]
    answer = answer_of(draft.OPERATION, dict(request), now=now)
    if "error" in answer:  # an example the generator refuses is a bug, not a reader's error
        raise RuntimeError(f"example {name}: {answer['error']}")
    return {"html": render_example(name, answer, lang, link_base)}


def render_example(name: str, answer: Mapping[str, Any], lang: str, link_base: str) -> Markup:
    """Each message as a code block (the theme adds a copy button), its word count and exports."""
    words = texts_for(DraftTexts, lang)
    messages = answer["messages"]
    blocks = []
    for message in messages:
        title = heading(message, answer, words)
        links: list[object] = [words.word_count.format(count=message["words"])]
        if message.get("eml"):
            links += [" · ", tag("a", {"download": message["eml_filename"],
                                       "href": export.data_url(message["eml"].encode("ascii"), "message/rfc822")},
                                 words.download_eml)]
        links += [" · ", tag("a", {"href": prefill_link("reviewer", review_values(message, answer), link_base)},
                              words.review_this)]
        blocks.append(
            tag(
                "div",
                {"class": "ty-example-message", "data-message": message["index"]},
                tag("p", {"class": "ty-example-heading"}, tag("strong", {}, title)),
                [
                    tag("p", {"class": "ty-example-subjects-label"}, words.subjects_heading),
                    tag("ol", {"class": "ty-example-subjects", "lang": answer["lang"]},
                        [tag("li", {}, subject) for subject in message["subject_options"]]),
                ]
                if message["subject_options"]
                else None,
                tag("pre", {"class": "ty-example-body", "lang": answer["lang"]}, tag("code", {}, message["body"])),
                tag("p", {"class": "ty-example-meta"}, links),
            )
        )
    generator = prefill_link("generator", form_values(EXAMPLES[name]), link_base)
    return tag(
        "div",
        {"class": "ty-example", "data-example": name},
        blocks,
        tag("p", {"class": "ty-example-open"}, tag("a", {"href": generator}, words.open_example)),
    )


def _labels(lang: str) -> Mapping[str, str]:
    return texts_for(DraftTexts, lang).labels


# The guide's example emails as the façade's "example" operation: the generator's labels and request.
OPERATION = Operation(example, _labels, draft.REQUEST)
