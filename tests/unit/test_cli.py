"""`thankyou` (installed) and `python -m thankyou`: text or JSON out; status 2 on bad input, with a
one-line error on stderr, or with ``--json`` the error object on stdout."""

import io
import json
import os
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
    assert "Send it by tomorrow morning, Friday, at 10:00 (23 hours left)." in out
    assert "If you have heard nothing, send one short, polite follow-up message on Thursday, 3 December 2026." in out


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


@pytest.mark.parametrize(
    ("argv", "stdin", "field", "code", "message"),
    [
        (["check", "--json"], "", "stage", "required", "Tahap wawancara wajib diisi."),
        (["check", "--json", "--lang", "en"], '{"stage": "brunch"}', "stage", "choice", "Interview stage: choose one of"),
        (["review", "--json", "--lang", "en", "--channel", "pigeon"], '{"body": "Dear Rina"}', "channel", "choice", "Sent by: choose one of"),
        (["check", "--json"], "{not json", "stdin", "json", "not valid JSON"),
        (["check", "--json"], "[1, 2]", "stdin", "object", "expected a JSON object"),
    ],
)
def test_invalid_input_with_json_is_an_error_object_on_stdout(argv, stdin, field, code, message, capsys):
    status, out = run(argv, stdin)
    error = json.loads(out)["error"]
    assert status == 2 and capsys.readouterr().err == ""
    assert set(json.loads(out)) == {"error"} and set(error) == {"field", "code", "message"}
    assert (error["field"], error["code"]) == (field, code)
    assert error["message"].startswith(message)  # naming the field, in the request's language


def test_version(capsys):
    import thankyou

    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"thankyou {thankyou.__version__}\n"


SUBPROCESS = pytest.mark.skipif(sys.platform == "emscripten", reason="Pyodide cannot start a subprocess")
# What `make setup` installs into the virtual environment beside this interpreter.
INSTALLED_SCRIPT = Path(sys.executable).parent / ("thankyou.exe" if sys.platform == "win32" else "thankyou")


def installed_env():
    """The environment of someone who followed the README: no PYTHONPATH pointing into the repository."""
    return {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}


@SUBPROCESS
def test_module_entry_point_has_no_traceback():
    result = subprocess.run(
        [sys.executable, "-m", "thankyou", "check", "--stage", "nope"],
        capture_output=True, text=True, env={"PYTHONPATH": str(PY_DIR)}, stdin=subprocess.DEVNULL, check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: stage:")


@SUBPROCESS
@pytest.mark.parametrize("command", [[str(INSTALLED_SCRIPT)], [sys.executable, "-m", "thankyou"]], ids=["script", "module"])
def test_installed_command_works_from_any_folder(command, tmp_path):
    assert INSTALLED_SCRIPT.exists(), f"{INSTALLED_SCRIPT} is missing: `make setup` installs the package into .venv"
    request = json.dumps({"stage": "screening", "lang": "en"})
    answer = subprocess.run([*command, "check", "--json"], input=request, capture_output=True, text=True,
                            cwd=tmp_path, env=installed_env(), check=False)
    assert (answer.returncode, answer.stderr) == (0, "")
    assert json.loads(answer.stdout)["verdict"] == "optional"

    invalid = subprocess.run([*command, "check", "--json", "--stage", "brunch", "--lang", "en"], capture_output=True,
                             text=True, cwd=tmp_path, env=installed_env(), stdin=subprocess.DEVNULL, check=False)
    assert (invalid.returncode, invalid.stderr) == (2, "")
    assert json.loads(invalid.stdout)["error"]["field"] == "stage"

    version = subprocess.run([*command, "--version"], capture_output=True, text=True, cwd=tmp_path,
                             env=installed_env(), check=False)
    assert version.returncode == 0 and version.stdout.startswith("thankyou ")


@SUBPROCESS
def test_a_pipe_closed_early_ends_the_command_quietly():
    # `thankyou draft ... | head -1`: the reader of the pipe has gone before the answer is written.
    process = subprocess.Popen(
        [sys.executable, "-m", "thankyou", "draft", "--lang", "en", "--name", "Ana", "--company", "Grab", "--role", "Analyst"],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={"PYTHONPATH": str(PY_DIR)},
    )
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.stderr.close()
    assert (process.wait(), stderr) == (141, "")
