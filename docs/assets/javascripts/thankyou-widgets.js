// The page's side of the tools, in three parts: the runtime client (requests to the Python
// worker and how they fail), the file:// loader, and the DOM applier. It holds no advice and
// makes no decision: it sends a form's raw values to Python and puts Python's answer (escaped
// HTML, errors keyed by their slots, what to set, all in the reader's language) into the page.
// Around that, a few generic mechanics, all driven by attributes Python renders:
//   data-state = loading | ready | error   on each tool's root, for readers' eyes and for tests
//   data-answered / data-replied = N       the latest request that gave an answer / any reply
//   data-action = retry | forget | add | remove | copy | step   buttons; forget, add, remove and
//                                          step go to Python as the view's event (thankyou.web.events),
//                                          which answers with what to set: {values, groups, focus}
//   data-event=<JSON>                      the event add, remove and step send, as Python rendered it
//   data-repeat / data-repeat-items       repeatable groups of fields (one per interviewer)
//   data-copy-from="#id"                   copy that element's text; the button is data-copied a moment
//   data-select-range="start end" data-range-field="name"   select that range (UTF-16) in a field
//                                          (and move the caret there on a click, unless data-keep-focus)
//   data-action="replace" data-replace-range="start end" data-replace-field="name"
//     data-replace-from="text" data-replace-with="text"    put Python's fix in that range (if the
//                                          field still holds that text there), then re-run
//   data-refresh="60"                      re-run the tool every 60 s (a countdown)
//   data-answer-bar / data-show-answer     the answer in one line (Python's view.bar) and the
//                                          button that scrolls to the answer and focuses it
//   form="ty-TOOL-form"                    a control in the answer that belongs to the form: its
//                                          values travel with the form's, its edits re-run the tool
//   data-keep="key" [data-keep-set]        an element a new answer does not re-create: the one on
//                                          the page stays (caret, selection, focus, scroll, IME), the
//                                          answer is put around it; with data-keep-set it takes the
//                                          answer's text, unless the reader typed since the request
//   data-action="share" data-share-from="#id"  the phone's share sheet with that element's text
//                                          (shown only where the browser has one)
//   data-memory-key / data-forget          the localStorage key of the tool's values / the prefix
//                                          a forget button clears (thankyou.web.protocol)
//   #prefill=<JSON form values>            a link from another tool fills this form: Python reads it,
//                                          with what this device stored, in the first view
// What the reader types is kept in localStorage on this device only, as they type.
(() => {
  "use strict";

  // Tool pages load this script twice: early, right after the tool (py/site_build/preload.py), so
  // Python starts before Material's own scripts run, and again where Material puts every script.
  if (window.thankyouWidgetsLoaded) return;
  window.thankyouWidgetsLoaded = true;

  // ---- The runtime client: requests to the Python worker, and how they fail ---------------

  // One worker per page session, kept across Material's instant navigation.
  let runtime = null;

  // The build's options (data-runtime, thankyou.web.protocol.RuntimeOptions) go to the worker as
  // they are, with the page's address their paths are relative to; their waits are the page's too.
  function startRuntime(options) {
    if (runtime) return runtime;
    const current = { options, worker: null, pending: new Map(), nextId: 1, listeners: new Set() };
    const boot = { options, base: document.baseURI };
    const worker = fromDisk ? diskWorker(boot) : new Worker(new URL(options.worker, boot.base), { type: "module" });
    current.started = Promise.resolve(worker).then((worker) => {
      if (current.failed) { worker.terminate(); throw current.failed; }
      current.worker = worker;
      worker.onmessage = ({ data }) => receive(current, data);
      worker.onerror = (event) => {
        event.preventDefault();
        fail(current, failure("stopped", event.message || "the worker stopped"));
      };
      return worker;
    }, (error) => { throw failure("bundle", error); });
    current.ready = send(current, "boot", boot, options.bootTimeoutMs);
    current.ready.then(() => {
      current.booted = true;
      document.dispatchEvent(new CustomEvent("thankyou:runtime-ready"));
    }, (error) => fail(current, error));
    runtime = current;
    return current;
  }

  function receive(current, { id, progress, ack, ok, result, error, reason }) {
    if (progress) return current.listeners.forEach((listener) => listener(progress));
    const waiting = current.pending.get(id);
    if (!waiting) return;
    if (ack) return waiting.alive();
    current.pending.delete(id);
    ok ? waiting.resolve(result) : waiting.reject(failure(reason || "runtime", error));
  }

  // An error with a reason code (wasm | runtime | package | timeout | stopped | bundle): the
  // page shows the widget's words for that code, rendered by Python.
  function failure(reason, error) {
    const failed = new Error(String(error?.message || error));
    failed.reason = error?.reason || reason;
    return failed;
  }

  // Every request waiting is refused with the error; the next request (or "retry") starts a new worker.
  function fail(current, error) {
    current.failed = error;
    current.pending.forEach((waiting) => waiting.reject(error));
    current.pending.clear();
    current.worker?.terminate();
    if (runtime === current) runtime = null;
  }

  function send(current, op, payload, timeout = current.options.requestTimeoutMs) {
    const id = current.nextId++;
    return new Promise((resolve, reject) => {
      // A worker that does not answer is stopped.
      const timer = setTimeout(() => fail(current, failure("timeout", `no answer after ${timeout / 1000} s`)), timeout);
      // A started worker acknowledges each request on arrival; one that does not has stopped. Checked
      // when the worker is idle (no request ahead of this one), so a long answer is no false alarm.
      const silent = current.booted && !current.pending.size && setTimeout(() => fail(current, failure("stopped", "the worker did not take the request")), current.options.aliveMs);
      const settled = (then) => (value) => {
        clearTimeout(timer);
        clearTimeout(silent);
        then(value);
      };
      current.pending.set(id, { alive: () => clearTimeout(silent), resolve: settled(resolve), reject: settled(reject) });
      current.started.then((worker) => worker.postMessage({ id, op, payload }), (error) => current.pending.get(id)?.reject(error));
    });
  }

  // ---- The file:// loader -----------------------------------------------------------------
  // Module workers and fetch() are refused there, classic <script src> files are not. The build
  // wrote every runtime file as a classic script holding its bytes, and the worker's source as
  // text (py/site_build/offline.py); load them, start the worker from a blob: URL of its source
  // and hand it the bytes with the boot request. Material's file:// shim replaces window.Worker, so use the
  // browser's own, kept aside (native-worker.js).
  const fromDisk = location.protocol === "file:";

  function loadScript(url) {
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = url;
      script.onload = () => { script.remove(); resolve(); };
      script.onerror = () => { script.remove(); reject(new Error(`${url} could not be loaded`)); };
      document.head.append(script);
    });
  }

  async function diskWorker(boot) {
    const index = new URL(boot.options.offline, boot.base).href;
    await loadScript(index);
    const { manifest } = window.thankyouOffline;
    await Promise.all(Object.values(manifest.files).map((name) => loadScript(new URL(name, index).href)));
    const { files, worker } = window.thankyouOffline;
    // The bytes go to the worker; the page keeps no copy of its own.
    delete window.thankyouOffline;
    if (!worker) throw new Error("the worker is not in the offline copy");
    boot.disk = { root: new URL(manifest.root, index).href, files };
    const NativeWorker = window.thankyouNativeWorker || window.Worker;
    return new NativeWorker(URL.createObjectURL(new Blob([worker], { type: "text/javascript" })));
  }

  // ---- The DOM applier: what Python decided, put into the page -----------------------------

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

  // Put back what Python decided (thankyou.web.restore, thankyou.web.events): each named group
  // gets exactly the items Python rendered, each named control its value; a control the values
  // do not name keeps what it has.
  function applyValues(root, { values, groups, focus }) {
    for (const [name, html] of Object.entries(groups)) {
      const items = root.querySelector(`[data-repeat="${CSS.escape(name)}"] [data-repeat-items]`);
      if (items) items.innerHTML = html;
    }
    for (const control of root.querySelector("form").elements) {
      const saved = control.name && values[control.name];
      if (!saved) continue;
      if (control.type === "checkbox" || control.type === "radio") control.checked = saved.includes(control.value);
      else control.value = saved[0] ?? "";
    }
    if (focus) root.querySelector(`[name="${CSS.escape(focus)}"]`)?.focus();
  }

  // ---- Memory on this device, under the keys Python names (data-memory-key, data-forget) ----

  // The browser may refuse storage (site data blocked): then nothing is read, stored or removed.
  function stored(use, otherwise = null) {
    try {
      return use(localStorage);
    } catch {
      return otherwise;
    }
  }
  const forgetStored = (prefix) => stored((storage) => Object.keys(storage).filter((key) => key.startsWith(prefix)).forEach((key) => storage.removeItem(key)));

  function showMemoryNote(root, which) {
    root.querySelectorAll("[data-memory-note]").forEach((note) => {
      note.hidden = note.dataset.memoryNote !== which;
    });
  }

  // ---- Showing an answer ----------------------------------------------------------------

  // Python keys each error by the slot it goes in (thankyou.web.view); every other slot is emptied.
  function show(root, view, sent = {}) {
    const errors = view.errors || {};
    root.querySelectorAll("[data-error-for]").forEach((slot) => {
      const name = slot.dataset.errorFor;
      slot.textContent = errors[name] || "";
      root.querySelectorAll(`[name="${CSS.escape(name)}"]`).forEach((control) => {
        errors[name] ? control.setAttribute("aria-invalid", "true") : control.removeAttribute("aria-invalid");
      });
    });
    const hidden = new Set(view.hidden || []);
    root.querySelectorAll("[data-field]").forEach((field) => {
      field.hidden = hidden.has(field.dataset.field);
    });
    // An unchanged answer (a periodic refresh, say) is left alone, so a screen reader does not
    // read the live region again and the reader's focus inside it stays where it is.
    const output = root.querySelector("[data-output]");
    if (typeof view.html === "string" && view.html !== output.thankyouShown) {
      if (output.querySelector("[data-keep]")) showKeeping(output, view.html, sent);
      else output.innerHTML = view.html;
      output.thankyouShown = view.html;
    }
    const bar = root.querySelector("[data-answer-bar]");
    if (bar && typeof view.bar === "string") bar.innerHTML = view.bar;
    // Whether the browser has a share sheet is the one thing decided here: Python renders the buttons hidden.
    root.querySelectorAll('[data-action="share"]').forEach((button) => { button.hidden = !navigator.share; });
  }

  // The answer bar's button: the answer into view, and the focus with it.
  function showAnswer(root) {
    const output = root.querySelector("[data-output]");
    output.scrollIntoView({ block: "start" });
    output.focus({ preventScroll: true });
  }

  // ---- Elements kept across answers (data-keep) -----------------------------------------
  // The new answer is put in place around each kept element, which is never taken out of the
  // page: a field the reader is typing in keeps its caret, selection, focus, scroll and IME.

  function keyOf(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) return "";
    return node.dataset.keep || node.querySelector("[data-keep]")?.dataset.keep || "";
  }

  function showKeeping(output, html, sent) {
    const fresh = document.createElement("template");
    fresh.innerHTML = html;
    morphChildren(output, fresh.content, sent);
  }

  // Children of `old` become those of `fresh`; an old child holding a kept element stays where it is
  // and is updated in place, everything else is replaced.
  function morphChildren(old, fresh, sent) {
    const holders = new Map();
    const others = new Set();
    for (const child of old.childNodes) {
      const key = keyOf(child);
      if (key && !holders.has(key)) holders.set(key, child);
      else others.add(child);
    }
    let before = old.firstChild;
    for (const child of [...fresh.childNodes]) {
      const key = keyOf(child);
      const match = key && holders.get(key);
      if (match && match.tagName === child.tagName) {
        holders.delete(key);
        // Old nodes ahead of it that the answer dropped are passed over (removed below): moving the
        // holder instead would take it out of the page, and the focus with it, mid-keystroke.
        while (before !== match && others.has(before)) before = before.nextSibling;
        if (match !== before) old.insertBefore(match, before); // only when Python reordered them
        morphElement(match, child, sent);
        before = match.nextSibling;
      } else if (others.has(before) && before.isEqualNode(child)) {
        // Unchanged: the node on the page stays, so a tap on it as an answer lands is not lost.
        others.delete(before);
        before = before.nextSibling;
      } else {
        old.insertBefore(child, before);
        if (others.has(before)) before = before.nextSibling; // the new node takes that one's place
      }
    }
    others.forEach((other) => other.remove());
    holders.forEach((holder) => holder.remove());
  }

  function morphElement(old, fresh, sent) {
    for (const { name, value } of [...fresh.attributes]) if (old.getAttribute(name) !== value) old.setAttribute(name, value);
    for (const { name } of [...old.attributes]) if (!fresh.hasAttribute(name)) old.removeAttribute(name);
    if (!fresh.dataset.keep) return morphChildren(old, fresh, sent);
    // Python changed the text: put it in, unless the reader has typed since the request went.
    if (fresh.hasAttribute("data-keep-set") && old.value === (sent[old.name] || [""])[0]) {
      old.defaultValue = fresh.defaultValue;
      old.value = fresh.defaultValue;
    }
  }

  // ---- Sharing (the phone's share sheet): Python says what to share ----------------------

  async function shareText(button, root) {
    const source = root.querySelector(button.dataset.shareFrom || "");
    if (!source || !navigator.share) return;
    try {
      await navigator.share({ text: "value" in source ? source.value : source.innerText });
    } catch {
      // The reader closed the share sheet: nothing was sent.
    }
  }

  // Controls in the answer that belong to the form (form="…"): their events are the form's own.
  function passOnAnswerEvents(root, form) {
    for (const type of ["input", "change"]) {
      root.addEventListener(type, (event) => {
        if (event.target.form === form && !form.contains(event.target)) form.dispatchEvent(new Event(type));
      });
    }
  }

  // The failure's own words (one per reason code, rendered by Python) are shown; the technical
  // detail stays in an attribute, for whoever debugs.
  function setState(root, state, error = null) {
    root.dataset.state = state;
    const reason = error ? error.reason || "runtime" : "";
    if (error) root.dataset.failureDetail = error.message;
    else delete root.dataset.failureDetail;
    root.querySelectorAll("[data-failure-reason]").forEach((words) => {
      words.hidden = words.dataset.failureReason !== reason;
    });
  }

  async function copyText(button, root, copiedMs) {
    const source = root.querySelector(button.dataset.copyFrom) || document.querySelector(button.dataset.copyFrom);
    if (!source) return;
    const text = "value" in source ? source.value : source.innerText;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Without the async clipboard (some file:// pages), select the text and copy the old way.
      const range = document.createRange();
      range.selectNodeContents(source);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      document.execCommand("copy");
    }
    // The button says so for a moment: Python rendered both its labels, the style sheet shows one.
    button.dataset.copied = "true";
    setTimeout(() => { delete button.dataset.copied; }, copiedMs);
  }

  // Focus on an item selects its range, and focus stays on the item (Tab keeps walking a list);
  // a click (or Enter) also moves the caret into the field, where the selection shows and can
  // be typed over. Focus never bounces back to the item: that would fire focusin again.
  function selectRange(root, element, moveFocus) {
    const [start, end] = (element.dataset.selectRange || "").split(" ").map(Number);
    const field = root.querySelector(`[name="${CSS.escape(element.dataset.rangeField || "")}"]`);
    if (!field || !Number.isInteger(start) || !Number.isInteger(end) || !field.setSelectionRange) return;
    if (moveFocus) field.focus();
    field.setSelectionRange(start, end);
  }

  // A fix Python decided: that range becomes that text, only if the field still holds the words
  // the answer was about (the reader may have typed since). The input event re-runs the review.
  function replaceRange(root, button) {
    const [start, end] = (button.dataset.replaceRange || "").split(" ").map(Number);
    const field = root.querySelector(`[name="${CSS.escape(button.dataset.replaceField || "")}"]`);
    if (!field || !Number.isInteger(start) || !Number.isInteger(end) || !field.setRangeText) return;
    if (field.value.slice(start, end) !== button.dataset.replaceFrom) return;
    field.setRangeText(button.dataset.replaceWith, start, end, "end");
    field.focus();
    field.dispatchEvent(new Event("input", { bubbles: true }));
  }

  // ---- One tool -------------------------------------------------------------------------

  function bind(root) {
    if (root.dataset.bound) return;
    root.dataset.bound = "true";
    const options = JSON.parse(root.dataset.runtime);
    const form = root.querySelector("form");
    const key = root.dataset.memoryKey;
    const progressBar = root.querySelector("[data-progress]");
    let latest = 0;
    let answered = false;
    let typed = false;
    // What the tool's other size stored, handed back by Python: stored again beside this form's values.
    let kept = {};
    // Values of the answer's own controls no answer shows yet (Python's view.carry): sent back.
    let carried = {};
    // A link's values (#prefill=…) and what this device stored, as raw text for Python to read
    // with the first view; the form waits (inert) so nothing typed meanwhile is overwritten.
    let pending = null;
    const link = location.hash.startsWith(options.prefill) ? location.hash.slice(options.prefill.length) : null;
    if (link !== null) history.replaceState(history.state, "", location.pathname + location.search);
    const saved = stored((storage) => storage.getItem(key));
    if (link !== null || saved !== null) pending = { link, stored: saved };
    form.inert = pending !== null;

    const onProgress = ({ stage, fraction }) => {
      root.dataset.stage = stage;
      if (progressBar) progressBar.value = fraction;
    };

    // What the reader typed is stored at once (nothing is lost when the page goes); nothing is
    // stored before they type, so a link's values stay out of memory until then.
    const remember = () => {
      if (!typed) return;
      const done = stored((storage) => {
        storage.setItem(key, JSON.stringify({ ...kept, ...formValues(form) }));
        return true;
      }, false);
      showMemoryNote(root, done ? "" : "unavailable");
    };

    // Python's words on what it put back (thankyou.web.restore), said once.
    const restored = ({ notice, forget_stored, keep }) => {
      pending = null;
      kept = keep;
      if (forget_stored) stored((storage) => storage.removeItem(key));
      const note = root.querySelector("[data-restore-note]");
      note.textContent = notice || "";
      note.hidden = !notice;
    };

    // event: the button that changes the form, if any; what Python sets for it is applied (and
    // stored) even when a later answer is on its way.
    const update = async (event = null) => {
      const ticket = ++latest;
      try {
        const sent = { ...carried, ...formValues(form) };
        const view = await send(startRuntime(options), "handle", {
          op: "view",
          tool: root.dataset.tool,
          lang: root.dataset.lang,
          size: root.dataset.size,
          link_base: root.dataset.linkBase,
          form: sent,
          event,
          // Until the reader types, the first view puts back the link's or the stored values.
          restore: typed ? null : pending,
          context: clientContext(),
        });
        if (view.restored) restored(view.restored);
        if (view.set) {
          applyValues(root, view.set);
          remember();
        }
        if (ticket !== latest) return;
        carried = view.carry || {};
        root.dataset.replied = String(ticket);
        if (root.dataset.state !== "ready") setState(root, "ready");
        if (view.error) {
          show(root, { errors: { form: view.error.message } });
          return;
        }
        // The kept fields hold what Python answered for: the values sent, with what it set.
        show(root, view, { ...sent, ...view.set?.values });
        if (!answered) {
          answered = true;
          performance.mark(`thankyou:first-answer:${root.dataset.tool}`);
        }
        root.dataset.answered = String(ticket);
      } catch (error) {
        if (ticket === latest) {
          root.dataset.replied = String(ticket);
          setState(root, "error", error);
        }
      }
      form.inert = false;
    };

    const start = () => {
      setState(root, "loading");
      const current = startRuntime(options);
      current.listeners.add(onProgress);
      current.ready.then(() => update(), (error) => {
        form.inert = false;
        setState(root, "error", error);
      });
    };

    let timer = 0;
    form.addEventListener("input", () => {
      typed = true;
      remember();
      clearTimeout(timer);
      timer = setTimeout(update, options.typingDelayMs);
    });
    form.addEventListener("change", () => {
      typed = true;
      remember();
      clearTimeout(timer);
      update();
    });
    form.addEventListener("submit", (event) => { event.preventDefault(); update(); });
    passOnAnswerEvents(root, form);
    // One button's event at a time, each on the form the one before left.
    let events = Promise.resolve();
    const act = (event) => { events = events.then(() => update(event)); };
    root.addEventListener("click", (event) => {
      if (event.target.closest("[data-show-answer]")) return showAnswer(root);
      const button = event.target.closest("[data-action], [data-select-range]");
      if (!button || !root.contains(button)) return;
      if (button.dataset.selectRange) return selectRange(root, button, !("keepFocus" in button.dataset));
      const action = button.dataset.action;
      if (action === "retry") start();
      if (action === "copy") copyText(button, root, options.copiedMs);
      if (action === "replace") replaceRange(root, button);
      if (action === "share") shareText(button, root);
      // A button that changes the form (step, add, remove) carries its event, rendered by Python.
      if (button.dataset.event) {
        typed = true;
        act(JSON.parse(button.dataset.event));
      }
      if (action === "forget") {
        // What is stored goes at once (see the page's forget below), even with Python down.
        typed = false;
        kept = {};
        carried = {};
        pending = null;
        form.inert = false;
        // The controls go back to the markup's defaults at once; Python's answer then sets the
        // whole form as first rendered, its groups included.
        form.reset();
        showMemoryNote(root, "forgotten");
        act({ action });
      }
    });
    root.addEventListener("focusin", (event) => {
      const target = event.target.closest("[data-select-range]");
      if (target) selectRange(root, target, false);
    });
    const refresh = Number(root.dataset.refresh || 0);
    if (refresh > 0) {
      const interval = setInterval(() => {
        if (!root.isConnected) clearInterval(interval);
        else if (root.dataset.state === "ready") update();
      }, refresh * 1000);
    }
    start();
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

  // A "forget" button clears what the tools stored (the prefix Python names, data-forget); one
  // outside any tool (the privacy page) also Material's own settings (the colour scheme, under
  // "<site path>.__"), and says so itself.
  document.addEventListener("click", (event) => {
    const button = event.target.closest?.('[data-action="forget"]');
    if (!button) return;
    forgetStored(button.dataset.forget);
    if (button.closest(".ty-widget[data-tool]")) return;
    if (window.__md_scope) forgetStored(`${window.__md_scope.pathname}.__`);
    const note = button.parentElement.querySelector('[data-memory-note="forgotten"]');
    if (note) note.hidden = false;
  });

  function bindAll() {
    document.querySelectorAll(".ty-widget[data-tool]").forEach(bind);
  }

  // Start Python as soon as this script runs (right after the tool, see above) rather than when
  // Material announces the page, which on a slow phone comes hundreds of ms later: the worker
  // and the interpreter's start overlap the page's own start.
  function startEarly() {
    const root = document.querySelector(".ty-widget[data-tool][data-runtime]");
    if (!root) return;
    try {
      const options = JSON.parse(root.dataset.runtime);
      if (options.startEarly) startRuntime(options).ready.catch(() => {}); // bind() reports failures
    } catch {
      // bind() will try again and say what went wrong.
    }
  }

  startEarly();

  // Material's instant navigation swaps pages without reloading scripts: it announces each new
  // page on document$, a replaying subject defined by Material's bundle, which may load after
  // this script (started early, right after a page's first tool). Bind once the document is
  // parsed too: opened from disk (file://), with no instant navigation, Material completes
  // document$ before it ever emits. Binding twice is harmless.
  function followPages() {
    if (window.document$) window.document$.subscribe(bindAll);
    bindAll();
  }

  if (window.document$ || document.readyState !== "loading") {
    followPages();
  } else {
    document.addEventListener("DOMContentLoaded", followPages);
  }
})();
