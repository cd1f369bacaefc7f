/**
 * The test harness itself (issue 11): the cookie jar keeps what the code writes, the signed-in user
 * can come from the real session cookie, and the page guards are the real ones. Each test here fails
 * when the behaviour it covers is deleted (the session cookie in startSession, the draft cookie of an
 * initiative, the staff check in requireStaffPage).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startSession } from "@/lib/auth/sessie";
import { sessionCookieName } from "@/lib/auth/secret";
import { currentUser, requireStaffPage, requireUserPage } from "@/lib/auth/session";
import { startConceptAction, bewaarConceptStapAction } from "@/app/initiatief/actions";
import { CONCEPT_COOKIE } from "@/app/initiatief/cookie";
import SuggestiesPage from "@/app/beheer/suggesties/page";
import { actAs, cookieJar, expectRedirect, form, fromIp, useSessionCookie } from "../support/actors";
import { actorOf, createUser } from "../factories";

describe("the cookie jar keeps what the code writes", () => {
  it("a sign-in writes the session cookie, and the next call in the same test is signed in by it", async () => {
    useSessionCookie();
    const user = await createUser(db, { rol: "INWONER" });
    expect(await currentUser()).toBeNull();
    await startSession({ id: user.id, email: user.email, naam: user.naam, rol: user.rol });
    const cookie = cookieJar().get(sessionCookieName());
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    expect((await currentUser())?.id).toBe(user.id);
    expect((await requireUserPage("/mijn")).id).toBe(user.id);
  });

  it("starts every test with an empty jar", async () => {
    useSessionCookie();
    expect(cookieJar().size).toBe(0);
    expect(await currentUser()).toBeNull();
  });

  it("an initiative draft started without an account is found again through its cookie", async () => {
    useSessionCookie();
    fromIp("192.0.2.71");
    expect(await expectRedirect(startConceptAction(null, form({})))).toBe("/initiatief/nieuw/idee");
    const cookie = cookieJar().get(CONCEPT_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, path: "/initiatief" });
    const concept = await db.initiatief.findUnique({ where: { conceptSleutel: cookie!.value }, select: { status: true } });
    expect(concept?.status).toBe("CONCEPT");
    // The next step, without the key in the form: the draft comes from the cookie, so the answer is
    // about the empty fields, not "not found".
    const r = await bewaarConceptStapAction(null, form({ stap: "idee" }));
    expect(r?.ok).toBe(false);
    expect(r && !r.ok && r.message).not.toMatch(/niet gevonden/);
    expect(r && !r.ok && Object.keys(r.fieldErrors).length).toBeGreaterThan(0);
  });
});

describe("the real page guards", () => {
  it("requireStaffPage sends a resident to /geen-toegang and someone signed out to the sign-in page", async () => {
    const inwoner = actorOf(await createUser(db, { rol: "INWONER" }));
    actAs(inwoner);
    expect(await expectRedirect(requireStaffPage("/beheer"))).toBe("/geen-toegang?reden=medewerker");
    expect(await expectRedirect(SuggestiesPage({ searchParams: Promise.resolve({}) }))).toBe("/geen-toegang?reden=medewerker");
    actAs(null);
    expect(await expectRedirect(requireStaffPage("/beheer/suggesties"))).toBe(`/inloggen?terug=${encodeURIComponent("/beheer/suggesties")}`);
    const beheerder = actorOf(await createUser(db, { rol: "BEHEERDER" }));
    actAs(beheerder);
    expect((await requireStaffPage("/beheer")).id).toBe(beheerder.id);
  });

  it("requireStaffPage refuses a resident signed in by a real session cookie", async () => {
    useSessionCookie();
    const user = await createUser(db, { rol: "INWONER" });
    await startSession({ id: user.id, email: user.email, naam: user.naam, rol: user.rol });
    expect(await expectRedirect(requireStaffPage("/beheer"))).toBe("/geen-toegang?reden=medewerker");
  });
});
