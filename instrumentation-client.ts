/**
 * Runs in the browser before the app. Zod probes whether it may compile code (`Function("")`) the
 * first time it parses; our Content-Security-Policy forbids that (no 'unsafe-eval'), and the browser
 * reports the probe as a CSP violation. jitless: Zod never tries (same results, no eval).
 */
import { config } from "zod/v4/core";

config({ jitless: true });
