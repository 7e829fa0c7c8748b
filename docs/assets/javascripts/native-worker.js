// Runs before Material's file:// shim (iframe-worker), which replaces window.Worker with a
// hidden frame for its search. The tools need the browser's own Worker (a blob: worker under
// file://), so keep it here first.
window.thankyouNativeWorker = window.Worker;
