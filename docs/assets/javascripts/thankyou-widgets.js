// Transport between the tools' forms and the Python worker. It holds no advice and makes no
// decision: it sends a form's raw values to Python and puts Python's answer (escaped HTML and
// per-field error messages, all in the reader's language) into the page. Each tool's root
// element carries data-state = loading | ready | error, for readers' eyes and for tests.
(() => {
  "use strict";

  const BOOT_TIMEOUT_MS = 120000;
  const REQUEST_TIMEOUT_MS = 20000;
  const TYPING_DELAY_MS = 150;

  // One worker per page session, kept across Material's instant navigation.
  let runtime = null;

  function startRuntime(options) {
    if (runtime) return runtime;
    const base = document.baseURI;
    const absolute = (url) => new URL(url, base).href;
    const worker = new Worker(absolute(options.worker), { type: "module" });
    const current = { worker, pending: new Map(), nextId: 1, listeners: new Set() };
    worker.onmessage = ({ data }) => {
      if (data.progress) {
        current.listeners.forEach((listener) => listener(data.progress));
        return;
      }
      const waiting = current.pending.get(data.id);
      if (!waiting) return;
      current.pending.delete(data.id);
      data.ok ? waiting.resolve(data.result) : waiting.reject(new Error(data.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(current, new Error(event.message || "the worker stopped"));
    };
    current.ready = send(current, "boot", {
      indexURL: absolute(options.indexURL),
      lockFileURL: absolute(options.lockFileURL),
      packages: options.packages,
    }, BOOT_TIMEOUT_MS);
    current.ready.catch((error) => fail(current, error));
    runtime = current;
    return current;
  }

  function fail(current, error) {
    current.pending.forEach((waiting) => waiting.reject(error));
    current.pending.clear();
    current.worker.terminate();
    if (runtime === current) runtime = null;
  }

  function send(current, op, payload, timeout = REQUEST_TIMEOUT_MS) {
    const id = current.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        current.pending.delete(id);
        reject(new Error(`no answer after ${timeout / 1000} s`));
      }, timeout);
      current.pending.set(id, {
        resolve: (value) => { clearTimeout(timer); resolve(value); },
        reject: (error) => { clearTimeout(timer); reject(error); },
      });
      current.worker.postMessage({ id, op, payload });
    });
  }

  // The form's raw values: every named control's values, as lists of strings.
  function formValues(form) {
    const values = {};
    for (const control of form.elements) {
      if (!control.name || control.disabled) continue;
      if ((control.type === "checkbox" || control.type === "radio") && !control.checked) continue;
      (values[control.name] ??= []).push(control.value);
    }
    return values;
  }

  // What only the page knows: the reader's clock and time zone.
  function clientContext() {
    const now = new Date();
    return {
      now: now.toISOString(),
      tz: Intl.DateTimeFormat().resolvedOptions().timeZone || "",
      offset: -now.getTimezoneOffset(),
    };
  }

  function show(root, view) {
    const errors = view.errors || {};
    const slots = new Set();
    root.querySelectorAll("[data-error-for]").forEach((slot) => {
      const name = slot.dataset.errorFor;
      slots.add(name);
      slot.textContent = errors[name] || "";
      root.querySelectorAll(`[name="${CSS.escape(name)}"]`).forEach((control) => {
        errors[name] ? control.setAttribute("aria-invalid", "true") : control.removeAttribute("aria-invalid");
      });
    });
    const unplaced = Object.keys(errors).filter((name) => !slots.has(name)).map((name) => errors[name]);
    const formSlot = root.querySelector('[data-error-for="form"]');
    if (formSlot && unplaced.length) formSlot.textContent = unplaced.join(" ");
    const hidden = new Set(view.hidden || []);
    root.querySelectorAll("[data-field]").forEach((field) => {
      field.hidden = hidden.has(field.dataset.field);
    });
    if (typeof view.html === "string") {
      root.querySelector("[data-output]").innerHTML = view.html;
    }
  }

  function setState(root, state, detail = "") {
    root.dataset.state = state;
    const failure = root.querySelector("[data-failure]");
    if (failure) failure.textContent = detail;
  }

  function bind(root) {
    if (root.dataset.bound) return;
    root.dataset.bound = "true";
    const options = JSON.parse(root.dataset.runtime);
    const form = root.querySelector("form");
    const progressBar = root.querySelector("[data-progress]");
    let latest = 0;
    let answered = false;

    const onProgress = ({ stage, fraction }) => {
      root.dataset.stage = stage;
      if (progressBar) progressBar.value = fraction;
    };

    const update = async () => {
      const ticket = ++latest;
      try {
        const current = startRuntime(options);
        const view = await send(current, "handle", {
          op: "view",
          tool: root.dataset.tool,
          lang: root.dataset.lang,
          link_base: root.dataset.linkBase,
          form: formValues(form),
          context: clientContext(),
        });
        if (ticket !== latest) return;
        if (view.error) {
          show(root, { errors: { form: view.error.message } });
          return;
        }
        show(root, view);
        if (!answered) {
          answered = true;
          performance.mark(`thankyou:first-answer:${root.dataset.tool}`);
        }
        root.dataset.answered = String(ticket);
      } catch (error) {
        if (ticket === latest) setState(root, "error", error.message);
      }
    };

    const start = () => {
      setState(root, "loading");
      const current = startRuntime(options);
      current.listeners.add(onProgress);
      current.ready.then(
        () => { setState(root, "ready"); update(); },
        (error) => setState(root, "error", error.message),
      );
    };

    let timer = 0;
    form.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(update, TYPING_DELAY_MS);
    });
    form.addEventListener("change", () => { clearTimeout(timer); update(); });
    form.addEventListener("submit", (event) => { event.preventDefault(); update(); });
    root.querySelector('[data-action="retry"]')?.addEventListener("click", start);
    start();
  }

  function bindAll() {
    document.querySelectorAll(".ty-widget[data-tool]").forEach(bind);
  }

  // Material's instant navigation swaps pages without reloading scripts: it announces each new
  // page on document$. Without it (or before it exists), bind once the document is parsed.
  if (window.document$) {
    window.document$.subscribe(bindAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", bindAll);
  } else {
    bindAll();
  }
})();
