import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { consumeMagicLink, sendMagicLink, verifyPassword, safeReturnPath } from "../../lib/auth/login.ts";
import { loadActor } from "../../lib/auth/actor.ts";
import { requireWijkPermission } from "../../lib/auth/guard.ts";
import { leesDashboard } from "../../lib/data/beheer.ts";
import { seedDemo } from "../../prisma/seed-lib.ts";
import { DEMO_ACCOUNTS, DEMO_WACHTWOORD } from "../../prisma/demo-data.ts";
import { startSmtpSink, extractLink } from "../support/smtp-sink.ts";
import { actAs, expectRedirect, form } from "../support/actors.ts";
import { resetEnvForTests } from "../../lib/env.ts";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetEnvForTests();
  await seedDemo(db);
});
afterAll(async () => {
  await sink.close();
});

describe("staff sign-in with password", () => {
  it.each(DEMO_ACCOUNTS.map((a) => [a.rol, a.email]))("%s %s can sign in", async (rol, email) => {
    const user = await verifyPassword(email, DEMO_WACHTWOORD);
    expect(user?.rol).toBe(rol);
    expect(user?.email).toBe(email);
  });

  it("a wrong password gives no user; the sign-in action shows a Dutch error and keeps the e-mail", async () => {
    expect(await verifyPassword("ambtenaar@heusden.example", "fout-wachtwoord")).toBeNull();
    expect(await verifyPassword("bestaat-niet@heusden.example", DEMO_WACHTWOORD)).toBeNull();
    const { loginWithPasswordAction } = await import("../../app/inloggen/actions.ts");
    const state = await loginWithPasswordAction(null, form({ email: "ambtenaar@heusden.example", wachtwoord: "fout" }));
    expect(state?.ok).toBe(false);
    expect(state && !state.ok && state.message).toMatch(/wachtwoord klopt niet/);
    expect(state?.values?.email).toBe("ambtenaar@heusden.example");
    expect(state?.values).not.toHaveProperty("wachtwoord");
  });

  it("the sign-in action with the right password redirects staff to /beheer (beheerder: first the second step)", async () => {
    const { loginWithPasswordAction } = await import("../../app/inloggen/actions.ts");
    const to = await expectRedirect(loginWithPasswordAction(null, form({ email: "opbouwwerker.heusden@heusden.example", wachtwoord: DEMO_WACHTWOORD })));
    expect(to).toBe("/beheer");
    const beheerder = await expectRedirect(loginWithPasswordAction(null, form({ email: "beheerder@heusden.example", wachtwoord: DEMO_WACHTWOORD })));
    expect(beheerder).toBe("/inloggen/tweede-stap");
  });

  it("an empty form lists every missing field", async () => {
    const { loginWithPasswordAction } = await import("../../app/inloggen/actions.ts");
    const state = await loginWithPasswordAction(null, form({ email: "", wachtwoord: "" }));
    expect(state && !state.ok && Object.keys(state.fieldErrors).sort()).toEqual(["email", "wachtwoord"]);
  });

  it("a password typed into a failed sign-in (empty e-mail, or rate limited) is never sent back in the form state", async () => {
    const { loginWithPasswordAction } = await import("../../app/inloggen/actions.ts");
    const invalid = await loginWithPasswordAction(null, form({ email: "", wachtwoord: "Geheim-123!" }));
    expect(invalid && !invalid.ok).toBe(true);
    expect(invalid?.values).not.toHaveProperty("wachtwoord");
    expect(JSON.stringify(invalid)).not.toContain("Geheim-123!");
    // Rate limited: the AppError path of the form helper.
    const g = globalThis as unknown as { __testIp: string };
    const ip = g.__testIp;
    g.__testIp = "192.0.2.250";
    try {
      let state = null;
      for (let i = 0; i < 40 && !(state && !state.ok && /te vaak/.test(state.message)); i++) {
        state = await loginWithPasswordAction(null, form({ email: `niemand${i}@heusden.example`, wachtwoord: "Geheim-123!" }));
      }
      expect(state && !state.ok && state.message).toMatch(/te vaak/);
      expect(JSON.stringify(state)).not.toContain("Geheim-123!");
      expect(state?.values).toHaveProperty("email");
    } finally {
      g.__testIp = ip;
    }
  });
});

describe("resident magic link through SMTP", () => {
  it("mails a one-time link that signs in (and creates) the resident", async () => {
    const email = "nieuwe.bewoner@test.example";
    await sendMagicLink(email, "/mijn/initiatieven");
    const mail = await sink.waitFor((m) => m.to.includes(email));
    expect(mail.subject).toMatch(/inloglink/i);
    const link = new URL(extractLink(mail.text, "/inloggen/link"));
    expect(link.searchParams.get("terug")).toBe("/mijn/initiatieven");
    const user = await consumeMagicLink(link.searchParams.get("email")!, link.searchParams.get("token")!);
    expect(user).toMatchObject({ email, rol: "INWONER" });
    // the same link cannot be used twice
    expect(await consumeMagicLink(email, link.searchParams.get("token")!)).toBeNull();
  });

  it("refuses a made-up or expired token", async () => {
    expect(await consumeMagicLink("inwoner@heusden.example", "verzonnen-token-1234567890")).toBeNull();
    await sendMagicLink("laat@test.example");
    const mail = await sink.waitFor((m) => m.to.includes("laat@test.example"));
    const link = new URL(extractLink(mail.text, "/inloggen/link"));
    await db.verificationToken.updateMany({ where: { identifier: "laat@test.example" }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await consumeMagicLink("laat@test.example", link.searchParams.get("token")!)).toBeNull();
  });

  it("only same-site return paths are followed", () => {
    expect(safeReturnPath("/mijn")).toBe("/mijn");
    expect(safeReturnPath("https://evil.example")).toBe("/mijn");
    expect(safeReturnPath("//evil.example")).toBe("/mijn");
  });
});

describe("authorization where the data is", () => {
  it("an inwoner is refused the staff dashboard data; staff get it", async () => {
    const inwoner = await loadActor((await db.user.findUniqueOrThrow({ where: { email: "inwoner@heusden.example" } })).id);
    await expect(leesDashboard(inwoner)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(leesDashboard(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const ow = await loadActor((await db.user.findUniqueOrThrow({ where: { email: "opbouwwerker.drunen@heusden.example" } })).id);
    const d = await leesDashboard(ow);
    expect(d.wijken).toContain("Centrum-Drunen");
  });

  it("an opbouwwerker is scoped to their own wijken", async () => {
    const ow = await loadActor((await db.user.findUniqueOrThrow({ where: { email: "opbouwwerker.drunen@heusden.example" } })).id);
    const eigen = await db.wijk.findUniqueOrThrow({ where: { slug: "centrum-drunen" } });
    const ander = await db.wijk.findUniqueOrThrow({ where: { slug: "vesting-heusden" } });
    expect(() => requireWijkPermission(ow, "agenda:edit", eigen.id)).not.toThrow();
    expect(() => requireWijkPermission(ow, "agenda:edit", ander.id)).toThrow(/wijken waar u werkt/);
  });

  it("a deactivated account is no longer an actor", async () => {
    const u = await db.user.create({ data: { email: "weg@test.example", rol: "AMBTENAAR", actief: false } });
    expect(await loadActor(u.id)).toBeNull();
  });

  it("the logout action clears the session and goes home", async () => {
    actAs(null);
    const { logoutAction } = await import("../../app/inloggen/actions.ts");
    expect(await expectRedirect(logoutAction(null, new FormData()))).toBe("/");
  });
});
