// Offline reading for a served site: register the service worker the build wrote (named by a
// <meta name="thankyou:service-worker"> in the page; absent under `mkdocs serve`), and once a
// tool has started Python (the widgets announce "thankyou:runtime-ready"), ask it to keep the
// runtime too. Opened from disk (file://) there is no service worker: the page is the copy.
(() => {
  "use strict";
  const meta = document.querySelector('meta[name="thankyou:service-worker"]');
  if (!meta || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  const script = new URL(meta.content, document.baseURI);
  // After the page has loaded: the first visit's own files come first.
  const register = () => navigator.serviceWorker.register(script, { scope: new URL("./", script).href }).catch(() => {});
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });

  document.addEventListener("thankyou:runtime-ready", async () => {
    const registration = await navigator.serviceWorker.ready;
    registration.active?.postMessage({ op: "keep-runtime" });
  });
})();
