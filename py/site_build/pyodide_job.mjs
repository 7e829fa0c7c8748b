// Runs Python under the pinned Pyodide in Node (the same interpreter the browser gets), for the
// build, the tests and the bench alike; started only through `site_build/pyodide_job.py`.
// Reads one JSON job on stdin:
//   {code | script, args, input, wheels: [paths], mounts: {"/in/pyodide": "/host"}, env, cwd,
//    stdlib: path or null, snapshot: path or null, filename: what tracebacks call `code`}
// boots Pyodide (with `stdlib` as its standard library when given), mounts the host folders,
// unpacks the wheels into site-packages, sets `env` and `cwd`, then runs `code` (or the file
// `script`, with `sys.argv = [script, ...args]`); `input`, any JSON value, is there as the JSON
// text `__job_input__`. Prints one JSON line: {ok, result | error, log}. The code's last
// expression must be a JSON string. With `snapshot`, the interpreter is started with
// `_makeSnapshot` and, after the code, its memory is written to that path.
// Nothing is imported that the job does not ask for: the build's job counts the modules loaded.
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
  if ((job.wheels || []).length) {
    const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
    for (const wheel of job.wheels) {
      pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel", { extractDir: sitePackages });
    }
    pyodide.runPython("import importlib; importlib.invalidate_caches()");
  }
  for (const [name, value] of Object.entries(job.env || {})) {
    pyodide.runPython(`import os; os.environ[${JSON.stringify(name)}] = ${JSON.stringify(value)}`);
  }
  if (job.cwd) pyodide.FS.chdir(job.cwd);
  if (job.input !== undefined) pyodide.globals.set("__job_input__", JSON.stringify(job.input));
  let code = job.code;
  let filename = job.filename || "<job>";
  if (job.script) {
    pyodide.globals.set("__job_args__", pyodide.toPy([job.script, ...(job.args || [])]));
    code = `import sys; sys.argv = list(__job_args__); del __job_args__\n` + readFileSync(job.script, "utf8");
    filename = job.script;
  }
  const result = await pyodide.runPythonAsync(code, { filename });
  if (job.snapshot) writeFileSync(job.snapshot, pyodide.makeMemorySnapshot());
  process.stdout.write(JSON.stringify({ ok: true, result: JSON.parse(result), log }) + "\n");
} catch (error) {
  process.stdout.write(JSON.stringify({ ok: false, error: String(error), log }) + "\n");
  process.exitCode = 1;
}
