"""The draft reviewer as the page shows it: the draft and its context in, the findings as a list out.

Each finding is a button carrying its range (``data-select-range``, in UTF-16 code units, and
``data-range-field``): focusing it selects that range in the text field, so the reader sees
exactly which words it is about. The page re-runs the review as the reader types.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from thankyou import guide
from thankyou.review.tables import BODY_LIMIT, CHANNELS, CONTEXT_LIMIT, SEVERITIES, SUBJECT_LIMIT
from thankyou import review as domain
from thankyou.texts import texts_for
from thankyou.texts.review import ReviewTexts
from thankyou.web.forms import NAME_KEYBOARD, ClientContext, Field, FormValues, first, prefill_fragment
from thankyou.web.markup import Markup, tag
from thankyou.web.tool import Tool

# The form's field names are shared with the generator, which links here with #prefill=.
CONTROLS = (
    Field("subject", "text", limit=SUBJECT_LIMIT, attrs={"spellcheck": "true"}),
    # Twice the limit: a longer paste reaches Python, which says how long a draft may be,
    # instead of being cut short by the browser without a word.
    Field("body", "textarea", limit=2 * BODY_LIMIT, attrs={"rows": 14, "spellcheck": "true"}),
    Field("interviewer", "text", limit=CONTEXT_LIMIT, attrs=NAME_KEYBOARD),
    Field("company", "text", limit=CONTEXT_LIMIT, attrs=NAME_KEYBOARD),
    Field("role", "text", limit=CONTEXT_LIMIT),
    Field("lang", "select", options=("", "id", "en"), default=""),
    Field("channel", "select", options=CHANNELS, default="email"),
    Field("interview_date", "date"),
)
CONTEXT_FIELDS = ("interviewer", "company", "role", "lang", "channel", "interview_date")


def _labels(lang: str) -> Mapping[str, str]:
    """The form's labels: the context fields say they are optional."""
    words = texts_for(ReviewTexts, lang)
    return {name: words.optional.format(label=label) if name in CONTEXT_FIELDS else label
            for name, label in words.labels.items()}


def _hints(lang: str) -> Mapping[str, str]:
    return texts_for(ReviewTexts, lang).hints


def option_labels(name: str, lang: str) -> Mapping[str, str]:
    words = texts_for(ReviewTexts, lang)
    return {"lang": words.draft_languages, "channel": words.channels}.get(name, {})


def to_request(form: FormValues, context: ClientContext, lang: str) -> dict[str, Any]:
    """Form values to a ``review`` request; the reader's own clock dates "today" and "yesterday"."""
    draft_context: dict[str, Any] = {name: first(form, name) for name in CONTEXT_FIELDS}
    draft_context["now"] = context.now.isoformat()
    return {"lang": lang, "subject": first(form, "subject"), "body": first(form, "body"), "context": draft_context}


def render_answer(answer: Mapping[str, Any], lang: str, link_base: str) -> Markup:
    """The verdict, what the draft is, then each finding: a button that selects its words, and its fix."""
    words = texts_for(ReviewTexts, lang)
    findings = answer["findings"]
    facts = (words.facts_detected if answer["lang_detected"] else words.facts).format(
        words=answer["words"], language=words.language_names[answer["lang"]]
    )
    state = "empty" if not answer["words"] else ("ready" if answer["ready"] else "not-ready")
    return tag(
        "div",
        {"class": f"ty-answer ty-review ty-review--{state}", "data-ready": str(answer["ready"]).lower(),
         "data-findings": len(findings)},
        tag("p", {"class": "ty-verdict"}, answer["summary"]),
        tag("p", {"class": "ty-note"}, facts) if answer["words"] else None,
        render_marked(_request_text(answer, "body"), findings, "body", words) if findings else None,
        [
            tag("h2", {"class": "ty-heading"}, words.findings_heading),
            tag("p", {"class": "ty-hint"}, words.findings_help),
            tag("ol", {"class": "ty-findings"}, [_finding(found, index, words, link_base) for index, found in enumerate(findings)]),
        ] if findings else None,
    )


def _request_text(answer: Mapping[str, Any], field: str) -> str:
    request = answer.get("request") or {}
    value = request.get(field)
    return value if isinstance(value, str) else ""


def render_marked(
    text: str, findings: list[Mapping[str, Any]], field: str, words: type[ReviewTexts], *,
    control: str | None = None, ids: str = "ty-review-mark", heading: str = "h2",
) -> Markup | None:
    """The reader's ``field`` text, escaped, each finding's words underlined in a ``<mark>``.

    ``control``: the name of the page's control holding the text, when it is not ``field`` (the
    generator's editable message); ``ids``: the prefix of the marks' note ids, one per text on a page;
    ``heading``: the level of its heading where the text sits (under the generator's message heading, h4).

    A mark is focusable; focused (or tapped) it shows the finding's message and, for a
    mechanical fix, a button that puts the replacement in place. Findings are marked in the
    order of severity and length; one that overlaps a range already marked, or spans a paragraph
    or more (a length finding), stays in the list below only. ``None`` when nothing in ``field`` is marked.
    """
    if not text:
        return None
    marks: list[tuple[int, Mapping[str, Any]]] = []
    # Most severe and shortest first, so a typo is underlined even inside a long sentence's range.
    ranked = sorted(enumerate(findings), key=lambda item: (
        SEVERITIES.index(item[1]["severity"]) if item[1]["severity"] in SEVERITIES else len(SEVERITIES),
        item[1]["end"] - item[1]["start"], item[1]["start"]))
    for index, found in ranked:
        start, end = found["start"], found["end"]
        if found["field"] != field or not 0 <= start < end <= len(text):
            continue
        words_of_draft = text[start:end]
        if words_of_draft != words_of_draft.strip() or end - start > MARK_LIMIT or "\n\n" in words_of_draft:
            continue  # a paragraph or the whole draft: the list says it better than a mark
        if any(start < other["end"] and other["start"] < end for _, other in marks):
            continue
        marks.append((index, found))
    marks.sort(key=lambda item: item[1]["start"])
    if not marks:
        return None
    parts: list[Any] = []
    position = 0
    for index, found in marks:
        parts.append(text[position : found["start"]])
        parts.append(_mark(text[found["start"] : found["end"]], found, index, words, control or field, ids))
        position = found["end"]
    parts.append(text[position:])
    return tag(
        "div",
        {"class": "ty-marked"},
        tag(heading, {"class": "ty-heading"}, words.marked_heading),
        tag("p", {"class": "ty-hint"}, words.marked_help),
        tag("div", {"class": "ty-marked-text", "data-marked-field": control or field}, parts),
    )


MARK_LIMIT = 200  # characters: a longer range (a paragraph, the whole draft) is not underlined


def _mark(words_of_draft: str, found: Mapping[str, Any], index: int, words: type[ReviewTexts], control: str,
          ids: str) -> Markup:
    note_id = f"{ids}-{index}"
    return tag(
        "mark",
        {"class": f"ty-mark ty-mark--{found['severity']}", "tabindex": "0", "data-kind": found["kind"],
         "aria-describedby": note_id,
         # Focused, it selects its words in the field but keeps the focus, so its note stays open.
         "data-select-range": f"{found['start_utf16']} {found['end_utf16']}", "data-range-field": control,
         "data-keep-focus": True},
        words_of_draft,
        tag("span", {"class": "ty-mark-note", "id": note_id, "role": "note"},
            found["message"], _fix_button(found, words, control)),
    )


def _fix_button(found: Mapping[str, Any], words: type[ReviewTexts], control: str | None = None) -> Markup | None:
    """One tap puts the replacement Python chose in place of the finding's range (then the review re-runs)."""
    fix = found.get("replacement")
    if not fix:
        return None
    return tag(
        "button",
        {"type": "button", "class": "ty-button ty-fix", "data-action": "replace",
         "data-replace-range": f"{found['start_utf16']} {found['end_utf16']}", "data-replace-field": control or found["field"],
         "data-replace-from": found["excerpt"], "data-replace-with": fix},
        words.apply_fix.format(fix=fix),
    )


def _finding(found: Mapping[str, Any], index: int, words: type[ReviewTexts], link_base: str) -> Markup:
    title = words.code_kinds.get(found["code"]) or words.kinds[found["kind"]]
    message_id = f"ty-review-finding-{index}"
    return tag(
        "li",
        {"class": f"ty-finding ty-finding--{found['severity']}", "data-kind": found["kind"],
         "data-code": found["code"], "data-severity": found["severity"],
         # A typo's closest words (JSON), for a page that offers to put one in place.
         **({"data-suggestions": json.dumps(found["suggestions"], ensure_ascii=False)} if found.get("suggestions") else {})},
        tag(
            "button",
            {"type": "button", "class": "ty-finding-target", "aria-describedby": message_id,
             "data-select-range": f"{found['start_utf16']} {found['end_utf16']}", "data-range-field": found["field"]},
            tag("span", {"class": "ty-severity"}, words.severities[found["severity"]]),
            " ",
            tag("span", {"class": "ty-finding-title"}, title[:1].upper() + title[1:]),
            [" ", tag("q", {"class": "ty-excerpt"}, " ".join(found["excerpt"].split()))] if found["excerpt"].strip() else None,
        ),
        tag(
            "p",
            {"class": "ty-finding-message", "id": message_id},
            found["message"],
            " ",
            tag("a", {"href": link_base + found["link"]}, words.read_more),
        ),
        _fix_button(found, words),
    )


# ---- Links from other tools -------------------------------------------------------------------

def review_link(values: Mapping[str, str], link_base: str = "") -> str:
    """A link that opens the reviewer with ``values`` filled in (``subject``, ``body``, ``company``, ...).

    For the generator's "review this draft": the values travel in the fragment (``#prefill=``),
    which never reaches a server. ``link_base`` leads from the linking page to the site's root.
    """
    known = {control.name for control in CONTROLS}
    form = {name: [value] for name, value in values.items() if name in known and value}
    return f"{link_base}{guide.PAGES['reviewer']}{prefill_fragment(form)}"


TOOL = Tool(
    name="review",
    operation=domain.OPERATION,
    controls=CONTROLS,
    labels=_labels,
    option_labels=option_labels,
    to_request=to_request,
    render_answer=render_answer,
    hints=_hints,
)
