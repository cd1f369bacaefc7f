/**
 * Second sign-in step for staff (issue 10): TOTP codes, replay protection, recovery codes, the
 * pending-login cookie, enrollment, STAFF_LOGIN=oidc and "magic links for residents only".
 * Server actions are called directly, the way an attacker posts them; cookies live in one jar per test.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { decode } from "next-auth/jwt";
import { db } from "../../lib/db.ts";
import { hashPassword } from "../../lib/auth/login.ts";
import { authSecret, sessionCookieName } from "../../lib/auth/secret.ts";
import { loadActor } from "../../lib/auth/actor.ts";
import { encryptTotpSecret, newTotpSecret, timeStep, totpCode } from "../../lib/auth/totp-kern.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import { seedDemo } from "../../prisma/seed-lib.ts";
import { DEMO_TOTP_GEHEIM, DEMO_WACHTWOORD } from "../../prisma/demo-data.ts";
import { startSmtpSink } from "../support/smtp-sink.ts";
import { actAs, expectRedirect, form } from "../support/actors.ts";
import type { Rol } from "../../lib/auth/permissions.ts";

// One cookie jar that survives between calls (the shared setup gives a fresh jar per call).
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "127.0.0.1" }),
  cookies: async () => ({
    get: (n: string) => (jar.has(n) ? { name: n, value: jar.get(n) } : undefined),
    set: (n: string, v: string) => jar.set(n, v),
    delete: (n: string) => jar.delete(n),
    has: (n: string) => jar.has(n),
  }),
}));

const PENDING = "sbp.tweede-stap";
const PW = "Een-goed-wachtwoord-2026";

const { loginWithPasswordAction, consumeMagicLinkAction } = await import("../../app/inloggen/actions.ts");
const { verifySecondFactorAction, activateTotpAction } = await import("../../app/inloggen/tweede-stap/actions.ts");
const account = await import("../../app/beheer/account/actions.ts");

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let n = 0;

/** A staff account with a password and, if `totp`, its own TOTP secret. */
async function staff(rol: Rol, totp: boolean) {
  const secret = newTotpSecret();
  const user = await db.user.create({
    data: {
      email: `tweestaps.${rol.toLowerCase()}.${++n}@test.example`,
      rol,
      passwordHash: await hashPassword(PW),
      ...(totp ? { totpGeheim: encryptTotpSecret(secret), totpActiefSinds: new Date() } : {}),
    },
  });
  return { user, secret, actor: (await loadActor(user.id))! };
}

async function passwordStep(email: string, wachtwoord = PW) {
  return expectRedirect(loginWithPasswordAction(null, form({ email, wachtwoord })));
}

function hasSession() {
  return jar.has(sessionCookieName());
}

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetEnvForTests();
  await seedDemo(db);
});
afterAll(async () => {
  await sink.close();
  delete process.env.STAFF_LOGIN;
  resetEnvForTests();
});
beforeEach(() => {
  jar.clear();
  actAs(null);
});

describe("staff login requires the second factor", () => {
  it("a beheerder with the right password gets no session, only the pending second-step cookie", async () => {
    expect(await passwordStep("beheerder@heusden.example", DEMO_WACHTWOORD)).toBe("/inloggen/tweede-stap");
    expect(hasSession()).toBe(false);
    expect(jar.has(PENDING)).toBe(true);
    // The pending cookie is sealed with its own key: it never passes as a session token.
    const asSession = await decode({ token: jar.get(PENDING)!, secret: authSecret() }).catch(() => null);
    expect(asSession).toBeNull();
    // The demo secret from the README gives the code.
    const state = verifySecondFactorAction(null, form({ code: await totpCode(DEMO_TOTP_GEHEIM) }));
    expect(await expectRedirect(state)).toBe("/beheer");
    expect(hasSession()).toBe(true);
    expect(jar.has(PENDING)).toBe(false);
  });

  it("a wrong code is refused, the code is not kept in the form, and no session starts", async () => {
    const { user, secret } = await staff("AMBTENAAR", true);
    await passwordStep(user.email);
    const good = await totpCode(secret);
    const wrong = good === "000000" ? "111111" : "000000";
    const state = await verifySecondFactorAction(null, form({ code: wrong }));
    expect(state?.ok).toBe(false);
    expect(state && !state.ok && state.fieldErrors.code?.[0]).toMatch(/klopt niet/);
    expect(state?.values).toEqual({});
    expect(hasSession()).toBe(false);
    // A code from two steps ago (outside the window) is refused too.
    expect((await verifySecondFactorAction(null, form({ code: await totpCode(secret, Date.now() - 90_000) })))?.ok).toBe(false);
    expect(hasSession()).toBe(false);
  });

  it("a code cannot be used twice (replay), also not in a new sign-in", async () => {
    const { user, secret } = await staff("BEHEERDER", true);
    const code = await totpCode(secret);
    await passwordStep(user.email);
    await expectRedirect(verifySecondFactorAction(null, form({ code })));
    expect(hasSession()).toBe(true);
    jar.clear();
    await passwordStep(user.email);
    const again = await verifySecondFactorAction(null, form({ code }));
    expect(again?.ok).toBe(false);
    expect(hasSession()).toBe(false);
    // The next code from the app (within the window) is accepted, and the last step moves on.
    await expectRedirect(verifySecondFactorAction(null, form({ code: await totpCode(secret, Date.now() + 30_000) })));
    expect(hasSession()).toBe(true);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpLaatsteStap: true } });
    expect(row.totpLaatsteStap).toBeGreaterThanOrEqual(timeStep());
  });

  it("two requests with the same code at once: only one gets a session", async () => {
    const { user, secret } = await staff("AMBTENAAR", true);
    await passwordStep(user.email);
    const code = await totpCode(secret);
    const { verifySecondFactor } = await import("../../lib/auth/totp.ts");
    const results = await Promise.all([verifySecondFactor(user.id, code), verifySecondFactor(user.id, code)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("the second-step action without the pending cookie is refused (no skipping the second step)", async () => {
    const { secret } = await staff("BEHEERDER", true);
    const state = await verifySecondFactorAction(null, form({ code: await totpCode(secret) }));
    expect(state?.ok).toBe(false);
    expect(state && !state.ok && state.message).toMatch(/verlopen/);
    expect(hasSession()).toBe(false);
  });

  it("another user's code does not complete this user's pending sign-in; a changed cookie is refused", async () => {
    const victim = await staff("BEHEERDER", true);
    const attacker = await staff("OPBOUWWERKER", true);
    // The attacker knows the victim's password but only has their own app.
    await passwordStep(victim.user.email);
    expect((await verifySecondFactorAction(null, form({ code: await totpCode(attacker.secret) })))?.ok).toBe(false);
    expect(hasSession()).toBe(false);
    // Tampering with the sealed cookie (e.g. to put another user id in it) breaks it.
    const sealed = jar.get(PENDING)!;
    const flipped = sealed.slice(0, -2) + (sealed.at(-2) === "A" ? "B" : "A") + sealed.at(-1);
    jar.set(PENDING, flipped);
    expect((await verifySecondFactorAction(null, form({ code: await totpCode(victim.secret) })))?.ok).toBe(false);
    expect(hasSession()).toBe(false);
    // The attacker's own pending cookie gives a session for the attacker only, never for the victim.
    jar.clear();
    await passwordStep(attacker.user.email);
    const attackerCookie = jar.get(PENDING)!;
    jar.clear();
    await passwordStep(victim.user.email);
    jar.set(PENDING, attackerCookie);
    await expectRedirect(verifySecondFactorAction(null, form({ code: await totpCode(attacker.secret) })));
    const session = await decode({ token: jar.get(sessionCookieName())!, secret: authSecret() });
    expect(session?.sub).toBe(attacker.user.id);
  });

  it("an expired pending cookie is refused", async () => {
    const { user, secret } = await staff("AMBTENAAR", true);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      await passwordStep(user.email);
      vi.setSystemTime(Date.now() + 6 * 60_000);
      const state = await verifySecondFactorAction(null, form({ code: await totpCode(secret) }));
      expect(state && !state.ok && state.message).toMatch(/verlopen/);
    } finally {
      vi.useRealTimers();
    }
    expect(hasSession()).toBe(false);
  });

  it("code attempts are rate limited per account", async () => {
    const { user, secret } = await staff("AMBTENAAR", true);
    await passwordStep(user.email);
    const good = await totpCode(secret);
    const wrong = good === "000000" ? "111111" : "000000";
    for (let i = 0; i < 10; i++) expect((await verifySecondFactorAction(null, form({ code: wrong })))?.ok).toBe(false);
    const blocked = await verifySecondFactorAction(null, form({ code: good }));
    expect(blocked && !blocked.ok && blocked.message).toMatch(/te vaak/);
    expect(hasSession()).toBe(false);
  });
});

describe("rate limit counts failed codes only", () => {
  it("successful sign-ins do not use up the attempts of an account", async () => {
    const { user, secret } = await staff("AMBTENAAR", true);
    const good = await totpCode(secret);
    const wrong = good === "000000" ? "111111" : "000000";
    await passwordStep(user.email);
    for (let i = 0; i < 9; i++) expect((await verifySecondFactorAction(null, form({ code: wrong })))?.ok).toBe(false);
    await expectRedirect(verifySecondFactorAction(null, form({ code: good }))); // attempt 10, taken back
    jar.clear();
    await passwordStep(user.email);
    const tenth = await verifySecondFactorAction(null, form({ code: wrong }));
    expect(tenth && !tenth.ok && tenth.message).toMatch(/klopt niet/);
    const eleventh = await verifySecondFactorAction(null, form({ code: await totpCode(secret, Date.now() + 30_000) }));
    expect(eleventh && !eleventh.ok && eleventh.message).toMatch(/te vaak/);
    expect(hasSession()).toBe(false);
  });
});

describe("recovery codes", () => {
  it("a recovery code works once, and its use is audited", async () => {
    const { user, actor } = await staff("AMBTENAAR", false);
    const pendingSecret = await enrolledViaLogin(user.email);
    expect(pendingSecret.codes).toHaveLength(10);
    jar.clear();
    const herstel = pendingSecret.codes[3].toUpperCase().replace("-", " ");
    await passwordStep(user.email);
    expect(await expectRedirect(verifySecondFactorAction(null, form({ code: herstel })))).toBe("/beheer");
    jar.clear();
    await passwordStep(user.email);
    expect((await verifySecondFactorAction(null, form({ code: pendingSecret.codes[3] })))?.ok).toBe(false);
    expect(hasSession()).toBe(false);
    const audit = await db.auditLog.findMany({ where: { entiteitId: actor.id, entiteit: "User" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.actie)).toEqual(["tweestaps.ingesteld", "tweestaps.herstelcode_gebruikt"]);
    // Stored hashed: no plain code in the database.
    const rows = await db.herstelcode.findMany({ where: { userId: user.id } });
    expect(rows.some((r) => pendingSecret.codes.includes(r.hash))).toBe(false);
  });
});

/** Reads the secret and codes the enrollment page shows (from the sealed cookie) and confirms with a code. */
async function enrolledViaLogin(email: string) {
  jar.clear();
  expect(await passwordStep(email)).toBe("/inloggen/tweestaps-instellen");
  const { readPendingLogin } = await import("../../lib/auth/tweede-stap.ts");
  const pending = (await readPendingLogin())!;
  expect(pending.fase).toBe("instellen");
  const wrong = await activateTotpAction(null, form({ code: "123456" === (await totpCode(pending.geheim!)) ? "654321" : "123456" }));
  expect(wrong?.ok).toBe(false);
  expect(hasSession()).toBe(false);
  await expectRedirect(activateTotpAction(null, form({ code: await totpCode(pending.geheim!) })));
  expect(hasSession()).toBe(true);
  return { geheim: pending.geheim!, codes: pending.codes! };
}

describe("enrollment and optional use", () => {
  it("a new ambtenaar must set up the app before any session; afterwards the code is asked", async () => {
    const { user } = await staff("AMBTENAAR", false);
    const { geheim } = await enrolledViaLogin(user.email);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpGeheim: true, totpActiefSinds: true } });
    expect(row.totpActiefSinds).not.toBeNull();
    expect(row.totpGeheim).not.toContain(geheim); // encrypted at rest
    jar.clear();
    expect(await passwordStep(user.email)).toBe("/inloggen/tweede-stap");
    expect(hasSession()).toBe(false);
  });

  it("an enrolled user cannot set up a new app with an old enrollment cookie", async () => {
    const { user } = await staff("BEHEERDER", false);
    expect(await passwordStep(user.email)).toBe("/inloggen/tweestaps-instellen");
    const stale = jar.get(PENDING)!;
    await enrolledViaLogin(user.email);
    jar.clear();
    jar.set(PENDING, stale);
    const { readPendingLogin } = await import("../../lib/auth/tweede-stap.ts");
    const p = (await readPendingLogin())!;
    const state = await activateTotpAction(null, form({ code: await totpCode(p.geheim!) }));
    expect(state?.ok).toBe(false);
    expect(hasSession()).toBe(false);
  });

  it("an opbouwwerker without the second step signs in with the password only", async () => {
    const { user } = await staff("OPBOUWWERKER", false);
    expect(await passwordStep(user.email)).toBe("/beheer");
    expect(hasSession()).toBe(true);
    expect(jar.has(PENDING)).toBe(false);
  });

  it("an opbouwwerker who switched it on must give the code", async () => {
    const { user } = await staff("OPBOUWWERKER", true);
    expect(await passwordStep(user.email)).toBe("/inloggen/tweede-stap");
    expect(hasSession()).toBe(false);
  });
});

describe("account page actions", () => {
  it("an opbouwwerker sets it up from the account page and switches it off with a code (audited)", async () => {
    const { user, actor } = await staff("OPBOUWWERKER", false);
    actAs(actor);
    expect(await expectRedirect(account.startTotpSetupAction(null, form({})))).toBe("/beheer/account/instellen");
    const { readPendingSetup } = await import("../../lib/auth/tweede-stap.ts");
    const p = (await readPendingSetup(user.id))!;
    expect(await expectRedirect(account.confirmTotpSetupAction(null, form({ code: await totpCode(p.geheim) })))).toBe("/beheer/account?ingesteld=1");
    // Same code again is a replay; the next one works.
    expect((await account.switchOffTotpAction(null, form({ code: await totpCode(p.geheim) })))?.ok).toBe(false);
    expect(await expectRedirect(account.switchOffTotpAction(null, form({ code: await totpCode(p.geheim, Date.now() + 30_000) })))).toBe("/beheer/account?uitgezet=1");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpGeheim: true, totpActiefSinds: true } });
    expect(row).toEqual({ totpGeheim: null, totpActiefSinds: null });
    const acties = (await db.auditLog.findMany({ where: { entiteitId: user.id }, orderBy: { createdAt: "asc" } })).map((a) => a.actie);
    expect(acties).toEqual(["tweestaps.ingesteld", "tweestaps.uitgezet"]);
  });

  it("a beheerder or ambtenaar cannot switch it off, even with a right code", async () => {
    for (const rol of ["BEHEERDER", "AMBTENAAR"] as const) {
      const { user, secret, actor } = await staff(rol, true);
      actAs(actor);
      const state = await account.switchOffTotpAction(null, form({ code: await totpCode(secret) }));
      expect(state && !state.ok && state.message).toMatch(/verplicht/);
      const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpActiefSinds: true } });
      expect(row.totpActiefSinds).not.toBeNull();
    }
  });

  it("new recovery codes need a current code; the old codes stop working", async () => {
    const { user, secret, actor } = await staff("AMBTENAAR", true);
    actAs(actor);
    expect((await account.makeNewRecoveryCodesAction(null, form({ code: "000000" === (await totpCode(secret)) ? "111111" : "000000" })))?.ok).toBe(false);
    const first = await account.makeNewRecoveryCodesAction(null, form({ code: await totpCode(secret) }));
    const codes = (first?.ok && (first.data?.codes as string[])) || [];
    expect(codes).toHaveLength(10);
    const second = await account.makeNewRecoveryCodesAction(null, form({ code: await totpCode(secret, Date.now() + 30_000) }));
    expect(second?.ok).toBe(true);
    actAs(null);
    await passwordStep(user.email);
    expect((await verifySecondFactorAction(null, form({ code: codes[0] })))?.ok).toBe(false);
    expect(await db.auditLog.count({ where: { entiteitId: user.id, actie: "tweestaps.herstelcodes_vernieuwd" } })).toBe(2);
  });

  it("a resident or nobody cannot use the account actions; an active app cannot be replaced without a code", async () => {
    const inwoner = await loadActor((await db.user.findUniqueOrThrow({ where: { email: "inwoner@heusden.example" } })).id);
    actAs(inwoner);
    expect(await account.startTotpSetupAction(null, form({}))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await account.makeNewRecoveryCodesAction(null, form({ code: "123456" })))?.ok).toBe(false);
    actAs(null);
    expect(await account.startTotpSetupAction(null, form({}))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    const { actor } = await staff("BEHEERDER", true);
    actAs(actor);
    expect(await expectRedirect(account.startTotpSetupAction(null, form({})))).toBe("/beheer/account");
    expect(jar.has("sbp.tweestaps-instellen")).toBe(false);
  });
});

describe("STAFF_LOGIN=oidc", () => {
  it("refuses password sign-in for staff with a message pointing to the municipality's login", async () => {
    process.env.STAFF_LOGIN = "oidc";
    resetEnvForTests();
    try {
      const { user } = await staff("OPBOUWWERKER", false);
      const state = await loginWithPasswordAction(null, form({ email: user.email, wachtwoord: PW }));
      expect(state?.ok).toBe(false);
      expect(state && !state.ok && state.message).toMatch(/Inloggen via de gemeente/);
      expect(state?.values).toEqual({ email: user.email });
      expect(hasSession()).toBe(false);
      expect(jar.has(PENDING)).toBe(false);
    } finally {
      delete process.env.STAFF_LOGIN;
      resetEnvForTests();
    }
  });
});

describe("magic links are for residents only", () => {
  it("a staff e-mail address gets no sign-in link, and a link token cannot sign in staff", async () => {
    const { sendMagicLinkAction } = await import("../../app/inloggen/actions.ts");
    const { createMagicLinkUrl } = await import("../../lib/auth/login.ts");
    const { user } = await staff("BEHEERDER", true);
    await expectRedirect(sendMagicLinkAction(null, form({ email: user.email })));
    const mail = await sink.waitFor((m) => m.to.includes(user.email));
    expect(mail.text).not.toMatch(/\/inloggen\/link/);
    expect(mail.text).toMatch(/medewerker/);
    // Even a valid token (e.g. from an initiative mail to this address) does not sign in staff.
    const url = new URL(await createMagicLinkUrl(user.email));
    const state = await consumeMagicLinkAction(null, form({ email: user.email, token: url.searchParams.get("token")! }));
    expect(state?.ok).toBe(false);
    expect(hasSession()).toBe(false);
  });
});

describe("sign-in through the identity provider (OIDC)", () => {
  async function oidcSignIn(email: string) {
    const { authOptions } = await import("../../lib/auth/options.ts");
    const signIn = authOptions().callbacks!.signIn!;
    return signIn({
      user: { id: "idp-1", email },
      account: { provider: "oidc", type: "oauth", providerAccountId: "idp-1" },
    } as Parameters<typeof signIn>[0]);
  }

  it("with STAFF_LOGIN=wachtwoord-totp staff cannot skip the second step through OIDC; residents can use it", async () => {
    const { user } = await staff("BEHEERDER", true);
    expect(await oidcSignIn(user.email)).toBe(false);
    expect(await oidcSignIn("inwoner@heusden.example")).toBe(true);
    expect(await oidcSignIn("nieuw.via.idp@test.example")).toBe(true);
  });

  it("with STAFF_LOGIN=oidc staff sign in through the identity provider", async () => {
    process.env.STAFF_LOGIN = "oidc";
    resetEnvForTests();
    try {
      const { user } = await staff("AMBTENAAR", false);
      expect(await oidcSignIn(user.email)).toBe(true);
    } finally {
      delete process.env.STAFF_LOGIN;
      resetEnvForTests();
    }
  });
});

describe("a beheerder resets a colleague's second step", () => {
  it("needs the beheerder's own code; the colleague must set up the app again; audited", async () => {
    const beheerder = await staff("BEHEERDER", true);
    const collega = await staff("AMBTENAAR", true);
    actAs(beheerder.actor);
    const wrong = (await totpCode(beheerder.secret)) === "000000" ? "111111" : "000000";
    const refused = await account.resetColleagueTotpAction(null, form({ email: collega.user.email, code: wrong }));
    expect(refused?.ok).toBe(false);
    expect(refused?.values).toEqual({ email: collega.user.email });
    expect((await db.user.findUniqueOrThrow({ where: { id: collega.user.id }, select: { totpActiefSinds: true } })).totpActiefSinds).not.toBeNull();

    const ok = await account.resetColleagueTotpAction(null, form({ email: collega.user.email, code: await totpCode(beheerder.secret) }));
    expect(ok?.ok).toBe(true);
    const row = await db.user.findUniqueOrThrow({ where: { id: collega.user.id }, select: { totpGeheim: true, totpActiefSinds: true } });
    expect(row).toEqual({ totpGeheim: null, totpActiefSinds: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entiteitId: collega.user.id, actie: "tweestaps.teruggezet" } });
    expect(audit.actorId).toBe(beheerder.user.id);
    actAs(null);
    expect(await passwordStep(collega.user.email)).toBe("/inloggen/tweestaps-instellen");
    expect(hasSession()).toBe(false);
  });

  it("an ambtenaar or opbouwwerker cannot reset anyone's second step, even with their own right code", async () => {
    const slachtoffer = await staff("BEHEERDER", true);
    for (const rol of ["AMBTENAAR", "OPBOUWWERKER"] as const) {
      const { secret, actor } = await staff(rol, true);
      actAs(actor);
      const state = await account.resetColleagueTotpAction(null, form({ email: slachtoffer.user.email, code: await totpCode(secret) }));
      expect(state && !state.ok && state.message).toMatch(/geen toestemming/);
    }
    const row = await db.user.findUniqueOrThrow({ where: { id: slachtoffer.user.id }, select: { totpActiefSinds: true } });
    expect(row.totpActiefSinds).not.toBeNull();
  });

  it("a beheerder cannot reset their own second step this way", async () => {
    const beheerder = await staff("BEHEERDER", true);
    actAs(beheerder.actor);
    const state = await account.resetColleagueTotpAction(null, form({ email: beheerder.user.email, code: await totpCode(beheerder.secret) }));
    expect(state && !state.ok && state.message).toMatch(/eigen tweede stap/);
    const row = await db.user.findUniqueOrThrow({ where: { id: beheerder.user.id }, select: { totpActiefSinds: true } });
    expect(row.totpActiefSinds).not.toBeNull();
  });
});
