"""The sample `make test` sweeps (tests/e2e/sweep.py) keeps every kind of page and every hostile value."""

from __future__ import annotations

import itertools

from . import sweep
from .hostile_inputs import HOSTILE
from .site_pages import guide_pages


def test_the_sample_keeps_one_page_of_each_kind_and_thorough_keeps_them_all(built_site):
    every = guide_pages(built_site)
    sample = sweep.pages(built_site, every, thorough=False)
    kinds = {sweep.page_kind(built_site, path) for path in every}
    assert sorted({sweep.page_kind(built_site, path) for path in sample}) == sorted(kinds)
    assert len(sample) == len(kinds) < len(every)
    # Each tool in its full size and on the home page, and prose in both languages.
    assert {"check:full", "draft:full", "review:full", "check:compact", "prose:first", "prose:second"} <= kinds
    assert sweep.pages(built_site, every, thorough=True) == every


def test_every_hostile_value_meets_a_field_in_the_sample():
    for fields in (1, 2, 3, 4, 17):
        tried = [sweep.values_for_field(HOSTILE, index, fields, thorough=False) for index in range(fields)]
        assert {value for values in tried for value in values} == set(HOSTILE), fields
        assert all(len(values) < len(HOSTILE) for values in tried) or fields == 1
        assert all(sweep.values_for_field(HOSTILE, index, fields, thorough=True) == list(HOSTILE) for index in range(fields))


def test_the_sample_of_a_matrix_meets_every_pair_of_values_and_thorough_keeps_every_combination():
    tools, langs, phones = ("check", "draft", "home", "review"), ("id", "en"), ("320", "390")
    sample = sweep.pairs(tools, langs, phones, thorough=False)
    for (first, second) in itertools.combinations(range(3), 2):
        axes = ((tools, langs, phones)[first], (tools, langs, phones)[second])
        assert {(row[first], row[second]) for row in sample} == set(itertools.product(*axes)), (first, second)
    assert len(sample) == len(set(sample)) < 4 * 2 * 2
    assert sweep.pairs(tools, langs, phones, thorough=True) == list(itertools.product(tools, langs, phones))
    # Two settings: each value of each once.
    two = sweep.pairs(("", "en/"), ("plain", "headers", "cached"), thorough=False)
    assert [set(column) for column in zip(*two, strict=True)] == [{"", "en/"}, {"plain", "headers", "cached"}]
    assert len(two) == 3


def test_tools_taking_turns_meet_one_test_each_and_thorough_gives_each_test_every_tool():
    tools = ["check", "draft", "review"]
    shares = [sweep.turn(tools, index, 2, thorough=False) for index in range(2)]
    assert sorted(tool for share in shares for tool in share) == tools
    assert all(sweep.turn(tools, index, 2, thorough=True) == tools for index in range(2))
