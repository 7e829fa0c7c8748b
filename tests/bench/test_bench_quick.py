"""`make bench QUICK=1` runs end to end and writes its JSON file. No timing is asserted: the bench
measures, the tests only check that it still can."""

import json
import os

import pytest

# The bench is a tool for people, run by `make bench`; this check of it (a minute and a half on two
# cores) runs with the release checks, `make test-thorough`, and keeps `make test` within 10 minutes.
THOROUGH = os.environ.get("HYPOTHESIS_PROFILE", "default").endswith("thorough")


@pytest.mark.e2e
@pytest.mark.skipif(not THOROUGH, reason="the bench's own check runs under `make test-thorough`")
def test_quick_bench_runs_and_writes_its_results(tmp_path, built_site, run_command):
    out = tmp_path / "bench.json"
    # The session's build (tests/conftest.py), copied: no second build of the same site. `-o setup`:
    # the run has set up already, and a test never installs (a checkout sharing another's .venv and
    # node_modules through links would otherwise reinstall them over the links when its stamps look old).
    completed = run_command(
        ["make", "--no-print-directory", "-o", "setup", "bench", "QUICK=1", f"BENCH_OUT={out}", f"BENCH_SITE={tmp_path / 'site'}",
         f"BENCH_BUILT={built_site}"], timeout=1200,
    )
    results = json.loads(out.read_text(encoding="utf-8"))
    for name in ("floor", "baseline", "cold", "warm_same_page", "warm_second_tool", "cold_phone", "baseline_phone"):
        assert results["times"][name]["n"] == 1, name
    assert results["latency"]["check"]["n"] > 0
    assert {goal["goal"] for goal in results["goals"]} >= {"cold ÷ baseline (127.0.0.1)", "Pyodide bytes on a guide page"}
    assert results["machine"]["chromium"]
    assert "cold ÷ baseline" in completed.stdout
