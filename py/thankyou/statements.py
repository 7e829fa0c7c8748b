"""The checker's rules as the guide states them: built from check's own tables, constants and texts.

The guide's pages carry a marker (``<!-- thankyou-rule:SECTION -->``) in each section an answer's
reason links to; the site build replaces it with :func:`statement` for that section, so a rule is
written once, in the checker, and the guide cannot state another. ``SECTION`` is a code of
``thankyou.guide.SECTIONS``; every section a reason links to has a statement
(``tests/unit/test_guide_rules.py`` walks them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from thankyou import check
from thankyou.texts import texts_for
from thankyou.texts.check import CheckTexts
from thankyou.texts.common import CommonTexts


@dataclass(frozen=True)
class Statement:
    """A rule in words: a lead sentence, then list items, then a table (head row first), then a closing line."""

    section: str
    title: str
    lead: str = ""
    items: tuple[str, ...] = ()
    table: tuple[tuple[str, ...], ...] = ()
    closing: str = ""
    numbers: dict[str, str] = field(default_factory=dict)  # the checker's figures it states, by name


def _clock(moment: check.time, lang: str) -> str:
    return texts_for(CheckTexts, lang).clock_pattern.format(hour=moment.hour, minute=moment.minute)


def numbers(lang: str) -> dict[str, str]:
    """The checker's figures, as the statements write them."""
    words = texts_for(CheckTexts, lang)
    start, end = check.WORKING_HOURS
    return {
        "hours": str(int(check.SEND_WITHIN.total_seconds() // 3600)),
        "start": _clock(start, lang),
        "end": _clock(end, lang),
        "morning": _clock(check.MORNING, lang),
        "until": _clock(check.MORNING_ENDS, lang),
        "weekend": words.and_word.join(texts_for(CommonTexts, lang).weekdays[day] for day in sorted(check.WEEKEND)),
        "combine_days": str(check.COMBINE_AFTER.days),
        "gap": str(check.FOLLOW_UP_AFTER_THANKS_WORKING_DAYS),
        "working_days": str(check.FOLLOW_UP_WORKING_DAYS),
        "week_days": str(check.FOLLOW_UP_WITHOUT_DATE.days),
        "week_working_days": str(check.WEEK_OF_WORKING_DAYS),
        "second_days": str(check.SECOND_FOLLOW_UP_AFTER.days),
        "max": words.count_words[check.MAX_FOLLOW_UPS],
        **{f"verdict_{name}": label for name, label in words.verdict_short.items()},
    }


def _verdict_settings(adjustment_reason: str) -> tuple[str, ...]:
    """The settings (or facts) named by an adjustment row of the verdict table."""
    for conditions, _moves, reason in check.ADJUSTMENTS:
        if reason == adjustment_reason:
            return tuple(conditions.get("setting", ()))
    raise LookupError(adjustment_reason)


def _always(words: type[CheckTexts], lang: str) -> Statement:
    reasons = tuple(dict.fromkeys(reason for _conditions, reason in check.EXPECTED_WHEN))
    local = words.and_word.join(words.rule_setting_names[name] for name in _verdict_settings("local_custom"))
    return Statement(
        "always_send", words.rule_title,
        lead=words.rules["always_send"].format(**numbers(lang)),
        items=tuple(words.rule_labels[reason] for reason in reasons),
        closing=words.rules["always_send_local"].format(settings=local, **numbers(lang)),
    )


def _optional(words: type[CheckTexts], lang: str) -> Statement:
    return Statement(
        "may_be_optional", words.rule_title,
        lead=words.rules["may_be_optional"].format(**numbers(lang)),
        items=tuple(words.rule_labels[reason] for reason in check.OPTIONAL_BECAUSE.values()),
        closing=words.rules["may_be_optional_unless"].format(**numbers(lang)),
    )


# The verdict table does not depend on the time; a fixed one keeps the built page the same.
STATED_AT = datetime.fromisoformat("2026-01-05T12:00:00+07:00")


def _by_setting(words: type[CheckTexts], lang: str) -> Statement:
    """Every stage in every setting, answered by the checker itself (one interviewer, by video)."""
    head = (words.rule_stage_heading, *(words.settings[name] for name in check.SETTINGS))
    rows = [head]
    cases = [(words.stages[stage], {"stage": stage}) for stage in check.STAGES]
    cases.append((words.labels["no_interviewer"], {"stage": "assessment", "with_interviewer": False}))
    for label, case in cases:
        row = [label]
        for setting in check.SETTINGS:
            answer = check.check({**case, "setting": setting, "lang": lang}, now=STATED_AT)
            row.append(words.verdict_short[answer["verdict"]])
        rows.append(tuple(row))
    return Statement("local_custom", words.rule_title, lead=words.rules["local_custom"].format(**numbers(lang)),
                     table=tuple(rows))


# Each case the guide lists, as a situation the checker answers: the statement quotes its answer, so
# the guide cannot say another channel than the checker does.
CONTACT_CASES: tuple[tuple[str, dict[str, object]], ...] = (
    ("recruiter_only", {"contact": "recruiter_only", "interviewers": [{"role": "hiring_manager"}]}),
    ("recruiter_on_panel", {"contact": "recruiter_only", "interviewers": [{"role": "recruiter"}, {"role": "hiring_manager"}]}),
    ("recruiter_alone", {"contact": "recruiter_only", "interviewers": [{"role": "recruiter"}]}),
    ("none", {"contact": "none", "interviewers": [{"role": "hiring_manager"}]}),
    ("none_panel", {"contact": "none", "interviewers": [{"role": "hiring_manager"}, {"role": "colleague"}]}),
    ("none_government", {"contact": "none", "setting": "government"}),
)


def _channels(words: type[CheckTexts], lang: str) -> Statement:
    items = tuple(
        f"{words.rule_contact_cases[case]} "
        f"{check.check({'stage': 'first', **situation, 'lang': lang}, now=STATED_AT)['channel_text']}"
        for case, situation in CONTACT_CASES
    )
    return Statement("no_email_address", words.rule_title, lead=words.rules["no_email_address"], items=items)


def _news(section: str, message: str) -> Callable[[type[CheckTexts], str], Statement]:
    def build(words: type[CheckTexts], lang: str) -> Statement:
        return Statement(section, words.rule_title,
                         lead=f"{words.messages[message]} {words.message_deadlines[message]}")
    return build


def _text(section: str, items: bool = False) -> Callable[[type[CheckTexts], str], Statement]:
    """A statement written in the texts, its figures filled from the checker's constants."""
    def build(words: type[CheckTexts], lang: str) -> Statement:
        values = numbers(lang)
        text = words.rules[section]
        if items:
            rest, number = [], 1
            while f"{section}.{number}" in words.rules:
                rest.append(words.rules[f"{section}.{number}"])
                number += 1
            return Statement(section, words.rule_title, lead=text.format(**values),
                             items=tuple(item.format(**values) for item in rest), numbers=values)
        return Statement(section, words.rule_title, lead=text.format(**values), numbers=values)
    return build


BUILDERS: dict[str, Callable[[type[CheckTexts], str], Statement]] = {
    "always_send": _always,
    "may_be_optional": _optional,
    "local_custom": _by_setting,
    "chances": _text("chances"),
    "next_round": _news("next_round", "confirm_next_round"),
    "offer_in_hand": _news("offer_in_hand", "reply_to_offer"),
    "after_rejection": _news("after_rejection", "reply_to_rejection"),
    "not_interested": _news("not_interested", "withdrawal"),
    "within_24_hours": _text("within_24_hours"),
    "evenings_weekends": _text("evenings_weekends"),
    "late": _text("late", items=True),
    "time_zones": _text("time_zones"),
    "follow_up": _text("follow_up", items=True),
    "panel": _text("panel"),
    "no_email_address": _channels,
}


def sections_with_rules() -> tuple[str, ...]:
    """Every guide section an answer's reason links to: each must state its rule."""
    return tuple(dict.fromkeys(section for _topic, section in check.REASONS.values()))


def statement(section: str, lang: str) -> Statement:
    """The rule the checker applies, as the guide's section ``section`` states it; ``KeyError`` for none."""
    words = texts_for(CheckTexts, lang)
    return BUILDERS[section](words, lang)
