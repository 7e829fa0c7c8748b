"""What a tool of the page is: its form, the domain operation it runs, and how its answer is shown."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from thankyou.fields import InputError
from thankyou.operations import Operation
from thankyou.spelling import Lexicon
from thankyou.web.forms import ClientContext, Control, Field, FormValues, on_form
from thankyou.web.markup import Markup


# The sizes a tool's widget comes in: its own page's, and the home page's shorter form.
SIZES = ("full", "compact")


def _no_hints(lang: str) -> Mapping[str, str]:
    return {}


def _nothing_hidden(form: FormValues) -> list[str]:
    return []


def _no_language_defaults(lang: str) -> Mapping[str, str]:
    return {}


def _plain_labels(form: FormValues) -> tuple[str, ...]:
    return ()


@dataclass(frozen=True)
class Tool:
    """Everything the page needs to show one tool; all words come from the tool's texts.

    ``operation`` is the domain operation the tool runs (``thankyou.operations``); ``to_request``
    turns the page's raw form values into the domain request (raising ``InputError`` on a field
    only the page has), which :meth:`read` has the domain read once; ``form_names``: the domain's
    name of a field → the page's, where the page names it otherwise (``recruiter.name``);
    ``render_answer(answer, lang, link_base)`` turns the domain's
    answer into escaped HTML; ``hidden_fields`` names the fields not worth showing for the
    current values (``interviewers.name`` hides that field in every item of a group).
    ``label_variants(form)`` names the variants of the labels these values call for, first wins
    (``("test",)``: ``labels["ended_at@test"]`` stands for ``labels["ended_at"]``; ``forms.label_markup``).
    ``refresh`` > 0 asks the page to re-run the tool every so many seconds (a countdown).
    ``language_defaults(lang)`` overrides fields' defaults on a page in ``lang`` (the generator
    writes English by default on the English pages).
    ``answer_controls`` are controls the answer renders (bound to the form by its ``form=``
    attribute: the generator's editable messages); a link or the stored values may fill them.
    ``follow_answer(answer, form, context, lexicons)`` adds to the domain's answer what the form's
    answer controls decide (the edits kept or followed, their review), before it is rendered;
    ``{"word_lists_wanted": True}`` in its result asks the worker for the spelling lists.
    """

    name: str
    operation: Operation
    controls: tuple[Control, ...]
    labels: Callable[[str], Mapping[str, str]]
    option_labels: Callable[[str, str], Mapping[str, str]]
    to_request: Callable[[FormValues, ClientContext, str], dict[str, Any]]
    render_answer: Callable[[Mapping[str, Any], str, str], Markup]
    hints: Callable[[str], Mapping[str, str]] = _no_hints
    hidden_fields: Callable[[FormValues], list[str]] = _nothing_hidden
    label_variants: Callable[[FormValues], tuple[str, ...]] = _plain_labels
    refresh: int = 0
    language_defaults: Callable[[str], Mapping[str, str]] = _no_language_defaults
    answer_controls: tuple[Control, ...] = ()
    follow_answer: Callable[[Mapping[str, Any], FormValues, ClientContext, tuple[Lexicon, ...]], Mapping[str, Any]] | None = None
    form_names: Mapping[str, str] = field(default_factory=dict)

    def read(self, request: Any, form: FormValues, *, now: datetime) -> Any:
        """``request`` read by the domain (what its operation runs); an error names the page's own field."""
        try:
            return self.operation.read(request, now=now)
        except InputError as error:
            raise on_form(error, form, self.controls, self.form_names) from None

    def controls_in(self, lang: str) -> tuple[Control, ...]:
        """The tool's controls with the defaults of a page in ``lang``."""
        overrides = self.language_defaults(lang)
        return tuple(
            replace(control, default=overrides[control.name])
            if isinstance(control, Field) and control.name in overrides
            else control
            for control in self.controls
        )
