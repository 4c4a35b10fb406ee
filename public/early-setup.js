// Runs before the app's modules (a classic script in <head>): settings the strict Content-Security-Policy
// in index.html relies on. A plain file of the app's own origin, so script-src 'self' allows it.
/* global window, URL */
(function () {
  // Zod compiles fast parsers with `new Function`, which the CSP forbids (no 'unsafe-eval'). It would fall
  // back by itself, but only after a reported violation. Zod reads this object when it loads, and the
  // probe runs as soon as the first schema is built, so it must exist before any module runs.
  var zodConfig = (globalThis.__zod_globalConfig = globalThis.__zod_globalConfig || {});
  zodConfig.jitless = true;

  // index.html requires Trusted Types for every script sink, so no string can become HTML or script
  // (innerHTML, eval, ...). The one sink the app needs is registering its own service worker with a URL
  // string: this default policy lets through script URLs of this origin only, nothing else.
  if (window.trustedTypes && window.trustedTypes.createPolicy) {
    window.trustedTypes.createPolicy('default', {
      createScriptURL: function (url) {
        return new URL(url, window.location.href).origin === window.location.origin ? url : null;
      },
    });
  }
})();
