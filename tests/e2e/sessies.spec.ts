/**
 * Issue 10: sessions and sign-in in a real browser against the production build.
 * Finding 12 (logout ends the session on the server), finding 4 (no open redirect through a genuine
 * magic-link mail), and OIDC sign-in against a real local provider (tests/support/oidc-mock.ts).
 */
import http from "node:http";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, linkIn, loginAsResident, loginAsStaff, mails, uniqueEmail, waitForMail } from "./helpers";
import { OIDC_TEST_USER } from "../support/oidc-mock";

/** Logs out in `page`, then tries the copied cookies in a fresh browser context. */
async function reuseAfterLogout(browser: Browser, page: Page, path: string) {
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();

  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const p = await thief.newPage();
  await p.goto(path);
  return { p, close: () => thief.close() };
}

test("finding 12: a staff cookie copied before logout does not work after logout", async ({ browser, page }) => {
  await loginAsStaff(page, "ambtenaar@heusden.example");
  await page.goto("/beheer");
  await expect(page.getByRole("banner").getByText("Ingelogd als")).toBeVisible();
  const { p, close } = await reuseAfterLogout(browser, page, "/beheer");
  await expect(p).toHaveURL(/\/inloggen\?terug=%2Fbeheer/);
  await expect(p.getByRole("banner").getByText("Ingelogd als")).toHaveCount(0);
  await close();
});

test("finding 12: a resident cookie copied before logout does not work after logout", async ({ browser, page }) => {
  await loginAsResident(page, uniqueEmail("sessie"));
  const { p, close } = await reuseAfterLogout(browser, page, "/mijn");
  await expect(p).toHaveURL(/\/inloggen\?terug=%2Fmijn/);
  await close();
});

test("finding 4: a magic link requested with terug=/<TAB>/evil.example keeps the resident on the portal", async ({ page, baseURL }) => {
  const email = uniqueEmail("redirect");
  const before = mails().length;
  await page.goto("/inloggen?terug=%2F%09%2Fevil.example");
  await page.getByLabel("E-mailadres", { exact: true }).first().fill(email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw e-mail" })).toBeVisible();
  const mail = await waitForMail(email, { subject: /inloglink/i, after: before });
  const link = linkIn(mail, "/inloggen/link");
  expect(new URL(link).searchParams.get("terug")).toBe("/mijn");
  // The attacker's version of the link, with the redirect put back in by hand:
  const tampered = new URL(link);
  tampered.searchParams.set("terug", "/\t/evil.example");
  await page.goto(tampered.toString());
  await page.getByRole("button", { name: /Inloggen als/ }).click();
  await expect(page.getByRole("banner").getByText("Ingelogd als")).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(page.url()).pathname).toBe("/mijn");
});

test("finding 5: asking a sign-in link for a staff address shows the usual answer and mails no link", async ({ page }) => {
  const before = mails().length;
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres", { exact: true }).first().fill("opbouwwerker.vlijmen@heusden.example");
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw e-mail" })).toBeVisible();
  const mail = await waitForMail("opbouwwerker.vlijmen@heusden.example", { after: before });
  expect(mail.text).not.toContain("/inloggen/link");
  expect(mail.text).toContain("wachtwoord");
});

test("OIDC: a resident signs in through 'Inloggen via de gemeente' at a real local provider, gets a session and logs out", async ({ browser, page }) => {
  await page.goto("/inloggen?terug=%2Fmijn");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Inloggen via de gemeente" }).click();
  // The provider (oauth2-mock-server) signs in at once and sends the browser back with a code.
  await expect(page).toHaveURL(/\/mijn$/);
  await expect(page.getByRole("banner").getByText(`Ingelogd als`)).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(OIDC_TEST_USER.name);
  // The session is server-side: after logout the same cookie is refused.
  const { p, close } = await reuseAfterLogout(browser, page, "/mijn");
  await expect(p).toHaveURL(/\/inloggen\?terug=%2Fmijn/);
  await close();
});

test("OIDC: signing in works without JavaScript too", async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto("/inloggen");
  await page.getByRole("button", { name: "Inloggen via de gemeente" }).click();
  await expect(page).toHaveURL(/\/mijn$/);
  await expect(page.getByRole("banner").getByText("Ingelogd als")).toBeVisible();
  await ctx.close();
});

// ---------- finding 7: the rate-limit key is the client's address, not its X-Forwarded-For ----------

/** One HTTP request to the test server from a chosen loopback source address (a separate "client"). */
function fromAddress(localAddress: string, url: string, init: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers, localAddress }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

function decodeEntities(s: string) {
  return s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The hidden fields React renders into a no-JavaScript server-action form (the one containing `field`). */
function hiddenFieldsOfForm(html: string, field: string): [string, string][] {
  const form = html.split("<form").find((f) => f.includes(`name="${field}"`));
  if (!form) throw new Error(`Geen formulier met ${field}`);
  const out: [string, string][] = [];
  for (const m of form.split("</form>")[0].matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    out.push([decodeEntities(m[1]), decodeEntities(m[2] ?? "")]);
  }
  return out;
}

function multipart(fields: [string, string][]) {
  const boundary = `----sbp${Math.random().toString(16).slice(2)}`;
  const parts = fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  return { body: Buffer.from(parts.join("") + `--${boundary}--\r\n`), type: `multipart/form-data; boundary=${boundary}` };
}

test("finding 7: failed sign-ins from one client with a new X-Forwarded-For each time are still limited", async ({ baseURL }) => {
  test.slow();
  // A loopback address of its own, so this client's limit is not shared with the other tests.
  const client = `127.0.${Math.floor(Math.random() * 200) + 20}.${Math.floor(Math.random() * 200) + 20}`;
  const page = await fromAddress(client, `${baseURL}/inloggen`);
  const hidden = hiddenFieldsOfForm(page.body, "wachtwoord");
  const results: string[] = [];
  for (let i = 0; i < 31; i++) {
    const { body, type } = multipart([...hidden, ["email", `spray${i}.${Date.now()}@heusden.example`], ["wachtwoord", "Zomer2026!"]]);
    const r = await fromAddress(client, `${baseURL}/inloggen`, {
      method: "POST",
      headers: { "content-type": type, origin: baseURL!, "x-forwarded-for": `203.0.113.${i + 1}` },
      body,
    });
    results.push(r.body.includes("te vaak") ? "limited" : r.body.includes("wachtwoord klopt niet") ? "wrong" : `other ${r.status}`);
  }
  expect(results.slice(0, 30)).toEqual(Array(30).fill("wrong"));
  expect(results[30]).toBe("limited");
});
