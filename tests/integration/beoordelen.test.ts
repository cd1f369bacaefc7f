import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import { voerTransitieUit } from "../../lib/initiatief/status.ts";
import type { Actor } from "../../lib/auth/permissions.ts";
import { leesBeoordeling, keurGoed, zoekWerkvoorraad, neemInBehandeling, bewaarBeoordeling, wijsAf } from "../../lib/data/beoordeling.ts";
import { legeChecklist } from "../../lib/initiatief/afbakening.ts";
import { leesWerkvoorraadFilter } from "../../lib/validation/beoordeling.ts";
import {
  wijsAfAction,
  bewaarBeoordelingAction,
  verwijsDoorAction,
  keurGoedAction,
  neemInBehandelingAction,
  voegNotitieToeAction,
  stelVraagAction,
} from "../../app/beheer/initiatieven/actions.ts";
import { createUser, createWijk } from "../factories.ts";
import { actAs, expectRedirect, form } from "../support/actors.ts";
import { startSmtpSink } from "../support/smtp-sink.ts";
import { createIngediend, snapshot, staff } from "./beoordelen-helpers.ts";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let ambtenaar: Actor;
let ambtenaar2: Actor;
let beheerder: Actor;
let inwoner: Actor;
let opbouwwerker: Actor;
let wijkId: string;

const FORBIDDEN = "U heeft geen toestemming om dit te doen.";
const CONFLICT = /Iemand anders heeft dit net gewijzigd/;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetEnvForTests();
  const wijk = await createWijk(db, { naam: "Testwijk Beoordelen" });
  wijkId = wijk.id;
  const { mk } = await staff(db);
  ambtenaar = await mk("AMBTENAAR");
  ambtenaar2 = await mk("AMBTENAAR");
  beheerder = await mk("BEHEERDER");
  inwoner = await mk("INWONER");
  opbouwwerker = await mk("OPBOUWWERKER", [wijkId]);
});
afterAll(async () => {
  actAs(null);
  await sink.close();
});
beforeEach(() => actAs(null));

const mailsTo = (to: string) => sink.messages.filter((m) => m.to.includes(to.toLowerCase()));

/** Every review action with a valid form for an initiative in the right status. */
async function alleActies() {
  const ingediend = await createIngediend(db, { wijkId });
  const inBehandeling = await createIngediend(db, { wijkId, status: "IN_BEHANDELING" });
  const v = (i: { id: string; versie: number }) => ({ initiatiefId: i.id, versie: i.versie });
  return [
    { naam: "in behandeling nemen", id: ingediend.id, run: () => neemInBehandelingAction(null, form(v(ingediend))) },
    { naam: "vraag stellen", id: ingediend.id, run: () => stelVraagAction(null, form({ ...v(ingediend), vraag: "Welke datum heeft u in gedachten?" })) },
    { naam: "interne notitie", id: ingediend.id, run: () => voegNotitieToeAction(null, form({ initiatiefId: ingediend.id, tekst: "Geheime notitie" })) },
    { naam: "beoordeling opslaan", id: ingediend.id, run: () => bewaarBeoordelingAction(null, form({ ...v(ingediend), doel1: "on", betrokkenheid: "Veel buren doen mee." })) },
    { naam: "goedkeuren", id: inBehandeling.id, run: () => keurGoedAction(null, form({ ...v(inBehandeling), bedrag: "500" })) },
    { naam: "afwijzen", id: inBehandeling.id, run: () => wijsAfAction(null, form({ ...v(inBehandeling), reden: "Dit past niet bij de sociale basis, want het is commercieel." })) },
    { naam: "doorverwijzen", id: inBehandeling.id, run: () => verwijsDoorAction(null, form({ ...v(inBehandeling), naar: "Het Cultuurfonds" })) },
  ];
}

describe("only ambtenaren and beheerders can review", () => {
  for (const wie of ["inwoner", "opbouwwerker", "niemand"] as const) {
    it(`${wie}: every review action called directly is refused and changes nothing`, async () => {
      const acties = await alleActies();
      const mailsBefore = sink.messages.length;
      for (const a of acties) {
        actAs(wie === "inwoner" ? inwoner : wie === "opbouwwerker" ? opbouwwerker : null);
        const before = await snapshot(db, a.id);
        const state = await a.run();
        expect(state?.ok, a.naam).toBe(false);
        expect(state && !state.ok && state.message, a.naam).toBe(wie === "niemand" ? "Log eerst in om dit te doen." : FORBIDDEN);
        expect(await snapshot(db, a.id), a.naam).toEqual(before);
      }
      expect(sink.messages.length).toBe(mailsBefore);
    });
  }

  it("the data layer refuses the queue and the review page to non-reviewers", async () => {
    const i = await createIngediend(db, { wijkId });
    for (const a of [inwoner, opbouwwerker]) {
      await expect(zoekWerkvoorraad(a, leesWerkvoorraadFilter({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(leesBeoordeling(a, i.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(neemInBehandeling(a, { initiatiefId: i.id, versie: 0 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(zoekWerkvoorraad(null, leesWerkvoorraadFilter({}))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("a beheerder may review", async () => {
    const i = await createIngediend(db, { wijkId });
    actAs(beheerder);
    expect(await expectRedirect(neemInBehandelingAction(null, form({ initiatiefId: i.id, versie: 0 })))).toBe(`/beheer/initiatieven/${i.id}?gedaan=in_behandeling`);
    expect((await snapshot(db, i.id)).status).toBe("IN_BEHANDELING");
  });
});

describe("the review flow: take, checklist, question, internal note, answer, approve", () => {
  it("each state change writes exactly one audit row, mails the initiatiefnemer after commit, and internal notes stay internal", async () => {
    const i = await createIngediend(db, { wijkId, bedragGevraagd: 1200, contactEmail: "straatfeest@test.example" });
    const audit = () => db.auditLog.findMany({ where: { entiteitId: i.id }, orderBy: { createdAt: "asc" } });
    actAs(ambtenaar);

    // take in behandeling
    expect(await expectRedirect(neemInBehandelingAction(null, form({ initiatiefId: i.id, versie: 0 })))).toContain("gedaan=in_behandeling");
    let s = await snapshot(db, i.id);
    expect(s).toMatchObject({ status: "IN_BEHANDELING", versie: 1, behandelaarId: ambtenaar.id, audit: 1 });
    let rows = await audit();
    expect(rows[0]).toMatchObject({ actorId: ambtenaar.id, actie: "initiatief.in_behandeling_genomen", voor: { status: "INGEDIEND", versie: 0 }, na: { status: "IN_BEHANDELING", versie: 1 } });
    const m1 = await sink.waitFor((m) => m.to.includes("straatfeest@test.example") && m.subject.includes(i.referentie!));
    expect(m1.subject).toMatch(/in behandeling/);
    expect(m1.text).toContain("http://localhost:3000/mijn/initiatieven");

    // checklist + waardendriehoek: audited, not a status change
    expect(
      await expectRedirect(
        bewaarBeoordelingAction(
          null,
          form({ initiatiefId: i.id, versie: 1, doel1: "on", kenmerkA: "on", kenmerkB: "on", kenmerkC: "on", doel1_notitie: "Nieuwe bewoners leren elkaar kennen", betrokkenheid: "Vijf buren organiseren.", legitimiteit: "Past in de regeling.", rendement: "Lage kosten, veel bereik." }),
        ),
      ),
    ).toContain("gedaan=beoordeling");
    s = await snapshot(db, i.id);
    expect(s).toMatchObject({ status: "IN_BEHANDELING", versie: 1, beoordeling: 1, audit: 2 });
    const review = await leesBeoordeling(ambtenaar, i.id);
    expect(review.suggestie).toBe("binnen");
    expect(review.beoordeling?.checklist.doel1).toEqual({ ja: true, notitie: "Nieuwe bewoners leren elkaar kennen" });
    expect(review.beoordeling?.checklist.uitsluitingD.ja).toBe(false);
    expect(review.beoordeling?.rendement).toBe("Lage kosten, veel bereik.");
    rows = await audit();
    expect(rows[1]).toMatchObject({ actie: "initiatief.beoordeling_opgeslagen", actorId: ambtenaar.id, na: { suggestie: "binnen" } });
    expect(rows[1].voor).toBeNull();

    // ask a question
    const vraag = "Op welke datum wilt u het straatfeest houden?";
    await expectRedirect(stelVraagAction(null, form({ initiatiefId: i.id, versie: 1, vraag })));
    s = await snapshot(db, i.id);
    expect(s).toMatchObject({ status: "AANVULLING_GEVRAAGD", versie: 2, berichten: 1, audit: 3 });
    rows = await audit();
    expect(rows[2]).toMatchObject({ actie: "initiatief.vraag_gesteld", voor: { status: "IN_BEHANDELING" }, na: { status: "AANVULLING_GEVRAAGD", vraag } });
    const m2 = await sink.waitFor((m) => m.to.includes("straatfeest@test.example") && /Vraag over/.test(m.subject));
    expect(m2.subject).toContain(i.referentie!);
    expect(m2.text).toContain(vraag);

    // internal note: audited, no mail, never on the initiatiefnemer's side
    const geheim = "Intern: wijkagent vragen of de straat dicht mag";
    const mailsVoorNotitie = sink.messages.length;
    await expectRedirect(voegNotitieToeAction(null, form({ initiatiefId: i.id, tekst: geheim })));
    s = await snapshot(db, i.id);
    expect(s).toMatchObject({ status: "AANVULLING_GEVRAAGD", versie: 2, berichten: 2, audit: 4 });
    expect((await audit())[3]).toMatchObject({ actie: "initiatief.notitie_geplaatst", actorId: ambtenaar.id });
    const zichtbaarVoorInwoner = await db.bericht.findMany({ where: { initiatiefId: i.id, intern: false }, select: { tekst: true } });
    expect(zichtbaarVoorInwoner.map((b) => b.tekst)).toEqual([vraag]);
    expect((await leesBeoordeling(ambtenaar, i.id)).berichten.find((b) => b.tekst === geheim)?.intern).toBe(true);

    // the initiatiefnemer answers (what the submission side does through the same status machine)
    await db.$transaction(async (tx) => {
      await tx.bericht.create({ data: { initiatiefId: i.id, tekst: "Op zaterdag 13 juni.", vanGemeente: false } });
      await voerTransitieUit(tx, { initiatiefId: i.id, actie: "antwoorden", actorId: null, verwachteVersie: 2 });
    });
    expect(await snapshot(db, i.id)).toMatchObject({ status: "IN_BEHANDELING", versie: 3, audit: 5 });

    // approve with an amount and conditions
    await expectRedirect(keurGoedAction(null, form({ initiatiefId: i.id, versie: 3, bedrag: "1.000", voorwaarden: "Stuur na afloop drie foto's." })));
    const na = await db.initiatief.findUniqueOrThrow({ where: { id: i.id } });
    expect(na).toMatchObject({ status: "GOEDGEKEURD", versie: 4, bedragToegekend: 1000, voorwaarden: "Stuur na afloop drie foto's." });
    expect(na.besluitOp).toBeInstanceOf(Date);
    rows = await audit();
    expect(rows).toHaveLength(6);
    expect(rows[5]).toMatchObject({ actie: "initiatief.goedgekeurd", actorId: ambtenaar.id, voor: { status: "IN_BEHANDELING", versie: 3 }, na: { status: "GOEDGEKEURD", versie: 4, bedragToegekend: 1000 } });
    const m3 = await sink.waitFor((m) => m.to.includes("straatfeest@test.example") && /goedgekeurd/.test(m.subject));
    expect(m3.subject).toContain(i.referentie!);
    expect(m3.text).toMatch(/€\s1\.000/);
    expect(m3.text).toContain("Stuur na afloop drie foto's.");

    // the internal note reached no mail at all
    expect(mailsTo("straatfeest@test.example")).toHaveLength(3);
    expect(sink.messages.slice(mailsVoorNotitie).some((m) => m.text.includes(geheim))).toBe(false);
    expect(sink.messages.some((m) => m.text.includes(geheim))).toBe(false);
  });

  it("reject needs a plain reason; refer needs a destination; both are one audit row and a mail to the indiener's address when there is no contact e-mail", async () => {
    const indiener = await createUser(db, { email: "indiener.zonder.contact@test.example" });
    const a = await createIngediend(db, { wijkId, status: "IN_BEHANDELING", indienerId: indiener.id, contactEmail: "" });
    actAs(ambtenaar);
    const leeg = await wijsAfAction(null, form({ initiatiefId: a.id, versie: 0, reden: "Nee." }));
    expect(leeg?.ok).toBe(false);
    expect(leeg && !leeg.ok && leeg.fieldErrors.reden?.[0]).toMatch(/minstens 20 tekens/);
    expect(leeg?.values?.reden).toBe("Nee.");
    const reden = "Het gaat vooral om winst voor de organisator. Dat past niet bij de sociale basis.";
    await expectRedirect(wijsAfAction(null, form({ initiatiefId: a.id, versie: 0, reden })));
    expect(await db.initiatief.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "AFGEWEZEN", besluitReden: reden, behandelaarId: ambtenaar.id });
    expect(await db.auditLog.count({ where: { entiteitId: a.id } })).toBe(1);
    const m = await sink.waitFor((x) => x.to.includes("indiener.zonder.contact@test.example"));
    expect(m.subject).toContain(a.referentie!);
    expect(m.text).toContain(reden);

    const b = await createIngediend(db, { wijkId, status: "IN_BEHANDELING" });
    const fout = await verwijsDoorAction(null, form({ initiatiefId: b.id, versie: 0, naar: "" }));
    expect(fout && !fout.ok && Object.keys(fout.fieldErrors)).toEqual(["naar"]);
    await expectRedirect(verwijsDoorAction(null, form({ initiatiefId: b.id, versie: 0, naar: "Het Oranjefonds", toelichting: "Zij steunen buurtfeesten." })));
    expect(await db.initiatief.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: "DOORVERWEZEN", doorverwezenNaar: "Het Oranjefonds" });
    expect(await db.auditLog.findMany({ where: { entiteitId: b.id }, select: { actie: true } })).toEqual([{ actie: "initiatief.doorverwezen" }]);
    await sink.waitFor((x) => x.to.includes(b.contactEmail) && x.subject.includes(b.referentie!) && x.text.includes("Het Oranjefonds"));
  });

  it("an empty or invalid form lists all errors and keeps the values", async () => {
    const i = await createIngediend(db, { wijkId, status: "IN_BEHANDELING" });
    actAs(ambtenaar);
    const s = await keurGoedAction(null, form({ initiatiefId: i.id, versie: 0, bedrag: "12,50", motivatie: "x".repeat(4001) }));
    expect(s && !s.ok && Object.keys(s.fieldErrors).sort()).toEqual(["bedrag", "motivatie"]);
    expect(s?.values?.bedrag).toBe("12,50");
    const v = await stelVraagAction(null, form({ initiatiefId: i.id, versie: 0, vraag: "" }));
    expect(v && !v.ok && v.fieldErrors.vraag).toEqual(["Schrijf uw vraag aan de initiatiefnemer."]);
    expect((await snapshot(db, i.id)).audit).toBe(0);
  });

  it("approving more than requested needs a motivation", async () => {
    const i = await createIngediend(db, { wijkId, status: "IN_BEHANDELING", bedragGevraagd: 300 });
    actAs(ambtenaar);
    const s = await keurGoedAction(null, form({ initiatiefId: i.id, versie: 0, bedrag: "400" }));
    expect(s && !s.ok && s.fieldErrors.motivatie?.[0]).toMatch(/hoger dan gevraagd/);
    expect(s?.values?.bedrag).toBe("400");
    expect((await snapshot(db, i.id)).status).toBe("IN_BEHANDELING");
    await expectRedirect(keurGoedAction(null, form({ initiatiefId: i.id, versie: 0, bedrag: "400", motivatie: "Huur van de tent is duurder geworden." })));
    expect(await db.initiatief.findUniqueOrThrow({ where: { id: i.id } })).toMatchObject({ status: "GOEDGEKEURD", bedragToegekend: 400, besluitReden: "Huur van de tent is duurder geworden." });
  });

  it("a stale page gets the conflict message instead of overwriting", async () => {
    const i = await createIngediend(db, { wijkId });
    actAs(ambtenaar);
    await expectRedirect(neemInBehandelingAction(null, form({ initiatiefId: i.id, versie: 0 })));
    actAs(ambtenaar2);
    const s = await stelVraagAction(null, form({ initiatiefId: i.id, versie: 0, vraag: "Een vraag van een oude pagina." }));
    expect(s && !s.ok && s.message).toMatch(CONFLICT);
    expect(s?.values?.vraag).toBe("Een vraag van een oude pagina.");
    const c = await bewaarBeoordelingAction(null, form({ initiatiefId: i.id, versie: 0, doel1: "on" }));
    expect(c && !c.ok && c.message).toMatch(CONFLICT);
    expect(await snapshot(db, i.id)).toMatchObject({ status: "IN_BEHANDELING", versie: 1, berichten: 0, beoordeling: 0, audit: 1 });
  });

  it("an illegal transition is refused (approving something still ingediend, or deciding twice)", async () => {
    const i = await createIngediend(db, { wijkId });
    await expect(keurGoed(ambtenaar, { initiatiefId: i.id, versie: 0, bedrag: 100, voorwaarden: "", motivatie: "" })).rejects.toMatchObject({ code: "CONFLICT" });
    await neemInBehandeling(ambtenaar, { initiatiefId: i.id, versie: 0 });
    await wijsAf(ambtenaar, { initiatiefId: i.id, versie: 1, reden: "Het is bedoeld voor leden van een club." });
    await expect(keurGoed(ambtenaar, { initiatiefId: i.id, versie: 2, bedrag: 100, voorwaarden: "", motivatie: "" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(bewaarBeoordeling(ambtenaar, { initiatiefId: i.id, versie: 2, checklist: legeChecklist(), betrokkenheid: "", legitimiteit: "", rendement: "" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await snapshot(db, i.id)).toMatchObject({ status: "AFGEWEZEN", audit: 2 });
  });
});

describe("four-eyes rule above VIER_OGEN_BEDRAG (2500)", () => {
  it("the first approval is stored without a status change; the same person cannot approve twice; a second ambtenaar completes it", async () => {
    const i = await createIngediend(db, { wijkId, status: "IN_BEHANDELING", bedragGevraagd: 4000, contactEmail: "groot@test.example" });
    actAs(ambtenaar);
    expect(await expectRedirect(keurGoedAction(null, form({ initiatiefId: i.id, versie: 0, bedrag: "4000", voorwaarden: "Verantwoording met bonnetjes." })))).toContain(
      "gedaan=eerste_goedkeuring",
    );
    let s = await snapshot(db, i.id);
    expect(s).toMatchObject({ status: "IN_BEHANDELING", versie: 1, goedkeuringen: 1, audit: 1, bedragToegekend: null });
    expect(await db.auditLog.findFirst({ where: { entiteitId: i.id } })).toMatchObject({ actie: "initiatief.eerste_goedkeuring_gegeven", actorId: ambtenaar.id, voor: { status: "IN_BEHANDELING" }, na: { status: "IN_BEHANDELING", bedrag: 4000 } });
    expect(mailsTo("groot@test.example")).toHaveLength(0);
    const page = await leesBeoordeling(ambtenaar, i.id);
    expect(page.ikHebGoedgekeurd).toBe(true);
    expect(page.goedkeuringen).toHaveLength(1);

    // the same ambtenaar again (fresh page) is refused with a clear message
    const again = await keurGoedAction(null, form({ initiatiefId: i.id, versie: 1, bedrag: "4000" }));
    expect(again && !again.ok && again.message).toMatch(/al goedgekeurd.*andere ambtenaar/);
    // a stale page of the second ambtenaar conflicts
    actAs(ambtenaar2);
    const stale = await keurGoedAction(null, form({ initiatiefId: i.id, versie: 0, bedrag: "4000" }));
    expect(stale && !stale.ok && stale.message).toMatch(CONFLICT);
    // a different amount is refused
    const anders = await keurGoedAction(null, form({ initiatiefId: i.id, versie: 1, bedrag: "3000" }));
    expect(anders && !anders.ok && anders.fieldErrors.bedrag?.[0]).toMatch(/€\s4\.000/);
    s = await snapshot(db, i.id);
    expect(s).toMatchObject({ status: "IN_BEHANDELING", versie: 1, goedkeuringen: 1, audit: 1 });

    // the second ambtenaar, same amount: approved
    expect(await expectRedirect(keurGoedAction(null, form({ initiatiefId: i.id, versie: 1, bedrag: "4000", voorwaarden: "Verantwoording met bonnetjes." })))).toContain(
      "gedaan=goedgekeurd",
    );
    s = await snapshot(db, i.id);
    expect(s).toMatchObject({ status: "GOEDGEKEURD", versie: 2, goedkeuringen: 2, audit: 2, bedragToegekend: 4000 });
    const rows = await db.auditLog.findMany({ where: { entiteitId: i.id }, orderBy: { createdAt: "asc" } });
    expect(rows[1]).toMatchObject({ actie: "initiatief.goedgekeurd", actorId: ambtenaar2.id, na: { status: "GOEDGEKEURD", vierOgen: true } });
    const m = await sink.waitFor((x) => x.to.includes("groot@test.example"));
    expect(m.subject).toMatch(new RegExp(`${i.referentie}.*goedgekeurd`));
    expect(mailsTo("groot@test.example")).toHaveLength(1);
  });

  it("at or below the amount one ambtenaar is enough", async () => {
    const i = await createIngediend(db, { wijkId, status: "IN_BEHANDELING", bedragGevraagd: 2500 });
    await keurGoed(ambtenaar, { initiatiefId: i.id, versie: 0, bedrag: 2500, voorwaarden: "", motivatie: "" });
    expect(await snapshot(db, i.id)).toMatchObject({ status: "GOEDGEKEURD", goedkeuringen: 0, audit: 1 });
  });

  it("two first approvals by different ambtenaren at the same moment: only one counts", async () => {
    const i = await createIngediend(db, { wijkId, status: "IN_BEHANDELING", bedragGevraagd: 5000 });
    const input = { initiatiefId: i.id, versie: 0, bedrag: 5000, voorwaarden: "", motivatie: "" };
    const results = await Promise.allSettled([keurGoed(ambtenaar, input), keurGoed(ambtenaar2, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await snapshot(db, i.id)).toMatchObject({ status: "IN_BEHANDELING", versie: 1, goedkeuringen: 1, audit: 1 });
  });
});

describe("concurrent decisions on the same initiative cannot both succeed", () => {
  it("approve and reject at the same moment (data layer): exactly one wins, one audit row, one mail", async () => {
    const i = await createIngediend(db, { wijkId, status: "IN_BEHANDELING", contactEmail: "gelijktijdig@test.example" });
    const results = await Promise.allSettled([
      keurGoed(ambtenaar, { initiatiefId: i.id, versie: 0, bedrag: 800, voorwaarden: "", motivatie: "" }),
      wijsAf(ambtenaar2, { initiatiefId: i.id, versie: 0, reden: "Er is al een vergelijkbaar initiatief in de wijk." }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    const s = await snapshot(db, i.id);
    expect(["GOEDGEKEURD", "AFGEWEZEN"]).toContain(s.status);
    expect(s).toMatchObject({ versie: 1, audit: 1 });
    await sink.waitFor((m) => m.to.includes("gelijktijdig@test.example"));
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo("gelijktijdig@test.example")).toHaveLength(1);
  });

  it("two approve actions with the same versie (server actions): one redirects, the other gets the conflict message", async () => {
    const i = await createIngediend(db, { wijkId, status: "IN_BEHANDELING" });
    actAs(ambtenaar);
    const fd = () => form({ initiatiefId: i.id, versie: 0, bedrag: "800" });
    const results = await Promise.allSettled([keurGoedAction(null, fd()), keurGoedAction(null, fd())]);
    const redirects = results.filter((r) => r.status === "rejected" && String((r.reason as { digest?: string }).digest).startsWith("NEXT_REDIRECT"));
    const failed = results.filter((r) => r.status === "fulfilled" && r.value && !r.value.ok);
    expect(redirects).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect((failed[0] as PromiseFulfilledResult<{ message: string }>).value.message).toMatch(/Iemand anders|Dit kan niet meer/);
    expect(await snapshot(db, i.id)).toMatchObject({ status: "GOEDGEKEURD", versie: 1, audit: 1 });
  });

  it("two ambtenaren taking the same initiative at once: one becomes behandelaar", async () => {
    const i = await createIngediend(db, { wijkId });
    const results = await Promise.allSettled([neemInBehandeling(ambtenaar, { initiatiefId: i.id, versie: 0 }), neemInBehandeling(ambtenaar2, { initiatiefId: i.id, versie: 0 })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const s = await snapshot(db, i.id);
    expect(s).toMatchObject({ status: "IN_BEHANDELING", versie: 1, audit: 1 });
    const winner = results[0].status === "fulfilled" ? ambtenaar : ambtenaar2;
    expect(s.behandelaarId).toBe(winner.id);
  });
});

describe("the review queue", () => {
  it("filters by status, wijk, amount and waiting time, sorts by waiting time and flags those past the response time", async () => {
    const wijk = await createWijk(db, { naam: "Wachtrijwijk" });
    const dag = 86_400_000;
    const nu = new Date("2026-11-23T10:00:00Z"); // a Monday
    const oud = await createIngediend(db, { wijkId: wijk.id, titel: "Oud", ingediendOp: new Date(nu.getTime() - 21 * dag), bedragGevraagd: 300 }); // 15 werkdagen
    const middel = await createIngediend(db, { wijkId: wijk.id, titel: "Middel", status: "IN_BEHANDELING", ingediendOp: new Date(nu.getTime() - 9 * dag), bedragGevraagd: 1500 }); // Sat 14 Nov: 6 werkdagen
    const nieuw = await createIngediend(db, { wijkId: wijk.id, titel: "Nieuw", ingediendOp: new Date(nu.getTime() - 1 * dag), bedragGevraagd: 50 });
    const wacht = await createIngediend(db, { wijkId: wijk.id, titel: "Wacht op inwoner", status: "AANVULLING_GEVRAAGD", ingediendOp: new Date(nu.getTime() - 30 * dag) });
    const klaar = await createIngediend(db, { wijkId: wijk.id, titel: "Klaar", status: "AFGEWEZEN", ingediendOp: new Date(nu.getTime() - 40 * dag) });
    await db.initiatief.create({ data: { titel: "Concept", status: "CONCEPT", wijkId: wijk.id } });

    const q = (p: Record<string, string>) => zoekWerkvoorraad(ambtenaar, leesWerkvoorraadFilter({ wijk: "wachtrijwijk", ...p }), nu);
    const titels = async (p: Record<string, string>) => (await q(p)).rows.map((r) => r.titel);

    expect(await titels({})).toEqual(["Wacht op inwoner", "Oud", "Middel", "Nieuw"]);
    expect(await titels({ sort: "kortst" })).toEqual(["Nieuw", "Middel", "Oud", "Wacht op inwoner"]);
    expect(await titels({ status: "alle" })).toEqual(["Klaar", "Wacht op inwoner", "Oud", "Middel", "Nieuw"]);
    expect(await titels({ status: "IN_BEHANDELING" })).toEqual(["Middel"]);
    expect(await titels({ bedragVan: "100", bedragTot: "1000" })).toEqual(["Wacht op inwoner", "Oud"]);
    expect(await titels({ bedragVan: "1000" })).toEqual(["Middel"]);
    expect(await titels({ wachttijd: "5" })).toEqual(["Wacht op inwoner", "Oud", "Middel"]);
    expect(await titels({ wachttijd: "termijn" })).toEqual(["Wacht op inwoner", "Oud"]);
    expect(await titels({ status: "onzin", bedragVan: "veel" })).toEqual(["Wacht op inwoner", "Oud", "Middel", "Nieuw"]);

    const { rows, termijn } = await q({});
    expect(termijn).toBe(10);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[oud.id]).toMatchObject({ werkdagen: 15, teLaat: true });
    expect(byId[middel.id]).toMatchObject({ werkdagen: 6, teLaat: false });
    expect(byId[nieuw.id]).toMatchObject({ werkdagen: 1, teLaat: false });
    // waiting for the initiatiefnemer: the municipality is not late
    expect(byId[wacht.id]).toMatchObject({ werkdagen: 21, teLaat: false });
    expect(byId[klaar.id]).toBeUndefined();
    expect((await q({ wijk: "bestaat-niet" })).rows).toEqual([]);
  });
});
