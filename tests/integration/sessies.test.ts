/**
 * Issue 10, findings 2, 4, 5, 6, 7, 10 and 12: sessions, sign-in and client addresses, attacked the
 * way the report describes. Server actions are called directly; the database and SMTP are real.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { MIGRATIONS_DIR } from "../../lib/migrations/engine.ts";
import { db } from "../../lib/db.ts";
import { env, resetEnvForTests } from "../../lib/env.ts";
import { consumeMagicLink, createMagicLinkUrl, verifyPassword } from "../../lib/auth/login.ts";
import { loadActor } from "../../lib/auth/actor.ts";
import {
  createSessie,
  loadSessionActor,
  revokeAllSessions,
  revokeSessionCookie,
  sessionToken,
  TOUCH_INTERVAL_MS,
} from "../../lib/auth/sessie.ts";
import { PEER_HEADER } from "../../lib/client-ip.ts";
import { activeDemoAccounts, deactivateDemoAccounts } from "../../lib/demo-accounts.ts";
import { sendMail } from "../../lib/mail.ts";
import { seedDemo } from "../../prisma/seed-lib.ts";
import { DEMO_WACHTWOORD } from "../../prisma/demo-data.ts";
import { createUser, uniq } from "../factories.ts";
import { actAs, expectRedirect, form, fromIp } from "../support/actors.ts";
import { extractLink, startSmtpSink } from "../support/smtp-sink.ts";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const acties = () => import("../../app/inloggen/actions.ts");
const g = globalThis as unknown as { __testHeaders?: Record<string, string> };

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetEnvForTests();
  await seedDemo(db);
});
afterAll(async () => {
  await sink.close();
});
afterEach(() => {
  g.__testHeaders = undefined;
  delete process.env.SBP_PEER_HEADER;
  actAs(null);
});

/** Runs `fn` with APP_ENV=production (valid production configuration), then restores demo mode. */
async function inProduction<T>(fn: () => Promise<T>): Promise<T> {
  const saved = { APP_ENV: process.env.APP_ENV, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET };
  process.env.APP_ENV = "production";
  process.env.NEXTAUTH_SECRET = "productie-geheim-voor-de-test-1234567890";
  resetEnvForTests();
  try {
    return await fn();
  } finally {
    process.env.APP_ENV = saved.APP_ENV;
    if (saved.NEXTAUTH_SECRET === undefined) delete process.env.NEXTAUTH_SECRET;
    else process.env.NEXTAUTH_SECRET = saved.NEXTAUTH_SECRET;
    resetEnvForTests();
  }
}

async function userId(email: string) {
  return (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

async function mailCount(to: string) {
  return sink.messages.filter((m) => m.to.includes(to)).length;
}

async function nextMailTo(to: string, before: number) {
  await sink.waitFor((m) => m.to.includes(to) && sink.messages.filter((x) => x.to.includes(to)).length > before);
  return sink.messages.filter((m) => m.to.includes(to))[before];
}

describe("finding 2: demo accounts in production", () => {
  it("finding 2: the demo seed marks every demo account", async () => {
    const demo = await activeDemoAccounts(db);
    expect(demo).toContain("beheerder@heusden.example");
    expect(demo).toContain("inwoner@heusden.example");
    expect(demo).toHaveLength(7);
  });

  it("finding 2: the migration's backfill marks demo accounts of a database seeded before the flag existed", async () => {
    const dir = readdirSync(MIGRATIONS_DIR).find((d) => d.endsWith("_sessies_en_demo"))!;
    const sql = readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8");
    const backfill = sql.slice(sql.indexOf('UPDATE "User" SET "demo" = true')).split(";")[0];
    const other = await createUser(db, { email: `echt.${uniq("e")}@heusden.nl`, rol: "AMBTENAAR" });
    await db.user.updateMany({ data: { demo: false } }); // as before the migration
    await db.$executeRawUnsafe(backfill);
    expect(await activeDemoAccounts(db)).toHaveLength(7);
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).demo).toBe(false);
  });

  it("finding 2: with APP_ENV=production the published demo password no longer signs in, and an old demo session is refused", async () => {
    // Signed in while the database ran as demo ...
    const id = await userId("ambtenaar@heusden.example");
    const sessie = await createSessie({ id, rol: "AMBTENAAR" });
    expect(await verifyPassword("ambtenaar@heusden.example", DEMO_WACHTWOORD)).not.toBeNull();
    // ... then the operator switches to production.
    await inProduction(async () => {
      expect(await verifyPassword("beheerder@heusden.example", DEMO_WACHTWOORD)).toBeNull();
      expect(await loadSessionActor(sessie.id)).toBeNull();
      expect(await loadActor(id)).toBeNull();
      fromIp("192.0.2.20");
      const state = await (await acties()).loginWithPasswordAction(null, form({ email: "beheerder@heusden.example", wachtwoord: DEMO_WACHTWOORD }));
      expect(state && !state.ok && state.message).toMatch(/wachtwoord klopt niet/);
    });
    // Back in demo mode the same session works again (the refusal is the production rule, not a side effect).
    expect(await loadSessionActor(sessie.id)).toMatchObject({ rol: "AMBTENAAR" });
  });
});

describe("finding 4: open redirect after sign-in", () => {
  it("finding 4: a magic link requested with terug=/<TAB>/evil.example signs in and stays on the site", async () => {
    const email = `slachtoffer.${uniq("r")}@test.example`;
    const before = await mailCount(email);
    fromIp("192.0.2.41");
    // The attacker requests a genuine link for the victim, with the redirect in it.
    const to = await expectRedirect((await acties()).sendMagicLinkAction(null, form({ email, terug: "/\t/evil.example" })));
    expect(to).toMatch(/^\/inloggen\/controleer-je-mail/);
    const mail = await nextMailTo(email, before);
    const link = new URL(extractLink(mail.text, "/inloggen/link"));
    expect(link.searchParams.get("terug")).toBe("/mijn");
    // Even with the redirect put back into the link by hand, redeeming it stays on the site.
    for (const terug of ["/\t/evil.example", "/%2F%09%2Fevil.example", "/\\evil.example"]) {
      const token = new URL(await createMagicLinkUrl(email, terug)).searchParams.get("token")!;
      const dest = await expectRedirect((await acties()).consumeMagicLinkAction(null, form({ email, token, terug })));
      expect(dest).toBe("/mijn");
    }
    const dest = await expectRedirect(
      (await acties()).consumeMagicLinkAction(null, form({ email, token: link.searchParams.get("token")!, terug: link.searchParams.get("terug")! })),
    );
    expect(dest).toBe("/mijn");
  });

  it("finding 4: the staff password form does not follow terug=/<TAB>/evil.example either", async () => {
    fromIp("192.0.2.42");
    const dest = await expectRedirect(
      (await acties()).loginWithPasswordAction(null, form({ email: "opbouwwerker.heusden@heusden.example", wachtwoord: DEMO_WACHTWOORD, terug: "/\t/evil.example" })),
    );
    expect(dest).toBe("/mijn");
  });
});

describe("finding 5: no magic links for staff", () => {
  it("finding 5: asking a link for a staff address gives the same answer but a mail without a link", async () => {
    const email = "beheerder@heusden.example";
    const before = await mailCount(email);
    fromIp("192.0.2.51");
    const to = await expectRedirect((await acties()).sendMagicLinkAction(null, form({ email })));
    expect(to).toBe(`/inloggen/controleer-je-mail?email=${encodeURIComponent(email)}`);
    const mail = await nextMailTo(email, before);
    expect(mail.text).not.toMatch(/\/inloggen\/link/);
    expect(mail.text).not.toMatch(/token=/);
    expect(mail.text).toMatch(/wachtwoord/);
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(0);
  });

  it("finding 5: a link for a staff account (e.g. from an initiative's confirmation mail) is refused", async () => {
    const email = "opbouwwerker.drunen@heusden.example";
    const url = new URL(await createMagicLinkUrl(email));
    expect(await consumeMagicLink(email, url.searchParams.get("token")!)).toBeNull();
    const url2 = new URL(await createMagicLinkUrl(email));
    const state = await (await acties()).consumeMagicLinkAction(null, form({ email, token: url2.searchParams.get("token")!, terug: "/beheer" }));
    expect(state && !state.ok && state.message).toMatch(/werkt niet meer/);
    expect(await db.sessie.count({ where: { user: { email }, createdAt: { gte: new Date(Date.now() - 5000) } } })).toBe(0);
  });

  it("finding 5: a resident still signs in with a link", async () => {
    const email = `bewoner.${uniq("b")}@test.example`;
    const url = new URL(await createMagicLinkUrl(email));
    expect(await consumeMagicLink(email, url.searchParams.get("token")!)).toMatchObject({ email, rol: "INWONER" });
  });
});

describe("finding 6: sign-in links never in the production log", () => {
  it("finding 6: APP_ENV=production without SMTP_URL is refused at start with a Dutch message", async () => {
    const saved = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      await expect(inProduction(async () => env())).rejects.toThrow(/SMTP_URL: verplicht in productie/);
    } finally {
      process.env.SMTP_URL = saved;
      resetEnvForTests();
    }
  });

  it("finding 6: NEXTAUTH_SECRET is required in production too", () => {
    const saved = { APP_ENV: process.env.APP_ENV, s: process.env.NEXTAUTH_SECRET };
    process.env.APP_ENV = "production";
    delete process.env.NEXTAUTH_SECRET;
    resetEnvForTests();
    try {
      expect(() => env()).toThrow(/NEXTAUTH_SECRET: verplicht in productie/);
    } finally {
      process.env.APP_ENV = saved.APP_ENV;
      if (saved.s !== undefined) process.env.NEXTAUTH_SECRET = saved.s;
      resetEnvForTests();
    }
  });

  it("finding 6: in production LOG_MAGIC_LINKS is ignored: links never reach the log", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    process.env.LOG_MAGIC_LINKS = "true";
    try {
      await inProduction(async () => {
        await createMagicLinkUrl(`log.${uniq("l")}@test.example`);
      });
      expect(info.mock.calls.flat().join(" ")).not.toMatch(/inloggen\/link/);
    } finally {
      delete process.env.LOG_MAGIC_LINKS;
      resetEnvForTests();
      info.mockRestore();
    }
  });

  it("finding 6: the demo log fallback still works outside production (and only there)", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const saved = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    resetEnvForTests();
    try {
      await sendMail({ to: "x@test.example", subject: "demo", text: "inhoud" });
      expect(info).toHaveBeenCalled();
    } finally {
      process.env.SMTP_URL = saved;
      resetEnvForTests();
      info.mockRestore();
    }
  });
});

describe("finding 7: X-Forwarded-For cannot pick the rate-limit key", () => {
  it("finding 7: 25 signals from one client with a different X-Forwarded-For each time are limited", async () => {
    process.env.SBP_PEER_HEADER = "1"; // as under scripts/server.mjs
    g.__testHeaders = { [PEER_HEADER]: "198.51.100.7" };
    const wijk = await db.wijk.findFirstOrThrow({ select: { slug: true } });
    const { maakSignaalAction } = await import("../../app/wijken/actions.ts");
    let ok = 0;
    let limited = 0;
    for (let i = 0; i < 25; i++) {
      fromIp(`203.0.113.${i + 1}`); // the attacker's made-up X-Forwarded-For
      try {
        await maakSignaalAction(null, form({ wijk: wijk.slug, soort: "IDEE", tekst: `Een idee nummer ${i} voor de wijk.` }));
        limited++;
      } catch (e) {
        if (String((e as { digest?: string }).digest).startsWith("NEXT_REDIRECT")) ok++;
        else throw e;
      }
    }
    expect(ok).toBe(env().RATE_LIMIT_MAX);
    expect(limited).toBe(25 - env().RATE_LIMIT_MAX);
  });

  it("finding 7: 25 anonymous place suggestions with varying X-Forwarded-For are limited", async () => {
    process.env.SBP_PEER_HEADER = "1";
    g.__testHeaders = { [PEER_HEADER]: "198.51.100.8" };
    const wijk = await db.wijk.findFirstOrThrow({ select: { slug: true } });
    const { stelPlekVoorAction: stelPlekVoor } = await import("../../app/kaart/voorstellen/actions.ts");
    let ok = 0;
    for (let i = 0; i < 25; i++) {
      fromIp(`203.0.113.${100 + i}, 10.0.0.${i}`);
      const velden = { naam: `Plek ${uniq("p")}`, categorie: "park", wijk: wijk.slug, beschrijving: "Een groene plek met bankjes en een pluktuin.", ligging: "BUITEN" };
      try {
        const r = await stelPlekVoor(null, form(velden));
        expect(r && !r.ok && r.message).toMatch(/te vaak/);
      } catch (e) {
        expect(String((e as { digest?: string }).digest)).toMatch(/^NEXT_REDIRECT/);
        ok++;
      }
    }
    expect(ok).toBe(env().RATE_LIMIT_MAX);
  });
});

describe("finding 10: nobody can lock a colleague out", () => {
  it("finding 10: 11 wrong passwords from an attacker do not stop the owner from another address", async () => {
    const { loginWithPasswordAction } = await acties();
    const email = "opbouwwerker.vlijmen@heusden.example";
    fromIp("192.0.2.100");
    for (let i = 0; i < 11; i++) await loginWithPasswordAction(null, form({ email, wachtwoord: `fout-${i}` }));
    const attacker = await loginWithPasswordAction(null, form({ email, wachtwoord: DEMO_WACHTWOORD }));
    expect(attacker && !attacker.ok && attacker.message).toMatch(/te vaak/);
    // The owner, at the office:
    fromIp("198.51.100.200");
    expect(await expectRedirect(loginWithPasswordAction(null, form({ email, wachtwoord: DEMO_WACHTWOORD })))).toBe("/beheer");
  });

  it("finding 10: one address is limited across accounts (password spraying)", async () => {
    const { loginWithPasswordAction } = await acties();
    fromIp("192.0.2.101");
    const max = env().LOGIN_LIMIT_PER_IP;
    for (let i = 0; i < max; i++) {
      const r = await loginWithPasswordAction(null, form({ email: `onbekend${i}.${uniq("s")}@heusden.example`, wachtwoord: "Zomer2026!" }));
      expect(r && !r.ok && r.message).toMatch(/wachtwoord klopt niet/);
    }
    // Even a right password for an account never tried before is now refused from this address.
    const r = await loginWithPasswordAction(null, form({ email: "opbouwwerker.vlijmen@heusden.example", wachtwoord: DEMO_WACHTWOORD }));
    expect(r && !r.ok && r.message).toMatch(/te vaak/);
    // Another address is not affected.
    fromIp("192.0.2.102");
    expect(await expectRedirect(loginWithPasswordAction(null, form({ email: "opbouwwerker.vlijmen@heusden.example", wachtwoord: DEMO_WACHTWOORD })))).toBe("/beheer");
  });

  it("finding 10: successful sign-ins do not use up the limit (an office behind one address)", async () => {
    const { loginWithPasswordAction } = await acties();
    fromIp("192.0.2.103");
    for (let i = 0; i < env().LOGIN_LIMIT_PER_IP + 5; i++) {
      expect(await expectRedirect(loginWithPasswordAction(null, form({ email: "opbouwwerker.heusden@heusden.example", wachtwoord: DEMO_WACHTWOORD })))).toBe("/beheer");
    }
  });
});

describe("finding 12: server-side sessions", () => {
  async function resident() {
    const u = await createUser(db, { email: `sessie.${uniq("s")}@test.example` });
    return { id: u.id, email: u.email, naam: u.naam, rol: "INWONER" as const };
  }

  it("finding 12: after logoutAction the old cookie no longer signs in", async () => {
    const user = await resident();
    const s = await createSessie(user);
    const cookie = await sessionToken(user, s.id, s.maxAgeSeconds);
    expect(await loadSessionActor(s.id)).toMatchObject({ id: user.id });
    await revokeSessionCookie(cookie); // what the logoutAction action does with the cookie it receives
    expect(await loadSessionActor(s.id)).toBeNull();
    expect((await db.sessie.findUniqueOrThrow({ where: { id: s.id } })).revokedAt).not.toBeNull();
  });

  it("finding 12: a forged or unknown session id is refused", async () => {
    expect(await loadSessionActor("verzonnen")).toBeNull();
    expect(await loadSessionActor(undefined)).toBeNull();
    await revokeSessionCookie("geen-geldige-cookie"); // ignored, no error
  });

  it("finding 12: staff sessions end after 30 minutes idle and after 12 hours in total", async () => {
    const id = await userId("opbouwwerker.heusden@heusden.example");
    const t0 = new Date("2026-11-30T08:00:00Z");
    const s = await createSessie({ id, rol: "OPBOUWWERKER" }, null, t0);
    expect(await loadSessionActor(s.id, new Date(t0.getTime() + 29 * 60_000))).not.toBeNull();
    // Active every 25 minutes: still signed in after 11 hours ...
    let t = t0.getTime();
    for (let i = 0; i < 26; i++) {
      t += 25 * 60_000;
      expect(await loadSessionActor(s.id, new Date(t))).not.toBeNull();
    }
    // ... but never past 12 hours.
    expect(await loadSessionActor(s.id, new Date(t0.getTime() + 12 * 3_600_000 + 1000))).toBeNull();
    const s2 = await createSessie({ id, rol: "OPBOUWWERKER" }, null, t0);
    expect(await loadSessionActor(s2.id, new Date(t0.getTime() + 31 * 60_000))).toBeNull();
  });

  it("finding 12: resident sessions allow 8 hours idle", async () => {
    const user = await resident();
    const t0 = new Date();
    const s = await createSessie(user, null, t0);
    expect(await loadSessionActor(s.id, new Date(t0.getTime() + 7 * 3_600_000))).not.toBeNull();
    expect(await loadSessionActor(s.id, new Date(t0.getTime() + 7 * 3_600_000 + 8 * 3_600_000 + 60_000))).toBeNull();
  });

  it("finding 12: lastSeenAt is written at most once a minute", async () => {
    const user = await resident();
    const t0 = new Date();
    const s = await createSessie(user, null, t0);
    await loadSessionActor(s.id, new Date(t0.getTime() + 30_000));
    expect((await db.sessie.findUniqueOrThrow({ where: { id: s.id } })).lastSeenAt).toEqual(t0);
    const t1 = new Date(t0.getTime() + TOUCH_INTERVAL_MS + 1);
    await loadSessionActor(s.id, t1);
    expect((await db.sessie.findUniqueOrThrow({ where: { id: s.id } })).lastSeenAt).toEqual(t1);
  });

  it("finding 12: revokeAllSessions ends every session of the user (deactivation, role or password change)", async () => {
    const user = await resident();
    const a = await createSessie(user);
    const b = await createSessie(user);
    const other = await resident();
    const c = await createSessie(other);
    expect(await revokeAllSessions(user.id)).toBe(2);
    expect(await loadSessionActor(a.id)).toBeNull();
    expect(await loadSessionActor(b.id)).toBeNull();
    expect(await loadSessionActor(c.id)).not.toBeNull();
  });

  it("finding 12: a deactivated user's session is refused even before it is revoked", async () => {
    const user = await resident();
    const s = await createSessie(user);
    await db.user.update({ where: { id: user.id }, data: { actief: false } });
    expect(await loadSessionActor(s.id)).toBeNull();
  });

  it("finding 2: npm run demo:verwijderen's function switches demo accounts off and ends their sessions", async () => {
    const id = await userId("opbouwwerker.drunen@heusden.example");
    const s = await createSessie({ id, rol: "OPBOUWWERKER" });
    expect(await deactivateDemoAccounts(db)).toBe(7);
    expect(await activeDemoAccounts(db)).toEqual([]);
    expect(await loadSessionActor(s.id)).toBeNull();
    expect(await verifyPassword("beheerder@heusden.example", DEMO_WACHTWOORD)).toBeNull();
    const u = await db.user.findUniqueOrThrow({ where: { id }, select: { actief: true, passwordHash: true } });
    expect(u).toEqual({ actief: false, passwordHash: null });
    expect(await deactivateDemoAccounts(db)).toBe(0);
  });
});

describe("OIDC start route", () => {
  it("refuses a cross-site POST (login CSRF) and answers 403 when OIDC is not configured", async () => {
    const { NextRequest } = await import("next/server");
    const { POST } = await import("../../app/inloggen/gemeente/route.ts");
    const req = (origin: string) => new NextRequest("http://localhost:3000/inloggen/gemeente", { method: "POST", headers: { origin } });
    expect((await POST(req("http://localhost:3000"))).status).toBe(403); // not configured here
    Object.assign(process.env, { OIDC_ISSUER: "http://127.0.0.1:9/", OIDC_CLIENT_ID: "x", OIDC_CLIENT_SECRET: "y" });
    resetEnvForTests();
    try {
      expect((await POST(req("https://evil.example"))).status).toBe(403);
    } finally {
      for (const k of ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"]) delete process.env[k];
      resetEnvForTests();
    }
  });
});

describe("sign-in links per client address", () => {
  it("the limit per address holds over different e-mail addresses; another address still gets its link", async () => {
    process.env.INLOGLINK_LIMIT_PER_IP = "3";
    resetEnvForTests();
    try {
      fromIp("192.0.2.61");
      for (let i = 0; i < 3; i++) {
        const to = await expectRedirect((await acties()).sendMagicLinkAction(null, form({ email: `reeks.${i}.${uniq("l")}@test.example` })));
        expect(to).toMatch(/^\/inloggen\/controleer-je-mail/);
      }
      const vierde = `reeks.4.${uniq("l")}@test.example`;
      const state = await (await acties()).sendMagicLinkAction(null, form({ email: vierde }));
      expect(state && !state.ok && state.message).toMatch(/te vaak achter elkaar/);
      // What the resident typed stays in the form, and no link exists for the refused request.
      expect(state && !state.ok && state.values?.email).toBe(vierde);
      expect(await db.verificationToken.count({ where: { identifier: vierde } })).toBe(0);
      fromIp("192.0.2.62");
      const anders = `reeks.ander.${uniq("l")}@test.example`;
      expect(await expectRedirect((await acties()).sendMagicLinkAction(null, form({ email: anders })))).toMatch(/^\/inloggen\/controleer-je-mail/);
      expect(await db.verificationToken.count({ where: { identifier: anders } })).toBe(1);
    } finally {
      delete process.env.INLOGLINK_LIMIT_PER_IP;
      resetEnvForTests();
    }
  });
});
