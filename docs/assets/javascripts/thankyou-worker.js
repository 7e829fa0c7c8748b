// The Python worker: boots Pyodide once, in named stages, and answers requests with the
// package's JSON façade. Requests are {id, op, payload}; replies {id, ok, result | error};
// progress messages {progress: {stage, fraction}}. Only plain JSON crosses, never live objects.

let booting = null;
let api = null;

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

// The fast start (py/site_build/stdlib.py): a standard library compiled to bytecode at build
// time, holding our package too. Without it Pyodide uses its full source zip and our wheel.
// A module the compiled zip lacks is then fetched from the full one (py/site_build/stdlib_fallback.py).
function fastStartOptions(options) {
  if (!options.stdLibURL) return {};
  return { stdLibURL: options.stdLibURL, env: { THANKYOU_FULL_STDLIB: options.indexURL + "python_stdlib.zip" } };
}

function packagesToInstall(options) {
  const bundled = options.stdLibURL ? options.stdLibPackages || [] : [];
  return options.packages.filter((name) => !bundled.includes(name));
}

async function boot(options) {
  progress("runtime", 0.1);
  const { loadPyodide } = await import(options.indexURL + "pyodide.mjs");
  const watch = wasmFailure();
  let pyodide;
  try {
    pyodide = await Promise.race([
      loadPyodide({
        indexURL: options.indexURL,
        lockFileURL: options.lockFileURL,
        packageBaseUrl: options.indexURL,
        ...fastStartOptions(options),
      }),
      watch.failed,
    ]);
  } finally {
    watch.restore();
  }
  progress("package", 0.8);
  const packages = packagesToInstall(options);
  if (packages.length) await pyodide.loadPackage(packages, { messageCallback: () => {} });
  api = pyodide.pyimport("thankyou.api");
  progress("ready", 1);
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
    self.postMessage({ id, ok: false, error: String((error && error.message) || error) });
  }
};
