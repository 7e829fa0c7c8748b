"""One language registry: the languages are those of the text tables, and every per-language table
of the package (words, rule data, examples, spelling) has one entry for each, so that a third
language is data only and a missing piece of it fails here by name."""

from __future__ import annotations

import pytest

from thankyou.examples import EXAMPLES, SAMPLES
from thankyou.review.spelling import CLITICS
from thankyou.review.tables import DRAFT_LANGUAGES
from thankyou.texts import DEFAULT_LANGUAGE, LANGUAGES, all_schemas, texts_for
from thankyou.texts.common import CommonTexts

SCHEMAS = all_schemas()


def test_the_languages_are_those_of_the_text_tables():
    assert LANGUAGES == tuple(CommonTexts.languages()) == ("id", "en")
    assert DEFAULT_LANGUAGE == "id"


@pytest.mark.parametrize("schema", SCHEMAS, ids=lambda schema: schema.__name__)
def test_every_text_schema_has_a_table_for_every_language(schema):
    assert sorted(schema.languages()) == sorted(LANGUAGES), f"{schema.__name__}: tables for {sorted(schema.languages())}"


@pytest.mark.parametrize(("name", "table"), [
    ("review.tables.DRAFT_LANGUAGES", DRAFT_LANGUAGES),
    ("examples.SAMPLES", SAMPLES),
    ("review.spelling.CLITICS", CLITICS),
])
def test_every_per_language_table_has_every_language(name, table):
    assert sorted(table) == sorted(LANGUAGES), f"{name} has {sorted(table)}"


def test_each_language_keeps_its_own_code():
    assert all(language.code == code for code, language in DRAFT_LANGUAGES.items())
    assert all(EXAMPLES[SAMPLES[lang]]["lang"] == lang for lang in LANGUAGES)


def test_weekday_names_have_one_home():
    # The reviewer reads weekdays in drafts with the names the dates are written with.
    from thankyou.review.tables import DraftLanguage

    assert "weekdays" not in DraftLanguage.__dataclass_fields__
    for lang in LANGUAGES:
        assert len(texts_for(CommonTexts, lang).weekdays) == 7

