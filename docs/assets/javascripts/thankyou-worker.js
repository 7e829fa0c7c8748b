// The Python worker: boots Pyodide once, in named stages, and answers requests with the
// package's JSON façade. Requests are {id, op, payload}; replies {id, ok, result | error};
// progress messages {progress: {stage, fraction}}. Only plain JSON crosses, never live objects.
// A failed boot replies with a `reason` code; the page shows Python's words for it.
// Served over http(s) this is a module worker; opened from disk (file://) the page starts the
// same file as a classic worker from a blob: URL and hands it the runtime's bytes (see below).

let booting = null;
let api = null;

// The page's Content-Security-Policy (a meta tag) does not reach a worker, and a static host
// sends no header: the worker keeps itself to its own origin. fetch and XMLHttpRequest to
// anywhere else are refused; sockets and event streams are not needed at all.
const ownOrigin = self.location.origin;
const networkFetch = self.fetch.bind(self);
function ownURL(input) {
  const url = new URL(input instanceof Request ? input.url : String(input), self.location.href);
  if (url.origin !== ownOrigin) throw new TypeError(`refused: ${url.origin} is not this site`);
  return url;
}
self.fetch = async (input, init) => { ownURL(input); return networkFetch(input, init); };
const openRequest = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) { ownURL(url); return openRequest.call(this, method, url, ...rest); };
delete self.WebSocket;
delete self.EventSource;

function progress(stage, fraction) {
  self.postMessage({ progress: { stage, fraction } });
}

// Pyodide 314 reports a failed WebAssembly download or compile only with console.warn and then
// never settles loadPyodide(); watch for that message so the page can say so at once.
function wasmFailure() {
  const warn = console.warn;
  const failed = new Promise((_, reject) => {
    console.warn = (...args) => {
      warn.apply(console, args);
      if (String(args[0]).includes("wasm instantiation failed")) reject(new Error("Python (WebAssembly) could not be loaded"));
    };
  });
  return { failed, restore: () => { console.warn = warn; } };
}

// A boot failure with the code the page turns into words: wasm | runtime | package.
function failure(reason, error) {
  const failed = new Error(String((error && error.message) || error));
  failed.reason = reason;
  return failed;
}

// The fast start (py/site_build/stdlib.py): a standard library compiled to bytecode at build
// time, holding our package too. Without it Pyodide uses its full source zip and our wheel.
// A module the compiled zip lacks is then fetched from the full one (py/site_build/stdlib_fallback.py).
function fastStartOptions(options) {
  if (!options.stdLibURL) return {};
  return { stdLibURL: options.stdLibURL, env: { THANKYOU_FULL_STDLIB: options.indexURL + "python_stdlib.zip" } };
}

// After a failed start only: is the compiled standard library (which holds the tools' packages)
// missing or not the file the build wrote? Then the reader hears "the tool's files are damaged".
async function stdLibDamaged(options) {
  if (!options.stdLibURL || !options.stdLibIntegrity || options.disk) return false;
  try {
    await (await fetch(options.stdLibURL, { integrity: options.stdLibIntegrity, cache: "no-cache" })).arrayBuffer();
    return false;
  } catch {
    return true;
  }
}

function packagesToInstall(options) {
  const bundled = options.stdLibURL ? options.stdLibPackages || [] : [];
  return options.packages.filter((name) => !bundled.includes(name));
}

async function boot(options) {
  progress("runtime", 0.1);
  if (options.disk) installDiskRuntime(options.disk);
  let pyodide;
  const watch = wasmFailure();
  try {
    const { loadPyodide } = await importRuntimeModule(options.indexURL + "pyodide.mjs");
    pyodide = await Promise.race([
      loadPyodide({
        indexURL: options.indexURL,
        lockFileURL: options.lockFileURL,
        packageBaseUrl: options.indexURL,
        ...(await diskLoadOptions(options)),
        ...fastStartOptions(options),
      }),
      watch.failed,
    ]);
  } catch (error) {
    if (/WebAssembly|wasm/i.test(String(error && error.message))) throw failure("wasm", error);
    throw failure((await stdLibDamaged(options)) ? "package" : "runtime", error);
  } finally {
    watch.restore();
  }
  progress("package", 0.8);
  // loadPackage reports a damaged or missing wheel through its callback, not by rejecting.
  const problems = [];
  try {
    const packages = packagesToInstall(options);
    if (packages.length) {
      await pyodide.loadPackage(packages, { messageCallback: () => {}, errorCallback: (text) => problems.push(text) });
    }
    // A wheel that failed its checksum is skipped, not fatal, for loadPackage: it is for us.
    if (problems.length) throw new Error(problems.join(" "));
    api = pyodide.pyimport("thankyou.api");
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
let disk = null;

function decodeBase64(text) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const CONTENT_TYPES = { wasm: "application/wasm", mjs: "text/javascript", js: "text/javascript", json: "application/json" };

function withoutQuery(url) {
  const clean = new URL(url);
  clean.search = "";
  clean.hash = "";
  return clean.href;
}

function installDiskRuntime({ root, files }) {
  const served = new Map(Object.entries(files).map(([path, base64]) => [new URL(path, root).href, decodeBase64(base64)]));
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
  disk = { served, modules: new Map() };
}

async function importRuntimeModule(url) {
  if (!disk) return import(url);
  const key = withoutQuery(url);
  if (!disk.modules.has(key)) {
    const bytes = disk.served.get(key);
    if (!bytes) throw new Error(`${key} is not in the offline copy`);
    disk.modules.set(key, URL.createObjectURL(new Blob([bytes], { type: "text/javascript" })));
  }
  return import(disk.modules.get(key));
}

// pyodide.mjs would import pyodide.asm.mjs by its file:// URL: hand it the module instead.
async function diskLoadOptions(options) {
  if (!disk) return {};
  return { createPyodideModule: (await importRuntimeModule(options.indexURL + "pyodide.asm.mjs")).default };
}

const operations = {
  async boot(payload) {
    booting ??= boot(payload);
    await booting;
    return true;
  },
  async handle(payload) {
    if (!booting) throw new Error("the worker has not been booted");
    await booting;
    return JSON.parse(api.handle_json(JSON.stringify(payload)));
  },
};

self.onmessage = async ({ data: { id, op, payload } }) => {
  try {
    if (!Object.hasOwn(operations, op)) throw new Error(`unknown operation ${op}`);
    const result = await operations[op](payload);
    self.postMessage({ id, ok: true, result });
  } catch (error) {
    self.postMessage({ id, ok: false, error: String((error && error.message) || error), reason: error && error.reason });
  }
};
