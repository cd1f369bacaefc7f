/**
 * Runs in the browser before the app. Zod probes whether it may compile code (`Function("")`) the
 * first time it parses; our Content-Security-Policy forbids that (no 'unsafe-eval'), and the browser
 * reports the probe as a CSP violation. jitless: Zod never tries (same results, no eval).
 *
 * Set on Zod's global config object (`globalThis.__zod_globalConfig`, which zod/v4/core creates or
 * reuses when it loads) instead of importing `config` from Zod: the import put all of Zod's core
 * (5 kB gzip) into the first-load JS of every page, also pages without a client-side form.
 */
const g = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
g.__zod_globalConfig = Object.assign(g.__zod_globalConfig ?? {}, { jitless: true });
