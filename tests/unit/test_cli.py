"""`python -m thankyou`: text or JSON out; a one-line error and status 2 on bad input."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from thankyou.cli import main

PY_DIR = Path(__file__).resolve().parents[2] / "py"


class Stdin(io.StringIO):
    def isatty(self):
        return False


def run(argv, stdin_text=""):
    out = io.StringIO()
    status = main(argv, stdin=Stdin(stdin_text), stdout=out)
    return status, out.getvalue()


def test_flags_give_text_advice():
    status, out = run(["check", "--stage", "final", "--lang", "en", "--ended-at", "2026-11-26T10:00+07:00", "--now", "2026-11-26T11:00+07:00"])
    assert status == 0
    assert out.splitlines()[0] == "Yes, send one. In this situation a thank-you email is expected."
    assert "Send it by Friday, 27 November 2026 at 10:00. (23 hours left)" in out
    assert "If you have heard nothing, send one short, polite follow-up email on Thursday, 3 December 2026." in out


def test_every_key_has_a_flag():
    status, out = run([
        "check", "--json", "--stage", "screening", "--format", "in_person", "--interviewer", "hiring_manager:Rina Wijaya",
        "--interviewer", ":Budi", "--interviewer", "colleague", "--ended-at", "2026-03-27T16:00+01:00",
        "--interviewer-tz", "Europe/Amsterdam", "--reader-tz", "Asia/Jakarta", "--contact", "recruiter_only",
        "--setting", "local", "--status", "waiting", "--decision-by", "2026-04-03", "--holiday", "2026-04-06",
        "--holiday", "2026-04-07", "--competitive", "--hesitation", "desperate", "--hesitation", "no_email",
        "--now", "2026-03-27T18:00+01:00", "--lang", "en",
    ])
    answer = json.loads(out)
    assert status == 0
    assert answer["recipients"] == [{"name": "Rina Wijaya", "role": "hiring_manager"}, {"name": "Budi", "role": None},
                                    {"name": "", "role": "colleague"}]
    assert (answer["verdict"], answer["channel"], answer["interviewer_tz"]) == ("recommended", "through_recruiter", "Europe/Amsterdam")
    assert answer["deadline"] == "2026-03-30T15:00:00+07:00"
    assert answer["follow_up_on"] == "2026-04-14"  # five working days after Friday 3 April, skipping the two holidays given
    assert [item["code"] for item in answer["hesitations"]] == ["desperate", "no_email"]


def test_stdin_json_and_json_output():
    status, out = run(["check", "--json"], json.dumps({"stage": "screening", "lang": "en"}))
    assert status == 0
    assert json.loads(out)["verdict"] == "optional"


def test_flags_override_stdin():
    status, out = run(["check", "--json", "--stage", "final"], json.dumps({"stage": "screening"}))
    assert json.loads(out)["verdict"] == "send"


@pytest.mark.parametrize(
    ("argv", "stdin", "line"),
    [
        (["check"], "", "error: stage: Tahap wawancara wajib diisi."),
        (["check", "--lang", "en"], '{"stage": "brunch"}', "error: stage: Interview stage: choose one of"),
        (["check"], "{not json", "error: stdin: not valid JSON"),
        (["check"], "[1, 2]", "error: stdin: expected a JSON object"),
    ],
)
def test_invalid_input_is_one_line_and_status_2(argv, stdin, line, capsys):
    status, out = run(argv, stdin)
    err = capsys.readouterr().err
    assert status == 2 and out == ""
    assert err.startswith(line) and err.count("\n") == 1


@pytest.mark.skipif(sys.platform == "emscripten", reason="Pyodide cannot start a subprocess")
def test_module_entry_point_has_no_traceback():
    result = subprocess.run(
        [sys.executable, "-m", "thankyou", "check", "--stage", "nope"],
        capture_output=True, text=True, env={"PYTHONPATH": str(PY_DIR)}, stdin=subprocess.DEVNULL, check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: stage:")
