// Offline reading for a served site: register the service worker the build wrote (named by a
// <meta name="thankyou:service-worker"> in the page; absent under `mkdocs serve`). On a page
// with a tool, only once the tool has started Python (the widgets announce
// "thankyou:runtime-ready"), so storing the site never slows the first answer; the worker is
// then asked to keep the runtime too. Opened from disk (file://) there is nothing to do.
(() => {
  "use strict";
  const meta = document.querySelector('meta[name="thankyou:service-worker"]');
  if (!meta || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  const script = new URL(meta.content, document.baseURI);
  let registered = null;
  const register = () => {
    registered ??= navigator.serviceWorker.register(script, { scope: new URL("./", script).href }).catch(() => null);
    return registered;
  };

  document.addEventListener("thankyou:runtime-ready", async () => {
    if (!(await register())) return;
    const registration = await navigator.serviceWorker.ready;
    registration.active?.postMessage({ op: "keep-runtime" });
  });
  const hasTool = () => document.querySelector(".ty-widget[data-tool]") !== null;
  window.addEventListener("load", () => { if (!hasTool()) register(); }, { once: true });
})();
