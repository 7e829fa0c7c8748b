// Build time only: run a Python script under the pinned Pyodide in Node (the same interpreter
// the browser gets). Reads one JSON job on stdin: {script, args, mounts: {"/in/pyodide": "/host"},
// stdlib: URL or null, snapshot: path or null}; mounts the host folders, runs
// `script` with `sys.argv = [script, ...args]` and prints one JSON line: {ok, result | error}.
// The script's last expression must be a JSON string. With `snapshot`, the interpreter is
// started with `_makeSnapshot` and, after the script, its memory is written to that path.
import { readFileSync, writeFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const job = JSON.parse(readFileSync(0, "utf8"));
const log = [];
const pyodide = await loadPyodide({
  stdout: (line) => log.push(line),
  stderr: (line) => log.push(line),
  stdLibURL: job.stdlib || undefined,
  _makeSnapshot: Boolean(job.snapshot),
});
try {
  for (const [target, source] of Object.entries(job.mounts || {})) {
    pyodide.FS.mkdirTree(target);
    pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: source }, target);
  }
  pyodide.globals.set("__job_args__", pyodide.toPy([job.script, ...(job.args || [])]));
  const code = `import sys; sys.argv = list(__job_args__); del __job_args__\n` + readFileSync(job.script, "utf8");
  const result = await pyodide.runPythonAsync(code, { filename: job.script });
  if (job.snapshot) writeFileSync(job.snapshot, pyodide.makeMemorySnapshot());
  process.stdout.write(JSON.stringify({ ok: true, result: JSON.parse(result), log }) + "\n");
} catch (error) {
  process.stdout.write(JSON.stringify({ ok: false, error: String(error), log }) + "\n");
  process.exitCode = 1;
}
