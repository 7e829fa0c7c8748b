"""The guide is written in our own words: no run of 10 or more words copied from the source article.

Runs the team's shared checker (`shared/tools/seed_overlap.py`, beside the repository) over docs/.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKER = Path("shared", "tools", "seed_overlap.py")


def find_checker() -> Path | None:
    """shared/ sits beside the repository (CI: a copy beside the clone; here: a parent folder)."""
    for folder in ROOT.parents:
        if (folder / CHECKER).is_file():
            return folder / CHECKER
    return None


@pytest.mark.skipif(sys.platform == "emscripten", reason="reads files beside the repository")
def test_no_sentence_is_copied_from_the_source_article():
    checker = find_checker()
    if checker is None:
        if os.environ.get("CI"):
            pytest.fail(f"{CHECKER} not found beside the repository")
        pytest.skip(f"{CHECKER} is not beside this checkout")
    result = subprocess.run([sys.executable, str(checker), str(ROOT / "docs")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().endswith("0 copied run(s) of 10+ words"), result.stdout
