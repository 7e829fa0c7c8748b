// The Python worker: boots Pyodide once, in named stages, and hands each request to the package's
// worker shell (thankyou.worker: the JSON façade, and the reviewer's spelling lists). Requests are
// {id, op, payload}; replies {id, ok, result | error}; progress messages {progress: {stage,
// fraction}}. Only plain JSON crosses, never live objects.
// A failed boot replies with a `reason` code; the page shows Python's words for it.
// Served over http(s) this is a module worker; opened from disk (file://) the page starts the
// same file as a classic worker from a blob: URL and hands it the runtime's bytes (see below).

let booting = null;
// thankyou.worker.WorkerShell: answers each request, fetching the reviewer's spelling lists as asked.
let shell = null;

// The page's Content-Security-Policy (a meta tag) does not reach a worker, and a static host
// sends no header: the worker keeps itself to its own origin. fetch and XMLHttpRequest to
// anywhere else are refused; sockets and event streams are not needed at all.
const ownOrigin = self.location.origin;
const networkFetch = self.fetch.bind(self);
function ownOnly(input) {
  const url = new URL(input instanceof Request ? input.url : String(input), self.location.href);
  if (url.origin !== ownOrigin) throw new TypeError(`refused: ${url.origin} is not this site`);
}
// A download that stops sending bytes for options.stallMs (set by boot) is aborted, so a start that
// can never finish fails within seconds rather than at the page's boot timeout. The body is
// watched on a copy; Pyodide reads the response as it is.
let stallMs = 0;
let stalled = false;
self.fetch = async (input, init = {}) => {
  ownOnly(input);
  const controller = new AbortController();
  let timer = 0;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => { stalled = true; controller.abort(new Error(`stalled: no data for ${stallMs / 1000} s`)); }, stallMs);
  };
  arm();
  const response = await networkFetch(input, { ...init, signal: controller.signal }).finally(() => clearTimeout(timer));
  if (!response.body) return response;
  arm();
  const reader = response.clone().body.getReader();
  const watch = async () => { while (!(await reader.read()).done) arm(); };
  watch().catch(() => {}).finally(() => clearTimeout(timer));
  return response;
};
const openRequest = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) { ownOnly(url); return openRequest.call(this, method, url, ...rest); };
delete self.WebSocket;
delete self.EventSource;

function progress(stage, fraction) {
  self.postMessage({ progress: { stage, fraction } });
}

// While Python starts, Pyodide reports trouble on the console (a failed WebAssembly download only
// with console.warn, after which loadPyodide() never settles; Python's fatal-error dump on stderr)
// and leaves promises rejected. Kept here as the failure's detail instead: the page reports a
// failure once, in the reader's words. The warning about WebAssembly fails the start at once.
function quietBoot() {
  const lines = [];
  const saved = { error: console.error, warn: console.warn };
  let wasmFailed;
  const failed = new Promise((_, reject) => { wasmFailed = reject; });
  const keep = (...args) => {
    const text = args.map(String).join(" ");
    lines.push(text);
    if (text.includes("wasm instantiation failed")) wasmFailed(new Error("Python (WebAssembly) could not be loaded"));
  };
  console.error = keep;
  console.warn = keep;
  return {
    failed, lines, stderr: keep,
    // After a good start, what was said is passed on as warnings.
    restore: (ok) => { Object.assign(console, saved); if (ok) lines.forEach((line) => console.warn(line)); },
  };
}

// A rejection nobody awaited (Pyodide's own, after a failed start) is not the page's error.
self.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  console.warn("thankyou worker:", String(event.reason?.message || event.reason));
});

// A failed start: the reason code the page shows Python's words for, and what was met.
function failure(reason, error) {
  const failed = new Error(String(error?.message || error));
  failed.reason = reason;
  return failed;
}

// After a failed start only: what it met, as facts; Python's rules (options.failureRules, from
// thankyou.web.protocol) say which reason the first fact that holds means ("runtime" if none).
async function failureReason(options, url, error) {
  const unreachable = await self.fetch(url(options.lockFileURL), { cache: "no-store", method: "HEAD" }).then(() => false, () => true);
  const facts = {
    stalled: () => stalled,
    unreachable: () => unreachable,
    wasm: () => /WebAssembly|wasm/i.test(String(error?.message)),
    // The lock file unreadable, or the compiled standard library missing or changed.
    damaged: async () => {
      try {
        await (await self.fetch(url(options.lockFileURL), { cache: "no-cache" })).json();
        if (options.stdLibURL) await (await self.fetch(url(options.stdLibURL), { integrity: options.stdLibIntegrity, cache: "no-cache" })).arrayBuffer();
        return false;
      } catch {
        return true;
      }
    },
  };
  for (const [fact, reason] of options.failureRules) if (await facts[fact]()) return reason;
  return "runtime";
}

// The options are the build's (thankyou.web.protocol.RuntimeOptions), as the page had them: their
// paths are relative to the page's address (base).
async function boot({ options, base, disk }) {
  const url = (path) => path && new URL(path, base).href;
  stallMs = options.stallMs;
  progress("runtime", 0.1);
  if (disk) installDiskRuntime(disk);
  const watch = quietBoot();
  let pyodide;
  try {
    const indexURL = url(options.indexURL);
    const { loadPyodide } = await importRuntimeModule(indexURL + "pyodide.mjs");
    pyodide = await Promise.race([
      loadPyodide({
        indexURL,
        // Read here, so an unreadable lock file fails this start like any other damaged file
        // (Pyodide's own reading leaves a rejection behind that reaches the page as an error).
        lockFileContents: await (await self.fetch(url(options.lockFileURL))).json(),
        packageBaseUrl: indexURL,
        stdout: () => {},
        stderr: watch.stderr,
        // Under file://, pyodide.mjs would import pyodide.asm.mjs by its file:// URL: hand it the module.
        ...(served && { createPyodideModule: (await importRuntimeModule(indexURL + "pyodide.asm.mjs")).default }),
        // The compiled standard library (py/site_build/stdlib.py), holding our package too; a
        // module it lacks is fetched from the full one (py/site_build/stdlib_fallback.py).
        stdLibURL: url(options.stdLibURL),
        env: options.fullStdLibURL ? { THANKYOU_FULL_STDLIB: url(options.fullStdLibURL) } : {},
      }),
      watch.failed,
    ]);
  } catch (error) {
    watch.restore(false);
    const detail = [String(error?.message || error), ...watch.lines].join("\n");
    throw failure(await failureReason(options, url, error), detail);
  }
  watch.restore(true);
  pyodide.setStderr({ batched: (line) => console.warn(line) });
  progress("package", 0.8);
  // loadPackage reports a damaged or missing wheel through its callback, not by rejecting.
  const problems = [];
  try {
    if (options.install.length) {
      await pyodide.loadPackage(options.install, { messageCallback: () => {}, errorCallback: (text) => problems.push(text) });
    }
    // A wheel that failed its checksum is skipped, not fatal, for loadPackage: it is for us.
    if (problems.length) throw new Error(problems.join(" "));
    shell = pyodide.pyimport("thankyou.worker").WorkerShell.for_page(JSON.stringify(options), base);
  } catch (error) {
    throw failure("package", problems.length ? problems.join(" ") : error);
  }
  progress("ready", 1);
}

// ---- Opened from disk (file://) --------------------------------------------------------
// There fetch() and import() of file:// URLs are refused, so the page hands over every runtime
// file's bytes ({root, files: {site path: base64}}) and this worker serves them itself: fetch()
// answers from memory, modules are imported from blob: URLs. The same Pyodide and the same
// wheel run; only the loading differs.
let served = null;

const decodeBase64 = (text) => (Uint8Array.fromBase64 ? Uint8Array.fromBase64(text) : Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));

const CONTENT_TYPES = { wasm: "application/wasm", mjs: "text/javascript", js: "text/javascript", json: "application/json" };

const withoutQuery = (url) => String(url).split(/[?#]/)[0];

function installDiskRuntime({ root, files }) {
  served = new Map(Object.entries(files).map(([path, base64]) => [new URL(path, root).href, decodeBase64(base64)]));
  const ownFetch = self.fetch;
  self.fetch = async (input, init) => {
    const url = withoutQuery(new URL(input instanceof Request ? input.url : String(input), root));
    const bytes = served.get(url);
    if (!bytes) return ownFetch(input, init);
    const type = CONTENT_TYPES[url.split(".").pop()] || "application/octet-stream";
    return new Response(bytes, { status: 200, headers: { "Content-Type": type } });
  };
  // Pyodide refuses classic workers by probing importScripts; from here on this one only imports modules.
  self.importScripts = () => { throw new Error("importScripts is not used here"); };
}

// Each module is imported once, as the worker boots once.
async function importRuntimeModule(url) {
  if (!served) return import(url);
  const bytes = served.get(withoutQuery(url));
  if (!bytes) throw new Error(`${withoutQuery(url)} is not in the offline copy`);
  return import(URL.createObjectURL(new Blob([bytes], { type: "text/javascript" })));
}

self.onmessage = async ({ data: { id, op, payload } }) => {
  self.postMessage({ id, ack: true }); // alive: the page counts on this to notice a dead worker
  try {
    if (op === "boot") booting ??= boot(payload);
    else if (op !== "handle") throw new Error(`unknown operation ${op}`);
    if (!booting) throw new Error("the worker has not been booted");
    await booting;
    // The request goes to Python as JSON text and its answer comes back as JSON text (py/thankyou/worker.py).
    const result = op === "boot" ? true : JSON.parse(await shell.handle(JSON.stringify(payload)));
    self.postMessage({ id, ok: true, result });
  } catch (error) {
    self.postMessage({ id, ok: false, error: String(error?.message || error), reason: error?.reason });
  }
};
