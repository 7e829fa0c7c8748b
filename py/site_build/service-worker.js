// The site's service worker. The build writes `const BUILD = {cache, files, onDemand}` in front
// of this: the cache name carries a digest of the build, `files` maps every file to keep to its
// sha256 (Subresource Integrity), `onDemand` names the folders stored only once a page uses them.
//
// Pages, styles, scripts and the search index are stored at install; the Python runtime (13 MB)
// only once a tool has started it, so a guide page never downloads Python. Answers come from
// the cache first: pages already visited and the tools work without a network. A new build has
// a new cache name: it is filled anew, takes over at once and the old cache is deleted; every
// stored file is checked against this build's hash, so old Python never meets a new page.
"use strict";

const SCOPE = new URL("./", self.location.href);
const onDemand = (path) => BUILD.onDemand.some((folder) => path.startsWith(folder));
// `onUse` folders (the reviewer's spelling lists) are stored when a page first fetches them.
const onUse = (path) => (BUILD.onUse || []).some((folder) => path.startsWith(folder));

function requestFor(path) {
  // "no-cache": revalidate with the server (a 304 costs nothing), never trust a stale HTTP cache.
  return new Request(new URL(path, SCOPE), { cache: "no-cache", integrity: BUILD.files[path] });
}

async function store(cache, paths) {
  await Promise.all(paths.map(async (path) => {
    if (await cache.match(new URL(path, SCOPE).href)) return;
    const response = await fetch(requestFor(path));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    await cache.put(new URL(path, SCOPE).href, response);
  }));
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(BUILD.cache);
    await store(cache, Object.keys(BUILD.files).filter((path) => !onDemand(path) && !onUse(path)));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    const old = names.filter((name) => name.startsWith("thankyou-") && name !== BUILD.cache);
    await Promise.all(old.map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

// A page says its tools have started Python: keep the runtime for offline use (it is in the
// browser's HTTP cache by now, so this mostly costs revalidations).
self.addEventListener("message", (event) => {
  if (!event.data || event.data.op !== "keep-runtime") return;
  event.waitUntil((async () => {
    const cache = await caches.open(BUILD.cache);
    try {
      await store(cache, Object.keys(BUILD.files).filter(onDemand));
      event.source?.postMessage({ op: "runtime-kept", cache: BUILD.cache });
    } catch (error) {
      event.source?.postMessage({ op: "runtime-not-kept", error: String(error) });
    }
  })());
});

// Only this site's own GET requests; anything else goes to the browser as usual.
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  event.respondWith(fromBuild(event.request, url));
});

async function fromBuild(request, url) {
  const cache = await caches.open(BUILD.cache);
  const path = decodeURIComponent(url.pathname.slice(SCOPE.pathname.length)).replace(/(^|\/)$/, "$1index.html");
  const key = new URL(path, SCOPE).href;
  // One build per cache, so a version query (?v=<digest>) adds nothing here.
  const cached = await cache.match(key, { ignoreSearch: true });
  if (cached) return cached;
  try {
    if (!(path in BUILD.files)) return await fetch(request);
    // A file of this build not stored yet: fetch it, checked against this build's hash, and keep it.
    const response = await fetch(requestFor(path));
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    // Offline, on a page this build does not have: the site's own "not found" page.
    const missing = request.mode === "navigate" && (await cache.match(new URL("404.html", SCOPE).href));
    if (missing) return missing;
    throw error;
  }
}
