"""One way to run Python under the pinned Pyodide in Node, shared by the build, the tests and the bench.

The build compiles the tools' standard library with it (``site_build.stdlib``), the tests run the
package and the unit suite inside Pyodide with it (``tests/pyodide``), and the bench writes its
snapshot with it (``bench/pages.py``). Each job starts ``pyodide_job.mjs`` in Node once, with one
JSON job on stdin (see that file for the fields), and gets back the value of the job's last
expression (a JSON string, decoded here) and what Python printed meanwhile.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from site_build.runtime import ROOT, RuntimeError_

RUNNER = Path(__file__).resolve().with_name("pyodide_job.mjs")


class PyodideJobError(RuntimeError_):
    """A job that did not finish: Node missing, Pyodide failing to start, or the Python raising."""

    def __init__(self, message: str, log: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.error = message
        self.log = log

    def __str__(self) -> str:
        tail = "\n".join(self.log[-30:])
        return f"{self.error}\n{tail}" if tail else self.error


@dataclass(frozen=True)
class JobReply:
    result: object  # the job's last expression, decoded from JSON
    log: tuple[str, ...]  # what Python (and Pyodide) printed, stdout and stderr, line by line


def run_job(
    *,
    code: str | None = None,
    filename: str | None = None,
    script: Path | None = None,
    args: Iterable[str] = (),
    input: object = None,  # noqa: A002 - the job's own name for it
    wheels: Iterable[Path] = (),
    mounts: Mapping[str, Path] | None = None,
    env: Mapping[str, str] | None = None,
    cwd: str | None = None,
    stdlib: Path | None = None,
    snapshot: Path | None = None,
    timeout: float = 900,
) -> JobReply:
    """Run ``code`` (``filename`` in its tracebacks) or the file ``script`` (``args`` its ``sys.argv``) under Pyodide.

    ``input`` is handed to the code as the JSON text ``__job_input__``; ``wheels`` are unpacked
    into site-packages; ``mounts`` maps folders inside Pyodide to host folders; ``stdlib`` replaces
    Pyodide's standard library zip; ``snapshot`` is where the interpreter's memory is written after
    the code. Raises :class:`PyodideJobError` when the job does not finish with a value.
    """
    if (code is None) == (script is None):
        raise ValueError("a Pyodide job runs either code or a script")
    node = shutil.which("node")
    if node is None:
        raise PyodideJobError("Node.js is needed to run Python under Pyodide: install `nodejs`.")
    job: dict[str, object] = {
        "wheels": [str(wheel) for wheel in wheels],
        "mounts": {target: str(source) for target, source in (mounts or {}).items()},
        "env": dict(env or {}),
    }
    if code is not None:
        job["code"] = code
        if filename is not None:
            job["filename"] = filename
    else:
        job["script"] = str(script)
        job["args"] = list(args)
    if input is not None:
        job["input"] = input
    if cwd is not None:
        job["cwd"] = cwd
    if stdlib is not None:
        job["stdlib"] = str(stdlib)
    if snapshot is not None:
        job["snapshot"] = str(snapshot)
    try:
        completed = subprocess.run(
            [node, str(RUNNER)], input=json.dumps(job), capture_output=True, text=True, cwd=ROOT, timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise PyodideJobError(f"the Pyodide job did not finish within {timeout:g} s") from error
    last = (completed.stdout.strip().splitlines() or [""])[-1]
    try:
        reply = json.loads(last)
    except ValueError:
        stderr = completed.stderr.strip().splitlines() or ["no output"]
        raise PyodideJobError(f"the Pyodide job printed no reply: {stderr[-1]}", tuple(stderr[-30:])) from None
    log = tuple(reply.get("log", ()))
    if not reply.get("ok"):
        raise PyodideJobError(reply.get("error", "the Pyodide job failed"), log)
    return JobReply(reply["result"], log)
