/**
 * Issue 10, finding 13 (security headers) and the Dutch error pages, against the running server.
 */
import { spawn, execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "./fixtures";

function nonceOf(csp: string | undefined): string {
  const m = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "");
  if (!m) throw new Error(`Geen nonce in CSP: ${csp}`);
  return m[1];
}

test("finding 13: every page has a nonce CSP (new nonce per request) that Next's scripts carry; no HSTS on http", async ({ request }) => {
  const a = await request.get("/kaart");
  const b = await request.get("/kaart");
  expect(a.status()).toBe(200);
  const cspA = a.headers()["content-security-policy"];
  const cspB = b.headers()["content-security-policy"];
  expect(cspA).toContain("'strict-dynamic'");
  expect(cspA).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(cspA).toContain("frame-ancestors 'none'");
  // the local tile stub (MAP_TILE_URL) is allowed as an image source
  expect(cspA).toMatch(/img-src[^;]* http:\/\/127\.0\.0\.1:\d+/);
  expect(nonceOf(cspA)).not.toBe(nonceOf(cspB));
  // Next.js put the nonce on its own scripts: every executable <script> in the HTML carries it
  const html = await a.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]).filter((attrs) => !/type="application\/(ld\+)?json"/.test(attrs));
  expect(scripts.length).toBeGreaterThan(0);
  for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonceOf(cspA)}"`);
  expect(a.headers()["strict-transport-security"]).toBeUndefined();

  // API responses and the optimistic redirect of /beheer get the headers too
  expect((await request.get("/api/kaart")).headers()["content-security-policy"]).toContain("default-src 'self'");
  const beheer = await request.get("/beheer", { maxRedirects: 0 });
  expect(beheer.status()).toBe(307);
  expect(beheer.headers()["location"]).toContain("/inloggen?terug=%2Fbeheer");
  expect(beheer.headers()["content-security-policy"]).toContain("'strict-dynamic'");
  // a public page is not redirected
  expect((await request.get("/privacy", { maxRedirects: 0 })).status()).toBe(200);
});

test("finding 13: a server with an https APP_URL sends HSTS and upgrade-insecure-requests", async ({ request }) => {
  test.slow();
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  const port = execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim();
  // A second `next start` of the same build; /privacy needs no database (an empty in-memory PGlite).
  const child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", port, "-H", "127.0.0.1"], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: "memory://", APP_URL: "https://portaal.heusden.example", NEXTAUTH_URL: "https://portaal.heusden.example", NEXTAUTH_SECRET: "e2e-geheim-dat-lang-genoeg-is-1234567890", NEXT_TELEMETRY_DISABLED: "1" },
  });
  try {
    let res;
    for (let i = 0; i < 120 && !res; i++) {
      res = await request.get(`http://127.0.0.1:${port}/privacy`, { maxRedirects: 0 }).catch(() => undefined);
      if (!res) await new Promise((r) => setTimeout(r, 500));
    }
    expect(res, "second server did not start").toBeTruthy();
    expect(res!.status()).toBe(200);
    expect(res!.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    const csp = res!.headers()["content-security-policy"];
    expect(csp).toContain("upgrade-insecure-requests");
    expect(csp).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  } finally {
    child.kill("SIGTERM");
  }
});

test.describe("a page that crashes", () => {
  // React reports the caught server error in the console (in production builds as minified error
  // #441, "An error occurred in the Server Components render"); that crash is the point of this test.
  test.use({ allowedConsoleError: /Minified React error #441;|An error occurred in the Server Components render/ });

  test("shows the Dutch error page with a reference number and no technical details", async ({ page }) => {
    const res = await page.goto("/test/fout");
    expect(res?.status()).toBe(500);
    await expect(page.getByRole("heading", { level: 1, name: "Er ging iets mis" })).toBeVisible();
    await expect(page.getByText("Noem dan dit nummer")).toBeVisible();
    await expect(page.getByText("Noem dan dit nummer").locator("strong")).toHaveText(/^\S{4,}$/);
    await expect(page.getByRole("link", { name: "Naar de startpagina" })).toHaveAttribute("href", "/");
    const text = await page.locator("body").innerText();
    expect(text).not.toContain("Testfout");
    expect(text).not.toMatch(/at \S+ \(|\.tsx?:\d+|Error:/);
  });
});

test("an unknown address shows the Dutch 404 page with status 404", async ({ page }) => {
  const res = await page.goto("/deze-pagina-bestaat-echt-niet");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
  await expect(page).toHaveTitle(/Pagina niet gevonden/);
  await page.getByRole("link", { name: "Naar de startpagina" }).click();
  await expect(page).toHaveURL(/\/$/);
});
