// Runs before any other module: settings the strict Content-Security-Policy in index.html relies on.
import { z } from 'zod';

// Zod compiles fast parsers with `new Function`, which the CSP forbids (no 'unsafe-eval'); it would
// fall back by itself, but only after a reported violation. Must run before any schema is created.
z.config({ jitless: true });

/** The parts of the Trusted Types API used here (not yet in TypeScript's DOM library). */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL?: (url: string) => string | null }): unknown;
}

/**
 * index.html requires Trusted Types for every script sink, so no string can ever become HTML or script
 * (innerHTML, eval, …). The one sink the app needs is registering its own service worker with a URL
 * string; this default policy lets through script URLs of this origin only and nothing else.
 */
const trustedTypes = (window as unknown as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
trustedTypes?.createPolicy('default', {
  createScriptURL: (url) => (new URL(url, window.location.href).origin === window.location.origin ? url : null),
});
