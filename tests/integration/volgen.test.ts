/**
 * Issue 16, Volg je wijk: double opt-in (nothing before the confirmation), following from an account,
 * the digest job on two workers at once (once per period per subscriber, daily vs weekly, nothing
 * when there is nothing new, a failed mail is retried), the tokens (long, random, stored hashed, one
 * subscription each, replaced on a new request), the one-click POST of RFC 8058, the rate limit, and
 * the audit trail without e-mail addresses. On both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { db, type Db } from "../../lib/db.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { TakenRunner } from "../../lib/taken/runner.ts";
import { TAKEN } from "../../lib/taken/taken.ts";
import { stuurWijkDigests } from "../../lib/volgen/digest.ts";
import { hashVolgToken } from "../../lib/volgen/token.ts";
import { bevestigVolging, digestVoorbeeld, leesVolging, meldAf, wijzigFrequentie } from "../../lib/data/volgen.ts";
import { bevestigVolgenAction, meldAfAction, volgWijkAction, wijzigFrequentieAction } from "../../app/volgen/actions.ts";
import { GET as afmeldenGet, POST as afmeldenPost } from "../../app/volgen/afmelden/[token]/route.ts";
import { leesMijnGegevens, verwijderMijnAccount } from "../../lib/data/mijn-gegevens.ts";
import { actorOf, createUser, createWijk } from "../factories.ts";
import { actAs, expectRedirect, form, fromIp } from "../support/actors.ts";
import { startSmtpSink, type ReceivedMail } from "../support/smtp-sink.ts";
import { isPostgresRun } from "../support/test-db.ts";

const tweede: Db = isPostgresRun() ? (new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) }) as unknown as Db) : db;
const stil = () => {};
const DIGEST = TAKEN.filter((t) => t.naam === "wijkdigest");

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let wijk: { id: string; slug: string; naam: string };
let stil_wijk: { id: string; slug: string; naam: string };
const mailsAan = (email: string) => sink.messages.filter((m) => m.to.includes(email));
const digestsAan = (email: string) => mailsAan(email).filter((m) => m.subject.startsWith("Nieuw in"));

// Monday 14 January 2030, 10:00 in Amsterdam: the daily job (from 7:00) is due.
const MAANDAG = new Date("2030-01-14T09:00:00Z");
const dag = 86_400_000;
const na = (t: Date, ms: number) => new Date(t.getTime() + ms);

function tokenUit(mail: ReceivedMail): string {
  const m = mail.text.match(/\/volgen\/([A-Za-z0-9_-]+)/);
  if (!m) throw new Error(`Geen link in:\n${mail.text}`);
  return m[1];
}

let ipTeller = 0;
/** Follows `wijkSlug` by e-mail through the public action; returns the token from the confirmation mail. */
async function volg(email: string, frequentie: "WEEK" | "DAG" = "WEEK", wijkSlug = wijk.slug): Promise<string> {
  actAs(null);
  fromIp(`10.16.0.${++ipTeller}`);
  const voor = mailsAan(email).length;
  expect(await expectRedirect(volgWijkAction(null, form({ wijk: wijkSlug, email, frequentie })))).toBe(`/wijken/${wijkSlug}?verstuurd=volgen#bedankt`);
  await sink.waitFor(() => mailsAan(email).length > voor);
  const mail = mailsAan(email).at(-1)!;
  expect(mail.subject).toMatch(/^Bevestig: .* volgen$/);
  return tokenUit(mail);
}

async function activiteit(titel: string, wijkId: string, createdAt: Date) {
  return db.activiteit.create({ data: { titel, slug: `${titel.toLowerCase().replace(/\W+/g, "-")}-${Math.random().toString(36).slice(2, 8)}`, wijkId, createdAt } });
}

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetEnvForTests();
  wijk = await createWijk(db, { naam: "Volgwijk Noord" });
  stil_wijk = await createWijk(db, { naam: "Volgwijk Stil" });
});

afterAll(async () => {
  actAs(null);
  if (tweede !== db) await tweede.$disconnect();
  await sink.close();
});

describe("following by e-mail (double opt-in)", () => {
  it("an unconfirmed subscription gets nothing; after confirming, two workers send exactly one digest per period", async () => {
    const tokenA = await volg("a@volgen.example");
    const tokenB = await volg("b@volgen.example", "WEEK");
    const tokenOud = await volg("oud@volgen.example");
    // (The test travels to 2030: the requests were made three days before the first run, one of them ten.)
    await db.wijkVolger.updateMany({ where: { wijkId: wijk.id }, data: { createdAt: na(MAANDAG, -5 * dag) } });
    await db.wijkVolger.update({ where: { tokenHash: hashVolgToken(tokenOud) }, data: { createdAt: na(MAANDAG, -12 * dag) } });
    // Before confirming: a new activity, the job runs, no digest for anybody.
    await activiteit("Koffie op maandag", wijk.id, na(MAANDAG, -3 * dag));
    await stuurWijkDigests(db, na(MAANDAG, -2 * dag));
    expect(digestsAan("a@volgen.example")).toHaveLength(0);
    expect(await db.wijkDigest.count({ where: { volger: { email: "a@volgen.example" } } })).toBe(0);
    // An unconfirmed request is kept for 7 days, then removed.
    expect(await leesVolging(tokenA)).toMatchObject({ bevestigdOp: null });
    expect(await leesVolging(tokenOud)).toBeNull();

    // The confirmation page's button (the token is the only permission).
    actAs(null);
    expect(await expectRedirect(bevestigVolgenAction(null, form({ token: tokenA })))).toBe(`/volgen/${tokenA}?gedaan=bevestigd`);
    await bevestigVolging(tokenB, na(MAANDAG, -4 * dag));
    await db.wijkVolger.update({ where: { tokenHash: hashVolgToken(tokenA) }, data: { bevestigdOp: na(MAANDAG, -4 * dag) } });
    await db.initiatief.create({
      data: { titel: "Moestuin aan de dijk", referentie: "INI-2030-0901", status: "GOEDGEKEURD", openbaar: true, wijkId: wijk.id, besluitOp: na(MAANDAG, -1 * dag), nodigMateriaal: true },
    });
    await db.initiatief.create({ data: { titel: "Geheim plan", status: "GOEDGEKEURD", openbaar: false, referentie: "INI-2030-0902", wijkId: wijk.id, besluitOp: na(MAANDAG, -1 * dag) } });
    await db.hulpvraag.create({
      data: { soort: "Boodschappen", titel: "Wie haalt mijn boodschappen?", beschrijving: "Ik woon op de Dijkstraat 4.", wijkId: wijk.id, aanvragerId: (await createUser(db, { naam: "Truus Aanvrager" })).id, verlooptOp: na(MAANDAG, 30 * dag), createdAt: na(MAANDAG, -1 * dag) },
    });

    const a = new TakenRunner({ db, taken: DIGEST, log: stil });
    const b = new TakenRunner({ db: tweede, taken: DIGEST, log: stil });
    await Promise.all([a.tick(MAANDAG), b.tick(MAANDAG), stuurWijkDigests(db, MAANDAG), stuurWijkDigests(tweede, MAANDAG)]);
    await Promise.all([a.tick(na(MAANDAG, 3600_000)), b.tick(na(MAANDAG, 2 * 3600_000))]);

    expect(digestsAan("a@volgen.example")).toHaveLength(1);
    expect(digestsAan("b@volgen.example")).toHaveLength(1);
    const [mail] = digestsAan("a@volgen.example");
    expect(mail.subject).toBe("Nieuw in Volgwijk Noord: 3 berichten");
    expect(mail.text).toContain("Koffie op maandag");
    expect(mail.text).toContain("Moestuin aan de dijk (Zoekt materiaal)");
    expect(mail.text).toContain("/initiatieven/INI-2030-0901");
    expect(mail.text).toContain("Wie haalt mijn boodschappen?");
    // No private initiative, no personal details of the requester.
    expect(mail.text).not.toContain("Geheim plan");
    expect(mail.text).not.toContain("Truus");
    expect(mail.text).not.toContain("Dijkstraat");
    // One-click unsubscribe (RFC 8058) and the visible manage link, with this subscriber's own token.
    expect(mail.headers?.["list-unsubscribe"]).toMatch(new RegExp(`^<https?://[^>]+/volgen/afmelden/${tokenA}>$`));
    expect(mail.headers?.["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail.text).toContain(`/volgen/${tokenA}\n`);
    expect(digestsAan("b@volgen.example")[0].text).toContain(`/volgen/afmelden/${tokenB}`);
    expect(digestsAan("b@volgen.example")[0].text).not.toContain(tokenA);

    const rijen = await db.wijkDigest.findMany({ where: { volger: { wijkId: wijk.id } } });
    expect(rijen).toHaveLength(2);
    expect(rijen.every((r) => r.aantal === 3 && r.verstuurdOp)).toBe(true);
  });

  it("weekly: not again in the same week, even with news; the next week covers it. Daily: every day with news", async () => {
    const tokenD = await volg("dag@volgen.example", "DAG");
    await bevestigVolging(tokenD, na(MAANDAG, -10 * dag));
    await stuurWijkDigests(db, MAANDAG); // day 1: everything so far
    expect(digestsAan("dag@volgen.example")).toHaveLength(1);

    await activiteit("Dinsdagwandeling", wijk.id, na(MAANDAG, 0.5 * dag));
    await stuurWijkDigests(db, na(MAANDAG, dag)); // Tuesday
    await stuurWijkDigests(tweede, na(MAANDAG, dag + 3600_000));
    expect(digestsAan("dag@volgen.example")).toHaveLength(2);
    expect(digestsAan("dag@volgen.example")[1].text).toContain("Dinsdagwandeling");
    expect(digestsAan("dag@volgen.example")[1].text).not.toContain("Koffie op maandag");
    // Weekly subscriber: still one this week.
    expect(digestsAan("a@volgen.example")).toHaveLength(1);

    // Wednesday: nothing new, so the daily subscriber gets nothing (the period is recorded as empty).
    await stuurWijkDigests(db, na(MAANDAG, 2 * dag));
    expect(digestsAan("dag@volgen.example")).toHaveLength(2);
    expect(await db.wijkDigest.findFirst({ where: { volger: { email: "dag@volgen.example" }, periode: "2030-01-16" } })).toMatchObject({ aantal: 0, verstuurdOp: null });

    // Next Monday: the weekly subscriber gets the week's news (only the new activity).
    await stuurWijkDigests(db, na(MAANDAG, 7 * dag));
    const week2 = digestsAan("a@volgen.example");
    expect(week2).toHaveLength(2);
    expect(week2[1].text).toContain("Dinsdagwandeling");
    expect(week2[1].text).not.toContain("Moestuin");
  });

  it("a digest with nothing new is not sent", async () => {
    const t = await volg("stil@volgen.example", "DAG", stil_wijk.slug);
    await bevestigVolging(t, na(MAANDAG, -1 * dag));
    await stuurWijkDigests(db, MAANDAG);
    expect(digestsAan("stil@volgen.example")).toHaveLength(0);
  });

  it("a failed mail gives the period back: the runner's retry sends it, once", async () => {
    const t = await volg("fout@volgen.example", "WEEK");
    await bevestigVolging(t, na(MAANDAG, 20 * dag));
    await activiteit("Repaircafé", wijk.id, na(MAANDAG, 21 * dag));
    const poort = sink.port;
    const berichten = sink.messages;
    await sink.close();
    const nu = na(MAANDAG, 22 * dag);
    await expect(stuurWijkDigests(db, nu)).rejects.toThrow(/niet verstuurd/);
    expect(await db.wijkDigest.count({ where: { volger: { email: "fout@volgen.example" } } })).toBe(0);
    sink = await startSmtpSink(poort);
    sink.messages.push(...berichten);
    await stuurWijkDigests(db, na(nu, 60_000));
    await stuurWijkDigests(tweede, na(nu, 120_000));
    expect(digestsAan("fout@volgen.example")).toHaveLength(1);
  });
});

describe("tokens", () => {
  it("are 256 random bits, stored only hashed and sealed, and each belongs to one subscription", async () => {
    const t1 = await volg("t1@volgen.example");
    const t2 = await volg("t2@volgen.example");
    expect(t1).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(t1).not.toBe(t2);
    const rij = await db.wijkVolger.findUniqueOrThrow({ where: { email_wijkId: { email: "t1@volgen.example", wijkId: wijk.id } } });
    expect(rij.tokenHash).toBe(hashVolgToken(t1));
    expect(JSON.stringify(rij)).not.toContain(t1);
    // A guessed or changed token finds nothing.
    expect(await leesVolging(t1.slice(0, -1) + (t1.endsWith("A") ? "B" : "A"))).toBeNull();
    expect(await leesVolging("kort")).toBeNull();
    expect(await leesVolging(rij.tokenHash)).toBeNull();
    // Acting with t1 touches only t1's subscription.
    await bevestigVolging(t1);
    await bevestigVolging(t2);
    await wijzigFrequentie(t1, "DAG");
    expect(await meldAf(t1, "pagina")).toBe(true);
    const twee = await db.wijkVolger.findUniqueOrThrow({ where: { email_wijkId: { email: "t2@volgen.example", wijkId: wijk.id } } });
    expect(twee).toMatchObject({ afgemeldOp: null, frequentie: "WEEK" });
    expect(await leesVolging(t2)).toMatchObject({ adres: "t***@volgen.example", afgemeldOp: null });
  });

  it("a new request for an unconfirmed address replaces the token; a confirmed one gets no new link", async () => {
    const oud = await volg("nieuw@volgen.example");
    const nieuw = await volg("nieuw@volgen.example");
    expect(nieuw).not.toBe(oud);
    expect(await leesVolging(oud)).toBeNull();
    await bevestigVolging(nieuw);
    actAs(null);
    fromIp("10.16.1.1");
    await expectRedirect(volgWijkAction(null, form({ wijk: wijk.slug, email: "nieuw@volgen.example" })));
    const mail = await sink.waitFor((m) => m.to.includes("nieuw@volgen.example") && m.subject.startsWith("U volgt"));
    expect(mail.text).not.toMatch(/\/volgen\//);
    expect(await leesVolging(nieuw)).toMatchObject({ afgemeldOp: null });
  });
});

describe("unsubscribing", () => {
  it("one click: a POST with List-Unsubscribe=One-Click, no login, no CSRF token; nothing is sent after", async () => {
    const t = await volg("klik@volgen.example", "DAG");
    await bevestigVolging(t, na(MAANDAG, 40 * dag));
    const url = `http://localhost/volgen/afmelden/${t}`;
    const post = (body: string, token = t) =>
      afmeldenPost(new Request(url, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://mail.example" }, body }), { params: Promise.resolve({ token }) });

    expect((await post("iets-anders")).status).toBe(400);
    expect((await post("List-Unsubscribe=One-Click", t.replace(/^./, (c) => (c === "a" ? "b" : "a")))).status).toBe(404);
    expect(await leesVolging(t)).toMatchObject({ afgemeldOp: null });
    const r = await post("List-Unsubscribe=One-Click");
    expect(r.status).toBe(200);
    expect(await r.text()).toMatch(/afgemeld/);
    expect((await leesVolging(t))!.afgemeldOp).toBeInstanceOf(Date);
    // Again: still fine (idempotent), one audit row.
    expect((await post("List-Unsubscribe=One-Click")).status).toBe(200);
    const v = await leesVolging(t);
    expect(await db.auditLog.count({ where: { entiteitId: v!.id, actie: "volger.afgemeld" } })).toBe(1);

    // (The test travels to 2030: unsubscribed on day 40.)
    await db.wijkVolger.update({ where: { tokenHash: hashVolgToken(t) }, data: { afgemeldOp: na(MAANDAG, 40 * dag) } });
    await activiteit("Na het afmelden", wijk.id, na(MAANDAG, 41 * dag));
    await stuurWijkDigests(db, na(MAANDAG, 42 * dag));
    expect(digestsAan("klik@volgen.example")).toHaveLength(0);

    // 30 days after unsubscribing the address is gone.
    expect(await leesVolging(t)).toMatchObject({ afgemeldOp: na(MAANDAG, 40 * dag) });
    await stuurWijkDigests(db, na(MAANDAG, 71 * dag));
    expect(await db.wijkVolger.count({ where: { email: "klik@volgen.example" } })).toBe(0);

    // Opening the link (GET) changes nothing: it leads to the manage page.
    const g = await afmeldenGet(new Request(url), { params: Promise.resolve({ token: t }) });
    expect(g.status).toBe(303);
    expect(g.headers.get("Location")).toBe(`/volgen/${t}`);
  });

  it("via the manage page: change how often and stop, with the token as the only permission", async () => {
    const t = await volg("pagina@volgen.example");
    await bevestigVolging(t);
    actAs(null);
    expect(await expectRedirect(wijzigFrequentieAction(null, form({ token: t, frequentie: "DAG" })))).toBe(`/volgen/${t}?gedaan=gewijzigd`);
    expect(await leesVolging(t)).toMatchObject({ frequentie: "DAG" });
    const fout = await wijzigFrequentieAction(null, form({ token: t, frequentie: "UUR" }));
    expect(fout).toMatchObject({ ok: false, fieldErrors: { frequentie: [expect.stringMatching(/Kies hoe vaak/)] } });
    expect(await meldAfAction(null, form({ token: "x".repeat(43) }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await expectRedirect(meldAfAction(null, form({ token: t })))).toBe(`/volgen/${t}?gedaan=afgemeld`);
    expect((await leesVolging(t))!.afgemeldOp).toBeInstanceOf(Date);
    expect(await bevestigVolgenAction(null, form({ token: t }))).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("following from an account", () => {
  it("the account's own verified address is followed at once, without a confirmation mail", async () => {
    const u = await createUser(db, { email: "bewoner@volgen.example" });
    await db.user.update({ where: { id: u.id }, data: { emailVerified: new Date() } });
    actAs(actorOf(u));
    fromIp("10.16.2.1");
    expect(await expectRedirect(volgWijkAction(null, form({ wijk: wijk.slug, frequentie: "DAG" })))).toBe(`/wijken/${wijk.slug}?verstuurd=volgen-account#bedankt`);
    const v = await db.wijkVolger.findUniqueOrThrow({ where: { email_wijkId: { email: "bewoner@volgen.example", wijkId: wijk.id } } });
    expect(v).toMatchObject({ userId: u.id, frequentie: "DAG" });
    expect(v.bevestigdOp).toBeInstanceOf(Date);
    expect(mailsAan("bewoner@volgen.example")).toHaveLength(0);
    // In "Uw gegevens", and gone with the account.
    expect((await leesMijnGegevens(actorOf(u))).wijkVolgen).toMatchObject([{ email: "bewoner@volgen.example", frequentie: "DAG", wijk: { naam: "Volgwijk Noord" } }]);
    expect(await verwijderMijnAccount(actorOf(u))).toMatchObject({ wijkVolgen: 1 });
    expect(await db.wijkVolger.count({ where: { email: "bewoner@volgen.example" } })).toBe(0);
  });

  it("another address, or an account whose address is not verified, still needs the confirmation mail", async () => {
    const u = await createUser(db, { email: "onbevestigd@volgen.example" });
    actAs(actorOf(u));
    fromIp("10.16.2.2");
    expect(await expectRedirect(volgWijkAction(null, form({ wijk: wijk.slug })))).toContain("verstuurd=volgen#");
    expect(await expectRedirect(volgWijkAction(null, form({ wijk: wijk.slug, email: "ander@volgen.example" })))).toContain("verstuurd=volgen#");
    await sink.waitFor((m) => m.to.includes("ander@volgen.example"));
    const rijen = await db.wijkVolger.findMany({ where: { email: { in: ["onbevestigd@volgen.example", "ander@volgen.example"] } } });
    expect(rijen).toHaveLength(2);
    expect(rijen.every((r) => r.bevestigdOp === null)).toBe(true);
  });
});

describe("abuse", () => {
  it("at most 3 requests per address per hour (whatever the client address), 10 per client", async () => {
    actAs(null);
    for (let i = 0; i < 3; i++) {
      fromIp(`10.16.3.${i}`);
      await expectRedirect(volgWijkAction(null, form({ wijk: wijk.slug, email: "doelwit@volgen.example" })));
    }
    fromIp("10.16.3.9");
    expect(await volgWijkAction(null, form({ wijk: wijk.slug, email: "doelwit@volgen.example" }))).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(await volgWijkAction(null, form({ wijk: wijk.slug, email: "DOELWIT@volgen.example" }))).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsAan("doelwit@volgen.example")).toHaveLength(3);

    fromIp("10.16.4.1");
    for (let i = 0; i < 10; i++) await expectRedirect(volgWijkAction(null, form({ wijk: wijk.slug, email: `ip${i}@volgen.example` })));
    expect(await volgWijkAction(null, form({ wijk: wijk.slug, email: "ip10@volgen.example" }))).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });

  it("without an address, for an unknown wijk, or with the honeypot filled in: refused or nothing sent", async () => {
    actAs(null);
    fromIp("10.16.5.1");
    expect(await volgWijkAction(null, form({ wijk: wijk.slug }))).toMatchObject({ ok: false, fieldErrors: { email: ["Vul uw e-mailadres in."] } });
    expect(await volgWijkAction(null, form({ wijk: wijk.slug, email: "geen-adres" }))).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringMatching(/geldig e-mailadres/)] } });
    expect(await volgWijkAction(null, form({ wijk: "bestaat-niet", email: "x@volgen.example" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expectRedirect(volgWijkAction(null, form({ wijk: wijk.slug, email: "robot@volgen.example", website: "http://spam" })));
    expect(await db.wijkVolger.count({ where: { email: "robot@volgen.example" } })).toBe(0);
  });
});

describe("audit and preview", () => {
  it("subscribe, confirm and unsubscribe are in the audit trail, without the e-mail address", async () => {
    const t = await volg("audit@volgen.example");
    await bevestigVolging(t);
    await meldAf(t, "pagina");
    const v = await db.wijkVolger.findUniqueOrThrow({ where: { email_wijkId: { email: "audit@volgen.example", wijkId: wijk.id } } });
    const regels = await db.auditLog.findMany({ where: { entiteit: "WijkVolger", entiteitId: v.id }, orderBy: { createdAt: "asc" } });
    expect(regels.map((r) => r.actie)).toEqual(["volger.aangemeld", "volger.bevestigd", "volger.afgemeld"]);
    expect(JSON.stringify(regels)).not.toContain("audit@volgen.example");
  });

  it("the preview shows what the next digest holds", async () => {
    const t = await volg("voorbeeld@volgen.example");
    await bevestigVolging(t, na(MAANDAG, 50 * dag));
    await activiteit("Voorbeeldactiviteit", wijk.id, na(MAANDAG, 51 * dag));
    const { inhoud, volging } = await digestVoorbeeld(t, na(MAANDAG, 52 * dag));
    expect(volging.wijk.naam).toBe("Volgwijk Noord");
    expect(inhoud.activiteiten.map((a) => a.titel)).toEqual(["Voorbeeldactiviteit"]);
  });
});
