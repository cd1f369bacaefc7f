/**
 * Issue 16, Volg dit initiatief: double opt-in (no update mail before the confirmation), exactly one
 * mail per update per confirmed follower (with List-Unsubscribe one-click headers and the manage link),
 * nothing after unsubscribing, a token that touches only its own subscription, the one-click POST,
 * only public approved initiatives, following from an account, the rate limit, a failed mail that does
 * not undo the update, and "Uw gegevens". On both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import { plaatsUpdate } from "../../lib/data/initiatief/vertellen.ts";
import { bevestigInitiatiefVolging, leesInitiatiefVolging, meldAfInitiatief, uittreksel } from "../../lib/data/initiatief/volgen.ts";
import { leesVolging } from "../../lib/data/volgen.ts";
import { leesMijnGegevens, verwijderMijnAccount } from "../../lib/data/mijn-gegevens.ts";
import { hashVolgToken } from "../../lib/volgen/token.ts";
import { bevestigInitiatiefVolgenAction, meldAfInitiatiefAction, volgInitiatiefAction, volgWijkAction } from "../../app/volgen/actions.ts";
import { GET as afmeldenGet, POST as afmeldenPost } from "../../app/volgen/initiatief/afmelden/[token]/route.ts";
import { POST as wijkAfmeldenPost } from "../../app/volgen/afmelden/[token]/route.ts";
import { actorOf, createUser, createWijk, uniq } from "../factories.ts";
import { actAs, expectRedirect, form, fromIp } from "../support/actors.ts";
import { startSmtpSink, type ReceivedMail } from "../support/smtp-sink.ts";
import type { Actor } from "../../lib/auth/permissions.ts";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let wijk: { id: string; slug: string };
let eigenaar: Actor;
const mailsAan = (email: string) => sink.messages.filter((m) => m.to.includes(email));
const updateMails = (email: string) => mailsAan(email).filter((m) => m.subject.startsWith("Nieuws van"));

type Status = "CONCEPT" | "INGEDIEND" | "IN_BEHANDELING" | "GOEDGEKEURD" | "AFGEROND" | "AFGEWEZEN";
async function initiatief(over: { status?: Status; openbaar?: boolean; titel?: string } = {}) {
  const referentie = `INI-V-${uniq()}`.slice(0, 30);
  const titel = over.titel ?? `Buurtmoestuin ${uniq()}`;
  const r = await db.initiatief.create({
    data: { referentie, titel, ikWil: "Samen groente kweken.", status: over.status ?? "GOEDGEKEURD", openbaar: over.openbaar ?? true, indienerId: eigenaar.id, wijkId: wijk.id, besluitOp: new Date() },
    select: { id: true },
  });
  return { id: r.id, referentie, titel };
}

function tokenUit(mail: ReceivedMail): string {
  const m = mail.text.match(/\/volgen\/initiatief\/([A-Za-z0-9_-]+)/);
  if (!m) throw new Error(`Geen link in:\n${mail.text}`);
  return m[1];
}

let ipTeller = 0;
/** Follows through the public action; returns the token from the confirmation mail. */
async function volg(referentie: string, email: string): Promise<string> {
  actAs(null);
  fromIp(`10.17.0.${++ipTeller}`);
  const voor = mailsAan(email).length;
  expect(await expectRedirect(volgInitiatiefAction(null, form({ referentie, email })))).toBe(`/initiatieven/${referentie}?volgen=mail#volgen-kop`);
  await sink.waitFor(() => mailsAan(email).length > voor);
  const mail = mailsAan(email).at(-1)!;
  expect(mail.subject).toMatch(/^Bevestig: ".*" volgen$/);
  return tokenUit(mail);
}

const update = (ini: { id: string }, titel: string, tekst = "Vandaag plantten we de eerste tomaten. Iedereen mag komen kijken.") =>
  plaatsUpdate(eigenaar, ini.id, { titel, tekst, fotoBeschrijving: "" }, null);

const oneClick = (token: string, body = "List-Unsubscribe=One-Click") =>
  afmeldenPost(
    new Request(`http://localhost/volgen/initiatief/afmelden/${token}`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://mail.example" }, body }),
    { params: Promise.resolve({ token }) },
  );

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetEnvForTests();
  wijk = await createWijk(db, { naam: `Volgwijk Initiatief ${uniq()}` });
  eigenaar = actorOf(await createUser(db, { email: `eigenaar-${uniq()}@ini-volgen.example`, naam: "Ineke" }));
});

afterAll(async () => {
  actAs(null);
  await sink.close();
});

describe("update mails", () => {
  it("unconfirmed: none; confirmed: exactly one per update, with the headers and links; unsubscribed: none", async () => {
    const ini = await initiatief({ titel: "Moestuin Achter de Kerk" });
    const tBevestigd = await volg(ini.referentie, "ja@ini-volgen.example");
    const tOnbevestigd = await volg(ini.referentie, "nee@ini-volgen.example");
    const tAfgemeld = await volg(ini.referentie, "stop@ini-volgen.example");
    actAs(null);
    expect(await expectRedirect(bevestigInitiatiefVolgenAction(null, form({ token: tBevestigd })))).toBe(`/volgen/initiatief/${tBevestigd}?gedaan=bevestigd`);
    await bevestigInitiatiefVolging(tAfgemeld);
    expect(await expectRedirect(meldAfInitiatiefAction(null, form({ token: tAfgemeld })))).toBe(`/volgen/initiatief/${tAfgemeld}?gedaan=afgemeld`);
    expect(await leesInitiatiefVolging(tOnbevestigd)).toMatchObject({ bevestigdOp: null, afgemeldOp: null, adres: "n***@ini-volgen.example" });

    const lang = `${"Wij zaaiden bonen en sla. ".repeat(20)}HET EINDE VAN DE TEKST`;
    await update(ini, "De eerste oogst", lang);
    await sink.waitFor(() => updateMails("ja@ini-volgen.example").length > 0);
    await update(ini, "Open dag op zaterdag");
    await sink.waitFor(() => updateMails("ja@ini-volgen.example").length > 1);
    await new Promise((r) => setTimeout(r, 300));

    const mails = updateMails("ja@ini-volgen.example");
    expect(mails.map((m) => m.subject)).toEqual(['Nieuws van "Moestuin Achter de Kerk": De eerste oogst', 'Nieuws van "Moestuin Achter de Kerk": Open dag op zaterdag']);
    const [m] = mails;
    expect(m.text).toContain("De eerste oogst");
    expect(m.text).toContain("Wij zaaiden bonen en sla.");
    // A short excerpt, not the whole text.
    expect(m.text).not.toContain("HET EINDE VAN DE TEKST");
    expect(m.text).toContain(`/initiatieven/${ini.referentie}\n`);
    expect(m.headers?.["list-unsubscribe"]).toMatch(new RegExp(`^<https?://[^>]+/volgen/initiatief/afmelden/${tBevestigd}>$`));
    expect(m.headers?.["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(m.text).toContain(`/volgen/initiatief/${tBevestigd}\n`);

    expect(updateMails("nee@ini-volgen.example")).toHaveLength(0);
    expect(updateMails("stop@ini-volgen.example")).toHaveLength(0);
    // The initiatiefnemer (not a follower) gets nothing either.
    expect(updateMails(eigenaar.email)).toHaveLength(0);
  });

  it("a failed mail does not undo the update", async () => {
    const ini = await initiatief();
    const t = await volg(ini.referentie, "kapot@ini-volgen.example");
    await bevestigInitiatiefVolging(t);
    const poort = sink.port;
    const berichten = sink.messages;
    await sink.close();
    try {
      const { id } = await update(ini, "Ondanks alles");
      expect(await db.initiatiefUpdate.findUnique({ where: { id }, select: { titel: true } })).toEqual({ titel: "Ondanks alles" });
    } finally {
      sink = await startSmtpSink(poort);
      sink.messages.push(...berichten);
    }
  });

  it("cuts the excerpt at a word", () => {
    expect(uittreksel("Kort.")).toBe("Kort.");
    expect(uittreksel("een twee drie vier", 12)).toBe("een twee …");
  });
});

describe("tokens and unsubscribing", () => {
  it("a token touches only its own subscription: not another initiative's, not a wijk's", async () => {
    const a = await initiatief();
    const b = await initiatief();
    const tA = await volg(a.referentie, "twee@ini-volgen.example");
    const tB = await volg(b.referentie, "twee@ini-volgen.example");
    expect(tA).not.toBe(tB);
    await bevestigInitiatiefVolging(tA);
    await bevestigInitiatiefVolging(tB);
    expect(await leesInitiatiefVolging(tA)).toMatchObject({ initiatief: { referentie: a.referentie } });

    // Unsubscribing with A's token stops A only.
    expect(await meldAfInitiatief(tA, "pagina")).toBe(true);
    expect((await leesInitiatiefVolging(tA))!.afgemeldOp).toBeInstanceOf(Date);
    expect(await leesInitiatiefVolging(tB)).toMatchObject({ afgemeldOp: null });
    await update(b, "Alleen voor B");
    await sink.waitFor(() => updateMails("twee@ini-volgen.example").length > 0);
    await update(a, "Alleen voor A");
    await new Promise((r) => setTimeout(r, 300));
    expect(updateMails("twee@ini-volgen.example").map((m) => m.subject)).toEqual([expect.stringContaining("Alleen voor B")]);

    // A changed or stored-hash token finds nothing; the manage actions refuse it.
    expect(await leesInitiatiefVolging(tB.slice(0, -1) + (tB.endsWith("A") ? "B" : "A"))).toBeNull();
    expect(await leesInitiatiefVolging(hashVolgToken(tB))).toBeNull();
    actAs(null);
    expect(await meldAfInitiatiefAction(null, form({ token: "x".repeat(43) }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const rij = await db.initiatiefVolger.findFirstOrThrow({ where: { initiatiefId: b.id } });
    expect(rij.tokenHash).toBe(hashVolgToken(tB));
    expect(JSON.stringify(rij)).not.toContain(tB);

    // A wijk's token does not work for an initiative, nor the other way round.
    fromIp("10.17.9.1");
    await expectRedirect(volgWijkAction(null, form({ wijk: wijk.slug, email: "wijk@ini-volgen.example" })));
    const wijkMail = await sink.waitFor((m) => m.to.includes("wijk@ini-volgen.example"));
    const wijkToken = wijkMail.text.match(/\/volgen\/([A-Za-z0-9_-]{43})/)![1];
    expect(await leesInitiatiefVolging(wijkToken)).toBeNull();
    expect((await oneClick(wijkToken)).status).toBe(404);
    expect(await leesVolging(tB)).toBeNull();
    const wijkPost = await wijkAfmeldenPost(new Request(`http://localhost/volgen/afmelden/${tB}`, { method: "POST", body: "List-Unsubscribe=One-Click" }), { params: Promise.resolve({ token: tB }) });
    expect(wijkPost.status).toBe(404);
    expect(await leesInitiatiefVolging(tB)).toMatchObject({ afgemeldOp: null });
    expect(await leesVolging(wijkToken)).toMatchObject({ afgemeldOp: null });
  });

  it("one click: a POST with List-Unsubscribe=One-Click, no login, no CSRF token; idempotent; a GET changes nothing", async () => {
    const ini = await initiatief();
    const t = await volg(ini.referentie, "klik@ini-volgen.example");
    await bevestigInitiatiefVolging(t);

    const g = await afmeldenGet(new Request(`http://localhost/volgen/initiatief/afmelden/${t}`), { params: Promise.resolve({ token: t }) });
    expect(g.status).toBe(303);
    expect(g.headers.get("Location")).toBe(`/volgen/initiatief/${t}`);
    expect((await oneClick(t, "iets-anders")).status).toBe(400);
    expect(await leesInitiatiefVolging(t)).toMatchObject({ afgemeldOp: null });

    const r = await oneClick(t);
    expect(r.status).toBe(200);
    expect(await r.text()).toMatch(/afgemeld/);
    expect((await oneClick(t)).status).toBe(200);
    const v = await leesInitiatiefVolging(t);
    expect(v!.afgemeldOp).toBeInstanceOf(Date);
    const audit = await db.auditLog.findMany({ where: { entiteit: "InitiatiefVolger", entiteitId: v!.id }, orderBy: { createdAt: "asc" }, select: { actie: true, na: true } });
    expect(audit.map((x) => x.actie)).toEqual(["volger.aangemeld", "volger.bevestigd", "volger.afgemeld"]);
    expect(JSON.stringify(audit)).not.toContain("klik@");

    await update(ini, "Na het afmelden");
    await new Promise((r2) => setTimeout(r2, 300));
    expect(updateMails("klik@ini-volgen.example")).toHaveLength(0);
    // Confirming after stopping is refused.
    actAs(null);
    expect(await bevestigInitiatiefVolgenAction(null, form({ token: t }))).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("what can be followed", () => {
  it("only approved (or finished) initiatives on the website: a CONCEPT, a non-public or an unknown one is refused", async () => {
    const concept = await initiatief({ status: "CONCEPT" });
    const verborgen = await initiatief({ openbaar: false });
    const lopend = await initiatief({ status: "IN_BEHANDELING" });
    const afgewezen = await initiatief({ status: "AFGEWEZEN" });
    const afgerond = await initiatief({ status: "AFGEROND" });
    actAs(null);
    fromIp("10.17.1.1");
    for (const ini of [concept, verborgen, lopend, afgewezen, { referentie: "INI-BESTAAT-NIET" }]) {
      expect(await volgInitiatiefAction(null, form({ referentie: ini.referentie, email: "nieuwsgierig@ini-volgen.example" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await db.initiatiefVolger.count({ where: { email: "nieuwsgierig@ini-volgen.example" } })).toBe(0);
    expect(mailsAan("nieuwsgierig@ini-volgen.example")).toHaveLength(0);
    await volg(afgerond.referentie, "afgerond@ini-volgen.example");
  });

  it("a wrong address keeps the input and names the field; the honeypot sends nothing", async () => {
    const ini = await initiatief();
    actAs(null);
    fromIp("10.17.2.1");
    const fout = await volgInitiatiefAction(null, form({ referentie: ini.referentie, email: "geen-adres" }));
    expect(fout).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringMatching(/geldig e-mailadres/)] }, values: { email: "geen-adres" } });
    expect(await volgInitiatiefAction(null, form({ referentie: ini.referentie }))).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringMatching(/Vul uw e-mailadres in/)] } });
    await expectRedirect(volgInitiatiefAction(null, form({ referentie: ini.referentie, email: "robot@ini-volgen.example", website: "http://spam.example" })));
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsAan("robot@ini-volgen.example")).toHaveLength(0);
    expect(await db.initiatiefVolger.count({ where: { email: "robot@ini-volgen.example" } })).toBe(0);
  });
});

describe("following from an account", () => {
  it("the account's own verified address follows at once; in Uw gegevens; gone with the account", async () => {
    const ini = await initiatief({ titel: "Speeltuin opknappen" });
    const u = await createUser(db, { email: `bewoner-${uniq()}@ini-volgen.example` });
    await db.user.update({ where: { id: u.id }, data: { emailVerified: new Date() } });
    actAs(actorOf(u));
    fromIp("10.17.3.1");
    expect(await expectRedirect(volgInitiatiefAction(null, form({ referentie: ini.referentie })))).toBe(`/initiatieven/${ini.referentie}?volgen=account#volgen-kop`);
    expect(mailsAan(u.email)).toHaveLength(0);
    const v = await db.initiatiefVolger.findFirstOrThrow({ where: { initiatiefId: ini.id, email: u.email } });
    expect(v.userId).toBe(u.id);
    expect(v.bevestigdOp).toBeInstanceOf(Date);

    await update(ini, "Nieuwe schommel");
    await sink.waitFor(() => updateMails(u.email).length > 0);

    expect((await leesMijnGegevens(actorOf(u))).initiatiefVolgen).toMatchObject([{ email: u.email, initiatief: { titel: "Speeltuin opknappen" } }]);
    expect(await verwijderMijnAccount(actorOf(u))).toMatchObject({ initiatiefVolgen: 1 });
    expect(await db.initiatiefVolger.count({ where: { email: u.email } })).toBe(0);
  });

  it("an account whose address is not verified, or another address, still needs the confirmation mail", async () => {
    const ini = await initiatief();
    const u = await createUser(db, { email: `onbevestigd-${uniq()}@ini-volgen.example` });
    actAs(actorOf(u));
    fromIp("10.17.3.2");
    expect(await expectRedirect(volgInitiatiefAction(null, form({ referentie: ini.referentie })))).toContain("volgen=mail#");
    await sink.waitFor((m) => m.to.includes(u.email) && m.subject.startsWith("Bevestig"));
    expect(await db.initiatiefVolger.findFirstOrThrow({ where: { initiatiefId: ini.id, email: u.email } })).toMatchObject({ bevestigdOp: null });
  });
});

describe("abuse", () => {
  it("at most 3 requests per address per hour (whatever the client), 10 per client; an address already following gets no new link", async () => {
    const ini = await initiatief();
    actAs(null);
    const t = await volg(ini.referentie, "doelwit@ini-volgen.example");
    await bevestigInitiatiefVolging(t);
    for (let i = 0; i < 2; i++) {
      fromIp(`10.17.4.${i}`);
      await expectRedirect(volgInitiatiefAction(null, form({ referentie: ini.referentie, email: "doelwit@ini-volgen.example" })));
    }
    fromIp("10.17.4.9");
    expect(await volgInitiatiefAction(null, form({ referentie: ini.referentie, email: "DOELWIT@ini-volgen.example" }))).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    await sink.waitFor(() => mailsAan("doelwit@ini-volgen.example").length >= 3);
    await new Promise((r) => setTimeout(r, 300));
    const mails = mailsAan("doelwit@ini-volgen.example");
    expect(mails).toHaveLength(3);
    // Already following: "U volgt ... al", without a link; the first token keeps working.
    expect(mails.slice(1).every((m) => m.subject.startsWith("U volgt") && !m.text.includes("/volgen/"))).toBe(true);
    expect(await leesInitiatiefVolging(t)).toMatchObject({ afgemeldOp: null });

    fromIp("10.17.5.1");
    for (let i = 0; i < 10; i++) await expectRedirect(volgInitiatiefAction(null, form({ referentie: ini.referentie, email: `ip${i}@ini-volgen.example` })));
    expect(await volgInitiatiefAction(null, form({ referentie: ini.referentie, email: "ip10@ini-volgen.example" }))).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });
});
