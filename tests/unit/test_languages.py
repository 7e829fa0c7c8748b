"""One language registry: the languages are those of the text tables, and every per-language table
of the package (words, rule data, examples, spelling) has one entry for each, so that a third
language is data only and a missing piece of it fails here by name."""

from __future__ import annotations

import pytest

from thankyou.examples import EXAMPLES, SAMPLE
from thankyou.phrasing import RULES as PHRASE_RULES
from thankyou.spelling import ALPHABET, CLITICS
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
    ("spelling.CLITICS", CLITICS),
    ("spelling.ALPHABET", ALPHABET),
    ("phrasing.RULES", PHRASE_RULES),
])
def test_every_per_language_table_has_every_language(name, table):
    assert sorted(table) == sorted(LANGUAGES), f"{name} has {sorted(table)}"


def test_each_language_keeps_its_own_code():
    assert all(language.lang == code for code, language in DRAFT_LANGUAGES.items())


def test_every_example_situation_is_in_every_language():
    # Named SITUATION-LANG, the generator's sample among them: a third language adds its own.
    situations = {name.rsplit("-", 1)[0] for name in EXAMPLES}
    assert SAMPLE in situations
    assert sorted(EXAMPLES) == sorted(f"{situation}-{lang}" for situation in situations for lang in LANGUAGES)
    assert all(EXAMPLES[f"{situation}-{lang}"]["lang"] == lang for situation in situations for lang in LANGUAGES)


def test_weekday_names_have_one_home():
    # The reviewer reads weekdays in drafts with the names the dates are written with.
    from thankyou.texts.draft_language import DraftLanguage

    assert "weekdays" not in DraftLanguage.slots()
    for lang in LANGUAGES:
        assert len(texts_for(CommonTexts, lang).weekdays) == 7

