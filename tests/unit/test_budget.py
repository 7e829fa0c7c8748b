"""The test budgets themselves (budget.py): how many Hypothesis examples, and which cases of a sweep."""

from budget import SWEEP_MIN, examples, kept_cases, sweep_share

KINDS = ("thank_you", "late_thank_you", "follow_up", "second_follow_up", "confirmation", "reschedule",
         "withdrawal", "offer_reply")
SWEEP = [f"{kind}-{lang}" for kind in KINDS for lang in ("en", "id")]


def test_a_quick_run_tries_a_tenth_of_a_budget_within_its_floor_and_the_full_budget():
    assert examples(2000, "default") == 200
    assert examples(100, "pyodide") == 25
    assert examples(10, "default") == 10
    assert examples(2000, "thorough") == examples(2000, "pyodide-thorough") == 2000


def test_only_the_quick_run_inside_pyodide_runs_a_share_of_each_sweep():
    assert sweep_share("pyodide") > 1
    assert {sweep_share(profile) for profile in ("default", "thorough", "pyodide-thorough")} == {1}


def test_a_sweep_keeps_a_quarter_of_its_cases_the_same_ones_every_time():
    kept = kept_cases(SWEEP, 4)
    assert len(kept) == 4 and kept <= set(SWEEP)
    assert kept_cases(list(reversed(SWEEP)), 4) == kept
    assert len(kept_cases(SWEEP[:5], 4)) == 2  # rounded up


def test_the_kept_cases_are_spread_over_both_languages():
    langs = {case.rsplit("-", 1)[1] for case in kept_cases(SWEEP, 4)}
    assert langs == {"en", "id"}


def test_a_short_sweep_or_a_whole_run_keeps_every_case():
    assert kept_cases(SWEEP[: SWEEP_MIN - 1], 4) == set(SWEEP[: SWEEP_MIN - 1])
    assert kept_cases(SWEEP, 1) == set(SWEEP)
