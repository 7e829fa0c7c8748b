// Runs Python under real Pyodide in Node, from the pinned npm package. Reads one JSON job on
// stdin: {wheels: [paths], mounts: {"/in/pyodide": "/host/dir"}, cwd, env, code}; installs the
// wheels into site-packages, mounts the host folders, runs `code`, and prints one JSON line:
// {ok, result | error}. `code`'s last expression must be a JSON string.
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const job = JSON.parse(readFileSync(0, "utf8"));
const log = [];
const pyodide = await loadPyodide({
  stdout: (line) => log.push(line),
  stderr: (line) => log.push(line),
});
try {
  const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
  for (const wheel of job.wheels || []) {
    pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel", { extractDir: sitePackages });
  }
  for (const [target, source] of Object.entries(job.mounts || {})) {
    pyodide.FS.mkdirTree(target);
    pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: source }, target);
  }
  pyodide.runPython(`import importlib, os; importlib.invalidate_caches()`);
  for (const [name, value] of Object.entries(job.env || {})) {
    pyodide.runPython(`import os; os.environ[${JSON.stringify(name)}] = ${JSON.stringify(value)}`);
  }
  if (job.cwd) pyodide.FS.chdir(job.cwd);
  const result = await pyodide.runPythonAsync(job.code);
  process.stdout.write(JSON.stringify({ ok: true, result: JSON.parse(result), log }) + "\n");
} catch (error) {
  process.stdout.write(JSON.stringify({ ok: false, error: String(error), log }) + "\n");
  process.exitCode = 1;
}
