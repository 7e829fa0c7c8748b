"""Words of the answer bar: the line a tool keeps at the bottom of a phone's screen while the
reader fills its form, with the button that brings the whole answer into view.

``tools`` is keyed by tool name (``check``, ``draft``, ``review``): what the bar calls the answer
and what its button says. ``severities`` counts the reviewer's findings (``{count}``), singular
and plural.
"""

from __future__ import annotations

from thankyou.texts import Texts


class AnswerBarTexts(Texts):
    """Slots of the answer bar. The bar repeats the answer's first words; it never says more."""

    # What the bar calls the answer (shown before its first words), by tool; the checker's
    # verdict needs no name (its countdown comes first instead).
    labels: dict[str, str]
    # The button that scrolls to the answer and moves the focus there, by tool.
    buttons: dict[str, str]
    # The generator with several messages: which one the bar shows.
    draft_of: str
    # The reviewer's findings by severity: "{count}" of them, one or many.
    severities_one: dict[str, str]
    severities_many: dict[str, str]
    # Nothing to fix (the reviewer), an empty draft.
    review_clean: str
    review_empty: str
    # The form has a field to fix: the answer shown is the one before it.
    not_updated: str


class Indonesian(AnswerBarTexts):
    lang = "id"
    labels = {"draft": "Draf", "review": "Temuan"}
    buttons = {"check": "Lihat jawaban", "draft": "Lihat draf", "review": "Lihat temuan"}
    draft_of = "Draf 1 dari {count}"
    severities_one = {"must": "1 wajib diperbaiki", "should": "1 sebaiknya diperbaiki", "tip": "1 saran"}
    severities_many = {"must": "{count} wajib diperbaiki", "should": "{count} sebaiknya diperbaiki", "tip": "{count} saran"}
    review_clean = "Tidak ada yang perlu diperbaiki."
    review_empty = "Belum ada draf untuk ditinjau."
    not_updated = "Jawaban belum diperbarui: {error}"


class English(AnswerBarTexts):
    lang = "en"
    labels = {"draft": "Draft", "review": "Findings"}
    buttons = {"check": "Show the answer", "draft": "Show the draft", "review": "Show the findings"}
    draft_of = "Draft 1 of {count}"
    severities_one = {"must": "1 must fix", "should": "1 should fix", "tip": "1 tip"}
    severities_many = {"must": "{count} must fix", "should": "{count} should fix", "tip": "{count} tips"}
    review_clean = "Nothing to fix."
    review_empty = "No draft to review yet."
    not_updated = "Answer not updated: {error}"
