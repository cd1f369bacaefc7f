/**
 * Playwright's `test` with one automatic fixture: a test fails when any page it opened logged a
 * console error, threw an uncaught error (`pageerror`) or hit a Content-Security-Policy violation
 * (finding 13: the app must work under its nonce CSP). Covers the test's own context and every
 * context or page the test opens itself with `browser.newContext()` / `browser.newPage()`.
 *
 * A navigation the test makes on purpose to a page with an error status (a 404 page) makes Chromium log
 * "Failed to load resource" for that document; that one message is not a fault of the page and is
 * ignored. Failed subresources (scripts, tiles, fetches) still count.
 */
import { test as base, expect, type Browser, type BrowserContext, type ConsoleMessage } from "@playwright/test";

// Everything else (expect, types) as Playwright exports it; `test` below replaces Playwright's.
export * from "@playwright/test";

// Runs in the page before any of its scripts: CSP violations become console errors we can see
// (Chromium logs most of them itself; this also catches those reported only as an event).
const CSP_SCRIPT = `document.addEventListener("securitypolicyviolation", (e) => {
  console.error("CSP violation: " + e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber);
});`;

export const test = base.extend<{ consoleGuard: void; allowedConsoleError: RegExp | undefined }>({
  /** A console error a test expects on purpose (only a test that crashes a page should need this). */
  allowedConsoleError: [undefined, { option: true }],
  consoleGuard: [
    async ({ context, browser, allowedConsoleError }, proceed, testInfo) => {
      const problems: string[] = [];
      const errorDocuments = new Set<string>();
      const watch = async (ctx: BrowserContext) => {
        await ctx.addInitScript(CSP_SCRIPT);
        ctx.on("response", (res) => {
          if (res.status() >= 400 && res.request().isNavigationRequest()) errorDocuments.add(res.url());
        });
        ctx.on("console", (msg: ConsoleMessage) => {
          if (msg.type() !== "error") return;
          const text = msg.text();
          if (/^Failed to load resource: the server responded with a status of [45]\d\d/.test(text) && errorDocuments.has(msg.location().url)) return;
          if (allowedConsoleError?.test(text)) return;
          problems.push(`console error on ${msg.page()?.url() ?? "?"}: ${text} (${msg.location().url})`);
        });
        ctx.on("weberror", (err) => problems.push(`page error on ${err.page()?.url() ?? "?"}: ${err.error().message}`));
      };
      await watch(context);

      // Contexts and pages the test opens itself.
      const b = browser as Browser;
      const newContext = b.newContext.bind(b);
      const newPage = b.newPage.bind(b);
      const ownContexts: BrowserContext[] = [];
      b.newContext = async (...args: Parameters<Browser["newContext"]>) => {
        const ctx = await newContext(...args);
        await watch(ctx);
        return ctx;
      };
      b.newPage = async (...args: Parameters<Browser["newPage"]>) => {
        const ctx = await newContext(...args);
        ownContexts.push(ctx);
        await watch(ctx);
        const page = await ctx.newPage();
        // Like Browser.newPage: closing the page closes its own context, and page.close() waits for
        // that (a context still closing when the test ends breaks the next test's trace set-up).
        const closePage = page.close.bind(page);
        page.close = async (...closeArgs: Parameters<typeof page.close>) => {
          await closePage(...closeArgs);
          await ctx.close().catch(() => {});
        };
        return page;
      };
      try {
        await proceed();
      } finally {
        b.newContext = newContext;
        b.newPage = newPage;
        for (const ctx of ownContexts) await ctx.close().catch(() => {});
      }
      if (problems.length) {
        await testInfo.attach("console-errors", { body: problems.join("\n"), contentType: "text/plain" });
      }
      expect(problems, "console errors, page errors or CSP violations during this test").toEqual([]);
    },
    { auto: true },
  ],
});
