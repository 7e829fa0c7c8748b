"""Every language fills every text slot of every schema, in the same shape."""

import string

import pytest

from thankyou.texts import LANGUAGES, all_schemas, texts_for

SCHEMAS = all_schemas()


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_there_are_schemas():
    names = {schema.__name__ for schema in SCHEMAS}
    assert {"CommonTexts", "CheckTexts"} <= names


@pytest.mark.parametrize("schema", SCHEMAS, ids=lambda schema: schema.__name__)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_slot_is_filled(schema, lang):
    table = texts_for(schema, lang)
    for slot in schema.slots():
        if not schema.translated:
            # Data each language has its own (its phrases): every slot set in the language's own
            # table, where a language may have none of a kind (English drops no ending in speech).
            assert slot in vars(table), f"{schema.__name__}.{slot} is missing in {lang}"
            continue
        value = getattr(table, slot, None)
        assert value, f"{schema.__name__}.{slot} is missing or empty in {lang}"
        if isinstance(value, dict):
            entries = [item for v in value.values() for item in (v if isinstance(v, tuple) else (v,))]
            assert all(isinstance(v, str) and v.strip() for v in entries), f"{slot} has an empty entry"
            assert all(v for v in value.values()), f"{slot} has an empty tuple"
        if isinstance(value, tuple):
            assert all(isinstance(v, str) and v.strip() for v in value), f"{slot} has an empty entry"


@pytest.mark.parametrize("schema", [schema for schema in SCHEMAS if schema.translated], ids=lambda schema: schema.__name__)
def test_languages_have_the_same_shape(schema):
    """Same keys, same lengths and the same {placeholders} in every language."""
    tables = [texts_for(schema, lang) for lang in LANGUAGES]
    for slot in schema.slots():
        values = [getattr(table, slot) for table in tables]
        first = values[0]
        for other in values[1:]:
            assert type(other) is type(first), slot
            if isinstance(first, dict):
                assert other.keys() == first.keys(), f"{slot}: keys differ"
                for key in first:
                    if isinstance(first[key], tuple):  # a phrase bank: interchangeable sentences
                        assert len(other[key]) == len(first[key]), f"{slot}[{key}]: lengths differ"
                    else:
                        assert placeholders(other[key]) == placeholders(first[key]), f"{slot}[{key}]"
            elif isinstance(first, tuple):
                assert len(other) == len(first), f"{slot}: lengths differ"
            else:
                assert placeholders(other) == placeholders(first), f"{slot}: placeholders differ"


def test_unknown_language_is_a_value_error():
    schema = SCHEMAS[0]
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        texts_for(schema, "fr")
